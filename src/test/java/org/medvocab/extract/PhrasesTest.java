package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mentions cleaned into term labels; coordinated lists split into items. */
class PhrasesTest {

    private static Phrases.Term clean(String mention) {
        Phrases.Term t = Phrases.clean(mention);
        assertNotNull(t, () -> "clean(\"" + mention + "\") gave null");
        return t;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the gastric balloon|gastric balloon",
        "a dialysis cannula|dialysis cannula",
        "an infusion line|infusion line",
        "these ward pumps|ward pump",
        "two stomach tubes|stomach tube",
        "several chest drains|chest drain",
    })
    void determinersAndQuantitiesAreDropped(String mention, String label) {
        Phrases.Term t = clean(mention);
        assertEquals(label, t.label());
        assertNull(t.qualifier(), "a determiner is not a qualifier");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "severe obesity|obesity|severe",
        "high-risk bariatric surgery|bariatric surgery|high-risk",
        "mild gastric ulcers|gastric ulcer|mild",
        "a temporary feeding tube|feeding tube|temporary",
        "the severe recurrent gastric ulcer|gastric ulcer|severe, recurrent",
    })
    void qualifiersAreDroppedAndKept(String mention, String label, String qualifier) {
        Phrases.Term t = clean(mention);
        assertEquals(label, t.label());
        assertEquals(qualifier, t.qualifier());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "balloon catheters|balloon catheter",
        "ward pumps|ward pump",
        "gastric ulcers|gastric ulcer",
        "arteries|artery",
        "dialysis cannulas|dialysis cannula",
        "Feeding Pumps|feeding pump",
    })
    void lastWordIsMadeSingularAndCommonNounsLowerCase(String mention, String label) {
        assertEquals(label, clean(mention).label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BiVAD|BiVAD",
        "LVADs|LVAD",
        "Swan-Ganz catheter|Swan-Ganz catheter",
        "Na+ channel|Na+ channel",
        "the Ca2+ pump|Ca2+ pump",
    })
    void acronymsAndNamesWithInnerCapitalsOrDigitsAreKept(String mention, String label) {
        assertEquals(label, clean(mention).label());
    }


    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kinds of drainage tubes|drainage tube",
        "the use of a suction bulb|suction bulb",
        "some types of gastric balloon|gastric balloon",
    })
    void ofConstructionOnANonTermHeadGivesTheTerm(String mention, String label) {
        assertEquals(label, clean(mention).label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"some patients", "a device", "devices", "the balloon inflated", "it", "the patient", "", "  ",
        "a very long phrase of more than six words here", "Section 4", "Figure 2.1", "Question 1 of 6", "Step 3"})
    void nothingTermLikeGivesNull(String mention) {
        assertNull(Phrases.clean(mention), mention);
    }

    @Test
    void anOfLeftBeforeANameOpensNoName() {
        // "one of the causes of asthma": the cue's "of" is no part of what it names
        assertEquals("asthma", Phrases.clean("of asthma").label());
    }

    @Test
    void coordinatedModifiersShareTheirHead() {
        assertEquals(List.of("A-type gizmases", "B-type gizmases", "C-type gizmases"),
            Phrases.coordinated("A-type, B-type, and C-type gizmases"));
        assertEquals(List.of("catheters", "feeding tubes"), Phrases.coordinated("catheters and feeding tubes"));
    }

    @Test
    void aWordAboutWordsBeforeANameIsNoPartOfIt() {
        assertEquals("gizmitis", clean("The term gizmitis").label());
        assertEquals("word processor", clean("the word processor").label());
    }

    @Test
    void singleWordsJoinedByAConjunctionAreAlternativesSharingTheHead() {
        assertEquals(List.of("upper gizmitis", "lower gizmitis", "middle gizmitis"),
            Phrases.coordinated("upper, lower or middle gizmitis"));
        assertEquals("upper, lower or middle gizmitis", Phrases.phraseAt("upper, lower or middle gizmitis, according to the site", 0));
    }

    @Test
    void nullGivesNull() {
        assertNull(Phrases.clean(null));
    }

    @Test
    void punctuationAndBulletsAroundAMentionAreRemoved() {
        assertEquals("gastric ulcer", clean("- gastric ulcer.").label());
        assertEquals("bowel obstruction", clean("\"bowel obstruction\",").label());
        assertEquals("chest drain", clean("• the chest drains;").label());
    }

    @Test
    void coordinatedListSplitsOnCommasAndConjunctions() {
        assertEquals(List.of("nausea", "gastric ulcer", "bowel obstruction"),
            Phrases.coordinated("nausea, gastric ulcer, and bowel obstruction"));
        assertEquals(List.of("severe obesity", "high-risk bariatric surgery"),
            Phrases.coordinated("severe obesity or high-risk bariatric surgery"));
    }

    @Test
    void qualifierOnlyItemsAreFoldedIntoTheNextItem() {
        assertEquals(List.of("severe, refractory shock", "limb ischemia"),
            Phrases.coordinated("severe, refractory shock and limb ischemia"));
        List<Phrases.Term> terms = Phrases.terms("severe, refractory shock and limb ischemia");
        assertEquals("shock", terms.get(0).label());
        assertEquals("severe, refractory", terms.get(0).qualifier());
        assertEquals("limb ischemia", terms.get(1).label());
    }

    @Test
    void termsDropsItemsThatAreNotTerms() {
        List<Phrases.Term> terms = Phrases.terms("patients, gastric ulcers and a device");
        assertEquals(List.of("gastric ulcer"), terms.stream().map(Phrases.Term::label).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nausea, gastric ulcer, and bowel obstruction. Some people vomit.|nausea, gastric ulcer, and bowel obstruction",
        "bleeding at the access site|bleeding",
        "the stomach, where the doctor fills it|the stomach",
        "the esophagus and|the esophagus",
        "obesity (a high body weight)|obesity",
    })
    void phraseEndsAtTheFirstClauseBoundary(String text, String phrase) {
        assertEquals(phrase, Phrases.phraseAt(text, 0));
    }

    @Test
    void phraseAtStartsAtTheGivenOffset() {
        String s = "It is placed in the stomach, where the doctor fills it with saline.";
        assertEquals("the stomach", Phrases.phraseAt(s, s.indexOf("the stomach")));
        String t = "It is inserted into the esophagus and advanced into the stomach.";
        assertEquals("the esophagus and advanced", Phrases.phraseAt(t, t.indexOf("the esophagus")),
            "'and' is no boundary: coordinated() and clean() split and drop the participle later");
    }

    @Test
    void examplesAnnouncedButNotGivenEndThePhrase() {
        assertEquals("an organ or a soft tissue space", Phrases.phraseAt("an organ or a soft tissue space, such as within a muscle.", 0));
        assertEquals("drugs such as heparin", Phrases.phraseAt("drugs such as heparin.", 0), "examples that follow stay");
    }

    @Test
    void headAndCasing() {
        assertEquals("catheter", Phrases.head("Swan-Ganz Catheter"));
        assertEquals("pump", Phrases.head("pump"));
        // a prepositional post-modifier is not the head: the noun before it is
        assertEquals("administration", Phrases.head("administration of a vaccine"));
        assertEquals("carcinoma", Phrases.head("carcinoma in situ"));
        assertEquals("hydrolysis", Phrases.head("hydrolysis of ATP"));
        assertEquals(TopClass.PROCEDURE, Lexicon.kindOfHead(Phrases.head("administration of a vaccine")),
            "an act of care named by a verb's noun, not the vaccine it gives");
        assertEquals("of", Phrases.head("out of"), "a two-word label keeps its last word");
        assertEquals("gastric", Phrases.casing("Gastric"));
        assertEquals("BiVAD", Phrases.casing("BiVAD"));
        assertEquals("Na+", Phrases.casing("Na+"));
        assertEquals("Ca2", Phrases.casing("Ca2"));
    }

    @Test
    void irregularPluralsTakeTheLemma() {
        assertEquals("tooth", Phrases.clean("several teeth").label());
        assertEquals("criterion", Phrases.clean("the criteria").label());
        assertEquals("heart failure", Phrases.clean("heart failure").label(), "a singular head stays as it is");
        assertEquals("blood", Phrases.clean("blood").label());
    }
}

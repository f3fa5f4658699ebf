package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.broader;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Pages a stacked-dictionary layout cuts into entries, read entry by entry (an invented page). */
class EntryExtractorTest {

    static final String TREMOR = """
        Tremor Wellness Glossary

        Tremor: From 3 Sources

        tremor
        [ trem-er ]
        noun
        an involuntary, rhythmic shaking of a part of the body.
        Also called trembling.

        from The Example Medical Dictionary

        tremor
        n. involuntary quivering of muscles.

        resting t. Tremor present when the limb is relaxed and supported, typical of parkinsonism.

        intention t. Tremor that appears during a purposeful movement toward a target.

        senile t. Obsolete term for essential tremor.

        flapping t. SYN: asterixis.

        * * *

        tremulous
        /ˈtrɛm jə ləs/, adjective

        * * *

        Word History
        tremor
        Middle English, from Latin tremor, from tremere to shake.

        Usage examples of "tremor".
        The old clock made the floor tremor when it struck.
        """;

    @Test
    void titleThatNamesTheSiteGivesItsRecurringLeadAsTopic() {
        DocumentExtraction ex = extract(TREMOR);
        assertEquals("tremor", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "tremor wellness glossary"), () -> describe(ex));
    }

    @Test
    void eachDictionarysDefinitionIsKeptAsWrittenAndAlsoCalledGivesASynonym() {
        TermRecord tremor = term(extract(TREMOR), "tremor");
        assertEquals(List.of("an involuntary, rhythmic shaking of a part of the body.", "involuntary quivering of muscles."),
            definitions(tremor));
        assertTrue(tremor.altLabels().contains("trembling"), tremor::toString);
    }

    @Test
    void runInSubEntriesAreWrittenOutAndNarrowerThanTheHeadword() {
        DocumentExtraction ex = extract(TREMOR);
        TermRecord resting = term(ex, "resting tremor");
        assertEquals(List.of("tremor"), broader(resting));
        assertEquals(List.of("Tremor present when the limb is relaxed and supported, typical of parkinsonism."),
            definitions(resting));
        assertEquals(List.of("tremor"), broader(term(ex, "intention tremor")));
    }

    static final String CURETTE = """
        Medical

        curette

        Also found in: Dictionary, Thesaurus.

        curette
         [ku-RET]
        1. a spoon-shaped instrument for scraping tissue from the wall of a cavity; it comes in three main types: sharp, blunt, and suction.
        2. to scrape with such an instrument.
        suction curette a curette joined to a vacuum line that draws the scraped tissue away as it cuts.
        loop curette a curette whose end is an open wire ring rather than a bowl.
        Example Dictionary of Medicine, Third Edition. All rights reserved.

        cu·rette
        (kyu-ret'),
        1. An instrument with a sharp-edged bowl or ring at its end, used to scrape a body surface.
        """;

    @Test
    void runInSubEntriesWrittenOutInLowerCaseAndTypesNamedByTheirModifierOnly() {
        DocumentExtraction ex = extract(CURETTE);
        TermRecord loop = term(ex, "loop curette");
        assertEquals(List.of("curette"), broader(loop));
        assertEquals(List.of("a curette whose end is an open wire ring rather than a bowl."), definitions(loop), () -> describe(ex));
        // "three main types: sharp, blunt, and suction": each names a kind of curette, its head left out
        assertEquals(List.of("curette"), broader(term(ex, "sharp curette")), () -> describe(ex));
        assertEquals(List.of("curette"), broader(term(ex, "suction curette")), () -> describe(ex));
        assertFalse(has(ex, "suction") || has(ex, "sharp"), () -> describe(ex));
    }

    @Test
    void aPartOfSpeechOverTheSensesIsNoHeadword() {
        DocumentExtraction ex = new ConceptExtractor().extract(ExtractFixtures.doc("07-warfarin-exampledictionary.txt", """
            noun \\ˈwor-fə-rən\\

            Definition of WARFARIN

            :  a crystalline compound that slows the clotting of blood and is given by mouth to prevent clots in veins

            noun \\ˈwor-fə-rən\\   (Medical Dictionary)

            Medical Definition of WARFARIN

            : a synthetic anticoagulant drug that blocks the action of vitamin K in the liver
            """));
        assertFalse(has(ex, "noun"), () -> describe(ex));
        TermRecord warfarin = ex.terms().stream().filter(t -> t.label().equalsIgnoreCase("warfarin")).findFirst().orElseThrow();
        assertEquals(2, definitions(warfarin).size(), () -> describe(ex));
    }

    @Test
    void obsoleteTermForAndSynReferencesMakeSynonymsNotConcepts() {
        DocumentExtraction ex = extract(TREMOR);
        assertTrue(term(ex, "essential tremor").altLabels().contains("senile tremor"), () -> describe(ex));
        assertTrue(term(ex, "asterixis").altLabels().contains("flapping tremor"), () -> describe(ex));
        assertFalse(has(ex, "senile tremor"), () -> describe(ex));
        assertFalse(has(ex, "flapping tremor"), () -> describe(ex));
    }

    @Test
    void etymologiesAdjectivesAndUsageExamplesAddNothing() {
        DocumentExtraction ex = extract(TREMOR);
        assertFalse(has(ex, "tremulous"), () -> describe(ex));
        assertFalse(has(ex, "middle english"), () -> describe(ex));
        assertTrue(term(ex, "tremor").definitions().stream().noneMatch(d -> d.text().contains("Latin")), () -> describe(ex));
        assertTrue(ex.terms().stream().noneMatch(t -> t.label().contains("clock") || t.label().contains("example")),
            () -> describe(ex));
    }

    @Test
    void abbreviatedHeadwordIsWrittenOutOnlyForItsInitial() {
        assertEquals("resting tremor present, e.g. at rest", org.medvocab.layout.RunInForms.expand("resting t. present, e.g. at rest", "tremor"));
        assertEquals("vitamin K. and more", org.medvocab.layout.RunInForms.expand("vitamin K. and more", "tremor"));
    }

    @Test
    void hardWrappedLinesAreJoinedButHeadingsAndSentencesStay() {
        List<Line> lines = Line.unwrap(Line.split("Widget\nWidgets are a class of\nmachines that\nturn cranks.\nAlso Known As\nGizmo, doohickey"));
        assertEquals(List.of("Widget", "Widgets are a class of machines that turn cranks.", "Also Known As", "Gizmo, doohickey"),
            lines.stream().map(Line::text).toList());
    }

    @Test
    void runInSubEntriesSetOffByAColumnGapMayOpenTheirGlossInLowerCase() {
        DocumentExtraction ex = extract("page.txt", """
            Medical Dictionary

            fracture  (frak-cher)

            the breaking of a bone, from a fall, a blow or disease.

            stress fracture  breaking of a bone from repeated small loads, as in the feet of runners.
            greenstick fracture  bending and partial breaking of a child's soft bone on one side only.

            Source: An Example Clinical Lexicon

            fracture  n.  a break in a bone.
            Source: A Small Desk Dictionary
            """);
        assertTrue(broader(term(ex, "stress fracture")).contains("fracture"), () -> describe(ex));
        assertTrue(definitions(term(ex, "greenstick fracture")).stream().anyMatch(d -> d.startsWith("bending and partial")), () -> describe(ex));
    }

    @Test
    void aWordBeforeABracketedRespellingIsTheHeadwordOfItsEntry() {
        DocumentExtraction ex = extract("page.txt", """
            thrombus

            Medical Dictionary

            thrombus  (throm´bus)

            a clot that forms inside a blood vessel and stays where it formed.

            Source: An Example Clinical Lexicon

            thrombin  (throm´bin)

            an enzyme of the blood that turns fibrinogen into fibrin as a clot forms.

            Source: An Example Clinical Lexicon
            """);
        assertTrue(definitions(term(ex, "thrombin")).stream().anyMatch(d -> d.startsWith("an enzyme of the blood")), () -> describe(ex));
        assertTrue(definitions(term(ex, "thrombus")).stream().noneMatch(d -> d.startsWith("an enzyme")), () -> describe(ex));
    }

    @Test
    void anOtherNameCutToItsInitialUnderARunInIsWrittenOut() {
        DocumentExtraction ex = extract("page.txt", """
            ligature

            Medical Dictionary

            ligature  (lig´ă-chur)

            a thread tied tightly around a blood vessel or duct to close it.

            absorbable l. a ligature of a material the body breaks down, left in place to dissolve. Called also dissolving l.

            Source: An Example Clinical Lexicon
            """);
        assertTrue(term(ex, "absorbable ligature").altLabels().contains("dissolving ligature"), () -> describe(ex));
    }
}

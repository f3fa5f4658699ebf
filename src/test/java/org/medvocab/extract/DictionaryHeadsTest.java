package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;

/**
 * How a dictionary page names its entries: kinds written inverted entry after entry ("scissors, Mayo"), a headword
 * set over each of several dictionaries' entries under a site's name, a bare bracketed respelling over the part of
 * speech. Invented pages.
 */
class DictionaryHeadsTest {

    @Test
    void kindsWrittenInvertedEntryAfterEntryAreReadInNaturalOrderWhateverTheirModifier() {
        DocumentExtraction ex = extract("page-1.txt", """
            ClinWords Medical Dictionary
            Home  |  A-Z  |  Drugs  |  Anatomy
            scissors
            /ˈsɪz.ərz/   noun
            A cutting instrument with two blades pivoted so that their edges slide past each other.
            scissors, Mayo
            Heavy scissors with short blades, used to cut tough tissue such as fascia.
            scissors, bandage
            Scissors with a blunt, flattened lower blade that slides under a dressing without cutting the skin.
            scissors, iris
            Small, fine scissors with sharp points, first made for eye operations.
            scissors, Metzenbaum
            Long, slender scissors with blunt tips for cutting delicate tissue deep in the body.
            scissors, suture
            Scissors with a hooked notch in one blade, used to cut and lift stitches.
            Share  |  Print  |  Cite
            © ClinWords 2024
            """);
        TermRecord mayo = term(ex, "mayo scissors"); // (the label's case is the converter's; eval compares keys)
        assertTrue(definitions(mayo).stream().anyMatch(d -> d.startsWith("Heavy scissors")), describe(ex));
        assertTrue(mayo.broader().stream().anyMatch(b -> b.target().equals("scissors")), describe(ex));
        assertTrue(ex.has("bandage scissors") && ex.has("iris scissors"), describe(ex));
        assertFalse(ex.terms().stream().anyMatch(t -> t.label().contains(",") || t.label().contains("noun")), describe(ex));
    }

    @Test
    void aWordSetOverEachDictionarysEntryIsTheTopicNotTheSitesNameAboveIt() {
        DocumentExtraction ex = extract("page-2.txt", """
            Skip to content
            HEALTHLEXIS
            Dictionary  |  Thesaurus  |  Medical
            Also found in: Dictionary, Encyclopedia.
            otoscope
            Brandt's Clinical Dictionary
            An instrument with a light and a magnifier for looking into the ear canal and at the eardrum.
            Brandt's Clinical Dictionary © Lowell Press 2018
            otoscope
            Handbook of Nursing Words
            A lighted viewer with a cone-shaped tip, used to examine the outer ear.
            Handbook of Nursing Words, 2nd ed. © Ashby 2020
            """);
        TermRecord otoscope = term(ex, "otoscope");
        assertTrue(definitions(otoscope).size() >= 2, describe(ex));
        assertFalse(ex.has("healthlexis"), describe(ex));
    }

    @Test
    void aBareBracketedRespellingOverThePartOfSpeechIsNoAside() {
        DocumentExtraction ex = extract("page-3.txt", """
            Site Dictionary
            gauze
            gauze
            (gawz)
            n.
            A thin, loosely woven cloth used for dressings and swabs.
            gauze sponge
            A folded square of gauze used to soak up blood or fluid during an operation.
            gauzy
            (gaw′zee)
            adj.
            Thin and see-through like gauze.
            """);
        assertTrue(definitions(term(ex, "gauze")).stream().anyMatch(d -> d.startsWith("A thin, loosely woven")), describe(ex));
        TermRecord sponge = term(ex, "gauze sponge");
        assertTrue(definitions(sponge).stream().anyMatch(d -> d.startsWith("A folded square")), describe(ex));
    }

    @Test
    void aHeadwordRepeatedWithItsPartOfSpeechNamesThePageAndAStarredSenseLosesItsStar() {
        DocumentExtraction ex = extract("page-4.txt", """
            WordPath  Learner's Dictionary
            Home › Learner's Dictionary › ear plug
            ear plug
            noun
            /ˈɪə plʌɡ/
            [countable]
            ★ a small piece of soft material that you put into your ear to keep out noise or water
            ▸ He wears ear plugs when he swims.
            Nearby words
            ear infection   noun
            ear plug   noun
            earring   noun
            """);
        TermRecord plug = term(ex, "ear plug");
        assertTrue(definitions(plug).stream().anyMatch(d -> d.startsWith("a small piece of soft material")), describe(ex));
        assertFalse(ex.has("wordpath"), describe(ex));
    }

    @Test
    void aRunInSubEntrySetOffByACommaIsAKindOfTheHeadwordAndItsOtherNameBeforeASemicolonIsAnAlternativeLabel() {
        DocumentExtraction ex = extract("11-splint-examplesite.txt", """
            splint

            from The Wrenfield Nursing Dictionary

            splint  (splint)
            a rigid or flexible appliance that holds a broken or injured part still.
              Thomas s., Thomas knee splint; a metal ring round the thigh with two side bars, used to hold a broken
            thigh bone in traction.
              dental s's, appliances wired to the teeth to hold loose or broken teeth in place while they heal.

            * * *

            from The Bramley Family Health Dictionary

            splint
            A strip of wood, metal, plastic or padded card bound to an injured limb so that it cannot move.
            """);
        // (the case of a sub-entry's first word is not known at the start of its line: labels compare without it)
        TermRecord thomas = ex.terms().stream().filter(t -> t.label().equalsIgnoreCase("Thomas splint")).findFirst().orElseThrow();
        assertTrue(thomas.altLabels().stream().anyMatch(a -> a.equalsIgnoreCase("Thomas knee splint")), () -> describe(ex));
        assertTrue(definitions(thomas).stream().anyMatch(d -> d.startsWith("a metal ring round the thigh")), () -> describe(ex));
        assertTrue(term(ex, "dental splint").broader().stream().anyMatch(b -> b.target().equals("splint")), () -> describe(ex));
    }
}

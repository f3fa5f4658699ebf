package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.broader;
import static org.medvocab.extract.ExtractFixtures.crossRefs;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.doc;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;

/**
 * Dictionary pages in the style of the DICT protocol's servers (a count of results, an attribution line per
 * dictionary with its version, a headword with its backslash respelling, dated source marks after each sense, a
 * thesaurus sense written "n 1:"), and pages that never write their headword above the senses. Invented pages.
 */
class SourceLinesTest {

    static final String TONGS_PAGE = """
        3 definitions found
         for Tongs

        From The Example Collaborative Dictionary of English v.0.12 :

          Tongs \\Tongs\\, n. [AS. tange. See Tong.]
             1. An instrument of two hinged arms for seizing and lifting
                small objects, used by smiths, cooks and surgeons.
                [1890 Example]
             Sugar tongs. See under Sugar.
                [1890 Example]

        From Example WordBank (r) 2.1 (2019) :

              n 1: a gripping instrument with two long arms joined at one end
        """;

    @Test
    void attributionLinesCountsAndDatedMarksAreNotTerms() {
        DocumentExtraction ex = extract(TONGS_PAGE);
        assertEquals("tongs", ex.topic());
        assertFalse(has(ex, "for Tongs") || has(ex, "for Tong"), () -> ExtractFixtures.describe(ex));
        assertFalse(ex.terms().stream().anyMatch(t -> t.label().toLowerCase().contains("dictionary")
            || t.label().toLowerCase().contains("wordbank") || t.label().contains("1890")), () -> ExtractFixtures.describe(ex));
    }

    @Test
    void backslashRespellingOnTheHeadLineAndTheThesaurusSense() {
        DocumentExtraction ex = extract(TONGS_PAGE);
        TermRecord tongs = term(ex, "tongs"); // a noun WordNet writes only with its s keeps it
        assertTrue(definitions(tongs).stream().anyMatch(d -> d.startsWith("An instrument of two hinged arms")), () -> ExtractFixtures.describe(ex));
        assertTrue(definitions(tongs).contains("a gripping instrument with two long arms joined at one end"), () -> ExtractFixtures.describe(ex));
        assertFalse(definitions(tongs).stream().anyMatch(d -> d.startsWith("Sugar tongs")), () -> ExtractFixtures.describe(ex));
    }

    @Test
    void aSubEntryThatOnlyRefersOnIsAKindWithItsReference() {
        DocumentExtraction ex = extract(TONGS_PAGE);
        TermRecord sugar = term(ex, "sugar tongs");
        assertEquals(java.util.List.of("tongs"), broader(sugar));
        assertTrue(definitions(sugar).isEmpty(), () -> ExtractFixtures.describe(ex));
        assertEquals(java.util.List.of("sugar"), crossRefs(sugar, CrossRefKind.SEE));
    }

    /** A page cut before its head line: the respelling, senses, the word's origin with another spelling. */
    static final String HEADLESS = """
        [ ol-i-goo-ree-uh ]

        noun Pathology.
          1. the passing of abnormally small amounts of urine.

        Origin of oliguria

        First recorded in 1840–45; olig- + -uria
          • Also especially British, ol·i·gu·re·sis [ol-i-gyoo-ree-sis] .

        How to use oliguria in a sentence

        Cultural definitions for oliguria

        Too little urine produced by the kidneys.
        """;

    @Test
    void theRespellingPicksTheSubjectTheFileNameGivesOverAWordOfTheDefinition() {
        DocumentExtraction ex = new ConceptExtractor().extract(doc("oliguria-examplesite.txt", HEADLESS));
        assertEquals("oliguria", ex.topic());
        TermRecord oliguria = term(ex, "oliguria");
        assertTrue(definitions(oliguria).contains("the passing of abnormally small amounts of urine."), () -> ExtractFixtures.describe(ex));
        assertFalse(has(ex, "urine") && !term(ex, "urine").definitions().isEmpty(), () -> ExtractFixtures.describe(ex));
    }

    @Test
    void aRegionalSpellingUnderTheWordsOriginIsAnotherLabel() {
        DocumentExtraction ex = new ConceptExtractor().extract(doc("oliguria-examplesite.txt", HEADLESS));
        assertTrue(term(ex, "oliguria").altLabels().contains("oliguresis"), () -> ExtractFixtures.describe(ex));
    }

    @Test
    void respellingsAreComparedByTheirConsonants() {
        assertEquals("pndktm", Respellings.consonants("appendectomy"));
        assertEquals("pndktm", Respellings.consonants("ap-uhn-dek-tuh-mee"));
        assertEquals(1.0, Respellings.similarity("kath-i-ter", "catheter"), 1e-9);
        assertTrue(Respellings.similarity("ap-uhn-dek-tuh-mee", "appendix") < 0.8);
        assertTrue(Respellings.similarity("fuh-rin-jy-tis", "pharyngitis") >= 0.8);
        assertEquals(0.0, Respellings.similarity("", "word"), 1e-9);
    }

    @Test
    void aPageTheChosenReadingFindsNothingInIsReadTheOtherWays() {
        String page = "[ ton-om-i-ter ]\n\nnoun\n\nWord history\n\nThe pressure inside the eyeball is read with it.\n";
        DocumentExtraction ex = new ConceptExtractor().extract(doc("tonometer-examplesite.txt", page));
        assertEquals("tonometer", ex.topic());
        assertTrue(has(ex, "tonometer"), () -> ExtractFixtures.describe(ex));
        assertFalse(has(ex, "word history"), () -> ExtractFixtures.describe(ex));
    }

    @Test
    void aRespellingBeforeTheSenseIsNotPartOfTheDefinition() {
        DocumentExtraction ex = extract("tonometer\n\n(toh-NOM-uh-ter): Instrument that measures the pressure inside the eye.\n");
        assertTrue(definitions(term(ex, "tonometer")).contains("Instrument that measures the pressure inside the eye."),
            () -> ExtractFixtures.describe(ex));
    }

    @Test
    void thePartAProcedureRemovesIsWhereItActs() {
        DocumentExtraction ex = extract("adenoidectomy\nnoun\n\nA surgical operation to remove the adenoids.\n");
        assertTrue(ExtractFixtures.targets(term(ex, "adenoidectomy"), RelationKind.LOCATION).contains("adenoid"), () -> ExtractFixtures.describe(ex));
    }

    @Test
    void whatADeviceIsForRemovingIsAnIndicationAndAForeignBodyIsNoBodyPart() {
        DocumentExtraction ex = extract("bronchoscope\nnoun\n\nAn endoscope for the removal of foreign bodies from the airways.\n");
        TermRecord b = term(ex, "bronchoscope");
        assertTrue(ExtractFixtures.targets(b, RelationKind.INDICATION).contains("foreign body"), () -> ExtractFixtures.describe(ex));
        assertFalse(ExtractFixtures.targets(b, RelationKind.LOCATION).contains("foreign body"), () -> ExtractFixtures.describe(ex));
    }
}


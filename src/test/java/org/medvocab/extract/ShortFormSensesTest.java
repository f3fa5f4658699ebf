package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.crossRefs;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;

/**
 * A dictionary entry whose headword is a short form and whose sense says what it abbreviates ("abbreviation for X",
 * "(abbr.) X:", "short for X"): the full name is the concept, the short form its other label, whatever the initials.
 * Invented pages.
 */
class ShortFormSensesTest {

    @Test
    void abbreviationForOneWordNamesTheConceptAndTheRestDefinesIt() {
        DocumentExtraction ex = extract("page-1.txt", """
            EEG
            noun
            abbreviation for electroencephalogram, a tracing of the brain's electrical activity picked up by electrodes on the scalp.
            """);
        TermRecord full = term(ex, "electroencephalogram");
        assertTrue(full.altLabels().contains("EEG"), describe(ex));
        assertTrue(definitions(full).stream().anyMatch(d -> d.startsWith("a tracing of the brain")), describe(ex));
    }

    @Test
    void anAbbreviationLineIsNoOtherNameOfTheShortForm() {
        DocumentExtraction ex = extract("page-2.txt", """
            CT
            Abbreviation for computed tomography.

            computed tomography
            n.
            An imaging method that builds cross-sectional pictures of the body from many X-ray projections.
            """);
        TermRecord full = term(ex, "computed tomography");
        assertTrue(full.altLabels().contains("CT"), describe(ex));
        assertTrue(ex.terms().stream().flatMap(t -> t.altLabels().stream()).noneMatch(a -> a.startsWith("for ")), describe(ex));
    }

    @Test
    void aLowerCaseHeadwordIsNoShortFormOfTheWordsItsSenseOpensWith() {
        DocumentExtraction ex = extract("page-3.txt", """
            retractor
            noun
            an instrument for holding back the edges of a wound during an operation.
            """);
        assertFalse(ex.terms().stream().anyMatch(t -> t.altLabels().contains("retractor")), describe(ex));
    }

    @Test
    void aDashLedNoteUnderASenseGivesOtherNamesAndComparisons() {
        DocumentExtraction ex = extract("page-4.txt", """
            tonometer

            noun

            Definition of tonometer

            : an instrument for measuring the pressure inside the eye
            — called also ocular tonometer
            — compare OPHTHALMOSCOPE
            """);
        TermRecord t = term(ex, "tonometer");
        assertTrue(t.altLabels().contains("ocular tonometer"), describe(ex));
        assertTrue(crossRefs(t, CrossRefKind.COMPARE).contains("ophthalmoscope"), describe(ex));
    }
}

package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.targets;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;

/** A condition or procedure named from a part's root is about that part, when the page names the part. */
class CombiningFormsTest {

    @Test
    void rootsOfBuiltWords() {
        assertEquals("appendic", CombiningForms.root("appendicitis"));
        assertEquals("oophor", CombiningForms.root("oophorectomy"));
        assertEquals("gastr", CombiningForms.root("gastroscopy"));
        assertEquals("burs", CombiningForms.root("bursitis"));
        assertNull(CombiningForms.root("asthma"));
        assertNull(CombiningForms.root("edit"));      // too short a root
    }

    @Test
    void aRootNamesItsPartByTheTableOrByItsLetters() {
        assertTrue(CombiningForms.names("appendic", "appendix"));
        assertTrue(CombiningForms.names("burs", "bursa"));
        assertTrue(CombiningForms.names("oophor", "ovary"));
        assertTrue(CombiningForms.names("gastr", "stomach"));
        assertFalse(CombiningForms.names("hepat", "heart"));
        assertFalse(CombiningForms.names("append", "apple"));
    }

    @Test
    void anOperationOnAPartTreatsTheInflammationOfIt() {
        assertTrue(CombiningForms.treats("appendectomy", "appendicitis"));
        assertTrue(CombiningForms.treats("tonsillectomy", "tonsillitis"));
        assertTrue(CombiningForms.treats("cholecystectomy", "cholecystitis"));
        assertFalse(CombiningForms.treats("appendectomy", "tonsillitis"));
        assertFalse(CombiningForms.treats("appendicitis", "appendectomy"));   // a condition treats nothing
        DocumentExtraction ex = extract("15-examplesite.txt", """
            Tonsillectomy

            Tonsillectomy is an operation to remove the tonsils. It is done when tonsillitis keeps coming back.
            """);
        assertTrue(targets(term(ex, "tonsillectomy"), RelationKind.INDICATION).contains("tonsillitis"), () -> describe(ex));
    }

    @Test
    void aProcedureIsDoneWithTheInstrumentOfItsRoot() {
        assertTrue(CombiningForms.doneWith("cystoscopy", "cystoscope"));
        assertTrue(CombiningForms.doneWith("lithotripsy", "lithotripter"));
        assertTrue(CombiningForms.doneWith("audiometry", "audiometer"));
        assertFalse(CombiningForms.doneWith("cystoscopy", "colposcope"));
        assertFalse(CombiningForms.doneWith("cystoscope", "cystoscopy"));
    }

    @Test
    void aBuiltNameIsAboutThePartThePageNames() {
        DocumentExtraction ex = extract("14-examplesite.txt", """
            Tonsillitis

            Tonsillitis is inflammation of the tonsils, usually from a virus. The tonsil on each side of the throat swells and
            turns red. Recurrent tonsillitis is tonsillitis that comes back several times a year.
            """);
        assertTrue(targets(term(ex, "tonsillitis"), RelationKind.LOCATION).contains("tonsil"), () -> describe(ex));
        // a kind of it is where its broader term is: the broader term carries the place
        assertTrue(ex.terms().stream().filter(t -> t.label().equals("recurrent tonsillitis"))
            .allMatch(t -> targets(t, RelationKind.LOCATION).isEmpty()), () -> describe(ex));
    }
}

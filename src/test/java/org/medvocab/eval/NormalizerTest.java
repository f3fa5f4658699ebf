package org.medvocab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The label normalisation of the dev-corpus scoring rules. */
class NormalizerTest {

    @Test void readmeExamples() {
        assertEquals("pump", Normalizer.normalize("pumps"));
        assertTrue(Normalizer.sameLabel("pumps", "pump"));
        assertEquals("hemolysis", Normalizer.normalize("hemolysis"));
        assertEquals("gas", Normalizer.normalize("gas"));
    }

    @Test void finalSKeptAfterSIOrU() {
        assertEquals("stress", Normalizer.normalize("stress"));
        assertEquals("virus", Normalizer.normalize("virus"));
        assertEquals("diagnosis", Normalizer.normalize("diagnosis"));
        assertEquals("s", Normalizer.normalize("s"));
        // short last words keep their s, as "gas" does in the README
        assertEquals("anti abs", Normalizer.normalize("anti-abs"));
        assertEquals("blood gas", Normalizer.normalize("blood gas"));
        assertEquals("red cell", Normalizer.normalize("red cells"));
    }

    @Test void onlyTheLastWordLosesItsS() {
        assertEquals("blood vessels of the heart", Normalizer.normalize("blood vessels of the hearts"));
        assertTrue(Normalizer.sameLabel("Red Blood Cells", "red blood cell"));
        assertFalse(Normalizer.sameLabel("cells of blood", "cell of blood"));
    }

    @Test void caseHyphensUnderscoresAndWhitespace() {
        assertEquals("intra aortic balloon pump", Normalizer.normalize("  Intra-aortic\tballoon_pumps \n"));
        assertTrue(Normalizer.sameLabel("sodium-potassium pump", "Sodium potassium  pump"));
        assertTrue(Normalizer.sameLabel("non\u2011invasive", "non invasive"));
    }

    @Test void unicodeCompatibilityForms() {
        // full-width letters, the "fi" ligature and a no-break space fold to their plain forms
        assertEquals("abc", Normalizer.normalize("\uFF21\uFF22\uFF23"));
        assertEquals("fibrin", Normalizer.normalize("\uFB01brin"));
        assertEquals("type 2 diabete", Normalizer.normalize("type\u00A02 diabetes"));
        assertEquals("", Normalizer.normalize(null));
    }

    @Test void definitionsMatchOnTheNormalisedPrefix() {
        assertTrue(Normalizer.definitionMatches("A small pump that moves blood through the body.", "a small pump that moves"));
        assertTrue(Normalizer.definitionMatches("A small-bore tube placed in a vein", "A small bore tube "));
        // a gold prefix ending in a plural is cut to its singular, and still a prefix
        assertTrue(Normalizer.definitionMatches("The breakdown of red cells in the blood", "The breakdown of red cells"));
        assertFalse(Normalizer.definitionMatches("A small pump", "A small pump that moves"));
        assertFalse(Normalizer.definitionMatches("A large pump that moves", "A small pump"));
    }

    @Test void relationKinds() {
        assertEquals("insertion site", Normalizer.relationKind(" Insertion  Site "));
        assertEquals("see also", Normalizer.relationKind("see-also"));
    }
}

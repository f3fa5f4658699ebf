package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared word lists and shape tests of {@link Lexicon}. */
class LexiconTest {

    @ParameterizedTest
    @ValueSource(strings = {"scalpel scalpel scal", "synonym rupture rupture", "Bandage bandage", "risk factor", "gastro- + -scope",
        "usage of \" gizmo\" in sentence", "the word \u201cgizmo\u201d", "+Gizmitis"})
    void aStutterOrAListedGeneralPhraseIsNoName(String label) {
        assertFalse(Lexicon.termShaped(label), label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tourniquet", "pneumatic tourniquet", "renal vein thrombosis", "bulla", "Crohn's disease", "C+ gizmo"})
    void ordinaryNamesAreTermShaped(String label) {
        assertTrue(Lexicon.termShaped(label), label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C18 (said of a frame for lifting): from Latin", "C20: from Greek", "Examples of 'splint' in a sentence",
        "How to use splint in a sentence"})
    void aWordsHistoryOrItsExamplesLabelIsNoSense(String text) {
        DocumentExtraction ex = ExtractFixtures.extract("splint\nnoun\n1. a rigid strip that holds a broken bone still.\n" + text + "\n");
        assertFalse(ExtractFixtures.definitions(ExtractFixtures.term(ex, "splint")).stream().anyMatch(d -> d.startsWith(text.substring(0, 8))),
            () -> ExtractFixtures.describe(ex));
    }

    @org.junit.jupiter.api.Test
    void aVertebraIsNoCentury() {
        assertFalse(DefinitionRules.isEtymology("C5 nerve root compression"));
        assertTrue(DefinitionRules.isEtymology("C19: from Greek"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"surgical instrument", "medical device", "surgical removal", "clinical procedure"})
    void aGenericGenusUnderFieldAdjectivesIsNoClassOfItsOwn(String label) {
        assertTrue(Lexicon.genericClass(label), label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"instrument", "drug delivery device", "ventricular assist device", "surgical stapler"})
    void aNamedClassOrAPlainWordIsNotAGenericClass(String label) {
        assertFalse(Lexicon.genericClass(label), label);
    }

    @org.junit.jupiter.api.Test
    void aConditionsEndingGivesWayToWordNetsReadingOfTheWord() {
        org.junit.jupiter.api.Assertions.assertEquals(TopClass.CONDITION, Lexicon.kindOfHead("thrombosis"));
        org.junit.jupiter.api.Assertions.assertEquals(TopClass.CONDITION, Lexicon.kindOfHead("sarcoma"));
        org.junit.jupiter.api.Assertions.assertNotEquals(TopClass.CONDITION, Lexicon.kindOfHead("anastomosis"), "a junction");
        org.junit.jupiter.api.Assertions.assertNotEquals(TopClass.CONDITION, Lexicon.kindOfHead("diagnosis"), "an act");
        org.junit.jupiter.api.Assertions.assertNotEquals(TopClass.CONDITION, Lexicon.kindOfHead("stoma"), "an opening");
    }
}


package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared word lists and shape tests of {@link Lexicon}. */
class LexiconTest {

    @ParameterizedTest
    @ValueSource(strings = {"scalpel scalpel scal", "synonym rupture rupture", "Bandage bandage", "risk factor"})
    void aStutterOrAListedGeneralPhraseIsNoName(String label) {
        assertFalse(Lexicon.termShaped(label), label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tourniquet", "pneumatic tourniquet", "renal vein thrombosis", "bulla"})
    void ordinaryNamesAreTermShaped(String label) {
        assertTrue(Lexicon.termShaped(label), label);
    }
}

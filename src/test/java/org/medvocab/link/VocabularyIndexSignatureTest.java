package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class VocabularyIndexSignatureTest {

    @Test void theWordsOfAContainedLabelLeaveNoBitOutsideTheLongerLabelsSignature() {
        long pump = VocabularyIndex.signature(List.of("infusion", "pump"));
        long longer = VocabularyIndex.signature(List.of("portable", "infusion", "pump"));
        assertEquals(0, pump & ~longer, "contained: never rejected by the signature");
        long other = VocabularyIndex.signature(List.of("balloon", "pump"));
        // "balloon" and the words of the longer label fall on different bits, so the signature alone rejects it
        assertNotEquals(0, other & ~longer);
        assertEquals(0, VocabularyIndex.signature(List.of()));
    }
}

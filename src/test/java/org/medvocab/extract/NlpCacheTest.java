package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** An analysis remembered by text is the analysis made afresh, with the offsets of the place it is asked for. */
class NlpCacheTest {

    private static final String SENTENCE = "A drip chamber lets the nurse count the drops falling into the tubing.";

    @Test void rememberedAnalysisEqualsAFreshOneAtAnyOffset() throws Exception {
        Nlp.Sentence first = Nlp.get().analyse(SENTENCE, 0);
        Nlp.Sentence shifted = Nlp.get().analyse(SENTENCE, 40);
        assertSame(first, Nlp.get().analyse(SENTENCE, 0), "the second question at offset 0 is answered from memory");
        assertEquals(40, shifted.start());
        assertEquals(40 + SENTENCE.length(), shifted.end());
        assertEquals(first.tokens().size(), shifted.tokens().size());
        for (int i = 0; i < first.tokens().size(); i++) {
            Nlp.Token a = first.tokens().get(i), b = shifted.tokens().get(i);
            assertEquals(a.text(), b.text());
            assertEquals(a.pos(), b.pos());
            assertEquals(a.lemma(), b.lemma());
            assertEquals(a.start() + 40, b.start());
            assertEquals(a.end() + 40, b.end());
            assertEquals(a.text(), SENTENCE.substring(a.start(), a.end()));
        }
        // another thread has its own pipeline and an empty memory: it computes the same analysis
        AtomicReference<Nlp.Sentence> fresh = new AtomicReference<>();
        Thread t = new Thread(() -> fresh.set(Nlp.get().analyse(SENTENCE, 0)));
        t.start();
        t.join();
        assertEquals(first, fresh.get());
        assertTrue(first.tokens().stream().anyMatch(k -> k.lemma().equals("drop")), "lemmas are there: " + first.tokens());
    }

    @Test void paragraphsSplitOnceGiveTheSameSentences() {
        String para = "The pump is switched on. It then pushes the fluid slowly. " + SENTENCE;
        List<Nlp.Sentence> a = Nlp.get().sentences(para, 5);
        List<Nlp.Sentence> b = Nlp.get().sentences(para, 5);
        assertEquals(3, a.size());
        assertEquals(a, b);
        for (Nlp.Sentence s : a) assertEquals(s.text(), para.substring(s.start() - 5, s.end() - 5));
    }
}

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

    @Test void wordByWordTokensEqualTheStockTokenizerOnTheCorpus() throws Exception {
        List<String> texts = new java.util.ArrayList<>(List.of(
            "Cl-/HCO3- exchanger, e.g. the high-risk (n=3) \"pump\"\tand\nDr. Smith's 5.4 mg/kg dose.",
            "  leading and trailing\u00a0spaces  ", "", "a", "U.S.A. i.e., 10%-20% ... --- (see: p. 3)"));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("corpus"))) {
            for (var f : files.sorted().toList()) {
                if (!f.toString().endsWith(".txt") && !f.toString().endsWith(".md")) continue;
                texts.addAll(java.nio.file.Files.readAllLines(f));
            }
        }
        assertTrue(texts.size() > 100, "the corpus was read: " + texts.size());
        Nlp nlp = Nlp.get();
        for (int round = 0; round < 2; round++) {   // the second round answers from memory
            for (String t : texts) {
                assertEquals(List.of(nlp.stockTokenSpans(t)), List.of(nlp.rawTokenSpans(t)), t);
            }
        }
    }
}

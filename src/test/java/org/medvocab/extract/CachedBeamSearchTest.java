package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The cached beam search gives the stock OpenNLP tagger's tags and lemmatizer's lemmas, token for token, on every corpus sentence. */
class CachedBeamSearchTest {

    @Test void sameLemmasAsTheStockLemmatizer() throws Exception {
        LemmatizerME stock;
        try (InputStream in = Nlp.class.getResourceAsStream("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")) {
            stock = new LemmatizerME(new LemmatizerModel(in));
        }
        int tokens = 0;
        List<Path> files = corpusFiles();
        for (int round = 0; round < 2; round++) {          // the second round is answered from the cache
            for (Path f : files) {
                for (String para : Files.readString(f).split("\n+")) {
                    for (Nlp.Sentence s : Nlp.get().sentences(para, 0)) {
                        String[] toks = s.tokens().stream().map(Nlp.Token::text).toArray(String[]::new);
                        String[] tags = s.tokens().stream().map(Nlp.Token::pos).toArray(String[]::new);
                        String[] expected = stock.lemmatize(toks, tags);
                        String[] actual = s.tokens().stream().map(Nlp.Token::lemma).toArray(String[]::new);
                        for (int i = 0; i < expected.length; i++) {
                            String e = expected[i];
                            if (e == null || e.equals("O") || e.isEmpty()) expected[i] = toks[i].toLowerCase(Locale.ROOT);
                        }
                        assertArrayEquals(expected, actual, s.text());
                        tokens += toks.length;
                    }
                }
            }
        }
        assertTrue(tokens > 2000, "tokens compared: " + tokens);
    }

    @Test void sameTagsAsTheStockTagger() throws Exception {
        POSTaggerME stock;
        try (InputStream in = Nlp.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            stock = new POSTaggerME(new POSModel(in));
        }
        int tokens = 0;
        for (int round = 0; round < 2; round++) {          // the second round is answered from the cache
            for (Path f : corpusFiles()) {
                for (String para : Files.readString(f).split("\n+")) {
                    for (Nlp.Sentence s : Nlp.get().sentences(para, 0)) {
                        String[] toks = s.tokens().stream().map(Nlp.Token::text).toArray(String[]::new);
                        String[] actual = s.tokens().stream().map(Nlp.Token::pos).toArray(String[]::new);
                        assertArrayEquals(stock.tag(toks), actual, s.text());
                        tokens += toks.length;
                    }
                }
            }
        }
        assertTrue(tokens > 2000, "tokens compared: " + tokens);
    }

    private static List<Path> corpusFiles() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    @Test void selectsTheKBestLikeASort() {
        double[] scores = {0.1, 0.3, 0.3, 0.05, 0.25};
        var c = CachedBeamSearch.select(scores, 3);
        assertArrayEquals(new int[] {1, 2, 4}, outcomes(c));
        var tie = CachedBeamSearch.select(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, 3);
        assertEquals(5, outcomes(tie).length);                  // equal scores all reach the threshold, as after a sort
        assertArrayEquals(new int[] {0, 1}, outcomes(CachedBeamSearch.select(new double[] {0.4, 0.6}, 3)));
    }

    private static int[] outcomes(CachedBeamSearch.Candidates c) { return c.outcomes(); }
}

package org.medvocab.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.model.Converter;
import org.medvocab.model.VocabularyConfig;
import org.medvocab.model.VocabularyRepair;
import org.medvocab.validate.Shapes;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;

/**
 * Seeded fuzzing of {@code convert}: generated malformed documents (random bytes, broken UTF-8, control and bidi
 * characters, huge words and lines, deep HTML, entity tricks, dictionary-like numbering) never throw, each takes
 * bounded time, and every readable one gives a vocabulary that passes the shapes after repair. The short run is part
 * of the default build; {@code mvn -Preliability verify} runs the long one.
 */
class ConvertFuzzTest {

    /** Bound on one document, far above what a linear converter needs for the sizes generated here. */
    static final long MAX_MILLIS_PER_DOC = 20_000;

    /** Documents converted together, as one {@code convert} run. */
    static final int BATCH = 50;

    @TempDir Path tmp;

    /** Every document at the base size (words up to 4,300 characters, 550 levels, 330-sentence lines), a batch per core at once. */
    @Test @Tag("reliability") void shortRun() throws Exception { run(300, 20261129L, 1, Runtime.getRuntime().availableProcessors()); }

    /**
     * 10,000 documents, a batch per core at once; in every 45 documents the huge word, the deep HTML and the huge line
     * are 10 times larger (up to 40,000-character words, 5,000 levels, 3,000-sentence lines).
     */
    @Test @Tag("reliability-long") void longRun() throws Exception { run(10_000, 4242L, 10, Runtime.getRuntime().availableProcessors()); }

    private void warmUp(Converter converter) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("warm-up"));
        Files.writeString(dir.resolve("pump.md"), "# Pump\n\nA pump is a device that moves fluid through a tube.\n");
        converter.convert(List.of(dir), p -> { }, null);
    }

    /** What one batch found. */
    private record Batch(int documents, int readable, int leftOut, long slowestMillis) {}

    /**
     * Converts {@code documents} generated documents in batches of {@link #BATCH}, {@code parallel} batches at once (each
     * batch on one thread, so that the time between two finished documents is one document's time).
     *
     * @param largeScale how much larger the huge word, deep HTML and huge line are in every 45 documents (1: never)
     */
    void run(int documents, long seed, int largeScale, int parallel) throws Exception {
        Graph shapes = Shapes.defaults();
        Converter converter = new Converter(VocabularyConfig.defaults()).withThreads(1);
        warmUp(converter);   // the language models load on first use: not a cost of the first fuzzed document
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<Batch>> batches = new ArrayList<>();
        try {
            for (int start = 0; start < documents; start += BATCH) {
                int from = start;
                int to = Math.min(documents, start + BATCH);
                batches.add(pool.submit(() -> batch(converter, shapes, from, to, new Random(seed + from), largeScale)));
            }
            int readable = 0;
            int leftOut = 0;
            long slowest = 0;
            int done = 0;
            for (Future<Batch> f : batches) {
                Batch b = get(f);
                done += b.documents();
                if (done % 1000 == 0) System.out.printf("convert fuzz: %d documents, %.0f s%n", done, (System.nanoTime() - t0) / 1e9);
                readable += b.readable();
                leftOut += b.leftOut();
                slowest = Math.max(slowest, b.slowestMillis());
            }
            System.out.printf("convert fuzz: %d documents (seed %d, large x%d, %d batches at once), %d readable, %d left out, slowest %d ms, %.0f s%n",
                documents, seed, largeScale, parallel, readable, leftOut, slowest, (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Batch get(Future<Batch> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) throw err;   // an assertion of the batch
            throw e;
        }
    }

    private Batch batch(Converter converter, Graph shapes, int from, int to, Random rnd, int largeScale) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("batch-" + from));
        List<Path> files = new ArrayList<>();
        for (int i = from; i < to; i++) files.add(Fuzz.write(dir, i, rnd, (i / 9) % 5 == 0 ? largeScale : 1));
        // one batch, as convert runs it: a bad document must not block the others
        long[] last = {System.nanoTime()};
        long[] worst = {0};
        String[] slowest = {null};
        Converter.Result r = converter.convert(List.of(dir), p -> {
            long now = System.nanoTime();
            long ms = (now - last[0]) / 1_000_000;
            if (ms > worst[0]) {
                worst[0] = ms;
                slowest[0] = p.toString();
            }
            last[0] = now;
        }, null);
        assertTrue(worst[0] < MAX_MILLIS_PER_DOC, slowest[0] + " took " + worst[0] + " ms");
        for (String e : r.errors()) {
            String file = e.substring(0, Math.max(0, e.indexOf(':')));
            assertTrue(!e.contains("cannot be converted"), "an exception escaped the extraction: " + e + "\n" + Fuzz.preview(Path.of(file)));
        }
        int leftOut = 0;
        if (r.documents() > 0) {
            VocabularyRepair.Outcome o = VocabularyRepair.repair(r, converter, shapes);
            ValidationResult v = Validator.validate(o.result().graph(), shapes, o.result().prefixes());
            assertTrue(v.conforms(), dir + ": " + v.summary() + " " + org.medvocab.validate.ReportWriter.text(v));
            // a document whose extraction cannot be repaired is left out and reported; the others are all kept
            assertEquals(r.documents() - o.leftOut().size(), o.result().documents(), "the others are kept: " + o.leftOut());
            leftOut = o.leftOut().size();
        }
        for (Path f : files) Files.deleteIfExists(f);
        Files.deleteIfExists(dir);
        return new Batch(to - from, r.documents(), leftOut, worst[0]);
    }

    /** The generators, one per kind of malformed document. */
    static final class Fuzz {
        private Fuzz() {}

        static final String[] WORDS = {"pump", "valve", "catheter", "artery", "flow", "device", "the", "a", "is", "of", "and",
            "used", "to", "treat", "shock", "fluid", "noun", "n.", "see", "also", "risk", "infection", "heart", "blood"};
        static final String[] ODD = {"\u0000", "\u0007", "\u001b[31m", "\u202e", "\u2066", "\u200f", "\ufeff", "\ud800", "\uffff", "\u0085", "\t", "\r"};
        static final String[] ENTITIES = {"&#0;", "&#x0;", "&#1;", "&#xD800;", "&#99999999;", "&amp;amp;", "&lt;script&gt;", "&#x202E;", "&nbsp;", "&bogus;", "&#"};

        /** Writes document {@code i}: its kind is {@code i % 9}; {@code scale} multiplies the size of huge words, lines and nesting. */
        static Path write(Path dir, int i, Random rnd, int scale) throws IOException {
            int kind = i % 9;
            String ext = switch (kind) { case 5, 6 -> ".html"; case 7 -> ".md"; default -> ".txt"; };
            Path f = dir.resolve(String.format("fuzz-%05d%s", i, ext));
            byte[] bytes = switch (kind) {
                case 0 -> randomBytes(rnd);
                case 1 -> brokenUtf8(rnd);
                case 2 -> text(rnd, true).getBytes(StandardCharsets.UTF_8);
                case 3 -> hugeWord(rnd, scale).getBytes(StandardCharsets.UTF_8);
                case 4 -> dictionary(rnd).getBytes(StandardCharsets.UTF_8);
                case 5 -> deepHtml(rnd, scale).getBytes(StandardCharsets.UTF_8);
                case 6 -> entities(rnd, "<html><body><h1>", "</h1><p>", "</p></body></html>").getBytes(StandardCharsets.UTF_8);
                case 7 -> entities(rnd, "# ", "\n\n", "\n").getBytes(StandardCharsets.UTF_8);
                default -> hugeLine(rnd, scale).getBytes(StandardCharsets.UTF_8);
            };
            return Files.write(f, bytes);
        }

        static String preview(Path f) {
            try {
                String s = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                return s.length() > 300 ? s.substring(0, 300) + "..." : s;
            } catch (IOException e) {
                return "";
            }
        }

        static byte[] randomBytes(Random rnd) {
            byte[] b = new byte[rnd.nextInt(2000)];
            rnd.nextBytes(b);
            return b;
        }

        static byte[] brokenUtf8(Random rnd) {
            byte[] b = text(rnd, false).getBytes(StandardCharsets.UTF_8);
            for (int k = 0; k < 1 + rnd.nextInt(3) && b.length > 0; k++) b[rnd.nextInt(b.length)] = (byte) (0x80 | rnd.nextInt(0x7f));
            return b;
        }

        static String sentence(Random rnd, boolean odd) {
            StringBuilder s = new StringBuilder();
            int n = 3 + rnd.nextInt(12);
            for (int k = 0; k < n; k++) {
                if (k > 0) s.append(' ');
                s.append(WORDS[rnd.nextInt(WORDS.length)]);
                if (odd && rnd.nextInt(6) == 0) s.append(ODD[rnd.nextInt(ODD.length)]);
            }
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        }

        static String text(Random rnd, boolean odd) {
            StringBuilder s = new StringBuilder(sentence(rnd, odd)).append('\n');
            for (int k = 0; k < 2 + rnd.nextInt(10); k++) s.append(sentence(rnd, odd)).append(rnd.nextBoolean() ? "\n" : " ");
            return s.toString();
        }

        static String hugeWord(Random rnd, int scale) {
            String w = "x".repeat(301 + rnd.nextInt(4_000 * scale));
            return "Pump\n\nA pump is " + w + " device used to move fluid.\n" + text(rnd, false);
        }

        static String hugeLine(Random rnd, int scale) {
            StringBuilder s = new StringBuilder("Pump\n");
            int n = 30 + rnd.nextInt(300 * scale);
            for (int k = 0; k < n; k++) s.append(sentence(rnd, false)).append(' ');
            return s.toString();
        }

        static String dictionary(Random rnd) {
            StringBuilder s = new StringBuilder(WORDS[rnd.nextInt(WORDS.length)]).append('\n');
            String[] markers = {"1. Noun.", "1. noun", "2.", "1.1", "[n]", "• n.", "n.", "1.", "-", "* * *", "from Some Dictionary", "— Source", "See:", "Compare", "1)"};
            for (int k = 0; k < 3 + rnd.nextInt(10); k++) {
                s.append(markers[rnd.nextInt(markers.length)]);
                if (rnd.nextBoolean()) s.append(' ').append(sentence(rnd, rnd.nextInt(4) == 0));
                s.append(rnd.nextInt(3) == 0 ? " " : "\n");
            }
            return s.toString();
        }

        static String deepHtml(Random rnd, int scale) {
            int depth = 50 + rnd.nextInt(500 * scale);
            String[] tags = {"div", "span", "ul", "li", "b", "table", "tr", "td", "p"};
            StringBuilder s = new StringBuilder("<html><head><title>Pump</title></head><body>");
            for (int k = 0; k < depth; k++) s.append('<').append(tags[k % tags.length]).append('>');
            s.append(sentence(rnd, true));
            if (rnd.nextBoolean()) for (int k = depth - 1; k >= 0; k--) s.append("</").append(tags[k % tags.length]).append('>');
            return s.append("</body></html>").toString();
        }

        static String entities(Random rnd, String open, String mid, String close) {
            StringBuilder title = new StringBuilder();
            for (int k = 0; k < 1 + rnd.nextInt(3); k++) title.append(ENTITIES[rnd.nextInt(ENTITIES.length)]).append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < 2 + rnd.nextInt(6); k++) {
                body.append(sentence(rnd, false).replaceFirst(" ", " " + ENTITIES[rnd.nextInt(ENTITIES.length)] + " ")).append(' ');
            }
            return open + title + mid + body + close;
        }
    }
}

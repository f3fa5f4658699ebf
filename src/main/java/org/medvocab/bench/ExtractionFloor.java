package org.medvocab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.medvocab.extract.ConceptExtractor;
import org.medvocab.extract.Nlp;
import org.medvocab.ingest.DocumentCollector;
import org.medvocab.ingest.DocumentReader;
import org.medvocab.ingest.IngestException;
import org.medvocab.ingest.SourceDocument;
import org.medvocab.ingest.TextBounds;

/**
 * What one page costs in extraction, without JVM start, model loading, building or validation: the CPU time of one
 * thread extracting every page (after warm-up passes over other pages, so the JIT has compiled the hot code), against
 * the NLP floor, every sentence of every paragraph analysed once by a fresh pipeline.
 */
public final class ExtractionFloor {
    private ExtractionFloor() {}

    /** Milliseconds of CPU per page: the whole extraction, and the NLP of each sentence once. */
    public record Figures(int pages, double extractionMs, double nlpMs) {
        public String summary() {
            return String.format(Locale.ROOT, "%d pages: extraction %.1f ms/page CPU, NLP of every sentence once %.1f ms/page (one thread, warm)",
                pages, extractionMs, nlpMs);
        }
    }

    private static final Pattern PARAGRAPH = Pattern.compile("\n\\s*\n");
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Warms up on the pages of {@code warm} ({@code rounds} passes), then measures the pages of {@code dir}. */
    public static Figures measure(Path warm, Path dir, int rounds) throws IngestException, InterruptedException {
        List<SourceDocument> warmDocs = read(warm), docs = read(dir);
        for (int i = 0; i < rounds; i++) cpuOnFreshThread(() -> extractAll(warmDocs));
        double extraction = cpuOnFreshThread(() -> extractAll(docs));
        double nlp = cpuOnFreshThread(() -> {
            for (SourceDocument d : docs) for (String para : PARAGRAPH.split(d.text())) Nlp.get().sentences(para, 0);
        });
        int n = Math.max(1, docs.size());
        return new Figures(docs.size(), extraction * 1000 / n, nlp * 1000 / n);
    }

    private static void extractAll(List<SourceDocument> docs) {
        ConceptExtractor x = new ConceptExtractor();
        for (SourceDocument d : docs) x.extract(d);
    }

    private static List<SourceDocument> read(Path dir) throws IngestException {
        DocumentReader reader = new DocumentReader();
        List<SourceDocument> out = new ArrayList<>();
        for (Path f : DocumentCollector.collect(List.of(dir))) out.add(TextBounds.apply(reader.read(f)));
        return out;
    }

    /** CPU seconds of {@code work} on a new thread (new thread: a fresh NLP pipeline and its empty memory). */
    private static double cpuOnFreshThread(Runnable work) throws InterruptedException {
        double[] seconds = new double[1];
        RuntimeException[] failed = new RuntimeException[1];
        Thread t = new Thread(() -> {
            long t0 = CPU.getCurrentThreadCpuTime();
            try {
                work.run();
            } catch (RuntimeException e) {
                failed[0] = e;
            }
            seconds[0] = (CPU.getCurrentThreadCpuTime() - t0) / 1e9;
        }, "medvocab-floor");
        t.start();
        t.join();
        if (failed[0] != null) throw failed[0];
        return seconds[0];
    }
}

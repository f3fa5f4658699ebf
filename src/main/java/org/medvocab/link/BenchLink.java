package org.medvocab.link;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiConsumer;

import org.apache.jena.graph.Graph;

/**
 * The linking benchmark: writes a synthetic target table of N labels and links a vocabulary against it, measuring
 * the wall time of the link (reading, matching, choosing) and the peak heap.
 *
 * <p>The labels are made of a fixed list of general medical words plus the words of the vocabulary's own labels, one
 * to six words long, a third of them as inverted headings ("Pump, Implanted"), some plural, some with a parenthetical
 * qualifier; one label in two hundred is a vocabulary label written differently (capitals, plural, inverted), so that
 * the matcher finds candidates at a realistic rate. The generator is seeded: the same N gives the same file.
 */
public final class BenchLink {
    private BenchLink() {}

    /** What a run measured. */
    public record Result(long labels, long fileBytes, double seconds, long peakHeapBytes, int mappings, long candidates) {
        public String summary() {
            return String.format(Locale.ROOT, "%d labels (%.1f MB file) linked in %.2f s; peak heap %.0f MB; %d candidates, %d mappings",
                labels, fileBytes / 1e6, seconds, peakHeapBytes / 1e6, candidates, mappings);
        }
    }

    private static final String[] WORDS = ("acute chronic left right upper lower anterior posterior lateral medial "
        + "pump catheter valve artery vein heart lung kidney liver stomach bladder brain skin bone muscle nerve "
        + "failure injury infection syndrome disease disorder therapy surgery procedure device monitor sensor tube "
        + "cannula graft stent balloon blood infusion insulin pressure flow rate cell tissue membrane ion channel "
        + "enzyme receptor protein hormone drug agent solution fluid oxygen glucose sodium potassium calcium "
        + "implant implantable portable external internal temporary permanent manual powered electric digital "
        + "pediatric adult neonatal cardiac renal hepatic pulmonary vascular venous arterial coronary cerebral "
        + "assist support system unit kit set accessory console controller driver cable circuit filter reservoir "
        + "syndrome deficiency stenosis occlusion thrombosis embolism hemorrhage ischemia necrosis inflammation "
        + "transport regulation activity process pathway binding signaling metabolism synthesis degradation").split(" ");

    /** Writes {@code n} labels as {@code SYN:nnnnnnn<TAB>label} lines. */
    public static void generate(Path file, long n, List<String> vocabularyLabels, long seed) throws IOException {
        Random r = new Random(seed);
        List<String> words = new ArrayList<>(List.of(WORDS));
        for (String l : vocabularyLabels) for (String w : l.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) if (w.length() > 2) words.add(w);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(64);
            for (long i = 1; i <= n; i++) {
                sb.setLength(0);
                sb.append("SYN:").append(String.format(Locale.ROOT, "%07d", i)).append('\t');
                if (r.nextInt(200) == 0 && !vocabularyLabels.isEmpty()) {
                    String l = vocabularyLabels.get(r.nextInt(vocabularyLabels.size()));
                    String[] parts = l.split(" ");
                    if (parts.length == 2 && r.nextBoolean()) l = cap(parts[1]) + "s, " + cap(parts[0]);
                    else if (r.nextBoolean()) l = l.toUpperCase(Locale.ROOT);
                    sb.append(l);
                } else {
                    int len = 1 + r.nextInt(6);
                    String[] t = new String[len];
                    for (int k = 0; k < len; k++) t[k] = words.get(r.nextInt(words.size()));
                    if (r.nextInt(10) == 0) t[len - 1] = t[len - 1] + "s";
                    if (len > 1 && r.nextInt(3) == 0) {
                        sb.append(cap(t[len - 1]));
                        for (int k = len - 2; k >= 0; k--) sb.append(", ").append(cap(t[k]));
                    } else {
                        for (int k = 0; k < len; k++) sb.append(k == 0 ? "" : " ").append(t[k]);
                    }
                    if (r.nextInt(20) == 0) sb.append(" (").append(words.get(r.nextInt(words.size()))).append(')');
                }
                w.write(sb.toString());
                w.newLine();
            }
        }
    }

    /**
     * The peak heap use since the JVM started (or the pools' peaks were last reset): the sum of the peak use of the
     * heap memory pools (with a generational collector, an upper bound of the true simultaneous peak).
     */
    public static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        return peak;
    }

    private static String cap(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    /** Generates the target in {@code dir} and links the vocabulary against it. */
    public static Result run(Graph vocabulary, long n, Path dir, BiConsumer<Long, Long> progress) throws IOException {
        Linker probe = Linker.of(vocabulary, MatchOptions.defaults());
        List<String> labels = new ArrayList<>();
        for (VocabularyIndex.Concept c : probe.index().concepts()) labels.add(c.prefLabel());
        Path file = dir.resolve("synthetic-" + n + ".tsv");
        generate(file, n, labels, 20261121L);
        long bytes = Files.size(file);
        probe = null;
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        long start = System.nanoTime();
        Linker linker = Linker.of(vocabulary, MatchOptions.defaults());
        Curies curies = linker.curies();
        DelimitedTargetReader reader = new DelimitedTargetReader(file, new DelimitedTargetReader.Options("1", "2", null, null, '\t',
            StandardCharsets.UTF_8, DelimitedTargetReader.Quote.STRIP, false, null, null, null, null), curies);
        linker.link(reader, progress);
        MappingSet set = linker.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(reader.labels(), bytes, seconds, peakHeap(), set.mappings().size(), linker.stats().candidates);
    }
}

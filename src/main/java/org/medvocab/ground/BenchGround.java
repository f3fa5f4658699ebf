package org.medvocab.ground;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The grounding benchmark: run it in a fresh JVM ({@code java -cp target/medvocab.jar org.medvocab.ground.BenchGround})
 * to print the load times of the medical lexicon and of WordNet (wall clock and CPU time of the loading thread) and
 * the cost of an assessment and of a mention scan once loaded. It prints figures; it asserts nothing.
 */
public final class BenchGround {
    private BenchGround() {}

    /** Figures of one run. */
    public record Result(long lexiconWallMs, long lexiconCpuMs, long wordnetWallMs, long wordnetCpuMs, double assessMicros,
                         double mentionsMicros, int keys, long heapMiB) {
        public String summary() {
            return String.format(java.util.Locale.ROOT, "medical lexicon %d keys loaded in %d ms (CPU %d ms); WordNet loaded in %d ms (CPU %d ms); "
                + "assess %.1f us/phrase, mentions %.1f us/sentence (warm); heap used %d MiB",
                keys, lexiconWallMs, lexiconCpuMs, wordnetWallMs, wordnetCpuMs, assessMicros, mentionsMicros, heapMiB);
        }
    }

    private static final List<String> PHRASES = List.of("left ventricle", "infusion pumps", "large volume infusion pump",
        "faster", "complex", "severe heart failure", "lactase", "question 1 of 6", "aortic valve", "volume pump");
    private static final String SENTENCE = "A syringe pump pushes the drug from the syringe into the vein, while the "
        + "left ventricle sends blood through the aortic valve to the aorta and the red blood cells carry oxygen.";

    public static Result run(int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long w0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
        MedicalLexicon lexicon = MedicalLexicon.get();
        long w1 = System.nanoTime(), c1 = threads.getCurrentThreadCpuTime();
        WordNetLexicon.get();
        long w2 = System.nanoTime(), c2 = threads.getCurrentThreadCpuTime();
        Grounder g = Grounder.get();
        for (String p : PHRASES) g.assess(p); // warm the WordNet caches once
        long t = System.nanoTime();
        for (int i = 0; i < rounds; i++) for (String p : PHRASES) g.assess(p);
        double assess = (System.nanoTime() - t) / 1000.0 / (rounds * PHRASES.size());
        List<String> tokens = Grounder.tokens(SENTENCE);
        g.mentions(tokens);
        t = System.nanoTime();
        for (int i = 0; i < rounds; i++) g.mentions(tokens);
        double mentions = (System.nanoTime() - t) / 1000.0 / rounds;
        Runtime rt = Runtime.getRuntime();
        return new Result((w1 - w0) / 1_000_000, (c1 - c0) / 1_000_000, (w2 - w1) / 1_000_000, (c2 - c1) / 1_000_000,
            assess, mentions, lexicon.keys(), (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    public static void main(String[] args) {
        System.out.println("medvocab grounding bench: " + run(args.length > 0 ? Integer.parseInt(args[0]) : 2000).summary());
    }
}

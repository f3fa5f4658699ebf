package org.medvocab.ground;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The grounding benchmark: run it in a fresh JVM ({@code java -cp target/medvocab.jar org.medvocab.ground.BenchGround})
 * to print the load times of the medical lexicon and of WordNet (wall clock and CPU time of the process) and
 * the CPU cost of an assessment and of a mention scan once loaded (CPU time, because wall time on a shared machine
 * mostly measures waiting). It prints figures; it asserts nothing.
 */
public final class BenchGround {
    private BenchGround() {}

    /** Figures of one run. */
    public record Result(long lexiconWallMs, long lexiconCpuMs, long wordnetWallMs, long wordnetCpuMs, double assessMicros,
                         double mentionsMicros, int sentenceTokens, int keys, long heapMiB) {
        public String summary() {
            return String.format(java.util.Locale.ROOT, "medical lexicon %d keys loaded in %d ms (CPU %d ms); WordNet loaded in %d ms (CPU %d ms); "
                + "assess %.1f us CPU/phrase (not memoised), mentions %.1f us CPU/sentence of %d tokens; heap used %d MiB",
                keys, lexiconWallMs, lexiconCpuMs, wordnetWallMs, wordnetCpuMs, assessMicros, mentionsMicros, sentenceTokens, heapMiB);
        }
    }

    private static final List<String> PHRASES = List.of("left ventricle", "infusion pumps", "large volume infusion pump",
        "faster", "complex", "severe heart failure", "lactase", "question 1 of 6", "aortic valve", "volume pump");
    private static final String SENTENCE = "A syringe pump pushes the drug from the syringe into the vein, while the "
        + "left ventricle sends blood through the aortic valve to the aorta and the red blood cells carry oxygen.";

    public static Result run(int rounds) {
        long w0 = System.nanoTime(), c0 = cpuNanos();
        MedicalLexicon lexicon = MedicalLexicon.get();
        long w1 = System.nanoTime(), c1 = cpuNanos();
        WordNetLexicon.get();
        long w2 = System.nanoTime(), c2 = cpuNanos();
        for (String p : PHRASES) Grounder.get().assess(p); // warm the WordNet caches once
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            Grounder fresh = new Grounder(lexicon, WordNetLexicon::get); // no memo: the cost of a first assessment
            for (String p : PHRASES) fresh.assess(p);
        }
        double assess = (threads.getCurrentThreadCpuTime() - t) / 1000.0 / (rounds * PHRASES.size());
        List<String> tokens = Grounder.tokens(SENTENCE);
        Grounder g = Grounder.get();
        g.mentions(tokens);
        t = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) g.mentions(tokens);
        double mentions = (threads.getCurrentThreadCpuTime() - t) / 1000.0 / rounds;
        Runtime rt = Runtime.getRuntime();
        return new Result((w1 - w0) / 1_000_000, (c1 - c0) / 1_000_000, (w2 - w1) / 1_000_000, (c2 - c1) / 1_000_000,
            assess, mentions, tokens.size(), lexicon.keys(), (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /** CPU time of the whole process (loading, JIT and GC threads), or the current thread's where unavailable. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) {
        System.out.println("medvocab grounding bench: " + run(args.length > 0 ? Integer.parseInt(args[0]) : 2000).summary());
    }
}

package org.medvocab.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search with the same results and less work. The stock search ({@link BeamSearch}, OpenNLP 2.5) asks
 * the model for the probability of every outcome and sorts the whole array to find the k-th best, for each token and
 * each sequence in the beam; with the lemmatizer's thousands of outcomes that sort dominated conversion. Here the k-th
 * best is found in one pass, and the outcomes that reach it are remembered per feature context (a pure function of the
 * context), so a context seen before (the same word and tag after the same previous outcome) costs a map lookup.
 * Sequences are extended in the same order with the same scores, so the best sequence is the stock one.
 * Not thread-safe: one instance per thread (as the OpenNLP ME classes).
 */
final class CachedBeamSearch extends BeamSearch {

    /** The outcomes whose probability reaches the beam's threshold, in outcome order, with their probabilities. */
    record Candidates(int[] outcomes, double[] scores) {}

    private static final int CACHE_ENTRIES = 50_000;
    private static final Object[] NO_CONTEXT = new Object[0];

    private final double[] probs;
    private final Map<String, Candidates> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Candidates> e) { return size() > CACHE_ENTRIES; }
    };

    CachedBeamSearch(int size, MaxentModel model) {
        super(size, model);
        this.probs = new double[model.getNumOutcomes()];
    }

    @Override public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                                  double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        Queue<Sequence> prev = new PriorityQueue<>(size);
        Queue<Sequence> next = new PriorityQueue<>(size);
        prev.add(new Sequence());
        Object[] extra = additionalContext == null ? NO_CONTEXT : additionalContext;
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove();
                List<String> tops = top.getOutcomes();
                String[] outcomes = tops.toArray(new String[0]);
                String[] contexts = cg.getContext(i, sequence, outcomes, extra);
                Candidates best = candidates(contexts);
                for (int k = 0; k < best.outcomes().length; k++) {
                    extend(next, top, i, sequence, outcomes, best.outcomes()[k], best.scores()[k], minSequenceScore, validator);
                }
                if (next.isEmpty()) {   // no advanced sequence: advance all valid ones (as the stock search)
                    double[] scores = model.eval(contexts, probs);
                    for (int p = 0; p < scores.length; p++) extend(next, top, i, sequence, outcomes, p, scores[p], minSequenceScore, validator);
                }
            }
            prev.clear();
            Queue<Sequence> tmp = prev;
            prev = next;
            next = tmp;
        }
        int numSeq = Math.min(numSequences, prev.size());
        Sequence[] topSequences = new Sequence[numSeq];
        for (int k = 0; k < numSeq; k++) topSequences[k] = prev.remove();
        return topSequences;
    }

    private <T> void extend(Queue<Sequence> next, Sequence top, int i, T[] sequence, String[] outcomes, int p, double score,
                            double minSequenceScore, SequenceValidator<T> validator) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, sequence, outcomes, out)) {
            Sequence ns = new Sequence(top, out, score);
            if (ns.getScore() > minSequenceScore) next.add(ns);
        }
    }

    /** The outcomes at or above the {@code size}-th best probability for a context (cached). */
    private Candidates candidates(String[] contexts) {
        String key = String.join("\u0001", contexts);
        Candidates c = cache.get(key);
        if (c == null) {
            c = select(model.eval(contexts, probs), size);
            cache.put(key, c);
        }
        return c;
    }

    /**
     * The outcomes scoring at least the k-th largest score (counting equal scores separately, as the element at index
     * {@code n - k} of the sorted array), in outcome order.
     */
    static Candidates select(double[] scores, int k) {
        int n = scores.length;
        double min;
        if (n <= k) {
            min = Double.POSITIVE_INFINITY;
            for (double s : scores) min = Math.min(min, s);
        } else {
            double[] top = new double[k];          // the k largest so far, descending
            java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
            for (double s : scores) {
                if (s <= top[k - 1]) continue;
                int j = k - 1;
                while (j > 0 && top[j - 1] < s) { top[j] = top[j - 1]; j--; }
                top[j] = s;
            }
            min = top[k - 1];
        }
        int count = 0;
        for (double s : scores) if (s >= min) count++;
        int[] outcomes = new int[count];
        double[] values = new double[count];
        for (int p = 0, j = 0; p < n; p++) {
            if (scores[p] >= min) { outcomes[j] = p; values[j++] = scores[p]; }
        }
        return new Candidates(outcomes, values);
    }
}

package org.medvocab.eval;

/**
 * Match counts of one row type (or of all types): true positives (predicted rows that matched a gold row),
 * false positives (predicted rows that matched none: false hits) and false negatives (gold rows no
 * predicted row matched: misses).
 *
 * <p>Empty denominators follow the vacuous reading: precision is 1 when nothing was predicted (no false
 * hit), recall is 1 when the gold has no row (nothing missed), and F1 is 0 when precision and recall are
 * both 0. So every figure lies in [0, 1]; {@link #predicted()} and {@link #gold()} tell the cases apart.
 */
public record Score(int tp, int fp, int fn) {

    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        if (tp < 0 || fp < 0 || fn < 0) throw new IllegalArgumentException("negative count");
    }

    /** Number of predicted rows. */
    public int predicted() { return tp + fp; }

    /** Number of gold rows. */
    public int gold() { return tp + fn; }

    public double precision() { return predicted() == 0 ? 1.0 : (double) tp / predicted(); }

    public double recall() { return gold() == 0 ? 1.0 : (double) tp / gold(); }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The sum of two scores: micro-averaging adds the counts. */
    public Score plus(Score o) { return new Score(tp + o.tp, fp + o.fp, fn + o.fn); }
}

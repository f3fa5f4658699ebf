package org.medvocab.eval;

/** A count of hits out of a total, such as the related pairs whose kind is right out of all matched pairs. */
public record Ratio(int hits, int total) {

    public static final Ratio ZERO = new Ratio(0, 0);

    public Ratio {
        if (hits < 0 || total < hits) throw new IllegalArgumentException("bad ratio " + hits + "/" + total);
    }

    /** hits / total; 1 when the total is 0 (nothing to get wrong). */
    public double value() { return total == 0 ? 1.0 : (double) hits / total; }

    public Ratio plus(Ratio o) { return new Ratio(hits + o.hits, total + o.total); }
}

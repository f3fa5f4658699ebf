package org.medvocab.link;

/**
 * Thresholds of the matcher. Scores are in [0, 1]; see {@link Matcher} for how they are computed.
 *
 * @param exactThreshold minimum score of an {@code skos:exactMatch} (default 0.90: a preferred label against a
 *                       synonym after normalisation scores 0.95, a word-order or parenthetical variant of preferred
 *                       labels about 0.97, a rewritten variant 0.93, an abbreviation-only match at most 0.85)
 * @param closeThreshold minimum score of any mapping (default 0.70); weaker candidates are dropped
 * @param margin         an exact candidate must beat every other exact candidate for the same subject in the same
 *                       target vocabulary (and for the same object among subjects) by this much, else all of them are
 *                       flagged as ambiguous and written as {@code skos:closeMatch} (default 0.05)
 * @param maxNarrow      at most this many {@code skos:narrowMatch} rows found by word containment per subject and
 *                       target vocabulary, the closest first (default 3)
 * @param strictScope    read synonym scopes by their OBO definition (a BROAD synonym is broader than the term, so a
 *                       concept named by it is broader: {@code skos:narrowMatch}) instead of the default, which gives
 *                       the predicate named after the scope ({@code skos:broadMatch} for BROAD), as lexical matchers
 *                       usually do (default false)
 */
public record MatchOptions(double exactThreshold, double closeThreshold, double margin, int maxNarrow, boolean strictScope) {
    public static final double DEFAULT_EXACT = 0.90;
    public static final double DEFAULT_CLOSE = 0.70;
    public static final double DEFAULT_MARGIN = 0.05;
    public static final int DEFAULT_MAX_NARROW = 3;

    public MatchOptions {
        if (!(exactThreshold > 0 && exactThreshold <= 1)) throw new IllegalArgumentException("exact threshold must be in (0, 1]: " + exactThreshold);
        if (!(closeThreshold > 0 && closeThreshold <= exactThreshold)) {
            throw new IllegalArgumentException("close threshold must be in (0, exact threshold]: " + closeThreshold);
        }
        if (!(margin >= 0 && margin < 1)) throw new IllegalArgumentException("margin must be in [0, 1): " + margin);
        if (maxNarrow < 0) throw new IllegalArgumentException("max narrow must be >= 0: " + maxNarrow);
    }

    public MatchOptions(double exactThreshold, double closeThreshold, double margin, int maxNarrow) {
        this(exactThreshold, closeThreshold, margin, maxNarrow, false);
    }

    public static MatchOptions defaults() {
        return new MatchOptions(DEFAULT_EXACT, DEFAULT_CLOSE, DEFAULT_MARGIN, DEFAULT_MAX_NARROW, false);
    }
}

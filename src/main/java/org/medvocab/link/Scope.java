package org.medvocab.link;

/**
 * How a target label relates to the term it belongs to, and so which mapping predicate a match through it gives.
 * OBO synonym scopes map one to one (EXACT, RELATED, BROAD, NARROW); preferred labels and SKOS alternative labels
 * are EXACT. A match through a BROAD label gives {@code skos:broadMatch}, through a NARROW label
 * {@code skos:narrowMatch} and through a RELATED label {@code skos:closeMatch}, never {@code skos:exactMatch}: the
 * same reading as the default rules of common lexical matchers. {@link #predicate(boolean)} gives the strict
 * reading of the OBO definition instead.
 */
public enum Scope {
    EXACT, RELATED, BROAD, NARROW;

    /** The predicate a lexical match through a label of this scope gives. */
    public MatchPredicate predicate() {
        return switch (this) {
            case EXACT -> MatchPredicate.EXACT;
            case RELATED -> MatchPredicate.CLOSE;
            case BROAD -> MatchPredicate.BROAD;
            case NARROW -> MatchPredicate.NARROW;
        };
    }

    /**
     * The predicate under the strict reading of the OBO definition: the synonym is broader (BROAD) or narrower
     * (NARROW) than the term, so the concept it names is broader or narrower than the target term, which gives
     * {@code skos:narrowMatch} or {@code skos:broadMatch}.
     */
    public MatchPredicate predicate(boolean strict) {
        if (!strict) return predicate();
        return switch (this) {
            case BROAD -> MatchPredicate.NARROW;
            case NARROW -> MatchPredicate.BROAD;
            default -> predicate();
        };
    }

    /** Parses an OBO scope word (case-insensitive). */
    public static Scope parse(String word) {
        return switch (word.toUpperCase(java.util.Locale.ROOT)) {
            case "EXACT" -> EXACT;
            case "RELATED" -> RELATED;
            case "BROAD" -> BROAD;
            case "NARROW" -> NARROW;
            default -> throw new IllegalArgumentException("unknown synonym scope '" + word + "' (expected EXACT, RELATED, BROAD or NARROW)");
        };
    }
}

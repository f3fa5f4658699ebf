package org.medvocab.link;

/** The SKOS mapping relations medvocab link writes, in the order rows are sorted. */
public enum MatchPredicate {
    EXACT("exactMatch"), CLOSE("closeMatch"), BROAD("broadMatch"), NARROW("narrowMatch"), RELATED("relatedMatch");

    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private final String local;

    MatchPredicate(String local) { this.local = local; }

    public String curie() { return "skos:" + local; }

    public String iri() { return SKOS + local; }

    /** The inverse relation (broad and narrow swap; the others are symmetric). */
    public MatchPredicate inverse() {
        return this == BROAD ? NARROW : this == NARROW ? BROAD : this;
    }

    /** Parses {@code skos:exactMatch}, the full IRI or the bare local name; null for any other predicate. */
    public static MatchPredicate fromId(String id) {
        if (id == null) return null;
        String s = id.strip();
        if (s.startsWith(SKOS)) s = s.substring(SKOS.length());
        else if (s.startsWith("skos:")) s = s.substring(5);
        for (MatchPredicate p : values()) if (p.local.equals(s)) return p;
        return null;
    }

    /**
     * The relation obtained by following {@code this} and then {@code next} (subject -this-> x -next-> object), or
     * null when the chain says nothing definite (for example broad then narrow).
     */
    public MatchPredicate chain(MatchPredicate next) {
        if (this == EXACT) return next == RELATED ? null : next;
        if (next == EXACT) return this == RELATED ? null : this;
        if (this == next && (this == BROAD || this == NARROW)) return this;
        return null;
    }
}

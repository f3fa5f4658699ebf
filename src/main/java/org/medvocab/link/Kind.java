package org.medvocab.link;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.medvocab.model.MVO;

/**
 * The kinds of thing medvocab distinguishes (the top classes of the core ontology), used to keep a match between
 * things of different kinds (a device and a procedure, a device and a disease) from becoming an exact match.
 *
 * <p>Compatibility is deliberately a little loose where vocabularies disagree on the kind of the same thing: a
 * condition and a mechanism (hemolysis is a pathological process in one vocabulary and a disorder in another), a
 * substance and a mechanism (ATP), an anatomical structure and a substance (blood, cells). Every other pair of
 * different kinds is incompatible. A concept or target term of unknown kind is compatible with everything.
 */
public enum Kind {
    DEVICE("Device"), PROCEDURE("Procedure"), CONDITION("Condition"), ANATOMY("AnatomicalStructure"),
    MECHANISM("BiologicalMechanism"), SUBSTANCE("Substance");

    private final String localName;

    Kind(String localName) { this.localName = localName; }

    /** The IRI of the core top class of this kind. */
    public String iri() { return MVO.NS + localName; }

    /** Lower-case name, as written in SSSOM category columns and accepted in target options. */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** The kind whose core top class has this IRI, or null. */
    public static Kind ofTopClass(String iri) {
        for (Kind k : values()) if (k.iri().equals(iri)) return k;
        return null;
    }

    private static final Map<String, Kind> NAMES = Map.ofEntries(
        Map.entry("device", DEVICE), Map.entry("instrument", DEVICE), Map.entry("equipment", DEVICE),
        Map.entry("procedure", PROCEDURE), Map.entry("therapy", PROCEDURE),
        Map.entry("condition", CONDITION), Map.entry("disease", CONDITION), Map.entry("phenotype", CONDITION),
        Map.entry("anatomy", ANATOMY), Map.entry("anatomical", ANATOMY), Map.entry("anatomicalstructure", ANATOMY),
        Map.entry("mechanism", MECHANISM), Map.entry("process", MECHANISM), Map.entry("biologicalmechanism", MECHANISM),
        Map.entry("substance", SUBSTANCE), Map.entry("chemical", SUBSTANCE));

    /** Parses a kind name (device, procedure, condition, anatomy, mechanism, substance and a few synonyms). */
    public static Kind parse(String name) {
        Kind k = NAMES.get(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
        if (k == null) {
            throw new IllegalArgumentException("unknown kind '" + name
                + "' (expected device, procedure, condition, anatomy, mechanism or substance)");
        }
        return k;
    }

    /** True when a thing of kind {@code a} may be the same thing as one of kind {@code b}. */
    public static boolean compatible(Kind a, Kind b) {
        if (a == b) return true;
        return pair(a, b, CONDITION, MECHANISM) || pair(a, b, SUBSTANCE, MECHANISM) || pair(a, b, ANATOMY, SUBSTANCE);
    }

    private static boolean pair(Kind a, Kind b, Kind x, Kind y) {
        return a == x && b == y || a == y && b == x;
    }

    /** How two kind sets relate: the sets share a kind, are only loosely compatible, are incompatible, or one is unknown. */
    public enum Agreement { SAME, COMPATIBLE, UNKNOWN, INCOMPATIBLE }

    public static Agreement agreement(Set<Kind> subject, Set<Kind> object) {
        if (subject.isEmpty() || object.isEmpty()) return Agreement.UNKNOWN;
        if (!Collections.disjoint(subject, object)) return Agreement.SAME;
        for (Kind a : subject) for (Kind b : object) if (compatible(a, b)) return Agreement.COMPATIBLE;
        return Agreement.INCOMPATIBLE;
    }

    public static Set<Kind> none() { return Collections.emptySet(); }

    public static Set<Kind> of(Kind k) { return k == null ? none() : Collections.unmodifiableSet(EnumSet.of(k)); }

    public static Set<Kind> union(Set<Kind> a, Set<Kind> b) {
        if (b.isEmpty() || a.containsAll(b)) return a;
        if (a.isEmpty()) return b;
        EnumSet<Kind> u = EnumSet.copyOf(a);
        u.addAll(b);
        return Collections.unmodifiableSet(u);
    }

    /** Kinds joined by '|' in a fixed order ("condition|mechanism"), or "" when unknown. */
    public static String names(Set<Kind> kinds) {
        StringBuilder sb = new StringBuilder();
        for (Kind k : values()) {
            if (kinds.contains(k)) sb.append(sb.length() == 0 ? "" : "|").append(k.label());
        }
        return sb.toString();
    }
}

package org.medvocab.link;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The parent links of a target's terms (OBO {@code is_a}, {@code rdfs:subClassOf}, {@code skos:broader}), kept while
 * streaming so that the kind of a matched term can be found from its ancestors afterwards. Only ids are kept.
 */
final class Hierarchy {
    private static final String[] NONE = new String[0];
    private final Map<String, String[]> parents = new HashMap<>();

    void add(String child, String parent) {
        String[] old = parents.getOrDefault(child, NONE);
        for (String p : old) if (p.equals(parent)) return;
        String[] n = Arrays.copyOf(old, old.length + 1);
        n[old.length] = parent;
        parents.put(child, n);
    }

    boolean isEmpty() { return parents.isEmpty(); }

    /** Kinds of the nearest ancestors (or the term itself) that are kind roots; empty when none. */
    Set<Kind> kindFromAncestors(String id) {
        Set<Kind> kinds = Kind.none();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(id);
        int steps = 0;
        while (!queue.isEmpty() && steps++ < 10_000) {
            String c = queue.poll();
            if (!seen.add(c)) continue;
            Kind k = KindRules.ofRoot(c);
            if (k != null) {
                kinds = Kind.union(kinds, Kind.of(k));
                continue; // nearest root on this path
            }
            for (String p : parents.getOrDefault(c, NONE)) queue.add(p);
        }
        return kinds;
    }
}

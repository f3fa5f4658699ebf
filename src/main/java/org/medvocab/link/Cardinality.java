package org.medvocab.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * SSSOM {@code mapping_cardinality} within a declared {@code cardinality_scope}: a row is n:_ when, among the rows
 * with the same values for every scope slot, its object is mapped from another subject, and _:n when its subject
 * is mapped to another object. The scope is written into the set's metadata ({@link #SCOPE}), so a reader can
 * recompute every value.
 */
public final class Cardinality {
    private Cardinality() {}

    /** The cardinality_scope: the rows of one predicate and one object vocabulary. */
    public static final List<String> SCOPE = List.of("predicate_id", "object_source");

    private static final Map<String, Function<Mapping, String>> SLOTS = Map.of(
        "predicate_id", m -> m.predicate().curie(),
        "object_source", Mapping::objectSource,
        "mapping_justification", Mapping::justification);

    /**
     * The rows with their cardinality in a scope.
     *
     * @param rows the mapping rows
     * @param scope slot names (empty: the whole set); each must be one of predicate_id, object_source,
     *     mapping_justification
     * @return the same rows, in the same order, with {@code mapping_cardinality} set
     */
    public static List<Mapping> apply(List<Mapping> rows, List<String> scope) {
        Map<String, Set<String>> objectsOfSubject = new HashMap<>();
        Map<String, Set<String>> subjectsOfObject = new HashMap<>();
        for (Mapping m : rows) {
            String k = key(m, scope);
            objectsOfSubject.computeIfAbsent(k + "\u0000" + m.subjectId(), x -> new HashSet<>()).add(m.objectId());
            subjectsOfObject.computeIfAbsent(k + "\u0000" + m.objectId(), x -> new HashSet<>()).add(m.subjectId());
        }
        List<Mapping> out = new ArrayList<>(rows.size());
        for (Mapping m : rows) {
            String k = key(m, scope);
            boolean manyObjects = objectsOfSubject.get(k + "\u0000" + m.subjectId()).size() > 1;
            boolean manySubjects = subjectsOfObject.get(k + "\u0000" + m.objectId()).size() > 1;
            out.add(m.withCardinality((manySubjects ? "n" : "1") + ":" + (manyObjects ? "n" : "1")));
        }
        return out;
    }

    private static String key(Mapping m, List<String> scope) {
        StringBuilder sb = new StringBuilder();
        for (String slot : scope) {
            Function<Mapping, String> f = SLOTS.get(slot);
            if (f == null) throw new IllegalArgumentException("cardinality scope slot '" + slot + "' is not supported");
            sb.append(f.apply(m)).append('\u0001');
        }
        return sb.toString();
    }
}

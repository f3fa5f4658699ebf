package org.medvocab.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Matches predicted rows against gold rows, per row type, under the dev-corpus rules:
 * <ul>
 *   <li>labels are compared after {@link Normalizer#normalize};</li>
 *   <li>{@code concept}: same label; {@code altLabel}: same concept and label; {@code broader}: same
 *       (narrower, broader), in that order;</li>
 *   <li>{@code definition}: same concept, and the normalised predicted definition starts with the normalised
 *       gold prefix;</li>
 *   <li>{@code related}: the pair (concept, other) matches in either direction; the kind does not take part
 *       in matching and is scored separately as kind accuracy over the matched pairs.</li>
 * </ul>
 * Matching is one-to-one (multiset matching): a predicted row matches at most one gold row and a gold row
 * at most one predicted row. The matching is a maximum one (augmenting paths), so the order of the rows
 * does not change the counts; among maximum matchings of related rows, pairs of the same kind are
 * preferred, so kind accuracy is not understated.
 */
public final class Scorer {
    private Scorer() {}

    /** Scores one document. */
    public static DocumentScore score(String document, List<Row> predicted, List<Row> gold) {
        return score(document, predicted, gold, List.of());
    }

    /** Scores one document, carrying the problems met while predicting its rows. */
    public static DocumentScore score(String document, List<Row> predicted, List<Row> gold, List<String> problems) {
        Map<RowKind, KindResult> out = new EnumMap<>(RowKind.class);
        for (RowKind k : RowKind.values()) {
            out.put(k, match(k, predicted.stream().filter(r -> r.kind() == k).toList(),
                gold.stream().filter(r -> r.kind() == k).toList()));
        }
        return new DocumentScore(document, out, problems);
    }

    /** Matches the rows of one type. */
    public static KindResult match(RowKind kind, List<Row> predicted, List<Row> gold) {
        int np = predicted.size();
        int ng = gold.size();
        Norm[] p = new Norm[np];
        Norm[] g = new Norm[ng];
        for (int i = 0; i < np; i++) p[i] = Norm.of(predicted.get(i));
        for (int j = 0; j < ng; j++) g[j] = Norm.of(gold.get(j));

        // Candidate edges: loose (the matching rule) and, for related rows, strict (same kind too).
        List<int[]> loose = new ArrayList<>(np);
        List<int[]> strict = new ArrayList<>(np);
        for (int i = 0; i < np; i++) {
            List<Integer> l = new ArrayList<>();
            List<Integer> s = new ArrayList<>();
            for (int j = 0; j < ng; j++) {
                if (matches(kind, p[i], g[j])) {
                    l.add(j);
                    if (kind != RowKind.RELATED || p[i].relation.equals(g[j].relation)) s.add(j);
                }
            }
            loose.add(l.stream().mapToInt(Integer::intValue).toArray());
            strict.add(s.stream().mapToInt(Integer::intValue).toArray());
        }

        int[] goldPartner = new int[ng];
        int[] predPartner = new int[np];
        Arrays.fill(goldPartner, -1);
        Arrays.fill(predPartner, -1);
        // Phase 1 on same-kind edges, phase 2 grows that matching on all edges. For related rows the edges
        // form complete bipartite groups (one per pair), where phase 2 only takes free gold rows, so the
        // same-kind pairs of phase 1 are kept.
        for (List<int[]> edges : List.of(strict, loose)) {
            for (int i = 0; i < np; i++) {
                if (predPartner[i] >= 0) continue;
                if (takeFree(i, edges, goldPartner, predPartner)) continue;
                augment(i, edges, goldPartner, predPartner, new boolean[ng]);
            }
        }

        List<KindResult.Match> matched = new ArrayList<>();
        List<Row> falseHits = new ArrayList<>();
        for (int i = 0; i < np; i++) {
            if (predPartner[i] >= 0) matched.add(new KindResult.Match(predicted.get(i), gold.get(predPartner[i])));
            else falseHits.add(predicted.get(i));
        }
        List<Row> misses = new ArrayList<>();
        for (int j = 0; j < ng; j++) if (goldPartner[j] < 0) misses.add(gold.get(j));
        return new KindResult(kind, matched, misses, falseHits);
    }

    private static boolean takeFree(int i, List<int[]> edges, int[] goldPartner, int[] predPartner) {
        for (int j : edges.get(i)) {
            if (goldPartner[j] < 0) {
                goldPartner[j] = i;
                predPartner[i] = j;
                return true;
            }
        }
        return false;
    }

    /** Kuhn's augmenting path from predicted row i. */
    private static boolean augment(int i, List<int[]> edges, int[] goldPartner, int[] predPartner, boolean[] seen) {
        for (int j : edges.get(i)) {
            if (seen[j]) continue;
            seen[j] = true;
            if (goldPartner[j] < 0 || augment(goldPartner[j], edges, goldPartner, predPartner, seen)) {
                goldPartner[j] = i;
                predPartner[i] = j;
                return true;
            }
        }
        return false;
    }

    /** Whether a predicted row matches a gold row of the same type (the kind of a related row aside). */
    static boolean matches(RowKind kind, Norm p, Norm g) {
        return switch (kind) {
            case CONCEPT -> p.subject.equals(g.subject);
            case ALT_LABEL, BROADER -> p.subject.equals(g.subject) && p.object.equals(g.object);
            case DEFINITION -> p.subject.equals(g.subject) && p.object.startsWith(g.object);
            case RELATED -> p.subject.equals(g.subject) && p.object.equals(g.object)
                || p.subject.equals(g.object) && p.object.equals(g.subject);
        };
    }

    /** A row's fields after normalisation. */
    record Norm(String subject, String object, String relation) {
        static Norm of(Row r) {
            return new Norm(Normalizer.normalize(r.subject()), Normalizer.normalize(r.object()),
                Normalizer.relationKind(r.relation()));
        }
    }
}

package org.medvocab.eval;

import java.util.List;

/**
 * The outcome of matching one row type of one document: the matched (predicted, gold) pairs, the gold rows
 * nothing matched (misses) and the predicted rows that matched nothing (false hits).
 */
public record KindResult(RowKind kind, List<Match> matches, List<Row> misses, List<Row> falseHits) {

    /** A predicted row and the gold row it matched. */
    public record Match(Row predicted, Row gold) {
        /** For related rows: whether the predicted kind is the gold kind. Always true for other rows. */
        public boolean sameRelation() {
            return predicted.kind() != RowKind.RELATED
                || Normalizer.relationKind(predicted.relation()).equals(Normalizer.relationKind(gold.relation()));
        }
    }

    public KindResult {
        matches = List.copyOf(matches);
        misses = List.copyOf(misses);
        falseHits = List.copyOf(falseHits);
    }

    public Score score() { return new Score(matches.size(), falseHits.size(), misses.size()); }

    /** Matched pairs whose relation kind is right, out of all matched pairs (related rows). */
    public Ratio kindAccuracy() {
        return new Ratio((int) matches.stream().filter(Match::sameRelation).count(), matches.size());
    }

    /** Matched related pairs whose kind differs from the gold kind. */
    public List<Match> kindMismatches() {
        return matches.stream().filter(m -> !m.sameRelation()).toList();
    }
}

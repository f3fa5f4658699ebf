package org.medvocab.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one document: one {@link KindResult} per row type, and any problem met while predicting
 * its rows (a conversion error: the document is then scored with no predicted rows).
 */
public record DocumentScore(String document, Map<RowKind, KindResult> kinds, List<String> problems) {

    public DocumentScore {
        EnumMap<RowKind, KindResult> m = new EnumMap<>(RowKind.class);
        m.putAll(kinds);
        for (RowKind k : RowKind.values()) {
            if (!m.containsKey(k)) throw new IllegalArgumentException("no result for " + k);
        }
        kinds = java.util.Collections.unmodifiableMap(m);
        problems = List.copyOf(problems);
    }

    public KindResult result(RowKind kind) { return kinds.get(kind); }

    public Score score(RowKind kind) { return kinds.get(kind).score(); }

    /** All row types together. */
    public Score overall() {
        Score s = Score.ZERO;
        for (KindResult r : kinds.values()) s = s.plus(r.score());
        return s;
    }

    /** Kind accuracy over this document's matched related pairs. */
    public Ratio kindAccuracy() { return kinds.get(RowKind.RELATED).kindAccuracy(); }
}

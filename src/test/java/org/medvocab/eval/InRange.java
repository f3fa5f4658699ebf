package org.medvocab.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;


/** Test helper: every figure of a corpus score lies in [0, 1]. */
final class InRange {
    private InRange() {}

    static void check(CorpusScore c) {
        for (DocumentScore d : c.documents()) {
            for (RowKind k : RowKind.values()) check(d.document() + " " + k, d.score(k));
            check(d.document() + " all", d.overall());
            unit(d.document() + " kind accuracy", d.kindAccuracy().value());
        }
        for (RowKind k : RowKind.values()) check("total " + k, c.total(k));
        check("overall", c.overall());
        unit("kind accuracy", c.kindAccuracy().value());
    }

    static void check(String what, Score s) {
        unit(what + " precision", s.precision());
        unit(what + " recall", s.recall());
        unit(what + " F1", s.f1());
    }

    static void unit(String what, double v) {
        assertTrue(v >= 0.0 && v <= 1.0, what + " = " + v);
    }
}

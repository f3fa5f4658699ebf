package org.medvocab.eval;

import java.util.List;

/** The scores of a set of documents, micro-averaged: counts are summed over documents before dividing. */
public record CorpusScore(List<DocumentScore> documents) {

    public CorpusScore {
        documents = List.copyOf(documents);
    }

    /** Summed counts of one row type over all documents. */
    public Score total(RowKind kind) {
        Score s = Score.ZERO;
        for (DocumentScore d : documents) s = s.plus(d.score(kind));
        return s;
    }

    /** Summed counts of all row types over all documents. */
    public Score overall() {
        Score s = Score.ZERO;
        for (DocumentScore d : documents) s = s.plus(d.overall());
        return s;
    }

    /** Macro F1: the mean of the F1 of each row type (each row type weighs the same, whatever its size). */
    public double macroF1() {
        double sum = 0;
        for (RowKind k : RowKind.values()) sum += total(k).f1();
        return sum / RowKind.values().length;
    }

    /** Related kind accuracy over all matched related pairs of all documents. */
    public Ratio kindAccuracy() {
        Ratio r = Ratio.ZERO;
        for (DocumentScore d : documents) r = r.plus(d.kindAccuracy());
        return r;
    }
}

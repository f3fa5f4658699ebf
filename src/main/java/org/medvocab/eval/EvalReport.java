package org.medvocab.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders a {@link CorpusScore} as text: the micro-averaged table (precision, recall and F1 per row type
 * and overall, related kind accuracy), a per-document F1 table, optionally the related-kind detail, and per
 * document the misses (gold rows nothing matched), false hits (predicted rows that matched nothing) and
 * related pairs found with the wrong kind.
 *
 * <p>A figure whose denominator is 0 (precision with nothing predicted, recall with no gold row) is shown
 * as "-".
 */
public final class EvalReport {
    private EvalReport() {}

    /** Longest definition text shown in a detail line. */
    static final int MAX_TEXT = 90;

    /** The whole report: table, per-document table, optional kind detail, then the per-document details. */
    public static String render(CorpusScore score, boolean kindDetail) {
        StringBuilder sb = new StringBuilder();
        sb.append(table(score)).append('\n');
        sb.append(documentTable(score)).append('\n');
        if (kindDetail) sb.append(kindDetail(score)).append('\n');
        sb.append(details(score));
        return sb.toString();
    }

    /** The micro-averaged table. */
    public static String table(CorpusScore score) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Extraction quality over %d document%s (micro-averaged)%n",
            score.documents().size(), score.documents().size() == 1 ? "" : "s"));
        String head = String.format(Locale.ROOT, "%-12s %6s %6s %6s %6s %6s %9s %7s %7s%n",
            "row type", "gold", "pred", "hit", "miss", "false", "precision", "recall", "F1");
        sb.append(head).append("-".repeat(head.strip().length())).append('\n');
        for (RowKind k : RowKind.values()) sb.append(line(k.label(), score.total(k)));
        sb.append(line("all rows", score.overall()));
        sb.append(String.format(Locale.ROOT, "macro F1 (mean over row types): %s%n", fmt(score.macroF1())));
        Ratio ka = score.kindAccuracy();
        sb.append(String.format(Locale.ROOT, "related kind accuracy: %d of %d matched pairs (%s)%n",
            ka.hits(), ka.total(), ka.total() == 0 ? "-" : fmt(ka.value())));
        return sb.toString();
    }

    private static String line(String name, Score s) {
        return String.format(Locale.ROOT, "%-12s %6d %6d %6d %6d %6d %9s %7s %7s%n", name, s.gold(), s.predicted(), s.tp(),
            s.fn(), s.fp(), s.predicted() == 0 ? "-" : fmt(s.precision()), s.gold() == 0 ? "-" : fmt(s.recall()),
            s.predicted() == 0 && s.gold() == 0 ? "-" : fmt(s.f1()));
    }

    /** F1 per document and row type. */
    public static String documentTable(CorpusScore score) {
        int w = Math.max(8, score.documents().stream().mapToInt(d -> d.document().length()).max().orElse(8));
        StringBuilder sb = new StringBuilder("F1 per document\n");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s", "document"));
        for (RowKind k : RowKind.values()) head.append(String.format(Locale.ROOT, " %10s", k.label()));
        head.append(String.format(Locale.ROOT, " %8s %6s", "all", "kind"));
        sb.append(head).append('\n').append("-".repeat(head.length())).append('\n');
        for (DocumentScore d : score.documents()) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s", d.document()));
            for (RowKind k : RowKind.values()) sb.append(String.format(Locale.ROOT, " %10s", f1(d.score(k))));
            Ratio ka = d.kindAccuracy();
            sb.append(String.format(Locale.ROOT, " %8s %6s", f1(d.overall()), ka.total() == 0 ? "-" : fmt(ka.value())));
            if (!d.problems().isEmpty()) sb.append("  (conversion failed)");
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String f1(Score s) {
        return s.predicted() == 0 && s.gold() == 0 ? "-" : fmt(s.f1());
    }

    /**
     * Related rows by kind: gold and predicted rows, pairs matched with the right kind, the precision and
     * recall of kind-exact pairs, and the confusion of kinds over matched pairs.
     */
    public static String kindDetail(CorpusScore score) {
        Map<String, int[]> counts = new TreeMap<>(); // kind -> {gold, pred, right}
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Set<String> predKinds = new java.util.TreeSet<>();
        for (DocumentScore d : score.documents()) {
            KindResult r = d.result(RowKind.RELATED);
            for (KindResult.Match m : r.matches()) {
                String gk = Normalizer.relationKind(m.gold().relation());
                String pk = Normalizer.relationKind(m.predicted().relation());
                counts.computeIfAbsent(gk, x -> new int[3])[0]++;
                counts.computeIfAbsent(pk, x -> new int[3])[1]++;
                if (gk.equals(pk)) counts.get(gk)[2]++;
                confusion.computeIfAbsent(gk, x -> new TreeMap<>()).merge(pk, 1, Integer::sum);
                predKinds.add(pk);
            }
            for (Row g : r.misses()) counts.computeIfAbsent(Normalizer.relationKind(g.relation()), x -> new int[3])[0]++;
            for (Row p : r.falseHits()) counts.computeIfAbsent(Normalizer.relationKind(p.relation()), x -> new int[3])[1]++;
        }
        StringBuilder sb = new StringBuilder("Related rows by kind (a pair is right when it matches with the gold kind)\n");
        String head = String.format(Locale.ROOT, "%-15s %6s %6s %6s %9s %7s%n", "kind", "gold", "pred", "right", "precision", "recall");
        sb.append(head).append("-".repeat(head.strip().length())).append('\n');
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-15s %6d %6d %6d %9s %7s%n", e.getKey(), c[0], c[1], c[2],
                c[1] == 0 ? "-" : fmt((double) c[2] / c[1]), c[0] == 0 ? "-" : fmt((double) c[2] / c[0])));
        }
        if (!confusion.isEmpty()) {
            sb.append("\nKinds of matched pairs (rows: gold kind; columns: predicted kind)\n");
            List<String> cols = new ArrayList<>(predKinds);
            StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%-15s", "gold \\ pred"));
            for (String c : cols) h.append(String.format(Locale.ROOT, " %14s", c));
            sb.append(h).append('\n');
            for (Map.Entry<String, Map<String, Integer>> e : confusion.entrySet()) {
                sb.append(String.format(Locale.ROOT, "%-15s", e.getKey()));
                for (String c : cols) sb.append(String.format(Locale.ROOT, " %14d", e.getValue().getOrDefault(c, 0)));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Per document: conversion problems, misses, false hits and related pairs with the wrong kind. */
    public static String details(CorpusScore score) {
        StringBuilder sb = new StringBuilder("Misses and false hits per document\n");
        for (DocumentScore d : score.documents()) {
            Score o = d.overall();
            sb.append(String.format(Locale.ROOT, "%n== %s: %d of %d gold rows found, %d false hit%s%n", d.document(),
                o.tp(), o.gold(), o.fp(), o.fp() == 1 ? "" : "s"));
            for (String p : d.problems()) sb.append("  error      ").append(p).append('\n');
            for (RowKind k : RowKind.values()) {
                KindResult r = d.result(k);
                for (Row g : r.misses()) {
                    sb.append(String.format(Locale.ROOT, "  miss       %-10s %s%s%n", k.label(), shown(g),
                        g.line() > 0 ? "  (gold line " + g.line() + ")" : ""));
                }
                for (Row p : r.falseHits()) {
                    sb.append(String.format(Locale.ROOT, "  false hit  %-10s %s%n", k.label(), shown(p)));
                }
                for (KindResult.Match m : r.kindMismatches()) {
                    sb.append(String.format(Locale.ROOT, "  wrong kind %-10s %s | %s: gold %s%s, predicted %s%n", k.label(),
                        m.gold().subject(), m.gold().object(), m.gold().relation(),
                        m.gold().line() > 0 ? " (line " + m.gold().line() + ")" : "", m.predicted().relation()));
                }
            }
        }
        return sb.toString();
    }

    /** A row's fields, a long definition cut short. */
    static String shown(Row r) {
        if (r.kind() == RowKind.DEFINITION && r.object().length() > MAX_TEXT) {
            return r.subject() + " | " + r.object().substring(0, MAX_TEXT).replaceAll("\\s+", " ") + "...";
        }
        return r.fields().replaceAll("[\\r\\n]+", " ");
    }

    static String fmt(double v) { return String.format(Locale.ROOT, "%.3f", v); }
}

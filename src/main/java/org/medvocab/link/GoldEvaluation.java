package org.medvocab.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a mapping set against a hand-made gold list.
 *
 * <p>The gold file is TSV with a header: {@code subject_label}, {@code predicate_id}, {@code object_id},
 * {@code object_label}, {@code note}; lines starting with {@code #} are comments. Subjects are named by their
 * preferred label, so the gold survives changes of IRIs. A row with object_id {@code -} says that the subject was
 * reviewed and has no correct mapping besides the ones listed. Gold rows whose subject is not in the vocabulary are
 * skipped (and counted): the vocabulary changes as extraction improves. Precision counts only the predictions for
 * subjects that appear in the gold (judged subjects); recall counts the gold rows whose subject exists.
 */
public final class GoldEvaluation {

    /** One gold row. */
    public record Gold(String subjectLabel, MatchPredicate predicate, String objectId, String objectLabel, String note) {}

    /** Counts for one predicate. */
    public record Score(int gold, int predicted, int correct) {
        public double precision() { return predicted == 0 ? Double.NaN : (double) correct / predicted; }
        public double recall() { return gold == 0 ? Double.NaN : (double) correct / gold; }
    }

    /**
     * The result.
     *
     * @param scores         per predicate
     * @param all            all predicates together (a prediction is correct when pair and predicate match)
     * @param skippedGold    gold rows whose subject concept is absent from the vocabulary
     * @param unjudged       predictions for subjects the gold does not cover
     * @param misses         gold rows not predicted with their predicate
     * @param falseHits      predictions for judged subjects not in the gold with their predicate
     */
    public record Result(Map<MatchPredicate, Score> scores, Score all, int skippedGold, int unjudged, List<String> misses, List<String> falseHits) {
        /** A fixed-width table, one line per predicate and a total line. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %10s %8s%n", "predicate", "gold", "pred", "hit", "precision", "recall"));
            sb.append("-".repeat(57)).append('\n');
            for (Map.Entry<MatchPredicate, Score> e : scores.entrySet()) line(sb, e.getKey().curie(), e.getValue());
            line(sb, "all", all);
            sb.append(String.format(Locale.ROOT, "gold rows skipped (subject not in the vocabulary): %d; predictions for subjects not in the gold: %d%n",
                skippedGold, unjudged));
            return sb.toString();
        }

        private static void line(StringBuilder sb, String name, Score s) {
            sb.append(String.format(Locale.ROOT, "%-16s %6d %6d %6d %10s %8s%n", name, s.gold(), s.predicted(), s.correct(),
                fmt(s.precision()), fmt(s.recall())));
        }

        private static String fmt(double d) { return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d); }
    }

    private GoldEvaluation() {}

    /** Reads a gold file. */
    public static List<Gold> read(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        boolean header = true;
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) {
                header = false;
                if (line.startsWith("subject_label")) continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) throw new IOException(file + ": line " + n + ": expected subject_label, predicate_id, object_id");
            MatchPredicate p = f[1].strip().equals("-") ? null : MatchPredicate.fromId(f[1].strip());
            if (p == null && !f[2].strip().equals("-")) throw new IOException(file + ": line " + n + ": unknown predicate '" + f[1] + "'");
            out.add(new Gold(f[0].strip(), p, f[2].strip(), f.length > 3 ? f[3].strip() : "", f.length > 4 ? f[4].strip() : ""));
        }
        return out;
    }

    /** Scores {@code set} against {@code gold}; {@code vocabularyLabels} are the preferred labels of the vocabulary's concepts. */
    public static Result evaluate(MappingSet set, List<Gold> gold, Set<String> vocabularyLabels) {
        Map<String, MatchPredicate> goldPairs = new HashMap<>();
        Set<String> judged = new HashSet<>();
        Map<MatchPredicate, int[]> counts = new EnumMap<>(MatchPredicate.class);
        for (MatchPredicate p : MatchPredicate.values()) counts.put(p, new int[3]);
        int skipped = 0;
        for (Gold g : gold) {
            if (!vocabularyLabels.contains(g.subjectLabel())) {
                if (g.predicate() != null) skipped++;
                continue;
            }
            judged.add(g.subjectLabel());
            if (g.predicate() == null) continue;
            goldPairs.put(g.subjectLabel() + "\u0000" + g.objectId(), g.predicate());
            counts.get(g.predicate())[0]++;
        }
        int unjudged = 0;
        List<String> falseHits = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (Mapping m : set.mappings()) {
            if (!judged.contains(m.subjectLabel())) {
                unjudged++;
                continue;
            }
            counts.get(m.predicate())[1]++;
            String key = m.subjectLabel() + "\u0000" + m.objectId();
            MatchPredicate g = goldPairs.get(key);
            if (g == m.predicate()) {
                counts.get(m.predicate())[2]++;
                found.add(key);
            } else {
                falseHits.add(m.subjectLabel() + "\t" + m.predicate().curie() + "\t" + m.objectId() + "\t" + m.objectLabel()
                    + (g == null ? "" : "\t(gold: " + g.curie() + ")"));
            }
        }
        List<String> misses = new ArrayList<>();
        for (Gold g : gold) {
            if (g.predicate() == null || !vocabularyLabels.contains(g.subjectLabel())) continue;
            if (!found.contains(g.subjectLabel() + "\u0000" + g.objectId())) {
                misses.add(g.subjectLabel() + "\t" + g.predicate().curie() + "\t" + g.objectId() + "\t" + g.objectLabel());
            }
        }
        Map<MatchPredicate, Score> scores = new EnumMap<>(MatchPredicate.class);
        int tg = 0, tp = 0, tc = 0;
        for (Map.Entry<MatchPredicate, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] == 0 && c[1] == 0) continue;
            scores.put(e.getKey(), new Score(c[0], c[1], c[2]));
            tg += c[0];
            tp += c[1];
            tc += c[2];
        }
        return new Result(scores, new Score(tg, tp, tc), skipped, unjudged, misses, falseHits);
    }
}

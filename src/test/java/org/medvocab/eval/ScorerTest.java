package org.medvocab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Matching and P/R/F1 on small hand-made row sets whose figures are worked out by hand. */
class ScorerTest {
    static final double EPS = 1e-9;

    /** Gold of document A (line numbers as in a file). */
    static final List<Row> GOLD_A = List.of(
        Row.concept("pump").atLine(1),
        Row.concept("balloon catheter").atLine(2),
        Row.concept("aorta").atLine(3),
        Row.concept("heart failure").atLine(4),
        Row.altLabel("balloon catheter", "IABC").atLine(5),
        Row.broader("balloon catheter", "catheter").atLine(6),
        Row.definition("pump", "A device that moves").atLine(7),
        Row.definition("pump", "A device that moves fluid").atLine(8),
        Row.definition("aorta", "The main artery").atLine(9),
        Row.related("pump", "component", "balloon catheter").atLine(10),
        Row.related("balloon catheter", "location", "aorta").atLine(11),
        Row.related("pump", "indication", "heart failure").atLine(12));

    static final List<Row> PRED_A = List.of(
        Row.concept("Pumps"),                 // = pump
        Row.concept("balloon-catheter"),      // = balloon catheter
        Row.concept("aorta"),
        Row.concept("aorta"),                 // a duplicate matches nothing more
        Row.concept("valve"),                 // false hit
        Row.broader("balloon catheter", "catheters"),  // = gold
        Row.broader("catheter", "balloon catheter"),   // wrong direction: false hit
        Row.definition("pump", "a device that moves fluids by suction."), // fits both pump prefixes
        Row.definition("pump", "A device that moves gas."),              // fits only the short one
        Row.definition("aorta", "the largest vessel of the body"),       // false hit
        Row.related("aorta", "location", "balloon catheter"),  // reversed pair, right kind
        Row.related("pump", "see also", "heart failure"),      // pair right, kind wrong
        Row.related("pump", "risk", "valve"));                 // false hit

    @Test void conceptsAreMultisetMatchedAfterNormalisation() {
        KindResult r = Scorer.match(RowKind.CONCEPT, filter(PRED_A, RowKind.CONCEPT), filter(GOLD_A, RowKind.CONCEPT));
        assertEquals(new Score(3, 2, 1), r.score());
        assertEquals(0.6, r.score().precision(), EPS);
        assertEquals(0.75, r.score().recall(), EPS);
        assertEquals(2 * 0.6 * 0.75 / 1.35, r.score().f1(), EPS);
        assertEquals(List.of("heart failure"), r.misses().stream().map(Row::subject).toList());
        assertEquals(List.of("aorta", "valve"), r.falseHits().stream().map(Row::subject).toList());
    }

    @Test void definitionsUseAMaximumMatchingOfPrefixes() {
        KindResult r = Scorer.match(RowKind.DEFINITION, filter(PRED_A, RowKind.DEFINITION), filter(GOLD_A, RowKind.DEFINITION));
        // a greedy pass would give the first definition the short prefix and leave the second unmatched
        assertEquals(new Score(2, 1, 1), r.score());
        assertEquals(2.0 / 3, r.score().f1(), EPS);
        assertEquals(9, r.misses().get(0).line());
    }

    @Test void broaderIsOrdered() {
        KindResult r = Scorer.match(RowKind.BROADER, filter(PRED_A, RowKind.BROADER), filter(GOLD_A, RowKind.BROADER));
        assertEquals(new Score(1, 1, 0), r.score());
        assertEquals(0.5, r.score().precision(), EPS);
        assertEquals(1.0, r.score().recall(), EPS);
        assertEquals(2.0 / 3, r.score().f1(), EPS);
    }

    @Test void relatedMatchesEitherDirectionAndScoresTheKindApart() {
        KindResult r = Scorer.match(RowKind.RELATED, filter(PRED_A, RowKind.RELATED), filter(GOLD_A, RowKind.RELATED));
        assertEquals(new Score(2, 1, 1), r.score());
        assertEquals(new Ratio(1, 2), r.kindAccuracy());
        assertEquals(0.5, r.kindAccuracy().value(), EPS);
        assertEquals(1, r.kindMismatches().size());
        assertEquals("indication", r.kindMismatches().get(0).gold().relation());
        assertEquals("see also", r.kindMismatches().get(0).predicted().relation());
    }

    @Test void aPairIsMatchedToTheGoldRowOfItsOwnKindWhenThereIsOne() {
        List<Row> gold = List.of(Row.related("x", "risk", "y").atLine(1), Row.related("x", "location", "y").atLine(2));
        KindResult r = Scorer.match(RowKind.RELATED, List.of(Row.related("y", "location", "x")), gold);
        assertEquals(new Score(1, 0, 1), r.score());
        assertEquals(new Ratio(1, 1), r.kindAccuracy());
        assertEquals(1, r.misses().get(0).line());
    }

    @Test void documentScoreAddsTheRowTypes() {
        DocumentScore d = Scorer.score("a", PRED_A, GOLD_A);
        assertEquals(new Score(0, 0, 1), d.score(RowKind.ALT_LABEL));
        assertEquals(1.0, d.score(RowKind.ALT_LABEL).precision(), EPS); // nothing predicted: no false hit
        assertEquals(0.0, d.score(RowKind.ALT_LABEL).f1(), EPS);
        // concept 3/2/1, altLabel 0/0/1, broader 1/1/0, definition 2/1/1, related 2/1/1
        assertEquals(new Score(8, 5, 4), d.overall());
        assertEquals(8.0 / 13, d.overall().precision(), EPS);
        assertEquals(8.0 / 12, d.overall().recall(), EPS);
    }

    @Test void corpusFiguresAreMicroAveraged() {
        DocumentScore a = Scorer.score("a", PRED_A, GOLD_A);
        DocumentScore b = Scorer.score("b",
            List.of(Row.concept("catheter"), Row.concept("tube"), Row.concept("wire"), Row.concept("guide")),
            List.of(Row.concept("catheter"), Row.concept("sheath")));
        assertEquals(1.0 / 3, b.score(RowKind.CONCEPT).f1(), EPS);
        CorpusScore c = new CorpusScore(List.of(a, b));
        Score concept = c.total(RowKind.CONCEPT);
        assertEquals(new Score(4, 5, 2), concept);
        assertEquals(4.0 / 9, concept.precision(), EPS);
        assertEquals(4.0 / 6, concept.recall(), EPS);
        assertEquals(8.0 / 15, concept.f1(), EPS); // the macro average would be 0.5
        assertEquals(new Score(9, 8, 5), c.overall());
        assertEquals(new Ratio(1, 2), c.kindAccuracy());
    }

    @Test void emptyOnBothSidesIsPerfectAndRowOrderDoesNotMatter() {
        Score s = Scorer.match(RowKind.BROADER, List.of(), List.of()).score();
        assertEquals(1.0, s.f1(), EPS);
        List<Row> reversed = new java.util.ArrayList<>(PRED_A);
        java.util.Collections.reverse(reversed);
        assertEquals(Scorer.score("a", PRED_A, GOLD_A).overall(), Scorer.score("a", reversed, GOLD_A).overall());
    }

    @Test void goldAgainstItselfIsPerfect() {
        DocumentScore d = Scorer.score("a", GOLD_A, GOLD_A);
        for (RowKind k : RowKind.values()) assertEquals(1.0, d.score(k).f1(), EPS, k.label());
        assertEquals(1.0, d.kindAccuracy().value(), EPS);
    }

    @Test void reportListsMissesFalseHitsAndWrongKinds() {
        String report = EvalReport.render(new CorpusScore(List.of(Scorer.score("doc-a", PRED_A, GOLD_A))), true);
        assertTrue(report.contains("== doc-a: 8 of 12 gold rows found, 5 false hits"), report);
        assertTrue(report.contains("miss       concept    heart failure  (gold line 4)"), report);
        assertTrue(report.contains("false hit  concept    valve"), report);
        assertTrue(report.contains("wrong kind related    pump | heart failure: gold indication (line 12), predicted see also"), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("concept\\s+4\\s+5\\s+3\\s+1\\s+2\\s+0\\.600\\s+0\\.750\\s+0\\.667")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("altLabel\\s+1\\s+0\\s+0\\s+1\\s+0\\s+-\\s+0\\.000\\s+0\\.000")), report);
        assertTrue(report.contains("related kind accuracy: 1 of 2 matched pairs (0.500)"), report);
        assertTrue(report.contains("Kinds of matched pairs"), report);
    }

    static List<Row> filter(List<Row> rows, RowKind k) {
        return rows.stream().filter(r -> r.kind() == k).toList();
    }
}

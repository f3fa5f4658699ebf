package org.medvocab.eval;

import static org.medvocab.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.medvocab.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness on a two-document mini corpus written for these tests (an encyclopedia-style article
 * and dictionary entries, with gold files), through the library and through {@code medvocab eval}.
 * Only results that do not hang on extraction details are asserted: the lead changes the extractors.
 */
class EvalEndToEndTest {
    static final Path CORPUS = Path.of("src/test/resources/eval/corpus");
    static final Path GOLD = CORPUS.resolve("gold");
    static Evaluator.Evaluation result;

    @BeforeAll static void evaluate() throws Exception {
        result = new Evaluator().evaluate(CORPUS, GOLD);
    }

    @Test void bothDocumentsAreScoredAgainstTheirGold() {
        assertEquals(List.of(), result.notes());
        List<DocumentScore> docs = result.score().documents();
        assertEquals(List.of("feeding-tube", "stent"), docs.stream().map(DocumentScore::document).toList());
        for (DocumentScore d : docs) assertEquals(List.of(), d.problems());
        // the gold side is fixed by the fixture files
        assertEquals(21, docs.get(0).overall().gold());
        assertEquals(11, docs.get(1).overall().gold());
        assertEquals(13, result.score().total(RowKind.CONCEPT).gold());
        InRange.check(result.score());
    }

    @Test void topicsAndTheirLeadDefinitionsAreFound() {
        DocumentScore tube = result.score().documents().get(0);
        assertTrue(matchedSubjects(tube, RowKind.CONCEPT).contains("feeding tube"), tube.toString());
        assertTrue(matchedSubjects(tube, RowKind.DEFINITION).contains("feeding tube"), tube.toString());
        DocumentScore stent = result.score().documents().get(1);
        assertTrue(matchedSubjects(stent, RowKind.CONCEPT).contains("stent"), stent.toString());
        assertTrue(matchedSubjects(stent, RowKind.DEFINITION).contains("stent"), stent.toString());
        // every gold row is either matched or listed as a miss, every predicted row matched or a false hit
        for (DocumentScore d : result.score().documents()) {
            for (RowKind k : RowKind.values()) {
                KindResult r = d.result(k);
                assertEquals(r.matches().size() + r.misses().size(), r.score().gold());
                r.misses().forEach(m -> assertTrue(m.line() > 0, "gold rows keep their line: " + m));
                r.falseHits().forEach(f -> assertEquals(0, f.line()));
            }
        }
    }

    @Test void goldAgainstItselfIsPerfect() throws Exception {
        for (GoldStandard g : GoldStandard.readFolder(GOLD).values()) {
            DocumentScore d = Scorer.score(g.document(), g.rows(), g.rows());
            for (RowKind k : RowKind.values()) assertEquals(1.0, d.score(k).f1(), k + " of " + g.document());
        }
    }

    @Test void commandPrintsTheTableThenTheDetails() {
        CliRun r = run("eval", "--corpus", CORPUS.toString(), "--gold", GOLD.toString(), "--kind-detail");
        assertEquals(0, r.status(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Extraction quality over 2 documents (micro-averaged)"), out);
        for (String kind : List.of("concept", "altLabel", "broader", "definition", "related", "all rows")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(kind + " ")), kind + " line in\n" + out);
        }
        assertTrue(out.contains("related kind accuracy:"), out);
        assertTrue(out.contains("Related rows by kind"), out);
        int table = out.indexOf("F1 per document");
        int details = out.indexOf("Misses and false hits per document");
        assertTrue(table > 0 && details > table, out);
        assertTrue(out.indexOf("== feeding-tube:") > details && out.indexOf("== stent:") > out.indexOf("== feeding-tube:"), out);
        assertTrue(!r.err().contains("medvocab eval:"), r.err());
    }

    @Test void goldDefaultsToTheCorpusGoldFolder() {
        CliRun r = run("eval", "--corpus", CORPUS.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Extraction quality over 2 documents"), r.out());
    }

    @Test void documentsWithoutGoldAndGoldWithoutDocumentsAreReported(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("c"));
        Path gold = Files.createDirectories(tmp.resolve("g"));
        Files.copy(CORPUS.resolve("stent.txt"), corpus.resolve("stent.txt"));
        Files.copy(CORPUS.resolve("feeding-tube.md"), corpus.resolve("other.md"));
        Files.copy(GOLD.resolve("stent.tsv"), gold.resolve("stent.tsv"));
        Files.copy(GOLD.resolve("feeding-tube.tsv"), gold.resolve("feeding-tube.tsv"));
        CliRun r = run("eval", "--corpus", corpus.toString(), "--gold", gold.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Extraction quality over 1 document (micro-averaged)"), r.out());
        assertTrue(r.err().contains("other.md: no gold file"), r.err());
        assertTrue(r.err().contains("feeding-tube.tsv: no document feeding-tube.*"), r.err());
    }

    @Test void malformedGoldAndMissingFoldersAreErrors(@TempDir Path tmp) throws IOException {
        Path gold = Files.createDirectories(tmp.resolve("g"));
        Files.writeString(gold.resolve("stent.tsv"), "concept\tstent\nbroader\tstent\n");
        CliRun r = run("eval", "--corpus", CORPUS.toString(), "--gold", gold.toString());
        assertEquals(1, r.status());
        assertEquals("medvocab eval: " + gold.resolve("stent.tsv") + ":2: a broader row has 3 tab-separated columns "
            + "(broader, narrower, broader), found 2", r.err().strip());
        assertEquals("", r.out());

        r = run("eval", "--corpus", tmp.resolve("nowhere").toString(), "--gold", gold.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("nowhere: not a folder"), r.err());

        r = run("eval", "--gold", gold.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--corpus"), r.err());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        r = run("eval", "--corpus", empty.toString(), "--gold", empty.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no document of"), r.err());
    }

    @Test void missingGoldExplainsTheFormatAndInitGoldWritesStarterFilesToCorrect(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("docs"));
        try (var s = Files.list(CORPUS)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, corpus.resolve(p.getFileName()));
        }
        CliRun r = run("eval", "--corpus", corpus.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(corpus.resolve("gold") + ": not a folder"), r.err());
        assertTrue(r.err().contains("related\tconcept\tkind\tother"), "the format is explained: " + r.err());
        assertTrue(r.err().contains("--init-gold"), r.err());

        r = run("eval", "--corpus", corpus.toString(), "--init-gold");
        assertEquals(0, r.status(), r.err());
        java.util.List<Path> files;
        try (var s = Files.list(corpus.resolve("gold"))) {
            files = s.sorted().toList();
        }
        assertEquals(result.score().documents().size(), files.size(), files.toString());
        assertTrue(r.err().contains("wrote " + files.size() + " starter gold files"), r.err());
        for (Path f : files) {
            GoldStandard g = GoldStandard.read(f);
            assertFalse(g.rows(RowKind.CONCEPT).isEmpty(), f + " has concept rows");
            assertTrue(Files.readString(f).startsWith("# STARTER gold"), f.toString());
        }
        // The starter files are exactly the current extraction: scoring them is perfect, until a person corrects them.
        r = run("eval", "--corpus", corpus.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("all rows") && l.endsWith("1.000   1.000   1.000")), r.out());

        // An existing (corrected) gold file is never overwritten.
        Files.writeString(files.get(0), "concept\tsomething a person wrote\n");
        r = run("eval", "--corpus", corpus.toString(), "--init-gold");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("wrote 0 starter gold files"), r.err());
        assertEquals("concept\tsomething a person wrote\n", Files.readString(files.get(0)));
    }

    @Test void helpListsTheCommand() {
        CliRun r = run("--help");
        assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("eval")), r.out());
        r = run("eval", "--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("medvocab "), r.out());
    }

    static List<String> matchedSubjects(DocumentScore d, RowKind k) {
        return d.result(k).matches().stream().map(m -> m.gold().subject()).toList();
    }


}

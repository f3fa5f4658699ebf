package org.medvocab.cli;

import static org.medvocab.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.Sparql.ask;
import static org.medvocab.Sparql.concept;

import org.medvocab.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medvocab convert} end to end: exit status, messages, output file and formats, then {@code medvocab export}. */
class ConvertCommandTest {

    static final String DICTIONARY = """
        widget pump
        a device that pushes a measured stream of saline through a thin tube into a vein.

        (wij-it pump)
        An apparatus at the bedside that feeds small volumes of liquid medicine into the circulation at a steady rate.

        portable widget pump
        a device clipped to a belt so that the wearer can walk about while receiving a drip.
        """;

    static final String ARTICLE = """
        # Sprocket valve

        A sprocket valve is a one-way valve that lets fluid leave a drainage bag but never flow back. It is used in patients with urinary retention.

        ## Risks and complications

        A blocked sprocket valve may cause bladder spasm and leakage around the tube.
        """;


    @TempDir Path tmp;
    Path docs;

    @BeforeEach void writeGoodDocuments() throws IOException {
        docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("widget-pump.txt"), DICTIONARY, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("sprocket-valve.md"), ARTICLE, StandardCharsets.UTF_8);
    }


    static Graph parse(Path file, Lang lang) {
        return RDFParser.source(file).lang(lang).toGraph();
    }

    static Graph parse(String text, Lang lang) {
        return RDFParser.fromString(text, lang).toGraph();
    }

    private static void assertGoodConcepts(Graph g, String base) {
        assertEquals(base + "widget-pump", concept(g, "widget pump"));
        assertEquals(base + "portable-widget-pump", concept(g, "portable widget pump"));
        assertEquals(base + "sprocket-valve", concept(g, "sprocket valve"));
        assertTrue(ask(g, "ASK { <" + base + "portable-widget-pump> skos:broader <" + base + "widget-pump> }"));
    }

    // ---- bad documents ------------------------------------------------------------------------------

    @Test void badDocumentsAreReportedOneLineEachAndTheRestIsStillWritten() throws IOException {
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Files.write(docs.resolve("binary.txt"), new byte[] {'a', 'b', 0, 0, 1, 2, 'c', 0, 'd'});
        // "café" in Latin-1: the byte 0xE9 is not UTF-8
        Files.write(docs.resolve("latin1.txt"), "a small pump used in the caf\u00e9 of a hospital.\n".getBytes(StandardCharsets.ISO_8859_1));
        Path out = tmp.resolve("out/vocab.ttl");

        CliRun r = run("convert", docs.toString(), "-o", out.toString());

        assertEquals(1, r.status(), r.err());
        String[][] expected = {{"empty.txt", "empty"}, {"binary.txt", "binary"}, {"latin1.txt", "not UTF-8"}};
        for (String[] e : expected) {
            List<String> lines = r.errLines().stream().filter(l -> l.contains(e[0])).toList();
            assertEquals(1, lines.size(), "one line for " + e[0] + ":\n" + r.err());
            assertTrue(lines.get(0).contains(e[1]), "reason '" + e[1] + "' for " + e[0] + ": " + lines.get(0));
            assertTrue(lines.get(0).startsWith("medvocab convert: "), lines.get(0));
            assertFalse(lines.get(0).contains("Exception"), lines.get(0));
        }
        assertTrue(r.errLines().stream().filter(l -> l.contains("latin1.txt")).findFirst().orElseThrow().contains("0xE9"), r.err());
        assertFalse(r.err().contains("widget-pump.txt") || r.err().contains("sprocket-valve.md"), "a good document reported:\n" + r.err());
        assertFalse(r.err().contains("\tat "), "stack trace:\n" + r.err());
        assertEquals("", r.out());

        assertTrue(Files.isRegularFile(out), "the vocabulary is still written");
        Graph g = parse(out, Lang.TURTLE);
        assertGoodConcepts(g, "https://w3id.org/medvocab/vocab/");
        assertEquals(2, org.medvocab.Sparql.values(g, "SELECT ?s { ?s a mvo:SourceDocument }", "s").size(), "only the good documents are sources");
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "temporary file left behind");
        }
    }

    // ---- good runs ----------------------------------------------------------------------------------

    @Test void goodDocumentsExitZeroAndWriteTurtle() {
        Path out = tmp.resolve("vocab.ttl");
        CliRun r = run("convert", docs.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), "only the summary line:\n" + r.err());
        assertTrue(r.err().contains("2 documents"), r.err());
        Graph g = parse(out, Lang.TURTLE);
        assertGoodConcepts(g, "https://w3id.org/medvocab/vocab/");
        assertTrue(ask(g, "ASK { <https://w3id.org/medvocab/vocab> a skos:ConceptScheme }"));
    }

    @Test void withoutATerminalProgressIsPlainLinesAndSummariesUseTheRightNumber() throws IOException {
        for (int i = 0; i < ConvertCommand.PROGRESS_THRESHOLD; i++) {
            Files.writeString(docs.resolve("extra-" + i + ".txt"), "gadget " + i + "\na small device used in tests.\n", StandardCharsets.UTF_8);
        }
        CliRun r = CliRun.run("convert", docs.toString(), "-o", tmp.resolve("many.ttl").toString());
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("\r"), "no carriage returns in a log: " + r.err());
        int n = ConvertCommand.PROGRESS_THRESHOLD + 2;
        assertTrue(r.err().contains("medvocab convert: done, " + n + "/" + n + " documents (100%)"), r.err());
        assertTrue(r.errLines().stream().allMatch(l -> l.startsWith("medvocab convert: ")), r.err());
        assertTrue(r.err().contains("medvocab convert: " + n + " documents, "), r.err());

        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.writeString(one.resolve("a.txt"), "gadget\na small device used in tests.\n", StandardCharsets.UTF_8);
        r = CliRun.run("convert", one.toString(), "-o", tmp.resolve("one.ttl").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("medvocab convert: 1 document, "), r.err());
    }

    @Test void quietWritesNothingOnStandardError() {
        Path out = tmp.resolve("vocab.ttl");
        CliRun r = run("convert", "-q", docs.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(Files.isRegularFile(out));
    }

    @Test void filesCanBeNamedOneByOne() {
        Path out = tmp.resolve("vocab.ttl");
        CliRun r = run("convert", docs.resolve("widget-pump.txt").toString(), docs.resolve("sprocket-valve.md").toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertGoodConcepts(parse(out, Lang.TURTLE), "https://w3id.org/medvocab/vocab/");
    }

    @Test void baseChangesTheIris() {
        Path out = tmp.resolve("vocab.ttl");
        CliRun r = run("convert", docs.toString(), "-o", out.toString(), "--base", "http://example.org/x/");
        assertEquals(0, r.status(), r.err());
        Graph g = parse(out, Lang.TURTLE);
        assertGoodConcepts(g, "http://example.org/x/");
        assertTrue(ask(g, "ASK { <http://example.org/x> a skos:ConceptScheme }"));
        assertFalse(ask(g, "ASK { ?s ?p ?o FILTER(CONTAINS(STR(?s), \"w3id.org/medvocab/vocab\") || CONTAINS(STR(?o), \"w3id.org/medvocab/vocab\")) }"));
    }

    @Test void baseWithoutTrailingSlashGetsOne() {
        Path out = tmp.resolve("vocab.ttl");
        assertEquals(0, run("convert", docs.toString(), "-o", out.toString(), "--base", "http://example.org/y").status());
        assertGoodConcepts(parse(out, Lang.TURTLE), "http://example.org/y/");
    }

    @Test void ntriplesFormat() throws IOException {
        Path ttl = tmp.resolve("vocab.ttl");
        Path nt = tmp.resolve("vocab.nt");
        assertEquals(0, run("convert", docs.toString(), "-o", ttl.toString()).status());
        CliRun r = run("convert", docs.toString(), "-f", "ntriples", "-o", nt.toString());
        assertEquals(0, r.status(), r.err());
        String text = Files.readString(nt);
        assertFalse(text.contains("@prefix"), "Turtle written instead of N-Triples");
        for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
            assertTrue(line.endsWith(" ."), "not an N-Triples line: " + line);
        }
        Graph g = parse(nt, Lang.NTRIPLES);
        assertGoodConcepts(g, "https://w3id.org/medvocab/vocab/");
        assertTrue(g.isIsomorphicWith(parse(ttl, Lang.TURTLE)), "N-Triples and Turtle outputs hold different graphs");
    }

    @Test void dashWritesToStandardOutput() {
        CliRun r = run("convert", docs.toString(), "-o", "-");
        assertEquals(0, r.status(), r.err());
        Graph g = parse(r.out(), Lang.TURTLE);
        assertGoodConcepts(g, "https://w3id.org/medvocab/vocab/");
        assertFalse(Files.exists(Path.of("-")), "a file called '-' was written");
        assertFalse(r.err().contains("@prefix"), "the vocabulary went to standard error");
    }

    @Test void dashWithNtriplesWritesNtriplesToStandardOutput() {
        CliRun r = run("convert", docs.toString(), "-f", "nt", "-o", "-");
        assertEquals(0, r.status(), r.err());
        assertGoodConcepts(parse(r.out(), Lang.NTRIPLES), "https://w3id.org/medvocab/vocab/");
    }

    @Test void theSameInputGivesTheSameFile() throws IOException {
        Path a = tmp.resolve("a.ttl");
        Path b = tmp.resolve("b.ttl");
        assertEquals(0, run("convert", docs.toString(), "-o", a.toString()).status());
        assertEquals(0, run("convert", docs.toString(), "-o", b.toString()).status());
        assertEquals(Files.readString(a), Files.readString(b));
    }

    // ---- errors -------------------------------------------------------------------------------------

    @Test void aMissingInputExitsOneWithOneLine() {
        Path missing = tmp.resolve("no-such-folder");
        Path out = tmp.resolve("vocab.ttl");
        CliRun r = run("convert", missing.toString(), "-o", out.toString());
        assertEquals(1, r.status(), r.err());
        List<String> mentions = r.errLines().stream().filter(l -> l.contains(missing.toString())).toList();
        assertEquals(1, mentions.size(), r.err());
        assertTrue(mentions.get(0).startsWith("medvocab convert: ") && mentions.get(0).contains("no such file"), mentions.get(0));
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "an output file was written from nothing");
    }
    @Test void aMissingInputGivesExactlyOneLine() {
        Path missing = tmp.resolve("no-such-folder");
        CliRun r = run("convert", missing.toString(), "-o", tmp.resolve("vocab.ttl").toString());
        assertEquals(1, r.status());
        assertEquals(1, r.errLines().size(), r.err());
    }
    @Test void anOutputThatCannotBeWrittenGivesOneLineAndLeavesNoTemporaryFile() throws IOException {
        Path outDir = Files.createDirectories(tmp.resolve("out/taken"));   // -o names an existing folder
        CliRun r = run("convert", docs.toString(), "-o", outDir.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("medvocab convert: " + outDir + ": "), r.err());
        try (var files = Files.list(outDir.getParent())) {
            assertEquals(List.of(outDir), files.toList(), "temporary file left behind");
        }
        Path blocker = Files.writeString(tmp.resolve("plain-file"), "x");    // -o under a regular file
        CliRun r2 = run("convert", docs.toString(), "-o", blocker.resolve("sub/vocab.ttl").toString());
        assertEquals(1, r2.status());
        assertEquals(1, r2.errLines().size(), r2.err());
        assertFalse(r2.err().contains("\tat "), r2.err());
    }

    @Test void aMissingInputBesideGoodOnesIsReportedAndTheRestWritten() {
        Path missing = tmp.resolve("gone.txt");
        Path out = tmp.resolve("vocab.ttl");
        CliRun r = run("convert", docs.toString(), missing.toString(), "-o", out.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals(1, r.errLines().stream().filter(l -> l.contains("gone.txt")).count(), r.err());
        assertGoodConcepts(parse(out, Lang.TURTLE), "https://w3id.org/medvocab/vocab/");
    }

    @Test void anUnknownFormatIsAUsageError() {
        Path out = tmp.resolve("vocab.n3");
        CliRun r = run("convert", docs.toString(), "-f", "n3", "-o", out.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("n3"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test void missingOutputOptionIsAUsageError() {
        CliRun r = run("convert", docs.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--output"), r.err());
    }

    @Test void helpExitsZeroAndDescribesTheOptions() {
        CliRun r = run("convert", "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("--base"), r.out());
        assertTrue(r.out().contains("--output"), r.out());
        assertTrue(r.out().contains("--format"), r.out());
        assertTrue(r.out().replaceAll("\\s+", "").contains(org.medvocab.model.VocabularyConfig.DEFAULT_BASE), "default base shown: " + r.out());
    }

    // ---- export of what convert wrote ---------------------------------------------------------------

    @Test void exportOfTheWrittenVocabularyParsesBackToTheSameGraph() {
        Path ttl = tmp.resolve("vocab.ttl");
        assertEquals(0, run("convert", "-q", docs.toString(), "-o", ttl.toString()).status());
        Graph original = parse(ttl, Lang.TURTLE);
        assertNotNull(concept(original, "widget pump"));
        for (Object[] f : new Object[][] {{"jsonld", "vocab.jsonld", Lang.JSONLD}, {"rdfxml", "vocab.rdf", Lang.RDFXML}}) {
            Path target = tmp.resolve((String) f[1]);
            CliRun r = run("export", ttl.toString(), "-f", (String) f[0], "-o", target.toString());
            assertEquals(0, r.status(), f[0] + ": " + r.err());
            assertEquals("", r.err(), f[0] + ": " + r.err());
            Graph back = parse(target, (Lang) f[2]);
            assertEquals(original.size(), back.size(), f[0] + ": triple count");
            assertTrue(original.isIsomorphicWith(back), f[0] + ": not isomorphic to the Turtle written by convert");
        }
    }

    @Test void exportToStandardOutput() {
        Path ttl = tmp.resolve("vocab.ttl");
        assertEquals(0, run("convert", "-q", docs.toString(), "-o", ttl.toString()).status());
        CliRun r = run("export", ttl.toString(), "-f", "jsonld", "-o", "-");
        assertEquals(0, r.status(), r.err());
        assertTrue(parse(ttl, Lang.TURTLE).isIsomorphicWith(parse(r.out(), Lang.JSONLD)));
    }
}

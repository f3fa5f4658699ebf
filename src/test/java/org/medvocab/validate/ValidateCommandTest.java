package org.medvocab.validate;

import static org.medvocab.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.medvocab.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medvocab validate} end to end, and the validation gate of {@code medvocab convert}. */
class ValidateCommandTest {


    @TempDir Path tmp;


    /** Writes base.ttl plus a fixture to a file of the temporary folder. */
    Path vocab(String fixture, String fileName) throws IOException {
        Path f = tmp.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(f)) {
            RDFDataMgr.write(out, Fixtures.load(fixture), fileName.endsWith(".nt") ? Lang.NTRIPLES : Lang.TURTLE);
        }
        return f;
    }

    // ---- validate -----------------------------------------------------------------------------------

    @Test void aValidVocabularyExitsZero() throws IOException {
        CliRun r = run("validate", vocab("valid.ttl", "valid.ttl").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("0 violations, 0 warnings\n", r.out());
        assertEquals("", r.err());
    }

    @Test void violationsArePrintedGroupedByShapeAndExitOne() throws IOException {
        CliRun r = run("validate", vocab("no-broader-cycle.ttl", "cycle.ttl").toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("Violation mvs:NoBroaderCycle: no cycle in the broader hierarchy (2)\n"), r.out());
        assertTrue(r.out().contains("  - pump <https://example.org/vocab/pump>\n      skos:broader  infusion pump <https://example.org/vocab/infusion-pump>\n"), r.out());
        assertTrue(r.out().endsWith("\n2 violations, 0 warnings\n"), r.out());
        assertEquals("", r.err());
    }

    @Test void warningsAloneExitZero() throws IOException {
        CliRun r = run("validate", vocab("orphan-concept.ttl", "orphan.nt").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Warning mvs:OrphanConcept"), r.out());
        assertTrue(r.out().endsWith("0 violations, 1 warning\n"), r.out());
    }

    @Test void jsonGoesToStandardOutputAndTheSummaryToStandardError() throws IOException {
        Path v = vocab("risk-kind.ttl", "risk.ttl");
        CliRun r = run("validate", v.toString(), "--format", "json");
        assertEquals(1, r.status(), r.err());
        JsonObject o = JSON.parse(r.out());
        assertEquals(1, o.get("violations").getAsNumber().value().intValue());
        assertEquals("https://w3id.org/medvocab/shapes#RiskKind",
            o.get("results").getAsArray().get(0).getAsObject().get("shape").getAsString().value());
        assertEquals(List.of("medvocab validate: " + v + ": 1 violation, 0 warnings"), r.errLines());
    }

    @Test void turtleIsTheShaclReport() throws IOException {
        CliRun r = run("validate", vocab("risk-kind.ttl", "risk.ttl").toString(), "-f", "turtle");
        assertEquals(1, r.status(), r.err());
        ValidationReport report = ValidationReport.fromGraph(RDFParser.fromString(r.out(), Lang.TURTLE).toGraph());
        assertEquals(1, report.getEntries().size());
    }

    @Test void anUnknownFormatIsAUsageError() throws IOException {
        CliRun r = run("validate", vocab("valid.ttl", "valid.ttl").toString(), "--format", "xml");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("text, turtle or json"), r.err());
    }

    @Test void shapesFromAFolderReplaceTheBuiltInOnes() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("my-shapes"));
        Files.writeString(dir.resolve("scope.ttl"), """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://example.org/shapes#HasScopeNote> a sh:PropertyShape ;
                sh:targetClass skos:Concept ; sh:path skos:scopeNote ; sh:minCount 1 ;
                sh:message "Every concept needs a scope note." .
            """);
        // the built-in shapes find a cycle; these shapes only ask for scope notes
        CliRun r = run("validate", vocab("no-broader-cycle.ttl", "cycle.ttl").toString(), "--shapes", dir.toString());
        assertEquals(1, r.status(), r.err());
        assertFalse(r.out().contains("NoBroaderCycle"), r.out());
        assertTrue(r.out().startsWith("Violation <https://example.org/shapes#HasScopeNote> (9)\n  Every concept needs a scope note.\n"), r.out());
    }

    @Test void unreadableInputsAreOneLineErrors() throws IOException {
        CliRun missing = run("validate", tmp.resolve("gone.ttl").toString());
        assertEquals(1, missing.status());
        assertEquals(List.of("medvocab validate: " + tmp.resolve("gone.ttl") + ": no such file"), missing.errLines());
        assertEquals("", missing.out());

        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "<a> <b> \n");
        CliRun syntax = run("validate", bad.toString());
        assertEquals(1, syntax.status());
        assertEquals(1, syntax.errLines().size(), syntax.err());
        assertTrue(syntax.err().startsWith("medvocab validate: " + bad + ": line "), syntax.err());

        CliRun noShapes = run("validate", vocab("valid.ttl", "valid.ttl").toString(), "--shapes", tmp.resolve("nowhere").toString());
        assertEquals(1, noShapes.status());
        assertEquals(List.of("medvocab validate: " + tmp.resolve("nowhere") + ": no such folder"), noShapes.errLines());

        // the shapes are loaded while the data is read, and a shapes error is still the one reported
        CliRun neither = run("validate", tmp.resolve("gone.ttl").toString(), "--shapes", tmp.resolve("nowhere").toString());
        assertEquals(1, neither.status());
        assertEquals(List.of("medvocab validate: " + tmp.resolve("nowhere") + ": no such folder"), neither.errLines());
    }

    @Test void helpListsValidate() {
        CliRun r = run("--help");
        assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("validate")), r.out());
        CliRun v = run("validate", "--help");
        assertEquals(0, v.status());
        assertTrue(v.out().contains("--shapes") && v.out().contains("--format"), v.out());
        CliRun version = run("validate", "--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("medvocab "), version.out());
    }

    // ---- convert validates what it writes -----------------------------------------------------------------

    static final String ARTICLE = """
        # Sprocket valve

        A sprocket valve is a one-way valve that lets fluid leave a drainage bag but never flow back. It is used in patients with urinary retention.

        ## Risks and complications

        A blocked sprocket valve may cause bladder spasm and leakage around the tube.
        """;

    Path docs() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(d.resolve("sprocket-valve.md"), ARTICLE);
        return d;
    }

    /** Shapes that the converter's output is sure to fail: every concept needs a scope note. */
    Path strictShapes() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("strict"));
        Files.writeString(dir.resolve("strict.ttl"), """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://example.org/shapes#HasScopeNote> a sh:PropertyShape ;
                sh:targetClass skos:Concept ; sh:path skos:scopeNote ; sh:minCount 1 ;
                sh:message "Every concept needs a scope note." .
            """);
        return dir;
    }

    @Test void convertWritesAVocabularyThatPassesAndReportsTheCounts() throws IOException {
        Path out = tmp.resolve("out.ttl");
        CliRun r = run("convert", docs().toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.exists(out));
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().matches("(?s)medvocab convert: 1 document, .* -> .*; 0 violations, \\d+ warnings?\\n"), r.err());
        Graph g = RDFParser.source(out).lang(Lang.TURTLE).toGraph();
        assertTrue(Validator.validate(g).conforms());
    }

    @Test void convertRefusesToWriteAVocabularyWithViolations() throws IOException {
        Path out = tmp.resolve("out.ttl");
        CliRun r = run("convert", docs().toString(), "-o", out.toString(), "--shapes", strictShapes().toString());
        assertEquals(1, r.status(), r.err());
        assertFalse(Files.exists(out), "nothing written");
        assertTrue(r.err().startsWith("Violation <https://example.org/shapes#HasScopeNote>"), r.err());
        assertTrue(r.err().contains("  - sprocket valve <https://w3id.org/medvocab/vocab/sprocket-valve>\n"), r.err());
        String last = r.errLines().get(r.errLines().size() - 1);
        assertTrue(last.startsWith("medvocab convert: the vocabulary fails validation (") && last.contains("nothing written")
            && last.contains("--force"), last);
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }

        CliRun stdout = run("convert", docs().toString(), "-o", "-", "--shapes", strictShapes().toString());
        assertEquals(1, stdout.status());
        assertEquals("", stdout.out(), "nothing on standard output");
    }

    @Test void convertWithForceWritesAnywayAndPrintsTheReport() throws IOException {
        Path out = tmp.resolve("out.ttl");
        CliRun r = run("convert", docs().toString(), "-o", out.toString(), "--shapes", strictShapes().toString(), "--force");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.exists(out));
        assertTrue(r.err().startsWith("Violation <https://example.org/shapes#HasScopeNote>"), r.err());
        assertTrue(r.errLines().get(r.errLines().size() - 1).matches("medvocab convert: 1 document, .*; [1-9]\\d* violations?, .*"), r.err());
    }

    @Test void convertWithMissingShapesConvertsNothing() throws IOException {
        Path out = tmp.resolve("out.ttl");
        CliRun r = run("convert", docs().toString(), "-o", out.toString(), "--shapes", tmp.resolve("nowhere").toString());
        assertEquals(1, r.status());
        assertEquals(List.of("medvocab convert: " + tmp.resolve("nowhere") + ": no such folder"), r.errLines());
        assertFalse(Files.exists(out));
    }
}

package org.medvocab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.export.CanonicalTurtleWriter;

import picocli.CommandLine;

class ExportCommandTest {

    private static final String VOCAB = """
            @prefix ex: <http://example.org/vocab#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            ex:B rdfs:label "B"@en .
            ex:A a owl:Class ; rdfs:subClassOf [ a owl:Restriction ; owl:onProperty ex:p ; owl:someValuesFrom ex:B ] .
            """;

    @TempDir
    Path dir;

    private Path input;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void writeInput() throws IOException {
        input = dir.resolve("vocab.ttl");
        Files.writeString(input, VOCAB);
    }

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new ExportCommand(stdout));
        cmd.setErr(new PrintWriter(stderr, true));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        return cmd.execute(args);
    }

    private static Graph parse(String text, Lang lang) {
        return RDFParser.fromString(text, lang).toGraph();
    }

    @Test
    void writesCanonicalTurtleByDefault() throws IOException {
        Path out = dir.resolve("out/vocab-canonical.ttl");
        assertEquals(0, run(input.toString(), "-o", out.toString()));
        Graph source = parse(VOCAB, Lang.TURTLE);
        assertEquals(CanonicalTurtleWriter.toString(source, source.getPrefixMapping()), Files.readString(out));
        assertEquals("", stderr.toString());
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "temporary file left behind");
        }
    }

    @Test
    void writesOtherFormatsToStandardOutput() {
        assertEquals(0, run(input.toString(), "--format", "NT", "--output", "-"));
        String nt = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(parse(VOCAB, Lang.TURTLE).isIsomorphicWith(parse(nt, Lang.NTRIPLES)), nt);
    }

    @Test
    void overwritesAnExistingOutputFile() throws IOException {
        Path out = dir.resolve("vocab.jsonld");
        Files.writeString(out, "stale");
        assertEquals(0, run(input.toString(), "-f", "json-ld", "-o", out.toString()));
        assertTrue(parse(VOCAB, Lang.TURTLE).isIsomorphicWith(parse(Files.readString(out), Lang.JSONLD)));
    }

    @Test
    void badInputGivesOneLineAndExitCodeOne() throws IOException {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix ex: <http://example.org/> .\nex:a ex:b .\n");
        Path out = dir.resolve("never.ttl");
        assertEquals(1, run(bad.toString(), "-o", out.toString()));
        String err = stderr.toString();
        assertTrue(err.startsWith("medvocab export: " + bad + ": line 2, column "), err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void missingInputFileIsReported() {
        Path missing = dir.resolve("missing.ttl");
        assertEquals(1, run(missing.toString(), "-o", "-"));
        assertEquals("medvocab export: " + missing + ": no such file", stderr.toString().strip());
    }

    @Test
    void unwritableOutputIsReported() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertEquals(1, run(input.toString(), "-o", blocker.resolve("sub/out.ttl").toString()));
        String err = stderr.toString();
        assertTrue(err.startsWith("medvocab export: " + blocker.resolve("sub/out.ttl") + ": "), err);
        assertEquals(1, err.lines().count(), err);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run(input.toString(), "-f", "n3", "-o", "-"));
        assertTrue(stderr.toString().contains("expected one of: turtle, ttl"), stderr.toString());
        assertEquals(2, run(input.toString()));
    }
}

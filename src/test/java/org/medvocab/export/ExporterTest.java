package org.medvocab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.export.CanonicalTurtleWriterTest.RICH;
import static org.medvocab.export.CanonicalTurtleWriterTest.parse;
import static org.medvocab.export.CanonicalTurtleWriterTest.relabelAndShuffle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ExporterTest {

    @TempDir
    Path dir;

    private static byte[] export(Graph g, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(g, g.getPrefixMapping(), format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatRoundTripsToAnIsomorphicGraph(ExportFormat format) {
        Graph g = parse(RICH);
        byte[] bytes = export(g, format);
        Graph back = RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), format.lang()).toGraph();
        assertTrue(g.isIsomorphicWith(back),
                () -> format + " output not isomorphic:\n" + new String(bytes, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatIsReadBackByExporterRead(ExportFormat format) throws IOException {
        Graph g = parse(RICH);
        Path file = dir.resolve("vocab." + format.extension());
        Files.write(file, export(g, format));
        Exporter.LoadedGraph loaded = Exporter.read(file);
        assertTrue(g.isIsomorphicWith(loaded.graph()), format::toString);
    }

    @Test
    void owlFilesAreReadAsRdfXml() throws IOException {
        Graph g = parse(RICH);
        Path file = dir.resolve("vocab.owl");
        Files.write(file, export(g, ExportFormat.fromName("owl")));
        assertTrue(g.isIsomorphicWith(Exporter.read(file).graph()));
    }

    @Test
    void readKeepsThePrefixesOfTheFile() throws IOException {
        Path file = dir.resolve("v.ttl");
        Files.writeString(file, RICH);
        Exporter.LoadedGraph loaded = Exporter.read(file);
        assertEquals("http://example.org/vocab#", loaded.prefixes().getNsPrefixURI("ex"));
        assertEquals("http://unused.example/", loaded.prefixes().getNsPrefixURI("unused"));
        assertEquals(parse(RICH).size(), loaded.graph().size());
    }

    @Test
    void ntriplesAreSortedAndIndependentOfOrderAndLabels() {
        Graph g = parse(RICH);
        String nt = new String(export(g, ExportFormat.NTRIPLES), StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(nt.split("\n"));
        assertEquals(g.size(), lines.size());
        assertEquals(lines.stream().sorted().toList(), lines);
        for (long seed = 0; seed < 5; seed++) {
            assertEquals(nt, new String(export(relabelAndShuffle(g, seed), ExportFormat.NTRIPLES),
                    StandardCharsets.UTF_8));
        }
        assertTrue(nt.contains("<http://example.org/vocab#thing(1)> <http://example.org/vocab#weight> "
                + "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"), nt);
        assertTrue(nt.contains("\"abc\" .\n"), "xsd:string written plain");
    }

    @Test
    void turtleIsTheCanonicalWriterOutput() {
        Graph g = parse(RICH);
        assertEquals(CanonicalTurtleWriter.toString(g, g.getPrefixMapping()),
                new String(export(g, ExportFormat.TURTLE), StandardCharsets.UTF_8));
    }

    @Test
    void rdfXmlAndJsonLdUseThePrefixes() {
        Graph g = parse(RICH);
        String xml = new String(export(g, ExportFormat.RDFXML), StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns:owl=\"http://www.w3.org/2002/07/owl#\""), xml);
        String json = new String(export(g, ExportFormat.JSONLD), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"@context\""), json);
        assertTrue(json.contains("\"owl\""), json);
    }

    @ParameterizedTest
    @CsvSource({
        "turtle, TURTLE", "TTL, TURTLE", "Turtle, TURTLE",
        "ntriples, NTRIPLES", "nt, NTRIPLES",
        "rdfxml, RDFXML", "xml, RDFXML", "OWL, RDFXML",
        "jsonld, JSONLD", "json-ld, JSONLD", "JSON-LD, JSONLD"
    })
    void formatNamesAreCaseInsensitive(String name, ExportFormat expected) {
        assertEquals(expected, ExportFormat.fromName(name));
    }

    @Test
    void unknownFormatNameListsTheAcceptedNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.fromName("n3"));
        assertTrue(e.getMessage().contains("'n3'"), e.getMessage());
        for (String name : List.of("turtle", "ttl", "ntriples", "nt", "rdfxml", "xml", "owl", "jsonld", "json-ld")) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.fromName(null));
    }

    @Test
    void formatsHaveExtensions() {
        assertEquals("ttl", ExportFormat.TURTLE.extension());
        assertEquals("nt", ExportFormat.NTRIPLES.extension());
        assertEquals("rdf", ExportFormat.RDFXML.extension());
        assertEquals("jsonld", ExportFormat.JSONLD.extension());
        assertEquals("text/turtle", ExportFormat.TURTLE.contentType());
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.ttl");
        Files.writeString(file, "@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c ;\n  ex:d \"x\" \"y\" .\n");
        Exporter.ReadException e = assertThrows(Exporter.ReadException.class, () -> Exporter.read(file));
        assertEquals(file, e.file());
        assertEquals(4, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().startsWith(file + ": line 4, column "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void undeclaredPrefixIsAnError() throws IOException {
        Path file = dir.resolve("undeclared.ttl");
        Files.writeString(file, "ex:a ex:b ex:c .\n");
        Exporter.ReadException e = assertThrows(Exporter.ReadException.class, () -> Exporter.read(file));
        assertEquals(1, e.line());
        assertTrue(e.reason().toLowerCase().contains("prefix"), e.getMessage());
    }

    @Test
    void badRdfXmlAndJsonLdFailWithTheFileName() throws IOException {
        Path xml = dir.resolve("bad.rdf");
        Files.writeString(xml, "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<oops>\n</rdf:RDF>\n");
        Exporter.ReadException e1 = assertThrows(Exporter.ReadException.class, () -> Exporter.read(xml));
        assertTrue(e1.getMessage().startsWith(xml.toString() + ": "), e1.getMessage());

        Path json = dir.resolve("bad.jsonld");
        Files.writeString(json, "{ \"@id\": \"http://example.org/a\", ");
        Exporter.ReadException e2 = assertThrows(Exporter.ReadException.class, () -> Exporter.read(json));
        assertTrue(e2.getMessage().startsWith(json.toString() + ": "), e2.getMessage());
        assertFalse(e2.getMessage().contains("\n"));
    }

    @Test
    void missingFileAndUnknownExtensionAreReported() throws IOException {
        Path missing = dir.resolve("nope.ttl");
        Exporter.ReadException e1 = assertThrows(Exporter.ReadException.class, () -> Exporter.read(missing));
        assertEquals(missing + ": no such file", e1.getMessage());

        Path unknown = dir.resolve("vocab.docx");
        Files.writeString(unknown, "whatever");
        Exporter.ReadException e2 = assertThrows(Exporter.ReadException.class, () -> Exporter.read(unknown));
        assertTrue(e2.getMessage().startsWith(unknown + ": unknown RDF syntax"), e2.getMessage());

        Exporter.ReadException e3 = assertThrows(Exporter.ReadException.class, () -> Exporter.read(dir));
        assertTrue(e3.getMessage().contains("directory"), e3.getMessage());
    }
}

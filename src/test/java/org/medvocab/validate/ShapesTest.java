package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes files: packaged defaults, loading a folder, and what every shape must carry. */
class ShapesTest {
    static final Path CHECKOUT = Path.of("shapes");

    @TempDir Path tmp;

    @Test void defaultFilesAreEveryTurtleFileOfTheShapesFolder() throws IOException {
        Set<String> inFolder;
        try (Stream<Path> s = Files.list(CHECKOUT)) {
            inFolder = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(inFolder, new TreeSet<>(Shapes.DEFAULT_FILES), "register new shapes files in Shapes.DEFAULT_FILES");
    }

    @Test void packagedDefaultsAreTheShapesOfTheCheckout() {
        assertTrue(Shapes.defaults().isIsomorphicWith(Shapes.load(CHECKOUT)));
    }

    @Test void defaultsAreACopy() {
        Graph g = Shapes.defaults();
        int size = g.size();
        g.clear();
        assertEquals(size, Shapes.defaults().size());
    }

    @Test void everyShapeHasAStableIriALabelACommentAMessageAndASeverity() {
        Graph g = Shapes.defaults();
        List<Shape> shapes = targeted(g);
        assertTrue(shapes.size() >= 30, "shapes: " + shapes.size());
        for (Shape s : shapes) {
            Node n = s.getShapeNode();
            assertTrue(n.isURI() && n.getURI().startsWith(Shapes.NS), "shape without an mvs: IRI: " + n);
            assertEquals(1, objects(g, n, SHACL.message).size(), "one sh:message: " + n);
            assertTrue(objects(g, n, SHACL.message).get(0).getLiteralLexicalForm().length() > 40, "a message in words: " + n);
            assertEquals(1, objects(g, n, RDFS.label.asNode()).size(), "rdfs:label: " + n);
            assertEquals(1, objects(g, n, RDFS.comment.asNode()).size(), "rdfs:comment: " + n);
            List<Node> severity = objects(g, n, SHACL.severity);
            assertEquals(1, severity.size(), "explicit sh:severity: " + n);
            assertTrue(severity.get(0).equals(SHACL.Violation) || severity.get(0).equals(SHACL.Warning), n.toString());
        }
        // no two shapes share a message: a message tells which check failed
        Set<String> messages = new TreeSet<>();
        for (Shape s : shapes) assertTrue(messages.add(objects(g, s.getShapeNode(), SHACL.message).get(0).getLiteralLexicalForm()));
    }

    @Test void theWarningsAreTheQualityChecks() {
        Graph g = Shapes.defaults();
        Set<String> warnings = targeted(g).stream()
            .filter(s -> objects(g, s.getShapeNode(), SHACL.severity).contains(SHACL.Warning))
            .map(s -> s.getShapeNode().getLocalName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("ConceptHasDefinition", "OrphanConcept", "ConceptHasSource",
            "RelationValueKindKnown", "OneKindPerConcept")), warnings);
    }

    @Test void eachShapesFileWorksOnItsOwn() {
        for (String f : Shapes.DEFAULT_FILES) {
            Graph shapes = Shapes.load(CHECKOUT.resolve(f));
            assertFalse(targeted(shapes).isEmpty(), f);
            assertTrue(Validator.validate(Fixtures.load("valid.ttl"), shapes).rows().isEmpty(), f);
        }
    }

    @Test void aFolderIsReadTurtleFilesOnly() throws IOException {
        Files.copy(CHECKOUT.resolve("skos.ttl"), tmp.resolve("skos.ttl"));
        Files.writeString(tmp.resolve("README.md"), "# not Turtle\n");
        Files.writeString(tmp.resolve("notes.txt"), "@@@ not Turtle either\n");
        Graph g = Shapes.load(tmp);
        assertTrue(g.isIsomorphicWith(Shapes.load(CHECKOUT.resolve("skos.ttl"))));
    }

    @Test void aMissingFolderIsReported() {
        ShapesException e = assertThrows(ShapesException.class, () -> Shapes.load(tmp.resolve("gone")));
        assertTrue(e.getMessage().contains("gone") && e.getMessage().contains("no such folder"), e.getMessage());
    }

    @Test void aFolderWithoutTurtleFilesIsReported() {
        ShapesException e = assertThrows(ShapesException.class, () -> Shapes.load(tmp));
        assertTrue(e.getMessage().contains("no shapes"), e.getMessage());
    }

    @Test void badTurtleIsReportedWithTheFileAndLine() throws IOException {
        Files.writeString(tmp.resolve("a.ttl"), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a> sh:path \n");
        ShapesException e = assertThrows(ShapesException.class, () -> Shapes.load(tmp));
        assertTrue(e.getMessage().startsWith(tmp.resolve("a.ttl").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test void badShaclIsReported() throws IOException {
        Files.writeString(tmp.resolve("a.ttl"), """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <https://example.org/> .
            ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT $this WHERE { this is not SPARQL" ] .
            """);
        ShapesException e = assertThrows(ShapesException.class, () -> Shapes.load(tmp));
        assertTrue(e.getMessage().contains("not valid SHACL"), e.getMessage());
    }

    @Test void turtleWithoutShapesIsReported() throws IOException {
        Files.writeString(tmp.resolve("a.ttl"), "<https://example.org/a> <https://example.org/b> \"c\" .\n");
        ShapesException e = assertThrows(ShapesException.class, () -> Shapes.load(tmp));
        assertTrue(e.getMessage().contains("no SHACL shapes"), e.getMessage());
    }

    @Test void shapeIriHelper() {
        assertEquals(NodeFactory.createURI("https://w3id.org/medvocab/shapes#NoBroaderCycle"), Validator.shape("NoBroaderCycle"));
        assertNotNull(Shapes.defaults().find(Validator.shape("NoBroaderCycle"), Node.ANY, Node.ANY).next());
    }

    static List<Shape> targeted(Graph g) {
        return org.apache.jena.shacl.Shapes.parse(g).getTargetShapes().stream().toList();
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}

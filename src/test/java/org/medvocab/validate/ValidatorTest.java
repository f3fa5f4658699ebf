package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.medvocab.model.Converter;
import org.medvocab.model.VocabularyConfig;

/** The vocabularies medvocab generates pass the shapes; results carry what an editor needs. */
class ValidatorTest {
    static final String EX = "https://example.org/vocab/";

    // ---- generated vocabularies ---------------------------------------------------------------------

    @Test void theVocabularyGeneratedFromTheCorpusHasNoViolations() {
        Converter.Result r = new Converter(VocabularyConfig.defaults()).convert(List.of(Path.of("corpus")));
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        assertNoViolations(Validator.validate(r.graph(), Shapes.defaults(), r.prefixes()));
    }

    @Test void theCommittedCorpusVocabularyTogetherWithTheCoreOntologyHasNoViolations() throws Exception {
        // the store (a later issue) loads a vocabulary next to ontology/core.ttl, which it imports
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("ontology/medvocab.ttl")).lang(Lang.TURTLE).parse(g);
        assertNoViolations(Validator.validate(g));
        try (InputStream core = getClass().getClassLoader().getResourceAsStream("org/medvocab/ontology/core.ttl")) {
            RDFParser.source(core).lang(Lang.TURTLE).parse(g);
        }
        assertNoViolations(Validator.validate(g));
    }

    @Test void theVocabularyGeneratedFromTheSeedsHasNoViolations() {
        Path seeds = Path.of("../shared/seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds not present");
        Converter.Result r = new Converter(VocabularyConfig.defaults()).convert(List.of(seeds));
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        assertNoViolations(Validator.validate(r.graph(), Shapes.defaults(), r.prefixes()));
    }

    static void assertNoViolations(ValidationResult r) {
        assertEquals(0, r.violations(), () -> ReportWriter.text(r));
        assertTrue(r.conforms());
    }

    // ---- rows -------------------------------------------------------------------------------------------

    @Test void rowsCarryLabelsPathValueAndTheShapesMessage() {
        ValidationResult r = Validator.validate(Fixtures.load("no-broader-cycle.ttl"));
        ValidationRow row = r.rows().stream().filter(x -> x.focus().getURI().equals(EX + "pump")).findFirst().orElseThrow();
        assertEquals(Validator.shape("NoBroaderCycle"), row.shape());
        assertEquals(Severity.VIOLATION, row.severity());
        assertEquals("pump", row.focusLabel());
        assertEquals("http://www.w3.org/2004/02/skos/core#broader", row.property().getURI());
        assertEquals("skos:broader", row.pathString(r.prefixes()));
        assertEquals(NodeFactory.createURI(EX + "infusion-pump"), row.value());
        assertEquals("infusion pump", row.valueLabel());
        assertTrue(row.message().startsWith("The broader hierarchy goes round in a circle"), row.message());
        assertEquals("no cycle in the broader hierarchy", r.shapeLabel(row.shape()));
    }

    @Test void aNodeLevelCheckHasNoValue() {
        // SHACL reports the focus node as the value of a SPARQL constraint that binds no ?value; that is not shown
        ValidationRow row = Validator.validate(Fixtures.load("concept-has-source.ttl")).rows().get(0);
        assertEquals(EX + "pump", row.focus().getURI());
        assertNull(row.value());
        assertNull(row.valueLabel());
    }

    @Test void rowsAreOrderedViolationsFirstThenByShapeAndLabel() {
        ValidationResult r = Validator.validate(Fixtures.cycleAndValveWithoutDefinition());
        List<String> order = r.rows().stream().map(x -> x.severity() + " " + x.shape().getLocalName() + " " + x.focusLabel()).toList();
        assertEquals(List.of("VIOLATION NoBroaderCycle infusion pump", "VIOLATION NoBroaderCycle pump",
            "WARNING ConceptHasDefinition valve"), order);
        assertEquals(2, r.violations());
        assertEquals(1, r.warnings());
        assertEquals(0, r.infos());
        assertEquals("2 violations, 1 warning", r.summary());
        assertEquals(List.of(Validator.shape("NoBroaderCycle"), Validator.shape("ConceptHasDefinition")), List.copyOf(r.byShape().keySet()));
    }

    @Test void onlyViolationsFailAVocabulary() {
        ValidationResult warnings = Validator.validate(Fixtures.load("orphan-concept.ttl"));
        assertTrue(warnings.conforms());
        assertEquals("0 violations, 1 warning", warnings.summary());
        ValidationResult violations = Validator.validate(Fixtures.load("concept-in-scheme.ttl"));
        assertTrue(!violations.conforms());
        assertEquals("1 violation, 0 warnings", violations.summary());
    }

    @Test void severities() {
        assertEquals(Severity.WARNING, Severity.of(SHACL.Warning));
        assertEquals(Severity.INFO, Severity.of(SHACL.Info));
        assertEquals(Severity.VIOLATION, Severity.of(SHACL.Violation));
        assertEquals(Severity.VIOLATION, Severity.of(NodeFactory.createURI("https://example.org/Severe")), "custom severity");
        assertEquals("1 info", Severity.INFO.count(1));
        assertEquals("Warning", Severity.WARNING.title());
    }

    @Test void labelsPreferEnglishThenUntaggedThenRdfsLabel() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://example.org/a> skos:prefLabel "Pumpe"@de , "pump"@en .
            <https://example.org/b> skos:prefLabel "Pumpe"@de , "pump" .
            <https://example.org/c> rdfs:label "pump"@en .
            """, Lang.TURTLE).parse(g);
        assertEquals("pump", Validator.label(g, NodeFactory.createURI("https://example.org/a")));
        assertEquals("pump", Validator.label(g, NodeFactory.createURI("https://example.org/b")));
        assertEquals("pump", Validator.label(g, NodeFactory.createURI("https://example.org/c")));
        assertNull(Validator.label(g, NodeFactory.createURI("https://example.org/d")));
    }
}

package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.bench.SyntheticVocabulary;
import org.medvocab.export.Exporter;

/**
 * The Java checks of the built-in shapes give Jena SHACL's report, entry for entry (shape, severity, focus, path,
 * value, constraint component, message), on a generated vocabulary into which a violation of every shape is written,
 * and they are used only for shapes equal to the built-in ones.
 */
class ShapeChecksTest {
    @TempDir Path tmp;

    private static final org.apache.jena.shacl.Shapes SHAPES = Shapes.parse(Shapes.defaults(), "shapes");
    private static final String C = SyntheticVocabulary.BASE + "c";

    /**
     * A generated vocabulary of 600 concepts (concept i is of kind i mod 6: device, procedure, condition, anatomical
     * structure, mechanism, substance) broken in every way a shape reports.
     */
    private Graph broken() {
        return broken(tmp);
    }

    /** {@link #broken()}, written in {@code dir}. */
    static Graph broken(Path dir) {
        Path f = dir.resolve("v.nt");
        SyntheticVocabulary.write(f, 600, 5);
        Graph g = Exporter.read(f).graph();
        Node c100 = NodeFactory.createURI(C + "100"), c101 = NodeFactory.createURI(C + "101"), c102 = NodeFactory.createURI(C + "102");
        g.remove(c100, DCTerms.source.asNode(), Node.ANY);     // ConceptHasSource
        g.remove(c101, RDFS.label.asNode(), Node.ANY);         // PunnedClassHasLabel
        g.remove(c102, RDFS.subClassOf.asNode(), Node.ANY);    // BroaderMirroredBySubClassOf
        g.remove(Node.ANY, SKOS.narrower.asNode(), NodeFactory.createURI(C + "103"));   // BroaderHasNarrower
        g.remove(NodeFactory.createURI(C + "104"), SKOS.prefLabel.asNode(), Node.ANY);  // ConceptHasPrefLabel
        g.remove(NodeFactory.createURI(C + "105"), SKOS.inScheme.asNode(), Node.ANY);   // ConceptInScheme
        g.remove(NodeFactory.createURI(C + "106"), SKOS.definition.asNode(), Node.ANY); // ConceptHasDefinition
        RDFParser.fromString(BREAKS, Lang.TURTLE).parse(g);
        return g;
    }

    /** Violations of every shape, written on concepts 300–599 (devices are c300, c306 …; conditions c302 …). */
    private static final String BREAKS = """
        @prefix :     <https://w3id.org/medvocab/bench/> .
        @prefix mvo:  <https://w3id.org/medvocab/core#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix owl:  <http://www.w3.org/2002/07/owl#> .
        @prefix dct:  <http://purl.org/dc/terms/> .
        @prefix ontolex: <http://www.w3.org/ns/lemon/ontolex#> .
        @prefix lexicog: <http://www.w3.org/ns/lemon/lexicog#> .
        # relation values of the wrong kind, of no kind, a literal value
        :c300 mvo:indication :c303 , :c302 ; mvo:risk :c306 , :nowhere , "a literal" ; mvo:insertionSite :c302 ;
              mvo:location :c300 ; mvo:component :c302 , :c312 ; mvo:mechanism :c301 , :c304 .
        :c306 mvo:risk :c306 ; mvo:indication mvo:Device .
        # two kinds
        :c312 skos:broader :c302 ; rdfs:subClassOf :c302 . :c302 skos:narrower :c312 .
        # definitions not traced: no axiom, an axiom with a source that is no document, a core resource (exempt)
        :c318 skos:definition "An untraced definition."@en .
        :c324 skos:definition "A definition with a bad source."@en .
        [] a owl:Axiom ; owl:annotatedSource :c324 ; owl:annotatedProperty skos:definition ;
           owl:annotatedTarget "A definition with a bad source."@en ; dct:source :c330 .
        mvo:Extra a skos:Concept ; skos:inScheme <https://w3id.org/medvocab/bench> ; skos:prefLabel "extra"@en ;
           skos:definition "Exempt from sources."@en ; skos:broader mvo:Device .
        # a document class below mvo:SourceDocument traces a definition
        :Leaflet rdfs:subClassOf mvo:SourceDocument . :leaflet a :Leaflet .
        :c336 skos:definition "Traced through a subclass."@en .
        [] a owl:Axiom ; owl:annotatedSource :c336 ; owl:annotatedProperty skos:definition ;
           owl:annotatedTarget "Traced through a subclass."@en ; dct:source :leaflet .
        # labels: shared in the scheme, two per language, no language, not a literal, empty, spaces, control characters
        :c342 skos:prefLabel "shared label"@en . :c348 skos:prefLabel "shared label"@en .
        :c354 skos:altLabel "untagged" ; rdfs:label :c300 ; skos:hiddenLabel "   "@en , "\\u00A0"@en .
        :c360 skos:altLabel " leading"@en , "trailing\\t"@en , "bell\\u0007inside"@en , "line\\nbreak"@en ; skos:hiddenLabel ""@en .
        :c366 skos:altLabel "same text"@en ; skos:hiddenLabel "same text"@en .
        :c492 skos:prefLabel "pref alt"@en ; skos:altLabel "pref alt"@en .
        :c498 skos:prefLabel "pref hidden"@en ; skos:hiddenLabel "pref hidden"@en .
        # top concepts with broader concepts
        mvo:Device skos:broader :c300 . <https://w3id.org/medvocab/bench> skos:hasTopConcept :c372 .
        # inverses missing
        :c378 skos:narrower :c384 .
        # cycles: a three-concept broader cycle, a broader self-link, a subClassOf cycle and self-link
        :c390 skos:broader :c396 . :c396 skos:broader :c402 . :c402 skos:broader :c390 .
        :c408 skos:broader :c408 .
        :c414 rdfs:subClassOf :c420 . :c420 rdfs:subClassOf :c414 . :c426 rdfs:subClassOf :c426 .
        # related to an ancestor, to a descendant, through broaderTransitive; exact match clashes
        :c444 skos:related :c432 , :c438 , mvo:Device . :c438 skos:broader :c444 .
        :c450 skos:broaderTransitive :c456 ; skos:related :c456 .
        :c462 skos:exactMatch :c468 , :c474 ; skos:broadMatch :c468 . :c474 skos:narrowMatch :c462 .
        # an orphan, a subClassOf without broader, a concept through a subclass of skos:Concept, an owl:Class subclass
        :orphan a skos:Concept ; skos:inScheme <https://w3id.org/medvocab/bench> ; skos:prefLabel "orphan"@en ; dct:source :nodoc .
        :c480 rdfs:subClassOf :c486 .
        :Special rdfs:subClassOf skos:Concept . :special a :Special , owl:Class ; skos:prefLabel "special"@en , "especial"@en .
        :MyClass rdfs:subClassOf owl:Class . :mine a :MyClass , skos:Concept .
        # lexicon: an entry without a form, a form with two written forms and no tag, a sense without a concept
        :entry a ontolex:LexicalEntry . :entry2 a ontolex:LexicalEntry ; ontolex:canonicalForm :form .
        :form ontolex:writtenRep "one"@en , "two" . :sense a ontolex:LexicalSense ; ontolex:reference :c999 .
        :dict a lexicog:Entry .
        """;

    @Test void sameReportAsJenaWithAViolationOfEveryShape() {
        Graph g = broken();
        ValidationReport jena = ShaclValidator.get().validate(SHAPES, g);
        assertEquals(BulkSparqlTest.entries(jena), BulkSparqlTest.entries(BulkSparql.validate(SHAPES, g)));
        Set<String> reported = new TreeSet<>();
        jena.getEntries().forEach(e -> reported.add(e.source().getLocalName()));
        Set<String> all = new TreeSet<>();
        SHAPES.getTargetShapes().forEach(s -> all.add(s.getShapeNode().getLocalName()));
        assertEquals(all, reported, "every shape reports something");
    }

    @Test void sameReportOnAValidGeneratedVocabularyAndTheFixtures() {
        Path f = tmp.resolve("ok.nt");
        SyntheticVocabulary.write(f, 2_000, 3);
        Graph g = Exporter.read(f).graph();
        assertEquals(BulkSparqlTest.entries(ShaclValidator.get().validate(SHAPES, g)), BulkSparqlTest.entries(BulkSparql.validate(SHAPES, g)));
        for (String name : Fixtures.names()) {
            Graph fx = Fixtures.load(name);
            assertEquals(BulkSparqlTest.entries(ShaclValidator.get().validate(SHAPES, fx)), BulkSparqlTest.entries(BulkSparql.validate(SHAPES, fx)), name);
        }
    }

    @Test void everyBuiltInSparqlShapeHasACheck() {
        int checked = 0;
        for (Shape s : SHAPES.getTargetShapes()) {
            boolean sparql = s.getConstraints().stream().anyMatch(c -> c instanceof SparqlConstraint);
            if (!sparql) {
                assertNull(ShapeChecks.of(s), s.getShapeNode().toString());
                continue;
            }
            assertNotNull(ShapeChecks.of(s), "no check for " + s.getShapeNode());
            assertTrue(BulkSparql.eligible(SHAPES.getGraph(), s), "checked shapes must be eligible: " + s.getShapeNode());
            checked++;
        }
        assertEquals(ShapeChecks.TABLE.size(), checked, "every check is of a built-in shape");
    }

    /** The built-in shapes with the cycle shape's query changed (a path of two links only) and another shape's message. */
    static org.apache.jena.shacl.Shapes edited() {
        Graph shapes = Shapes.defaults();
        Node cycle = Validator.shape("NoBroaderCycle"), orphan = Validator.shape("OrphanConcept");
        Node select = org.apache.jena.shacl.vocabulary.SHACL.select;
        Node sparql = shapes.find(cycle, org.apache.jena.shacl.vocabulary.SHACL.sparql, Node.ANY).next().getObject();
        String q = shapes.find(sparql, select, Node.ANY).next().getObject().getLiteralLexicalForm();
        shapes.remove(sparql, select, Node.ANY);
        shapes.add(sparql, select, NodeFactory.createLiteralString(q.replace("skos:broader+ $this", "skos:broader/skos:broader $this")));
        Node message = org.apache.jena.shacl.vocabulary.SHACL.message;
        shapes.remove(orphan, message, Node.ANY);
        shapes.add(orphan, message, NodeFactory.createLiteralLang("An edited message.", "en"));
        return Shapes.parse(shapes, "edited");
    }

    @Test void anEditedShapeIsValidatedByItsQuery() {
        org.apache.jena.shacl.Shapes edited = edited();
        Node cycle = Validator.shape("NoBroaderCycle"), orphan = Validator.shape("OrphanConcept");
        for (Shape s : edited.getTargetShapes()) {
            if (s.getShapeNode().equals(cycle) || s.getShapeNode().equals(orphan)) assertNull(ShapeChecks.of(s), s.getShapeNode().toString());
        }
        Graph g = broken();
        List<String> jena = BulkSparqlTest.entries(ShaclValidator.get().validate(edited, g));
        assertEquals(jena, BulkSparqlTest.entries(BulkSparql.validate(edited, g)));
        assertTrue(jena.stream().anyMatch(l -> l.contains("An edited message.")));
        // the three-concept cycle is not found by a path of two links; the self-link is
        assertFalse(jena.stream().anyMatch(l -> l.startsWith(cycle.getURI() + " ") && l.contains(C + "390 ")), String.join("\n", jena));
        assertTrue(jena.stream().anyMatch(l -> l.startsWith(cycle.getURI() + " ") && l.contains(C + "408 ")));
    }

    @Test void deactivatedShapesStayQuietAsInJena() {
        Graph shapes = Shapes.defaults();
        Node deactivated = org.apache.jena.shacl.vocabulary.SHACL.deactivated;
        for (String name : List.of("OrphanConcept", "NoBroaderCycle", "ConceptHasDefinition")) {
            shapes.add(Validator.shape(name), deactivated, NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
        }
        org.apache.jena.shacl.Shapes edited = Shapes.parse(shapes, "deactivated");
        Graph g = broken();
        List<String> jena = BulkSparqlTest.entries(ShaclValidator.get().validate(edited, g));
        assertEquals(jena, BulkSparqlTest.entries(BulkSparql.validate(edited, g)));
        assertFalse(jena.stream().anyMatch(l -> l.contains("#OrphanConcept ") || l.contains("#NoBroaderCycle ")
            || l.contains("#ConceptHasDefinition ")));
    }

    @Test void theCheckedReportStillFindsWhatTheShapesSay() {
        ValidationResult r = Validator.validate(broken(), Shapes.defaults());
        assertTrue(r.rows().stream().anyMatch(row -> row.shape().equals(Validator.shape("NoBroaderCycle"))
            && row.focus().getURI().equals(C + "390") && row.value().getURI().equals(C + "396")));
        assertTrue(r.rows().stream().anyMatch(row -> row.shape().equals(Validator.shape("OneKindPerConcept"))
            && row.focus().getURI().equals(C + "312")));
        assertFalse(r.rows().stream().anyMatch(row -> row.shape().equals(Validator.shape("DefinitionHasSource"))
            && row.focus().getURI().equals(C + "336")), "a subclass of mvo:SourceDocument traces a definition");
    }
}

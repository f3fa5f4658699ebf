package org.medvocab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks ontology/core.ttl against the constants of {@link MVO}. Runs with the repository root as working directory. */
class CoreOntologyTest {

    private static final Path CORE = Path.of("ontology/core.ttl");

    private static final List<Node> TOP_CLASSES = List.of(
            MVO.Device, MVO.Procedure, MVO.Condition, MVO.AnatomicalStructure, MVO.BiologicalMechanism, MVO.Substance);
    private static final List<Node> RELATIONS = List.of(
            MVO.indication, MVO.risk, MVO.insertionSite, MVO.location, MVO.component, MVO.mechanism);
    private static final List<Node> ANNOTATIONS = List.of(
            MVO.evidence, MVO.evidenceStart, MVO.evidenceEnd, MVO.qualifier, MVO.senseQualifier, MVO.documentKind);

    private static final Node TYPE = RDF.Nodes.type;
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node DEFINITION = SKOS.definition.asNode();
    private static final Node CORE_SCHEME = NodeFactory.createURI(MVO.NS + "CoreScheme");
    private static final Node RANGE_INCLUDES = NodeFactory.createURI("http://schema.org/rangeIncludes");

    private static Graph graph;

    @BeforeAll
    static void load() {
        graph = RDFParser.source(CORE).toGraph();
    }

    private static List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static boolean has(Node s, Node p, Node o) {
        return graph.contains(s, p, o);
    }

    /** The members of the RDF list that starts at {@code head}. */
    private static List<Node> rdfList(Node head) {
        List<Node> members = new ArrayList<>();
        for (Node n = head; !n.equals(RDF.Nodes.nil); ) {
            List<Node> first = objects(n, RDF.Nodes.first);
            List<Node> rest = objects(n, RDF.Nodes.rest);
            assertEquals(1, first.size(), "rdf:first");
            assertEquals(1, rest.size(), "rdf:rest");
            members.add(first.get(0));
            n = rest.get(0);
        }
        return members;
    }

    /** Every public static Node constant of MVO. */
    private static List<Field> nodeConstants() {
        List<Field> fields = new ArrayList<>();
        for (Field f : MVO.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == Node.class) {
                fields.add(f);
            }
        }
        return fields;
    }

    @Test
    void parses() {
        assertFalse(graph.isEmpty());
    }

    @Test
    void shipsOnTheClasspath() throws Exception {
        try (InputStream in = CoreOntologyTest.class.getResourceAsStream("/org/medvocab/ontology/core.ttl")) {
            assertNotNull(in, "core.ttl is packaged as org/medvocab/ontology/core.ttl");
            Graph packaged = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            assertEquals(graph.size(), packaged.size());
        }
    }

    @Test
    void ontologyHeader() {
        Node ontology = NodeFactory.createURI(MVO.ONTOLOGY_IRI);
        assertTrue(has(ontology, TYPE, OWL2.Ontology.asNode()));
        assertTrue(has(ontology, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString("0.1.0")));
        assertTrue(has(ontology, DCTerms.license.asNode(),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(has(ontology, NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespacePrefix"),
                NodeFactory.createLiteralString(MVO.PREFIX)));
        assertTrue(has(ontology, NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespaceUri"),
                NodeFactory.createLiteralString(MVO.NS)));
        assertFalse(objects(ontology, DCTerms.title.asNode()).isEmpty());
        assertFalse(objects(ontology, DCTerms.description.asNode()).isEmpty());
        assertFalse(objects(ontology, DCTerms.creator.asNode()).isEmpty());
    }

    @Test
    void everyConstantIsDeclared() throws Exception {
        List<Field> fields = nodeConstants();
        assertTrue(fields.size() >= 19, "MVO constants found by reflection: " + fields.size());
        for (Field f : fields) {
            Node node = (Node) f.get(null);
            assertFalse(objects(node, TYPE).isEmpty(), () -> "no rdf:type for MVO." + f.getName() + " " + node);
        }
    }

    @Test
    void noUndeclaredTermsInTheNamespace() throws Exception {
        Set<Node> known = new HashSet<>();
        for (Field f : nodeConstants()) {
            known.add((Node) f.get(null));
        }
        known.add(CORE_SCHEME);
        Set<Node> used = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(MVO.NS)) {
                    used.add(n);
                }
            }
        });
        used.removeAll(known);
        assertTrue(used.isEmpty(), () -> "IRIs with no MVO constant: " + used);
    }

    @Test
    void conceptScheme() {
        assertTrue(has(CORE_SCHEME, TYPE, SKOS.ConceptScheme.asNode()));
        assertFalse(objects(CORE_SCHEME, DCTerms.title.asNode()).isEmpty());
        assertEquals(Set.copyOf(TOP_CLASSES), Set.copyOf(objects(CORE_SCHEME, SKOS.hasTopConcept.asNode())));
    }

    @Test
    void topClasses() {
        for (Node c : TOP_CLASSES) {
            assertTrue(has(c, TYPE, OWL2.Class.asNode()), () -> c + " is an owl:Class");
            assertTrue(has(c, TYPE, SKOS.Concept.asNode()), () -> c + " is a skos:Concept");
            assertTrue(has(c, SKOS.topConceptOf.asNode(), CORE_SCHEME), () -> c + " is a top concept");
            assertTrue(has(c, SKOS.inScheme.asNode(), CORE_SCHEME), () -> c + " is in the scheme");

            List<Node> prefLabels = objects(c, PREF_LABEL);
            assertEquals(1, prefLabels.size(), () -> c + " prefLabels " + prefLabels);
            Node prefLabel = prefLabels.get(0);
            assertEquals("en", prefLabel.getLiteralLanguage(), () -> c + " prefLabel language");
            String label = prefLabel.getLiteralLexicalForm();
            assertEquals(label.toLowerCase(Locale.ROOT), label, "prefLabels are lower case");
            assertTrue(has(c, RDFS.label.asNode(), prefLabel), () -> c + " rdfs:label equals the prefLabel");

            List<Node> definitions = objects(c, DEFINITION);
            assertEquals(1, definitions.size(), () -> c + " definitions " + definitions);
            assertEquals("en", definitions.get(0).getLiteralLanguage());
            assertFalse(objects(c, SKOS.scopeNote.asNode()).isEmpty(), () -> c + " has a scope note");
            for (Node alt : objects(c, SKOS.altLabel.asNode())) {
                assertFalse(alt.sameValueAs(prefLabel), () -> c + " altLabel repeats the prefLabel");
            }
        }
        List<String> labels = TOP_CLASSES.stream()
                .map(c -> objects(c, PREF_LABEL).get(0).getLiteralLexicalForm()).toList();
        assertEquals(List.of("device", "procedure", "condition", "anatomical structure", "biological mechanism",
                "substance"), labels);
    }

    @Test
    void topClassesArePairwiseDisjoint() {
        List<Node> axioms = graph.find(Node.ANY, TYPE, OWL2.AllDisjointClasses.asNode())
                .mapWith(Triple::getSubject).toList();
        assertEquals(1, axioms.size());
        List<Node> members = objects(axioms.get(0), OWL2.members.asNode());
        assertEquals(1, members.size());
        List<Node> list = rdfList(members.get(0));
        assertEquals(Set.copyOf(TOP_CLASSES), Set.copyOf(list));
        assertEquals(TOP_CLASSES.size(), list.size());
    }

    @Test
    void relations() {
        for (Node p : RELATIONS) {
            assertTrue(has(p, TYPE, OWL2.ObjectProperty.asNode()), () -> p + " is an owl:ObjectProperty");
            assertTrue(has(p, RDFS.subPropertyOf.asNode(), SKOS.related.asNode()),
                    () -> p + " is rdfs:subPropertyOf skos:related");
            assertEquals(1, objects(p, PREF_LABEL).size(), () -> p + " prefLabel");
            assertFalse(objects(p, RDFS.label.asNode()).isEmpty(), () -> p + " rdfs:label");
            assertFalse(objects(p, DEFINITION).isEmpty(), () -> p + " skos:definition");
            assertTrue(objects(p, RDFS.domain.asNode()).isEmpty(), () -> p + " has no rdfs:domain");
        }
    }

    @Test
    void relationRanges() {
        Node range = RDFS.range.asNode();
        assertEquals(List.of(MVO.Condition), objects(MVO.risk, range));
        assertEquals(List.of(MVO.AnatomicalStructure), objects(MVO.insertionSite, range));
        assertEquals(List.of(MVO.AnatomicalStructure), objects(MVO.location, range));
        for (Node p : List.of(MVO.indication, MVO.component, MVO.mechanism)) {
            assertTrue(objects(p, range).isEmpty(), () -> p + " documents its kinds with schema:rangeIncludes only");
        }
        assertEquals(Set.of(MVO.Condition, MVO.Procedure), Set.copyOf(objects(MVO.indication, RANGE_INCLUDES)));
        assertEquals(Set.of(MVO.Device, MVO.Substance), Set.copyOf(objects(MVO.component, RANGE_INCLUDES)));
        assertEquals(Set.of(MVO.BiologicalMechanism, MVO.Substance, MVO.Device),
                Set.copyOf(objects(MVO.mechanism, RANGE_INCLUDES)));
    }

    @Test
    void annotationProperties() {
        for (Node p : ANNOTATIONS) {
            assertTrue(has(p, TYPE, OWL2.AnnotationProperty.asNode()), () -> p + " is an owl:AnnotationProperty");
            assertFalse(objects(p, RDFS.label.asNode()).isEmpty(), () -> p + " rdfs:label");
            assertFalse(objects(p, DEFINITION).isEmpty(), () -> p + " skos:definition");
        }
        Node nonNegative = NodeFactory.createURI("http://www.w3.org/2001/XMLSchema#nonNegativeInteger");
        assertTrue(has(MVO.evidenceStart, RDFS.range.asNode(), nonNegative));
        assertTrue(has(MVO.evidenceEnd, RDFS.range.asNode(), nonNegative));
    }

    @Test
    void sourceDocument() {
        assertTrue(has(MVO.SourceDocument, TYPE, OWL2.Class.asNode()));
        assertTrue(has(MVO.SourceDocument, RDFS.subClassOf.asNode(), DCTerms.BibliographicResource.asNode()));
        assertFalse(objects(MVO.SourceDocument, RDFS.label.asNode()).isEmpty());
        assertFalse(objects(MVO.SourceDocument, DEFINITION).isEmpty());
    }

    @Test
    void everyPropertyUsedIsDeclared() {
        // OWL 2 DL tools want every property typed; the file declares the external ones it uses.
        Set<Node> declared = graph.find(Node.ANY, TYPE, Node.ANY)
                .filterKeep(t -> Set.of(OWL2.ObjectProperty.asNode(), OWL2.AnnotationProperty.asNode(),
                        OWL2.DatatypeProperty.asNode()).contains(t.getObject()))
                .mapWith(Triple::getSubject).toSet();
        Set<String> builtIn = Set.of(RDF.getURI(), RDFS.getURI(), OWL2.getURI());
        Set<Node> undeclared = graph.find().mapWith(Triple::getPredicate).toSet().stream()
                .filter(p -> builtIn.stream().noneMatch(ns -> p.getURI().startsWith(ns)))
                .filter(p -> !declared.contains(p))
                .collect(Collectors.toSet());
        assertTrue(undeclared.isEmpty(), () -> "undeclared properties: " + undeclared);
    }
}

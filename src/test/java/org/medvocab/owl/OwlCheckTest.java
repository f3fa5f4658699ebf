package org.medvocab.owl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.medvocab.model.MVO;
import org.medvocab.model.OwlDeclarations;
import org.medvocab.model.VocabularyBuilder;
import org.w3c.dom.Element;

/** The OWL API's OWL 2 DL profile check and HermiT on the committed corpus vocabulary, core and small fixtures. */
class OwlCheckTest {

    private static final String PREFIXES = """
        @prefix : <https://example.org/v/> . @prefix mvo: <https://w3id.org/medvocab/core#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://example.org/v> a owl:Ontology, skos:ConceptScheme ; owl:imports <https://w3id.org/medvocab/core> .
        """;

    private static Graph turtle(String body) {
        return RDFParser.fromString(PREFIXES + body, Lang.TURTLE).toGraph();
    }

    @Test void corpusVocabularyIsOwl2DlAndCoherent() {
        Graph g = RDFDataMgr.loadGraph("ontology/medvocab.ttl");
        var ont = OwlCheck.load(g);
        var profile = OwlCheck.profile(ont);
        assertEquals(List.of(), profile.violations());
        assertTrue(profile.axioms() > 1000, "axioms: " + profile.axioms());
        var c = OwlCheck.classify(ont);
        assertTrue(c.consistent());
        assertEquals(List.of(), List.copyOf(c.unsatisfiable()));
        assertTrue(c.classes() > 100, "classes: " + c.classes());
    }

    @Test void coreAloneIsOwl2Dl() {
        var ont = OwlCheck.load(VocabularyBuilder.coreOntology());
        assertEquals(List.of(), OwlCheck.profile(ont).violations());
    }

    private static final List<String> EXTERNAL = List.of("http://www.w3.org/2004/02/skos/core#", "http://purl.org/",
        "http://spdx.org/", "http://schema.org/");

    /** The graph without the declarations of SKOS, Dublin Core, SPDX, VANN and schema.org terms. */
    private static Graph withoutDeclarations(Graph g) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEach(t -> {
            boolean external = t.getSubject().isURI() && EXTERNAL.stream().anyMatch(t.getSubject().getURI()::startsWith)
                && t.getPredicate().equals(RDF.Nodes.type) && t.getObject().isURI() && t.getObject().getURI().startsWith(OWL2.NS);
            if (!external) copy.add(t);
        });
        return copy;
    }

    @Test void declarationsCopiedIntoTheVocabularyMakeItDlEvenWithoutTheCore() {
        Graph emptyCore = RDFParser.fromString("<" + MVO.ONTOLOGY_IRI + "> a <" + OWL2.Ontology.getURI() + "> .", Lang.TURTLE).toGraph();
        Graph bare = withoutDeclarations(RDFDataMgr.loadGraph("ontology/medvocab.ttl"));
        bare.find(null, RDF.Nodes.type, null).toList().stream()
            .filter(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(MVO.NS)
                && !t.getObject().equals(OWL2.Class.asNode()) && t.getObject().getURI().startsWith(OWL2.NS))
            .forEach(bare::delete);
        var violations = OwlCheck.profile(OwlCheck.load(bare, emptyCore)).violations();
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("UseOfUndeclaredAnnotationProperty")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("IllegalPunning")), "a property guessed two ways");
        OwlDeclarations.declare(bare, VocabularyBuilder.coreOntology());
        assertEquals(List.of(), OwlCheck.profile(OwlCheck.load(bare, emptyCore)).violations());
    }

    @Test void aConceptOfTwoKindsIsUnsatisfiable() {
        Graph g = turtle("""
            :pump-alarm a owl:Class, skos:Concept ; rdfs:subClassOf mvo:Device, mvo:Condition .
            :stent a owl:Class, skos:Concept ; rdfs:subClassOf mvo:Device .
            """);
        var c = OwlCheck.classify(OwlCheck.load(g));
        assertTrue(c.consistent());
        assertEquals(List.of("https://example.org/v/pump-alarm"), List.copyOf(c.unsatisfiable()));
    }

    @Test void aRiskThatIsADeviceMakesItsSubjectUnsatisfiable() {
        Graph g = turtle("""
            :widget a owl:Class ; rdfs:subClassOf mvo:Device .
            :clot a owl:Class ; rdfs:subClassOf mvo:Condition .
            :bad-catheter a owl:Class ; rdfs:subClassOf mvo:Device, [ a owl:Restriction ; owl:onProperty mvo:risk ; owl:someValuesFrom :widget ] .
            :good-catheter a owl:Class ; rdfs:subClassOf mvo:Device, [ a owl:Restriction ; owl:onProperty mvo:risk ; owl:someValuesFrom :clot ] .
            """);
        var c = OwlCheck.classify(OwlCheck.load(g));
        assertEquals(List.of("https://example.org/v/bad-catheter"), List.copyOf(c.unsatisfiable()));
    }

    @Test void syntheticVocabularyIsDlAndCoherent() {
        var ont = OwlCheck.load(SyntheticVocabulary.generate(300, 7));
        assertEquals(List.of(), OwlCheck.profile(ont).violations());
        var c = OwlCheck.classify(ont);
        assertTrue(c.coherent());
        assertTrue(c.classes() >= 300);
    }

    @Test void catalogMapsTheCoreImportToTheFileBesideIt() throws Exception {
        Path catalog = Path.of("ontology/catalog-v001.xml");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(catalog.toFile());
        Element uri = (Element) doc.getElementsByTagName("uri").item(0);
        assertEquals(MVO.ONTOLOGY_IRI, uri.getAttribute("name"));
        assertTrue(Files.isRegularFile(catalog.resolveSibling(uri.getAttribute("uri"))));
    }
}

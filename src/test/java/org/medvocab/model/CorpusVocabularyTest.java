package org.medvocab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.Sparql.ask;
import static org.medvocab.Sparql.values;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medvocab.export.ExportFormat;
import org.medvocab.export.Exporter;

/** The vocabulary the default build generates from corpus/, and the committed copy of it in ontology/. */
class CorpusVocabularyTest {
    static final Path CORPUS = Path.of("corpus");
    static final Path COMMITTED = Path.of("ontology/medvocab.ttl");
    static Converter.Result result;
    static Graph g;

    @BeforeAll static void convert() {
        result = new Converter(VocabularyConfig.defaults()).withCuration(Path.of("curation")).convert(List.of(CORPUS));
        g = result.graph();
    }

    @Test void everyCorpusDocumentConverts() throws Exception {
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        long docs;
        try (var s = Files.list(CORPUS)) {
            docs = s.filter(p -> !p.getFileName().toString().startsWith("README")).count();
        }
        assertEquals(docs, result.documents());
        assertTrue(result.concepts() >= 60, "concepts: " + result.concepts());
    }

    @Test void committedVocabularyIsUpToDate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(g, result.prefixes(), ExportFormat.TURTLE, out);
        String fresh = out.toString(StandardCharsets.UTF_8);
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertTrue(fresh.equals(committed),
            "ontology/medvocab.ttl is stale: regenerate it with ./medvocab serve (or convert corpus -o ontology/medvocab.ttl, then serve)");
    }

    /** The committed fingerprint matches, so that serve in a fresh clone starts without converting. */
    @Test void committedFingerprintIsUpToDate() {
        assertEquals(java.util.Optional.empty(), org.medvocab.serve.VocabularyBuild.staleReason(COMMITTED, CORPUS,
            org.medvocab.validate.Shapes.defaults()), "ontology/medvocab.ttl.fingerprint is stale: run ./medvocab serve once and commit it");
    }

    @Test void corpusVocabularyIsWellFormedSkos() {
        assertFalse(ask(g, "ASK { ?c skos:broader+ ?c }"), "cycle in broader");
        assertFalse(ask(g, "ASK { ?a skos:broader ?b FILTER NOT EXISTS { ?b skos:narrower ?a } }"));
        assertFalse(ask(g, "ASK { ?c a skos:Concept FILTER NOT EXISTS { ?c a owl:Class } }"));
        assertFalse(ask(g, """
            ASK { ?c a skos:Concept { SELECT ?c (COUNT(?l) AS ?n) { ?c skos:prefLabel ?l } GROUP BY ?c } FILTER(?n != 1) }"""));
        assertFalse(ask(g, """
            ASK { ?a skos:prefLabel ?l . ?b skos:prefLabel ?l FILTER(?a != ?b) }"""), "two concepts share a prefLabel");
        assertFalse(ask(g, "ASK { ?a skos:related ?b . ?a skos:broader+ ?b }"), "related and broader at once");
    }

    @Test void corpusDevicesHaveTheirRelations() {
        // Written for the corpus: the intra-aortic balloon pump article states its indications and risks.
        List<String> risks = values(g, """
            SELECT ?l { ?c skos:prefLabel "intra-aortic balloon pump"@en ; mvo:risk ?r . ?r skos:prefLabel ?l }""", "l");
        assertTrue(risks.contains("bleeding"), risks.toString());
        assertTrue(ask(g, """
            ASK { ?c skos:prefLabel "intra-aortic balloon pump"@en ; skos:altLabel "IABP"@en ; mvo:indication ?i .
                  ?i skos:prefLabel "cardiogenic shock"@en }"""));
        assertTrue(ask(g, """
            ASK { ?c skos:prefLabel "Impella"@en ; skos:broader+ ?p . ?p skos:prefLabel ?l FILTER(CONTAINS(?l, "pump")) }"""));
    }
}

package org.medvocab.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.Sparql.ask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.CliRun;
import org.medvocab.curate.Decision;
import org.medvocab.curate.Overlay;

/** Releases: owl:priorVersion, and concepts of the previous release kept as deprecated (replaced when merged). */
class ReleaseOperationTest {

    private static final String PREFIXES = """
        @prefix : <https://example.org/v/> . @prefix mvo: <https://w3id.org/medvocab/core#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dct: <http://purl.org/dc/terms/> .
        """;

    private static Graph parse(String ttl) { return RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).toGraph(); }

    private static Graph previous() {
        return parse("""
            <https://example.org/v> a owl:Ontology, skos:ConceptScheme ; owl:versionIRI <https://example.org/v/releases/1.0> .
            :nebulizer a skos:Concept, owl:Class ; skos:prefLabel "nebulizer"@en ; rdfs:label "nebulizer"@en ; skos:altLabel "atomiser"@en .
            :mist-maker a skos:Concept, owl:Class ; skos:prefLabel "mist maker"@en ; rdfs:label "mist maker"@en .
            :sprayer a skos:Concept, owl:Class ; skos:prefLabel "sprayer"@en ; rdfs:label "sprayer"@en .
            :old-name a owl:Class ; rdfs:label "old name"@en ; owl:deprecated true ; dct:isReplacedBy :nebulizer .
            """);
    }

    private static Graph current() {
        return parse("""
            <https://example.org/v> a owl:Ontology, skos:ConceptScheme ; owl:versionIRI <https://example.org/v/releases/2.0> .
            :nebulizer a skos:Concept, owl:Class ; skos:prefLabel "nebulizer"@en ; rdfs:label "nebulizer"@en .
            """);
    }

    private static Overlay merge(String subject, String object) {
        return new Overlay(List.of(new Decision("D1", Decision.Action.MERGE, subject, object, "an editor", "2026-11-29", "one device")), List.of());
    }

    @Test void conceptsThatAreGoneStayDeprecatedWithTheirLabels() {
        Graph g = current();
        var out = ReleaseOperation.apply(g, previous(), merge("mist maker", "nebulizer"));
        assertEquals("https://example.org/v/releases/1.0", out.priorVersion().getURI());
        assertTrue(ask(g, "ASK { <https://example.org/v> owl:priorVersion <https://example.org/v/releases/1.0> }"));
        assertEquals(3, out.deprecated().size(), out.deprecated().toString());
        assertTrue(ask(g, """
            ASK { <https://example.org/v/sprayer> a owl:Class ; owl:deprecated true ; skos:prefLabel "sprayer"@en ; rdfs:label "sprayer"@en
                  FILTER NOT EXISTS { <https://example.org/v/sprayer> a skos:Concept }
                  FILTER NOT EXISTS { <https://example.org/v/sprayer> dct:isReplacedBy ?x } }"""));
        assertTrue(ask(g, "ASK { <https://example.org/v/mist-maker> owl:deprecated true ; dct:isReplacedBy <https://example.org/v/nebulizer> }"),
            "merged by a curation decision that no longer applies");
        assertTrue(ask(g, "ASK { <https://example.org/v/old-name> owl:deprecated true ; rdfs:label \"old name\"@en ; dct:isReplacedBy <https://example.org/v/nebulizer> }"),
            "a concept deprecated in an older release stays deprecated");
        assertEquals(2, out.replaced());
        assertFalse(ask(g, "ASK { <https://example.org/v/nebulizer> owl:deprecated ?d }"), "a concept that is still there is untouched");
    }

    @Test void priorVersionFromAnOlderReleaseWithOnlyVersionInfoAndNoneForTheSameVersion() {
        Graph g = current();
        Graph old = parse("<https://example.org/v> a owl:Ontology ; owl:versionInfo \"0.9\" .");
        assertEquals("https://example.org/v/releases/0.9", ReleaseOperation.apply(g, old, Overlay.empty()).priorVersion().getURI());
        Graph same = current();
        assertNull(ReleaseOperation.apply(same, current(), Overlay.empty()).priorVersion());
        assertFalse(ask(same, "ASK { ?o owl:priorVersion ?v }"));
    }

    @TempDir Path tmp;

    @Test void convertWithPreviousKeepsEveryIriOfTheLastRelease() throws IOException {
        Path docs = ReleaseFixtures.write(tmp.resolve("docs"));
        Path v1 = tmp.resolve("v1.ttl");
        assertEquals(0, CliRun.run("convert", docs.toString(), "-o", v1.toString(), "-q").status());
        // pretend the first release was 0.0.9
        Files.writeString(v1, Files.readString(v1).replace("/releases/0.1.0>", "/releases/0.0.9>"));
        Files.delete(docs.resolve("flap-valve.md"));
        Path curation = Files.createDirectories(tmp.resolve("curation"));
        Files.writeString(curation.resolve("decisions.tsv"), Overlay.HEADER + "\n"
            + "D1\tmerge\tflap valve\tgadget pump\tan editor\t2026-11-29\tthe valve entry was folded into the pump entry\n");
        Path v2 = tmp.resolve("v2.ttl");
        CliRun r = CliRun.run("convert", docs.toString(), "-o", v2.toString(), "--previous", v1.toString(), "--curation", curation.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("prior version <https://w3id.org/medvocab/vocab/releases/0.0.9>"), r.err());
        Graph g = RDFParser.source(v2).toGraph();
        Graph old = RDFParser.source(v1).toGraph();
        assertTrue(ask(g, "ASK { <https://w3id.org/medvocab/vocab> owl:versionIRI <https://w3id.org/medvocab/vocab/releases/0.1.0> ; "
            + "owl:priorVersion <https://w3id.org/medvocab/vocab/releases/0.0.9> ; dct:issued ?d }"));
        assertTrue(ask(g, """
            ASK { <https://w3id.org/medvocab/vocab/flap-valve> owl:deprecated true ; skos:prefLabel "flap valve"@en ;
                      dct:isReplacedBy <https://w3id.org/medvocab/vocab/gadget-pump> }"""));
        // no IRI of the first release is lost
        for (var t : old.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type,
                org.apache.jena.vocabulary.SKOS.Concept.asNode()).toList()) {
            if (!t.getSubject().getURI().startsWith("https://w3id.org/medvocab/vocab/")) continue;
            assertTrue(g.contains(t.getSubject(), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY), t.getSubject() + " kept");
        }
        CliRun bad = CliRun.run("convert", docs.toString(), "-o", tmp.resolve("v3.ttl").toString(), "--previous", tmp.resolve("nope.ttl").toString());
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("nope.ttl"), bad.err());
    }
}

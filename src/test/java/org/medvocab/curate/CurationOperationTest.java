package org.medvocab.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.Sparql.ask;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each overlay action on a small vocabulary written for this test, provenance, stale decisions and bad rows. */
class CurationOperationTest {

    private static final String BASE = "https://example.org/v/";

    private static Graph vocab() {
        return RDFParser.fromString("""
            @prefix : <https://example.org/v/> . @prefix mvo: <https://w3id.org/medvocab/core#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            :nebulizer a skos:Concept, owl:Class ; skos:prefLabel "nebulizer"@en ; rdfs:label "nebulizer"@en ;
                skos:broader :ultrasonic-nebulizer ; rdfs:subClassOf :ultrasonic-nebulizer ; mvo:component :fancy .
            :ultrasonic-nebulizer a skos:Concept, owl:Class ; skos:prefLabel "ultrasonic nebulizer"@en ; rdfs:label "ultrasonic nebulizer"@en ;
                skos:narrower :nebulizer ; skos:broader mvo:Device ; rdfs:subClassOf mvo:Device ;
                skos:definition "A nebulizer that makes its mist with a vibrating crystal."@en .
            :fancy a skos:Concept, owl:Class ; skos:prefLabel "fancy"@en ; rdfs:label "fancy"@en .
            :atomiser a skos:Concept, owl:Class ; skos:prefLabel "atomiser"@en ; rdfs:label "atomiser"@en ; skos:altLabel "sprayer"@en .
            """, Lang.TURTLE).toGraph();
    }

    private static Overlay overlay(String... rows) {
        List<Decision> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Overlay.parse(Path.of("test.tsv"), List.of(rows), out, errors);
        return new Overlay(out, errors);
    }

    private static String row(String id, String action, String s, String o) {
        return String.join("\t", id, action, s, o, "an editor", "2026-11-29", "because");
    }

    @Test void fixesAnInversionWithProvenance() {
        Graph g = vocab();
        var out = CurationOperation.apply(g, overlay(
            row("D1", "remove-broader", "nebulizer", "ultrasonic nebulizer"),
            row("D2", "add-broader", "ultrasonic nebulizer", "nebulizer")), BASE);
        assertEquals(2, out.applied());
        assertFalse(ask(g, "ASK { <https://example.org/v/nebulizer> skos:broader <https://example.org/v/ultrasonic-nebulizer> }"));
        assertTrue(ask(g, "ASK { <https://example.org/v/ultrasonic-nebulizer> skos:broader <https://example.org/v/nebulizer> ; rdfs:subClassOf <https://example.org/v/nebulizer> }"));
        assertFalse(ask(g, "ASK { <https://example.org/v/ultrasonic-nebulizer> skos:broader mvo:Device }"), "top-class link replaced");
        assertTrue(ask(g, """
            ASK { [] owl:annotatedSource <https://example.org/v/ultrasonic-nebulizer> ; owl:annotatedProperty skos:broader ;
                     owl:annotatedTarget <https://example.org/v/nebulizer> ; mvo:curatedBy ?d .
                  ?d a mvo:Decision ; dct:creator "an editor" ; dct:date "2026-11-29"^^xsd:date ; skos:editorialNote "because"@en }"""));
    }

    @Test void rejectRemovesTheTermAndWhatOnlyItProduced() {
        Graph g = vocab();
        CurationOperation.apply(g, overlay(row("D1", "reject", "nebulizer", "")), BASE);
        assertFalse(ask(g, "ASK { <https://example.org/v/nebulizer> ?p ?o }"));
        assertFalse(ask(g, "ASK { ?s ?p <https://example.org/v/nebulizer> }"));
        assertFalse(ask(g, "ASK { <https://example.org/v/fancy> ?p ?o }"), "only the rejected term named it");
        assertTrue(ask(g, "ASK { <https://example.org/v/ultrasonic-nebulizer> a skos:Concept }"), "it has a definition of its own");
    }

    @Test void labelsSynonymsKindMergeAndDefinitionOwner() {
        Graph g = vocab();
        var out = CurationOperation.apply(g, overlay(
            row("D1", "pref-label", "fancy", "mesh"), row("D2", "add-synonym", "mesh", "vibrating mesh"),
            row("D3", "remove-synonym", "atomiser", "sprayer"), row("D4", "set-kind", "mesh", "device"),
            row("D5", "definition-owner", "ultrasonic nebulizer", "nebulizer"),
            row("D6", "merge", "atomiser", "nebulizer")), BASE);
        assertEquals(6, out.applied(), out.stale().toString());
        assertTrue(ask(g, "ASK { <https://example.org/v/fancy> skos:prefLabel \"mesh\"@en ; rdfs:label \"mesh\"@en ; skos:hiddenLabel \"fancy\"@en ; skos:altLabel \"vibrating mesh\"@en ; skos:broader mvo:Device }"));
        assertTrue(ask(g, "ASK { <https://example.org/v/nebulizer> skos:definition ?d ; skos:altLabel \"atomiser\"@en }"));
        assertFalse(ask(g, "ASK { <https://example.org/v/ultrasonic-nebulizer> skos:definition ?d }"));
        assertTrue(ask(g, "ASK { <https://example.org/v/atomiser> owl:deprecated true ; dct:isReplacedBy <https://example.org/v/nebulizer> FILTER NOT EXISTS { <https://example.org/v/atomiser> a skos:Concept } }"));
        assertFalse(ask(g, "ASK { ?x skos:altLabel \"sprayer\"@en }"));
    }

    @Test void decisionsThatNoLongerApplyAreReported() {
        Graph g = vocab();
        var out = CurationOperation.apply(g, overlay(row("D9", "reject", "peak flow meter", ""),
            row("D10", "add-broader", "nebulizer", "spacer")), BASE);
        assertEquals(0, out.applied());
        assertEquals(List.of("D9 (reject): subject 'peak flow meter' is not in the vocabulary",
            "D10 (add-broader): object 'spacer' is not in the vocabulary"), out.stale());
    }

    @Test void badRowsAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.tsv"), Overlay.HEADER + "\n" + row("D1", "reject", "x", "") + "\n"
            + row("D2", "explode", "x", "") + "\nD3\tadd-synonym\tx\t\tme\t2026-11-29\twhy\n");
        Overlay o = Overlay.read(dir);
        assertEquals(1, o.decisions().size());
        assertEquals(2, o.errors().size());
        assertTrue(o.errors().get(0).endsWith("a.tsv:3: unknown action 'explode'"), o.errors().toString());
        assertTrue(o.errors().get(1).contains("a.tsv:4: add-synonym needs an object"));
    }
}

package org.medvocab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** Every check of the table, on a fixture that triggers it and on one that does not (fixtures written for this test). */
class ChecksTest {

    private static final String HEAD = """
        @prefix : <https://example.org/v/> . @prefix mvo: <https://w3id.org/medvocab/core#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix sssom: <https://w3id.org/sssom/> .
        @prefix ext: <https://example.org/ext/> .
        <https://example.org/v> a skos:ConceptScheme .
        mvo:Device skos:topConceptOf <https://example.org/v> ; skos:inScheme <https://example.org/v> .
        mvo:Condition skos:topConceptOf <https://example.org/v> ; skos:inScheme <https://example.org/v> .
        """;

    private static String concept(String slug, String label, String parent) {
        return ":" + slug + " a skos:Concept, owl:Class ; skos:inScheme <https://example.org/v> ; skos:prefLabel \"" + label
            + "\"@en ; skos:broader " + parent + " ; rdfs:subClassOf " + parent + " .\n";
    }

    /** check id -> {triggering fixture, clean fixture, concept the trigger must name}. */
    private static final Map<String, String[]> FIXTURES = Map.of(
        "non-term", new String[] {
            concept("huge", "huge", "mvo:Device") + concept("case", "case", "mvo:Condition")
                + concept("nebulizer", "nebulizer", "mvo:Device") + ":nebulizer mvo:component :huge .",
            concept("nebulizer", "nebulizer", "mvo:Device") + concept("mask", "mask", "mvo:Device")
                + ":nebulizer mvo:component :mask .",
            "https://example.org/v/huge"},
        "hierarchy-inversion", new String[] {
            concept("ultrasonic-nebulizer", "ultrasonic nebulizer", "mvo:Device") + concept("nebulizer", "nebulizer", ":ultrasonic-nebulizer"),
            concept("nebulizer", "nebulizer", "mvo:Device") + concept("ultrasonic-nebulizer", "ultrasonic nebulizer", ":nebulizer"),
            "https://example.org/v/nebulizer"},
        "definition-cross-reference", new String[] {
            concept("spacer", "spacer", "mvo:Device") + ":spacer skos:definition \"See also valved holding chamber.\"@en .",
            concept("spacer", "spacer", "mvo:Device") + ":spacer skos:definition \"A tube fitted to an inhaler so the spray slows before it is breathed in; see also mask.\"@en .",
            "https://example.org/v/spacer"},
        "definition-copyright", new String[] {
            concept("spacer", "spacer", "mvo:Device") + ":spacer skos:definition \"Copyright 2020 Some Publisher. All rights reserved.\"@en .",
            concept("spacer", "spacer", "mvo:Device") + ":spacer skos:definition \"A tube that slows an inhaled spray.\"@en .",
            "https://example.org/v/spacer"},
        "qualified-label", new String[] {
            concept("severe-wheeze", "severe wheeze", "mvo:Condition"),
            concept("wheeze", "wheeze", "mvo:Condition") + ":wheeze skos:altLabel \"whistling breath\"@en .",
            "https://example.org/v/severe-wheeze"},
        "kind-grounding", new String[] {
            concept("spacer", "spacer", "mvo:Device") + "[] a owl:Axiom ; owl:annotatedSource :spacer ; owl:annotatedProperty skos:exactMatch ;"
                + " owl:annotatedTarget ext:1 ; sssom:object_category \"condition\" . :spacer skos:exactMatch ext:1 .",
            concept("spacer", "spacer", "mvo:Device") + "[] a owl:Axiom ; owl:annotatedSource :spacer ; owl:annotatedProperty skos:exactMatch ;"
                + " owl:annotatedTarget ext:1 ; sssom:object_category \"device\" . :spacer skos:exactMatch ext:1 .",
            "https://example.org/v/spacer"},
        "duplicate-definition", new String[] {
            concept("a", "mesh nebulizer", "mvo:Device") + concept("b", "jet nebulizer", "mvo:Device")
                + ":a skos:definition \"A device that turns a liquid drug into a mist.\"@en . :b skos:definition \"A device that turns a liquid drug into a mist.\"@en .",
            concept("a", "mesh nebulizer", "mvo:Device") + concept("b", "jet nebulizer", "mvo:Device")
                + ":a skos:definition \"Makes a mist by pushing liquid through a vibrating mesh.\"@en . :b skos:definition \"Makes a mist with a stream of compressed air.\"@en .",
            "https://example.org/v/a"},
        "orphan", new String[] {
            concept("peak-flow-meter", "peak flow meter", "mvo:Device"),
            concept("peak-flow-meter", "peak flow meter", "mvo:Device") + concept("asthma", "asthma", "mvo:Condition")
                + ":peak-flow-meter mvo:indication :asthma .",
            "https://example.org/v/peak-flow-meter"},
        "mapping-hierarchy-clash", new String[] {
            concept("nebulizer", "nebulizer", "mvo:Device") + concept("jet-nebulizer", "jet nebulizer", ":nebulizer")
                + ":nebulizer skos:exactMatch ext:9 . :jet-nebulizer skos:exactMatch ext:9 .",
            concept("nebulizer", "nebulizer", "mvo:Device") + concept("jet-nebulizer", "jet nebulizer", ":nebulizer")
                + ":nebulizer skos:exactMatch ext:9 . :jet-nebulizer skos:broadMatch ext:9 .",
            "https://example.org/v/jet-nebulizer"});

    private static Graph graph(String body) {
        return RDFParser.fromString(HEAD + body, Lang.TURTLE).toGraph();
    }

    @Test void everyCheckHasFixtures() {
        Set<String> ids = new TreeSet<>();
        for (Check c : Checks.ALL) ids.add(c.id());
        assertEquals(ids, new TreeSet<>(FIXTURES.keySet()));
    }

    @Test void eachCheckFiresOnItsTriggerAndNotOnTheCleanFixture() {
        for (var e : FIXTURES.entrySet()) {
            Check c = Checks.byId(e.getKey());
            assertNotNull(c, e.getKey());
            List<Check.Hit> hits = c.rule().run(graph(e.getValue()[0]));
            assertTrue(hits.stream().anyMatch(h -> h.concept().equals(e.getValue()[2])), e.getKey() + " trigger: " + hits);
            List<Check.Hit> clean = c.rule().run(graph(e.getValue()[1]));
            assertEquals(List.of(), clean, e.getKey() + " clean fixture");
        }
    }

    @Test void genericWordAndAdjectiveAreToldApart() {
        List<Check.Hit> hits = Checks.byId("non-term").rule().run(graph(FIXTURES.get("non-term")[0]));
        assertTrue(hits.contains(new Check.Hit("https://example.org/v/case", "case (generic word)")), hits.toString());
    }

    @Test void reportRendersAndFailsByLevel() {
        Report r = ReportOperation.run(graph(FIXTURES.get("hierarchy-inversion")[0] + FIXTURES.get("orphan")[0]));
        assertTrue(r.fails(Level.ERROR));
        assertTrue(r.count(Level.INFO) >= 1);
        String tsv = r.render(Report.Format.TSV);
        assertTrue(tsv.startsWith("level\tcheck\tconcept\tvalue\n"));
        assertTrue(tsv.contains("error\thierarchy-inversion\thttps://example.org/v/nebulizer\tnebulizer broader ultrasonic nebulizer"), tsv);
        String json = r.render(Report.Format.JSON);
        var parsed = org.apache.jena.atlas.json.JSON.parse(json);
        assertEquals(r.findings().size(), parsed.get("findings").getAsArray().size());
        assertEquals("error", parsed.get("findings").getAsArray().get(0).getAsObject().get("level").getAsString().value());
        Report clean = ReportOperation.run(graph(FIXTURES.get("orphan")[1]));
        assertTrue(!clean.fails(Level.INFO), clean.findings().toString());
    }
}

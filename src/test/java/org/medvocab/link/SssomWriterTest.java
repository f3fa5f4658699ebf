package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.link.LinkFixtures.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.Sparql;
import org.medvocab.export.Exporter;
import org.medvocab.model.Graphs;

/** The SSSOM TSV and the RDF mapping graph. */
class SssomWriterTest {
    static MappingSet set;
    static Linker linker;
    static String tsv;
    @TempDir Path tmp;

    @BeforeAll static void link() {
        linker = Linker.of(Exporter.read(resource("vocab.ttl")).graph(), MatchOptions.defaults());
        for (String s : List.of(resource("widgets.obo").toString(), resource("gadgets.rdf").toString(),
            "file=" + resource("tools.tsv") + ",prefix=TL,id=code,label=name,kind-column=tree", resource("mappings.sssom.tsv").toString())) {
            linker.link(TargetSpec.parse(s).reader(linker.curies()), null);
        }
        set = linker.finish();
        tsv = SssomWriter.toString(set);
    }

    @Test void metadataBlockHasTheRequiredSlots() {
        List<String> meta = tsv.lines().takeWhile(l -> l.startsWith("#")).toList();
        assertEquals("#curie_map:", meta.get(0));
        assertTrue(meta.contains("#mapping_set_id: https://example.org/mappings"), meta.toString());
        assertTrue(meta.contains("#mapping_tool: medvocab link"));
        assertTrue(meta.contains("#license: https://creativecommons.org/licenses/by/4.0/"));
        assertTrue(meta.contains("#mapping_date: 2026-01-02"), "the vocabulary's release date, so the file is reproducible");
        assertTrue(meta.stream().anyMatch(l -> l.startsWith("#mapping_set_version: ") && l.contains("9.9.9")));
    }

    @Test void everyPrefixUsedIsInTheCurieMap() {
        Map<String, String> map = SssomWriter.curieMap(set);
        List<String> lines = tsv.lines().filter(l -> !l.startsWith("#")).toList();
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        for (String col : List.of("subject_id", "subject_label", "predicate_id", "object_id", "object_label", "mapping_justification",
            "confidence", "match_string", "object_source")) {
            assertTrue(header.contains(col), "column " + col + " in " + header);
        }
        Set<String> used = new TreeSet<>();
        for (String row : lines.subList(1, lines.size())) {
            String[] f = row.split("\t", -1);
            for (String col : List.of("subject_id", "predicate_id", "object_id", "mapping_justification", "object_source",
                "subject_match_field", "object_match_field")) {
                int i = header.indexOf(col);
                if (i >= 0 && !f[i].isEmpty()) used.add(f[i].substring(0, f[i].indexOf(':')));
            }
        }
        assertTrue(map.keySet().containsAll(used), "undeclared: " + used + " vs " + map.keySet());
        assertEquals(List.copyOf(new TreeSet<>(map.keySet())), List.copyOf(map.keySet()), "sorted");
        assertTrue(used.containsAll(List.of("medvocab", "skos", "semapv", "WID", "TL")), used.toString());
    }

    @Test void readsBackAsSssom() throws IOException {
        Path f = tmp.resolve("out.sssom.tsv");
        Files.writeString(f, tsv);
        LinkFixtures.Collected c = LinkFixtures.read(new SssomReader(f, null, new Curies().declare("medvocab", "https://example.org/tiny/")));
        assertEquals(set.mappings().size(), c.mappings.size());
        assertTrue(c.mappings.stream().anyMatch(m -> m.subjectId().equals("medvocab:infusion-pump") && m.objectId().equals("WID:0000001")
            && m.predicate() == MatchPredicate.EXACT));
    }

    @Test void valuesWithTabsOrQuotesAreQuoted() {
        assertEquals("plain", SssomWriter.tsv("plain"));
        assertEquals("\"a\tb\"", SssomWriter.tsv("a\tb"));
        assertEquals("\"say \"\"hi\"\"\"", SssomWriter.tsv("say \"hi\""));
        assertEquals("\"a: b\"", SssomWriter.yaml("a: b"));
        assertEquals("http://x.org/a#", SssomWriter.yaml("http://x.org/a#"));
        assertEquals("0.95", SssomWriter.number(0.95));
        assertEquals("1", SssomWriter.number(1.0));
    }

    @Test void rdfGraphHasMatchTriplesAndSssomAxioms() {
        Graph g = MappingGraph.build(set, linker.curies());
        assertTrue(Sparql.ask(g, "ASK { <https://example.org/tiny/infusion-pump> skos:exactMatch <http://purl.obolibrary.org/obo/WID_0000001> }"));
        assertTrue(Sparql.ask(g, """
            ASK { ?set a <https://w3id.org/sssom/MappingSet> ; dct:license <https://creativecommons.org/licenses/by/4.0/> ;
                       <https://w3id.org/sssom/mappings> ?a .
                  ?a a owl:Axiom ; owl:annotatedSource <https://example.org/tiny/infusion-pump> ;
                     owl:annotatedProperty skos:exactMatch ; owl:annotatedTarget <http://purl.obolibrary.org/obo/WID_0000001> ;
                     <https://w3id.org/sssom/mapping_justification> <https://w3id.org/semapv/vocab/LexicalMatching> ;
                     <https://w3id.org/sssom/confidence> ?c ; <https://w3id.org/sssom/match_string> "infusion pump" .
                  FILTER(datatype(?c) = xsd:double) }"""));
        long matches = g.find(Node.ANY, Node.ANY, Node.ANY).filterKeep(t -> t.getPredicate().getURI().startsWith("http://www.w3.org/2004/02/skos/core#")).toList().size();
        assertEquals(set.mappings().size(), matches, "one skos:*Match triple per row");
    }

    @Test void rdfFilesTurtleAndTrigWithTheMappingsGraph() throws IOException {
        Graph g = MappingGraph.build(set, linker.curies());
        Path ttl = tmp.resolve("m.ttl");
        try (var out = Files.newOutputStream(ttl)) {
            MappingGraph.write(g, MappingGraph.prefixes(set), ttl, out);
        }
        Graph back = RDFParser.source(ttl).lang(Lang.TURTLE).toGraph();
        assertTrue(back.isIsomorphicWith(g));
        Path trig = tmp.resolve("m.trig");
        try (var out = Files.newOutputStream(trig)) {
            MappingGraph.write(g, MappingGraph.prefixes(set), trig, out);
        }
        DatasetGraph ds = RDFParser.source(trig).lang(Lang.TRIG).toDatasetGraph();
        assertTrue(ds.containsGraph(Graphs.MAPPINGS));
        assertEquals(g.size(), ds.getGraph(Graphs.MAPPINGS).size());
        assertTrue(ds.getGraph(Graphs.MAPPINGS).contains(NodeFactory.createURI("https://example.org/tiny/infusion-pump"),
            NodeFactory.createURI(MatchPredicate.EXACT.iri()), NodeFactory.createURI("http://purl.obolibrary.org/obo/WID_0000001")));
    }
}

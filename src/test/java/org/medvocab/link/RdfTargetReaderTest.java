package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.medvocab.link.LinkFixtures.SHARED;
import static org.medvocab.link.LinkFixtures.read;
import static org.medvocab.link.LinkFixtures.resource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The RDF reader: SKOS (Turtle), OWL (RDF/XML), MeSH RDF (N-Triples) fixtures, a broken file, and the real files. */
class RdfTargetReaderTest {

    static RdfTargetReader reader(String file, String prefix, String ns, Curies curies) {
        return new RdfTargetReader(resource(file), prefix, ns, Set.of(), null, curies);
    }

    @Test void skosLabelsWithTheTargetsPrefix() {
        Curies curies = new Curies();
        LinkFixtures.Collected c = read(reader("gadgets.ttl", "GAD", null, curies));
        List<TargetLabel> g1 = c.of("GAD:g1");
        assertEquals(2, g1.size(), c.labels.toString());
        assertTrue(g1.stream().anyMatch(l -> l.label().equals("Pumps, Infusion") && l.role() == LabelRole.PREFERRED && l.field().equals("skos:prefLabel")));
        assertTrue(g1.stream().anyMatch(l -> l.label().equals("drip pumps") && l.role() == LabelRole.SYNONYM));
        assertFalse(c.labels.stream().anyMatch(l -> l.label().equals("Sprockenventil")), "German labels are not read");
        assertEquals("https://example.org/gadgets/", curies.namespace("GAD"));
    }

    @Test void skosWithoutAPrefixUsesTheFilesOwn() {
        Curies curies = new Curies();
        LinkFixtures.Collected c = read(reader("gadgets.ttl", null, null, curies));
        assertTrue(c.labels.stream().allMatch(l -> l.id().startsWith("gad:")), c.labels.toString());
    }

    @Test void owlSynonymsDeprecationAndHierarchy() {
        RdfTargetReader r = reader("gadgets.rdf", null, null, new Curies());
        LinkFixtures.Collected c = read(r);
        assertEquals("obo:gdo.owl", r.source(), "object_source from owl:Ontology");
        List<TargetLabel> fever = c.of("GDO:0000001");
        assertTrue(fever.stream().anyMatch(l -> l.label().equals("wobbling fever") && l.scope() == Scope.EXACT));
        assertTrue(fever.stream().anyMatch(l -> l.label().equals("wobble") && l.scope() == Scope.BROAD));
        assertTrue(r.isObsolete("GDO:0000002"));
        assertFalse(r.isObsolete("GDO:0000001"));
        assertTrue(c.of("GDO:0000003").stream().anyMatch(l -> l.label().equals("gizmo flush") && l.scope() == Scope.RELATED));
    }

    @Test void meshJoinsTermsToDescriptors() {
        RdfTargetReader r = reader("mesh-like.nt", null, null, new Curies());
        LinkFixtures.Collected c = read(r);
        Map<String, List<String>> byId = c.byId();
        assertTrue(byId.get("MESH:D900001").containsAll(List.of("Valves, Sprocket", "Sprocket Valve Devices", "SPV", "Portable Sprocket Valves")), byId.toString());
        assertFalse(byId.containsKey("MESH:M900001"), "concepts are joined, not targets");
        assertFalse(byId.containsKey("MESH:Q000009"), "qualifiers are not targets");
        assertFalse(c.labels.stream().anyMatch(l -> l.label().equals("E07.900.100")), "tree numbers are not labels");
        TargetLabel narrower = c.of("MESH:D900001").stream().filter(l -> l.label().equals("Portable Sprocket Valves")).findFirst().orElseThrow();
        assertEquals(Scope.NARROW, narrower.scope(), "a term of a narrower concept");
        TargetLabel spv = c.of("MESH:D900001").stream().filter(l -> l.label().equals("SPV")).findFirst().orElseThrow();
        assertEquals(LabelRole.ABBREVIATION, spv.role());
        assertEquals(Set.of(Kind.DEVICE), r.kindOf("MESH:D900001"), "tree number E07");
        assertEquals(Set.of(Kind.PROCEDURE), r.kindOf("MESH:D900002"), "tree number E02");
        assertEquals("Valves, Sprocket", r.preferredLabels(Set.of("MESH:D900001")).get("MESH:D900001"));
    }

    @Test void brokenFileNamesLine() {
        TargetException e = assertThrows(TargetException.class, () -> read(reader("broken.ttl", null, null, new Curies())));
        assertTrue(e.getMessage().startsWith(resource("broken.ttl") + ": line 1: "), e.getMessage());
    }

    @Test void realMeshSampleParsesAndHeartIsFound() {
        assumeTrue(LinkFixtures.shared(), "../shared/linking not present");
        RdfTargetReader r = new RdfTargetReader(SHARED.resolve("HHS-meshrdf/samples.nt"), null, null, Set.of(), null, new Curies());
        LinkFixtures.Collected c = read(r);
        assertTrue(c.of("MESH:D006321").stream().anyMatch(l -> l.label().equals("Heart") && l.role() == LabelRole.PREFERRED));
        assertEquals(Set.of(Kind.ANATOMY), r.kindOf("MESH:D006321"), "tree number A07.541");
        assertTrue(c.of("MESH:D000082").stream().anyMatch(l -> l.label().equals("Paracetamol")), "an entry term joined through its concept");
        assertFalse(c.labels.stream().anyMatch(l -> l.id().startsWith("MESH:Q") || l.id().startsWith("MESH:M") || l.id().startsWith("MESH:T")));
    }

    @Test void realSymptomOntology() {
        assumeTrue(LinkFixtures.shared(), "../shared/linking not present");
        LinkFixtures.Collected c = read(new RdfTargetReader(SHARED.resolve("DO/symp_import.owl"), null, null, Set.of(), null, new Curies()));
        assertEquals(List.of("bleeding"), c.of("SYMP:0000007").stream().filter(l -> l.role() == LabelRole.PREFERRED).map(TargetLabel::label).toList());
        assertTrue(c.of("SYMP:0000449").stream().anyMatch(l -> l.label().equals("cardiogenic shock")));
        assertTrue(c.of("SYMP:0000294").stream().anyMatch(l -> l.label().equals("hemolysis")));
    }
}

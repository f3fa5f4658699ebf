package org.medvocab.ground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.medvocab.link.Curies;
import org.medvocab.link.ExistingMapping;
import org.medvocab.link.GroundedMappings;
import org.medvocab.link.Kind;

/** Grounding of concept labels in the committed medical lexicon: exact labels, kinds, ambiguity, alternative labels. */
class ExactMatchesTest {
    private static final ExactMatches GROUND = ExactMatches.shared();

    private static Optional<String> id(String label, List<String> alts, Kind kind) {
        return GROUND.choose(label, alts, kind).map(m -> m.entry().id());
    }

    @Test void aLabelTheLexiconKnowsIsGroundedInTheOntologyOfItsKind() {
        assertEquals(Optional.of("UBERON:0000948"), id("heart", List.of(), Kind.ANATOMY), "UBERON before MeSH for anatomy");
        assertEquals(Optional.of("UBERON:0000948"), id("Heart", List.of(), null), "unknown kind: the entries agree");
        ExactMatches.Match m = GROUND.choose("heart", List.of(), Kind.ANATOMY).orElseThrow();
        assertEquals("http://purl.obolibrary.org/obo/UBERON_0000948", m.iri(), "the CURIE expanded by the link stage's prefixes");
        assertEquals(1.0, m.confidence());
    }

    @Test void aConceptOfAnotherKindGetsNoMatch() {
        assertEquals(Optional.empty(), id("heart", List.of(), Kind.DEVICE));
        assertEquals(Optional.empty(), id("stomach", List.of(), Kind.PROCEDURE));
    }

    @Test void anAmbiguousLabelIsReadInTheSenseOfTheConceptsKindAndSkippedWithoutOne() {
        // a skin area (UBERON) and a surgical instrument (FDA product code) share this name
        assertEquals(Optional.of("FDA_PRODUCT_CODE:GFD"), id("dermatome", List.of(), Kind.DEVICE));
        assertEquals(Optional.of("UBERON:0004016"), id("dermatome", List.of(), Kind.ANATOMY));
        assertEquals(Optional.empty(), id("dermatome", List.of(), null), "no kind: still ambiguous");
        // a skull joint (UBERON) and surgical thread (MeSH): the device reading falls back to MeSH
        assertEquals(Optional.of("MESH:D013537"), id("suture", List.of(), Kind.DEVICE));
    }

    @Test void alternativeLabelsGroundOnlyWhenTheyAgree() {
        Optional<ExactMatches.Match> viaAlt = GROUND.choose("belly sack", List.of("stomach"), Kind.ANATOMY);
        assertEquals("UBERON:0000945", viaAlt.orElseThrow().entry().id());
        assertEquals(0.95, viaAlt.get().confidence(), "a synonym's match is less certain");
        assertEquals(Optional.empty(), id("belly sack", List.of("stomach", "heart"), Kind.ANATOMY), "two terms: none");
        assertEquals(Optional.of("UBERON:0000948"), id("heart", List.of("stomach"), Kind.ANATOMY), "the preferred label decides first");
        assertEquals(Optional.empty(), id("widget pump", List.of(), Kind.DEVICE), "the lexicon does not know the label");
    }

    @Test void theWrittenMatchCarriesItsProvenanceAndTheLinkStageReadsItBack() {
        Graph g = GraphFactory.createDefaultGraph();
        var concept = NodeFactory.createURI("https://example.org/v/stomach");
        ExactMatches.write(g, concept, "stomach", GROUND.choose("stomach", List.of(), Kind.ANATOMY).orElseThrow());
        assertTrue(g.contains(concept, org.apache.jena.vocabulary.SKOS.exactMatch.asNode(),
            NodeFactory.createURI("http://purl.obolibrary.org/obo/UBERON_0000945")));
        List<ExistingMapping> read = GroundedMappings.read(g, new Curies());
        assertEquals(1, read.size(), read.toString());
        assertEquals("https://example.org/v/stomach", read.get(0).subjectId());
        assertEquals("UBERON:0000945", read.get(0).objectId());
        assertEquals(GroundedMappings.JUSTIFICATION, read.get(0).justification());
        assertEquals(1.0, read.get(0).confidence());
        g.remove(concept, org.apache.jena.vocabulary.SKOS.exactMatch.asNode(), org.apache.jena.graph.Node.ANY);
        assertTrue(GroundedMappings.read(g, new Curies()).isEmpty(), "an annotation without its statement is not a mapping");
    }
}

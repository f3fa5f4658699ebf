package org.medvocab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.Sparql.concept;
import static org.medvocab.Sparql.values;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.link.GroundedMappings;
import org.medvocab.link.Linker;
import org.medvocab.link.MatchOptions;
import org.medvocab.link.MatchPredicate;
import org.medvocab.link.Mapping;
import org.medvocab.link.MappingSet;
import org.medvocab.link.TargetSpec;
import org.medvocab.validate.Shapes;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;

/**
 * Grounding at conversion time, end to end on a made-up glossary and the committed medical lexicon: concepts whose
 * label the lexicon knows get a skos:exactMatch with SSSOM provenance, the shapes still pass, and the link stage keeps
 * each grounded match once.
 */
class GroundedVocabularyTest {
    static final String GLOSSARY = """
        Ward glossary

        stomach
        the hollow organ of the belly in which swallowed food is mixed with acid before it passes on to the bowel.

        dermatome
        a surgical instrument that shaves thin even slices of skin for grafting onto a burn.

        suture
        a strand of thread used to close a wound after an operation.

        widget pump
        a bedside device that pushes small doses of medicine into a vein at a set rate.
        """;

    @TempDir static Path dir;
    static Graph g;

    @BeforeAll static void convert() throws IOException {
        Files.writeString(dir.resolve("glossary.txt"), GLOSSARY, StandardCharsets.UTF_8);
        g = new Converter(VocabularyConfig.defaults()).convert(List.of(dir)).graph();
    }

    private static List<String> matches(String label) {
        return values(g, "SELECT ?m { <" + concept(g, label) + "> skos:exactMatch ?m }", "m");
    }

    @Test void conceptsTheLexiconKnowsAreGroundedInTheSenseOfTheirKind() {
        assertEquals(List.of("http://purl.obolibrary.org/obo/UBERON_0000945"), matches("stomach"));
        assertEquals(List.of("https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfPCD/classification.cfm?ID=GFD"),
            matches("dermatome"), "the instrument, not the skin area of the same name");
        assertEquals(List.of(), matches("suture"), "kind unknown and the label names a joint and a thread: skipped");
        assertEquals(List.of(), matches("widget pump"), "not in the lexicon");
    }

    @Test void eachGroundedMatchSaysItCameFromGrounding() {
        List<String> tools = values(g, """
            SELECT ?tool { ?ax owl:annotatedSource ?c ; owl:annotatedProperty skos:exactMatch ; owl:annotatedTarget ?t ;
                              <https://w3id.org/sssom/mapping_tool> ?tool ;
                              <https://w3id.org/sssom/mapping_justification> <https://w3id.org/semapv/vocab/LexicalMatching> .
                           ?c skos:exactMatch ?t }""", "tool");
        long all = values(g, "SELECT ?t { ?c skos:exactMatch ?t }", "t").size();
        assertEquals(all, tools.size());
        assertTrue(tools.stream().allMatch(GroundedMappings.TOOL::equals), tools.toString());
    }

    @Test void theVocabularyWithItsMatchesPassesTheShapes() {
        Graph union = GraphFactory.createDefaultGraph();
        for (Graph x : List.of(g, VocabularyBuilder.coreOntology())) x.find().forEachRemaining(union::add);
        ValidationResult v = Validator.validate(union, Shapes.defaults());
        assertTrue(v.conforms(), org.medvocab.validate.ReportWriter.text(v));
    }

    @Test void theLinkStageKeepsGroundedMatchesOnce() throws IOException {
        Linker alone = Linker.of(g, MatchOptions.defaults());
        MappingSet kept = alone.finish();
        Mapping stomach = row(kept, "UBERON:0000945");
        assertEquals(MatchPredicate.EXACT, stomach.predicate(), "kept without any target");
        assertTrue(stomach.comment().contains("grounded at conversion"), stomach.comment());

        Path obo = dir.resolve("organs.obo");
        Files.writeString(obo, """
            format-version: 1.2
            ontology: uberon

            [Term]
            id: UBERON:0000945
            name: stomach
            """, StandardCharsets.UTF_8);
        Linker linker = Linker.of(g, MatchOptions.defaults());
        linker.link(TargetSpec.parse(obo.toString()).reader(linker.curies()), null);
        MappingSet set = linker.finish();
        assertEquals(1, set.mappings().stream().filter(m -> m.objectId().equals("UBERON:0000945")).count(), set.mappings().toString());
        Mapping both = row(set, "UBERON:0000945");
        assertEquals(MatchPredicate.EXACT, both.predicate());
        assertTrue(both.comment().contains("also grounded at conversion"), both.comment());
        assertEquals(kept.mappings().size(), set.mappings().size(), "no grounded match dropped, none added twice");
    }

    private static Mapping row(MappingSet set, String objectId) {
        return set.mappings().stream().filter(m -> m.objectId().equals(objectId)).findFirst()
            .orElseThrow(() -> new AssertionError("no row for " + objectId + " in " + set.mappings()));
    }
}

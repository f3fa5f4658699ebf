package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.link.LinkFixtures.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.export.Exporter;

/** Matching and choosing on the tiny test vocabulary: predicates, scopes, kinds, ambiguity, containment, chaining, reuse. */
class MatcherTest {
    static Graph vocab;
    @TempDir Path tmp;

    @BeforeAll static void load() {
        vocab = Exporter.read(resource("vocab.ttl")).graph();
    }

    static MappingSet link(MatchOptions options, String... specs) {
        Linker linker = Linker.of(vocab, options);
        for (String s : specs) linker.link(TargetSpec.parse(s).reader(linker.curies()), null);
        return linker.finish();
    }

    static MappingSet link(String... specs) {
        return link(MatchOptions.defaults(), specs);
    }

    static Optional<Mapping> row(MappingSet set, String subject, String object) {
        return set.mappings().stream().filter(m -> m.subjectId().equals("medvocab:" + subject) && m.objectId().equals(object)).findFirst();
    }

    static MatchPredicate predicate(MappingSet set, String subject, String object) {
        return row(set, subject, object).map(Mapping::predicate).orElse(null);
    }

    Path table(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test void exactThroughAnExactSynonymOfTheSameKind() {
        MappingSet set = link(resource("widgets.obo").toString());
        Mapping m = row(set, "infusion-pump", "WID:0000001").orElseThrow();
        assertEquals(MatchPredicate.EXACT, m.predicate());
        assertEquals("pump for infusions", m.objectLabel(), "the target's preferred label, not the matched synonym");
        assertEquals("infusion pump", m.matchString());
        assertEquals("oboInOwl:hasExactSynonym", m.objectMatchField());
        assertEquals("device", m.subjectCategory());
        assertEquals("device", m.objectCategory(), "kind from the is_a ancestors");
        assertEquals(Matcher.LEXICAL, m.justification());
        assertEquals("obo:wid.owl", m.objectSource());
        assertEquals("1:1", m.cardinality());
        assertFalse(row(set, "gizmo-flush", "WID:0000003").isPresent(), "obsolete terms are not linked");
    }

    @Test void synonymScopesAreRespected() {
        MappingSet set = link(resource("widgets.obo").toString(), resource("gadgets.rdf").toString());
        assertEquals(MatchPredicate.BROAD, predicate(set, "sprocket-valve", "WID:0000002"), "a BROAD synonym gives broadMatch");
        assertEquals(MatchPredicate.NARROW, predicate(set, "blue-duct", "WID:0000004"), "a NARROW synonym gives narrowMatch");
        assertEquals(MatchPredicate.CLOSE, predicate(set, "gizmo-flush", "GDO:0000003"), "a RELATED synonym gives closeMatch");
        assertEquals(MatchPredicate.EXACT, predicate(set, "wobble-fever", "GDO:0000001"));
        assertFalse(row(set, "gizmo-flush", "GDO:0000002").isPresent(), "deprecated OWL classes are not linked");

        MappingSet strict = link(new MatchOptions(0.9, 0.7, 0.05, 3, true), resource("widgets.obo").toString());
        assertEquals(MatchPredicate.NARROW, predicate(strict, "sprocket-valve", "WID:0000002"), "strict: the concept is broader than the term");
        assertEquals(MatchPredicate.BROAD, predicate(strict, "blue-duct", "WID:0000004"));
    }

    @Test void aDeviceIsNotMatchedExactlyToAProcedure() throws IOException {
        Path procedures = table("procedures.tsv", "P:1\tinfusion pump\n");
        Linker linker = Linker.of(vocab, MatchOptions.defaults());
        linker.link(TargetSpec.parse("file=" + procedures + ",kind=procedure").reader(linker.curies()), null);
        MappingSet set = linker.finish();
        assertTrue(set.mappings().isEmpty(), set.mappings().toString());
        assertEquals(1, linker.stats().kindConflicts);
        assertEquals(MatchPredicate.EXACT, predicate(link("file=" + procedures + ",kind=device"), "infusion-pump", "P:1"));
        assertEquals(MatchPredicate.EXACT, predicate(link(procedures.toString()), "infusion-pump", "P:1"), "unknown kind is no conflict");
    }

    @Test void oneToManyExactMatchesAreFlagged() throws IOException {
        Path twins = table("twins.tsv", "T:1\tSprocket valve\nT:2\tValves, Sprocket\nT:3\tinfusion pump\n");
        Linker linker = Linker.of(vocab, MatchOptions.defaults());
        linker.link(TargetSpec.parse(twins.toString()).reader(linker.curies()), null);
        MappingSet set = linker.finish();
        assertEquals(MatchPredicate.CLOSE, predicate(set, "sprocket-valve", "T:1"));
        assertEquals(MatchPredicate.CLOSE, predicate(set, "sprocket-valve", "T:2"));
        assertTrue(row(set, "sprocket-valve", "T:1").orElseThrow().comment().contains("ambiguous exact match"));
        assertEquals("1:n", row(set, "sprocket-valve", "T:1").orElseThrow().cardinality());
        assertEquals(MatchPredicate.EXACT, predicate(set, "infusion-pump", "T:3"), "other concepts are unaffected");
        assertEquals(1, linker.stats().flagged);
    }

    @Test void aClearlyBetterCandidateWinsAndTheOtherBecomesClose() throws IOException {
        // the same target term is named by one concept's preferred label and another concept's synonym
        Path t = table("one.tsv", "U:1\tdrip pump\nU:2\tinfusion pump\n");
        MappingSet set = link(t.toString());
        assertEquals(MatchPredicate.EXACT, predicate(set, "infusion-pump", "U:2"));
        assertEquals(MatchPredicate.CLOSE, predicate(set, "infusion-pump", "U:1"), "weaker (synonym) match in the same vocabulary");
        assertTrue(row(set, "infusion-pump", "U:1").orElseThrow().comment().contains("weaker than the exact match U:2"));
    }

    @Test void containmentGivesBroadAndNarrowMatches() throws IOException {
        Path t = table("kinds.tsv", "K:1\tValve, Sprocket, Portable, Heavy-Duty\nK:2\tValves\nK:3\tHeavy-duty blue duct\nK:4\tSprocket valve\nK:5\tPump, Infusion, Wearable\n");
        MappingSet set = link(t.toString());
        assertEquals(MatchPredicate.NARROW, predicate(set, "portable-sprocket-valve", "K:1"));
        assertEquals(MatchPredicate.NARROW, predicate(set, "blue-duct", "K:3"));
        assertEquals(MatchPredicate.NARROW, predicate(set, "infusion-pump", "K:5"));
        assertEquals(MatchPredicate.EXACT, predicate(set, "sprocket-valve", "K:4"));
        assertEquals(MatchPredicate.BROAD, predicate(set, "portable-sprocket-valve", "K:4"), "the most specific broader term");
        assertFalse(row(set, "portable-sprocket-valve", "K:2").isPresent(), "only the most specific broader term is kept");
        assertFalse(row(set, "sprocket-valve", "K:2").isPresent(), "no broad match where there is an exact one in the vocabulary");
        assertTrue(link(new MatchOptions(0.9, 0.7, 0.05, 0), t.toString()).with(MatchPredicate.NARROW).isEmpty(), "--max-narrow 0");
    }

    @Test void thresholdsAreOptions() {
        MappingSet strict = link(new MatchOptions(0.99, 0.7, 0.05, 3), resource("widgets.obo").toString());
        assertEquals(MatchPredicate.CLOSE, predicate(strict, "infusion-pump", "WID:0000001"), "0.98 is below an exact threshold of 0.99");
        MappingSet none = link(new MatchOptions(0.99, 0.99, 0.05, 3), resource("widgets.obo").toString());
        assertFalse(row(none, "infusion-pump", "WID:0000001").isPresent());
    }

    @Test void chemicalNotationOnBothSides() {
        MappingSet set = link("file=" + resource("gadgets.ttl") + ",prefix=GAD,kind=substance");
        Mapping m = row(set, "zincate-ion", "GAD:g4").orElseThrow();
        assertEquals(MatchPredicate.EXACT, m.predicate(), "zinc ion = zinc(2+)");
        assertTrue(m.confidence() < 1.0, "a rewritten match scores lower than a literal one");
    }

    @Test void existingMappingsAreChainedReusedAndNegated() throws IOException {
        Path gizmo = table("gizmo.tsv", "MESH:D900013\tGizmo Flush\n");
        MappingSet set = link(resource("widgets.obo").toString(), resource("mappings.sssom.tsv").toString(), gizmo.toString());
        Mapping chained = row(set, "infusion-pump", "MESH:D900010").orElseThrow();
        assertEquals(MatchPredicate.EXACT, chained.predicate());
        assertEquals(Matcher.CHAINING, chained.justification());
        assertTrue(chained.comment().contains("WID:0000001"), chained.comment());
        Mapping reused = row(set, "wobble-fever", "MESH:D900012").orElseThrow();
        assertEquals(MatchPredicate.CLOSE, reused.predicate());
        assertEquals("semapv:ManualMappingCuration", reused.justification());
        assertFalse(row(set, "gizmo-flush", "MESH:D900013").isPresent(), "a curated Not mapping suppresses the lexical match");
    }

    @Test void rowsAreSortedAndDeterministic() throws IOException {
        String[] specs = {resource("widgets.obo").toString(), resource("gadgets.rdf").toString(), resource("mesh-like.nt").toString()};
        MappingSet a = link(specs);
        MappingSet b = link(specs);
        assertEquals(SssomWriter.toString(a), SssomWriter.toString(b));
        List<String> order = a.mappings().stream().map(m -> m.subjectId() + " " + m.predicate().ordinal() + " " + m.objectId()).toList();
        assertEquals(order.stream().sorted().toList(), order);
        assertEquals(MatchPredicate.EXACT, predicate(a, "sprocket-valve", "MESH:D900001"), "MeSH inverted heading, kind E07");
        assertEquals(MatchPredicate.NARROW, predicate(a, "portable-sprocket-valve", "MESH:D900001"),
            "a term of a narrower MeSH concept is a NARROW synonym");
    }
}

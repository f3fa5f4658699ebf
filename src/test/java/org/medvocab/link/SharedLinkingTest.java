package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.medvocab.cli.LinkCommand;

/**
 * The measure of the linking issue: the corpus vocabulary linked against all of ../shared/linking (the targets of
 * ontology/link-targets.args), scored against the hand-made gold list. Gold rows whose subject concept is no longer in
 * the vocabulary are skipped and reported. Also checks the committed ontology/mappings.* files.
 */
class SharedLinkingTest {
    static final Path VOCAB = Path.of("ontology/medvocab.ttl");
    static final Path ARGS = Path.of("ontology/link-targets.args");

    @Test void corpusAgainstAllSharedTargetsMeetsTheTargets() throws IOException {
        assumeTrue(LinkFixtures.shared(), "../shared/linking not present");
        List<TargetSpec> specs = LinkCommand.targetSpecs(VOCAB.toString(), "@" + ARGS, "-o", "unused.tsv");
        assertEquals(15, specs.size());
        Linker linker = Linker.of(VOCAB, MatchOptions.defaults());
        for (TargetSpec s : specs) linker.link(s.reader(linker.curies()), null);
        MappingSet set = linker.finish();
        Set<String> labels = new HashSet<>();
        for (VocabularyIndex.Concept c : linker.index().concepts()) labels.add(c.prefLabel());
        GoldEvaluation.Result r = GoldEvaluation.evaluate(set, GoldEvaluation.read(LinkFixtures.resource("gold.tsv")), labels);
        System.out.print(r.table());
        r.misses().forEach(m -> System.out.println("miss\t" + m));
        r.falseHits().forEach(m -> System.out.println("false\t" + m));
        GoldEvaluation.Score exact = r.scores().get(MatchPredicate.EXACT);
        String report = r.table() + "skipped gold rows: " + r.skippedGold();
        assertTrue(exact.precision() >= 0.90, "exactMatch precision below 0.90\n" + report);
        assertTrue(exact.recall() >= 0.80, "exactMatch recall below 0.80\n" + report);
        assertTrue(exact.gold() >= 60, "most gold subjects should still exist: " + report);
        // stable subjects named in the issue
        for (String[] p : new String[][] {{"hemolysis", "MESH:D006461"}, {"cardiogenic shock", "MESH:D012770"},
            {"femoral artery", "UBERON:0002060"}, {"catheter", "MESH:D057785"}, {"infusion pump", "FDA_PRODUCT_CODE:FRN"},
            {"heart-lung machine", "MESH:D006355"}, {"bleeding", "SYMP:0000007"}, {"stroke", "MESH:D020521"}}) {
            if (!labels.contains(p[0])) continue;
            assertTrue(set.mappings().stream().anyMatch(m -> m.subjectLabel().equals(p[0]) && m.objectId().equals(p[1])
                && m.predicate() == MatchPredicate.EXACT), p[0] + " exactMatch " + p[1]);
        }
        assertTrue(set.mappings().stream().noneMatch(m -> m.subjectLabel().equals("infusion pump") && m.objectLabel().equals("infusion pump therapy")),
            "a device is not linked to the procedure of using it");
    }

    @Test void committedMappingFilesAreConsistent() throws IOException {
        Path tsv = Path.of("ontology/mappings.sssom.tsv");
        Path ttl = Path.of("ontology/mappings.ttl");
        assumeTrue(Files.exists(tsv) && Files.exists(ttl), "no committed mappings");
        SssomReader reader = new SssomReader(tsv, null, new Curies());
        LinkFixtures.Collected c = LinkFixtures.read(reader); // fails on an undeclared prefix
        assertTrue(c.mappings.size() > 50, "rows: " + c.mappings.size());
        assertTrue(reader.metadata().containsKey("license") && reader.metadata().containsKey("mapping_tool"));
        Graph g = RDFParser.source(ttl).lang(Lang.TURTLE).toGraph();
        long matches = g.find(Node.ANY, Node.ANY, Node.ANY)
            .filterKeep(t -> t.getPredicate().getURI().startsWith(MatchPredicate.SKOS) && t.getPredicate().getURI().endsWith("Match")).toList().size();
        assertEquals(c.mappings.size(), matches, "one skos:*Match triple per SSSOM row");
    }
}

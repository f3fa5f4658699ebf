package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.bench.SyntheticVocabulary;
import org.medvocab.export.Exporter;
import org.medvocab.model.Graphs;
import org.medvocab.model.VocabularyBuilder;
import org.medvocab.validate.Shapes;

/**
 * The first load into an empty store on disk reads its files into compact graphs and fills TDB2 with the bulk loader
 * and the text index from them; the store must hold the same quads and answer text searches as a load of the same
 * files, read into Jena's in-memory graphs, through the transactional path.
 */
class CompactBulkLoadTest {

    @TempDir Path tmp;

    @Test void theBulkLoadFromCompactGraphsHoldsTheSameQuadsAndTextAnswersAsThePlainLoad() throws IOException {
        Path vocab = tmp.resolve("vocab.nt");
        SyntheticVocabulary.write(vocab, 400, 11);   // labels, definitions, hierarchy, blank-node axioms
        Path core = tmp.resolve("core.ttl");
        try (OutputStream out = Files.newOutputStream(core)) {
            RDFDataMgr.write(out, VocabularyBuilder.coreOntology(), Lang.TURTLE);
        }
        Path data = tmp.resolve("data");
        try (VocabularyStore bulk = VocabularyStore.open(data, Shapes.defaults());
             VocabularyStore plain = VocabularyStore.inMemory(Shapes.defaults())) {
            bulk.load(List.of(VocabularyStore.Part.file(Graphs.VOCABULARY, vocab), VocabularyStore.Part.file(Graphs.CORE, core)));
            plain.load(List.of(
                VocabularyStore.Part.graph(Graphs.VOCABULARY, Exporter.read(vocab).graph(), vocab.toString(), null),
                VocabularyStore.Part.graph(Graphs.CORE, Exporter.read(core).graph(), core.toString(), null)));
            try (var storages = Files.list(data.resolve("tdb2"))) {
                assertTrue(storages.anyMatch(p -> p.getFileName().toString().equals("Data-0002")), "the bulk path was taken");
            }
            for (Node g : List.of(Graphs.VOCABULARY, Graphs.CORE)) {
                Graph ours = copy(bulk.dataset(), g), theirs = copy(plain.dataset(), g);
                assertTrue(ours.size() > 100, g + " holds the file");
                assertEquals(theirs.size(), ours.size(), g.toString());
                assertTrue(ours.isIsomorphicWith(theirs), g + ": the same quads");
            }
            assertEquals(TextIndexes.documentCount(plain.textIndex()), TextIndexes.documentCount(bulk.textIndex()));
            List<String> labels = labels(vocab);
            assertTrue(labels.size() >= 40);
            for (String label : labels) {   // sorted: equal scores may come in another order from another index
                List<String> answer = sorted(VocabularyStoreTest.lookupIris(bulk, label));
                assertFalse(answer.isEmpty(), label);
                assertEquals(sorted(VocabularyStoreTest.lookupIris(plain, label)), answer, label);
                String word = label.split(" ")[0];
                List<List<String>> hits = textQuery(bulk, word);
                assertFalse(hits.isEmpty(), word);
                assertEquals(textQuery(plain, word), hits, word);
            }
        }
    }

    private static List<String> sorted(List<String> iris) {
        return iris.stream().sorted().toList();
    }

    private static Graph copy(DatasetGraph dsg, Node graph) {
        return Txn.calculateRead(dsg, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            return out;
        });
    }

    /** Every tenth preferred label of the file. */
    private static List<String> labels(Path file) {
        List<String> out = new ArrayList<>();
        List<Triple> all = Exporter.read(file).graph().find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).toList();
        for (int i = 0; i < all.size(); i += 10) out.add(all.get(i).getObject().getLiteralLexicalForm());
        return out;
    }

    /** The concepts and labels a SPARQL {@code text:query} on the preferred labels finds (all of them, sorted). */
    private static List<List<String>> textQuery(VocabularyStore store, String words) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?c ?label { (?c ?score ?label) text:query (<"
            + SKOS.prefLabel.getURI() + "> \"" + words.replace("\"", "") + "\" 100000) } ORDER BY ?c ?label";
        return QueryRunner.run(q, store.dataset()).rows();
    }
}

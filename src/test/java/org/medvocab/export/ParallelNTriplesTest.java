package org.medvocab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.bench.SyntheticVocabulary;

/** The chunked N-Triples reader gives the graph one parser gives, and gives up on a file with a problem. */
class ParallelNTriplesTest {
    @TempDir Path tmp;

    private static Graph plain(Path f) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(f).lang(Lang.NTRIPLES).parse(g);
        return g;
    }

    @Test void sameGraphAsOneParserWithBlankNodesAcrossChunks() throws Exception {
        Path f = tmp.resolve("v.nt");
        SyntheticVocabulary.write(f, 400, 4);   // owl:Axiom blank nodes, each on several lines
        Graph one = plain(f);
        for (int chunk : new int[] {997, 4096, 1 << 20}) {
            Graph chunked = ParallelNTriples.read(f, chunk, 3);
            assertNotNull(chunked, "chunk " + chunk);
            assertEquals(one.size(), chunked.size());
            assertTrue(one.isIsomorphicWith(chunked), "chunk " + chunk);
            // a blank node split over chunks is one node: each axiom has its 7 triples (an eighth: some are restrictions' too)
            long subjects = chunked.find(Node.ANY, org.apache.jena.vocabulary.OWL2.annotatedSource.asNode(), Node.ANY).toList().size();
            assertEquals(one.find(Node.ANY, org.apache.jena.vocabulary.OWL2.annotatedSource.asNode(), Node.ANY).toList().size(), subjects);
        }
    }

    @Test void twoReadsDoNotShareBlankNodes() throws Exception {
        Path f = tmp.resolve("b.nt");
        Files.writeString(f, "_:x <http://example.org/p> \"1\" .\n_:x <http://example.org/p> \"2\" .\n", StandardCharsets.UTF_8);
        Graph a = ParallelNTriples.read(f, 10, 2), b = ParallelNTriples.read(f, 10, 2);
        assertEquals(1, a.find().mapWith(t -> t.getSubject()).toSet().size(), "one blank node in both chunks");
        assertTrue(!a.find().next().getSubject().equals(b.find().next().getSubject()), "a fresh node per read");
    }

    @Test void aBadLineGivesUpAndThePlainReadNamesIt() throws Exception {
        Path f = tmp.resolve("bad.nt");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) b.append("<http://example.org/s").append(i).append("> <http://example.org/p> \"v\" .\n");
        b.append("<http://example.org/s> <http://example.org/p> broken .\n");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        assertNull(ParallelNTriples.read(f, 500, 2));
        Exporter.ReadException e = assertThrows(Exporter.ReadException.class, () -> Exporter.read(f));
        assertTrue(e.getMessage().contains("line 201"), e.getMessage());
    }
}

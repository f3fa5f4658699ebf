package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editable compact graph answers as Jena's default in-memory graph after any sequence of additions and deletions
 * (of its own triples, of new ones, of triples deleted and added again), and validation reports on it equal those on
 * Jena's graph, before and after edits.
 */
class EditableCompactGraphTest {
    @TempDir Path tmp;

    private static List<Triple> parsed() {
        List<Triple> out = new ArrayList<>();
        RDFParser.fromString(CompactGraphTest.DATA, Lang.TURTLE).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override public void triple(Triple t) { out.add(t); }
        });
        return out;
    }

    static EditableCompactGraph editable(Graph g) {
        CompactGraph.Builder b = new CompactGraph.Builder();
        Graph sink = b.sink();
        g.find().forEachRemaining(sink::add);
        return EditableCompactGraph.of(b);
    }

    private static void assertSame(Graph mem, Graph edited, Set<Node> nodes, String when) {
        assertEquals(mem.size(), edited.size(), when);
        for (Node s : nodes) for (Node p : nodes) for (Node o : nodes) {
            List<Triple> expected = mem.find(s, p, o).toList(), actual = edited.find(s, p, o).toList();
            assertEquals(new HashSet<>(expected), new HashSet<>(actual), when + ": " + s + " " + p + " " + o);
            assertEquals(expected.size(), actual.size(), when + ", no triple twice: " + s + " " + p + " " + o);
            assertEquals(mem.contains(s, p, o), edited.contains(s, p, o), when + ": " + s + " " + p + " " + o);
        }
    }

    @Test void randomEditsAnswerAsTheDefaultGraph() {
        List<Triple> triples = parsed();
        Graph mem = GraphFactory.createDefaultGraph();
        triples.forEach(mem::add);
        EditableCompactGraph edited = editable(mem);
        Set<Node> nodes = new LinkedHashSet<>();
        triples.forEach(t -> nodes.addAll(List.of(t.getSubject(), t.getPredicate(), t.getObject())));
        List<Node> pool = new ArrayList<>(nodes);
        nodes.add(Node.ANY);
        assertSame(mem, edited, nodes, "as built");
        Random random = new Random(14);
        List<Triple> candidates = new ArrayList<>(triples);
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < 25; i++) {
                Triple t = random.nextInt(3) == 0
                    ? Triple.create(pick(pool, random), pick(pool.stream().filter(Node::isURI).toList(), random), pick(pool, random))
                    : pick(candidates, random);
                if (t.getSubject().isLiteral()) continue;
                candidates.add(t);
                if (random.nextBoolean()) {
                    mem.add(t);
                    edited.add(t);
                } else {
                    mem.delete(t);
                    edited.delete(t);
                }
            }
            assertSame(mem, edited, nodes, "after round " + round);
        }
        assertTrue(mem.isIsomorphicWith(edited));
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    @Test void sameValidationReportAsTheDefaultGraphBeforeAndAfterEdits() {
        Graph mem = ShapeChecksTest.broken(tmp);
        EditableCompactGraph edited = editable(mem);
        ValidationResult expected = Validator.validate(mem), actual = Validator.validate(edited);
        assertTrue(expected.rows().size() > 38, "a violation of every shape");
        assertEquals(ReportWriter.text(expected), ReportWriter.text(actual));
        // repair-like edits: drop some statements at fault, add a link
        int n = 0;
        for (ValidationRow row : expected.rows()) {
            if (row.focus() == null || row.value() == null || row.property() == null) continue;
            Triple t = Triple.create(row.focus(), row.property(), row.value());
            mem.delete(t);
            edited.delete(t);
            if (++n == 10) break;
        }
        Triple extra = Triple.create(NodeFactory.createURI("http://example.org/x"), org.apache.jena.vocabulary.SKOS.broader.asNode(),
            NodeFactory.createURI("http://example.org/x"));
        mem.add(extra);
        edited.add(extra);
        ValidationResult after = Validator.validate(mem);
        assertTrue(after.rows().size() != expected.rows().size(), "the edits changed the report");
        assertEquals(ReportWriter.text(after), ReportWriter.text(Validator.validate(edited)));
    }
}

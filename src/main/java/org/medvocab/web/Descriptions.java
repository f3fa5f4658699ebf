package org.medvocab.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.medvocab.link.MappingGraph;
import org.medvocab.model.MVO;
import org.medvocab.model.Vocab;

/**
 * The RDF description of a resource, as served for its IRI: every triple about it (with the blank nodes it points to,
 * such as OWL restrictions), the owl:Axiom annotations of its statements (evidence, offsets, sources; mapping metadata)
 * and therefore its mappings. A hash namespace (the core ontology) is described as its whole named graph.
 */
public final class Descriptions {
    private Descriptions() {}

    /** The description of {@code n}: its triples, their blank-node closure and the axioms annotating its statements. */
    public static Graph describe(VocabularyView view, Node n) {
        return view.read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            addPrefixes(g, view);
            Set<Node> done = new HashSet<>();
            closure(view, n, g, done);
            for (Node ax : Queries.subjects(view.dsg, OWL2.annotatedSource.asNode(), n)) closure(view, ax, g, done);
            return g;
        });
    }

    /** The union of the quads of one named graph, as a graph. */
    public static Graph namedGraph(VocabularyView view, Node graphName) {
        return view.read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            addPrefixes(g, view);
            view.dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
    }

    private static void closure(VocabularyView view, Node start, Graph g, Set<Node> done) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!done.add(s)) continue;
            view.dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                g.add(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
                if (q.getObject().isBlank()) todo.add(q.getObject());
            });
        }
    }

    private static void addPrefixes(Graph g, VocabularyView view) {
        PrefixMap pm = view.dsg.prefixes();
        if (pm != null) pm.forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
        var m = g.getPrefixMapping();
        m.setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.getURI());
        m.setNsPrefix("owl", OWL2.getURI());
        m.setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.getURI());
        m.setNsPrefix("rdf", org.apache.jena.vocabulary.RDF.getURI());
        m.setNsPrefix("dct", org.apache.jena.vocabulary.DCTerms.getURI());
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix(MVO.PREFIX, MVO.NS);
        m.setNsPrefix("sssom", MappingGraph.SSSOM);
        m.setNsPrefix("vann", Vocab.VANN_NS);
    }
}

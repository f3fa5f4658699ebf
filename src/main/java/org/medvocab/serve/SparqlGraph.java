package org.medvocab.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only graph whose {@code find} is a SPARQL SELECT on a remote endpoint: the endpoint's default graph (in
 * medvocab's own service and in {@code package --fuseki} deployments, the union of the named graphs) or one named graph.
 *
 * <p>Blank nodes cannot be named in a later query, so each query also fetches the triples of the blank nodes it
 * returns (one level: OWL restrictions and the {@code owl:Axiom} annotations of statements), and those triples are kept
 * in a bounded cache shared by the graphs of one store; a {@code find} about such a blank node is answered from it.
 */
final class SparqlGraph extends GraphBase {

    /** The triples of a blank subject or object found, fetched with it (the pattern is inside the same graph). */
    private static final String SUBJECT_TRIPLES = " OPTIONAL { FILTER(isBlank(?s)) ?s ?sp ?so }";
    private static final String OBJECT_TRIPLES = " OPTIONAL { FILTER(isBlank(?o)) ?o ?op ?oo }";

    private final Function<String, List<Binding>> select;
    private final Node graphName;
    private final BlankNodes blanks;

    /**
     * @param select    runs a SELECT on the endpoint
     * @param graphName the named graph, or null for the default graph
     * @param blanks    the cache of blank-node triples, shared by the graphs of one store
     */
    SparqlGraph(Function<String, List<Binding>> select, Node graphName, BlankNodes blanks) {
        this.select = select;
        this.graphName = graphName;
        this.blanks = blanks;
    }

    @Override protected ExtendedIterator<Triple> graphBaseFind(Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (s.isBlank() || o.isBlank()) return WrappedIterator.create(blanks.find(s, p, o).iterator());
        String pattern = term(s, "?s") + " " + term(p, "?p") + " " + term(o, "?o") + " ."
            + (s.isConcrete() ? "" : SUBJECT_TRIPLES) + (o.isConcrete() ? "" : OBJECT_TRIPLES);
        String where = graphName == null ? pattern : "GRAPH " + NodeFmtLib.strNT(graphName) + " { " + pattern + " }";
        List<Binding> rows = select.apply("SELECT * WHERE { " + where + " }");
        Set<Triple> out = new LinkedHashSet<>();
        Map<Node, Node> local = new HashMap<>();        // blank node of this result → blank node of the cache
        for (Binding b : rows) {
            Node ts = s.isConcrete() ? s : local(b.get("s"), local);
            Node tp = p.isConcrete() ? p : b.get("p");
            Node to = o.isConcrete() ? o : local(b.get("o"), local);
            out.add(Triple.create(ts, tp, to));
            if (ts.isBlank() && b.get("sp") != null) blanks.add(Triple.create(ts, b.get("sp"), local(b.get("so"), local)));
            if (to.isBlank() && b.get("op") != null) blanks.add(Triple.create(to, b.get("op"), local(b.get("oo"), local)));
        }
        return WrappedIterator.create(out.iterator());
    }

    private static String term(Node n, String var) {
        return n.isConcrete() ? NodeFmtLib.strNT(n) : var;
    }

    private Node local(Node remote, Map<Node, Node> local) {
        return remote.isBlank() ? local.computeIfAbsent(remote, r -> blanks.fresh()) : remote;
    }

    @Override protected boolean graphBaseContains(Triple t) {
        ExtendedIterator<Triple> it = graphBaseFind(t);
        try {
            return it.hasNext();
        } finally {
            it.close();
        }
    }

    /** The triples of blank nodes seen in query results, for the most recent {@value #CAPACITY} blank nodes. */
    static final class BlankNodes {
        static final int CAPACITY = 50_000;

        private final Map<Node, List<Triple>> bySubject = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<Node, List<Triple>> eldest) {
                return size() > CAPACITY;
            }
        });

        Node fresh() {
            Node n = NodeFactory.createBlankNode();
            bySubject.put(n, Collections.synchronizedList(new ArrayList<>()));
            return n;
        }

        void add(Triple t) {
            List<Triple> l = bySubject.computeIfAbsent(t.getSubject(), k -> Collections.synchronizedList(new ArrayList<>()));
            if (!l.contains(t)) l.add(t);
        }

        List<Triple> find(Node s, Node p, Node o) {
            Triple pattern = Triple.createMatch(s, p, o);
            List<Triple> out = new ArrayList<>();
            if (s.isBlank()) {
                List<Triple> l = bySubject.getOrDefault(s, List.of());
                synchronized (l) {
                    for (Triple t : l) if (pattern.matches(t)) out.add(t);
                }
                return out;
            }
            synchronized (bySubject) {                  // a blank object: rare (not used by the pages)
                for (List<Triple> l : bySubject.values()) for (Triple t : l) if (pattern.matches(t)) out.add(t);
            }
            return out;
        }
    }
}

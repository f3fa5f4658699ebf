package org.medvocab.validate;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;

/**
 * The strongly connected components of the graph made of some properties' links (e.g. {@code skos:broader} and
 * {@code rdfs:subClassOf}), found once with Tarjan's algorithm (iterative, so a deep hierarchy needs no deep Java
 * stack), and for every node the set of marked nodes it reaches through those links, zero or more of them (the core top
 * classes a concept descends from). What {@code (skos:broader|rdfs:subClassOf)*} gives per focus node, in one pass
 * over the graph instead of one path evaluation per node; and a node is on a cycle of the links exactly when its
 * component has more than one node (or it links to itself).
 */
final class Hierarchy {
    private final Graph graph;
    private final List<Node> properties;
    private final Map<Node, Integer> marks;

    /** Reached marks of every node the search visited (absent: a node with no links, which reaches only itself). */
    private final Map<Node, Integer> reach = new HashMap<>();
    /** Component of every node on a cycle (components of one node without a self-link are left out). */
    private final Map<Node, Integer> cyclic = new HashMap<>();

    // the search's state: node → visit number, and per visit number its low link, component and marks so far
    private Map<Node, Integer> ids = new HashMap<>();
    private int[] low = new int[1024], comp = new int[1024], acc = new int[1024];
    private int[] compMarks = new int[1024];
    private int components;
    private final ArrayDeque<Integer> open = new ArrayDeque<>();
    private final java.util.ArrayList<Node> byId = new java.util.ArrayList<>();

    private Hierarchy(Graph graph, List<Node> properties, Map<Node, Integer> marks) {
        this.graph = graph;
        this.properties = properties;
        this.marks = marks;
    }

    /**
     * The hierarchy of {@code properties} in {@code graph}: every subject of one of them is visited.
     *
     * @param marks nodes that are marked, each with its own bit (may be empty)
     */
    static Hierarchy of(Graph graph, List<Node> properties, Map<Node, Integer> marks) {
        Hierarchy h = new Hierarchy(graph, properties, marks);
        for (Node p : properties) {
            ExtendedIterator<Triple> it = graph.find(Node.ANY, p, Node.ANY);
            try {
                while (it.hasNext()) {
                    Node s = it.next().getSubject();
                    if (!h.ids.containsKey(s)) h.search(s);
                }
            } finally {
                it.close();
            }
        }
        h.ids = null;   // the search's state is not needed any more
        h.low = h.comp = h.acc = h.compMarks = null;
        h.byId.clear();
        h.byId.trimToSize();
        return h;
    }

    /** The marks {@code n} reaches through zero or more links: its own and those of every node above it. */
    int marks(Node n) {
        Integer r = reach.get(n);
        if (r != null) return r;
        Integer own = marks.get(n);
        return own == null ? 0 : own;
    }

    /** Whether {@code a} and {@code b} are on one cycle of the links (the same component of more than one node). */
    boolean sameCycle(Node a, Node b) {
        Integer ca = cyclic.get(a);
        return ca != null && ca.equals(cyclic.get(b));
    }

    /** Whether some nodes are on a cycle of the links (a node linked to itself alone does not count). */
    boolean hasCycles() {
        return !cyclic.isEmpty();
    }

    private record Frame(int id, Node node, Iterator<Node> next) {}

    /** Tarjan's search from {@code root}, with an explicit stack. */
    private void search(Node root) {
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        stack.push(enter(root));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next().hasNext()) {
                Node w = f.next().next();
                Integer wi = ids.get(w);
                if (wi == null) {
                    stack.push(enter(w));
                } else if (comp[wi] < 0) {
                    low[f.id()] = Math.min(low[f.id()], wi);   // on the open stack: same component
                } else {
                    acc[f.id()] |= compMarks[comp[wi]];        // a finished component below
                }
                continue;
            }
            stack.pop();
            if (low[f.id()] == f.id()) close(f.id());
            if (!stack.isEmpty()) {
                int parent = stack.peek().id();
                low[parent] = Math.min(low[parent], low[f.id()]);
                if (comp[f.id()] >= 0) acc[parent] |= compMarks[comp[f.id()]];
            }
        }
    }

    private Frame enter(Node n) {
        int id = byId.size();
        ids.put(n, id);
        byId.add(n);
        if (id >= low.length) {
            int size = low.length * 2;
            low = Arrays.copyOf(low, size);
            comp = Arrays.copyOf(comp, size);
            acc = Arrays.copyOf(acc, size);
        }
        low[id] = id;
        comp[id] = -1;
        Integer own = marks.get(n);
        acc[id] = own == null ? 0 : own;
        open.push(id);
        return new Frame(id, n, successors(n));
    }

    /** Closes the component whose first visited node is {@code rootId}: its marks are those of all its members. */
    private void close(int rootId) {
        int c = components++;
        if (c >= compMarks.length) compMarks = Arrays.copyOf(compMarks, compMarks.length * 2);
        java.util.ArrayList<Integer> members = new java.util.ArrayList<>();
        int m = 0, id;
        do {
            id = open.pop();
            comp[id] = c;
            members.add(id);
            m |= acc[id];
        } while (id != rootId);
        compMarks[c] = m;
        boolean cycle = members.size() > 1;
        for (int i : members) {
            Node n = byId.get(i);
            if (m != 0) reach.put(n, m);
            if (cycle) cyclic.put(n, c);
        }
    }

    private Iterator<Node> successors(Node n) {
        if (n.isLiteral()) return NullIterator.instance();
        ExtendedIterator<Node> it = NullIterator.instance();
        for (Node p : properties) it = it.andThen(graph.find(n, p, Node.ANY).mapWith(Triple::getObject));
        return it.toList().iterator();   // not left open on the stack
    }
}

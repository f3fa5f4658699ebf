package org.medvocab.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.MVO;

/**
 * What the {@link ShapeCheck}s of one validation share, each built once on first use (by whichever thread asks first):
 * the kinds (core top classes reached through {@code skos:broader|rdfs:subClassOf}), the cycles of
 * {@code skos:broader} and of {@code rdfs:subClassOf}, and which classes are subclasses of {@code mvo:SourceDocument}.
 */
final class Indexes {
    /** The core top classes, in the order of their bits in {@link #kinds()}. */
    static final List<Node> TOP_CLASSES = List.of(MVO.Device, MVO.Procedure, MVO.Condition, MVO.AnatomicalStructure,
        MVO.BiologicalMechanism, MVO.Substance);

    private static final Map<Node, Integer> TOP_BITS = bits();

    private final Graph data;
    private final Supplier<Hierarchy> kinds;
    private final Supplier<Hierarchy> broaderCycles;
    private final Supplier<Hierarchy> subClassCycles;
    private final Supplier<Map<Node, Node[]>> up;
    private final Map<Node, Boolean> documentClasses = new ConcurrentHashMap<>();

    Indexes(Graph data) {
        this.data = data;
        Node broader = SKOS.broader.asNode(), subClassOf = RDFS.subClassOf.asNode();
        kinds = once(() -> Hierarchy.of(data, List.of(broader, subClassOf), TOP_BITS));
        broaderCycles = once(() -> Hierarchy.of(data, List.of(broader), Map.of()));
        subClassCycles = once(() -> Hierarchy.of(data, List.of(subClassOf), Map.of()));
        up = once(() -> links(data, List.of(broader, SKOS.broaderTransitive.asNode())));
    }

    /**
     * The objects of each subject's {@code skos:broader} and {@code skos:broaderTransitive} links, read in one pass: a
     * search up the hierarchy from every focus node reads arrays instead of two graph lookups per node it reaches.
     */
    Map<Node, Node[]> up() { return up.get(); }

    private static Map<Node, Node[]> links(Graph data, List<Node> properties) {
        Map<Node, java.util.List<Node>> lists = new HashMap<>();
        for (Node p : properties) {
            data.find(Node.ANY, p, Node.ANY).forEachRemaining(t ->
                lists.computeIfAbsent(t.getSubject(), k -> new java.util.ArrayList<>(2)).add(t.getObject()));
        }
        Map<Node, Node[]> m = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> m.put(k, v.toArray(new Node[0])));
        return m;
    }

    /** The bit of a top class in a kind mask. */
    static int bit(Node topClass) {
        return TOP_BITS.get(topClass);
    }

    /** Kind masks: the top classes each node reaches through {@code (skos:broader|rdfs:subClassOf)*}. */
    Hierarchy kinds() { return kinds.get(); }

    /**
     * The hierarchy of {@code property} alone, for its cycles (skos:broader or rdfs:subClassOf); null when it has none
     * for certain because the hierarchy of both has none (then only a link of a node to itself is a cycle).
     */
    Hierarchy cycles(Node property) {
        if (!kinds().hasCycles()) return null;
        if (property.equals(SKOS.broader.asNode())) return broaderCycles.get();
        if (property.equals(RDFS.subClassOf.asNode())) return subClassCycles.get();
        throw new IllegalArgumentException("no cycle index for " + property);
    }

    /** Whether {@code n} is an instance of mvo:SourceDocument: {@code n rdf:type/rdfs:subClassOf* mvo:SourceDocument}. */
    boolean isSourceDocument(Node n) {
        if (n.isLiteral()) return false;
        var it = data.find(n, RDF.type.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                if (documentClasses.computeIfAbsent(it.next().getObject(), this::belowSourceDocument)) return true;
            }
            return false;
        } finally {
            it.close();
        }
    }

    /** {@code c rdfs:subClassOf* mvo:SourceDocument}, by a search up the class links. */
    private boolean belowSourceDocument(Node c) {
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(c));
        java.util.Set<Node> seen = new java.util.HashSet<>(todo);
        while (!todo.isEmpty()) {
            Node x = todo.pop();
            if (x.equals(MVO.SourceDocument)) return true;
            if (x.isLiteral()) continue;
            data.find(x, RDFS.subClassOf.asNode(), Node.ANY).mapWith(Triple::getObject).forEachRemaining(y -> {
                if (seen.add(y)) todo.push(y);
            });
        }
        return false;
    }

    private static Map<Node, Integer> bits() {
        Map<Node, Integer> m = new HashMap<>();
        for (int i = 0; i < TOP_CLASSES.size(); i++) m.put(TOP_CLASSES.get(i), 1 << i);
        return Map.copyOf(m);
    }

    /** A supplier that computes once, on first use, and makes other threads wait for that. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private volatile T value;
            @Override public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) value = make.get();
                        v = value;
                    }
                }
                return v;
            }
        };
    }
}

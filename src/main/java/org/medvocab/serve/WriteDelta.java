package org.medvocab.serve;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.Graphs;

/**
 * What one write transaction changed, recorded as it happens, so that the commit check costs what the write touched and
 * not what the store holds:
 * <ul>
 *   <li>the resources it touched (subjects and non-literal objects of the quads added and removed); null once there are
 *       more than {@link WriteGate#SCOPED_LIMIT} (then the whole store is validated);</li>
 *   <li>the resources whose own description lost a triple or changed type: what points at them is validated too (a
 *       triple added elsewhere cannot break a constraint of a resource that points at it);</li>
 *   <li>the change in the vocabulary graph's triples and scheme members, counting only quads that really were added
 *       or removed.</li>
 * </ul>
 */
final class WriteDelta {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node IN_SCHEME = SKOS.inScheme.asNode();

    private Set<Node> touched = new HashSet<>();
    private Set<Node> changedDescriptions = new HashSet<>();
    private long triples;
    private long concepts;
    private boolean countsKnown = true;

    /** Records a quad about to be added ({@code removed} false) or removed, if it really changes the store. */
    void record(DatasetGraph store, Node g, Node s, Node p, Node o, boolean removed) {
        if (store.contains(g, s, p, o) != removed) return;   // adding what is there, removing what is not: no change
        touch(s, o);
        if (touched != null && (removed || TYPE.equals(p)) && isResource(s)) changedDescriptions.add(s);
        if (Graphs.VOCABULARY.equals(g)) {
            int sign = removed ? -1 : 1;
            triples += sign;
            if (IN_SCHEME.equals(p)) concepts += sign;
        }
    }

    /** Everything was removed (the whole dataset cleared). */
    void clearedAll() {
        touched = null;
        changedDescriptions = null;
        countsKnown = false;
    }

    private void touch(Node s, Node o) {
        if (touched == null) return;
        if (isResource(s)) touched.add(s);
        if (isResource(o)) touched.add(o);
        if (touched.size() > WriteGate.SCOPED_LIMIT) {
            touched = null;
            changedDescriptions = null;
        }
    }

    private static boolean isResource(Node n) { return n.isURI() || n.isBlank(); }

    /** The touched resources, or null when there are too many to validate one by one. */
    Set<Node> touched() { return touched; }

    /** Touched resources whose in-neighbours must be validated too, or null with {@link #touched()}. */
    Set<Node> changedDescriptions() { return changedDescriptions; }

    /** The counts after the write, from the counts before; null when they cannot be derived (the dataset was cleared). */
    WriteGate.Counts after(WriteGate.Counts before, DatasetGraph store) {
        if (!countsKnown || before == null) return null;
        return new WriteGate.Counts(before.triples() + triples, before.concepts() + concepts, WriteGate.Counts.hasScheme(store));
    }
}

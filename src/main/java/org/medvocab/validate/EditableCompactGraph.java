package org.medvocab.validate;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Capabilities;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A {@link CompactGraph} that can still be edited a little: the triples deleted from it are remembered in a set, the
 * triples added in a small Jena in-memory graph beside it. What a converted vocabulary needs: it is built once, in bulk,
 * then the curation overlay and the repair of shape violations add and delete a few triples. It holds about a fifth of
 * the memory of Jena's in-memory graph for the same triples (each node once, three int columns and two orders of them).
 *
 * <p>It behaves as Jena's default in-memory graph: term equality, a repeated triple held once, adding a triple it holds
 * or deleting one it lacks changes nothing. Safe for reading from many threads at once while nobody edits it (as Jena's
 * in-memory graph); edits are not thread-safe. A {@code find} iterator does not support {@code remove}; collect the
 * triples first, then delete them.
 *
 * <p>{@code EditableCompactGraphTest} checks it against Jena's graph through random edits, and the validation report
 * of a converted vocabulary held in it against the same vocabulary in Jena's graph.
 */
public final class EditableCompactGraph extends GraphBase {

    private static final Capabilities CAPABILITIES = CompactGraph.capabilities(true);

    private final CompactGraph base;
    /** Triples of {@link #base} deleted since (each one of the base). */
    private final Set<Triple> deleted = ConcurrentHashMap.newKeySet();
    /** Triples added since that the base does not hold. */
    private final Graph added = GraphFactory.createDefaultGraph();

    public EditableCompactGraph(CompactGraph base) {
        this.base = base;
    }

    /** The graph of the triples given to {@code builder}, editable. */
    public static EditableCompactGraph of(CompactGraph.Builder builder) {
        return new EditableCompactGraph(builder.build());
    }

    @Override public Capabilities getCapabilities() {
        return CAPABILITIES;
    }

    @Override public void performAdd(Triple t) {
        if (deleted.remove(t) || added.contains(t) || base.contains(t)) return;
        added.add(t);
    }

    @Override public void performDelete(Triple t) {
        if (added.contains(t)) added.delete(t);
        else if (base.contains(t)) deleted.add(t);
    }

    @Override protected boolean graphBaseContains(Triple t) {
        if (!t.isConcrete()) return containsByFind(t);
        return added.contains(t) || base.contains(t) && !deleted.contains(t);
    }

    @Override protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
        ExtendedIterator<Triple> it = base.find(m);
        if (!deleted.isEmpty()) it = it.filterDrop(deleted::contains);
        return added.isEmpty() ? it : it.andThen(added.find(m));
    }

    @Override protected int graphBaseSize() {
        return base.size() - deleted.size() + added.size();
    }
}

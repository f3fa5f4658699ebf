package org.medvocab.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.medvocab.validate.ValidationResult;

/**
 * The served dataset: a wrapper that checks every write transaction when it commits. SPARQL Update, Graph Store
 * Protocol writes and uploads all end in a commit, so none of them can leave the store in a state the shapes reject:
 *
 * <ul>
 *   <li>the stored default graph must stay empty (the default graph of queries is the union of the named graphs, so
 *       data written there would be invisible; write into a named graph such as {@code Graphs.VOCABULARY});</li>
 *   <li>the write may not remove more than a set share of the vocabulary graph or its scheme ({@link WriteGate});</li>
 *   <li>what the write touched, and what points at it, must have no SHACL violation (warnings are allowed).</li>
 * </ul>
 * Named graphs are handed out as views of this dataset, so every change passes through it and the resources a write
 * touches are known at commit.
 *
 * Reads of the default graph outside write transactions give the union of the named graphs
 * ({@link #getDefaultGraph()}).
 *
 * <p>A refused commit aborts the transaction, so the store is unchanged, and throws {@link RejectedWriteException}. Later
 * calls of {@code abort()} or {@code end()} for that transaction do nothing. Reads are not affected.
 */
public final class ValidatingDatasetGraph extends DatasetGraphWrapper {

    /** A write was refused at commit; the message says why (the shapes and focus nodes that fail). */
    public static final class RejectedWriteException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ValidationResult validation;

        RejectedWriteException(String message, ValidationResult validation) {
            super(message);
            this.validation = validation;
        }

        /** The validation result, or null if the write was refused for another reason. */
        public ValidationResult validation() { return validation; }
    }

    /** The last write refused on this thread (see {@link #takeRejection()}). */
    private static final ThreadLocal<RejectedWriteException> LAST_REJECTION = new ThreadLocal<>();

    private final WriteGate gate;
    private final Function<RejectedWriteException, RuntimeException> translate;
    /** The vocabulary's counts when this thread's write transaction began. */
    private final ThreadLocal<WriteGate.Counts> before = new ThreadLocal<>();
    /** What this thread's write transaction changed so far. */
    private final ThreadLocal<WriteDelta> delta = new ThreadLocal<>();

    ValidatingDatasetGraph(DatasetGraph dsg, Graph shapes, Function<RejectedWriteException, RuntimeException> translate) {
        this(dsg, shapes, translate, Guards.DEFAULT_MAX_REMOVED_SHARE);
    }

    ValidatingDatasetGraph(DatasetGraph dsg, Graph shapes, Function<RejectedWriteException, RuntimeException> translate, double maxRemovedShare) {
        super(dsg);
        this.gate = new WriteGate(shapes, maxRemovedShare);
        this.translate = translate == null ? e -> e : translate;
    }

    @Override public void begin(TxnType type) {
        super.begin(type);
        if (type == TxnType.WRITE) startWrite();
    }

    @Override public void begin(ReadWrite mode) {
        super.begin(mode);
        if (mode == ReadWrite.WRITE) startWrite();
    }

    private void startWrite() {
        before.set(gate.countsBefore(getWrapped()));
        delta.set(new WriteDelta());
    }

    private void record(Node g, Node s, Node p, Node o, boolean removed) {
        WriteDelta d = delta.get();
        if (d != null) d.record(getWrapped(), g, s, p, o, removed);
    }

    private void recordAll(Node g, Node s, Node p, Node o) {
        WriteDelta d = delta.get();
        if (d == null) return;
        List<Quad> gone = new ArrayList<>();
        getWrapped().find(g, s, p, o).forEachRemaining(gone::add);
        for (Quad q : gone) d.record(getWrapped(), q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject(), true);
    }

    @Override public void add(Quad q) { record(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject(), false); super.add(q); }
    @Override public void delete(Quad q) { record(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject(), true); super.delete(q); }
    @Override public void add(Node g, Node s, Node p, Node o) { record(g, s, p, o, false); super.add(g, s, p, o); }
    @Override public void delete(Node g, Node s, Node p, Node o) { record(g, s, p, o, true); super.delete(g, s, p, o); }
    @Override public void deleteAny(Node g, Node s, Node p, Node o) { recordAll(g, s, p, o); super.deleteAny(g, s, p, o); }
    @Override public void removeGraph(Node g) { recordAll(g, Node.ANY, Node.ANY, Node.ANY); super.removeGraph(g); }
    @Override public void clear() {
        WriteDelta d = delta.get();
        if (d != null) d.clearedAll();
        super.clear();
    }

    @Override public void addGraph(Node g, Graph graph) {
        removeGraph(g);
        graph.find().forEachRemaining(t -> add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Named graphs as views of this dataset, so that writes through them are seen by the gate. */
    @Override public Graph getGraph(Node g) {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) return GraphView.createNamedGraph(this, g);
        return super.getGraph(g);
    }

    /**
     * Commits the write transaction if the data passes; otherwise aborts it (the store is unchanged) and throws the
     * {@link RejectedWriteException}, as translated for the caller (Fuseki gets an HTTP 422 error).
     */
    @Override public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            WriteGate.Counts after;
            try {
                after = check();
            } catch (RejectedWriteException e) {
                super.abort();
                LAST_REJECTION.set(e);
                throw translate.apply(e);
            } finally {
                delta.remove();
            }
            WriteGate.Counts was = before.get();
            before.remove();
            super.commit();
            gate.committed(getWrapped(), after);
            WriteContext c = WriteContext.current();
            if (c != null && was != null) {
                c.triplesBefore = was.triples();
                c.conceptsBefore = was.concepts();
                c.conceptsAfter = after.concepts();
                c.triplesAfter = after.triples();
            }
            return;
        }
        super.commit();
    }

    /**
     * The write refused on this thread since the last call, or null; clears it. For callers that cannot see the
     * exception because a framework swallows it.
     */
    static RejectedWriteException takeRejection() {
        RejectedWriteException e = LAST_REJECTION.get();
        LAST_REJECTION.remove();
        return e;
    }

    /**
     * Outside write transactions, the union of the named graphs, as for queries: so the Graph Store Protocol's
     * {@code ?default} and the SHACL service's {@code ?graph=default} see everything. In a write transaction, the stored
     * default graph, which the commit check keeps empty.
     */
    @Override public Graph getDefaultGraph() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) return super.getDefaultGraph();
        return getUnionGraph();
    }

    /**
     * Abort, tolerating a transaction that is already finished. A read transaction is ended instead: it has nothing to roll
     * back, and an abort of a read through jena-text over TDB2 (what Fuseki does when a query is cancelled or times out)
     * can leave the TDB2 reader counted as active with no thread to end it, which piles up and stops the database from
     * being closed.
     */
    @Override public void abort() {
        delta.remove();
        before.remove();
        if (!isInTransaction()) return;
        if (transactionMode() == ReadWrite.READ) super.end();
        else super.abort();
    }

    /** End, tolerating a transaction that is already finished. */
    @Override public void end() {
        delta.remove();
        before.remove();
        if (isInTransaction()) super.end();
    }

    private WriteGate.Counts check() {
        DatasetGraph dsg = getWrapped();
        if (VocabularyStore.hasDefaultGraphData(dsg)) {
            throw new RejectedWriteException("Refused: this write puts triples in the default graph. The default graph of this "
                + "service is the union of its named graphs; write into a named graph instead, e.g. GRAPH <"
                + org.medvocab.model.Graphs.VOCABULARY.getURI() + "> { ... } or ?graph=" + org.medvocab.model.Graphs.VOCABULARY.getURI()
                + ". Nothing was changed.", null);
        }
        WriteContext c = WriteContext.current();
        WriteDelta d = delta.get();
        WriteGate.Counts after = gate.checkRemoval(before.get(), d == null ? null : d.after(before.get(), dsg), dsg, c != null && c.force);
        gate.checkShapes(dsg, d == null ? null : d.touched(), d == null ? null : d.changedDescriptions());
        return after;
    }
}

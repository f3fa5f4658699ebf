package org.medvocab.serve;

import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;

/**
 * The served dataset: a wrapper that checks every write transaction when it commits. SPARQL Update, Graph Store
 * Protocol writes and uploads all end in a commit, so none of them can leave the store in a state the shapes reject:
 *
 * <ul>
 *   <li>the stored default graph must stay empty (the default graph of queries is the union of the named graphs, so
 *       data written there would be invisible; write into a named graph such as {@code Graphs.VOCABULARY});</li>
 *   <li>the union of the named graphs must have no SHACL violation (warnings are allowed).</li>
 * </ul>
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

    private final Graph shapes;
    private final Function<RejectedWriteException, RuntimeException> translate;

    ValidatingDatasetGraph(DatasetGraph dsg, Graph shapes, Function<RejectedWriteException, RuntimeException> translate) {
        super(dsg);
        this.shapes = shapes;
        this.translate = translate == null ? e -> e : translate;
    }

    /**
     * Commits the write transaction if the data passes; otherwise aborts it (the store is unchanged) and throws the
     * {@link RejectedWriteException}, as translated for the caller (Fuseki gets an HTTP 422 error).
     */
    @Override public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            try {
                check();
            } catch (RejectedWriteException e) {
                super.abort();
                LAST_REJECTION.set(e);
                throw translate.apply(e);
            }
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

    /** Abort, tolerating a transaction that is already finished. */
    @Override public void abort() {
        if (isInTransaction()) super.abort();
    }

    /** End, tolerating a transaction that is already finished. */
    @Override public void end() {
        if (isInTransaction()) super.end();
    }

    private void check() {
        DatasetGraph dsg = getWrapped();
        if (VocabularyStore.hasDefaultGraphData(dsg)) {
            throw new RejectedWriteException("Refused: this write puts triples in the default graph. The default graph of this "
                + "service is the union of its named graphs; write into a named graph instead, e.g. GRAPH <"
                + org.medvocab.model.Graphs.VOCABULARY.getURI() + "> { ... } or ?graph=" + org.medvocab.model.Graphs.VOCABULARY.getURI()
                + ". Nothing was changed.", null);
        }
        if (shapes == null) return;
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        all.getPrefixMapping().setNsPrefixes(dsg.prefixes().getMapping());
        ValidationResult r = Validator.validate(all, shapes);
        if (!r.conforms()) {
            throw new RejectedWriteException("Refused: after this write the vocabulary would fail SHACL validation ("
                + r.summary() + "): " + Violations.describe(r, 5) + ". Nothing was changed.", r);
        }
    }
}

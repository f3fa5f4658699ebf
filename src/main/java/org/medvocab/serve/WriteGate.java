package org.medvocab.serve;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.Graphs;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;

/**
 * The checks a write transaction must pass when it commits, beyond "nothing in the stored default graph":
 * <ol>
 *   <li>it removes at most {@code maxRemovedShare} of the vocabulary graph's triples and of its scheme's concepts, and
 *       keeps the scheme, unless an administrator forces it ({@code ?force=true});</li>
 *   <li>the resources it touches, and those that point at them, pass the SHACL shapes (violations; warnings are allowed).
 *       Validation starts from what the write changed, so a small edit is cheap whatever the size of the store; a write
 *       that touches more than {@link #SCOPED_LIMIT} resources is validated as a whole.</li>
 * </ol>
 */
final class WriteGate {

    /** Above this many touched resources, the whole store is validated instead. */
    static final int SCOPED_LIMIT = 5_000;
    /** Removals smaller than this are never refused as a wipe (edits of tiny vocabularies). */
    static final int MIN_TRIPLES = 20;
    static final int MIN_CONCEPTS = 3;

    private static final Node IN_SCHEME = SKOS.inScheme.asNode();
    private static final Node CONCEPT_SCHEME = SKOS.ConceptScheme.asNode();
    private static final Node TYPE = RDF.type.asNode();

    /** Sizes of the vocabulary graph at one moment. */
    record Counts(long triples, long concepts, boolean scheme) {
        static Counts of(DatasetGraph dsg) {
            Node g = Graphs.VOCABULARY;
            long triples = count(dsg, g, Node.ANY, Node.ANY);
            long concepts = count(dsg, g, IN_SCHEME, Node.ANY);
            return new Counts(triples, concepts, hasScheme(dsg));
        }

        static boolean hasScheme(DatasetGraph dsg) {
            return dsg.find(Graphs.VOCABULARY, Node.ANY, TYPE, CONCEPT_SCHEME).hasNext();
        }

        /** Counted on TDB2's node ids (no node is decoded) when the dataset is TDB2, else through {@code find}. */
        private static long count(DatasetGraph dsg, Node g, Node p, Node o) {
            DatasetGraph tdb = tdb2(dsg);
            if (tdb == null) return org.apache.jena.atlas.iterator.Iter.count(dsg.find(g, Node.ANY, p, o));
            var quads = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable();
            return org.apache.jena.atlas.iterator.Iter.count(quads.findAsNodeIds(g, Node.ANY, p, o));
        }
    }

    private final Graph shapesGraph;
    private final org.apache.jena.shacl.Shapes shapes;
    private final double maxRemovedShare;

    WriteGate(Graph shapesGraph, double maxRemovedShare) {
        this.shapesGraph = shapesGraph;
        this.shapes = shapesGraph == null ? null : org.apache.jena.shacl.Shapes.parse(shapesGraph);
        this.maxRemovedShare = maxRemovedShare;
    }

    /** The counts after the last write committed through this gate, and the TDB2 write count then (-1: none). */
    private Counts lastCounts;
    private long lastWrites = -1;

    /**
     * The counts at the start of a write: those the last write through this gate left, when no other write has begun
     * since (TDB2 counts the write transactions begun), so a write does not count the whole vocabulary graph; otherwise
     * counted.
     */
    synchronized Counts countsBefore(DatasetGraph dsg) {
        long writes = beganWrites(dsg);
        if (lastCounts != null && writes >= 0 && writes == lastWrites + 1) return lastCounts;
        return Counts.of(dsg);
    }

    /** Remembers the counts a committed write left (null: unknown). */
    synchronized void committed(DatasetGraph dsg, Counts after) {
        lastCounts = after;
        lastWrites = after == null ? -1 : beganWrites(dsg);
    }

    private static long beganWrites(DatasetGraph dsg) {
        DatasetGraph tdb = tdb2(dsg);
        return tdb == null ? -1 : org.apache.jena.tdb2.sys.TDBInternal.getTransactionCoordinator(tdb).countBeginWrite();
    }

    /** The TDB2 dataset under the wrappers (text index, write checks), or null. */
    private static DatasetGraph tdb2(DatasetGraph dsg) {
        for (DatasetGraph d = dsg; d != null; ) {
            if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(d)) return d;
            d = d instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w ? w.getWrapped() : null;
        }
        return null;
    }

    /**
     * Refuses a removal larger than the allowed share, unless forced. Returns the counts after the write: {@code after}
     * when the write's delta gives them, else counted.
     */
    Counts checkRemoval(Counts before, Counts after, DatasetGraph dsg, boolean force) {
        if (after == null) after = Counts.of(dsg);
        if (force || before == null) return after;
        long triples = before.triples() - after.triples();
        long concepts = before.concepts() - after.concepts();
        boolean tooMany = triples >= MIN_TRIPLES && triples > maxRemovedShare * before.triples()
            || concepts >= MIN_CONCEPTS && concepts > maxRemovedShare * before.concepts();
        boolean schemeLost = before.scheme() && !after.scheme();
        if (tooMany || schemeLost) {
            throw new ValidatingDatasetGraph.RejectedWriteException(String.format(Locale.ROOT,
                "Refused: this write removes %d of the %d triples of the vocabulary graph <%s> and %d of its %d concepts%s; "
                    + "one write may remove at most %.0f%%. An administrator can repeat it with ?force=true (a backup is made first). "
                    + "Nothing was changed.", Math.max(0, triples), before.triples(), Graphs.VOCABULARY.getURI(), Math.max(0, concepts),
                before.concepts(), schemeLost ? ", including the concept scheme itself" : "", maxRemovedShare * 100), null);
        }
        return after;
    }

    /**
     * Validates what the write touched and what points at it ({@link Validator#validateFocus}), or everything when
     * {@code touched} is null or that neighbourhood is too large; refuses on a violation.
     */
    void checkShapes(DatasetGraph dsg, Set<Node> touched, Set<Node> changedDescriptions) {
        if (shapes == null) return;
        if (touched != null && touched.isEmpty()) return;
        Set<Node> focus = touched == null ? null : neighbourhood(dsg.getUnionGraph(), touched, changedDescriptions);
        ValidationResult r = focus != null ? Validator.validateFocus(dsg.getUnionGraph(), shapesGraph, shapes, focus) : validateAll(dsg);
        if (!r.conforms()) {
            throw new ValidatingDatasetGraph.RejectedWriteException("Refused: after this write the vocabulary would fail SHACL validation ("
                + r.summary() + "): " + Violations.describe(r, 5) + ". Nothing was changed.", r);
        }
    }

    private ValidationResult validateAll(DatasetGraph dsg) {
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        all.getPrefixMapping().setNsPrefixes(dsg.prefixes().getMapping());
        return Validator.validate(all, shapesGraph);
    }

    /**
     * The touched resources and those one step before the ones whose description changed (through a blank node, two), or
     * null when there are more than {@link #SCOPED_LIMIT}.
     */
    private static Set<Node> neighbourhood(Graph union, Set<Node> touched, Set<Node> changedDescriptions) {
        Set<Node> focus = new HashSet<>(touched);
        for (Node n : changedDescriptions == null ? touched : changedDescriptions) {
            union.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> {
                focus.add(t.getSubject());
                if (t.getSubject().isBlank()) union.find(Node.ANY, Node.ANY, t.getSubject()).forEachRemaining(u -> focus.add(u.getSubject()));
            });
            if (focus.size() > SCOPED_LIMIT) return null;
        }
        return focus;
    }
}

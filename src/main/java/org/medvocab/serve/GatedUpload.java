package org.medvocab.serve;

import java.util.regex.Pattern;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.servlets.UploadRDF;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's file upload ({@code /vocab/upload}, HTML form or {@code curl -F file=@x.ttl}) with client errors reported as
 * such: a file that does not parse is HTTP 400 (Fuseki says 500) and a write refused by {@link ValidatingDatasetGraph}
 * is HTTP 422. In both cases the transaction was aborted and the data is unchanged. With {@code ?graph=IRI}, the triples
 * of the file go into that named graph (Fuseki's dataset upload would put them in the default graph).
 */
final class GatedUpload extends UploadRDF {

    /** Jena parser messages start with the position, "[line: 3, col: 9 ]". */
    private static final Pattern PARSE_ERROR = Pattern.compile("^\\[line: *\\d+");

    @Override protected void doPost(HttpAction action) { putPost(action, false); }

    @Override protected void doPut(HttpAction action) { putPost(action, true); }

    private void putPost(HttpAction action, boolean replace) {
        String graph = action.getRequestParameter("graph");
        if (graph == null || graph.equals("default")) {
            if (replace) super.doPut(action); else super.doPost(action);
            return;
        }
        if (!IRIs.check(graph)) ServletOps.errorBadRequest("?graph= is not an absolute IRI: " + graph);
        Node g = NodeFactory.createURI(graph);
        ServletOps.uploadResponse(action, quadsPutPostTxn(action, a -> new IntoGraph(a.getActiveDSG(), g), replace));
    }

    /** A dataset view that puts default-graph data into one named graph (and clears only that graph). */
    private static final class IntoGraph extends DatasetGraphWrapper {
        private final Node graph;

        IntoGraph(DatasetGraph dsg, Node graph) {
            super(dsg);
            this.graph = graph;
        }

        @Override public void add(Quad q) { add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

        @Override public void add(Node g, Node s, Node p, Node o) {
            super.add(g == null || Quad.isDefaultGraph(g) ? graph : g, s, p, o);
        }

        @Override public void clear() { deleteAny(graph, Node.ANY, Node.ANY, Node.ANY); }
    }

    @Override public void execute(HttpAction action) {
        ValidatingDatasetGraph.takeRejection();
        try {
            super.execute(action);
        } catch (ActionErrorException e) {
            ValidatingDatasetGraph.RejectedWriteException r = ValidatingDatasetGraph.takeRejection();
            if (r != null) throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, r.getMessage(), null);
            if (e.getRC() == HttpSC.INTERNAL_SERVER_ERROR_500 && e.getMessage() != null && PARSE_ERROR.matcher(e.getMessage()).find()) {
                throw new ActionErrorException(HttpSC.BAD_REQUEST_400, e.getMessage(), null);
            }
            throw e;
        }
        ValidatingDatasetGraph.RejectedWriteException r = ValidatingDatasetGraph.takeRejection();
        if (r != null) throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, r.getMessage(), null);
    }
}

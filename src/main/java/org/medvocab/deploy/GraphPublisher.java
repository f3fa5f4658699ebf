package org.medvocab.deploy;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.UpdateRequest;
import org.medvocab.serve.VocabularyStore;

/**
 * Publishes named graphs to any SPARQL 1.1 store. Each graph is first uploaded under a temporary name (through the
 * Graph Store Protocol when the store has one, else with SPARQL Update {@code INSERT DATA} in batches); when all are
 * uploaded, one update request of {@code MOVE} operations puts them in place, so readers see the old graphs or the new
 * ones, never half a graph. On failure the temporary graphs are dropped and the published graphs are unchanged.
 */
public final class GraphPublisher {
    /** Triples per INSERT DATA request when there is no Graph Store Protocol endpoint. */
    static final int BATCH = 5000;

    /**
     * Where to publish.
     *
     * @param update the SPARQL Update endpoint
     * @param gsp the Graph Store Protocol endpoint, or null to upload with SPARQL Update
     * @param user the HTTP Basic user, or null
     * @param password the password, or null
     */
    public record Store(String update, String gsp, String user, String password) {
        public Store {
            Objects.requireNonNull(update, "update");
        }
    }

    /** One published graph. */
    public record Published(Node graph, long triples, String source) {}

    private GraphPublisher() {}

    /**
     * Validates the parts together against the shapes (as a load into {@code serve} would), then publishes them.
     *
     * @param target the store
     * @param parts the graphs
     * @param shapes SHACL shapes, or null
     * @return one report per graph
     * @throws org.medvocab.serve.LoadException if the data does not parse or validate (nothing is sent)
     * @throws PublishException if the store refuses a request (the published graphs are unchanged)
     */
    public static List<Published> publish(Store target, List<VocabularyStore.Part> parts, Graph shapes) {
        List<Graph> graphs = new ArrayList<>();
        try (VocabularyStore check = VocabularyStore.inMemory(shapes)) {
            check.load(parts);
            check.dataset().executeRead(() -> {
                for (VocabularyStore.Part p : parts) {
                    Graph copy = GraphFactory.createDefaultGraph();
                    check.dataset().getGraph(p.graph()).find().forEachRemaining(copy::add);
                    graphs.add(copy);
                }
            });
        }
        List<Published> out = new ArrayList<>();
        String token = UUID.randomUUID().toString();
        List<Node> temps = new ArrayList<>();
        for (VocabularyStore.Part p : parts) temps.add(NodeFactory.createURI(p.graph().getURI() + "-upload-" + token));
        try (RDFConnection conn = connect(target)) {
            try {
                for (int i = 0; i < parts.size(); i++) upload(conn, target, temps.get(i), graphs.get(i));
                UpdateRequest move = new UpdateRequest();
                for (int i = 0; i < parts.size(); i++) move.add(new UpdateMove(Target.create(temps.get(i)), Target.create(parts.get(i).graph()), true));
                conn.update(move);
            } catch (RuntimeException e) {
                dropQuietly(conn, temps);
                throw new PublishException(target.update() + ": " + oneLine(e), e);
            }
        }
        for (int i = 0; i < parts.size(); i++) out.add(new Published(parts.get(i).graph(), graphs.get(i).size(), parts.get(i).source()));
        return out;
    }

    private static void upload(RDFConnection conn, Store target, Node temp, Graph g) {
        if (target.gsp() != null) {
            conn.put(temp.getURI(), org.apache.jena.rdf.model.ModelFactory.createModelForGraph(g));
            return;
        }
        Iterator<Triple> it = g.find();
        while (it.hasNext()) {
            QuadDataAcc acc = new QuadDataAcc();
            for (int n = 0; n < BATCH && it.hasNext(); n++) acc.addQuad(new Quad(temp, it.next()));
            conn.update(new UpdateRequest(new UpdateDataInsert(acc)));
        }
    }

    private static void dropQuietly(RDFConnection conn, List<Node> temps) {
        for (Node t : temps) {
            try {
                conn.update(new UpdateRequest(new UpdateDrop(Target.create(t), true)));
            } catch (RuntimeException ignored) {
                // the store is unreachable: nothing more to clean
            }
        }
    }

    private static RDFConnection connect(Store t) {
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (t.user() != null) {
            http.authenticator(new Authenticator() {
                @Override protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(t.user(), t.password() == null ? new char[0] : t.password().toCharArray());
                }
            });
        }
        org.apache.jena.rdfconnection.RDFConnectionRemoteBuilder b = RDFConnectionRemote.newBuilder().destination("").updateEndpoint(t.update())
            .queryEndpoint(t.update()).httpClient(http.build());
        if (t.gsp() != null) b.gspEndpoint(t.gsp());
        return b.build();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return m.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The store refused a request; the message is one line naming the endpoint and the reason. */
    public static final class PublishException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

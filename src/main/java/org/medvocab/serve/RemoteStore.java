package org.medvocab.serve;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphOne;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The vocabulary on a remote SPARQL endpoint (another Fuseki, a clustered store): every read is a SPARQL query sent
 * with Jena's {@link QueryExecHTTP}. The endpoint's default graph must be the union of the vocabulary's named graphs,
 * as in medvocab's own service and in a {@code package --fuseki} deployment.
 *
 * <pre>{@code
 * RemoteStore store = new RemoteStore("http://db.example.org:3030/vocab/sparql", Duration.ofSeconds(10));
 * VocabServer server = VocabServer.start(store, VocabServer.Options.defaults(), List.of(new Browser(...)));
 * }</pre>
 */
public final class RemoteStore implements VocabularySource {

    private final String endpoint;
    private final Duration timeout;
    private final DatasetGraph dataset;
    private final RemoteLookup lookup;

    /**
     * @param endpoint the SPARQL query endpoint
     * @param timeout  the time limit of each query
     */
    public RemoteStore(String endpoint, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        SparqlGraph.BlankNodes blanks = new SparqlGraph.BlankNodes();
        this.dataset = new Remote(new SparqlGraph(this::select, null, blanks), g -> new SparqlGraph(this::select, g, blanks));
        this.lookup = new RemoteLookup(this);
    }

    public String endpoint() { return endpoint; }

    @Override public DatasetGraph dataset() { return dataset; }

    @Override public List<Binding> select(String sparql) {
        try (QueryExec qe = QueryExecHTTP.service(endpoint).query(sparql).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return VocabularySource.rows(qe.select());
        } catch (RuntimeException e) {
            throw new StoreException(endpoint + ": " + e.getMessage(), e);
        }
    }

    @Override public RemoteLookup lookup() { return lookup; }

    /** Whether the endpoint answers a query at all (for a clear message at start-up). */
    public void check() {
        select("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
    }

    /** The remote data as a dataset: the default graph for any graph, a {@link SparqlGraph} per named graph asked for. */
    private static final class Remote extends DatasetGraphWrapper {
        private final Function<Node, SparqlGraph> named;

        Remote(SparqlGraph union, Function<Node, SparqlGraph> named) {
            super(DatasetGraphOne.create(union));
            this.named = named;
        }

        private static boolean anyGraph(Node g) {
            return g == null || g == Node.ANY || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g);
        }

        @Override public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            if (anyGraph(g)) return getDefaultGraph().find(s, p, o).mapWith(t -> Quad.create(Quad.defaultGraphIRI, t));
            ExtendedIterator<Triple> it = named.apply(g).find(s, p, o);
            return it.mapWith(t -> Quad.create(g, t));
        }

        @Override public Iterator<Quad> find(Quad q) {
            return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override public Iterator<Quad> find() {
            return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        }

        @Override public boolean contains(Node g, Node s, Node p, Node o) {
            return find(g, s, p, o).hasNext();
        }

        @Override public boolean contains(Quad q) {
            return find(q).hasNext();
        }

        @Override public Graph getGraph(Node g) {
            return anyGraph(g) ? getDefaultGraph() : named.apply(g);
        }
    }
}

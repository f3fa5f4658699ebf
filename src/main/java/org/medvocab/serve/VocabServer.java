package org.medvocab.serve;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.web.HttpSC;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The vocabulary service: Apache Jena Fuseki (fuseki-main, embedded in this JVM) over a {@link VocabularyStore}.
 *
 * <p>One dataset, {@code /vocab}:
 * <ul>
 *   <li>{@code /vocab/sparql}, {@code /vocab/query} and {@code /vocab?query=}: SPARQL 1.1 query, every result format;</li>
 *   <li>{@code /vocab/get}: Graph Store Protocol, read;</li>
 *   <li>{@code /vocab/shacl?graph=…}: Fuseki's SHACL validation service (POST shapes);</li>
 *   <li>{@code /vocab/lookup?q=…&lang=…}: concept lookup for autocomplete ({@link LookupService});</li>
 *   <li>with credentials only: {@code /vocab/update} (SPARQL Update), {@code /vocab/data} (Graph Store Protocol
 *       read/write) and {@code /vocab/upload} (file upload), each requiring HTTP Basic authentication, and the write
 *       endpoints of extensions ({@link Extension#writeEndpoints}, such as {@code /vocab/curate/<action>}).</li>
 * </ul>
 * and {@code /$/ping}, {@code /$/metrics} (Prometheus), {@code /$/stats}, and the Fuseki query UI at {@code /}.
 *
 * <p>Every query runs with a time limit ({@link Options#queryTimeout()}); the Jetty thread pool is bounded
 * ({@link Options#maxThreads()}). Writes go through {@link VocabularyStore#dataset()}, so a write that would break the
 * SHACL shapes is refused and leaves the data unchanged.
 *
 * <pre>{@code
 * VocabularyStore store = VocabularyStore.open(Path.of("data"), Shapes.defaults());
 * VocabServer server = VocabServer.start(store, VocabServer.Options.defaults().withPort(3030));
 * System.out.println(server.urls());
 * ...
 * server.stop();
 * store.close();
 * }</pre>
 */
public final class VocabServer implements AutoCloseable {

    /** The dataset name. */
    public static final String DATASET = "vocab";

    /** The lookup operation (not a Fuseki standard one). */
    public static final Operation LOOKUP = Operation.alloc("https://w3id.org/medvocab/service#lookup", "lookup",
        "Concept lookup for autocomplete");

    /**
     * Server settings.
     *
     * @param port         HTTP port; 0 picks a free one
     * @param loopback     listen on localhost only
     * @param queryTimeout time limit of each query (the query is cancelled and answered with an error)
     * @param minThreads   smallest Jetty thread pool
     * @param maxThreads   largest Jetty thread pool (bounds concurrent requests)
     * @param credentials  who may write; {@link Credentials#none()} gives a read-only service without update endpoints
     * @param ui           serve the Fuseki query UI at /
     * @param guards       protections and bounds: outbound requests, body limits, row cap, write gate, audit log
     */
    public record Options(int port, boolean loopback, Duration queryTimeout, int minThreads, int maxThreads,
                          Credentials credentials, boolean ui, Guards guards) {
        public static final int DEFAULT_PORT = 3030;
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
        public static final int DEFAULT_MIN_THREADS = 4;
        public static final int DEFAULT_MAX_THREADS = 64;

        public Options {
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(guards, "guards");
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0-65535");
            if (queryTimeout.isNegative() || queryTimeout.isZero()) throw new IllegalArgumentException("queryTimeout must be positive");
            if (minThreads < 1 || maxThreads < minThreads) throw new IllegalArgumentException("need 1 <= minThreads <= maxThreads");
        }

        /** Port 3030, localhost only, 5 s query timeout, 4–64 threads, read-only, UI on, {@link Guards#defaults()}. */
        public static Options defaults() {
            return new Options(DEFAULT_PORT, true, DEFAULT_TIMEOUT, DEFAULT_MIN_THREADS, DEFAULT_MAX_THREADS, Credentials.none(), true, Guards.defaults());
        }

        public Options withPort(int p) { return new Options(p, loopback, queryTimeout, minThreads, maxThreads, credentials, ui, guards); }
        public Options withLoopback(boolean b) { return new Options(port, b, queryTimeout, minThreads, maxThreads, credentials, ui, guards); }
        public Options withQueryTimeout(Duration d) { return new Options(port, loopback, d, minThreads, maxThreads, credentials, ui, guards); }
        public Options withThreads(int min, int max) { return new Options(port, loopback, queryTimeout, min, max, credentials, ui, guards); }
        public Options withCredentials(Credentials c) { return new Options(port, loopback, queryTimeout, minThreads, maxThreads, c, ui, guards); }
        public Options withUi(boolean b) { return new Options(port, loopback, queryTimeout, minThreads, maxThreads, credentials, b, guards); }
        public Options withGuards(Guards g) { return new Options(port, loopback, queryTimeout, minThreads, maxThreads, credentials, ui, g); }
    }

    /**
     * Something that adds routes of its own (servlet filters, servlets) to the server, over the served dataset; the
     * vocabulary browser ({@code org.medvocab.web}) is one. Called once while the server is built.
     */
    public interface Extension {
        void register(FusekiServer.Builder builder, VocabularySource source);

        /**
         * Adds write endpoints over the served dataset, each under the writers' policy; called only when the server has
         * credentials, before {@link #register}. (The curation endpoints are one: {@link CurationEndpoints}.)
         */
        default void writeEndpoints(FusekiServer.Builder server, DatasetGraph dsg, AuthPolicy writers) {}

        /** Its URLs for the start-up message, by what they are for. */
        default Map<String, String> urls(String baseUrl) { return Map.of(); }

        /**
         * Its paths whose requests are as costly as a query (a search): they pass the same admission (a bounded number
         * run and wait; more get 503 at once). Exact paths, e.g. {@code /search}.
         */
        default Set<String> expensivePaths() { return Set.of(); }
    }

    private final FusekiServer server;
    private final AutoCloseable lookup;
    private final Options options;
    private final List<? extends Extension> extensions;
    /** The remote store served, or null for the local one. */
    private final RemoteStore remote;
    /** The queries running on the local store, cancelled when the server stops (null for a remote store). */
    private final RunningQueries running;

    private VocabServer(FusekiServer server, AutoCloseable lookup, Options options, List<? extends Extension> extensions,
                        RemoteStore remote, RunningQueries running) {
        this.server = server;
        this.running = running;
        this.lookup = lookup;
        this.options = options;
        this.extensions = extensions;
        this.remote = remote;
    }

    /** Builds and starts the server. */
    public static VocabServer start(VocabularyStore store, Options options) {
        return start(store, options, List.of());
    }

    /** Builds and starts the server with extensions (see {@link Extension}). */
    public static VocabServer start(VocabularyStore store, Options options, List<? extends Extension> extensions) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(options, "options");
        // A write refused by the shapes is an HTTP 422 with the reason, not a server error.
        Guards guards = options.guards();
        DatasetGraph dsg = store.dataset(e -> new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, e.getMessage(), null),
            guards.maxRemovedShare());
        // Fuseki reads the query time limit from the dataset's context (milliseconds).
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
        guards.outbound().install(dsg.getContext());
        LookupService lookup = new LookupService(store.textIndex(), dsg);

        boolean writable = !options.credentials().isEmpty();
        RunningQueries running = new RunningQueries();
        FusekiServer.Builder b = builder(options, lookup);
        DataService.Builder service = DataService.newBuilder(dsg)
            .addEndpoint(Operation.Query)                // /vocab?query=
            .addEndpoint(Operation.GSP_R)                // /vocab?graph= and ?default
            .addEndpoint(Operation.Query, "sparql")
            .addEndpoint(Operation.Query, "query")
            .addEndpoint(Operation.GSP_R, "get")
            .addEndpoint(Operation.Shacl, "shacl")
            .addEndpoint(LOOKUP, "lookup");
        if (writable) {
            AuthPolicy writers = Auth.policyAllowSpecific(options.credentials().users());
            service.addEndpoint(Operation.Update, "update", writers)
                .addEndpoint(Operation.GSP_RW, "data", writers)
                .addEndpoint(Operation.Upload, "upload", writers);
            for (Extension e : extensions) e.writeEndpoints(b, dsg, writers);
        }

        b
            .enableStats(true)
            .registerOperation(Operation.Query, new GuardedQuery(guards.outbound(), guards.anonymousRowLimit(), running))
            .registerOperation(Operation.Shacl, new GuardedShacl())
            .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate, new GatedUpdate(guards.outbound()))
            .registerOperation(Operation.Upload, new GatedUpload())
            .addFilter("/*", new RequestGuard(guards, DATASET, writable, admission(options),
                extensions.stream().flatMap(e -> e.expensivePaths().stream()).collect(Collectors.toSet()), store::backupQuietly))
            .add("/" + DATASET, service);
        if (writable) {
            b.securityHandler(options.credentials().securityHandler("medvocab")).auth(AuthScheme.BASIC);
        }
        for (Extension e : extensions) e.register(b, VocabularySource.local(dsg, lookup));
        if (options.ui()) addUi(b, !writable);
        FusekiServer server = b.build();
        server.start();
        return new VocabServer(server, lookup, options, List.copyOf(extensions), null, running);
    }

    /**
     * Builds and starts a read-only server over a remote SPARQL endpoint: the extensions (the browser's pages and REST
     * API) and {@code /vocab/lookup}, each reading the remote store. SPARQL itself is the remote endpoint's; there is
     * no local SPARQL endpoint, Graph Store, update or query UI.
     */
    public static VocabServer start(RemoteStore store, Options options, List<? extends Extension> extensions) {
        Objects.requireNonNull(store, "store");
        DataService.Builder service = DataService.newBuilder(store.dataset()).addEndpoint(LOOKUP, "lookup");
        FusekiServer.Builder b = builder(options, store.lookup()).add("/" + DATASET, service);
        for (Extension e : extensions) e.register(b, store);
        FusekiServer server = b.build();
        server.start();
        return new VocabServer(server, () -> { }, options.withUi(false).withCredentials(Credentials.none()), List.copyOf(extensions), store, null);
    }

    /** What both kinds of server share: port, threads, ping, metrics and the lookup operation. */
    private static FusekiServer.Builder builder(Options options, Lookup lookup) {
        return FusekiServer.create()
            .port(options.port())
            .loopback(options.loopback())
            .numServerThreads(options.minThreads(), options.maxThreads())
            .enablePing(true)
            .enableMetrics(true)
            .registerOperation(LOOKUP, new LookupAction(lookup));
    }

    /** The admission of expensive requests, fitted to the thread pool (see {@link Admission}). */
    private static Admission admission(Options options) {
        Guards g = options.guards();
        return Admission.forPool(g.maxConcurrentReads(), g.maxQueuedReads(), options.maxThreads(), options.queryTimeout().toMillis());
    }

    /**
     * The Fuseki UI (jena-fuseki-ui) from the classpath, with the small admin-free endpoints its query page reads, and the
     * {@link UiOverlay} that hides what this server does not allow.
     */
    private static void addUi(FusekiServer.Builder b, boolean readOnly) {
        @SuppressWarnings("resource")   // the jar mount lives as long as the JVM, as in Fuseki's own UI module
        ResourceFactory rf = ResourceFactory.closeable();
        Resource webapp = rf.newClassLoaderResource("webapp");
        if (webapp == null) return;
        b.staticFileBase(webapp.getURI().toString())
            .addFilter("/*", new UiOverlay(readOnly))
            .addProcessor("/$/server", new ActionServerStatus())
            .addServlet("/$/validate/query", new QueryValidator())
            .addServlet("/$/validate/update", new UpdateValidator())
            .addServlet("/$/validate/iri", new IRIValidator())
            .addServlet("/$/validate/langtag", new LangTagValidator())
            .addServlet("/$/validate/data", new DataValidator());
    }

    /** Whether {@code port} on localhost can be listened on now (another program may take it before the server does). */
    public static boolean portFree(int port) {
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The HTTP port (useful after asking for port 0). */
    public int port() { return server.getHttpPort(); }

    /** {@code http://localhost:PORT} */
    public String baseUrl() { return "http://localhost:" + port(); }

    /** {@code http://localhost:PORT/vocab} */
    public String datasetUrl() { return baseUrl() + "/" + DATASET; }

    /** Whether update endpoints exist (credentials were given). */
    public boolean writable() { return !options.credentials().isEmpty(); }

    public Options options() { return options; }

    /** The service's URLs, by what they are for, in the order the start-up message lists them. */
    public Map<String, String> urls() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Extension e : extensions) m.putAll(e.urls(baseUrl()));
        if (remote != null) {
            m.put("Lookup", datasetUrl() + "/lookup?q=infus&lang=en");
            m.put("SPARQL query (the remote store)", remote.endpoint());
            m.put("Ping", baseUrl() + "/$/ping");
            return m;
        }
        if (options.ui()) m.put("Query UI", baseUrl() + "/index.html#/dataset/" + DATASET + "/query");
        m.put("SPARQL query", datasetUrl() + "/sparql");
        m.put("Graph Store (read)", datasetUrl() + "/get");
        m.put("Lookup", datasetUrl() + "/lookup?q=infus&lang=en");
        m.put("SHACL validation", datasetUrl() + "/shacl?graph=default");
        if (writable()) {
            m.put("SPARQL update", datasetUrl() + "/update");
            m.put("Graph Store (read/write)", datasetUrl() + "/data");
            m.put("Upload", datasetUrl() + "/upload");
        }
        m.put("Ping", baseUrl() + "/$/ping");
        m.put("Metrics", baseUrl() + "/$/metrics");
        return m;
    }

    /**
     * Stops the HTTP server (the store stays open; close it separately). Running queries are cancelled first, so that
     * their read transactions end and the store can be closed. Idempotent.
     */
    public synchronized void stop() {
        try {
            if (running != null) running.abortAll();
            server.stop();
        } finally {
            try {
                lookup.close();
            } catch (Exception e) {
                // closing the index reader of a folder that is going away
            }
        }
    }

    /** Waits until the server stops. */
    public void join() { server.join(); }

    @Override public void close() { stop(); }
}

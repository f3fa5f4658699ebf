package org.medvocab.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.medvocab.model.Graphs;
import org.medvocab.model.MVO;
import org.medvocab.serve.VocabularySource;
import org.medvocab.serve.VocabServer;

/**
 * The vocabulary browser: pages, dereferenceable IRIs with content negotiation, and the REST API, served by the same
 * Fuseki server as SPARQL (a {@link VocabServer.Extension}: one servlet filter in front of Fuseki, read-only).
 *
 * <pre>{@code
 * VocabService.start(config, System.out, List.of(new Browser(Browser.Config.defaults().withCorpus(Path.of("corpus")))));
 * }</pre>
 *
 * <p>Routes: {@code /} (home; HTML requests only, so that Fuseki's UI stays at {@code /index.html}), {@code /search},
 * {@code /tree}, {@code /az}, {@code /sources}, the IRIs under the public base ({@code /vocab} the scheme,
 * {@code /vocab/SLUG} a concept, {@code /vocab/source/ID} a source document, {@code /core} the core ontology),
 * {@code /resource?iri=} any other IRI, {@code /api/...} and {@code /static/...}. A path under {@code /vocab} that
 * names a Fuseki endpoint ({@code sparql}, {@code lookup}, {@code update}, ...) always goes to Fuseki.
 */
public final class Browser implements VocabServer.Extension {

    /**
     * Settings.
     *
     * @param publicBase the IRI prefix the server's root stands for (null: {@value IriPaths#DEFAULT_BASE})
     * @param corpus     the folder of the source documents, for the source-text view (null: no text shown)
     */
    public record Config(String publicBase, Path corpus) {
        public static Config defaults() { return new Config(null, null); }

        public Config withPublicBase(String b) { return new Config(b, corpus); }

        public Config withCorpus(Path c) { return new Config(publicBase, c); }
    }

    /** Static files: name → content type. */
    private static final Map<String, String> STATIC = Map.of(
        "browse.css", "text/css; charset=utf-8",
        "browse.js", "text/javascript; charset=utf-8");

    private final Config config;

    public Browser(Config config) {
        this.config = config;
    }

    @Override public void register(FusekiServer.Builder builder, VocabularySource source) {
        VocabularyView view = new VocabularyView(source.dataset(), new IriPaths(config.publicBase()));
        Search search = new Search(view, source);
        Pages pages = new Pages(view, search, source.lookup(), new SourceTexts(config.corpus()));
        Api api = new Api(view, search, pages);
        List<Route> routes = new ArrayList<>(routes(view, pages));
        routes.addAll(api.routes());
        routes.add(Route.of("/(.+)", (ex, m) -> anyIri(ex, view, pages, view.paths().iriOf(ex.path()))));
        String linkBase = config.publicBase() == null || config.publicBase().isBlank() ? null : view.paths().base();
        builder.addFilter("/*", new BrowseFilter(routes, () -> view.titleAndVersion()[1], Instant.now(), linkBase));
    }

    @Override public Map<String, String> urls(String baseUrl) {
        return Map.of("Browse", baseUrl + "/");
    }

    @Override public java.util.Set<String> expensivePaths() { return java.util.Set.of("/search", "/api/search"); }

    private List<Route> routes(VocabularyView view, Pages pages) {
        return List.of(
            Route.of("/", (ex, m) -> acceptsHtml(ex) && done(() -> pages.home(ex))),
            Route.of("/search", (ex, m) -> done(() -> pages.search(ex))),
            Route.of("/tree", (ex, m) -> done(() -> pages.tree(ex))),
            Route.of("/az(?:/([a-z0]))?", (ex, m) -> done(() -> pages.az(ex, m.group(1)))),
            Route.of("/sources", (ex, m) -> done(() -> pages.sources(ex))),
            Route.of("/static/([a-z.]+)", (ex, m) -> staticFile(ex, m)),
            Route.of("/resource", (ex, m) -> {
                String iri = ex.param("iri");
                if (iri == null) throw new Exchange.BadRequest("Missing parameter iri");
                if (!view.paths().isLocal(iri)) return deref(ex, view, pages, NodeFactory.createURI(iri));
                ex.redirect(view.paths().href(iri) + (ex.param("format") == null ? "" : "?format=" + Pages.enc(ex.param("format"))));
                return true;
            }),
            Route.of("/vocab", (ex, m) -> onlyFormat(ex) && scheme(ex, view, pages)),
            Route.of("/core", (ex, m) -> core(ex, view, pages)),
            Route.of("/vocab/([^/]+)(?:/[^/]+)?", (ex, m) -> !isEndpoint(ex, m.group(1))
                && deref(ex, view, pages, view.paths().iriOf(ex.path()))));
    }

    // ---- content negotiation -----------------------------------------------------------------------------------------

    /** The format asked for: {@code ?format=} first, then the Accept header. Empty after an error was sent. */
    private static Optional<Format> format(Exchange ex) throws IOException, Exchange.BadRequest {
        String named = ex.param("format");
        if (named != null) {
            return Optional.of(Format.named(named).orElseThrow(() -> new Exchange.BadRequest(
                "Unknown format '" + named + "'; use html, ttl, jsonld, rdf or nt")));
        }
        Optional<Format> f = Format.negotiate(ex.header("Accept"));
        if (f.isEmpty()) {
            ex.bytes(406, "text/plain; charset=utf-8", ("Not acceptable: this resource is available as text/html, text/turtle, "
                + "application/ld+json, application/rdf+xml and application/n-triples\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return f;
    }

    /** A concept, source document or other resource: its page or its description. */
    private static boolean deref(Exchange ex, VocabularyView view, Pages pages, Node iri) throws IOException, Exchange.BadRequest {
        Optional<Format> f = format(ex);
        if (f.isEmpty()) return true;
        if (!view.exists(iri)) {
            if (f.get() == Format.HTML) pages.notFound(ex, iri.getURI());
            else ex.bytes(404, "text/plain; charset=utf-8", ("Not found: " + iri.getURI() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return true;
        }
        if (f.get() != Format.HTML) {
            ex.rdf(Descriptions.describe(view, iri), f.get());
            return true;
        }
        Optional<Model.Source> src = view.source(iri);
        if (src.isPresent()) pages.source(ex, src.get());
        else pages.concept(ex, view.concept(iri).orElseThrow());
        return true;
    }

    /** The last route: any other path whose IRI the data knows. */
    private static boolean anyIri(Exchange ex, VocabularyView view, Pages pages, Node iri) throws IOException, Exchange.BadRequest {
        return !ex.path().startsWith("/$/") && view.exists(iri) && deref(ex, view, pages, iri);
    }

    /** The scheme's IRI is also the dataset's URL: only requests that ask for a format are the browser's. */
    private static boolean scheme(Exchange ex, VocabularyView view, Pages pages) throws IOException, Exchange.BadRequest {
        if (ex.param("format") == null && (ex.header("Accept") == null || Format.negotiate(ex.header("Accept")).isEmpty())) return false;
        Optional<Format> f = format(ex);
        if (f.isEmpty()) return true;
        Optional<Node> scheme = view.scheme();
        if (f.get() == Format.HTML || scheme.isEmpty()) pages.home(ex);
        else ex.rdf(Descriptions.describe(view, scheme.get()), f.get());
        return true;
    }

    /** The core ontology: a hash namespace, so one document for all its terms. */
    private static boolean core(Exchange ex, VocabularyView view, Pages pages) throws IOException, Exchange.BadRequest {
        Optional<Format> f = format(ex);
        if (f.isEmpty()) return true;
        if (f.get() != Format.HTML) {
            Graph g = Descriptions.namedGraph(view, Graphs.CORE);
            ex.rdf(g, f.get());
            return true;
        }
        List<Model.Ref> terms = new ArrayList<>();
        for (var q : view.graph(Graphs.CORE)) {
            Node s = q.getSubject();
            if (s.isURI() && s.getURI().startsWith(MVO.NS) && terms.stream().noneMatch(r -> r.iri().equals(s.getURI()))) terms.add(view.ref(s));
        }
        terms.sort(Labels.BY_LABEL);
        pages.message(ex, 200, "Core ontology", "The top classes, domain relations and provenance properties of " + MVO.ONTOLOGY_IRI + ".", terms);
        return true;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private static boolean acceptsHtml(Exchange ex) {
        String accept = ex.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** Whether the request has no parameters but {@code format} (so {@code /vocab?query=} stays Fuseki's). */
    private static boolean onlyFormat(Exchange ex) {
        return ex.req.getParameterMap().keySet().stream().allMatch("format"::equals);
    }

    /** Whether {@code name} is an endpoint of the Fuseki dataset (those paths are Fuseki's, with its access control). */
    static boolean isEndpoint(Exchange ex, String name) {
        DataAccessPointRegistry reg = DataAccessPointRegistry.get(ex.req.getServletContext());
        DataAccessPoint dap = reg == null ? null : reg.get("/" + VocabServer.DATASET);
        if (dap == null) return false;
        boolean[] found = {false};
        dap.getDataService().forEachEndpoint(e -> found[0] |= name.equals(e.getName()));
        return found[0];
    }

    private static boolean staticFile(Exchange ex, Matcher m) throws IOException {
        String type = STATIC.get(m.group(1));
        if (type == null) return false;
        try (InputStream in = Browser.class.getResourceAsStream("/org/medvocab/web/static/" + m.group(1))) {
            if (in == null) return false;
            ex.bytes(200, type, in.readAllBytes());
        }
        return true;
    }

    @FunctionalInterface
    private interface Body {
        void run() throws IOException, Exchange.BadRequest;
    }

    private static boolean done(Body b) throws IOException, Exchange.BadRequest {
        b.run();
        return true;
    }
}

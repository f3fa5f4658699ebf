package org.medvocab.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The REST API under {@code /api}: JSON, read-only, described by {@code /api/openapi.json}. Errors are JSON objects
 * with {@code status} and {@code message}.
 */
final class Api {

    static final String PREFIX = "/api";
    private static final String OPENAPI = "/org/medvocab/web/openapi.json";

    private final VocabularyView view;
    private final Search search;
    private final Pages pages;
    /** What can be asked about one concept, besides the concept itself: name → answer. */
    private final Map<String, Function<Node, JsonValue>> aspects = new LinkedHashMap<>();

    Api(VocabularyView view, Search search, Pages pages) {
        this.view = view;
        this.search = search;
        this.pages = pages;
        aspects.put("children", n -> Json.refs(view.children(n)));
        aspects.put("ancestors", n -> Json.refs(view.ancestors(n)));
        aspects.put("mappings", n -> Json.array(view.mappings(n), Json::mappingGroup));
    }

    /** The API's routes, for the browser's routing table. */
    List<Route> routes() {
        return List.of(
            Route.of("/api/?", (ex, m) -> { pages.apiDoc(ex, doc()); return true; }),
            Route.of("/api/openapi\\.json", (ex, m) -> { ex.bytes(200, "application/json; charset=utf-8", openApi()); return true; }),
            Route.of("/api/search", (ex, m) -> { search(ex); return true; }),
            Route.of("/api/metadata", (ex, m) -> { ex.json(200, Json.metadata(view.metadata())); return true; }),
            Route.of("/api/top", (ex, m) -> { ex.json(200, Json.refs(view.topConcepts())); return true; }),
            Route.of("/api/concept", (ex, m) -> concept(ex, byIri(ex), null)),
            Route.of("/api/concepts/([^/]+)", (ex, m) -> concept(ex, bySlug(m.group(1)), null)),
            Route.of("/api/concepts/([^/]+)/([a-z]+)", (ex, m) -> concept(ex, bySlug(m.group(1)), m.group(2))),
            Route.of("/api/(" + String.join("|", aspects.keySet()) + ")", (ex, m) -> concept(ex, byIri(ex), m.group(1))),
            Route.of("/api/.*", (ex, m) -> { ex.jsonError(404, "No such API route: " + ex.path() + " (see /api/openapi.json)"); return true; }));
    }

    private void search(Exchange ex) throws IOException, Exchange.BadRequest {
        String q = ex.param("q");
        if (q == null) throw new Exchange.BadRequest("Missing parameter q (the text to search for), e.g. /api/search?q=pump");
        int limit = ex.intParam("limit", Search.DEFAULT_LIMIT, 1, Search.MAX_LIMIT);
        int offset = ex.intParam("offset", 0, 0, 100_000);
        ex.json(200, Json.hits(search.search(q, ex.param("lang"), ex.param("kind"), limit, offset)));
    }

    private Node byIri(Exchange ex) throws Exchange.BadRequest {
        String iri = ex.param("iri");
        if (iri == null) throw new Exchange.BadRequest("Missing parameter iri (the concept's IRI)");
        return NodeFactory.createURI(iri);
    }

    private Node bySlug(String slug) {
        return NodeFactory.createURI(view.namespace() + slug);
    }

    private boolean concept(Exchange ex, Node n, String aspect) throws IOException {
        Function<Node, JsonValue> f = aspect == null ? null : aspects.get(aspect);
        if (aspect != null && f == null) {
            ex.jsonError(404, "No such API route: " + ex.path() + " (a concept has " + String.join(", ", aspects.keySet()) + ")");
            return true;
        }
        Optional<Model.Concept> c = aspect == null ? view.concept(n) : Optional.empty();
        if (aspect == null ? c.isEmpty() : !view.exists(n)) {
            ex.jsonError(404, "No concept " + n.getURI());
            return true;
        }
        ex.json(200, aspect == null ? Json.concept(c.get()) : f.apply(n));
        return true;
    }

    private static byte[] openApi() {
        try (InputStream in = Api.class.getResourceAsStream(OPENAPI)) {
            if (in == null) throw new IllegalStateException("openapi.json missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The routes as the API page lists them. */
    private static List<Map<String, String>> doc() {
        return List.of(
            row("/api/search?q=&lang=&kind=&limit=&offset=", "/api/search?q=pump", "Concepts whose labels or definitions match, ranked, with kind, broader and definition"),
            row("/api/concepts/{slug}", "/api/concepts/infusion-pump", "A concept: labels, definitions with evidence, hierarchy, relations, restrictions, mappings"),
            row("/api/concept?iri=", "/api/concept?iri=https%3A%2F%2Fw3id.org%2Fmedvocab%2Fcore%23Device", "A concept by its IRI"),
            row("/api/concepts/{slug}/children", "/api/concepts/pump-apparatus/children", "Narrower concepts (also /api/children?iri=)"),
            row("/api/concepts/{slug}/ancestors", "/api/concepts/insulin-pump/ancestors", "All broader concepts, nearest first (also /api/ancestors?iri=)"),
            row("/api/concepts/{slug}/mappings", "/api/concepts/infusion-pump/mappings", "Mappings grouped by predicate (also /api/mappings?iri=)"),
            row("/api/top", "/api/top", "Top concepts"),
            row("/api/metadata", "/api/metadata", "Title, version, licence and counts"),
            row("/vocab/lookup?q=&lang=&limit=", "/vocab/lookup?q=infus&lang=en", "Label lookup for autocomplete"));
    }

    private static Map<String, String> row(String path, String example, String what) {
        return Map.of("path", path, "example", example, "what", what);
    }
}

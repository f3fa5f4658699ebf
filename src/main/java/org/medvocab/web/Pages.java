package org.medvocab.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.medvocab.serve.Lookup;
import org.medvocab.serve.LookupService;
import org.medvocab.web.Model.Concept;
import org.medvocab.web.Model.Hit;
import org.medvocab.web.Model.Hits;
import org.medvocab.web.Model.Ref;
import org.medvocab.web.Model.Source;

/** The HTML pages of the browser, rendered with {@link Templates}. */
final class Pages {

    /** The downloads the home page links to: format → the scheme's IRI in that format. */
    private static final List<Format> DOWNLOADS = List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES);

    private final VocabularyView view;
    private final Search search;
    private final Lookup lookup;
    private final SourceTexts texts;
    private final Templates templates = new Templates();

    Pages(VocabularyView view, Search search, Lookup lookup, SourceTexts texts) {
        this.view = view;
        this.search = search;
        this.lookup = lookup;
        this.texts = texts;
    }

    /** The scope every page shares: the site's title and version. */
    private Map<String, Object> scope(String pageTitle) {
        Map<String, Object> s = new HashMap<>();
        String[] tv = view.titleAndVersion();
        s.put("site", tv[0]);
        s.put("version", tv[1]);
        s.put("pageTitle", pageTitle);
        return s;
    }

    void home(Exchange ex) throws IOException {
        Model.Metadata m = view.metadata();
        Map<String, Object> s = scope("Home");
        s.put("meta", m);
        s.put("top", view.topConcepts());
        String scheme = m.scheme() == null ? "/vocab" : m.scheme().href();
        s.put("downloads", formatLinks(scheme, DOWNLOADS));
        s.put("alternates", formatLinks(scheme, DOWNLOADS));
        ex.html(200, templates.render("home", s));
    }

    void concept(Exchange ex, Concept c) throws IOException {
        Map<String, Object> s = scope(c.ref().label());
        s.put("c", c);
        s.put("hasPath", c.path().size() > 1);
        s.put("hasDefinitions", !c.definitions().isEmpty());
        s.put("hasRelated", !c.related().isEmpty());
        s.put("hasRestrictions", !c.restrictions().isEmpty());
        s.put("hasMappings", !c.mappings().isEmpty());
        s.put("hasSources", !c.sources().isEmpty());
        s.put("hasLexicon", !c.lexicon().isEmpty());
        s.put("focus", URLEncoder.encode(c.ref().iri(), StandardCharsets.UTF_8));
        s.put("svg", Neighbourhood.svg(c));
        List<Format> rdf = List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES);
        s.put("formats", formatLinks(c.ref().href(), rdf));
        s.put("alternates", formatLinks(c.ref().href(), rdf));
        ex.html(200, templates.render("concept", s));
    }

    void source(Exchange ex, Source src) throws IOException, Exchange.BadRequest {
        Map<String, Object> s = scope(src.ref().label());
        s.put("s", src);
        s.put("formats", formatLinks(src.ref().href(), DOWNLOADS));
        Optional<String> text = texts.text(src.identifier());
        int start = ex.intParam("start", -1, 0, Integer.MAX_VALUE);
        int end = ex.intParam("end", -1, 0, Integer.MAX_VALUE);
        s.put("hasText", text.isPresent());
        if (text.isPresent()) {
            String t = text.get();
            int a = start < 0 ? 0 : Math.min(start, t.length());
            int b = end < a ? a : Math.min(end, t.length());
            s.put("before", t.substring(0, a));
            s.put("highlight", t.substring(a, b));
            s.put("after", t.substring(b));
        }
        ex.html(200, templates.render("source", s));
    }

    void sources(Exchange ex) throws IOException {
        Map<String, Object> s = scope("Source documents");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Source src : view.sources()) rows.add(Map.of("s", src, "count", src.concepts().size()));
        s.put("sources", rows);
        ex.html(200, templates.render("sources", s));
    }

    void search(Exchange ex) throws IOException, Exchange.BadRequest {
        String q = ex.param("q");
        String kind = ex.param("kind");
        int limit = ex.intParam("limit", Search.DEFAULT_LIMIT, 1, Search.MAX_LIMIT);
        int offset = ex.intParam("offset", 0, 0, 100_000);
        Hits hits = search.search(q, ex.param("lang"), kind, limit, offset);
        Map<String, Object> s = scope(q == null ? "Search" : "Search: " + q);
        s.put("query", q == null ? "" : q);
        s.put("kind", kind);
        s.put("total", hits.total());
        s.put("plural", hits.total() == 1 ? "" : "s");
        s.put("first", offset + 1);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Hit h : hits.hits()) {
            Map<String, Object> r = new HashMap<>();
            r.put("concept", h.concept());
            r.put("matched", h.matched());
            r.put("field", Labels.ROLE_WORDS.getOrDefault(h.field(), h.field()));
            r.put("kind", h.kind());
            r.put("definition", h.definition());
            r.put("broader", h.broader());
            r.put("hasBroader", !h.broader().isEmpty());
            rows.add(r);
        }
        s.put("hits", rows);
        String base = "/search?q=" + enc(q == null ? "" : q) + (kind == null ? "" : "&kind=" + enc(kind)) + "&limit=" + limit;
        if (offset > 0) s.put("prev", base + "&offset=" + Math.max(0, offset - limit));
        if (offset + limit < hits.total()) s.put("next", base + "&offset=" + (offset + limit));
        ex.html(200, templates.render("search", s));
    }

    void tree(Exchange ex) throws IOException {
        String focus = ex.param("focus");
        Map<String, Object> s = scope("Hierarchy");
        s.put("tree", new TreeView(view).html(focus == null ? null : org.apache.jena.graph.NodeFactory.createURI(focus)));
        ex.html(200, templates.render("tree", s));
    }

    void az(Exchange ex, String letterParam) throws IOException {
        char letter = letterParam == null || letterParam.isEmpty() ? 'a' : letterParam.charAt(0) == '0' ? '#' : Character.toLowerCase(letterParam.charAt(0));
        Map<String, Object> s = scope("A–Z");
        List<Map<String, Object>> letters = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) letters.add(letter(c, String.valueOf(Character.toUpperCase(c)), "/az/" + c, letter));
        letters.add(letter('#', "0–9 and others", "/az/0", letter));
        s.put("letters", letters);
        s.put("letter", letter == '#' ? "0–9 and others" : String.valueOf(Character.toUpperCase(letter)));
        s.put("concepts", view.index(letter));
        ex.html(200, templates.render("az", s));
    }

    private static Map<String, Object> letter(char c, String name, String href, char current) {
        return Map.of("name", name, "href", href, "current", c == current);
    }

    void apiDoc(Exchange ex, List<Map<String, String>> routes) throws IOException {
        Map<String, Object> s = scope("REST API");
        s.put("routes", routes);
        ex.html(200, templates.render("api", s));
    }

    /** A page with a heading, a message and links (404 suggestions, the core ontology's terms). */
    void message(Exchange ex, int status, String heading, String message, List<Ref> suggestions) throws IOException {
        Map<String, Object> s = scope(heading);
        s.put("heading", heading);
        s.put("message", message);
        s.put("suggestions", suggestions);
        s.put("hasSuggestions", !suggestions.isEmpty());
        ex.html(status, templates.render("message", s));
    }

    /** The 404 page, with concepts whose labels are near the last part of the path. */
    void notFound(Exchange ex, String what) throws IOException {
        String last = what.substring(what.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
        List<Ref> suggestions = new ArrayList<>();
        for (LookupService.Match m : lookup.lookup(last, null, 8)) suggestions.add(view.ref(org.apache.jena.graph.NodeFactory.createURI(m.iri())));
        message(ex, 404, "Not found", "Nothing is known here about " + what + ".", suggestions);
    }

    /** Links to the same resource in other formats ({@code ?format=}). */
    static List<Map<String, String>> formatLinks(String href, List<Format> formats) {
        List<Map<String, String>> out = new ArrayList<>();
        String sep = href.contains("?") ? "&" : "?";
        for (Format f : formats) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("href", href + sep + "format=" + f.shortName());
            m.put("title", f.title());
            m.put("mediaType", f.mediaType());
            out.add(m);
        }
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

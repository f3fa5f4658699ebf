package org.medvocab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medvocab.model.MVO;
import org.medvocab.serve.Http;
import org.medvocab.serve.VocabService;

/** Every route of the browser and every format, over HTTP, against a real server (Fuseki + TDB2 in a temp folder). */
class BrowserHttpTest {

    static final String HTML = "text/html";
    static final Node PUMP = NodeFactory.createURI(WebServer.NS + "infusion-pump");

    @TempDir static Path tmp;
    static VocabService service;
    static String base;

    @BeforeAll static void start() {
        service = WebServer.start(tmp);
        base = service.server().baseUrl();
    }

    @AfterAll static void stop() {
        if (service != null) service.close();
    }

    static Http.Response page(String path) {
        return Http.get(base + path, "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(lang).base(base).parse(g);
        return g;
    }

    // ---- pages ---------------------------------------------------------------------------------------------------

    @Test void homeShowsTitleVersionLicenceCountsAndTopConcepts() {
        Http.Response r = page("/");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith(HTML), r.contentType());
        String b = r.body();
        assertTrue(b.contains("<h1>medvocab medical devices and conditions vocabulary</h1>"), b);
        assertTrue(b.contains("0.1.0") && b.contains("creativecommons.org/licenses/by/4.0"), b);
        assertTrue(b.contains("Top concepts") && b.contains(">device</a>"), b);
        assertTrue(b.contains("/index.html#/dataset/vocab/query") && b.contains("format=ttl"), "links to the SPARQL UI and downloads");
        // a request without Accept: text/html still gets Fuseki's UI at /
        assertTrue(Http.get(base + "/").body().contains("Fuseki"));
    }

    @Test void conceptPageShowsLabelsDefinitionsEvidenceHierarchyMappingsAndPicture() {
        Http.Response r = page("/vocab/infusion-pump");
        assertEquals(200, r.status());
        String b = r.body();
        assertTrue(b.contains("<h1>infusion pump <span class=\"kind\">device</span></h1>"), b);
        assertTrue(b.contains("a programmable device for giving fluids"), "definition");
        assertTrue(b.contains("href=\"../vocab/source/02-pump-dictionary-txt?start=1460&amp;end=1577#evidence\""), "evidence link with offsets");
        assertTrue(b.contains("rel=\"up\">pump (apparatus)</a>"), "broader");
        assertTrue(b.contains(">insulin pump</a>") && b.contains(">syringe pump</a>"), "narrower");
        assertTrue(b.contains("MESH:D007260") && b.contains("Infusion Pumps") && b.contains("LexicalMatching"), "mappings with CURIE, label, justification");
        assertTrue(b.indexOf("<h3>exact match</h3>") < b.indexOf("<h3>narrower match</h3>"), "grouped by predicate");
        assertTrue(b.contains("<svg") && b.contains("Neighbourhood of infusion pump"), "neighbourhood picture");
        assertTrue(b.contains("aria-label=\"Path to the top\""), "path to the top");
        assertTrue(b.indexOf(">device</a>") < b.indexOf(">pump (apparatus)</a>"), "path starts at the top");
    }

    @Test void conceptPageAndApiShowTheLexicalLayer() {
        String b = page("/vocab/hemolysis").body();
        int section = b.indexOf("<h2 id=\"lex-h\">Lexical entries</h2>");
        assertTrue(section > 0, b);
        String lex = b.substring(section, b.indexOf("</section>", section));
        assertTrue(lex.contains("<span class=\"written\">hemolysis</span> <span class=\"pos\">noun</span>"), lex);
        assertTrue(lex.contains("<span class=\"phonetic\">hee-mol-ih-sis</span>"), "pronunciation");
        assertTrue(lex.contains("<span class=\"written\">hematolysis</span>"), "the variant's own entry");
        assertTrue(lex.contains("Synonyms: <a href=\"../vocab/hemolysis\">hemolysis</a>"), "synonym sense, linked to its concept");
        assertTrue(lex.contains("the rupture of red blood cells"), "sense definitions");
        assertTrue(lex.contains("href=\"../vocab/source/11-hemolysis-dictionary-txt\""), "the dictionary that has the entry");
        JsonObject c = json("/api/concepts/hemolysis", 200).getAsObject();
        JsonArray entries = c.get("lexicon").getAsArray();
        assertEquals(2, entries.size(), entries.toString());
        JsonObject first = entries.get(0).getAsObject();
        assertEquals("hematolysis", first.getString("writtenRep"));
        assertEquals("hee-mol-ih-sis", entries.get(1).getAsObject().get("phoneticRep").getAsArray().get(0).getAsString().value());
        assertFalse(page("/vocab/markup-gadget").body().contains("Lexical entries"), "no section without lexical entries");
        String cpb = page("/vocab/cardiopulmonary-bypass").body();
        assertTrue(cpb.contains("Abbreviation of or for</dt><dd><a href=\"../vocab/cardiopulmonary-bypass\">CPB</a>"), cpb);
    }

    @Test void restrictionsAndDomainRelationsAreInWords() {
        String b = page("/vocab/insulin-pump").body();
        assertTrue(b.matches("(?s).*>risk</a> some <a href=\"[^\"]*\">hypoglycemia</a>.*"), b);
        assertTrue(b.contains("<h3>indication</h3>") || b.contains("<h3>risk</h3>"), "domain relations grouped by kind");
        assertTrue(b.contains("CSII") && b.contains("alternative label"), "alternative labels");
    }

    @Test void searchPageRanksLabelHitsAndShowsKindAndBroader() {
        Http.Response r = page("/search?q=infus");
        assertEquals(200, r.status());
        String b = r.body();
        int pump = b.indexOf(">infusion pump</a>");
        assertTrue(pump > 0, b);
        assertTrue(b.contains("<span class=\"kind\">device</span>") && b.contains("Broader:"), b);
        assertTrue(page("/search?q=infus&kind=condition").body().contains("0 concepts found"), "kind filter");
        String defs = page("/search?q=nutrients").body();
        assertTrue(defs.contains("matched definition") && defs.contains(">infusion pump</a>"), "definition hits");
    }

    @Test void treeOpensThePathToAFocusConcept() {
        String b = page("/tree?focus=" + Http.enc(PUMP.getURI())).body();
        assertTrue(b.contains("<details"), b);
        assertTrue(b.contains("<li id=\"node-focus\" aria-current=\"true\">"), "the focus is marked");
        assertTrue(b.contains("<details open><summary><a href=\"./vocab/pump-apparatus\">"), "its broader branch is open");
        assertTrue(b.contains("data-children=\"./api/children?iri="), "unopened branches load lazily");
    }

    @Test void alphabeticalIndexAndSources() {
        String i = page("/az/i").body();
        assertTrue(i.contains(">infusion pump</a>") && !i.contains(">hemolysis</a>"), i);
        assertTrue(i.contains("aria-current=\"page\">I</strong>"), i);
        String s = page("/sources").body();
        assertTrue(s.contains("02-pump-dictionary.txt") && s.contains("/vocab/source/02-pump-dictionary-txt"), s);
        String d = page("/vocab/source/02-pump-dictionary-txt?start=1460&end=1577").body();
        assertTrue(d.contains(">infusion pump</a>"), "concepts drawn from it");
        assertTrue(d.contains("<mark id=\"evidence\" tabindex=\"-1\">a programmable device for giving fluids"), "the sentence is highlighted");
        assertEquals(400, page("/vocab/source/02-pump-dictionary-txt?start=x").status());
    }

    @Test void coreOntologyAndOtherIris() {
        Http.Response core = page("/core");
        assertEquals(200, core.status());
        assertTrue(core.body().contains(">device</a>") && core.body().contains(">risk</a>"), core.body());
        Http.Response ttl = Http.get(base + "/core", "Accept", "text/turtle");
        assertTrue(parse(ttl.body(), Lang.TURTLE).contains(MVO.risk, Node.ANY, Node.ANY));
        Http.Response device = page("/resource?iri=" + Http.enc(MVO.Device.getURI()));
        assertEquals(200, device.status());
        assertTrue(device.body().contains("<h1>device"), device.body());
        Http.Response local = page("/resource?iri=" + Http.enc(PUMP.getURI()));
        assertEquals(303, local.status());
        assertEquals("./vocab/infusion-pump", local.headers().firstValue("Location").orElse(""));
    }

    // ---- dereferencing and content negotiation --------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"text/turtle,TTL", "application/ld+json,JSONLD", "application/rdf+xml,RDFXML", "application/n-triples,NTRIPLES"})
    void conceptIriDereferencesInEverySyntax(String accept, String langName) {
        Http.Response r = Http.get(base + "/vocab/infusion-pump", "Accept", accept);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith(accept), r.contentType());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Graph g = parse(r.body(), switch (langName) {
            case "TTL" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        });
        assertTrue(g.contains(PUMP, SKOS.prefLabel.asNode(), Node.ANY), "its triples");
        assertTrue(g.contains(Node.ANY, MVO.evidence, Node.ANY), "its axiom annotations");
        assertTrue(g.contains(PUMP, SKOS.exactMatch.asNode(), NodeFactory.createURI("http://id.nlm.nih.gov/mesh/D007260")), "its mappings");
        assertFalse(g.contains(NodeFactory.createURI(WebServer.NS + "stent"), Node.ANY, Node.ANY), "nothing about other concepts");
    }

    @Test void formatParameterOverridesAccept() {
        Http.Response r = Http.get(base + "/vocab/infusion-pump?format=ttl", "Accept", "text/html");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/turtle"), r.contentType());
        assertTrue(Http.get(base + "/vocab/infusion-pump?format=jsonld").contentType().startsWith("application/ld+json"));
        assertEquals(400, Http.get(base + "/vocab/infusion-pump?format=docx").status());
        assertEquals(406, Http.get(base + "/vocab/infusion-pump", "Accept", "image/png").status());
    }

    @Test void schemeAndSourceDocumentsDereference() {
        Graph scheme = parse(Http.get(base + "/vocab", "Accept", "text/turtle").body(), Lang.TURTLE);
        assertTrue(scheme.contains(NodeFactory.createURI("https://w3id.org/medvocab/vocab"), SKOS.hasTopConcept.asNode(), Node.ANY));
        assertTrue(page("/vocab").body().contains("Top concepts"));
        Graph src = parse(Http.get(base + "/vocab/source/02-pump-dictionary-txt?format=nt").body(), Lang.NTRIPLES);
        assertTrue(src.contains(Node.ANY, Node.ANY, MVO.SourceDocument));
        // Fuseki's endpoints under /vocab are untouched
        assertEquals(200, Http.get(base + "/vocab/sparql?query=" + Http.enc("ASK {}")).status());
        assertEquals(200, Http.get(base + "/vocab/lookup?q=infus").status());
        assertEquals(200, Http.get(base + "/vocab?query=" + Http.enc("ASK {}")).status());
    }

    @Test void unknownConceptIs404WithSuggestions() {
        Http.Response r = page("/vocab/infusion-pumps");
        assertEquals(404, r.status());
        assertTrue(r.body().contains("Did you mean") && r.body().contains("href=\"../vocab/infusion-pump\""), r.body());
        assertEquals(404, Http.get(base + "/vocab/infusion-pumps", "Accept", "text/turtle").status());
    }

    @Test void etagAndLastModifiedGive304() {
        Http.Response r = page("/vocab/infusion-pump");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"0.1.0-"), etag);
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
        Http.Response again = Http.get(base + "/vocab/infusion-pump", "Accept", "text/html", "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals("", again.body());
        Http.Response ttl = Http.get(base + "/vocab/infusion-pump", "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(200, ttl.status(), "another representation has another ETag");
        assertFalse(etag.equals(ttl.headers().firstValue("ETag").orElse("")));
    }

    // ---- escaping ---------------------------------------------------------------------------------------------------

    @Test void markupInLabelsAndQueriesShowsAsText() {
        String c = page("/vocab/markup-gadget").body();
        assertFalse(c.contains("<script>alert"), c);
        assertTrue(c.contains("&lt;script&gt;alert("), c);
        String s = page("/search?q=" + Http.enc("<script>alert(1)</script>")).body();
        assertFalse(s.contains("<script>alert"), s);
        String t = page("/tree?focus=" + Http.enc(WebServer.NS + "markup-gadget")).body();
        assertFalse(t.contains("<script>alert"), t);
        String nf = page("/vocab/%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();
        assertFalse(nf.contains("<script>alert"), nf);
    }

    // ---- REST API -------------------------------------------------------------------------------------------------

    static JsonValue json(String path, int status) {
        Http.Response r = Http.get(base + path, "Accept", "application/json");
        assertEquals(status, r.status(), path + ": " + r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        return JSON.parseAny(r.body());
    }

    @Test void apiSearchWithLanguageKindLimitAndOffset() {
        JsonObject all = json("/api/search?q=pump&limit=5", 200).getAsObject();
        JsonArray results = all.get("results").getAsArray();
        assertEquals(5, results.size());
        int total = all.get("total").getAsNumber().value().intValue();
        assertTrue(total > 5, all.toString());
        JsonObject first = results.get(0).getAsObject();
        for (String key : new String[] {"iri", "label", "matched", "definition", "kind", "broader", "score"}) {
            assertTrue(first.hasKey(key), key + " in " + first);
        }
        JsonObject next = json("/api/search?q=pump&limit=5&offset=5", 200).getAsObject();
        assertFalse(next.get("results").getAsArray().get(0).equals(results.get(0)), "offset pages on");
        JsonArray devices = json("/api/search?q=pump&kind=device&lang=en&limit=100", 200).getAsObject().get("results").getAsArray();
        devices.forEach(h -> assertEquals("device", h.getAsObject().get("kind").getAsString().value()));
        assertEquals(400, json("/api/search", 400).getAsObject().get("status").getAsNumber().value().intValue());
        json("/api/search?q=pump&limit=0", 400);
    }

    @Test void apiConceptChildrenAncestorsMappingsTopAndMetadata() {
        JsonObject c = json("/api/concepts/insulin-pump", 200).getAsObject();
        assertEquals(WebServer.NS + "insulin-pump", c.get("iri").getAsString().value());
        assertTrue(c.get("restrictions").toString().contains("risk some hypoglycemia"), c.toString());
        assertTrue(c.get("definitions").toString().contains("evidenceStart"), c.toString());
        JsonObject byIri = json("/api/concept?iri=" + Http.enc(PUMP.getURI()), 200).getAsObject();
        assertEquals("infusion pump", byIri.get("label").getAsString().value());
        assertTrue(json("/api/concepts/infusion-pump/children", 200).toString().contains("syringe-pump"));
        String ancestors = json("/api/concepts/insulin-pump/ancestors", 200).toString();
        assertTrue(ancestors.indexOf("infusion-pump") < ancestors.indexOf("core#Device"), "nearest first: " + ancestors);
        assertTrue(json("/api/children?iri=" + Http.enc(PUMP.getURI()), 200).toString().contains("insulin-pump"));
        assertTrue(json("/api/concepts/infusion-pump/mappings", 200).toString().contains("MESH:D007260"));
        assertTrue(json("/api/top", 200).toString().contains("core#Device"));
        JsonObject meta = json("/api/metadata", 200).getAsObject();
        assertEquals("0.1.0", meta.get("version").getAsString().value());
        assertTrue(meta.get("concepts").getAsNumber().value().intValue() > 100, meta.toString());
    }

    @Test void apiErrorsAreJson() {
        JsonObject e = json("/api/concepts/no-such-thing", 404).getAsObject();
        assertEquals(404, e.get("status").getAsNumber().value().intValue());
        assertTrue(e.get("message").getAsString().value().contains("no-such-thing"));
        json("/api/nope", 404);
        json("/api/concepts/infusion-pump/nope", 404);
        json("/api/concept", 400);
    }

    @Test void openApiDescribesTheRoutes() {
        JsonObject o = json("/api/openapi.json", 200).getAsObject();
        JsonObject paths = o.get("paths").getAsObject();
        for (String p : new String[] {"/api/search", "/api/concepts/{slug}", "/api/concept", "/api/top", "/api/metadata",
            "/api/concepts/{slug}/children", "/api/concepts/{slug}/ancestors", "/api/concepts/{slug}/mappings"}) {
            assertTrue(paths.hasKey(p), p);
        }
        assertTrue(page("/api").body().contains("/api/openapi.json"));
        assertEquals(200, Http.get(base + "/static/browse.js").status());
        assertEquals(200, Http.get(base + "/static/browse.css").status());
    }
}

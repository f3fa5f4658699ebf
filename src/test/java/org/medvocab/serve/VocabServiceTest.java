package org.medvocab.serve;

import static org.medvocab.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import org.medvocab.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.model.Graphs;
import org.medvocab.validate.Shapes;

/**
 * The service end to end: a real Fuseki server on a free port over a TDB2 database in a temporary folder, loaded with
 * the committed {@code ontology/medvocab.ttl} and the core ontology, spoken to over HTTP.
 */
class VocabServiceTest {

    static final String USER = "editor";
    static final String PASSWORD = "pw-" + UUID.randomUUID();
    static final String VOCAB_GRAPH = Graphs.VOCABULARY.getURI();
    static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        + "PREFIX mvo: <https://w3id.org/medvocab/core#>\nPREFIX : <https://w3id.org/medvocab/vocab/>\n";

    @TempDir static Path tmp;
    static VocabService service;
    static String base;
    static String dataset;
    static String sparql;

    @BeforeAll static void start() {
        VocabServer.Options options = VocabServer.Options.defaults().withPort(0)
            .withQueryTimeout(Duration.ofMillis(1500))
            .withCredentials(Credentials.of(USER, PASSWORD));
        // as medvocab serve does: the committed vocabulary, the core ontology, and ontology/mappings.ttl when it exists
        service = VocabService.start(new VocabService.Config(null, Path.of("ontology/medvocab.ttl"), null,
            tmp.resolve("data"), false, Shapes.defaults(), options), null);
        base = service.server().baseUrl();
        dataset = service.server().datasetUrl();
        sparql = dataset + "/sparql";
    }

    @AfterAll static void stop() {
        if (service != null) service.close();
    }

    // ---- competency questions --------------------------------------------------------------------------------------

    @TestFactory Stream<DynamicTest> everyCompetencyQueryReturnsItsExpectedRows() throws IOException {
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 12, "at least 12 competency queries: " + queries);
        return queries.stream().map(q -> dynamicTest(q.getFileName().toString(), () -> {
            String text = Files.readString(q);
            assertTrue(text.startsWith("#"), q + " starts with a comment saying what question it answers");
            Path expectedFile = ExpectedResults.fileFor(q);
            assertTrue(Files.isRegularFile(expectedFile), "expected results for " + q);
            ExpectedResults expected = ExpectedResults.read(expectedFile);
            assertFalse(expected.rows().isEmpty(), expectedFile + " lists rows");
            QueryRunner.Table actual = QueryRunner.run(text, sparql);
            assertEquals(List.of(), expected.missing(actual), () -> q + " misses expected rows; it returned:\n" + actual.render());
        }));
    }

    @Test void theQueryCommandRunsACompetencyQueryAtTheEndpointAndChecksIt() {
        CliRun r = run("query", "queries/hemopump-risks.rq", "--endpoint", sparql, "--check");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().findFirst().orElse("").startsWith("risk"), r.out());
        assertTrue(r.out().contains("hemolysis") && r.out().contains("(2 rows)") || r.out().contains("rows)"), r.out());
        assertTrue(r.err().contains("expected rows present"), r.err());
    }

    // ---- SPARQL query, formats, graphs ---------------------------------------------------------------------------

    @Test void queryAnswersInEveryResultFormat() {
        String q = Http.enc(PREFIXES + "SELECT ?c ?l { ?c skos:prefLabel ?l FILTER(str(?l) = \"Hemopump\") }");
        for (String[] f : new String[][] {
            {"application/sparql-results+json", "\"bindings\""},
            {"application/sparql-results+xml", "<sparql"},
            {"text/csv", "c,l"},
            {"text/tab-separated-values", "?c\t?l"}}) {
            Http.Response r = Http.get(sparql + "?query=" + q, "Accept", f[0]);
            assertEquals(200, r.status(), f[0] + ": " + r.body());
            assertTrue(r.contentType().startsWith(f[0]), r.contentType());
            assertTrue(r.body().contains(f[1]) && r.body().contains("hemopump"), f[0] + ": " + r.body());
        }
        String construct = Http.enc(PREFIXES + "CONSTRUCT { :hemopump skos:prefLabel ?l } WHERE { :hemopump skos:prefLabel ?l }");
        for (String ct : List.of("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")) {
            Http.Response r = Http.get(dataset + "/query?query=" + construct, "Accept", ct);
            assertEquals(200, r.status(), ct + ": " + r.body());
            assertTrue(r.contentType().startsWith(ct), r.contentType());
            assertTrue(r.body().contains("Hemopump"), r.body());
        }
        Http.Response plain = Http.get(dataset + "?query=" + q, "Accept", "text/csv");
        assertEquals(200, plain.status(), plain.body());
    }

    @Test void namedGraphsAreSeparateAndTheDefaultGraphIsTheirUnion() {
        List<Node> expected = new ArrayList<>(List.of(Graphs.CORE, Graphs.VOCABULARY));
        if (Files.exists(Path.of("ontology/mappings.ttl"))) expected.add(Graphs.MAPPINGS);
        if (Files.exists(Path.of("ontology/lexicon.ttl"))) expected.add(Graphs.LEXICON);
        assertEquals(expected.stream().map(Object::toString).sorted().toList(),
            service.store().graphs().stream().map(Object::toString).sorted().toList());
        long vocab = count("SELECT (COUNT(*) AS ?n) { GRAPH <" + VOCAB_GRAPH + "> { ?s ?p ?o } }");
        long core = count("SELECT (COUNT(*) AS ?n) { GRAPH <" + Graphs.CORE.getURI() + "> { ?s ?p ?o } }");
        long mappings = count("SELECT (COUNT(*) AS ?n) { GRAPH <" + Graphs.MAPPINGS.getURI() + "> { ?s ?p ?o } }");
        long lexicon = count("SELECT (COUNT(*) AS ?n) { GRAPH <" + Graphs.LEXICON.getURI() + "> { ?s ?p ?o } }");
        long union = count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertTrue(vocab > 2000 && core > 100, vocab + " " + core);
        assertTrue(union > vocab && union <= vocab + core + mappings + lexicon,
            union + " vs " + vocab + " + " + core + " + " + mappings + " + " + lexicon);
        // a triple only the core has, and one only the vocabulary has, both in the default graph
        assertEquals("true", ask("ASK { mvo:Device skos:altLabel \"medical device\"@en }"));
        assertEquals("true", ask("ASK { :hemopump skos:prefLabel \"Hemopump\"@en }"));
        assertEquals("false", ask("ASK { GRAPH <" + Graphs.CORE.getURI() + "> { :hemopump ?p ?o } }"));
    }

    @Test void graphStoreReadGivesEachNamedGraph() {
        Http.Response r = Http.get(dataset + "/get?graph=" + Http.enc(Graphs.CORE.getURI()), "Accept", "text/turtle");
        assertEquals(200, r.status(), r.body());
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        assertEquals(service.store().size(Graphs.CORE), g.size());
        // the default graph is the union here too
        Http.Response d = Http.get(dataset + "/get?default", "Accept", "application/n-triples");
        assertEquals(200, d.status());
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), d.body().lines().filter(l -> !l.isBlank()).count());
        // and it cannot be written to
        Http.Response put = Http.put(dataset + "/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .", "Authorization", Http.basic(USER, PASSWORD));
        assertEquals(422, put.status(), put.body());
        assertEquals("false", ask("ASK { <urn:a> <urn:b> <urn:c> }"));
    }

    @Test void textQueryWorksInSparqlAlsoWithinOneGraph() {
        String q = "PREFIX text: <http://jena.apache.org/text#>\n" + PREFIXES
            + "SELECT ?c { GRAPH <" + VOCAB_GRAPH + "> { (?c ?score) text:query (skos:prefLabel \"hemop*\") } }";
        QueryRunner.Table t = QueryRunner.run(q, sparql);
        assertTrue(t.rows().contains(List.of(":hemopump")), t.render());
        String core = "PREFIX text: <http://jena.apache.org/text#>\n" + PREFIXES
            + "SELECT ?c { GRAPH <" + Graphs.CORE.getURI() + "> { (?c ?score) text:query (skos:prefLabel \"hemop*\") } }";
        assertTrue(QueryRunner.run(core, sparql).rows().isEmpty(), "the core graph has no Hemopump");
    }

    @Test void shaclServiceValidatesAGraph() {
        String shapes = "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            + "<urn:x:shape> a sh:NodeShape ; sh:targetClass skos:Concept ; sh:property [ sh:path skos:prefLabel ; sh:minCount 1 ] .";
        Http.Response r = Http.post(dataset + "/shacl?graph=" + Http.enc(VOCAB_GRAPH), "text/turtle", shapes, "Accept", "text/turtle");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("ValidationReport") && r.body().contains("conforms"), r.body());
    }

    @Test void pingMetricsAndTheQueryUi() {
        assertEquals(200, Http.get(base + "/$/ping").status());
        String auth = Http.basic(USER, PASSWORD);
        Http.Response metrics = Http.get(base + "/$/metrics", "Authorization", auth);
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("# TYPE") && metrics.body().contains("fuseki"), metrics.body());
        Http.Response ui = Http.get(base + "/");
        assertEquals(200, ui.status());
        assertTrue(ui.body().contains("Fuseki"), ui.body());
        Http.Response server = Http.get(base + "/$/server", "Authorization", auth);
        assertEquals(200, server.status());
        assertTrue(server.body().contains("/vocab"), server.body());
    }

    // ---- writes: authentication, atomicity, validation -----------------------------------------------------------

    @Test void anonymousWritesAreRefusedWith401() {
        long before = vocabSize();
        String update = PREFIXES + "INSERT DATA { GRAPH <" + VOCAB_GRAPH + "> { :hemopump skos:altLabel \"anonymous\"@en } }";
        Http.Response r = Http.post(dataset + "/update", "application/sparql-update", update);
        assertEquals(401, r.status(), r.body());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), r.headers().toString());
        assertEquals(401, Http.put(dataset + "/data?graph=" + Http.enc(VOCAB_GRAPH), "text/turtle", "<urn:a> <urn:b> <urn:c> .").status());
        assertEquals(401, Http.upload(dataset + "/upload", "x.ttl", "text/turtle", "<urn:a> <urn:b> <urn:c> .").status());
        assertEquals(401, Http.post(dataset + "/update", "application/sparql-update", update,
            "Authorization", Http.basic(USER, "wrong-password")).status(), "wrong password");
        // the query endpoints do not take updates
        assertTrue(Http.post(sparql, "application/sparql-update", update).status() >= 400);
        assertEquals(before, vocabSize());
    }

    @Test void authenticatedUpdateWorksAndReachesTheTextIndex() {
        String auth = Http.basic(USER, PASSWORD);
        String triple = ":hemopump skos:altLabel \"zyxwidget pump\"@en";
        Http.Response r = Http.post(dataset + "/update", "application/sparql-update",
            PREFIXES + "INSERT DATA { GRAPH <" + VOCAB_GRAPH + "> { " + triple + " } }", "Authorization", auth);
        assertEquals(204, r.status(), r.body());
        try {
            assertEquals("true", ask("ASK { " + triple + " }"));
            JsonArray results = lookup("zyxwidg", "en");
            assertEquals("https://w3id.org/medvocab/vocab/hemopump", field(results.get(0), "iri"), results.toString());
            assertEquals("zyxwidget pump", field(results.get(0), "matched"));
        } finally {
            Http.Response d = Http.post(dataset + "/update", "application/sparql-update",
                PREFIXES + "DELETE DATA { GRAPH <" + VOCAB_GRAPH + "> { " + triple + " } }", "Authorization", auth);
            assertEquals(204, d.status(), d.body());
        }
        assertEquals("false", ask("ASK { " + triple + " }"));
        assertTrue(lookup("zyxwidg", "en").isEmpty());
    }

    @Test void anUpdateThatBreaksTheShapesIsRefusedAndChangesNothing() {
        long before = vocabSize();
        Http.Response r = Http.post(dataset + "/update", "application/sparql-update",
            PREFIXES + "INSERT DATA { GRAPH <" + VOCAB_GRAPH + "> { :hemopump skos:prefLabel \"Hemopump two\"@en } }",
            "Authorization", Http.basic(USER, PASSWORD));
        assertEquals(422, r.status(), r.body());
        assertTrue(r.body().contains("mvs:OnePrefLabelPerLanguage") && r.body().contains("hemopump"), r.body());
        assertEquals(before, vocabSize());
        assertEquals("false", ask("ASK { :hemopump skos:prefLabel \"Hemopump two\"@en }"));
    }

    @Test void anUpdateIntoTheDefaultGraphIsRefused() {
        Http.Response r = Http.post(dataset + "/update", "application/sparql-update",
            PREFIXES + "INSERT DATA { :hemopump skos:altLabel \"lost in the default graph\"@en }", "Authorization", Http.basic(USER, PASSWORD));
        assertEquals(422, r.status(), r.body());
        assertTrue(r.body().contains("named graph"), r.body());
        assertEquals("false", ask("ASK { ?s ?p \"lost in the default graph\"@en }"));
    }

    @Test void aBadUploadLeavesTheDataUnchanged() {
        String auth = Http.basic(USER, PASSWORD);
        long before = vocabSize();
        String target = dataset + "/data?graph=" + Http.enc(VOCAB_GRAPH);
        String broken = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<urn:a> skos:prefLabel \"a\"@en .\n<urn:b> skos:prefLabel .\n";
        Http.Response put = Http.put(target, "text/turtle", broken, "Authorization", auth);
        assertEquals(400, put.status(), put.body());
        assertTrue(put.body().contains("line: 3"), put.body());
        assertEquals(before, vocabSize());

        Http.Response post = Http.post(target, "text/turtle", broken, "Authorization", auth);
        assertEquals(400, post.status(), post.body());
        assertEquals(before, vocabSize());

        Http.Response upload = Http.upload(dataset + "/upload?graph=" + Http.enc(VOCAB_GRAPH), "broken.ttl", "text/turtle", broken, "Authorization", auth);
        assertEquals(400, upload.status(), upload.body());
        assertTrue(upload.body().contains("line: 3"), upload.body());
        assertEquals(before, vocabSize());

        String invalidUpload = "<https://w3id.org/medvocab/vocab/hemopump> <http://www.w3.org/2004/02/skos/core#prefLabel> \"second\"@en .";
        Http.Response refused = Http.upload(dataset + "/upload?graph=" + Http.enc(VOCAB_GRAPH), "more.ttl", "text/turtle", invalidUpload, "Authorization", auth);
        assertEquals(422, refused.status(), refused.body());
        assertEquals(before, vocabSize());

        // well-formed, but replacing the vocabulary with a concept that has no label breaks the shapes
        // (forced, so that the removal limit lets it through to the shapes)
        String invalid = "<urn:x> a <http://www.w3.org/2004/02/skos/core#Concept> .";
        Http.Response replace = Http.put(target + "&force=true", "text/turtle", invalid, "Authorization", auth);
        assertEquals(422, replace.status(), replace.body());
        // the body names the first violations; with the lexicon loaded, its senses (now without their concepts) may come first
        assertTrue(replace.body().contains("mvs:ConceptHasPrefLabel") || replace.body().contains("would fail SHACL validation"), replace.body());
        assertEquals(before, vocabSize());
        assertEquals("true", ask("ASK { :hemopump skos:prefLabel \"Hemopump\"@en }"));
    }

    @Test void aGoodUploadIntoAnotherGraphIsServed() {
        String auth = Http.basic(USER, PASSWORD);
        String mapping = "<https://w3id.org/medvocab/vocab/hemopump> <http://www.w3.org/2004/02/skos/core#closeMatch> <https://example.org/other/Hemopump> .";
        String target = dataset + "/data?graph=" + Http.enc(Graphs.NS + "test-notes");
        Http.Response r = Http.put(target, "text/turtle", mapping, "Authorization", auth);
        assertTrue(r.status() == 200 || r.status() == 201, r.status() + " " + r.body());
        try {
            assertEquals("true", ask("ASK { :hemopump skos:closeMatch <https://example.org/other/Hemopump> }"));
        } finally {
            Http.Response d = Http.send("DELETE", target, "Authorization", auth);
            assertEquals(204, d.status(), d.body());
        }
    }

    // ---- timeout -------------------------------------------------------------------------------------------------

    @Test void aSlowQueryIsCutByTheTimeout() {
        String slow = Http.enc("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        long t0 = System.nanoTime();
        Http.Response r = Http.get(sparql + "?query=" + slow);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.status(), r.body());
        assertTrue(r.body().toLowerCase().contains("timed out") || r.body().toLowerCase().contains("timeout"), r.body());
        assertTrue(seconds < 10, "cut after " + seconds + " s");
        assertEquals(200, Http.get(base + "/$/ping").status(), "the server still answers");
        assertTrue(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }") > 0);
    }

    // ---- lookup --------------------------------------------------------------------------------------------------

    @Test void lookupFindsInfusionPumpByPrefix() {
        JsonArray results = lookup("infus", "en");
        List<String> iris = results.stream().map(v -> field(v, "iri")).toList();
        assertTrue(iris.subList(0, Math.min(3, iris.size())).contains("https://w3id.org/medvocab/vocab/infusion-pump"), results.toString());
        JsonObject pump = results.stream().filter(v -> field(v, "iri").endsWith("/infusion-pump")).findFirst().orElseThrow().getAsObject();
        assertEquals("infusion pump", pump.get("prefLabel").getAsString().value());
        assertEquals("infusion pump", pump.get("matched").getAsString().value());
        assertEquals("prefix", pump.get("match").getAsString().value());
        assertTrue(pump.get("score").getAsNumber().value().doubleValue() > 0);
    }

    @Test void lookupToleratesATypo() {
        JsonArray results = lookup("hemopmp", null);
        assertFalse(results.isEmpty());
        assertEquals("https://w3id.org/medvocab/vocab/hemopump", field(results.get(0), "iri"), results.toString());
        assertEquals("Hemopump", field(results.get(0), "prefLabel"));
        assertEquals("fuzzy", field(results.get(0), "match"));
    }

    @Test void lookupRanksExactAbbreviationFirstAndGivesThePrefLabel() {
        JsonArray results = lookup("VAD", "en");
        assertEquals("https://w3id.org/medvocab/vocab/ventricular-assist-device", field(results.get(0), "iri"), results.toString());
        assertEquals("VAD", field(results.get(0), "matched"));
        assertEquals("altLabel", field(results.get(0), "field"));
        assertEquals("exact", field(results.get(0), "match"));
        assertEquals("ventricular assist device", field(results.get(0), "prefLabel"));
        double previous = Double.MAX_VALUE;
        for (JsonValue v : results) {
            double s = v.getAsObject().get("score").getAsNumber().value().doubleValue();
            assertTrue(s <= previous, "sorted by score: " + results);
            previous = s;
        }
    }

    @Test void lookupWithoutAQueryIsABadRequest() {
        assertEquals(400, Http.get(dataset + "/lookup").status());
        assertEquals(400, Http.get(dataset + "/lookup?q=pump&limit=0").status());
        Http.Response r = Http.get(dataset + "/lookup?q=pump&limit=2");
        assertEquals(200, r.status());
        assertEquals(2, JSON.parse(r.body()).get("results").getAsArray().size());
    }

    // ---- read-only server ----------------------------------------------------------------------------------------

    /** The UI's start page says whether the server is read-only, loads the overlay that hides what it does not allow, and has the real version. */
    @Test void theQueryUiHidesWhatTheServerDoesNotAllow() {
        Http.Response page = Http.get(base + "/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("\"readOnly\": false") && page.body().contains("./medvocab-ui.js")
            && page.body().contains("./medvocab-ui.css") && page.body().contains("./static/index-"), page.body());
        assertTrue(page.body().matches("(?s).*\"version\": \"\\d+\\.\\d+\\.\\d+ \\(Apache Jena Fuseki; medvocab .*"), page.body());
        assertEquals(page.body(), Http.get(base + "/index.html").body());
        Http.Response script = Http.get(base + "/medvocab-ui.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("add data") && script.body().contains("new dataset") && script.body().contains("<development>"));
        assertTrue(Http.get(base + "/medvocab-ui.css").body().contains("#/manage"));
        assertEquals(200, Http.get(base + "/favicon.ico").status(), "the UI's other files are served as before");
        VocabServer readOnly = VocabServer.start(service.store(), VocabServer.Options.defaults().withPort(0));
        try {
            assertTrue(Http.get(readOnly.baseUrl() + "/").body().contains("\"readOnly\": true"));
        } finally {
            readOnly.stop();
        }
    }

    @Test void withoutCredentialsThereAreNoUpdateEndpoints() {
        VocabServer readOnly = VocabServer.start(service.store(), VocabServer.Options.defaults().withPort(0).withUi(false));
        try {
            assertFalse(readOnly.writable());
            String update = PREFIXES + "INSERT DATA { GRAPH <" + VOCAB_GRAPH + "> { :hemopump skos:altLabel \"x\"@en } }";
            int status = Http.post(readOnly.datasetUrl() + "/update", "application/sparql-update", update).status();
            assertTrue(status == 404 || status == 405, "no update endpoint: " + status);
            assertTrue(Http.put(readOnly.datasetUrl() + "/data?graph=" + Http.enc(VOCAB_GRAPH), "text/turtle", "<urn:a> <urn:b> <urn:c> .").status() >= 400);
            Http.Response q = Http.get(readOnly.datasetUrl() + "/sparql?query=" + Http.enc("ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+json");
            assertEquals(200, q.status(), q.body());
            assertFalse(readOnly.urls().containsKey("SPARQL update"));
            assertFalse(Http.get(readOnly.baseUrl() + "/").body().contains("medvocab-ui.js"), "no UI, no overlay");
            assertEquals("false", ask("ASK { :hemopump skos:altLabel \"x\"@en }"));
        } finally {
            readOnly.stop();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static JsonArray lookup(String q, String lang) {
        Http.Response r = Http.get(dataset + "/lookup?q=" + Http.enc(q) + (lang == null ? "" : "&lang=" + lang));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonObject o = JSON.parse(r.body());
        assertEquals(q, o.get("query").getAsString().value());
        return o.get("results").getAsArray();
    }

    static String field(JsonValue v, String name) {
        JsonValue f = v.getAsObject().get(name);
        assertNotNull(f, name + " in " + v);
        return f.getAsString().value();
    }

    static long vocabSize() {
        return count("SELECT (COUNT(*) AS ?n) { GRAPH <" + VOCAB_GRAPH + "> { ?s ?p ?o } }");
    }

    static long count(String query) {
        QueryRunner.Table t = QueryRunner.run(PREFIXES + query, sparql);
        return Long.parseLong(t.rows().get(0).get(0));
    }

    static String ask(String query) {
        return QueryRunner.run(PREFIXES + query, sparql).rows().get(0).get(0);
    }


}

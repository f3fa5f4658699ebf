package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.model.Graphs;
import org.medvocab.validate.Shapes;

/**
 * One test per finding of the attack-and-fault audit (issue 12), against a real server on a TDB2 database: no outbound
 * requests, bounded bodies, the write gate against wipes, the audit log, and status codes for client mistakes.
 */
class HardeningTest {
    static final String USER = "editor";
    static final String PASSWORD = "pw-" + UUID.randomUUID();
    static final String VOCAB = Graphs.VOCABULARY.getURI();
    static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX : <https://w3id.org/medvocab/vocab/>\n";
    static final long QUERY_LIMIT = 64 * 1024;

    @TempDir static Path tmp;
    static VocabService service;
    static String base;
    static String dataset;
    static String auth;
    /** A listener that counts the connections the server would make to it. */
    static ServerSocket listener;
    static final AtomicInteger connections = new AtomicInteger();

    @BeforeAll static void start() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) { connections.incrementAndGet(); } catch (IOException e) { return; }
            }
        }, "outbound-listener");
        t.setDaemon(true);
        t.start();
        Guards guards = Guards.defaults().withBodyLimits(QUERY_LIMIT, 4L << 20).withAnonymousRowLimit(5)
            .withAuditLog(tmp.resolve("data/audit.log"));
        VocabServer.Options options = VocabServer.Options.defaults().withPort(0).withUi(false)
            .withCredentials(Credentials.of(USER, PASSWORD)).withGuards(guards);
        service = VocabService.start(new VocabService.Config(null, Path.of("ontology/medvocab.ttl"), null,
            tmp.resolve("data"), false, Shapes.defaults(), options), null);
        base = service.server().baseUrl();
        dataset = service.server().datasetUrl();
        auth = Http.basic(USER, PASSWORD);
    }

    @AfterAll static void stop() throws IOException {
        if (service != null) service.close();
        if (listener != null) listener.close();
    }

    static String outbound() { return "http://127.0.0.1:" + listener.getLocalPort() + "/x"; }

    static long vocabSize() {
        return Long.parseLong(QueryRunner.run("SELECT (COUNT(*) AS ?n) { GRAPH <" + VOCAB + "> { ?s ?p ?o } }", dataset + "/sparql").rows().get(0).get(0));
    }

    static Http.Response update(String update) {
        return Http.post(dataset + "/update", "application/sparql-update", update, "Authorization", auth);
    }

    // ---- finding 1: outbound requests -------------------------------------------------------------------------------

    @Test void anonymousServiceCallsAreRefusedWith400AndNeverLeaveTheServer() {
        int before = connections.get();
        for (String q : List.of(
                "SELECT * { SERVICE <" + outbound() + "> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + outbound() + "> { ?s ?p ?o } } } LIMIT 1",
                "SELECT * { { SELECT ?s { SERVICE SILENT <" + outbound() + "> { ?s ?p ?o } } } }",
                "SELECT * { BIND(<" + outbound() + "> AS ?e) SERVICE ?e { ?s ?p ?o } }")) {
            Http.Response r = Http.get(dataset + "/sparql?query=" + Http.enc(q));
            assertEquals(400, r.status(), q + " -> " + r.body());
            assertTrue(r.body().contains("SERVICE") && r.body().contains("refused"), r.body());
        }
        assertEquals(before, connections.get(), "no connection reached the listener");
    }

    @Test void loadFromAFileOrAnotherServerIsRefusedWith400() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.ttl"), "<urn:secret> <urn:p> \"private\" .");
        long before = vocabSize();
        int conns = connections.get();
        for (String source : List.of(secret.toUri().toString(), outbound())) {
            Http.Response r = update("LOAD <" + source + "> INTO GRAPH <" + VOCAB + ">");
            assertEquals(400, r.status(), r.body());
            assertTrue(r.body().contains("LOAD") && r.body().contains("refused"), r.body());
        }
        Http.Response r = update("INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { SERVICE <" + outbound() + "> { ?s ?p ?o } }");
        assertEquals(400, r.status(), r.body());
        assertEquals(before, vocabSize());
        assertEquals(conns, connections.get());
        assertEquals("false", QueryRunner.run("ASK { ?s ?p \"private\" }", dataset + "/sparql").rows().get(0).get(0));
    }

    @Test void theAllowListOpensOnlyTheEndpointsItNames() {
        OutboundPolicy p = new OutboundPolicy(List.of("https://query.example.org/sparql"));
        p.check(org.apache.jena.query.QueryFactory.create("SELECT * { SERVICE <https://query.example.org/sparql> { ?s ?p ?o } }"));
        assertTrue(p.allows("https://query.example.org/sparql"));
        assertFalse(p.allows("file:///etc/passwd"));
        assertFalse(p.allows("https://query.example.org.evil/"));
        org.junit.jupiter.api.Assertions.assertThrows(OutboundPolicy.RefusedException.class, () ->
            p.check(org.apache.jena.update.UpdateFactory.create("LOAD <file:///etc/passwd>")));
    }

    // ---- finding 2: bodies and the SHACL service ----------------------------------------------------------------------

    @Test void aQueryBodyOverTheLimitGets413() {
        String big = "SELECT * { ?s ?p ?o } #" + "x".repeat((int) QUERY_LIMIT);
        Http.Response r = Http.post(dataset + "/sparql", "application/sparql-query", big);
        assertEquals(413, r.status(), r.body());
        Http.Response shacl = Http.post(dataset + "/shacl?graph=default", "text/turtle", "# " + "x".repeat((int) QUERY_LIMIT));
        assertEquals(413, shacl.status(), shacl.body());
    }

    @Test void aChunkedBodyOverTheLimitGets413() throws Exception {
        byte[] big = ("SELECT * { ?s ?p ?o } #" + "x".repeat((int) QUERY_LIMIT * 2)).getBytes(StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(dataset + "/sparql")).header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> r = Http.CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test void shaclSparqlIsRefusedAndCoreShapesStillWork() {
        String sparql = "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<urn:s> a sh:NodeShape ; sh:targetNode <urn:x> ;"
            + " sh:sparql [ sh:select \"SELECT $this { SERVICE <" + outbound() + "> { ?a ?b ?c } }\" ] .";
        Http.Response r = Http.post(dataset + "/shacl?graph=default", "text/turtle", sparql);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("SHACL-SPARQL"), r.body());
        String core = "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<urn:s> a sh:NodeShape ; sh:targetNode <urn:x> ; sh:property [ sh:path <urn:p> ; sh:minCount 1 ] .";
        Http.Response ok = Http.post(dataset + "/shacl?graph=default", "text/turtle", core, "Accept", "text/turtle");
        assertEquals(200, ok.status(), ok.body());
        assertTrue(ok.body().contains("ValidationReport"), ok.body());
    }

    @Test void anonymousQueriesAreCappedAtTheRowLimit() {
        QueryRunner.Table t = QueryRunner.run("SELECT ?s ?p ?o { ?s ?p ?o }", dataset + "/sparql");
        assertEquals(5, t.rows().size());
        assertEquals(2, QueryRunner.run("SELECT ?s { ?s ?p ?o } LIMIT 2", dataset + "/sparql").rows().size());
    }

    @Test void anAuthenticatedQueryIsNotCappedAndAWrongPasswordIsRefused() {
        String url = dataset + "/sparql?query=" + Http.enc("SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 50");
        Http.Response r = Http.get(url, "Accept", "text/csv", "Authorization", auth);
        assertEquals(200, r.status(), r.body());
        assertEquals(51, r.body().strip().split("\\R").length, "header and 50 rows for an authenticated user");
        Http.Response anonymous = Http.get(url, "Accept", "text/csv");
        assertEquals(6, anonymous.body().strip().split("\\R").length, "header and 5 rows without credentials");
        assertEquals(401, Http.get(url, "Accept", "text/csv", "Authorization", Http.basic(USER, "wrong")).status());
    }

    // ---- finding 3: the write gate ---------------------------------------------------------------------------------

    @Test void dropClearAndPutOverTheVocabularyAreRefused() {
        long before = vocabSize();
        for (String u : List.of("DROP GRAPH <" + VOCAB + ">", "CLEAR ALL", "DROP ALL", "CLEAR GRAPH <" + VOCAB + ">",
                PREFIXES + "DELETE WHERE { GRAPH <" + VOCAB + "> { ?c skos:inScheme ?s } }")) {
            Http.Response r = update(u);
            assertEquals(422, r.status(), u + " -> " + r.body());
            assertTrue(r.body().contains("force=true"), r.body());
            assertEquals(before, vocabSize(), u);
        }
        Http.Response put = Http.put(dataset + "/data?graph=" + Http.enc(VOCAB), "text/turtle", "<urn:a> <urn:b> <urn:c> .", "Authorization", auth);
        assertEquals(422, put.status(), put.body());
        assertEquals(before, vocabSize());
    }

    @Test void anAcceptedWriteIsAuditedAndASmallEditPasses() throws IOException {
        String edit = PREFIXES + "INSERT DATA { GRAPH <" + VOCAB + "> { :hemopump skos:altLabel \"audited pump\"@en } }";
        Http.Response r = update(edit);
        assertEquals(204, r.status() == 200 ? 204 : r.status(), r.body());
        try {
            List<String> lines = Files.readAllLines(tmp.resolve("data/audit.log"));
            String last = lines.get(lines.size() - 1);
            assertTrue(last.contains("\"user\" : \"editor\"") || last.contains("\"user\":\"editor\""), last);
            assertTrue(last.contains("POST") && last.contains("/vocab/update"), last);
            assertTrue(last.contains("\"bytes\""), last);
        } finally {
            update(PREFIXES + "DELETE DATA { GRAPH <" + VOCAB + "> { :hemopump skos:altLabel \"audited pump\"@en } }");
        }
    }

    // ---- finding 4: status codes -------------------------------------------------------------------------------------

    @Test void aRefusedWriteWithNonAsciiTextIsA422WithTheWholeMessage() {
        String u = PREFIXES + "INSERT DATA { GRAPH <" + VOCAB + "> { :hemopump skos:prefLabel \"Hémopompe à débit — ünïcödé\"@en } }";
        Http.Response r = update(u);
        assertEquals(422, r.status(), r.body());
        assertTrue(r.body().contains("Nothing was changed"), r.body());
    }

    @Test void aMalformedBasicHeaderIsA400() {
        for (String h : List.of("Basic !!!not-base64!!!", "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes()), "Basic")) {
            Http.Response r = Http.post(dataset + "/update", "application/sparql-update", "CLEAR ALL", "Authorization", h);
            assertEquals(400, r.status(), h + " -> " + r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
    }

    @Test void uploadWithAGraphParameterWritesTheTriplesIntoThatGraph() {
        String graph = Graphs.NS + "upload-notes";
        String triples = "<https://w3id.org/medvocab/vocab/hemopump> <http://www.w3.org/2004/02/skos/core#closeMatch> <https://example.org/up> .";
        Http.Response r = Http.upload(dataset + "/upload?graph=" + Http.enc(graph), "notes.ttl", "text/turtle", triples, "Authorization", auth);
        assertTrue(r.status() == 200 || r.status() == 201, r.status() + " " + r.body());
        try {
            assertEquals("true", QueryRunner.run("ASK { GRAPH <" + graph + "> { ?s ?p <https://example.org/up> } }", dataset + "/sparql").rows().get(0).get(0));
        } finally {
            Http.send("DELETE", dataset + "/data?graph=" + Http.enc(graph), "Authorization", auth);
        }
    }

    @Test void adminEndpointsNeedAuthentication() {
        for (String p : List.of("/$/server", "/$/stats", "/$/metrics")) {
            Http.Response anon = Http.get(base + p);
            assertEquals(401, anon.status(), p + " " + anon.body());
            if (!p.equals("/$/server")) assertEquals(200, Http.get(base + p, "Authorization", auth).status(), p);   // (/$/server comes with the UI)
        }
        assertEquals(200, Http.get(base + "/$/ping").status());
    }
}

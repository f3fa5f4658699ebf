package org.medvocab.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.CliRun;
import org.medvocab.serve.ExpectedResults;
import org.medvocab.serve.QueryRunner;

/**
 * {@code medvocab package --fuseki DIR} served by the official jena-fuseki-server jar, unchanged, in a separate JVM:
 * every competency query of {@code queries/} returns its expected rows over HTTP, the service is read-only, and the
 * named graphs and their union are there.
 */
class FusekiPackageTest {
    @TempDir static Path tmp;
    static Path dir;
    static StockFuseki fuseki;
    static String sparql;

    @BeforeAll static void packageAndStart() throws Exception {
        dir = tmp.resolve("fuseki");
        CliRun r = CliRun.run("package", "--fuseki", dir.toString(), "--vocab", "ontology/medvocab.ttl", "--timeout", "5");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("config.ttl"), r.out());
        fuseki = StockFuseki.start(dir, "/vocab/sparql", "--config=config.ttl");
        sparql = fuseki.url("/vocab/sparql");
    }

    @AfterAll static void stop() throws InterruptedException {
        if (fuseki != null) fuseki.close();
    }

    @TestFactory Stream<DynamicTest> everyCompetencyQueryReturnsItsExpectedRows() throws IOException {
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 12, queries.toString());
        return queries.stream().map(q -> dynamicTest(q.getFileName().toString(), () -> {
            ExpectedResults expected = ExpectedResults.read(ExpectedResults.fileFor(q));
            QueryRunner.Table actual = QueryRunner.run(Files.readString(q), sparql);
            assertEquals(List.of(), expected.missing(actual), () -> q + " misses expected rows; it returned:\n" + actual.render());
        }));
    }

    /** {@code serve --store URL} over the stock server: pages and lookup read it over HTTP, with its text index. */
    @Test void serveStoreReadsTheStockServer() throws Exception {
        org.medvocab.serve.RemoteStore store = new org.medvocab.serve.RemoteStore(sparql, java.time.Duration.ofSeconds(20));
        assertTrue(store.lookup().hasTextIndex(), "the stock server's jena-text index is used");
        org.medvocab.serve.VocabServer.Options options = org.medvocab.serve.VocabServer.Options.defaults().withPort(0)
            .withQueryTimeout(java.time.Duration.ofSeconds(20));
        try (org.medvocab.serve.VocabServer s = org.medvocab.serve.VocabServer.start(store, options,
                List.of(new org.medvocab.web.Browser(org.medvocab.web.Browser.Config.defaults())))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/vocab/infusion-pump"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("<h1>infusion pump"), page.body());
            HttpResponse<String> lookup = client.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/vocab/lookup?q=infus&lang=en"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, lookup.statusCode(), lookup.body());
            assertTrue(lookup.body().contains("infusion pump"), lookup.body());
        }
    }

    @Test void configNamesTheSameIndexFieldsAndATimeout() {
        Model m = RDFDataMgr.loadModel(dir.resolve("config.ttl").toString());
        String ttl = m.toString();
        for (String field : List.of("prefLabel", "altLabel", "hiddenLabel", "definition")) assertTrue(ttl.contains(field), field);
        assertTrue(ttl.contains("arq:queryTimeout") && ttl.contains("5000"), ttl);
        assertTrue(Files.isDirectory(dir.resolve("databases/medvocab/tdb2")) && Files.isDirectory(dir.resolve("databases/medvocab/text")));
    }

    @Test void theServiceIsReadOnly() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sparql))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        QueryRunner.Table t = QueryRunner.run("ASK { <urn:a> <urn:b> <urn:c> }", sparql);
        assertEquals("false", t.rows().get(0).get(0));
    }

    @Test void namedGraphsAndTheirUnionAreServed() {
        QueryRunner.Table graphs = QueryRunner.run("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", sparql);
        String all = graphs.render();
        assertTrue(all.contains("graph/vocabulary") && all.contains("graph/core"), all);
        QueryRunner.Table union = QueryRunner.run("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", sparql);
        assertFalse(union.rows().get(0).get(0).equals("0"), union.render());
    }

    @Test void aNonEmptyFolderIsRefused() {
        CliRun r = CliRun.run("package", "--fuseki", dir.toString());
        assertEquals(1, r.status());
        assertEquals(List.of("medvocab package: " + dir + ": folder is not empty"), r.errLines());
    }
}

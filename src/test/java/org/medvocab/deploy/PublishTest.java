package org.medvocab.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.CliRun;
import org.medvocab.export.Exporter;
import org.medvocab.model.Graphs;
import org.medvocab.serve.QueryRunner;

/** {@code medvocab publish} into a stock Fuseki server (in-memory dataset with updates) started by the test. */
class PublishTest {
    @TempDir static Path tmp;
    static StockFuseki fuseki;
    static String ds;

    @BeforeAll static void start() throws Exception {
        Files.writeString(tmp.resolve("passwd"), "admin: s3cret\n");
        Files.writeString(tmp.resolve("password.txt"), "s3cret\n");
        Files.writeString(tmp.resolve("wrong.txt"), "nope\n");
        fuseki = StockFuseki.start(tmp, "/open/sparql", "--mem", "--update", "/open");
        ds = fuseki.url("/open");
    }

    @AfterAll static void stop() throws InterruptedException {
        if (fuseki != null) fuseki.close();
    }

    private static long count(String graph) {
        return Long.parseLong(QueryRunner.run("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }", ds + "/sparql").rows().get(0).get(0));
    }

    private static List<String> graphs() {
        return QueryRunner.run("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", ds + "/sparql").rows().stream()
            .map(r -> r.get(0)).toList();
    }

    @Test void publishesEveryGraphThroughGspAndReplacesOldContents() {
        // an old triple that the new upload must replace
        QueryRunner.Table before = QueryRunner.run("ASK {}", ds + "/sparql");
        assertEquals(1, before.rows().size());
        CliRun old = CliRun.run("publish", "--endpoint", ds + "/update", "--gsp", ds + "/data");
        assertEquals(0, old.status(), old.err());
        org.apache.jena.rdfconnection.RDFConnection c = org.apache.jena.rdfconnection.RDFConnection.connect(ds);
        c.update("INSERT DATA { GRAPH <" + Graphs.VOCABULARY.getURI() + "> { <urn:stale> <urn:p> <urn:o> } }");
        c.close();
        CliRun r = CliRun.run("publish", "--endpoint", ds + "/update", "--gsp", ds + "/data");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains(" graphs -> " + ds + "/update"), r.out());
        assertTrue(r.out().contains("<" + Graphs.VOCABULARY.getURI() + ">: "), r.out());
        Graph vocab = Exporter.read(Path.of("ontology/medvocab.ttl")).graph();
        assertEquals(vocab.size(), count(Graphs.VOCABULARY.getURI()), "the vocabulary graph, and nothing stale");
        assertTrue(count(Graphs.CORE.getURI()) > 50);
        assertTrue(graphs().stream().noneMatch(g -> g.contains("-upload-")), "no temporary graph left: " + graphs());
    }

    @Test void publishesWithSparqlUpdateOnlyWhenThereIsNoGsp() {
        CliRun r = CliRun.run("publish", "--endpoint", ds + "/update");
        assertEquals(0, r.status(), r.err());
        Graph vocab = Exporter.read(Path.of("ontology/medvocab.ttl")).graph();
        assertEquals(vocab.size(), count(Graphs.VOCABULARY.getURI()));
        assertTrue(graphs().stream().noneMatch(g -> g.contains("-upload-")), graphs().toString());
    }

    @Test void aRefusedUploadLeavesThePublishedGraphsAndSaysWhyInOneLine() {
        CliRun r = CliRun.run("publish", "--endpoint", fuseki.url("/nosuch/update"));
        assertEquals(1, r.status());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("medvocab publish: " + fuseki.url("/nosuch/update") + ": "), r.err());
    }

    @Test void authenticatedStore() throws Exception {
        try (StockFuseki secured = StockFuseki.start(tmp, "/sec/sparql", "--mem", "--update", "--passwd=passwd", "--auth=basic", "/sec")) {
            // probe answered without credentials only if the server does not protect queries; either way updates need them
            String sec = secured.url("/sec");
            CliRun wrong = CliRun.run("publish", "--endpoint", sec + "/update", "--user", "admin", "--password-file", tmp.resolve("wrong.txt").toString());
            assertEquals(1, wrong.status(), wrong.out());
            CliRun ok = CliRun.run("publish", "--endpoint", sec + "/update", "--gsp", sec + "/data", "--user", "admin",
                "--password-file", tmp.resolve("password.txt").toString());
            assertEquals(0, ok.status(), ok.err());
        }
    }
}

package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.cli.Main;
import org.medvocab.web.Browser;
import picocli.CommandLine;

/**
 * {@code serve --store URL}: the browser and the lookup served over a remote SPARQL endpoint. Two real Fuseki servers
 * on free ports hold the vocabulary: medvocab's own service (TDB2 with the jena-text index; its default graph is the
 * union of the named graphs) and a plain Fuseki over an in-memory dataset without a text index. A third server, the
 * one under test, reads each of them over HTTP.
 */
class RemoteStoreTest {

    @TempDir static Path tmp;
    static VocabService indexed;
    static FusekiServer plain;
    static VocabServer overIndexed;
    static VocabServer overPlain;
    static RemoteStore indexedStore;
    static RemoteStore plainStore;

    @BeforeAll static void start() {
        indexed = org.medvocab.web.WebServer.start(tmp);
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(mem.getDefaultGraph(), "ontology/medvocab.ttl");
        RDFDataMgr.read(mem.getDefaultGraph(), "ontology/lexicon.ttl");
        plain = FusekiServer.create().port(0).loopback(true).add("/ds", mem).build().start();

        VocabServer.Options options = VocabServer.Options.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(20));
        indexedStore = new RemoteStore(indexed.server().datasetUrl() + "/sparql", Duration.ofSeconds(20));
        plainStore = new RemoteStore("http://localhost:" + plain.getHttpPort() + "/ds/sparql", Duration.ofSeconds(20));
        overIndexed = VocabServer.start(indexedStore, options, List.of(new Browser(Browser.Config.defaults())));
        overPlain = VocabServer.start(plainStore, options, List.of(new Browser(Browser.Config.defaults())));
    }

    @AfterAll static void stop() {
        if (overIndexed != null) overIndexed.stop();
        if (overPlain != null) overPlain.stop();
        if (plain != null) plain.stop();
        if (indexed != null) indexed.close();
    }

    static Http.Response page(VocabServer s, String path) {
        return Http.get(s.baseUrl() + path, "Accept", "text/html");
    }

    @Test void conceptPageOverTheRemoteStoreShowsEverythingTheLocalOneShows() {
        Http.Response r = page(overIndexed, "/vocab/infusion-pump");
        assertEquals(200, r.status());
        String b = r.body();
        assertTrue(b.contains("<h1>infusion pump <span class=\"kind\">device</span></h1>"), b);
        assertTrue(b.contains("vocab/source/02-pump-dictionary-txt?start=1460&amp;end=1577#evidence"), "evidence from the owl:Axiom (a blank node): " + b);
        assertTrue(b.contains("rel=\"up\">pump (apparatus)</a>"), "broader");
        assertTrue(b.contains("MESH:D007260") && b.contains("LexicalMatching"), "mappings with their SSSOM annotations");
        assertTrue(b.contains("Lexical entries"), "the lexicon graph");
        String insulin = page(overIndexed, "/vocab/insulin-pump").body();
        assertTrue(insulin.matches("(?s).*>risk</a> some <a href=\"[^\"]*\">hypoglycemia</a>.*"), "OWL restriction (a blank node)");
        assertEquals(404, page(overIndexed, "/vocab/no-such-concept").status());
    }

    @Test void descriptionsApiCoreAndTreeOverTheRemoteStore() {
        String ttl = Http.get(overIndexed.baseUrl() + "/vocab/infusion-pump?format=ttl").body();
        assertTrue(ttl.contains("owl:Axiom") && ttl.contains("a programmable device for giving fluids"), ttl);
        JsonObject c = JSON.parse(Http.get(overIndexed.baseUrl() + "/api/concepts/infusion-pump").body());
        assertEquals("infusion pump", c.getString("label"));
        assertTrue(c.get("narrower").getAsArray().toString().contains("syringe pump"), c.toString());
        assertTrue(page(overIndexed, "/core").body().contains(">risk</a>"), "the core ontology's named graph");
        assertTrue(page(overIndexed, "/tree").body().contains(">device</a>"), "top concepts");
    }

    @Test void lookupAndSearchUseTheRemoteTextIndex() {
        assertTrue(indexedStore.lookup().hasTextIndex());
        JsonArray typo = lookup(overIndexed, "infuson pmp");
        assertEquals("https://w3id.org/medvocab/vocab/infusion-pump", typo.get(0).getAsObject().getString("iri"), typo.toString());
        assertEquals("infusion pump", typo.get(0).getAsObject().getString("prefLabel"));
        assertEquals("fuzzy", typo.get(0).getAsObject().getString("match"));
        String defs = page(overIndexed, "/search?q=nutrients").body();
        assertTrue(defs.contains("matched definition") && defs.contains(">infusion pump</a>"), "definition hits from the remote text index");
    }

    @Test void withoutATextIndexLookupFallsBackToContains() {
        assertFalse(plainStore.lookup().hasTextIndex());
        JsonArray hits = lookup(overPlain, "infusion pu");
        assertEquals("https://w3id.org/medvocab/vocab/infusion-pump", hits.get(0).getAsObject().getString("iri"), hits.toString());
        assertEquals("prefix", hits.get(0).getAsObject().getString("match"));
        assertTrue(lookup(overPlain, "CSII").toString().contains("insulin-pump"), "alternative labels too");
        assertTrue(page(overPlain, "/search?q=insulin+pu").body().contains(">insulin pump</a>"));
        assertEquals(200, page(overPlain, "/vocab/hemolysis").status());
    }

    @Test void serveCommandSaysInOneLineWhenTheStoreCannotBeRead() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Main()).execute("serve", "--store", "http://localhost:9/nothing/sparql", "--port", "0", "--timeout", "2");
        } finally {
            System.setErr(old);
        }
        assertEquals(1, code);
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.startsWith("medvocab serve: cannot read the store http://localhost:9/nothing/sparql"), msg);
        assertEquals(1, msg.strip().lines().count(), msg);
    }

    private static JsonArray lookup(VocabServer s, String q) {
        return JSON.parse(Http.get(s.baseUrl() + "/vocab/lookup?q=" + Http.enc(q)).body()).get("results").getAsArray();
    }
}

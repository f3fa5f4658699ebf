package org.medvocab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;

/**
 * The SPARQL mix of the serving benchmark: label search through the text index, exact label, a concept's
 * description, its broader closure, its narrower concepts with labels, its relations, a count under a top class and a
 * definition with its evidence, for concepts picked by a seeded generator. Run at one client against medvocab's server
 * and against stock Fuseki (jena-fuseki-main with only the SPARQL query endpoint) over a TDB2 database and Lucene
 * index built by the reference tools from the same file.
 */
final class QueryMix {
    private QueryMix() {}

    private static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nPREFIX text: <http://jena.apache.org/text#>\n"
        + "PREFIX mvo: <https://w3id.org/medvocab/core#>\n";

    private static final List<String> QUERIES = List.of(
        "SELECT ?c ?l { (?c ?score) text:query (skos:prefLabel \"%w\" 10) . ?c skos:prefLabel ?l }",
        "SELECT ?c { ?c skos:prefLabel \"%l\"@en }",
        "SELECT ?p ?o { %c ?p ?o }",
        "SELECT ?b { %c skos:broader+ ?b }",
        "SELECT ?n ?l { %c skos:narrower ?n . ?n skos:prefLabel ?l } LIMIT 50",
        "SELECT ?p ?t { %c ?p ?t . FILTER (?p IN (mvo:risk, mvo:insertionSite)) }",
        "SELECT (COUNT(?c) AS ?n) { ?c skos:broader %c }",
        "SELECT ?d ?e { %c skos:definition ?d . ?ax owl:annotatedSource %c ; owl:annotatedTarget ?d ; mvo:evidence ?e }");

    /** Runs the mix {@code rounds} times against a dataset URL (query endpoint = the URL itself); seconds per mix. */
    static BenchTasks.Outcome run(String datasetUrl, int rounds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long concepts = concepts(http, datasetUrl);
        Random r = new Random(7);
        for (int i = 0; i < 3; i++) mix(http, datasetUrl, r, concepts);   // warm-up
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) mix(http, datasetUrl, r, concepts);
        double perMix = (System.nanoTime() - t0) / 1e9 / rounds;
        return new BenchTasks.Outcome(perMix, null, String.format(Locale.ROOT, "%d mixes of %d queries, %.1f ms per mix",
            rounds, QUERIES.size(), perMix * 1000));
    }

    /** Stock Fuseki over the reference database (assembler {@code dir/assembler.ttl}). */
    static BenchTasks.Outcome runStock(Path dir, int rounds) throws Exception {
        Dataset ds = (Dataset) AssemblerUtils.build(dir.resolve("assembler.ttl").toString(), org.apache.jena.query.text.assembler.TextVocab.textDataset);
        FusekiServer server = FusekiServer.create().port(0).add("/vocab", ds, false).build().start();
        try {
            return run("http://localhost:" + server.getHttpPort() + "/vocab", rounds);
        } finally {
            server.stop();
        }
    }

    private static long concepts(HttpClient http, String url) throws Exception {
        String body = get(http, url, PREFIXES + "SELECT (COUNT(?c) AS ?n) { ?c a skos:Concept }");
        return Long.parseLong(body.replaceAll("(?s).*\"value\"\\s*:\\s*\"(\\d+)\".*", "$1"));
    }

    private static void mix(HttpClient http, String url, Random r, long concepts) throws Exception {
        long i = r.nextInt((int) Math.max(1, concepts - 10));
        String label = SyntheticText.term(i);
        for (String q : QUERIES) {
            String text = q.replace("%c", "<" + SyntheticVocabulary.BASE + "c" + i + ">").replace("%l", label)
                .replace("%w", label.split(" ")[0]);
            get(http, url, PREFIXES + text);
        }
    }

    private static String get(HttpClient http, String url, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .header("Accept", "application/sparql-results+json").GET().build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) throw new IllegalStateException("HTTP " + res.statusCode() + " for " + query + ": " + res.body());
        return res.body();
    }

    /** The assembler of the reference database in {@code dir}: TDB2 (union default graph) and the same Lucene entity map. */
    static Path writeAssembler(Path dir) {
        String loc = dir.toAbsolutePath().toString();
        String ttl = """
            @prefix tdb2: <http://jena.apache.org/2016/tdb#> .
            @prefix text: <http://jena.apache.org/text#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <urn:bench:ds> a text:TextDataset ; text:dataset <urn:bench:tdb> ; text:index <urn:bench:index> .
            <urn:bench:tdb> a tdb2:DatasetTDB2 ; tdb2:location "%s/tdb2" ; tdb2:unionDefaultGraph true .
            <urn:bench:index> a text:TextIndexLucene ; text:directory <file:%s/text> ; text:storeValues true ;
                text:entityMap <urn:bench:map> .
            <urn:bench:map> a text:EntityMap ; text:entityField "uri" ; text:defaultField "prefLabel" ;
                text:graphField "graph" ; text:langField "lang" ; text:uidField "uid" ;
                text:map ( [ text:field "prefLabel" ; text:predicate skos:prefLabel ]
                           [ text:field "altLabel" ; text:predicate skos:altLabel ]
                           [ text:field "hiddenLabel" ; text:predicate skos:hiddenLabel ]
                           [ text:field "definition" ; text:predicate skos:definition ] ) .
            """.formatted(loc, loc);
        try {
            Files.createDirectories(dir);
            Path f = dir.resolve("assembler.ttl");
            Files.writeString(f, ttl);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.medvocab.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code medvocab serve} (a child JVM) at random moments during its first load and during writes, then a
 * restart on the same database: every acknowledged write is there, the write in flight is either wholly there or not
 * at all, the vocabulary graph is either empty or complete, and the text index agrees with the data.
 */
class KillRestartTest {
    static final String PASSWORD = "kill-test-password";
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String VOCAB_GRAPH = "https://w3id.org/medvocab/graph/vocabulary";

    @TempDir Path tmp;
    final List<Process> processes = new ArrayList<>();

    @AfterEach void killLeftovers() {
        for (Process p : processes) if (p.isAlive()) p.destroyForcibly();
    }

    @Test @Tag("reliability") void fiveKills() throws Exception { run(5, 7L); }

    @Test @Tag("reliability-long") void fiftyKills() throws Exception { run(50, 11L); }

    void run(int kills, long seed) throws Exception {
        Random rnd = new Random(seed);
        Path vocab = tmp.resolve("vocab.ttl");
        try (InputStream in = getClass().getResourceAsStream("/serve/small.ttl")) {
            Files.copy(in, vocab);
        }
        Path data = tmp.resolve("data");
        List<String> acknowledged = new ArrayList<>();
        long full = -1;
        long unacknowledged = 0;
        int survived = 0;
        for (int k = 0; k <= kills; k++) {
            Process p = start(vocab, data);
            if (k == 0) {
                // first kill: during the first load, at a random moment of start-up
                Thread.sleep(500 + rnd.nextInt(3000));
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                continue;
            }
            String sparql = awaitStarted(p);
            long size = count(sparql, "SELECT (COUNT(*) AS ?n) { GRAPH <" + VOCAB_GRAPH + "> { ?s ?p ?o } }");
            if (full < 0) full = size - acknowledged.size();
            assertTrue(size > 0, "after a kill during the first load the restart loads the whole vocabulary");
            for (String label : acknowledged) {
                assertEquals(1, count(sparql, "SELECT (COUNT(*) AS ?n) { ?c <http://www.w3.org/2004/02/skos/core#altLabel> \"" + label + "\"@en }"),
                    "acknowledged write " + label + " survived kill " + k);
            }
            long labels = count(sparql, "SELECT (COUNT(*) AS ?n) { ?c <http://www.w3.org/2004/02/skos/core#altLabel> ?l FILTER STRSTARTS(STR(?l), \"killtest\") }");
            long indexed = count(sparql, "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { "
                + "(?c ?score ?l) text:query (<http://www.w3.org/2004/02/skos/core#altLabel> \"killtest*\" 100000) }");
            long known = acknowledged.size() + unacknowledged;
            assertTrue(labels == known || labels == known + 1, "the write in flight is all or nothing: " + labels + " vs " + known);
            assertEquals(labels, indexed, "text index agrees with the data after kill " + k);
            if (labels > known) unacknowledged++;     // the write in flight committed before its answer was sent
            survived = k;
            if (k == kills) break;
            // writes until a random moment, then kill -9
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200 + rnd.nextInt(1500));
            String update = sparql.replace("/sparql", "/update");
            int i = 0;
            while (System.nanoTime() < killAt) {
                String label = "killtest" + k + "n" + i++;
                int status = post(update, "INSERT DATA { GRAPH <" + VOCAB_GRAPH + "> { <https://w3id.org/medvocab/vocab/hemopump> "
                    + "<http://www.w3.org/2004/02/skos/core#altLabel> \"" + label + "\"@en } }");
                if (status == 200 || status == 204) acknowledged.add(label);
            }
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        System.out.printf("kill -9: %d kills survived, %d acknowledged writes kept%n", survived, acknowledged.size());
    }

    Process start(Path vocab, Path data) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
            "-cp", System.getProperty("java.class.path"), "org.medvocab.cli.Main", "serve", "--no-build",
            "--vocab", vocab.toString(), "--data", data.toString(), "--port", "0", "--timeout", "5");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("MEDVOCAB_ADMIN_PASSWORD", PASSWORD);
        pb.environment().remove("MEDVOCAB_ADMIN_USER");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    static String awaitStarted(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        Pattern url = Pattern.compile("SPARQL query\\s+(http://\\S+)");
        String sparql = null;
        for (String line; (line = r.readLine()) != null; ) {
            out.append(line).append('\n');
            Matcher m = url.matcher(line);
            if (m.find()) sparql = m.group(1);
            if (line.contains("press Ctrl-C to stop") && sparql != null) {
                Thread t = new Thread(() -> { try { r.transferTo(java.io.Writer.nullWriter()); } catch (IOException e) { /* ended */ } });
                t.setDaemon(true);
                t.start();
                return sparql;
            }
        }
        throw new AssertionError("serve did not start:\n" + out);
    }

    static long count(String sparql, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(sparql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).GET().build();
        String body = CLIENT.send(req, HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(body.lines().skip(1).findFirst().orElseThrow().strip());
    }

    static int post(String url, String update) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-update")
                .header("Authorization", AUTH).timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(update)).build();
            return CLIENT.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}

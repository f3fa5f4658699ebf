package org.medvocab.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.serve.VocabServer;
import org.medvocab.serve.VocabService;
import org.medvocab.validate.Shapes;

/**
 * 64 concurrent clients over loopback against a real server (TDB2, the committed vocabulary) for a bounded time:
 * light queries, lookups and a few heavy queries. No errors other than heavy queries cut by the timeout (503), and
 * {@code /$/ping} always answers within 1 s. Prints req/s, p50/p99 and RSS before and after.
 */
class LoadTest {
    static final int CLIENTS = 64;

    @TempDir Path tmp;

    /**
     * Both runs allow load shedding (503 "busy" with {@code Retry-After}, after which a client waits as told) and require
     * that nothing fails otherwise and that ping always answers; the long run also holds ping within 1 s.
     */
    @Test @Tag("reliability") void shortLoad() throws Exception { run(Duration.ofSeconds(6), false); }

    @Test @Tag("reliability-long") void longLoad() throws Exception { run(Duration.ofSeconds(60), true); }

    void run(Duration length, boolean strict) throws Exception {
        VocabServer.Options options = VocabServer.Options.defaults().withPort(0).withUi(false).withQueryTimeout(Duration.ofSeconds(2));
        VocabService service = VocabService.start(new VocabService.Config(null, Path.of("ontology/medvocab.ttl"), null,
                tmp.resolve("data"), false, Shapes.defaults(), options), null);
        try {
            String base = service.server().baseUrl();
            String sparql = service.server().datasetUrl() + "/sparql?query=";
            String lookup = service.server().datasetUrl() + "/lookup?lang=en&q=";
            String light = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?c ?l { ?c skos:prefLabel ?l } LIMIT 50";
            String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long rssBefore = rssMb();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
            AtomicLong heavyCut = new AtomicLong();
            AtomicLong shed = new AtomicLong();
            long end = System.nanoTime() + length.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int id = c;
                pool.submit(() -> {
                    Random rnd = new Random(id);
                    while (System.nanoTime() < end) {
                        int pick = rnd.nextInt(100);
                        boolean isHeavy = pick < 3;
                        String url = isHeavy ? sparql + enc(heavy) : pick < 60 ? sparql + enc(light) : lookup + enc(new String[] {"pump", "infus", "cath", "val"}[rnd.nextInt(4)]);
                        long t0 = System.nanoTime();
                        int status;
                        String retryAfter = null;
                        try {
                            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                                HttpResponse.BodyHandlers.discarding());
                            status = r.statusCode();
                            retryAfter = r.headers().firstValue("Retry-After").orElse(null);
                        } catch (Exception e) {
                            status = -1;
                        }
                        latencies.add((System.nanoTime() - t0) / 1_000_000);
                        if (status == 503 && retryAfter != null) {
                            shed.incrementAndGet();
                            Thread.sleep(1000L * Long.parseLong(retryAfter));
                        } else if (status == 503 && isHeavy) heavyCut.incrementAndGet();
                        else if (status != 200) errors.computeIfAbsent((isHeavy ? "heavy " : "light ") + status, k -> new AtomicLong()).incrementAndGet();
                    }
                    return null;
                });
            }
            long worstPing = 0;
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                worstPing = Math.max(worstPing, (System.nanoTime() - t0) / 1_000_000);
                Thread.sleep(250);
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "clients finish");
            System.gc();
            long rssAfter = rssMb();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double rps = sorted.size() / (double) length.toSeconds();
            System.out.printf("load: %d clients, %d s: %d requests (%d served: %.1f req/s), %.1f req/s, p50 %d ms, p99 %d ms, %d heavy cut by the timeout, %d shed (503 busy, Retry-After), worst ping %d ms, "
                    + "RSS %d MB -> %d MB, max heap %d MB, errors %s%n", CLIENTS, length.toSeconds(), sorted.size(), sorted.size() - shed.get(),
                (sorted.size() - shed.get()) / (double) length.toSeconds(), rps,
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.99)), heavyCut.get(), shed.get(), worstPing, rssBefore, rssAfter,
                Runtime.getRuntime().maxMemory() >> 20, errors);
            assertEquals(Map.of(), errors.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())),
                "no errors other than heavy queries cut by the timeout");
            if (strict) assertTrue(worstPing < 1000, "ping answered within 1 s, worst " + worstPing + " ms");
        } finally {
            service.close();   // cancels running queries, then releases the database (no "active transactions")
        }
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static long rssMb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D+", "")) / 1024;
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}

package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.medvocab.model.Graphs;
import org.medvocab.validate.Shapes;
import org.medvocab.web.Browser;

/**
 * Load shedding on a real server: slow queries from many threads fill the places to run and to wait; the next queries
 * and searches get 503 with {@code Retry-After} at once (before any admitted query has ended), and {@code /$/ping}
 * still answers 200 meanwhile. Closing the store while queries are still running does not fail.
 */
class AdmissionTest {

    /** Never ends by itself on the vocabulary: only the query timeout stops it. */
    static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String BUSY = "every place to run or wait is taken";
    static final int RUNNING = 2, QUEUED = 2, CLIENTS = 12;

    record Answer(int status, String body, String retryAfter, long endNanos) {
        boolean full() { return status == 503 && body.contains(BUSY); }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .executor(Executors.newCachedThreadPool()).build();

    static Answer get(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null), System.nanoTime());
        } catch (Exception e) {
            return new Answer(-1, e.toString(), null, System.nanoTime());
        }
    }

    static VocabServer start(VocabularyStore store, Duration timeout) {
        Guards guards = Guards.defaults().withMaxConcurrentReads(RUNNING).withMaxQueuedReads(QUEUED);
        VocabServer.Options options = VocabServer.Options.defaults().withPort(0).withUi(false).withQueryTimeout(timeout).withGuards(guards);
        return VocabServer.start(store, options, List.of(new Browser(Browser.Config.defaults())));
    }

    static VocabularyStore store() {
        VocabularyStore store = VocabularyStore.inMemory(Shapes.defaults());
        store.load(Graphs.VOCABULARY, Path.of("ontology/medvocab.ttl"));
        return store;
    }

    @Test void aSaturatedServerShedsAtOnceAndStillAnswersPing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try (VocabularyStore store = store(); VocabServer server = start(store, Duration.ofSeconds(6))) {
            String sparql = server.datasetUrl() + "/sparql?query=" + Http.enc(SLOW);
            List<Future<Answer>> slow = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) slow.add(pool.submit(() -> get(sparql)));
            // saturated: some query has been refused at once
            Answer firstRefusal = null;
            for (Future<Answer> f : slow) {
                if (f.isDone() && f.get().full()) firstRefusal = f.get();
            }
            while (firstRefusal == null) {
                Thread.sleep(20);
                for (Future<Answer> f : slow) if (f.isDone() && f.get().full()) firstRefusal = f.get();
                assertFalse(slow.stream().allMatch(Future::isDone), "some query was refused while the others ran");
            }
            Answer ping = get(server.baseUrl() + "/$/ping");
            Answer search = get(server.baseUrl() + "/api/search?q=pump");
            Answer lookup = get(server.datasetUrl() + "/lookup?q=pump");

            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : slow) answers.add(f.get(120, TimeUnit.SECONDS));
            List<Answer> refused = answers.stream().filter(Answer::full).toList();
            List<Answer> admitted = answers.stream().filter(a -> !a.full()).toList();
            long firstAdmittedEnd = admitted.stream().mapToLong(Answer::endNanos).min().orElseThrow();

            for (Answer a : answers) assertTrue(a.status() == 200 || a.status() == 503, "200, or 503 (busy or timed out): " + a);
            assertTrue(admitted.size() >= RUNNING, "the first queries ran: " + answers);
            assertTrue(refused.size() >= CLIENTS - RUNNING - QUEUED - 2, "the queries beyond the places were refused: " + answers);
            for (Answer a : refused) {
                assertEquals("1", a.retryAfter(), "503 with Retry-After");
                assertTrue(a.endNanos() < firstAdmittedEnd, "refused at once, before any admitted query ended");
            }
            assertEquals(200, ping.status(), "ping answers while the server is saturated");
            assertTrue(ping.endNanos() < firstAdmittedEnd, "ping was not queued behind the slow queries");
            for (Answer a : List.of(search, lookup)) {
                assertEquals(503, a.status(), "searches and lookups share the admission: " + a);
                assertTrue(a.full() && "1".equals(a.retryAfter()), a.toString());
            }
            // once the slow queries have ended, the same requests are served again
            assertEquals(200, get(server.baseUrl() + "/api/search?q=pump").status());
            assertEquals(200, get(server.datasetUrl() + "/lookup?q=pump").status());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test void admissionFitsTheThreadPool() {
        Admission a = Admission.forPool(8, 8, 12, 1000);
        assertTrue(a.running() + a.queued() <= 12 - Admission.RESERVED_THREADS, a.running() + "+" + a.queued());
        assertTrue(a.running() >= 1);
        Admission b = Admission.forPool(4, 4, 24, 1000);
        assertEquals(4, b.running());
        assertEquals(4, b.queued());
    }

    @Test void closingWhileQueriesRunEndsThemAndReleasesTheDatabase(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RUNNING);
        try {
            VocabularyStore store = VocabularyStore.open(tmp.resolve("data"), Shapes.defaults());
            store.load(Graphs.VOCABULARY, Path.of("ontology/medvocab.ttl"));
            VocabServer server = start(store, Duration.ofSeconds(30));
            String sparql = server.datasetUrl() + "/sparql?query=" + Http.enc(SLOW);
            List<Future<Answer>> slow = new ArrayList<>();
            for (int i = 0; i < RUNNING; i++) slow.add(pool.submit(() -> get(sparql)));
            Thread.sleep(1500);   // the queries are running, each in a TDB2 read transaction
            assertFalse(slow.stream().anyMatch(Future::isDone), "the slow queries still run");
            server.stop();
            store.close();        // must not fail with "active transactions"
            assertTrue(store.isClosed());
            // the folder is free again: it opens, with the data
            try (VocabularyStore again = VocabularyStore.open(tmp.resolve("data"), Shapes.defaults())) {
                assertTrue(again.size(Graphs.VOCABULARY) > 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

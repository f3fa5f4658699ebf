package org.medvocab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.medvocab.cli.Main;
import org.medvocab.export.Exporter;
import org.medvocab.link.BenchLink;
import org.medvocab.model.Graphs;
import org.medvocab.serve.Credentials;
import org.medvocab.serve.VocabServer;
import org.medvocab.serve.VocabularyStore;
import org.medvocab.validate.Shapes;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;

/**
 * The measured side of {@code medvocab bench}: each run is one fresh JVM ({@code java -cp … BenchTasks TASK RESULT
 * ARGS…}) doing one task, so that the peak heap and the peak resident set are those of the task alone. The task table
 * holds medvocab's operations and the reference tools (the Jena command-line tools of jena-cmds, stock Fuseki from
 * jena-fuseki-main). The result file gets one line: {@code seconds peakHeapBytes peakRssBytes detail}.
 */
public final class BenchTasks {
    private BenchTasks() {}

    /** What a task reports: its own figure in seconds when the process time is not the measure (null otherwise). */
    record Outcome(Double seconds, Long peakHeap, String detail) {
        static Outcome of(String detail) { return new Outcome(null, null, detail); }
    }

    interface Task { Outcome run(List<String> args) throws Exception; }

    static final String ADMIN = "bench";
    static final String PASSWORD = "bench-password";

    /** The tasks by name. */
    static final Map<String, Task> TASKS = Map.ofEntries(
        Map.entry("convert", a -> Outcome.of("exit " + Main.commandLine().execute(
            "convert", a.get(0), "-o", a.get(1), "-q", "--force", "--threads", a.get(2)))),
        Map.entry("extract", a -> Outcome.of(ExtractionFloor.measure(Path.of(a.get(0)), Path.of(a.get(1)), 2).summary())),
        Map.entry("validate", a -> {
            long t0 = System.nanoTime();
            double c0 = cpuSeconds();
            var shapes = Shapes.inBackground(null);   // as medvocab validate: the shapes parsed while the data is read
            var graph = org.medvocab.validate.CompactGraph.read(Path.of(a.get(0))).graph();
            long t1 = System.nanoTime();
            double c1 = cpuSeconds();
            ValidationResult v = Validator.validate(graph, shapes.get());
            return Outcome.of(String.format(Locale.ROOT, "read %.1f s (CPU %.1f s, %d triples), validate %.1f s (CPU %.1f s); %s",
                (t1 - t0) / 1e9, c1 - c0, graph.size(), (System.nanoTime() - t1) / 1e9, cpuSeconds() - c1, v.summary()));
        }),
        Map.entry("ref-shacl", a -> {
            shacl.shacl_validate.main("--shapes", a.get(0), "--data", a.get(1));
            return Outcome.of("shacl validate");
        }),
        Map.entry("load", a -> {
            try (VocabularyStore store = VocabularyStore.open(Path.of(a.get(0)), Shapes.defaults())) {
                store.load(Graphs.VOCABULARY, Path.of(a.get(1)));
                return Outcome.of("first answer: " + firstAnswer(store.dataset()) + " concepts");
            }
        }),
        Map.entry("ref-load", a -> {
            tdb2.tdbloader.main("--loc", Path.of(a.get(0)).resolve("tdb2").toString(), "--graph", Graphs.VOCABULARY.getURI(), a.get(1));
            jena.textindexer.main("--desc", a.get(2));
            return Outcome.of("tdb2.tdbloader + textindexer");
        }),
        Map.entry("write", BenchTasks::writes),
        Map.entry("timeout", BenchTasks::timeouts),
        Map.entry("mix", a -> {
            try (VocabularyStore store = VocabularyStore.open(Path.of(a.get(0)), Shapes.defaults());
                 VocabServer server = VocabServer.start(store, VocabServer.Options.defaults().withPort(0).withUi(false))) {
                return QueryMix.run(server.datasetUrl(), Integer.parseInt(a.get(1)));
            }
        }),
        Map.entry("ref-mix", a -> QueryMix.runStock(Path.of(a.get(0)), Integer.parseInt(a.get(1)))),
        Map.entry("link", a -> {
            var graph = Exporter.read(Path.of(a.get(0))).graph();
            BenchLink.Result r = BenchLink.run(graph, Long.parseLong(a.get(1)), Path.of(a.get(2)), null);
            return new Outcome(r.seconds(), r.peakHeapBytes(), r.summary());
        }));

    /** The number of concepts, asked through the served dataset: the load is done when this answers. */
    static long firstAnswer(DatasetGraph dsg) {
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> count(dsg));
    }

    private static long count(DatasetGraph dsg) {
        try (var qe = QueryExecutionFactory.create("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "SELECT (COUNT(?c) AS ?n) { ?c a skos:Concept }", org.apache.jena.query.DatasetFactory.wrap(dsg))) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    /** Authenticated SPARQL updates, each adding one valid concept, on a loaded store; the figure is the median write. */
    private static Outcome writes(List<String> a) throws Exception {
        int n = Integer.parseInt(a.get(1));
        try (VocabularyStore store = VocabularyStore.open(Path.of(a.get(0)), Shapes.defaults());
             VocabServer server = VocabServer.start(store, VocabServer.Options.defaults().withPort(0).withUi(false)
                 .withCredentials(Credentials.of(ADMIN, PASSWORD)))) {
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            double[] ms = new double[n];
            long run = System.currentTimeMillis();   // new concepts on every run over the same store
            for (int i = 0; i < n; i++) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                    .header("Authorization", auth).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(newConcept(run + "-" + i))).build();
                long t0 = System.nanoTime();
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                ms[i] = (System.nanoTime() - t0) / 1e6;
                if (res.statusCode() / 100 != 2) throw new IllegalStateException("write refused: HTTP " + res.statusCode() + " " + res.body());
            }
            Arrays.sort(ms);
            double median = ms[n / 2];
            return new Outcome(median / 1000, null, String.format(Locale.ROOT, "%d writes, median %.1f ms, max %.1f ms", n, median, ms[n - 1]));
        }
    }

    /** A query that only the time limit ends (a three-way cross product of the store). */
    static final String ENDLESS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    /**
     * Rounds of {@code parallel} endless queries at once against a server with a {@code seconds} query timeout; the figure
     * is the median time from sending a query to its 503, and the detail the overshoot of the limit.
     */
    private static Outcome timeouts(List<String> a) throws Exception {
        int rounds = Integer.parseInt(a.get(1)), parallel = Integer.parseInt(a.get(2));
        java.time.Duration limit = java.time.Duration.ofSeconds(Long.parseLong(a.get(3)));
        try (VocabularyStore store = VocabularyStore.open(Path.of(a.get(0)), Shapes.defaults());
             VocabServer server = VocabServer.start(store, VocabServer.Options.defaults().withPort(0).withUi(false).withQueryTimeout(limit))) {
            HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newCachedThreadPool()).build();
            URI uri = URI.create(server.datasetUrl() + "/sparql?query=" + java.net.URLEncoder.encode(ENDLESS, StandardCharsets.UTF_8));
            List<Double> seconds = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                List<java.util.concurrent.CompletableFuture<Double>> round = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    long t0 = System.nanoTime();
                    round.add(http.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).thenApply(res -> {
                        if (res.statusCode() != 503) throw new IllegalStateException("expected 503 (timed out), got " + res.statusCode());
                        return (System.nanoTime() - t0) / 1e9;
                    }));
                }
                for (var f : round) seconds.add(f.join());
            }
            double[] s = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = s[s.length / 2], max = s[s.length - 1], l = limit.toMillis() / 1000.0;
            return new Outcome(median, null, String.format(Locale.ROOT, "%d queries (%d at once), limit %.0f s: median %.2f s (+%.0f %%), max %.2f s (+%.0f %%)",
                s.length, parallel, l, median, (median / l - 1) * 100, max, (max / l - 1) * 100));
        }
    }

    /** A SPARQL update adding one concept with everything the shapes ask for, under an existing top class. */
    static String newConcept(String i) {
        String c = "<" + SyntheticVocabulary.BASE + "written-" + i + ">";
        String src = "<" + SyntheticVocabulary.BASE + "source/doc-0>";
        return "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX dct: <http://purl.org/dc/terms/>\n"
            + "PREFIX mvo: <https://w3id.org/medvocab/core#>\n"
            + "INSERT DATA { GRAPH <" + Graphs.VOCABULARY.getURI() + "> {\n"
            + c + " a skos:Concept, owl:Class ; skos:inScheme <" + SyntheticVocabulary.SCHEME.getURI() + "> ;\n"
            + "  skos:prefLabel \"written concept " + i + "\"@en ; rdfs:label \"written concept " + i + "\"@en ; dct:source " + src + " ;\n"
            + "  skos:broader mvo:Device ; rdfs:subClassOf mvo:Device .\n"
            + "mvo:Device skos:narrower " + c + " .\n} }";
    }

    public static void main(String[] args) throws Exception {
        org.apache.jena.sys.JenaSystem.init();   // before any vocabulary class (jena-text's TextVocab) is touched
        String task = args[0];
        Path result = Path.of(args[1]);
        List<String> rest = new ArrayList<>(List.of(args).subList(2, args.length));
        Task t = TASKS.get(task);
        if (t == null) throw new IllegalArgumentException("no bench task " + task);
        AtomicBoolean written = new AtomicBoolean();
        long t0 = System.nanoTime();
        Outcome[] out = new Outcome[1];
        // a reference tool may end the JVM itself: the result is written on the way out
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(result, t0, out[0], written)));
        out[0] = t.run(rest);
        write(result, t0, out[0], written);
        System.exit(0);
    }

    private static void write(Path result, long t0, Outcome o, AtomicBoolean written) {
        if (!written.compareAndSet(false, true)) return;
        double seconds = o != null && o.seconds() != null ? o.seconds() : (System.nanoTime() - t0) / 1e9;
        long heap = o != null && o.peakHeap() != null ? o.peakHeap() : BenchLink.peakHeap();
        String detail = String.format(Locale.ROOT, "CPU %.1f s; ", cpuSeconds())
            + (o == null ? "ended by the tool" : o.detail().replace('\n', ' '));
        try {
            Files.writeString(result, String.format(Locale.ROOT, "%.6f %d %d %s%n", seconds, heap, peakRss(), detail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time of this process so far (all threads, user and system), in seconds; on a shared machine, steadier than wall time. */
    static double cpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** The peak resident set of this process (VmHWM in /proc/self/status), or -1 where that is not available. */
    static long peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

}

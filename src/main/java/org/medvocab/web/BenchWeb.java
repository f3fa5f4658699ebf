package org.medvocab.web;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.Graphs;
import org.medvocab.model.MVO;
import org.medvocab.model.Vocab;
import org.medvocab.model.VocabularyBuilder;
import org.medvocab.serve.VocabServer;
import org.medvocab.serve.VocabularyStore;

/**
 * The browser benchmark: generates a vocabulary of N concepts (seeded: a tree of fan-out 8 under the core's top
 * classes, labels of made-up words, alternative labels, definitions, evidence annotations on one in ten, domain
 * relations),
 * loads it into TDB2 in a folder, serves it with the browser and times concept pages and searches over HTTP.
 */
public final class BenchWeb {
    private BenchWeb() {}

    static final String NS = IriPaths.DEFAULT_BASE + "vocab/";
    private static final Node SCHEME = NodeFactory.createURI(IriPaths.DEFAULT_BASE + "vocab");
    private static final List<Node> ROOTS = List.of(MVO.Device, MVO.Procedure, MVO.Condition, MVO.AnatomicalStructure,
        MVO.BiologicalMechanism, MVO.Substance);
    private static final String[] SYLLABLES = "ka lo mi ne ru to sa vi de po la ter cor hem ven art pul neu gas der os myo cyt lip".split(" ");
    private static final int FAN_OUT = 8;

    /** Latencies of one kind of request, in milliseconds. */
    public record Timing(String what, int requests, double median, double p99) {
        public String line() {
            return String.format(Locale.ROOT, "%-22s %6d requests  median %7.2f ms  p99 %7.2f ms", what, requests, median, p99);
        }
    }

    /** The generated vocabulary: concept IRIs, and one label per concept to search with. */
    record Generated(Graph graph, List<String> labels) {}

    static Generated generate(int n, long seed) {
        Random r = new Random(seed);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(SCHEME, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
        g.add(Triple.create(SCHEME, DCTerms.title.asNode(), NodeFactory.createLiteralLang("generated benchmark vocabulary", "en")));
        g.add(Triple.create(SCHEME, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString("bench")));
        g.add(Triple.create(SCHEME, Vocab.VANN_preferredNamespaceUri, NodeFactory.createLiteralString(NS)));
        for (Node root : ROOTS) g.add(Triple.create(SCHEME, SKOS.hasTopConcept.asNode(), root));
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Node c = concept(i);
            Node parent = i < ROOTS.size() * FAN_OUT ? ROOTS.get(i % ROOTS.size()) : concept(i / FAN_OUT - ROOTS.size());
            String label = words(r, 2 + r.nextInt(2)) + " " + Integer.toString(i, 36);
            labels.add(label);
            add(g, c, RDF.type.asNode(), SKOS.Concept.asNode());
            add(g, c, SKOS.inScheme.asNode(), SCHEME);
            add(g, c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label, "en"));
            if (r.nextInt(3) == 0) add(g, c, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(words(r, 2), "en"));
            add(g, c, SKOS.broader.asNode(), parent);
            Node def = NodeFactory.createLiteralLang("a " + words(r, 6) + " used for " + words(r, 3) + ".", "en");
            add(g, c, SKOS.definition.asNode(), def);
            if (i % 10 == 0) evidence(g, c, def);
            if (i > 0 && r.nextInt(5) == 0) add(g, c, MVO.risk, concept(r.nextInt(i)));
        }
        return new Generated(g, labels);
    }

    /** The owl:Axiom that gives a definition its evidence sentence. */
    private static void evidence(Graph g, Node c, Node def) {
        Node ax = NodeFactory.createBlankNode();
        add(g, ax, RDF.type.asNode(), OWL2.Axiom.asNode());
        add(g, ax, OWL2.annotatedSource.asNode(), c);
        add(g, ax, OWL2.annotatedProperty.asNode(), SKOS.definition.asNode());
        add(g, ax, OWL2.annotatedTarget.asNode(), def);
        add(g, ax, MVO.evidence, NodeFactory.createLiteralString(def.getLiteralLexicalForm()));
    }

    static Node concept(int i) {
        return NodeFactory.createURI(NS + "c" + i);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < n; w++) {
            if (w > 0) b.append(' ');
            for (int k = 0, len = 2 + r.nextInt(2); k < len; k++) b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    /**
     * Runs the benchmark in {@code dir} (a TDB2 database is created there).
     *
     * @param n        concepts to generate
     * @param requests timed requests of each kind (after as many warm-up requests)
     * @param log      progress and results
     */
    public static List<Timing> run(int n, int requests, Path dir, PrintStream log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Generated gen = generate(n, 20261121L);
        log.printf(Locale.ROOT, "generated %d concepts (%d triples) in %.1f s%n", n, gen.graph().size(), (System.nanoTime() - t0) / 1e9);
        try (VocabularyStore store = VocabularyStore.open(dir, null)) {
            long t1 = System.nanoTime();
            store.load(List.of(VocabularyStore.Part.graph(Graphs.CORE, VocabularyBuilder.coreOntology(), "core", null),
                VocabularyStore.Part.graph(Graphs.VOCABULARY, gen.graph(), "generated", null)));
            log.printf(Locale.ROOT, "loaded into TDB2 with the text index in %.1f s%n", (System.nanoTime() - t1) / 1e9);
            VocabServer server = VocabServer.start(store, VocabServer.Options.defaults().withPort(0).withUi(false),
                List.of(new Browser(Browser.Config.defaults())));
            try {
                return measure(server.baseUrl(), gen.labels(), n, requests);
            } finally {
                server.stop();
            }
        }
    }

    private static List<Timing> measure(String base, List<String> labels, int n, int requests) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Random r = new Random(7);
        IntFunction<String> concept = i -> base + "/vocab/c" + r.nextInt(n);
        IntFunction<String> search = i -> base + "/search?q=" + URLEncoder.encode(prefix(labels.get(r.nextInt(n))), StandardCharsets.UTF_8);
        IntFunction<String> api = i -> base + "/api/search?limit=10&q=" + URLEncoder.encode(prefix(labels.get(r.nextInt(n))), StandardCharsets.UTF_8);
        List<Timing> out = new ArrayList<>();
        out.add(time(client, "concept page (HTML)", concept, requests));
        out.add(time(client, "search page (HTML)", search, requests));
        out.add(time(client, "search API (JSON)", api, requests));
        return out;
    }

    /** The first word of a label and the start of the second: what someone types before picking a suggestion. */
    private static String prefix(String label) {
        String[] w = label.split(" ");
        return w.length > 1 ? w[0] + " " + w[1].substring(0, Math.min(3, w[1].length())) : w[0];
    }

    private static Timing time(HttpClient client, String what, IntFunction<String> url, int requests) throws IOException, InterruptedException {
        for (int i = 0; i < requests; i++) get(client, url.apply(i));          // warm-up
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            String u = url.apply(i);
            long t = System.nanoTime();
            get(client, u);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(what, requests, ms[requests / 2], ms[Math.min(requests - 1, (int) Math.ceil(requests * 0.99) - 1)]);
    }

    private static void get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> resp = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200) throw new IOException(url + ": HTTP " + resp.statusCode());
    }
}

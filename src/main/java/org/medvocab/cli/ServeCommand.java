package org.medvocab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.medvocab.model.Graphs;
import org.medvocab.serve.Credentials;
import org.medvocab.serve.LoadException;
import org.medvocab.serve.RemoteStore;
import org.medvocab.serve.StoreException;
import org.medvocab.serve.VocabServer;
import org.medvocab.serve.VocabService;
import org.medvocab.serve.VocabularyBuild;
import org.medvocab.serve.VocabularyStore;
import org.medvocab.util.Plural;
import org.medvocab.validate.ReportWriter;
import org.medvocab.validate.Shapes;
import org.medvocab.validate.ShapesException;
import org.medvocab.web.Browser;
import org.medvocab.web.IriPaths;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medvocab serve}: builds the vocabulary from the corpus when it is missing or stale, validates it, loads it into
 * a TDB2 database and serves it with Apache Jena Fuseki on localhost until Ctrl-C. See {@link VocabService}.
 *
 * <p>Exit codes: 1 when the vocabulary cannot be built or loaded, the database folder cannot be used or the port is
 * taken (one line on standard error; the database is left as it was); 2 for usage errors.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Serves the vocabulary with SPARQL, text search and lookup (Apache Jena Fuseki on localhost), "
        + "after rebuilding it from the corpus when it is missing or stale. Runs until Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
        description = "Documents the vocabulary is built from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--vocab", paramLabel = "FILE", defaultValue = "ontology/medvocab.ttl",
        description = "The vocabulary file; rebuilt from --corpus when missing or when its build fingerprint (FILE.fingerprint) no longer matches the documents, the converter or the shapes (default: ${DEFAULT-VALUE}).")
    Path vocab;

    @Option(names = "--mappings", paramLabel = "FILE",
        description = "Mappings loaded into their own graph when the file exists (default: mappings.ttl next to --vocab).")
    Path mappings;

    @ArgGroup(exclusive = true)
    Storage storage = new Storage();

    static final class Storage {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Database folder, TDB2 and the text index (default: ${DEFAULT-VALUE}). A restart serves what is there.")
        Path data = Path.of("data");

        @Option(names = "--mem", description = "Keep the database in memory instead (nothing written to disk).")
        boolean mem;
    }

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "HTTP port on localhost (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
        description = "Time limit of each SPARQL query; a query that runs longer is cancelled with an error (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + VocabServer.Options.DEFAULT_MAX_THREADS,
        description = "Largest number of server threads, which bounds concurrent requests (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--passwd", paramLabel = "FILE",
        description = "Password file (lines 'user: password') of the users who may write. Without it, "
            + Credentials.ENV_PASSWORD + " (and " + Credentials.ENV_USER + ", default admin) is used; with neither the service is read-only.")
    Path passwd;

    @Option(names = "--no-build", description = "Serve --vocab as it is, without checking it against the corpus.")
    boolean noBuild;

    @Option(names = "--public-base", paramLabel = "IRI",
        description = "The IRI prefix the server's root stands for, when it sits behind a proxy or a w3id redirect: <IRI>vocab/x is served at /vocab/x (default: "
            + IriPaths.DEFAULT_BASE + ").")
    String publicBase;

    @Option(names = "--shapes", paramLabel = "DIR", description = "Validate with every *.ttl file of DIR instead of the built-in shapes.")
    Path shapes;

    @Option(names = "--store", paramLabel = "URL",
        description = "Serve the pages, REST API and lookup from this remote SPARQL query endpoint (another Fuseki, a clustered store; "
            + "its default graph the union of the vocabulary's graphs) instead of the local database: nothing is built or loaded.")
    String store;

    @Mixin
    GuardOptions guardOptions = new GuardOptions();

    /** Environment, replaceable by tests. */
    Map<String, String> env = System.getenv();

    @Override public Integer call() throws InterruptedException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (timeout <= 0 || port < 0 || port > 65535 || threads < 8) {
            err.println("medvocab serve: --timeout must be positive, --port 0-65535 and --threads at least 8");
            return 2;
        }
        long t0 = System.nanoTime();
        Graph shapesGraph;
        Credentials credentials;
        try {
            shapesGraph = shapes == null ? Shapes.defaults() : Shapes.load(shapes);
            credentials = passwd != null ? Credentials.fromPasswordFile(passwd) : Credentials.fromEnvironment(env);
        } catch (ShapesException | IllegalArgumentException e) {
            err.println("medvocab serve: " + e.getMessage());
            return 1;
        }
        // Checked before the (slower) build and load, and again by the server itself (see isBindFailure).
        if (port != 0 && !VocabServer.portFree(port)) {
            err.println("medvocab serve: " + portInUse(port));
            return 1;
        }
        Path data = storage.mem ? null : storage.data;
        VocabServer.Options options;
        try {
            options = VocabServer.Options.defaults().withGuards(guardOptions.toGuards(data));
        } catch (IllegalArgumentException e) {
            err.println("medvocab serve: " + e.getMessage());
            return 2;
        }
        options = options
            .withPort(port)
            .withQueryTimeout(Duration.ofMillis(Math.round(timeout * 1000)))
            .withThreads(Math.min(VocabServer.Options.DEFAULT_MIN_THREADS, threads), threads)
            .withCredentials(credentials);
        if (store != null) return serveRemote(options, out, err, t0);
        VocabService service;
        try {
            Browser browser = new Browser(new Browser.Config(publicBase, corpus));
            service = VocabService.start(new VocabService.Config(corpus, vocab, mappings, data, !noBuild, shapesGraph, options), out, List.of(browser));
        } catch (LoadException e) {
            err.println("medvocab serve: " + e.getMessage());
            if (e.validation() != null) err.print(ReportWriter.text(e.validation()));
            return 1;
        } catch (VocabularyBuild.BuildException e) {
            err.println("medvocab serve: " + e.getMessage());
            if (e.validation() != null) err.print(ReportWriter.text(e.validation()));
            return 1;
        } catch (StoreException e) {
            err.println("medvocab serve: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("medvocab serve: " + (isBindFailure(e) ? portInUse(port) : "cannot start (" + rootMessage(e) + ")"));
            return 1;
        }

        if (service.loads().stream().anyMatch(r -> !r.skipped())) service.store().backupQuietly();
        report(service, data, credentials, options, out, t0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("medvocab serve: stopping ...");
            service.close();
            out.println("medvocab serve: stopped" + (data == null ? "" : "; " + data + " released"));
            out.flush();
        }, "medvocab-serve-shutdown"));
        service.server().join();
        return 0;
    }

    /** {@code --store URL}: the browser and the lookup over the remote endpoint. */
    private int serveRemote(VocabServer.Options options, PrintStream out, PrintStream err, long t0) throws InterruptedException {
        RemoteStore remote = new RemoteStore(store, options.queryTimeout());
        VocabServer server;
        boolean textIndex;
        try {
            remote.check();
            textIndex = remote.lookup().hasTextIndex();
            server = VocabServer.start(remote, options, List.of(new Browser(new Browser.Config(publicBase, corpus))));
        } catch (StoreException e) {
            err.println("medvocab serve: cannot read the store " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("medvocab serve: " + (isBindFailure(e) ? portInUse(port) : "cannot start (" + rootMessage(e) + ")"));
            return 1;
        }
        out.printf("medvocab serve: pages, REST API and lookup on %s over the SPARQL endpoint %s (lookup %s); read-only%n",
            server.baseUrl(), store, textIndex ? "through its text index" : "by CONTAINS: the store has no text index");
        server.urls().forEach((what, url) -> out.printf("  %-32s %s%n", what, url));
        out.printf("medvocab serve: started in %.1f s; press Ctrl-C to stop%n", (System.nanoTime() - t0) / 1e9);
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "medvocab-serve-shutdown"));
        server.join();
        return 0;
    }

    private static void report(VocabService s, Path data, Credentials credentials, VocabServer.Options o, PrintStream out, long t0) {
        VocabularyBuild.Result b = s.build();
        if (b != null) {
            out.printf("medvocab serve: %s %s: %s, %s, %s; %s%n", b.changed() ? "wrote" : "checked (unchanged)",
                b.vocab(), Plural.of(b.documents(), "document"), Plural.of(b.concepts(), "concept"), Plural.of(b.triples(), "triple"),
                b.validation() == null ? "not validated" : b.validation().summary());
            for (String e : b.errors()) out.println("medvocab serve: warning: " + e);
        }
        String where = data == null ? "memory" : data.toString();
        for (VocabularyStore.LoadReport r : s.loads()) {
            String graph = r.graph().equals(Graphs.VOCABULARY) ? "vocabulary" : r.graph().equals(Graphs.CORE) ? "core"
                : r.graph().equals(Graphs.MAPPINGS) ? "mappings" : r.graph().equals(Graphs.LEXICON) ? "lexicon" : r.graph().getURI();
            out.printf("medvocab serve: %-10s graph <%s>: %s, %s%n", graph, r.graph().getURI(), Plural.of(r.triples(), "triple"),
                r.skipped() ? "already in " + where + " (" + r.source() + " unchanged)" : "loaded from " + r.source());
        }
        s.loads().stream().filter(r -> !r.skipped()).findFirst().ifPresent(r -> out.printf(
            "medvocab serve: loaded and validated in %.1f s (%s)%n", r.time().toMillis() / 1000.0, r.validation() == null ? "no shapes" : r.validation().summary()));
        VocabServer server = s.server();
        out.printf("medvocab serve: Apache Jena Fuseki on %s (localhost only), database %s; query timeout %s s, %d-%d threads, max heap %d MB%n",
            server.baseUrl(), where, trim(o.queryTimeout().toMillis() / 1000.0), o.minThreads(), o.maxThreads(), Runtime.getRuntime().maxMemory() >> 20);
        if (credentials.isEmpty()) {
            out.println("medvocab serve: READ-ONLY: no credentials, so no update endpoints. Set " + Credentials.ENV_PASSWORD
                + " or use --passwd FILE to allow SPARQL Update, Graph Store writes and upload.");
        } else {
            out.println("medvocab serve: writes allowed for " + String.join(", ", credentials.users()) + " (HTTP Basic; from " + credentials.origin() + ")");
        }
        server.urls().forEach((what, url) -> out.printf("  %-26s %s%n", what, url));
        out.printf("medvocab serve: started in %.1f s; press Ctrl-C to stop%n", (System.nanoTime() - t0) / 1e9);
        out.flush();
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The one-line message for a port another program holds; 3030 is also a stock Fuseki's port. */
    static String portInUse(int port) {
        return "port " + port + " on localhost is already in use by another program"
            + (port == VocabServer.Options.DEFAULT_PORT ? " (perhaps a Fuseki server: " + port + " is Fuseki's default port too)" : "")
            + ". Stop that program, or choose another port with --port N (for example --port " + (port == 65535 ? port - 1 : port + 1)
            + "; --port 0 picks a free one).";
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.BindException) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        return m.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

package org.medvocab.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.medvocab.model.Graphs;
import org.medvocab.model.VocabularyBuilder;

/**
 * What {@code medvocab serve} does, as a library: bring the vocabulary file up to date with the corpus, open the store,
 * load what changed (core ontology, vocabulary, mappings) atomically, and start the server.
 *
 * <pre>{@code
 * try (VocabService s = VocabService.start(new VocabService.Config(Path.of("corpus"), Path.of("ontology/medvocab.ttl"),
 *         null, Path.of("data"), true, Shapes.defaults(), VocabServer.Options.defaults()), System.err)) {
 *     System.out.println(s.server().urls());
 * }
 * }</pre>
 */
public final class VocabService implements AutoCloseable {

    /** Where the core ontology is on the classpath. */
    public static final String CORE_RESOURCE = "/org/medvocab/ontology/core.ttl";

    /**
     * Settings.
     *
     * @param corpus   documents the vocabulary is generated from (used when {@code build})
     * @param vocab    the vocabulary file
     * @param mappings the mappings file (loaded into {@link Graphs#MAPPINGS} when it exists), or null for
     *                 {@code mappings.ttl} next to the vocabulary
     * @param data     the database folder, or null for a database in memory
     * @param build    rebuild {@code vocab} from {@code corpus} when it is missing or stale
     * @param shapes   SHACL shapes for the build, the loads and every write
     * @param server   server options
     */
    public record Config(Path corpus, Path vocab, Path mappings, Path data, boolean build, Graph shapes, VocabServer.Options server) {
        public Config {
            Objects.requireNonNull(vocab, "vocab");
            Objects.requireNonNull(server, "server");
        }

        Path mappingsFile() { return mappings; }
    }

    private final VocabularyStore store;
    private final VocabServer server;
    private final VocabularyBuild.Result build;
    private final String staleReason;
    private final List<VocabularyStore.LoadReport> loads;

    private VocabService(VocabularyStore store, VocabServer server, VocabularyBuild.Result build, String staleReason,
                         List<VocabularyStore.LoadReport> loads) {
        this.store = store;
        this.server = server;
        this.build = build;
        this.staleReason = staleReason;
        this.loads = loads;
    }

    /**
     * Starts the service. On failure nothing is left open and the database is as it was.
     *
     * @param log progress messages (the rebuild), may be null
     * @throws VocabularyBuild.BuildException if the vocabulary must be rebuilt and that fails
     * @throws StoreException                 if the database folder cannot be used
     * @throws LoadException                  if a file fails to parse or to validate
     */
    public static VocabService start(Config c, PrintStream log) {
        return start(c, log, List.of());
    }

    /** Starts the service with server extensions (such as the vocabulary browser); see {@link #start(Config, PrintStream)}. */
    public static VocabService start(Config c, PrintStream log, List<? extends VocabServer.Extension> extensions) {
        VocabularyBuild.Result build = null;
        String stale = null;
        if (c.build()) {
            Optional<String> reason = VocabularyBuild.staleReason(c.vocab(), c.corpus(), c.shapes());
            if (reason.isPresent()) {
                stale = reason.get();
                if (c.corpus() == null || !Files.isDirectory(c.corpus())) {
                    if (!Files.isRegularFile(c.vocab())) {
                        throw new VocabularyBuild.BuildException(c.vocab() + " does not exist and there is no corpus folder "
                            + c.corpus() + " to build it from", null);
                    }
                    stale = null;   // nothing to rebuild from: serve the file as it is
                } else {
                    if (log != null) log.println("medvocab serve: " + stale + "; converting " + c.corpus() + " ...");
                    build = VocabularyBuild.rebuild(c.corpus(), c.vocab(), c.shapes());
                }
            }
        } else if (!Files.isRegularFile(c.vocab())) {
            throw new LoadException(c.vocab().toString(), -1, -1, c.vocab() + ": no such file", null);
        }

        VocabularyStore store = c.data() == null ? VocabularyStore.inMemory(c.shapes()) : VocabularyStore.open(c.data(), c.shapes());
        try {
            List<VocabularyStore.LoadReport> loads = store.loadIfChanged(parts(c.vocab(), c.mappingsFile()));
            VocabServer server = VocabServer.start(store, c.server(), withCuration(extensions, c.corpus()));
            return new VocabService(store, server, build, stale, loads);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The overlay file the REST curation endpoints append to: {@code decisions.tsv} of the corpus's curation folder. */
    public static Path curationFile(Path corpus) {
        return VocabularyBuild.curation(corpus).resolve("decisions.tsv");
    }

    private static List<VocabServer.Extension> withCuration(List<? extends VocabServer.Extension> extensions, Path corpus) {
        List<VocabServer.Extension> all = new ArrayList<>(extensions);
        if (corpus != null) all.add(new CurationEndpoints(curationFile(corpus)));
        return all;
    }

    /**
     * The graphs of the service: the core ontology, the vocabulary and, when the files exist, the mappings and the
     * lexicon ({@code lexicon.ttl} next to the vocabulary). Shared by
     * {@code serve}, {@code package --fuseki} and {@code publish}.
     *
     * @param vocab the vocabulary file
     * @param mappings the mappings file (left out when it does not exist), or null for {@code mappings.ttl} next to
     *     the vocabulary
     * @return the parts to load
     */
    public static List<VocabularyStore.Part> parts(Path vocab, Path mappings) {
        List<VocabularyStore.Part> parts = new ArrayList<>();
        parts.add(VocabularyStore.Part.graph(Graphs.CORE, VocabularyBuilder.coreOntology(), "core ontology (" + CORE_RESOURCE.substring(1) + ")", coreChecksum()));
        parts.add(VocabularyStore.Part.file(Graphs.VOCABULARY, vocab));
        Path m = mappings != null ? mappings : vocab.resolveSibling("mappings.ttl");
        if (Files.isRegularFile(m)) parts.add(VocabularyStore.Part.file(Graphs.MAPPINGS, m));
        Path lexicon = VocabularyBuild.lexiconOf(vocab);
        if (Files.isRegularFile(lexicon)) parts.add(VocabularyStore.Part.file(Graphs.LEXICON, lexicon));
        return parts;
    }

    private static String coreChecksum() {
        try (InputStream in = VocabService.class.getResourceAsStream(CORE_RESOURCE)) {
            if (in == null) throw new IllegalStateException("core ontology missing from the classpath");
            return VocabularyStore.sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public VocabularyStore store() { return store; }

    public VocabServer server() { return server; }

    /** The rebuild done at start-up, or null if the vocabulary file was up to date. */
    public VocabularyBuild.Result build() { return build; }

    /** Why the vocabulary was rebuilt, or null. */
    public String staleReason() { return staleReason; }

    /** One report per graph: loaded, or skipped because the database already held that very file. */
    public List<VocabularyStore.LoadReport> loads() { return loads; }

    /** Stops the server and closes the store (releasing the database folder). Idempotent. */
    @Override public void close() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }
}

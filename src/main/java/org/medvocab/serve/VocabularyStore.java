package org.medvocab.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.medvocab.export.Exporter;
import org.medvocab.util.AtomicFile;
import org.medvocab.validate.CompactGraph;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;

/**
 * The vocabulary database: a TDB2 dataset with one named graph per part (vocabulary, core ontology, mappings; see
 * {@link org.medvocab.model.Graphs}), a default graph that is the union of the named graphs, and a Lucene text index
 * over the labels and definitions.
 *
 * <p>Loading is atomic: {@link #load(List)} parses the files into temporary graphs, then inside one write transaction
 * validates the would-be contents of the store (the new graphs together with the other named graphs) against the SHACL
 * shapes and replaces the named graphs. A file that fails to parse or fails validation leaves the
 * store exactly as it was, and the {@link LoadException} names the file and the line or the shapes.
 *
 * <pre>{@code
 * try (VocabularyStore store = VocabularyStore.open(Path.of("data"), Shapes.defaults())) {
 *     store.loadIfChanged(List.of(
 *         Part.graph(Graphs.CORE, VocabularyBuilder.coreOntology(), "core ontology", null),
 *         Part.file(Graphs.VOCABULARY, Path.of("ontology/medvocab.ttl"))));
 *     DatasetGraph dsg = store.dataset();   // for queries, or to serve with VocabServer
 * }
 * }</pre>
 *
 * <p>On disk, {@code DIR/tdb2} holds the TDB2 database, {@code DIR/text} the Lucene index and {@code DIR/loads.properties}
 * the SHA-256 of the file each graph was last loaded from, so that a restart serves what was there and reloads only
 * files that changed. TDB2 locks its folder while the store is open; {@link #close()} releases it.
 */
public final class VocabularyStore implements AutoCloseable {
    /** An open failure that means another process holds the folder (TDB2's lock), not a damaged database. */
    private static final java.util.regex.Pattern IN_USE = java.util.regex.Pattern.compile("(?i)\\block(?:ed|file)?\\b|\\blocked\\b");


    /** Result of a load: the graph, where the data came from, its size, and whether it was skipped as unchanged. */
    public record LoadReport(Node graph, String source, long triples, boolean skipped, ValidationResult validation, Duration time) {}

    private static final String LOADS_FILE = "loads.properties";

    private final Path dir;
    private final DatasetGraph base;
    private final TextIndexLucene index;
    private final DatasetGraph text;
    private final ValidatingDatasetGraph served;
    private final Graph shapes;
    private final Properties loads = new Properties();
    private volatile boolean closed;

    private VocabularyStore(Path dir, DatasetGraph base, Directory luceneDir, Graph shapes) {
        this.dir = dir;
        this.base = base;
        this.shapes = shapes;
        // The default graph of queries is the union of the named graphs (TDB2 reads this from the dataset context).
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.index = TextIndexes.create(luceneDir);
        this.text = TextDatasetFactory.create(base, index, true);
        this.served = new ValidatingDatasetGraph(text, shapes, null);
        if (dir != null) readLoads();
        syncIndex();
    }

    /**
     * Opens the store in {@code dir} (created if missing).
     *
     * @param shapes the SHACL shapes every load and every write must pass, or null for none
     * @throws StoreException if the folder cannot be used, e.g. because another process has it open
     */
    public static VocabularyStore open(Path dir, Graph shapes) {
        return open(dir, shapes, false);
    }

    /**
     * TDB2's words for a database whose node table is empty while its other files are not: a database killed while it
     * was being created. With no node stored it holds no triple, so nothing is lost by creating it again.
     */
    private static final String NEVER_WRITTEN = "Node block manager empty = true";

    private static VocabularyStore open(Path dir, Graph shapes, boolean recreated) {
        Objects.requireNonNull(dir, "dir");
        DatasetGraph tdb = null;
        try {
            Files.createDirectories(dir.resolve("tdb2"));
            Files.createDirectories(dir.resolve("text"));
            tdb = DatabaseMgr.connectDatasetGraph(Location.create(dir.resolve("tdb2").toString()));
            return new VocabularyStore(dir, tdb, new SyncOnceDirectory(FSDirectory.open(dir.resolve("text"))), shapes);
        } catch (IOException | UncheckedIOException e) {
            if (tdb != null) TDBInternal.expel(tdb);
            throw new StoreException(dir + ": cannot be used as the database folder (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            if (tdb != null) TDBInternal.expel(tdb);
            String m = String.valueOf(e.getMessage());
            if (!recreated && m.contains(NEVER_WRITTEN)) {
                Path aside = dir.resolve("tdb2-half-created-" + System.currentTimeMillis());
                System.err.println("medvocab: " + dir + ": the database was left half-created (an index has no node blocks, so it "
                    + "was stopped while being made and holds no committed data); moved to " + aside.getFileName() + ", creating it again");
                try {
                    // the failed open keeps this process's lock on the folder and its connection: let both go first
                    Location loc = Location.create(dir.resolve("tdb2").toString());
                    org.apache.jena.tdb2.sys.DatabaseConnection.internalExpel(loc, true);
                    try (var storages = Files.list(dir.resolve("tdb2"))) {
                        for (Path lockFile : java.util.stream.Stream.concat(java.util.stream.Stream.of(dir.resolve("tdb2")), storages)
                                .filter(Files::isDirectory).map(d -> d.resolve("tdb.lock")).toList()) {
                            var lock = org.apache.jena.dboe.base.file.ProcessFileLock.create(lockFile.toString());
                            if (lock.isLockedHere()) lock.unlock();
                            org.apache.jena.dboe.base.file.ProcessFileLock.release(lock);
                        }
                    }
                    org.apache.jena.dboe.base.file.ChannelManager.releaseAll(dir.resolve("tdb2").toString());
                    // moved aside, never deleted: nothing is lost even if the diagnosis were wrong
                    Files.move(dir.resolve("tdb2"), aside);
                    deleteTree(dir.resolve("text")); // the text index is rebuilt from the store
                } catch (IOException io) {
                    throw new StoreException(dir + ": cannot move the half-created database aside (" + io.getMessage() + ")", io);
                }
                return open(dir, shapes, true);
            }
            if (IN_USE.matcher(m).find()) { // "lock" as a word: "block manager" is a damaged database, not a lock
                throw new StoreException(dir + ": the database is in use by another process (" + oneLine(m)
                    + "). Stop the other medvocab serve, or query it with --endpoint.", e);
            }
            throw new StoreException(dir + ": cannot open the database (" + oneLine(m) + ")", e);
        }
    }

    /**
     * Writes a TDB2 backup of the database (gzipped N-Quads in {@code DIR/tdb2/Backups}) and returns its file, or null
     * for a store in memory. See {@link Backups#restore(Path, Path, java.io.PrintStream)}.
     */
    public Path backup() {
        checkOpen();
        if (dir == null) return null;
        return Path.of(org.apache.jena.tdb2.DatabaseMgr.backup(base));
    }

    /** {@link #backup()}, reporting a failure on standard error instead of throwing (before a forced write). */
    public void backupQuietly() {
        try {
            backup();
        } catch (RuntimeException e) {
            System.err.println("medvocab serve: backup failed: " + oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** The text-indexed dataset without the write checks (restore). */
    DatasetGraph unchecked() { return text; }

    /** Rebuilds the text index from the database. */
    void reindex() { TextIndexes.rebuild(base, index); }

    /** A store in memory (nothing is written to disk). */
    public static VocabularyStore inMemory(Graph shapes) {
        return new VocabularyStore(null, DatabaseMgr.createDatasetGraph(), new ByteBuffersDirectory(), shapes);
    }

    /**
     * The dataset to query and serve: default graph = union of the named graphs, {@code text:query} enabled. Writes made
     * through it are checked when they commit: a commit that leaves data in the stored default graph or breaks a SHACL
     * shape (violation level) is refused with a {@link ValidatingDatasetGraph.RejectedWriteException}.
     */
    public DatasetGraph dataset() { return served; }

    /** {@link #dataset()}, with refused writes reported as {@code translate} makes them (for Fuseki's error codes). */
    DatasetGraph dataset(java.util.function.Function<ValidatingDatasetGraph.RejectedWriteException, RuntimeException> translate) {
        return new ValidatingDatasetGraph(text, shapes, translate);
    }

    /** As {@link #dataset(java.util.function.Function)}, refusing writes that remove more than {@code maxRemovedShare} of the vocabulary. */
    DatasetGraph dataset(java.util.function.Function<ValidatingDatasetGraph.RejectedWriteException, RuntimeException> translate, double maxRemovedShare) {
        return new ValidatingDatasetGraph(text, shapes, translate, maxRemovedShare);
    }

    /** The Lucene text index. */
    public TextIndexLucene textIndex() { return index; }

    /** The shapes loads and writes are validated against (null if none). */
    public Graph shapes() { return shapes; }

    /** The folder of the store, or null for a store in memory. */
    public Path location() { return dir; }

    /**
     * Data for one named graph: where it comes from and, for the "unchanged, skip" check, its checksum. The data is read
     * only when it is loaded.
     */
    public record Part(Node graph, Supplier<Graph> data, String source, String checksum) {
        public Part {
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(source, "source");
        }

        /** A file (Turtle, N-Triples, RDF/XML, JSON-LD... by its extension); its SHA-256 is the checksum. */
        public static Part file(Node graph, Path file) {
            return new Part(graph, new FileData(file), file.toString(), sha256(file));
        }

        /** A graph in memory; {@code checksum} may be null (then it is always loaded). */
        public static Part graph(Node graph, Graph data, String source, String checksum) {
            return new Part(graph, () -> data, source, checksum);
        }

        /** The data for the bulk path: a file read into a read-only compact graph, anything else as it is. */
        Graph bulkData() {
            return data instanceof FileData f ? f.compact() : data.get();
        }
    }

    /**
     * The data of a file part: read into Jena's in-memory graph for a load in a transaction (an in-memory store keeps
     * the order of the graph it was given, which pages follow), or into a {@link CompactGraph} for the bulk path (half
     * the heap, parsed on a second thread, validated faster; the validation, the bulk loader and the text index only
     * read it).
     */
    private record FileData(Path file) implements Supplier<Graph> {
        @Override public Graph get() {
            return read(file, Exporter::read);
        }

        Graph compact() {
            return read(file, CompactGraph::read);
        }
    }

    /** Loads {@code file} into {@code graph}, replacing its contents. */
    public LoadReport load(Node graph, Path file) {
        return load(List.of(Part.file(graph, file))).get(0);
    }

    /** Loads {@code file} unless it is the very file (same SHA-256) the graph was last loaded from. */
    public LoadReport loadIfChanged(Node graph, Path file) {
        return loadIfChanged(List.of(Part.file(graph, file))).get(0);
    }

    /** Replaces the contents of {@code graph} with {@code data}; see {@link #load(List)}. */
    public LoadReport load(Node graph, Graph data, String source, String checksum) {
        return load(List.of(Part.graph(graph, data, source, checksum))).get(0);
    }

    /**
     * Loads the parts whose data changed since they were last loaded (see {@link #load(List)}); the others are reported
     * as skipped. Nothing is validated or written when no part changed.
     */
    public List<LoadReport> loadIfChanged(List<Part> parts) {
        List<Part> changed = new ArrayList<>();
        for (Part p : parts) if (p.checksum() == null || !isLoaded(p.graph(), p.checksum())) changed.add(p);
        List<LoadReport> loaded = changed.isEmpty() ? List.of() : load(changed);
        List<LoadReport> out = new ArrayList<>();
        for (Part p : parts) {
            int i = changed.indexOf(p);
            out.add(i >= 0 ? loaded.get(i) : new LoadReport(p.graph(), p.source(), size(p.graph()), true, null, Duration.ZERO));
        }
        return out;
    }

    /**
     * Replaces the contents of each part's named graph with its data, all in one write transaction, after validating the
     * store as it would be (the new graphs together with the other named graphs) against the shapes. A part that cannot
     * be read, or a result with a SHACL violation, aborts the transaction: the store is left exactly as it was.
     *
     * @throws LoadException naming the file and line (syntax error) or the failing shapes (validation)
     */
    public List<LoadReport> load(List<Part> parts) {
        Objects.requireNonNull(parts, "parts");
        checkOpen();
        long t0 = System.nanoTime();
        boolean bulk = isEmptyOnDisk();
        List<Graph> data = new ArrayList<>();
        for (Part p : parts) data.add(bulk ? p.bulkData() : p.data().get());   // parse errors surface here, before any write
        String sources = String.join(", ", parts.stream().map(Part::source).toList());
        ValidationResult validation = bulk ? bulkLoad(parts, data, sources) : replaceGraphs(parts, data, sources);
        Duration time = Duration.ofNanos(System.nanoTime() - t0);
        List<LoadReport> reports = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            recordLoad(p.graph(), p.source(), p.checksum());
            reports.add(new LoadReport(p.graph(), p.source(), data.get(i).size(), false, validation, time));
        }
        return reports;
    }

    /**
     * The load into a store that holds data: inside one write transaction, validates the store as it would be and
     * replaces the parts' graphs.
     */
    private ValidationResult replaceGraphs(List<Part> parts, List<Graph> data, String sources) {
        Set<Node> replaced = new HashSet<>();
        for (Part p : parts) replaced.add(p.graph());
        ValidationResult validation = null;
        text.begin(TxnType.WRITE);
        try {
            if (shapes != null) {
                Graph after = GraphFactory.createDefaultGraph();
                PrefixMapping pm = PrefixMapping.Factory.create();
                for (Graph g : data) {
                    g.find().forEachRemaining(after::add);
                    pm.setNsPrefixes(g.getPrefixMapping());
                }
                base.find().forEachRemaining(q -> { if (!replaced.contains(q.getGraph())) after.add(q.asTriple()); });
                validation = requireValid(parts, data, Validator.validate(after, shapes, pm));
            }
            for (int i = 0; i < parts.size(); i++) {
                Node graph = parts.get(i).graph();
                Graph g = data.get(i);
                text.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                g.find().forEachRemaining(t -> text.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
                g.getPrefixMapping().getNsPrefixMap().forEach((p, uri) -> text.prefixes().add(p, uri));
            }
            text.commit();
        } catch (RuntimeException e) {
            if (text.isInTransaction()) text.abort();
            throw notLoaded(sources, e);
        } finally {
            if (text.isInTransaction()) text.end();
        }
        return validation;
    }

    /**
     * The first load into an empty database on disk. Three things run at once: the validation of the parts (nothing
     * else is in the store), the TDB2 bulk loader filling new storage ({@link BulkLoad}) and the text index taking the
     * parts' labels (not committed). Only when all three succeeded is the empty storage replaced by the new one and the
     * index committed; otherwise the new storage is deleted and the index rolled back, so the store stays empty. A crash
     * after the switch, before the index commit, is repaired when the store is opened (the index is rebuilt).
     */
    private ValidationResult bulkLoad(List<Part> parts, List<Graph> data, String sources) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        for (Graph g : data) pm.setNsPrefixes(g.getPrefixMapping());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        boolean switched = false;
        var validation = java.util.concurrent.CompletableFuture.supplyAsync(
            () -> shapes == null ? null : requireValid(parts, data, Validator.validate(union(data), shapes, pm)), pool);
        var indexed = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (int i = 0; i < parts.size(); i++) TextIndexes.add(parts.get(i).graph(), data.get(i), index);
        }, pool);
        try {
            List<BulkLoad.GraphData> graphs = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) graphs.add(new BulkLoad.GraphData(parts.get(i).graph(), data.get(i)));
            BulkLoad.replaceAll(base, graphs, pm.getNsPrefixMap(), () -> { join(validation); join(indexed); });
            switched = true;
            base.getContext().set(TDB2.symUnionDefaultGraph, true);   // the context is the storage's: set it on the new one
            index.prepareCommit();
            index.commit();
            return validation.join();
        } catch (RuntimeException e) {
            if (!switched) {
                indexed.exceptionally(x -> null).join();   // no document may be added after the rollback
                index.rollback();
            }
            throw notLoaded(sources, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The result of a task, with its own exception rather than a wrapper. */
    private static <T> T join(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * The parts' graphs as one, for validating: a single part as it is; several copied once into one compact graph (the
     * nodes are shared with the parts, the copy is the int columns), which the validator reads on the cores, unlike a
     * union view.
     */
    private static Graph union(List<Graph> data) {
        if (data.size() == 1) return data.get(0);
        CompactGraph.Builder all = new CompactGraph.Builder();
        for (Graph g : data) g.find().forEachRemaining(all::add);
        return all.build();
    }

    /** Whether this is a store on disk that holds no quad at all (then the bulk loader fills it). */
    private boolean isEmptyOnDisk() {
        return dir != null && BulkLoad.applies(base) && Txn.read(base, base::isEmpty);
    }

    /** Returns {@code validation} when it conforms; otherwise throws the {@link LoadException} naming the culprits. */
    private static ValidationResult requireValid(List<Part> parts, List<Graph> data, ValidationResult validation) {
        if (validation.conforms()) return validation;
        List<String> culprits = culprits(parts, data, validation);
        String who = String.join(", ", culprits);
        throw new LoadException(who, validation, who + ": not loaded, "
            + (culprits.size() == 1 ? "it fails" : "they fail") + " SHACL validation (" + validation.summary() + "): "
            + Violations.describe(validation, 3) + ". The database is unchanged.");
    }

    private static LoadException notLoaded(String sources, RuntimeException e) {
        if (e instanceof LoadException l) return l;
        return new LoadException(sources, -1, -1, sources + ": not loaded (" + oneLine(e.getMessage()) + "). The database is unchanged.", e);
    }

    /** The parts that state something about a concept that fails a shape (all parts if none does). */
    private static List<String> culprits(List<Part> parts, List<Graph> data, ValidationResult validation) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (var row : validation.rows()) {
            if (row.severity() != org.medvocab.validate.Severity.VIOLATION) continue;
            for (int i = 0; i < parts.size(); i++) {
                if (data.get(i).contains(row.focus(), Node.ANY, Node.ANY)) out.add(parts.get(i).source());
            }
        }
        return out.isEmpty() ? parts.stream().map(Part::source).toList() : List.copyOf(out);
    }

    /** Number of triples in a named graph. */
    public long size(Node graph) {
        checkOpen();
        return Txn.read(base, () -> {
            long n = 0;
            var it = base.find(graph, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    /** The named graphs that hold data. */
    public Set<Node> graphs() {
        checkOpen();
        return Txn.read(base, () -> {
            Set<Node> s = new LinkedHashSet<>();
            base.listGraphNodes().forEachRemaining(s::add);
            return s;
        });
    }

    /** Validates the current contents (union of the named graphs) against the shapes. */
    public ValidationResult validate() {
        checkOpen();
        if (shapes == null) throw new IllegalStateException("this store has no shapes");
        Graph all = Txn.read(base, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            base.find().forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        return Validator.validate(all, shapes);
    }

    /** How long {@link #close()} waits for transactions of other threads (queries still ending) before it closes anyway. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(3);

    /**
     * Closes the text index and releases the TDB2 database (and its lock on the folder). Transactions still open in other
     * threads (a query still ending after the server stopped) are waited for up to {@link #CLOSE_GRACE}; after that the
     * database is released anyway. That loses nothing: an unfinished write was never committed, so TDB2 discards it (loads
     * and writes stay all or nothing). It also covers a read transaction that Fuseki never ended: a query cancelled while
     * the server stops can leave one behind with no thread left to end it, and TDB2 would then refuse to close
     * ("Can't expel: Active transactions"). Idempotent.
     */
    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            index.close();
        } finally {
            boolean idle = awaitNoTransactions(CLOSE_GRACE);
            if (!idle) System.err.println("medvocab: closing the database with transactions still open in other threads (not committed, so nothing is lost)");
            TDBInternal.expel(base, !idle);
            if (dir != null) removeLockFile(dir.resolve("tdb2").resolve("tdb.lock"));
        }
    }

    /** Waits until no transaction is active on the TDB2 database, up to {@code grace}; whether none is. */
    private boolean awaitNoTransactions(Duration grace) {
        var txns = TDBInternal.getDatasetGraphTDB(base).getTxnSystem().getTxnMgr();
        long end = System.nanoTime() + grace.toNanos();
        while (txns.countActive() > 0) {
            if (System.nanoTime() > end) return false;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * TDB2 releases its lock (an operating-system file lock) when the database is expelled but leaves the file, which
     * holds the process id. Remove it when it is this process's, so that no lock file is left behind.
     */
    private static void removeLockFile(Path lock) {
        try {
            if (Files.isRegularFile(lock) && Files.readString(lock).strip().equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.deleteIfExists(lock);
            }
        } catch (IOException | RuntimeException e) {
            // an unlocked lock file does not stop the next start
        }
    }

    public boolean isClosed() { return closed; }

    // ---- internals -------------------------------------------------------------------------------------------------

    private void checkOpen() {
        if (closed) throw new IllegalStateException("the store is closed");
    }

    /** Rebuilds the text index when it does not match the database (new index folder, or a crash between the two). */
    private void syncIndex() {
        long triples = Txn.read(base, () -> TextIndexes.indexableTriples(base, index.getDocDef()));
        if (TextIndexes.documentCount(index) != triples) TextIndexes.rebuild(base, index);
    }

    /** Reads a part's file with {@code reader}; a syntax error becomes the {@link LoadException} naming file and line. */
    private static Graph read(Path file, java.util.function.Function<Path, Exporter.LoadedGraph> reader) {
        try {
            return reader.apply(file).graph();
        } catch (Exporter.ReadException e) {
            throw new LoadException(file.toString(), e.line(), e.column(), e.getMessage() + ". Nothing was loaded; the database is unchanged.", e);
        }
    }

    private boolean isLoaded(Node graph, String checksum) {
        String v;
        synchronized (loads) { v = loads.getProperty(graph.getURI()); }
        return v != null && v.startsWith(checksum + " ") && size(graph) > 0;
    }

    private void recordLoad(Node graph, String source, String checksum) {
        synchronized (loads) {
            if (checksum == null) loads.remove(graph.getURI());
            else loads.setProperty(graph.getURI(), checksum + " " + source);
            if (dir == null) return;
            try {
                AtomicFile.write(dir.resolve(LOADS_FILE),
                    out -> loads.store(out, "medvocab: SHA-256 and source of the data each named graph was last loaded from"));
            } catch (IOException e) {
                // Only the "unchanged, skip" shortcut depends on this file; the next start reloads the graph.
                loads.remove(graph.getURI());
            }
        }
    }

    private void readLoads() {
        Path f = dir.resolve(LOADS_FILE);
        if (!Files.isRegularFile(f)) return;
        try (InputStream in = Files.newInputStream(f)) {
            loads.load(in);
        } catch (IOException e) {
            loads.clear();
        }
    }

    /** SHA-256 of a file, hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw new LoadException(file.toString(), -1, -1, file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** SHA-256 of a stream, hex. */
    public static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A line break with the spaces around it. */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*\\R\\s*");

    static String oneLine(String s) {
        return s == null ? "unknown error" : LINE_BREAK.matcher(s.strip()).replaceAll(" ");
    }

    /** Small transaction helpers that return a value. */
    static final class Txn {
        private Txn() {}
        static <T> T read(DatasetGraph dsg, java.util.function.Supplier<T> body) {
            if (dsg.isInTransaction()) return body.get();
            dsg.begin(ReadWrite.READ);
            try {
                return body.get();
            } finally {
                dsg.end();
            }
        }
    }

    /** Quads of the stored default graph (not the union). */
    static boolean hasDefaultGraphData(DatasetGraph dsg) {
        return dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).hasNext();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}

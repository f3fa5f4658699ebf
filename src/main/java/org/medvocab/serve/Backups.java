package org.medvocab.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * TDB2 backups of the database folder and restoring from them. {@code medvocab serve} writes a backup after it loads and
 * before every forced write ({@code ?force=true}); {@code medvocab restore} puts the latest one (or a given one) back,
 * in one transaction, and rebuilds the text index.
 */
public final class Backups {
    private Backups() {}

    /** What a restore did. */
    public record Restored(Path backup, long quads) {}

    /** The backups of a database folder, newest last. */
    public static Stream<Path> list(Path dataDir) {
        Path dir = dataDir.resolve("tdb2").resolve("Backups");
        if (!Files.isDirectory(dir)) return Stream.empty();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".nq.gz")).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest backup of a database folder. */
    public static Optional<Path> latest(Path dataDir) {
        return list(dataDir).reduce((a, b) -> b);
    }

    /**
     * Replaces the contents of the database in {@code dataDir} with {@code backup} (the latest backup when null). The
     * database must not be in use (stop the server first). Nothing changes when the backup cannot be read.
     *
     * @throws StoreException when there is no backup, it cannot be read, or the database cannot be opened
     */
    public static Restored restore(Path dataDir, Path backup, PrintStream log) {
        Path file = backup != null ? backup : latest(dataDir).orElseThrow(() -> new StoreException(
            dataDir + ": no backup in " + dataDir.resolve("tdb2").resolve("Backups"), null));
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(data);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(file + ": cannot be read as a backup (" + VocabularyStore.oneLine(String.valueOf(e.getMessage())) + "); nothing was changed", e);
        }
        try (VocabularyStore store = VocabularyStore.open(dataDir, null)) {
            DatasetGraph target = store.unchecked();
            long[] n = {0};
            target.begin(TxnType.WRITE);
            try {
                for (Node g : org.apache.jena.atlas.iterator.Iter.toList(target.listGraphNodes())) target.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                data.find().forEachRemaining(q -> { target.add(q); n[0]++; });
                target.commit();
            } finally {
                target.end();
            }
            store.reindex();
            if (log != null) log.printf("medvocab restore: %s: %d quads restored from %s%n", dataDir, n[0], file);
            return new Restored(file, n[0]);
        }
    }
}

package org.medvocab.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * Loads an empty TDB2 database with the TDB2 bulk loader, all or nothing, the way TDB2 compacts a database: the data goes
 * into a new storage folder {@code Data-NNNN-tmp} beside the current one ({@code Data-MMMM}, NNNN = MMMM + 1), which is
 * renamed to {@code Data-NNNN} only when the loader has finished, and the open database is then switched to it. A kill
 * before the rename leaves the old storage in use (TDB2 deletes {@code -tmp} folders when it opens the database); after
 * the rename, TDB2 opens the newest storage, which is complete. The bulk loader is not transactional itself, which is why
 * it only ever writes to a folder no one else uses.
 */
final class BulkLoad {
    private BulkLoad() {}

    /** One named graph to load. */
    record GraphData(Node graph, Graph data) {}

    /** Whether {@code dsg} is a TDB2 database on disk that the bulk path can load into. */
    static boolean applies(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphSwitchable s && s.hasContainerPath() && s.get() instanceof DatasetGraphTDB;
    }

    /**
     * Replaces the contents of {@code container} (expected empty) with the graphs and prefixes. {@code beforeSwitch}
     * runs when the new storage is complete, before it replaces the old one; if it throws, nothing is switched. On
     * failure the database is unchanged and the temporary folder removed.
     */
    static void replaceAll(DatasetGraph container, List<GraphData> graphs, Map<String, String> prefixes, Runnable beforeSwitch) {
        DatasetGraphSwitchable db = (DatasetGraphSwitchable) container;
        Path current = DatabaseOps.findStorageLocation(db.getContainerPath());
        if (current == null) throw new IllegalStateException("no TDB2 storage folder in " + db.getContainerPath());
        Path next = current.resolveSibling(nextName(current));
        Path tmp = next.resolveSibling(next.getFileName() + "-tmp");
        try {
            deleteAll(tmp);
            Files.createDirectories(tmp);
            Location tmpLocation = Location.create(tmp);
            try {
                build(StoreConnection.connectCreate(tmpLocation).getDatasetGraphTDB(), graphs, prefixes);
            } finally {
                StoreConnection.internalExpel(tmpLocation, true);
            }
            beforeSwitch.run();
            Files.move(tmp, next);   // the commit point: from here on TDB2 opens the new storage
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        switchTo(db, next);
        deleteQuietly(current);
    }

    /** Bulk-loads the quads, then writes the prefixes in one ordinary transaction. */
    private static void build(DatasetGraphTDB target, List<GraphData> graphs, Map<String, String> prefixes) {
        DataLoader loader = LoaderFactory.phasedLoader(target, (fmt, args) -> { });   // tdb2.tdbloader's default
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            out.start();
            for (GraphData g : graphs) g.data().find().forEachRemaining(t -> out.quad(Quad.create(g.graph(), t)));
            out.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        Txn.executeWrite(target, () -> prefixes.forEach((p, uri) -> target.prefixes().add(p, uri)));
    }

    /** Switches the open database to the storage in {@code next}, as TDB2's compaction does; readers of the old one finish there. */
    private static void switchTo(DatasetGraphSwitchable db, Path next) {
        DatasetGraphTDB old = (DatasetGraphTDB) db.get();
        TransactionCoordinator oldTxns = old.getTxnSystem().getTxnMgr();
        DatasetGraphTDB loaded = StoreConnection.connectCreate(Location.create(next)).getDatasetGraphTDB();
        TransactionCoordinator newTxns = loaded.getTxnSystem().getTxnMgr();
        newTxns.execExclusive(() -> {
            newTxns.takeOverFrom(oldTxns);
            newTxns.modifyConfigDirect(() -> oldTxns.listExternals().forEach(newTxns::addExternal));
            if (!db.change(old, loaded)) db.set(loaded);
        });
        oldTxns.startExclusiveMode();   // waits for the readers still on the old storage
        StoreConnection.release(old.getLocation());
    }

    /** {@code Data-0001} gives {@code Data-0002}. */
    private static String nextName(Path current) {
        String name = current.getFileName().toString();
        int n = Integer.parseInt(name.substring(name.lastIndexOf(DatabaseOps.SEP) + 1));
        return DatabaseOps.dbNameBase + DatabaseOps.SEP + String.format(Locale.ROOT, "%04d", n + 1);
    }

    private static void deleteAll(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteAll(dir);
        } catch (IOException | UncheckedIOException e) {
            // a left-over -tmp folder is removed by TDB2 the next time it opens the database
        }
    }
}

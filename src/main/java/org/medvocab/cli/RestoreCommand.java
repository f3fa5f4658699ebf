package org.medvocab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.medvocab.serve.Backups;
import org.medvocab.serve.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medvocab restore}: puts the database back as it was at its latest backup (or a given one). See {@link Backups}. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Restores the database from its latest TDB2 backup (made by serve at start-up and before every forced write). Stop the server first.")
public final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Database folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--from", paramLabel = "FILE", description = "The backup to restore (a .nq.gz file); default: the latest in DIR/tdb2/Backups.")
    Path from;

    @Option(names = "--list", description = "List the backups instead, oldest first.")
    boolean list;

    @Override public Integer call() {
        try {
            if (list) {
                Backups.list(data).forEach(System.out::println);
                return 0;
            }
            Backups.restore(data, from, System.out);
            return 0;
        } catch (StoreException e) {
            System.err.println("medvocab restore: " + e.getMessage());
            return 1;
        }
    }
}

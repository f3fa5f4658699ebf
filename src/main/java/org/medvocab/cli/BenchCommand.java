package org.medvocab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.medvocab.bench.BenchOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medvocab bench [--quick] [--runs N] [--only ROW,…] [--work DIR]}: the scale benchmark (see
 * {@link BenchOperation}); prints the table in Markdown on standard output and its progress on standard error.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Benchmark: generates pages and vocabularies, runs each row of the scale table in fresh JVMs "
        + "(ours and the Jena reference tools, interleaved) and prints median time, peak heap and peak RSS.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "Small inputs, one run per row: a smoke test of the suite, not figures.")
    boolean quick;

    @Option(names = "--runs", paramLabel = "N", description = "Runs per row and side (default: 3, or 1 with --quick).")
    Integer runs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Threads for convert (default: all cores).")
    int threads;

    @Option(names = "--only", split = ",", paramLabel = "ROW", description = "Rows to run: convert, convert-more, validate, "
        + "validate-more, load, write, timeout, mix, link (default: all).")
    List<String> only;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the generated inputs and databases (default: a new temporary folder).")
    Path work;

    @Override public Integer call() throws Exception {
        int n = runs != null ? runs : quick ? 1 : 3;
        if (n < 1) {
            System.err.println("medvocab bench: --runs must be at least 1");
            return 2;
        }
        Path dir = work != null ? work : Files.createTempDirectory("medvocab-bench-");
        var options = new BenchOperation.Options(quick ? BenchOperation.Sizes.QUICK : BenchOperation.Sizes.FULL, n, threads, dir,
            only == null ? Set.of() : Set.copyOf(only), System.out, System.err);
        var rows = new BenchOperation(options).run();
        System.err.println("medvocab bench: " + rows.size() + " rows; inputs and logs in " + dir + "; "
            + Runtime.getRuntime().availableProcessors() + " cores");
        return rows.stream().anyMatch(r -> r.ours().failed()) ? 1 : 0;
    }
}

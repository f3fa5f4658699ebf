package org.medvocab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.medvocab.web.BenchWeb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medvocab bench-web [--concepts N] [--requests M]}: the browser benchmark. Generates N concepts into a TDB2
 * database in a temporary folder, serves them and prints the median and p99 latency of concept pages and searches.
 */
@Command(name = "bench-web", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Benchmark: serves N generated concepts and prints median and p99 latency of concept pages and searches.")
public final class BenchWebCommand implements Callable<Integer> {

    @Option(names = "--concepts", paramLabel = "N", defaultValue = "100000", description = "Concepts to generate (default: ${DEFAULT-VALUE}).")
    int concepts;

    @Option(names = "--requests", paramLabel = "M", defaultValue = "500", description = "Timed requests of each kind (default: ${DEFAULT-VALUE}).")
    int requests;

    @Override public Integer call() throws Exception {
        if (concepts < 100 || requests < 10) {
            System.err.println("medvocab bench-web: --concepts must be at least 100 and --requests at least 10");
            return 2;
        }
        Path dir = Files.createTempDirectory("medvocab-bench-web-");
        try {
            for (BenchWeb.Timing t : BenchWeb.run(concepts, requests, dir, System.out)) System.out.println("medvocab bench-web: " + t.line());
            System.out.printf("medvocab bench-web: %d cores, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
            return 0;
        } finally {
            BenchLinkCommand.deleteTree(dir);
        }
    }
}

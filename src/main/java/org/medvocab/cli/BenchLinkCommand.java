package org.medvocab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.medvocab.export.Exporter;
import org.medvocab.link.BenchLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medvocab bench-link [--labels N] [--vocab FILE]}: the linking benchmark. Generates a synthetic target of N
 * labels in a temporary folder, links the vocabulary against it and prints the time and the peak heap.
 */
@Command(name = "bench-link", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Benchmark: links the vocabulary against a generated target of N labels and prints time and peak heap.")
public final class BenchLinkCommand implements Callable<Integer> {

    @Option(names = "--labels", paramLabel = "N", defaultValue = "1000000", description = "Number of target labels (default: ${DEFAULT-VALUE}).")
    long labels;

    @Option(names = "--vocab", paramLabel = "FILE", defaultValue = "ontology/medvocab.ttl", description = "The vocabulary (default: ${DEFAULT-VALUE}).")
    Path vocab;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override public Integer call() throws Exception {
        if (labels < 1) {
            System.err.println("medvocab bench-link: --labels must be at least 1");
            return 2;
        }
        var graph = Exporter.read(vocab).graph();
        Path dir = Files.createTempDirectory("medvocab-bench-");
        try {
            BenchLink.Result r;
            try (Progress bar = Progress.start("bench-link", "KiB", -1, quiet)) {
                r = BenchLink.run(graph, labels, dir, quiet ? null : (done, total) -> {
                    bar.max(Math.max(1, total >> 10));
                    bar.stepTo(done >> 10);
                });
            }
            System.out.println("medvocab bench-link: " + r.summary() + "; max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    /** Deletes a benchmark's temporary folder and everything in it. */
    static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

package org.medvocab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.medvocab.deploy.FusekiPackage;
import org.medvocab.serve.LoadException;
import org.medvocab.serve.StoreException;
import org.medvocab.serve.VocabularyStore;
import org.medvocab.validate.ReportWriter;
import org.medvocab.validate.ShapesException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medvocab package --fuseki DIR}: a folder the stock Apache Jena Fuseki server serves as it is. */
@Command(name = "package", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Write a folder for a stock Apache Jena Fuseki server (jena-fuseki-server 5.6.0): config.ttl plus the "
        + "built TDB2 database and text index. Serve it with: cd DIR && java -jar jena-fuseki-server-5.6.0.jar --config config.ttl")
public final class PackageCommand implements Callable<Integer> {
    @Option(names = "--fuseki", paramLabel = "DIR", required = true, description = "The folder to write (must not exist or be empty).")
    Path dir;

    @picocli.CommandLine.Mixin
    GraphFilesOptions files = new GraphFilesOptions();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5", description = "Query timeout of the server (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Override public Integer call() {
        PrintStream err = System.err;
        if (timeout <= 0) {
            err.println("medvocab package: --timeout must be positive");
            return 2;
        }
        try {
            Graph shapesGraph = files.shapesGraph();
            FusekiPackage.Result r = FusekiPackage.write(dir, files.parts(), shapesGraph,
                Duration.ofMillis(Math.round(timeout * 1000)));
            long triples = r.loads().stream().mapToLong(VocabularyStore.LoadReport::triples).sum();
            System.out.printf("medvocab package: %d graphs, %d triples -> %s (serve with: cd %s && java -jar jena-fuseki-server-5.6.0.jar --config config.ttl)%n",
                r.loads().size(), triples, r.config(), dir);
            return 0;
        } catch (LoadException e) {
            err.println("medvocab package: " + e.getMessage());
            if (e.validation() != null) err.print(ReportWriter.text(e.validation()));
            return 1;
        } catch (ShapesException | StoreException | IllegalArgumentException e) {
            err.println("medvocab package: " + e.getMessage());
            return 1;
        }
    }
}

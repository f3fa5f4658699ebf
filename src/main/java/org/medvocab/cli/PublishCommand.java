package org.medvocab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.medvocab.deploy.GraphPublisher;
import org.medvocab.serve.LoadException;
import org.medvocab.validate.ReportWriter;
import org.medvocab.validate.ShapesException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medvocab publish --endpoint URL}: the graphs of the service, written to a remote SPARQL 1.1 store. */
@Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Write the vocabulary, core and mappings graphs to a SPARQL 1.1 store. Each graph is uploaded under a "
        + "temporary name, then all are MOVEd into place in one update, so readers never see half a graph.")
public final class PublishCommand implements Callable<Integer> {
    @Option(names = "--endpoint", paramLabel = "URL", required = true, description = "The SPARQL Update endpoint (Fuseki: http://host:3030/DATASET/update).")
    String endpoint;

    @Option(names = "--gsp", paramLabel = "URL", description = "The Graph Store Protocol endpoint (Fuseki: http://host:3030/DATASET/data); without it the graphs are uploaded with INSERT DATA.")
    String gsp;

    @Option(names = "--user", paramLabel = "U", description = "HTTP Basic user.")
    String user;

    @Option(names = "--password-file", paramLabel = "F", description = "File whose first line is the password of --user.")
    Path passwordFile;

    @picocli.CommandLine.Mixin
    GraphFilesOptions files = new GraphFilesOptions();

    @Override public Integer call() {
        if ((user == null) != (passwordFile == null)) {
            System.err.println("medvocab publish: --user and --password-file go together");
            return 2;
        }
        try {
            String password = passwordFile == null ? null
                : Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            List<GraphPublisher.Published> done = GraphPublisher.publish(new GraphPublisher.Store(endpoint, gsp, user, password),
                files.parts(), files.shapesGraph());
            for (GraphPublisher.Published p : done) {
                System.out.printf("medvocab publish: <%s>: %d triples from %s%n", p.graph().getURI(), p.triples(), p.source());
            }
            System.out.printf("medvocab publish: %d graphs -> %s%n", done.size(), endpoint);
            return 0;
        } catch (LoadException e) {
            System.err.println("medvocab publish: " + e.getMessage());
            if (e.validation() != null) System.err.print(ReportWriter.text(e.validation()));
            return 1;
        } catch (IOException e) {
            System.err.println("medvocab publish: " + passwordFile + ": cannot be read (" + e.getMessage() + ")");
            return 1;
        } catch (GraphPublisher.PublishException | ShapesException e) {
            System.err.println("medvocab publish: " + e.getMessage());
            return 1;
        }
    }
}

package org.medvocab.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.medvocab.serve.VocabularyStore;

/**
 * Writes a folder that the stock Apache Jena Fuseki server ({@code jena-fuseki-server}) serves as it is:
 * {@code config.ttl} ({@link FusekiConfig}) and {@code databases/medvocab/} holding the TDB2 database
 * ({@code tdb2/}) and the Lucene index ({@code text/}), built and validated by the same {@link VocabularyStore} that
 * {@code serve} uses. Run the server in that folder:
 * {@code java -jar jena-fuseki-server-5.6.0.jar --config config.ttl}.
 */
public final class FusekiPackage {
    private FusekiPackage() {}

    /** The service name, as in {@code serve}: {@code http://host:3030/vocab/sparql}. */
    public static final String SERVICE = "vocab";
    /** The store folder inside the package. */
    public static final String STORE = "databases/medvocab";

    /** What was written. */
    public record Result(Path dir, Path config, List<VocabularyStore.LoadReport> loads) {}

    /**
     * Builds the package.
     *
     * @param dir the folder to write; must not exist or be empty
     * @param parts the graphs to load (see {@code VocabService.parts})
     * @param shapes SHACL shapes the data must pass, or null
     * @param queryTimeout the query time limit of the server
     * @return the folder, the configuration file and the load reports
     * @throws IllegalArgumentException if {@code dir} holds files
     * @throws org.medvocab.serve.LoadException if the data does not parse or validate
     */
    public static Result write(Path dir, List<VocabularyStore.Part> parts, Graph shapes, Duration queryTimeout) {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) throw new IllegalArgumentException(dir + ": folder is not empty");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path store = dir.resolve(STORE);
        List<VocabularyStore.LoadReport> loads;
        try (VocabularyStore s = VocabularyStore.open(store, shapes)) {
            loads = s.load(parts);
        }
        FusekiConfig config = new FusekiConfig(SERVICE, STORE + "/tdb2", STORE + "/text", queryTimeout);
        Path file = dir.resolve("config.ttl");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, config.model(), RDFFormat.TURTLE_PRETTY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(dir, file, loads);
    }
}

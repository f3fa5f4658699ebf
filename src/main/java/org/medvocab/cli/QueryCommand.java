package org.medvocab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.medvocab.model.Graphs;
import org.medvocab.model.VocabularyBuilder;
import org.medvocab.serve.ExpectedResults;
import org.medvocab.serve.LoadException;
import org.medvocab.serve.QueryRunner;
import org.medvocab.serve.StoreException;
import org.medvocab.serve.VocabularyStore;
import org.medvocab.util.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medvocab query FILE.rq [--endpoint URL | --data DIR | --vocab FILE] [--check] [--tsv]}: runs one SPARQL query
 * (e.g. a competency question of {@code queries/}) and prints the result as an aligned table.
 *
 * <p>Where it runs: at {@code --endpoint} over HTTP (a running {@code medvocab serve}); else on the database folder
 * {@code --data} (which must not be in use by a server); else on {@code --vocab} (default {@code ontology/medvocab.ttl})
 * loaded with the core ontology (and {@code mappings.ttl} and {@code lexicon.ttl} next to it, if present) into a database in memory, as
 * {@code serve} would load them. {@code --check} compares the result with
 * {@code FILE.expected.tsv} and fails (exit 1) if an expected row is missing.
 */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Runs a SPARQL query file against the service (--endpoint), a database folder (--data) or the vocabulary file, and prints a table.")
public final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query.")
    Path queryFile;

    @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint, e.g. http://localhost:3030/vocab/sparql.")
    String endpoint;

    @Option(names = "--data", paramLabel = "DIR", description = "Query this database folder directly (not while a server uses it).")
    Path data;

    @Option(names = "--vocab", paramLabel = "FILE", defaultValue = "ontology/medvocab.ttl",
        description = "Without --endpoint or --data: query this vocabulary file, with the core ontology and mappings.ttl next to it if present (default: ${DEFAULT-VALUE}).")
    Path vocab;

    @Option(names = "--check", description = "Compare with FILE.expected.tsv; exit 1 if an expected row is missing.")
    boolean check;

    @Option(names = "--tsv", description = "Print tab-separated values instead of an aligned table.")
    boolean tsv;

    @Override public Integer call() throws IOException {
        PrintStream err = System.err;
        if (endpoint != null && data != null) {
            err.println("medvocab query: give --endpoint or --data, not both");
            return 2;
        }
        String text;
        try {
            text = Files.readString(queryFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("medvocab query: " + queryFile + ": cannot be read (" + e.getMessage() + ")");
            return 1;
        }
        QueryRunner.Table table;
        try {
            if (endpoint != null) {
                table = QueryRunner.run(text, endpoint);
            } else if (data != null) {
                try (VocabularyStore store = VocabularyStore.open(data, null)) {
                    table = QueryRunner.run(text, store.dataset());
                }
            } else {
                try (VocabularyStore store = VocabularyStore.inMemory(null)) {
                    store.load(org.medvocab.serve.VocabService.parts(vocab, null));
                    table = QueryRunner.run(text, store.dataset());
                }
            }
        } catch (IllegalArgumentException | LoadException | StoreException e) {
            err.println("medvocab query: " + queryFile + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("medvocab query: " + queryFile + ": " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
            return 1;
        }
        System.out.print(tsv ? table.tsv() : table.render());
        System.out.flush();
        if (!check) return 0;
        Path expectedFile = ExpectedResults.fileFor(queryFile);
        try {
            ExpectedResults expected = ExpectedResults.read(expectedFile);
            List<List<String>> missing = expected.missing(table);
            if (missing.isEmpty()) {
                err.println("medvocab query: " + queryFile + ": all " + Plural.of(expected.rows().size(), "expected row") + " present (" + expectedFile + ")");
                return 0;
            }
            err.println("medvocab query: " + queryFile + ": " + missing.size() + " of " + Plural.of(expected.rows().size(), "expected row") + " missing (" + expectedFile + "):");
            for (List<String> row : missing) err.println("  " + String.join("\t", row));
            return 1;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("medvocab query: " + e.getMessage());
            return 1;
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

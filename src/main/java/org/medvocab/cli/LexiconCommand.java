package org.medvocab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.medvocab.ground.LexiconOperation;
import org.medvocab.link.TargetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medvocab lexicon [--linking DIR] [--output FILE]}: builds the medical lexicon of the grounding stage from the
 * open ontologies of the linking folder (see {@link LexiconOperation}).
 */
@Command(name = "lexicon", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Builds the medical lexicon (normalised label -> ontology ids and kinds) from the linking folder's ontologies.")
public final class LexiconCommand implements Callable<Integer> {

    @Option(names = "--linking", paramLabel = "DIR", description = "The linking folder (default: ${DEFAULT-VALUE}).")
    Path linking = LexiconOperation.DEFAULT_LINKING;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The lexicon to write; its NOTICE goes beside it (default: ${DEFAULT-VALUE}).")
    Path output = LexiconOperation.DEFAULT_OUTPUT;

    @Override public Integer call() throws Exception {
        if (!Files.isDirectory(linking)) {
            System.err.println("medvocab lexicon: " + linking + ": not a folder");
            return 2;
        }
        try {
            long t = System.nanoTime();
            LexiconOperation.Result r = LexiconOperation.write(linking, output);
            System.out.println("medvocab lexicon: " + output + ": " + r.summary() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
            return 0;
        } catch (TargetException e) {
            System.err.println("medvocab lexicon: " + e.getMessage());
            return 1;
        }
    }
}

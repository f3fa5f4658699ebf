package org.medvocab.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.medvocab.eval.EvalReport;
import org.medvocab.eval.Evaluator;
import org.medvocab.eval.GoldFormatException;
import org.medvocab.eval.StarterGold;
import org.medvocab.ingest.IngestException;
import org.medvocab.model.VocabularyConfig;
import org.medvocab.util.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medvocab eval --corpus DIR --gold DIR [--kind-detail]}: extraction quality against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {
        "Measures extraction quality against gold annotations. Each document of the corpus folder is converted "
            + "alone and its concepts, alternative labels, broader links, definitions and related pairs are "
            + "matched against gold/NAME.tsv. Counts are summed over all documents before precision, recall "
            + "and F1 are computed for each kind of row; related pairs also get a kind accuracy.",
        "Prints the table, F1 per document, then each document's misses and false hits. Exit status: 0 when "
            + "the corpus was scored, 1 for a malformed gold file, 2 for usage errors."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of documents to convert and score.")
    Path corpus;

    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold files NAME.tsv (default: DIR/gold of --corpus).")
    Path gold;

    @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
        description = "Leave out documents whose name (without extension) matches this glob, e.g. '5[5-9]-*' for a held-out set. Repeatable.")
    java.util.List<String> exclude = new java.util.ArrayList<>();

    @Option(names = "--only", paramLabel = "GLOB", split = ",",
        description = "Score only documents whose name (without extension) matches one of these globs. Repeatable.")
    java.util.List<String> only = new java.util.ArrayList<>();

    @Option(names = "--init-gold", description = "Write a starter gold file for each document that has none, from the current "
        + "extraction, for a person to correct; existing gold files are left alone. Nothing is scored.")
    boolean initGold;

    @Option(names = "--kind-detail", description = "Also print related rows by kind and the confusion of kinds over matched pairs.")
    boolean kindDetail;

    /** Accepts a document name when it matches one of {@code only} (or {@code only} is empty) and none of {@code exclude}. */
    static java.util.function.Predicate<String> documentFilter(java.util.List<String> only, java.util.List<String> exclude) {
        var fs = java.nio.file.FileSystems.getDefault();
        var in = only.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        var out = exclude.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        return name -> {
            Path p = Path.of(name);
            return (in.isEmpty() || in.stream().anyMatch(m -> m.matches(p))) && out.stream().noneMatch(m -> m.matches(p));
        };
    }

    private int initGold(Path goldDir, PrintStream err) {
        try {
            java.util.List<Path> files = StarterGold.write(corpus, goldDir, documentFilter(only, exclude), new Evaluator(VocabularyConfig.defaults()));
            err.println("medvocab eval: wrote " + Plural.of(files.size(), "starter gold file") + " to " + goldDir
                + (files.isEmpty() ? " (every document already has one)" : ": check each row against its document, delete the wrong ones and add"
                    + " the missed ones, then run eval again"));
            return 0;
        } catch (IngestException e) {
            err.println("medvocab eval: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("medvocab eval: " + goldDir + ": cannot be written (" + e.getMessage() + ")");
            return 1;
        }
    }

    @Override public Integer call() {
        PrintStream err = System.err;
        Path goldDir = gold != null ? gold : corpus.resolve("gold");
        if (!Files.isDirectory(corpus)) {
            err.println("medvocab eval: " + corpus + ": not a folder");
            return 2;
        }
        if (initGold) return initGold(goldDir, err);
        if (!Files.isDirectory(goldDir)) {
            err.println("medvocab eval: " + goldDir + ": not a folder, so there is no gold to score against.");
            err.print(StarterGold.formatHelp("  "));
            err.println("  To start, write a gold file per document from the current extraction and correct it by hand:");
            err.println("  medvocab eval --corpus " + corpus + (gold == null ? "" : " --gold " + gold) + " --init-gold");
            return 2;
        }
        Evaluator.Evaluation result;
        try {
            result = new Evaluator(VocabularyConfig.defaults()).evaluate(corpus, goldDir, documentFilter(only, exclude));
        } catch (GoldFormatException e) {
            err.println("medvocab eval: " + e.getMessage());
            return 1;
        } catch (IngestException e) {
            err.println("medvocab eval: " + e.getMessage());
            return 2;
        }
        for (String note : result.notes()) err.println("medvocab eval: " + note);
        if (result.score().documents().isEmpty()) {
            err.println("medvocab eval: no document of " + corpus + " has a gold file in " + goldDir);
            return 2;
        }
        System.out.print(EvalReport.render(result.score(), kindDetail));
        System.out.flush();
        return 0;
    }
}

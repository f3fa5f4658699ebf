package org.medvocab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.medvocab.export.ExportFormat;
import org.medvocab.export.Exporter;
import org.medvocab.util.AtomicFile;
import org.medvocab.util.Plural;
import org.medvocab.model.Converter;
import org.medvocab.model.Lemon;
import org.medvocab.model.LexiconBuilder;
import org.medvocab.model.VocabularyRepair;
import org.medvocab.model.VocabularyConfig;
import org.medvocab.release.ReleaseOperation;
import org.medvocab.validate.ReportWriter;
import org.medvocab.validate.Shapes;
import org.medvocab.validate.ShapesException;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medvocab convert <files or folders> -o out.ttl [--base IRI]}. The vocabulary is validated against the SHACL
 * shapes before it is written; one with violations is not written (the report goes to stderr, exit 1) unless
 * {@code --force}.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Converts medical reference documents (.txt, .html, .md; files or folders) into one SKOS + OWL vocabulary.")
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<input>", description = "Documents or folders of documents.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the vocabulary ('-' for standard output).")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the concepts (default: ${DEFAULT-VALUE}).",
        defaultValue = VocabularyConfig.DEFAULT_BASE)
    String base;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle",
        description = "Output syntax: turtle, ntriples, rdfxml or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or summary.")
    boolean quiet;

    @Option(names = "--force", description = "Write the vocabulary even if it fails validation (SHACL violations).")
    boolean force;

    @Option(names = "--shapes", paramLabel = "DIR", description = "Validate with every *.ttl file of DIR instead of the built-in shapes.")
    Path shapes;

    @Option(names = "--curation", paramLabel = "DIR",
        description = "Curation overlay to apply (every *.tsv of DIR; default: curation/ next to the first input, if present).")
    Path curation;

    @Option(names = "--no-curation", description = "Apply no curation overlay.")
    boolean noCuration;

    @Option(names = "--previous", paramLabel = "FILE",
        description = "The previous release: the new one states owl:priorVersion it, and keeps each of its concepts that is gone as owl:deprecated (with dct:isReplacedBy when merged), so no IRI breaks.")
    Path previous;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Also write the OntoLex-Lemon lexicon of the dictionary documents (graph <https://w3id.org/medvocab/graph/lexicon>; serve loads lexicon.ttl next to the vocabulary).")
    Path lexicon;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
        description = "Documents converted at once (default: 0 = one per core). The output is the same for any N.")
    int threads;

    /** Folders with at least this many documents get a progress bar. */
    static final int PROGRESS_THRESHOLD = 10;

    @Override public Integer call() throws Exception {
        PrintStream err = System.err;
        ExportFormat fmt;
        try {
            fmt = ExportFormat.fromName(format);
        } catch (IllegalArgumentException e) {
            err.println("medvocab convert: " + e.getMessage());
            return 2;
        }
        org.apache.jena.graph.Graph shapesGraph;
        try {
            shapesGraph = shapes == null ? Shapes.defaults() : Shapes.load(shapes);
        } catch (ShapesException e) {
            err.println("medvocab convert: " + e.getMessage());
            return 1;
        }
        org.apache.jena.graph.Graph previousGraph = null;
        try {
            if (previous != null) previousGraph = Exporter.read(previous).graph();
        } catch (Exporter.ReadException e) {
            err.println("medvocab convert: " + e.getMessage());
            return 1;
        }
        Path overlay = noCuration ? null : curation != null ? curation
            : inputs.get(0).toAbsolutePath().normalize().resolveSibling("curation");
        VocabularyConfig config = VocabularyConfig.defaults().withBase(base);
        Converter converter = new Converter(config).withThreads(threads).withCuration(overlay);
        // the vocabulary alone is held while it is validated and written; the lexicon reads the extractions
        if (lexicon == null) converter.withoutExtractions();
        Progress[] bar = new Progress[1];
        Converter.Result result;
        try {
            result = converter.convert(inputs, p -> { if (bar[0] != null) bar[0].step(); }, n -> {
                if (!quiet && n >= PROGRESS_THRESHOLD) bar[0] = Progress.start("convert", "documents", n, false);
            });
        } finally {
            if (bar[0] != null) bar[0].close();
        }
        ValidationResult validation = null;
        if (result.documents() > 0 && shapes == null) {
            // a statement that would break the project's shapes is demoted or dropped (a warning); a document that still
            // does is left out. Shapes given with --shapes are a gate for the user's own rules: nothing is repaired.
            VocabularyRepair.Outcome repaired = VocabularyRepair.repair(result, converter, shapesGraph);
            result = repaired.result();
            validation = repaired.validation();
            for (String w : repaired.warnings()) err.println("medvocab convert: warning: " + w);
        }
        if (previousGraph != null && result.documents() > 0) {
            ReleaseOperation.Outcome release = ReleaseOperation.apply(result.graph(), previousGraph, converter.overlay());
            validation = null;
            err.println("medvocab convert: release after " + previous + ": " + (release.priorVersion() == null ? "no prior version"
                : "prior version <" + release.priorVersion().getURI() + ">") + ", " + Plural.of(release.deprecated().size(), "concept")
                + " of it kept as deprecated (" + release.replaced() + " replaced)");
        }
        for (String e : result.errors()) err.println("medvocab convert: " + e);
        for (String n : result.notes()) err.println("medvocab convert: " + n);
        if (result.documents() == 0) {
            if (result.errors().isEmpty()) err.println("medvocab convert: no documents found in " + inputs + "; nothing written");
            return 1;
        }
        // the repair's last report stands when nothing changed the graph since (a second full pass costs as much again)
        if (validation == null) validation = Validator.validate(result.graph(), shapesGraph, result.prefixes());
        if (!validation.conforms()) {
            err.print(ReportWriter.text(validation));
            if (!force) {
                err.println("medvocab convert: the vocabulary fails validation (" + validation.summary()
                    + "); nothing written. Fix the violations above, or use --force to write it anyway.");
                return 1;
            }
        }
        // the report (tens of thousands of warnings on a large vocabulary) is let go before the vocabulary is written
        String summary = validation.summary();
        validation = null;
        if ("-".equals(output.toString())) {
            Exporter.export(result.graph(), result.prefixes(), fmt, System.out);
            System.out.flush();
        } else {
            String failure = writeAtomically(result.graph(), result.prefixes(), fmt, output);
            if (failure == null && lexicon != null) {
                org.apache.jena.graph.Graph lex = LexiconBuilder.build(result.graph(), result.extractions(), VocabularyConfig.defaults().withBase(base).base());
                failure = writeAtomically(lex, Lemon.prefixes(result.prefixes()), fmt, lexicon);
            }
            if (failure != null) {
                err.println("medvocab convert: " + failure);
                return 1;
            }
        }
        if (!quiet) {
            err.printf("medvocab convert: %s, %s, %s -> %s%s; %s%n", Plural.of(result.documents(), "document"),
                Plural.of(result.concepts(), "concept"), Plural.of(result.graph().size(), "triple"), output,
                result.errors().isEmpty() ? "" : " (" + result.errors().size() + " failed)", summary);
        }
        return result.ok() ? 0 : 1;
    }

    /** Writes a graph to a temporary file, then moves it into place; returns the one-line failure, or null. */
    /** Writes a graph through the shared atomic writer; returns null, or the one-line reason it failed. */
    private static String writeAtomically(org.apache.jena.graph.Graph graph, org.apache.jena.shared.PrefixMapping prefixes,
                                          ExportFormat fmt, Path output) {
        try {
            AtomicFile.write(output, out -> Exporter.export(graph, prefixes, fmt, out));
            return null;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return output + ": cannot be written (" + e.getMessage() + ")";
        }
    }
}

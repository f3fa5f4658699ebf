package org.medvocab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.medvocab.export.Exporter;
import org.medvocab.validate.CompactGraph;
import org.medvocab.validate.ReportFormat;
import org.medvocab.validate.ReportWriter;
import org.medvocab.validate.Shapes;
import org.medvocab.validate.ShapesException;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code medvocab validate <vocab> [--shapes DIR] [--format text|turtle|json]}: checks a vocabulary against the SHACL
 * shapes and prints the report on standard output.
 *
 * <p>Exit codes: 0 when there is no violation (warnings are allowed), 1 when there is at least one violation or the
 * vocabulary or shapes cannot be read (one line {@code medvocab validate: <file>: <reason>} on standard error), 2
 * for usage errors. With {@code --format turtle} or {@code json} the summary line goes to standard error, so that
 * standard output is only the document.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Checks a vocabulary against the SHACL shapes (SKOS integrity, OWL punning, kinds of relation values, "
        + "sources) and prints a report. Exit status 1 if there is any violation.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<vocab>",
        description = "Vocabulary file, in any RDF syntax (chosen by file extension).")
    Path vocab;

    @Option(names = "--shapes", paramLabel = "DIR",
        description = "Validate with every *.ttl file of DIR (or one Turtle file) instead of the built-in shapes.")
    Path shapes;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
        description = "Report format: text, turtle (the SHACL report graph) or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override public Integer call() throws IOException {
        PrintStream err = System.err;
        Graph shapesGraph;
        Exporter.LoadedGraph loaded;
        java.util.function.Supplier<Graph> shapesLater = Shapes.inBackground(shapes);   // parsed while the data is read
        try {
            Exporter.ReadException unread = null;
            try {
                loaded = CompactGraph.read(vocab);   // only read: the compact graph
            } catch (Exporter.ReadException e) {
                unread = e;
                loaded = null;
            }
            shapesGraph = shapesLater.get();   // a shapes error first, as when the shapes were loaded before the data
            if (unread != null) throw unread;
        } catch (ShapesException | Exporter.ReadException e) {
            err.println("medvocab validate: " + e.getMessage());
            return 1;
        }
        ValidationResult result = Validator.validate(loaded.graph(), shapesGraph, loaded.prefixes());
        System.out.write(ReportWriter.render(result, format).getBytes(StandardCharsets.UTF_8));
        System.out.flush();
        if (format != ReportFormat.TEXT) err.println("medvocab validate: " + vocab + ": " + result.summary());
        return result.conforms() ? 0 : 1;
    }

    /** Converts {@code --format} values with {@link ReportFormat#fromName(String)}. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override public ReportFormat convert(String value) {
            try {
                return ReportFormat.fromName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}

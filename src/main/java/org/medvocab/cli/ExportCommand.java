package org.medvocab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.medvocab.export.ExportFormat;
import org.medvocab.export.Exporter;
import org.medvocab.util.AtomicFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code medvocab export}: converts a vocabulary file to another RDF syntax.
 *
 * <p>Exit codes: 0 on success; 1 if the vocabulary cannot be read or the output cannot be written,
 * after one line {@code medvocab export: <file>: <reason>} on standard error; 2 for usage errors
 * (reported by picocli). A file output is written to a temporary file next to it and moved into
 * place, so a failed export never leaves a truncated file behind.
 */
@Command(name = "export", versionProvider = VersionProvider.class,
        mixinStandardHelpOptions = true,
        description = "Write a vocabulary as Turtle (canonical), N-Triples (sorted), RDF/XML or JSON-LD.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<vocab>",
            description = "Vocabulary file to export, in any RDF syntax (chosen by file extension).")
    private Path vocab;

    @Option(names = {"-f", "--format"}, paramLabel = "<format>", defaultValue = "turtle",
            converter = FormatConverter.class,
            description = "Output syntax: turtle (ttl), ntriples (nt), rdfxml (xml, owl) or jsonld (json-ld). "
                    + "Default: ${DEFAULT-VALUE}.")
    private ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", required = true,
            description = "Output file, or - for standard output.")
    private Path output;

    private final OutputStream stdout;

    /** Creates the command writing {@code -o -} output to {@link System#out}. */
    public ExportCommand() {
        this(System.out);
    }

    /**
     * Creates the command writing {@code -o -} output to {@code stdout}.
     *
     * @param stdout the stream used for standard output
     */
    public ExportCommand(OutputStream stdout) {
        this.stdout = Objects.requireNonNull(stdout, "stdout");
    }

    @Override
    public Integer call() {
        Exporter.LoadedGraph loaded;
        try {
            loaded = Exporter.read(vocab);
        } catch (Exporter.ReadException e) {
            return fail(e.getMessage());
        }
        try {
            if (output.toString().equals("-")) {
                Exporter.export(loaded.graph(), loaded.prefixes(), format, stdout);
            } else {
                writeFile(loaded);
            }
        } catch (IOException e) {
            return fail(output + ": " + describe(e));
        } catch (UncheckedIOException e) {
            return fail(output + ": " + describe(e.getCause()));
        } catch (IllegalArgumentException e) {
            return fail(vocab + ": " + e.getMessage());
        }
        return 0;
    }

    /** Writes to a temporary sibling of the output file, then moves it into place (mode per the umask). */
    private void writeFile(Exporter.LoadedGraph loaded) throws IOException {
        AtomicFile.write(output, out -> Exporter.export(loaded.graph(), loaded.prefixes(), format, out));
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("medvocab export: " + message.replaceAll("\\s*\\R\\s*", " "));
        spec.commandLine().getErr().flush();
        return 1;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Converts {@code --format} values with {@link ExportFormat#fromName(String)}. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.fromName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}

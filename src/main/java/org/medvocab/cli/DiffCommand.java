package org.medvocab.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.shared.PrefixMapping;
import org.medvocab.export.Exporter;
import org.medvocab.release.DiffOperation;
import org.medvocab.release.DiffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medvocab diff OLD NEW [-f text|markdown|tsv]}: what changed between two releases ({@link DiffOperation}). Exit
 * status 0 when they do not differ, 1 when they do, 2 on an error (a file that cannot be read, a bad option).
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Reports what changed between two releases of a vocabulary: concepts added, removed, deprecated or reinstated, "
        + "and changed labels, definitions, hierarchy, relations, mappings and version. Exit 0 when identical, 1 when different, 2 on error.")
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier release (any RDF syntax).")
    Path old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later release.")
    Path now;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
        description = "text, markdown or tsv (default: ${DEFAULT-VALUE}).")
    String format;

    @Override public Integer call() {
        DiffReport.Format fmt;
        Exporter.LoadedGraph a;
        Exporter.LoadedGraph b;
        try {
            fmt = DiffReport.Format.parse(format);
            a = Exporter.read(old);
            b = Exporter.read(now);
        } catch (IllegalArgumentException | Exporter.ReadException e) {
            System.err.println("medvocab diff: " + e.getMessage());
            return 2;
        }
        DiffReport report = DiffOperation.diff(a.graph(), b.graph());
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(a.prefixes()).setNsPrefixes(b.prefixes());
        byte[] out = report.render(fmt, pm).getBytes(StandardCharsets.UTF_8);
        System.out.write(out, 0, out.length);
        System.out.flush();
        if (fmt != DiffReport.Format.TEXT) System.err.println("medvocab diff: " + old + " -> " + now + ": " + report.summary());
        return report.identical() ? 0 : 1;
    }
}

package org.medvocab.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.medvocab.export.Exporter;
import org.medvocab.report.Level;
import org.medvocab.report.Report;
import org.medvocab.report.ReportOperation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medvocab report <vocab> [--mappings FILE] [-f text|tsv|json] [--fail-on error|warning|info|none]}: the
 * quality report (see {@link org.medvocab.report.Checks}). Exit 1 when a finding is at the --fail-on level or worse.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Quality report of a vocabulary (non-terms, hierarchy inversions, cross-references as definitions, "
        + "qualified labels, kind vs grounding, duplicate definitions, orphans, mapping clashes).")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<vocab>", description = "Vocabulary file (any RDF syntax).")
    Path vocab;

    @Option(names = "--mappings", paramLabel = "FILE",
        description = "Mappings (skos:*Match + SSSOM) to check too (default: mappings.ttl next to the vocabulary, if present).")
    Path mappings;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT", description = "text, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
        description = "Exit 1 when a finding is at this level or worse: error, warning, info or none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Override public Integer call() {
        Report.Format fmt;
        Level threshold;
        try {
            fmt = Report.Format.parse(format);
            threshold = "none".equalsIgnoreCase(failOn) ? null : Level.parse(failOn);
        } catch (IllegalArgumentException e) {
            System.err.println("medvocab report: " + e.getMessage());
            return 2;
        }
        Graph g = GraphFactory.createDefaultGraph();
        try {
            Exporter.read(vocab).graph().find().forEach(g::add);
            Path m = mappings != null ? mappings : vocab.resolveSibling("mappings.ttl");
            if (mappings != null || Files.isRegularFile(m)) Exporter.read(m).graph().find().forEach(g::add);
        } catch (Exporter.ReadException e) {
            System.err.println("medvocab report: " + e.getMessage());
            return 1;
        }
        Report report = ReportOperation.run(g);
        System.out.write(report.render(fmt).getBytes(StandardCharsets.UTF_8), 0, report.render(fmt).getBytes(StandardCharsets.UTF_8).length);
        System.out.flush();
        if (fmt != Report.Format.TEXT) System.err.println("medvocab report: " + vocab + ": " + report.summary());
        return report.fails(threshold) ? 1 : 0;
    }
}

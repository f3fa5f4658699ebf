package org.medvocab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.medvocab.export.Exporter;
import org.medvocab.util.AtomicFile;
import org.medvocab.util.Plural;
import org.medvocab.link.GoldEvaluation;
import org.medvocab.link.Linker;
import org.medvocab.link.MappingGraph;
import org.medvocab.link.MappingSet;
import org.medvocab.link.MatchOptions;
import org.medvocab.link.MatchPredicate;
import org.medvocab.link.SssomWriter;
import org.medvocab.link.TargetException;
import org.medvocab.link.TargetReader;
import org.medvocab.link.TargetSpec;
import org.medvocab.link.VocabularyIndex;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medvocab link <vocab> --target FILE[:PREFIX] ... [--endpoint URL] -o mappings.sssom.tsv [--rdf mappings.ttl]}:
 * finds each concept's counterparts in other vocabularies and writes them as an SSSOM mapping set and, optionally,
 * as skos:*Match triples with the SSSOM metadata in RDF.
 *
 * <p>Exit codes: 0 on success, 1 when the vocabulary or a target cannot be read or the output cannot be written (one
 * line {@code medvocab link: <file>: line <n>: <reason>} on standard error; nothing is written), 2 for usage errors.
 */
@Command(name = "link", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Links the concepts of a vocabulary to other medical vocabularies (RDF/SKOS/OWL/MeSH RDF, OBO, "
        + "TSV/CSV/pipe tables, SSSOM files, SPARQL endpoints) and writes the mappings as SSSOM TSV and RDF.",
        "",
        "A target is FILE, FILE:PREFIX, or key=value options separated by commas: file=, endpoint=, format=rdf|obo|table|sssom, "
            + "prefix=, namespace=, source=, kind=, and for tables id=, label=, delimiter=, encoding=, quote=none|strip|csv, "
            + "header=yes|no, kind-column=, prefix-column=, id-pattern=. The options after a --target (--id-column, --encoding, ...) "
            + "apply to that target.", ""})
public final class LinkCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<vocab>", description = "The vocabulary (any RDF syntax, e.g. ontology/medvocab.ttl).")
    Path vocab;

    /** One --target and the options that follow it. */
    static final class Target {
        @Option(names = "--target", required = true, paramLabel = "SPEC", description = "A target: FILE, FILE:PREFIX or key=value,... (see above).")
        String spec;
        @Option(names = "--format", paramLabel = "F", description = "Target format: rdf, obo, table or sssom (default: from the file name).")
        String format;
        @Option(names = "--prefix", paramLabel = "P", description = "CURIE prefix of the target's ids.")
        String prefix;
        @Option(names = "--namespace", paramLabel = "IRI", description = "Namespace of --prefix (RDF targets).")
        String namespace;
        @Option(names = "--id-column", paramLabel = "COL", description = "Table: id column (header name or 1-based number; default 1).")
        String idColumn;
        @Option(names = "--label-column", paramLabel = "COL", description = "Table: label column (default 2).")
        String labelColumn;
        @Option(names = "--delimiter", paramLabel = "D", description = "Table: tab, comma, pipe, semicolon or one character.")
        String delimiter;
        @Option(names = "--encoding", paramLabel = "ENC", description = "Table: character encoding (default UTF-8).")
        String encoding;
        @Option(names = "--quote", paramLabel = "Q", description = "Table: quote handling none, strip or csv.")
        String quote;
        @Option(names = "--header", paramLabel = "yes|no", description = "Table: whether line 1 is a header.")
        String header;
        @Option(names = "--kind", paramLabel = "KIND", description = "Kind of every term: device, procedure, condition, anatomy, mechanism, substance.")
        String kind;
        @Option(names = "--kind-column", paramLabel = "COL", description = "Table: column of MeSH tree numbers or kind names.")
        String kindColumn;
        @Option(names = "--prefix-column", paramLabel = "COL", description = "Table: column giving each row's prefix.")
        String prefixColumn;
        @Option(names = "--id-pattern", paramLabel = "REGEX", description = "Table: skip rows whose id does not match.")
        String idPattern;
        @Option(names = "--source", paramLabel = "ID", description = "SSSOM object_source for this target (CURIE or IRI).")
        String source;

        TargetSpec toSpec() {
            TargetSpec s = TargetSpec.parse(spec);
            String[][] pairs = {{"format", format}, {"prefix", prefix}, {"namespace", namespace}, {"id", idColumn},
                {"label", labelColumn}, {"delimiter", delimiter}, {"encoding", encoding}, {"quote", quote}, {"header", header},
                {"kind", kind}, {"kind-column", kindColumn}, {"prefix-column", prefixColumn}, {"source", source},
                {"id-pattern", idPattern}};
            for (String[] p : pairs) if (p[1] != null) s = s.with(p[0], p[1]);
            return s;
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Target> targets = new ArrayList<>();

    @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint to read labels from (repeatable; URL or key=value options).")
    List<String> endpoints = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "SSSOM TSV output ('-' for standard output).")
    Path output;

    @Option(names = "--rdf", paramLabel = "FILE", description = "Also write the mappings as RDF (.ttl canonical Turtle; .trig/.nq in the mappings named graph).")
    Path rdf;

    @Option(names = "--exact-threshold", paramLabel = "S", defaultValue = "" + MatchOptions.DEFAULT_EXACT,
        description = "Minimum score of an exactMatch (default: ${DEFAULT-VALUE}).")
    double exactThreshold;

    @Option(names = "--close-threshold", paramLabel = "S", defaultValue = "" + MatchOptions.DEFAULT_CLOSE,
        description = "Minimum score of any mapping (default: ${DEFAULT-VALUE}).")
    double closeThreshold;

    @Option(names = "--margin", paramLabel = "S", defaultValue = "" + MatchOptions.DEFAULT_MARGIN,
        description = "How much an exact match must beat the next candidate in the same vocabulary (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--max-narrow", paramLabel = "N", defaultValue = "" + MatchOptions.DEFAULT_MAX_NARROW,
        description = "At most N narrowMatch rows by word containment per concept and target vocabulary (default: ${DEFAULT-VALUE}).")
    int maxNarrow;

    @Option(names = "--strict-scope", description = "Read OBO synonym scopes strictly: a label matched through a BROAD synonym "
        + "gives narrowMatch (the concept is broader than the term), NARROW gives broadMatch. Default: broadMatch for BROAD, narrowMatch for NARROW.")
    boolean strictScope;

    @Option(names = "--gold", paramLabel = "FILE", description = "Score the result against a gold list (TSV) and print precision and recall per predicate.")
    Path gold;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "List the flagged (ambiguous) matches and kind conflicts.")
    boolean verbose;

    /**
     * The targets a command line names, in order (for tests and tools that reuse a link command line, such as the
     * committed {@code ontology/link-targets.args}).
     *
     * @throws picocli.CommandLine.ParameterException for a malformed command line
     * @throws IllegalArgumentException for a malformed target
     */
    public static List<TargetSpec> targetSpecs(String... args) {
        LinkCommand c = new LinkCommand();
        new picocli.CommandLine(c).parseArgs(args);
        List<TargetSpec> specs = new ArrayList<>();
        for (Target t : c.targets) specs.add(t.toSpec());
        for (String e : c.endpoints) specs.add(TargetSpec.endpoint(e));
        return specs;
    }

    @Override public Integer call() {
        PrintStream err = System.err;
        if (targets.isEmpty() && endpoints.isEmpty()) {
            err.println("medvocab link: no target: give at least one --target FILE[:PREFIX] or --endpoint URL");
            return 2;
        }
        MatchOptions options;
        List<TargetSpec> specs = new ArrayList<>();
        try {
            options = new MatchOptions(exactThreshold, closeThreshold, margin, maxNarrow, strictScope);
            for (Target t : targets) specs.add(t.toSpec());
            for (String e : endpoints) specs.add(TargetSpec.endpoint(e));
        } catch (IllegalArgumentException e) {
            err.println("medvocab link: " + e.getMessage());
            return 2;
        }
        Linker linker;
        try {
            linker = Linker.of(vocab, options);
        } catch (Exporter.ReadException e) {
            err.println("medvocab link: " + e.getMessage());
            return 1;
        }
        long start = System.nanoTime();
        try {
            for (TargetSpec spec : specs) {
                TargetReader reader;
                try {
                    reader = spec.reader(linker.curies());
                } catch (IllegalArgumentException e) {
                    err.println("medvocab link: " + spec.name() + ": " + e.getMessage());
                    return 2;
                }
                try (Progress bar = Progress.start("link " + taskName(reader.name()), "KiB", -1, quiet)) {
                    linker.link(reader, quiet ? null : (done, total) -> {
                        if (total > 0) {
                            bar.max(Math.max(1, total >> 10));
                            bar.stepTo(Math.min(done, total) >> 10);
                        } else {
                            bar.max(-1);
                            bar.stepTo(done >> 10);
                        }
                        bar.extra(Plural.of(linker.stats().labels, "label") + ", " + Plural.of(linker.stats().candidates, "candidate"));
                    });
                }
            }
        } catch (TargetException e) {
            err.println("medvocab link: " + e.getMessage());
            return 1;
        }
        MappingSet set = linker.finish();
        try {
            writeAtomically(output, out -> SssomWriter.write(set, out));
            if (rdf != null) {
                Graph g = MappingGraph.build(set, linker.curies());
                writeAtomically(rdf, out -> MappingGraph.write(g, MappingGraph.prefixes(set), rdf, out));
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("medvocab link: " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var stats = linker.stats();
        if (!quiet) {
            StringBuilder counts = new StringBuilder();
            for (MatchPredicate p : MatchPredicate.values()) {
                int n = set.with(p).size();
                if (n > 0) counts.append(counts.length() == 0 ? "" : ", ").append(p.name().toLowerCase(Locale.ROOT)).append(' ').append(n);
            }
            err.printf(Locale.ROOT, "medvocab link: %s, %s, %s -> %s (%s) -> %s%s; %d flagged as ambiguous, %s; %.1f s%n",
                Plural.of(specs.size(), "target"), Plural.of(stats.labels, "label"), Plural.of(linker.index().concepts().size(), "concept"),
                Plural.of(set.mappings().size(), "mapping"), counts.length() == 0 ? "none" : counts, output, rdf == null ? "" : ", " + rdf,
                stats.flagged, Plural.of(stats.kindConflicts, "kind conflict"), seconds);
        }
        if (verbose) {
            err.printf(Locale.ROOT, "medvocab link: peak heap %.0f MB (max heap %d MiB)%n", org.medvocab.link.BenchLink.peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
            for (String f : stats.flags) err.println("  flagged: " + f);
            for (String c : stats.conflicts) err.println("  kind conflict (not linked): " + c);
        }
        if (gold != null) {
            try {
                Set<String> labels = new HashSet<>();
                for (VocabularyIndex.Concept c : linker.index().concepts()) labels.add(c.prefLabel());
                GoldEvaluation.Result r = GoldEvaluation.evaluate(set, GoldEvaluation.read(gold), labels);
                err.print(r.table());
                if (verbose) {
                    for (String m : r.misses()) err.println("  miss: " + m);
                    for (String f : r.falseHits()) err.println("  false: " + f);
                }
            } catch (IOException e) {
                err.println("medvocab link: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private static String taskName(String name) {
        if (name.startsWith("http")) return name;
        Path file = Path.of(name).getFileName();
        return file == null ? name : file.toString();
    }

    /** Writes to a temporary file next to the target, then moves it into place; '-' is standard output. */
    private static void writeAtomically(Path file, AtomicFile.Body body) throws IOException {
        if ("-".equals(file.toString())) {
            body.writeTo(System.out);
            System.out.flush();
            return;
        }
        try {
            AtomicFile.write(file, body);
        } catch (IOException | UncheckedIOException e) {
            throw new IOException(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}

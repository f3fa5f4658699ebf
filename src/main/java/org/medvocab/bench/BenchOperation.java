package org.medvocab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.medvocab.validate.Shapes;

/**
 * {@code medvocab bench}: generates its inputs (pages in both layouts, vocabularies of the sizes below, a target of
 * labels), runs each row of the scale table in fresh JVMs with the default heap (and the launcher's options for
 * {@code validate}, {@link #VALIDATE_JVM}, and {@code convert}, {@link #CONVERT_JVM}) and prints the median time, the peak
 * heap and the peak resident set, and for rows with a reference tool the reference's figures and the ratio, from
 * interleaved runs (ours, reference, ours, reference, …).
 */
public final class BenchOperation {

    /**
     * The JVM options the {@code medvocab} launcher gives {@code validate} (the serial collector, the JVM's default heap),
     * so that the validate rows measure what a user of {@code medvocab validate} gets; {@code BenchOperationTest} checks
     * that the launcher script says the same.
     */
    public static final List<String> VALIDATE_JVM = List.of("-XX:+UseSerialGC");

    /**
     * Inputs of {@code validate} smaller than this many bytes run on the client compiler alone (the launcher's
     * {@code small_input}, {@link #CLIENT_COMPILER}): a run of a few seconds does not repay the optimising compiler's work
     * on a 2-core machine (issue 14: 100k concepts, 284 MB, 7.5 s against 10.9 s; 300k concepts, 861 MB, 22.5 s both;
     * 1M concepts, 2.9 GB, 93 s against 61 s).
     */
    public static final long CLIENT_COMPILER_LIMIT = 512L * 1024 * 1024;

    /** The JVM option that stops compilation at the client compiler (C1). */
    public static final String CLIENT_COMPILER = "-XX:TieredStopAtLevel=1";

    /** The options the launcher gives {@code validate} for inputs of {@code bytes} bytes in all. */
    public static List<String> validateJvm(long bytes) {
        List<String> o = new ArrayList<>(VALIDATE_JVM);
        if (bytes < CLIENT_COMPILER_LIMIT) o.add(CLIENT_COMPILER);
        return o;
    }

    /** The heap the launcher gives {@code convert} (issue 14: the process stays under 1 GB at 10,000 pages). */
    public static final String CONVERT_HEAP = "-Xmx700m";

    /** The JVM options the launcher gives {@code convert} (the serial collector, {@link #CONVERT_HEAP}); {@code BenchCommandTest} checks them. */
    public static final List<String> CONVERT_JVM = List.of("-XX:+UseSerialGC", CONVERT_HEAP);

    /** The input sizes. */
    public record Sizes(int pages, int morePages, long linkConcepts, long concepts, long moreConcepts, long labels, int writes, int mixes) {
        public static final Sizes FULL = new Sizes(1_000, 10_000, 10_000, 100_000, 1_000_000, 1_000_000, 20, 50);
        public static final Sizes QUICK = new Sizes(20, 60, 300, 1_000, 3_000, 20_000, 2, 3);
    }

    /** Options: sizes, runs per row, working folder, the rows to run (empty: all), where the table and the log go. */
    public record Options(Sizes sizes, int runs, int threads, Path work, Set<String> only, PrintStream out, PrintStream log) {}

    /** The median seconds and the largest peaks over the runs of one side of a row; null fields when it failed. */
    public record Figure(double seconds, long peakHeap, long peakRss, String detail, boolean failed) {}

    /** One printed row. */
    public record RowResult(String id, String work, String command, Figure ours, Figure reference, String value, String target) {
        public Double ratio() {
            return reference == null || reference.failed() || ours.failed() ? null : ours.seconds() / reference.seconds();
        }
    }

    /** A row of the table: how to run our side and (optionally) the reference side, and how to state the figure. */
    private record Row(String id, String work, String command, String target, Function<Integer, List<String>> ours,
                       Function<Integer, List<String>> reference, Function<Figure, String> value) {}

    private final Options o;
    private final Map<String, Figure> done = new LinkedHashMap<>();
    private Path pages, morePages, vocab, moreVocab, linkVocab, shapesFile;
    private Path lastStore, lastReferenceStore;

    public BenchOperation(Options options) { this.o = options; }

    /** Generates the inputs and runs every selected row; returns the rows in table order. */
    public List<RowResult> run() {
        prepare();
        List<RowResult> results = new ArrayList<>();
        o.out().println("| work | command | median | peak heap | peak RSS | reference (median) | ratio | figure | target |");
        o.out().println("|---|---|---|---|---|---|---|---|---|");
        for (Row row : rows()) {
            if (!o.only().isEmpty() && !o.only().contains(row.id())) continue;
            RowResult r = runRow(row);
            results.add(r);
            o.out().println(format(r));
            o.out().flush();
        }
        return results;
    }

    private List<Row> rows() {
        Sizes s = o.sizes();
        String t = Integer.toString(o.threads());
        boolean quick = s.equals(Sizes.QUICK);
        String limit = quick ? "2" : "5";
        return List.of(
            new Row("convert", "convert " + s.pages() + " pages", "medvocab convert DIR -o OUT --force", "≥ 100 docs/s",
                i -> List.of("convert", pages.toString(), o.work().resolve("out-" + i + ".ttl").toString(), t), null,
                f -> String.format(Locale.ROOT, "%.1f docs/s", s.pages() / f.seconds())),
            new Row("convert-more", "convert " + s.morePages() + " pages", "medvocab convert DIR -o OUT --force",
                "cost per page ≤ 1.2× of " + s.pages() + "; peak memory < 1 GB",
                i -> List.of("convert", morePages.toString(), o.work().resolve("out-more-" + i + ".ttl").toString(), t), null,
                this::perPageRatio),
            new Row("validate", "validate " + s.concepts() + " concepts", "medvocab validate (library)", "< 10 s, < 1 GB",
                i -> List.of("validate", vocab.toString()), i -> List.of("ref-shacl", shapesFile.toString(), vocab.toString()), f -> ""),
            new Row("validate-more", "validate " + s.moreConcepts() + " concepts", "medvocab validate (library)", "< 2 min, default heap",
                i -> List.of("validate", moreVocab.toString()), null, f -> ""),
            new Row("load", "load " + s.concepts() + " concepts, empty database, to first answer", "medvocab serve's load",
                "≤ 1.3× tdbloader + textindexer, validation included",
                i -> List.of("load", (lastStore = freshDir("store-" + i)).toString(), vocab.toString()),
                i -> List.of("ref-load", (lastReferenceStore = freshDir("ref-store-" + i)).toString(), vocab.toString(),
                    QueryMix.writeAssembler(lastReferenceStore).toString()), f -> ""),
            new Row("write", "authenticated write of one concept, " + s.concepts() + "-concept store", "SPARQL update over HTTP",
                "< 200 ms", i -> List.of("write", store().toString(), Integer.toString(s.writes())), null, f -> ""),
            new Row("timeout", "query time limit " + limit + " s, " + s.concepts() + "-concept store, endless queries 4 at once",
                "SPARQL query over HTTP until its 503", "cancelled within 10 % of the limit",
                i -> List.of("timeout", store().toString(), quick ? "1" : "3", "4", limit), null, f -> ""),
            new Row("mix", "SPARQL mix, 1 client, " + s.concepts() + " concepts", "8 queries over HTTP", "within 1.05× of stock Fuseki",
                i -> List.of("mix", store().toString(), Integer.toString(s.mixes())),
                i -> List.of("ref-mix", referenceStore().toString(), Integer.toString(s.mixes())), f -> ""),
            new Row("link", "link " + s.linkConcepts() + " concepts against " + s.labels() + " labels", "medvocab bench-link",
                "< 20 s, heap < 512 MB",
                i -> List.of("link", linkVocab.toString(), Long.toString(s.labels()), freshDir("link-" + i).toString()), null, f -> ""));
    }

    /** The store of the last load run; loaded now when the load row was not run. */
    private Path store() {
        if (lastStore == null) child("load", 0, List.of("load", (lastStore = freshDir("store-0")).toString(), vocab.toString()));
        return lastStore;
    }

    private Path referenceStore() {
        if (lastReferenceStore == null) {
            Path d = lastReferenceStore = freshDir("ref-store-0");
            child("load-ref", 0, List.of("ref-load", d.toString(), vocab.toString(), QueryMix.writeAssembler(d).toString()));
        }
        return lastReferenceStore;
    }

    private String perPageRatio(Figure f) {
        Figure base = done.get("convert");
        double perPage = f.seconds() / o.sizes().morePages();
        if (base == null || base.failed()) return String.format(Locale.ROOT, "%.2f ms/page", perPage * 1000);
        double basePerPage = base.seconds() / o.sizes().pages();
        return String.format(Locale.ROOT, "%.2f ms/page = %.2f× of %d pages", perPage * 1000, perPage / basePerPage, o.sizes().pages());
    }

    private RowResult runRow(Row row) {
        List<Figure> ours = new ArrayList<>(), ref = new ArrayList<>();
        for (int i = 0; i < o.runs(); i++) {
            ours.add(child(row.id(), i, row.ours().apply(i)));
            if (row.reference() != null) ref.add(child(row.id() + "-ref", i, row.reference().apply(i)));
        }
        Figure f = summarise(ours), rf = row.reference() == null ? null : summarise(ref);
        done.put(row.id(), f);
        return new RowResult(row.id(), row.work(), row.command(), f, rf, f.failed() ? "failed" : row.value().apply(f), row.target());
    }

    private static Figure summarise(List<Figure> runs) {
        List<Figure> ok = runs.stream().filter(f -> !f.failed()).toList();
        if (ok.isEmpty()) return runs.get(0);
        double[] s = ok.stream().mapToDouble(Figure::seconds).sorted().toArray();
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return new Figure(median, ok.stream().mapToLong(Figure::peakHeap).max().orElse(0),
            ok.stream().mapToLong(Figure::peakRss).max().orElse(0), ok.get(ok.size() - 1).detail(), false);
    }

    /** The bytes of the regular files among a command's arguments, as the launcher counts them. */
    static long inputBytes(List<String> args) {
        long n = 0;
        for (String a : args) {
            Path p = Path.of(a);
            try {
                if (Files.isRegularFile(p)) n += Files.size(p);
            } catch (java.io.IOException | RuntimeException e) {
                // not a file the run reads: the launcher does not count it either
            }
        }
        return n;
    }

    /** One run in a fresh JVM with the default heap. */
    private Figure child(String id, int run, List<String> args) {
        Path result = o.work().resolve("result-" + id + "-" + run + ".txt");
        Path log = o.work().resolve("log-" + id + "-" + run + ".txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (args.get(0).equals("validate")) cmd.addAll(validateJvm(inputBytes(args.subList(1, args.size()))));
        if (args.get(0).equals("convert")) cmd.addAll(CONVERT_JVM);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchTasks.class.getName(), args.get(0), result.toString()));
        cmd.addAll(args.subList(1, args.size()));
        o.log().println("bench: " + id + " run " + (run + 1) + ": " + String.join(" ", args));
        try {
            Files.deleteIfExists(result);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = p.waitFor();
            if (exit != 0 || !Files.exists(result)) {
                return new Figure(0, 0, 0, "failed (exit " + exit + ", see " + log + ")", true);
            }
            String[] f = Files.readString(result).strip().split(" ", 4);
            return new Figure(Double.parseDouble(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), f.length > 3 ? f[3] : "", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void prepare() {
        Sizes s = o.sizes();
        try {
            Files.createDirectories(o.work());
            o.log().println("bench: generating inputs in " + o.work());
            // only the inputs of the rows asked for (the 1M-concept vocabulary alone takes minutes to write)
            if (wanted("convert")) pages = SyntheticPages.write(o.work().resolve("pages-" + s.pages()), s.pages(), 1);
            if (wanted("convert-more")) morePages = SyntheticPages.write(o.work().resolve("pages-" + s.morePages()), s.morePages(), 1);
            if (wanted("validate", "load", "write", "timeout", "mix")) vocab = vocabulary(s.concepts());
            if (wanted("validate-more")) moreVocab = vocabulary(s.moreConcepts());
            if (wanted("link")) linkVocab = vocabulary(s.linkConcepts());
            shapesFile = o.work().resolve("shapes.ttl");
            try (var out = Files.newOutputStream(shapesFile)) {
                RDFDataMgr.write(out, Shapes.defaults(), RDFFormat.TURTLE_PRETTY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether one of the rows is run. */
    private boolean wanted(String... rows) {
        if (o.only().isEmpty()) return true;
        for (String r : rows) if (o.only().contains(r)) return true;
        return false;
    }

    private Path vocabulary(long n) {
        Path f = o.work().resolve("vocab-" + n + ".nt");
        if (!Files.exists(f)) SyntheticVocabulary.write(f, n, 11);
        return f;
    }

    private Path freshDir(String name) {
        Path d = o.work().resolve(name);
        try {
            if (Files.exists(d)) {
                try (var w = Files.walk(d)) {
                    w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(d);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(RowResult r) {
        Figure f = r.ours(), rf = r.reference();
        String ref = rf == null ? "—" : rf.failed() ? rf.detail() : String.format(Locale.ROOT, "%s; heap %s; RSS %s%s",
            time(rf.seconds()), mb(rf.peakHeap()), mb(rf.peakRss()), rf.detail().startsWith("CPU ") ? "; " + rf.detail().split(";")[0] : "");
        Double ratio = r.ratio();
        return String.join(" | ", Arrays.asList("| " + r.work(), "`" + r.command() + "`",
            f.failed() ? f.detail() : time(f.seconds()), f.failed() ? "" : mb(f.peakHeap()), f.failed() ? "" : mb(f.peakRss()),
            ref, ratio == null ? "—" : String.format(Locale.ROOT, "%.2f×", ratio),
            r.value() + (f.failed() || f.detail().isEmpty() ? "" : " (" + f.detail() + ")"), r.target() + " |"));
    }

    private static String time(double s) {
        return s < 1 ? String.format(Locale.ROOT, "%.1f ms", s * 1000) : String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}

package org.medvocab.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A target as given on the command line, and the reader for it.
 *
 * <p>Two spellings: {@code FILE} or {@code FILE:PREFIX} (the prefix goes in front of ids that have none), or a list
 * of {@code key=value} options separated by commas:
 *
 * <pre>
 *   file=PATH | endpoint=URL   what to read (one of them)
 *   format=rdf|obo|table|sssom  default: from the file name (.nt .ttl .rdf .owl .jsonld ... rdf; .obo; .sssom.tsv;
 *                               .tsv .csv .psv .txt table; a .tsv whose first line is a SSSOM metadata block: sssom)
 *   prefix=P                    CURIE prefix of the target's ids (tables: put in front of ids without one)
 *   namespace=IRI               the namespace P stands for (RDF and endpoints, when not a known prefix)
 *   source=CURIE|IRI            SSSOM object_source (default: the ontology the file declares, else the file)
 *   kind=K                      kind of every term: device, procedure, condition, anatomy, mechanism, substance
 *   tables:
 *   id=COLUMN, label=COLUMN     header name or 1-based number (default 1 and 2)
 *   delimiter=tab|comma|pipe|semicolon|C   default: tab (.csv comma, .psv pipe; .txt: the most frequent in line 1)
 *   encoding=NAME               default UTF-8 (ISO-8859-1 for Latin-1 files)
 *   quote=none|strip|csv        default strip (csv for .csv)
 *   header=yes|no               default: yes when a column is given by name or line 1's id cell has no digit
 *   kind-column=COLUMN          MeSH tree numbers or kind names, per row
 *   prefix-column=COLUMN        each row's prefix (tables that mix vocabularies)
 *   id-pattern=REGEX            skip rows whose id does not match (a regex without commas, or use --id-pattern)
 *   endpoints:
 *   query=FILE                  a SELECT binding ?id and ?label (and optionally ?property)
 * </pre>
 */
public final class TargetSpec {
    private static final Set<String> KEYS = Set.of("file", "endpoint", "format", "prefix", "namespace", "source", "kind",
        "id", "label", "delimiter", "encoding", "quote", "header", "kind-column", "prefix-column", "query", "id-pattern");

    private final Map<String, String> options;

    private TargetSpec(Map<String, String> options) {
        this.options = options;
    }

    /** The options, in the order given. */
    public Map<String, String> options() { return java.util.Collections.unmodifiableMap(options); }

    public String get(String key) { return options.get(key); }

    /** A copy with one more option (a later value wins). */
    public TargetSpec with(String key, String value) {
        if (!KEYS.contains(key)) throw new IllegalArgumentException("unknown target option '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
        Map<String, String> o = new LinkedHashMap<>(options);
        o.put(key, value);
        return new TargetSpec(o);
    }

    /** A target that is a SPARQL endpoint. */
    public static TargetSpec endpoint(String url) {
        if (url.contains("=") && !url.startsWith("http")) return parse(url);
        Map<String, String> o = new LinkedHashMap<>();
        o.put("endpoint", url);
        return new TargetSpec(o);
    }

    /** Parses {@code FILE}, {@code FILE:PREFIX} or {@code key=value,...}. */
    public static TargetSpec parse(String spec) {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("empty target");
        Map<String, String> o = new LinkedHashMap<>();
        String first = spec.split(",", 2)[0];
        boolean keyed = first.contains("=") && KEYS.contains(first.substring(0, first.indexOf('=')).strip()) && !Files.exists(Path.of(spec));
        if (keyed) {
            for (String part : spec.split(",")) {
                if (part.isBlank()) continue;
                int eq = part.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("target option '" + part + "' is not key=value (in '" + spec + "')");
                String k = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (!KEYS.contains(k)) {
                    throw new IllegalArgumentException("unknown target option '" + k + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                }
                o.put(k, part.substring(eq + 1).strip());
            }
            if (!o.containsKey("file") && !o.containsKey("endpoint")) throw new IllegalArgumentException("target '" + spec + "' has no file= or endpoint=");
        } else if (spec.startsWith("http://") || spec.startsWith("https://")) {
            o.put("endpoint", spec);
        } else {
            int colon = spec.lastIndexOf(':');
            if (colon > 0 && !Files.exists(Path.of(spec)) && Curies.isPrefixName(spec.substring(colon + 1))
                && spec.substring(colon + 1).indexOf('/') < 0) {
                o.put("file", spec.substring(0, colon));
                o.put("prefix", spec.substring(colon + 1));
            } else {
                o.put("file", spec);
            }
        }
        return new TargetSpec(o);
    }

    /** A readable name for messages. */
    public String name() {
        return options.containsKey("file") ? options.get("file") : options.get("endpoint");
    }

    /** The reader for this target. */
    public TargetReader reader(Curies curies) {
        Set<Kind> kind = options.containsKey("kind") ? Kind.of(Kind.parse(options.get("kind"))) : Kind.none();
        String prefix = options.get("prefix");
        if (prefix != null && !Curies.isPrefixName(prefix)) throw new IllegalArgumentException("'" + prefix + "' is not a valid CURIE prefix");
        String source = options.get("source");
        if (source != null) source = source.startsWith("http://") || source.startsWith("https://") ? curies.curieFor(source) : source;
        if (options.containsKey("endpoint")) {
            String query = null;
            if (options.containsKey("query")) {
                try {
                    query = Files.readString(Path.of(options.get("query")), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new TargetException(options.get("query"), -1, "cannot be read (" + e.getMessage() + ")");
                }
            }
            return new SparqlEndpointReader(options.get("endpoint"), query, prefix, options.get("namespace"), kind, source, curies);
        }
        Path file = Path.of(options.get("file"));
        TextLines.check(file);
        String format = options.getOrDefault("format", "auto").toLowerCase(Locale.ROOT);
        if (format.equals("auto")) format = detect(file);
        return switch (format) {
            case "rdf", "owl", "skos", "turtle", "ntriples", "rdfxml" -> new RdfTargetReader(file, prefix, options.get("namespace"), kind, source, curies);
            case "obo" -> new OboTargetReader(file, kind, source, curies);
            case "sssom" -> new SssomReader(file, source, curies);
            case "table", "tsv", "csv", "psv", "delimited" -> new DelimitedTargetReader(file, tableOptions(file, format, source), curies);
            default -> throw new IllegalArgumentException("unknown format '" + format + "' for " + file + " (expected rdf, obo, table or sssom)");
        };
    }

    private DelimitedTargetReader.Options tableOptions(Path file, String format, String source) {
        DelimitedTargetReader.Options d = DelimitedTargetReader.Options.forFile(file);
        char delimiter = d.delimiter();
        if (format.equals("csv")) delimiter = ',';
        if (format.equals("psv")) delimiter = '|';
        if (options.containsKey("delimiter")) delimiter = delimiter(options.get("delimiter"));
        else if (lower(file).endsWith(".txt") || lower(file).endsWith(".txt.gz")) delimiter = sniff(file, delimiter);
        Charset enc = d.encoding();
        if (options.containsKey("encoding")) {
            try {
                enc = Charset.forName(options.get("encoding"));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("unknown encoding '" + options.get("encoding") + "'");
            }
        }
        DelimitedTargetReader.Quote quote = delimiter == ',' && !options.containsKey("quote") ? DelimitedTargetReader.Quote.CSV : d.quote();
        if (options.containsKey("quote")) {
            quote = switch (options.get("quote").toLowerCase(Locale.ROOT)) {
                case "none", "off", "false" -> DelimitedTargetReader.Quote.NONE;
                case "strip" -> DelimitedTargetReader.Quote.STRIP;
                case "csv", "rfc4180" -> DelimitedTargetReader.Quote.CSV;
                default -> throw new IllegalArgumentException("quote must be none, strip or csv, not '" + options.get("quote") + "'");
            };
        }
        Boolean header = null;
        if (options.containsKey("header")) {
            String h = options.get("header").toLowerCase(Locale.ROOT);
            header = h.equals("yes") || h.equals("true") || h.equals("1");
            if (!header && !(h.equals("no") || h.equals("false") || h.equals("0"))) throw new IllegalArgumentException("header must be yes or no, not '" + h + "'");
        }
        Kind kind = options.containsKey("kind") ? Kind.parse(options.get("kind")) : null;
        return new DelimitedTargetReader.Options(options.get("id"), options.get("label"), options.get("prefix"),
            options.get("prefix-column"), delimiter, enc, quote, header, kind, options.get("kind-column"), source, idPattern());
    }

    private java.util.regex.Pattern idPattern() {
        String p = options.get("id-pattern");
        if (p == null) return null;
        try {
            return java.util.regex.Pattern.compile(p);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("id-pattern '" + p + "' is not a valid regular expression");
        }
    }

    private static String lower(Path p) { return p.getFileName().toString().toLowerCase(Locale.ROOT); }

    /** The delimiter named by an option value. */
    static char delimiter(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "tab", "\\t", "\t" -> '\t';
            case "comma" -> ',';
            case "pipe", "|" -> '|';
            case "semicolon", ";" -> ';';
            case "space" -> ' ';
            default -> {
                if (v.length() == 1) yield v.charAt(0);
                throw new IllegalArgumentException("delimiter must be tab, comma, pipe, semicolon or one character, not '" + v + "'");
            }
        };
    }

    /** The most frequent of tab, pipe, comma and semicolon in the first line (tab when none). */
    private static char sniff(Path file, char fallback) {
        String line = firstLine(file);
        if (line == null) return fallback;
        char best = fallback;
        long most = 0;
        for (char c : new char[] {'\t', '|', ',', ';'}) {
            long n = line.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    private static String firstLine(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = lower(file).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String l;
            while ((l = r.readLine()) != null) if (!l.isBlank()) return l;
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The format of a file from its name and, for .tsv, its first line. */
    static String detect(Path file) {
        String n = lower(file);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".sssom.tsv") || n.endsWith(".sssom.csv")) return "sssom";
        if (n.endsWith(".obo")) return "obo";
        if (n.endsWith(".tsv") || n.endsWith(".csv") || n.endsWith(".psv") || n.endsWith(".txt") || n.endsWith(".tab")) {
            String l = firstLine(file);
            if (l != null && (l.startsWith("#curie_map") || l.startsWith("# curie_map") || l.startsWith("#mapping_set")
                || l.startsWith("subject_id\t") && l.contains("object_id"))) return "sssom";
            return "table";
        }
        if (RdfTargetReader.lang(file) != null) return "rdf";
        throw new IllegalArgumentException("cannot tell the format of " + file + " from its name; give format=rdf, obo, table or sssom");
    }

    /** A file name as a CURIE local part (letters, digits, '.', '_', '-'). */
    public static String slug(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return s.isEmpty() ? "target" : s;
    }

    /** Parses several specs. */
    public static List<TargetSpec> parseAll(List<String> specs) {
        return specs.stream().map(TargetSpec::parse).toList();
    }
}

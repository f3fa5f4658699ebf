package org.medvocab.link;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Streams a delimited table (TSV, CSV, pipe-separated) row by row: one label per row, from an id column and a label
 * column. Consecutive rows with the same id and label (files that repeat a term once per cross-reference or per
 * tree number) give one label.
 *
 * <p>Columns are given by header name or by 1-based number. Quote handling is chosen per file: {@code none} (split
 * on every delimiter; needed for files with stray quote characters, such as the FDA product classification file),
 * {@code strip} (split on every delimiter, then remove one pair of double quotes around a whole field; the default
 * except for .csv) or {@code csv} (RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks; the
 * default for .csv).
 */
public final class DelimitedTargetReader implements TargetReader {

    /** Quote handling of a table. */
    public enum Quote { NONE, STRIP, CSV }

    /**
     * Options of a table target.
     *
     * @param idColumn     header name or 1-based number of the id column (default: column 1)
     * @param labelColumn  header name or 1-based number of the label column (default: column 2)
     * @param prefix       CURIE prefix put in front of ids that have none, or null
     * @param prefixColumn a column holding each row's prefix (a table of mixed vocabularies), or null
     * @param delimiter    the field separator
     * @param encoding     the character encoding
     * @param quote        quote handling
     * @param header       whether the first line is a header; null to decide (a header is assumed when a column is
     *                     given by name, or when the first line's id cell holds no digit)
     * @param kind         a kind for every row, or null
     * @param kindColumn   a column of MeSH tree numbers or kind names, or null
     * @param source       SSSOM object_source, or null for the file
     * @param idPattern    a regular expression the raw id must match; other rows are skipped (for tables with a few
     *                     rows of another sort, such as relation names at the end of a term list), or null
     */
    public record Options(String idColumn, String labelColumn, String prefix, String prefixColumn, char delimiter,
                          Charset encoding, Quote quote, Boolean header, Kind kind, String kindColumn, String source,
                          java.util.regex.Pattern idPattern) {
        public Options {
            if (idColumn == null || idColumn.isBlank()) idColumn = "1";
            if (labelColumn == null || labelColumn.isBlank()) labelColumn = "2";
            if (encoding == null) encoding = StandardCharsets.UTF_8;
            if (quote == null) quote = Quote.STRIP;
        }

        /** Defaults for a file: delimiter and quoting from its extension. */
        public static Options forFile(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
            char d = n.endsWith(".csv") ? ',' : n.endsWith(".psv") ? '|' : '\t';
            return new Options(null, null, null, null, d, StandardCharsets.UTF_8, n.endsWith(".csv") ? Quote.CSV : Quote.STRIP,
                null, null, null, null, null);
        }
    }

    private final Path file;
    private final Options o;
    private final Curies curies;
    private final String source;
    private final Map<String, Set<Kind>> kinds = new HashMap<>();
    private long rows;
    private long labels;
    private long skipped;

    public DelimitedTargetReader(Path file, Options options, Curies curies) {
        this.file = file;
        this.o = options;
        this.curies = curies;
        this.source = options.source() != null ? options.source() : "medvocab.target:" + TargetSpec.slug(file.getFileName().toString());
    }

    @Override public String name() { return file.toString(); }

    @Override public String source() { return source; }

    @Override public boolean sourceDeclared() { return o.source() != null; }

    /** Data rows read by the last {@link #read}. */
    public long rows() { return rows; }

    /** Rows skipped by the last {@link #read} because their id does not match the id pattern. */
    public long skipped() { return skipped; }

    /** Labels emitted by the last {@link #read}. */
    public long labels() { return labels; }

    @Override public Set<Kind> kindOf(String id) {
        Set<Kind> k = kinds.get(id);
        return k != null ? k : Kind.none();
    }

    @Override public void read(TargetSink sink) {
        TextLines.check(file);
        rows = 0;
        labels = 0;
        skipped = 0;
        try (TextLines in = new TextLines(file, o.encoding())) {
            List<String> first = record(in);
            if (first == null) throw new TargetException(name(), -1, "empty file");
            long firstLine = in.line();
            boolean byName = !isNumber(o.idColumn()) || !isNumber(o.labelColumn())
                || o.kindColumn() != null && !isNumber(o.kindColumn()) || o.prefixColumn() != null && !isNumber(o.prefixColumn());
            boolean header = o.header() != null ? o.header() : byName || looksLikeHeader(first);
            List<String> names = header ? first : null;
            int idCol = column(o.idColumn(), names, "id", firstLine);
            int labelCol = column(o.labelColumn(), names, "label", firstLine);
            int kindCol = o.kindColumn() == null ? -1 : column(o.kindColumn(), names, "kind", firstLine);
            int prefixCol = o.prefixColumn() == null ? -1 : column(o.prefixColumn(), names, "prefix", firstLine);
            int need = Math.max(Math.max(idCol, labelCol), Math.max(kindCol, prefixCol)) + 1;
            Set<Kind> fixed = Kind.of(o.kind());
            String lastId = null;
            String lastLabel = null;
            List<String> row = header ? record(in) : first;
            long lastReport = 0;
            while (row != null) {
                long line = in.line();
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows++;
                    if (row.size() < need) {
                        throw new TargetException(name(), line, row.size() + " column" + (row.size() == 1 ? "" : "s")
                            + ", expected at least " + need + " (" + describe(idCol, labelCol, names) + ")"
                            + (o.delimiter() == '\t' ? "" : "; delimiter '" + o.delimiter() + "'"));
                    }
                    String rawId = row.get(idCol).strip();
                    String label = row.get(labelCol).strip();
                    if (o.idPattern() != null && !o.idPattern().matcher(rawId).matches()) {
                        skipped++;
                    } else if (!rawId.isEmpty() && !label.isEmpty()) {
                        String id = id(rawId, prefixCol >= 0 ? row.get(prefixCol).strip() : null, line);
                        Set<Kind> hint = fixed;
                        if (kindCol >= 0) {
                            Kind k = KindRules.ofCell(row.get(kindCol));
                            if (k != null) {
                                Set<Kind> merged = Kind.union(kinds.getOrDefault(id, Kind.none()), Kind.of(k));
                                kinds.put(id, merged);
                                hint = Kind.union(hint, merged);
                            }
                        }
                        if (hint.isEmpty()) hint = KindRules.ofPrefix(id);
                        if (!id.equals(lastId) || !label.equals(lastLabel)) {
                            LabelRole role = LabelRole.PREFERRED;
                            if (id.equals(lastId)) role = LabelRole.SYNONYM;
                            sink.label(new TargetLabel(id, label, Scope.EXACT, hint, source, role, "rdfs:label"));
                            labels++;
                            lastId = id;
                            lastLabel = label;
                        }
                    }
                }
                if ((rows & 0x3FF) == 0 && in.bytesRead() - lastReport > (1 << 18)) {
                    lastReport = in.bytesRead();
                    sink.progress(lastReport, in.size());
                }
                row = record(in);
            }
            sink.progress(in.size(), in.size());
        }
    }

    /** The prefix part of an id that is already a CURIE. */
    private static final java.util.regex.Pattern ID_PREFIX = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private String id(String raw, String rowPrefix, long line) {
        if (raw.startsWith("http://") || raw.startsWith("https://")) return curies.compress(raw);
        int colon = raw.indexOf(':');
        if (colon > 0 && ID_PREFIX.matcher(raw).region(0, colon).matches()) {
            return Curies.canonicalPrefix(raw.substring(0, colon)) + raw.substring(colon);
        }
        String p = rowPrefix != null && !rowPrefix.isEmpty() ? rowPrefix : o.prefix();
        if (p == null) {
            throw new TargetException(name(), line, "id '" + raw + "' has no prefix: give the target a prefix (file.tsv:PREFIX or prefix=PREFIX)");
        }
        return Curies.canonicalPrefix(p) + ":" + raw;
    }

    private static String describe(int idCol, int labelCol, List<String> names) {
        return "id column " + (names != null ? names.get(idCol) + " = " : "") + (idCol + 1) + ", label column "
            + (names != null ? names.get(labelCol) + " = " : "") + (labelCol + 1);
    }

    private int column(String spec, List<String> names, String what, long line) {
        if (isNumber(spec)) {
            int c = Integer.parseInt(spec.strip()) - 1;
            if (c < 0) throw new TargetException(name(), -1, what + " column must be 1 or more, not " + spec);
            return c;
        }
        if (names == null) throw new TargetException(name(), line, what + " column '" + spec + "' given by name but the file has no header");
        for (int i = 0; i < names.size(); i++) if (names.get(i).strip().equalsIgnoreCase(spec.strip())) return i;
        throw new TargetException(name(), line, "no " + what + " column '" + spec + "' in the header (columns: "
            + String.join(", ", names.stream().map(String::strip).toList()) + ")");
    }

    private static boolean isNumber(String s) {
        return s != null && s.strip().matches("\\d+");
    }

    private boolean looksLikeHeader(List<String> first) {
        int idCol = isNumber(o.idColumn()) ? Integer.parseInt(o.idColumn().strip()) - 1 : 0;
        if (idCol < 0 || idCol >= first.size()) return false;
        String cell = first.get(idCol);
        for (int i = 0; i < cell.length(); i++) if (Character.isDigit(cell.charAt(i))) return false;
        return true;
    }

    /** The next record's fields, or null at the end. */
    private List<String> record(TextLines in) {
        if (o.quote() == Quote.CSV) return csvRecord(in);
        String line = in.next();
        if (line == null) return null;
        List<String> out = new ArrayList<>();
        char d = o.delimiter();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == d) {
                String f = line.substring(start, i);
                if (o.quote() == Quote.STRIP && f.length() >= 2 && f.charAt(0) == '"' && f.charAt(f.length() - 1) == '"') {
                    f = f.substring(1, f.length() - 1).replace("\"\"", "\"");
                }
                out.add(f);
                start = i + 1;
            }
        }
        return out;
    }

    private List<String> csvRecord(TextLines in) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        long startLine = in.line() + 1;
        boolean quoted = false;
        boolean any = false;
        boolean fieldStart = true;
        char d = o.delimiter();
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (quoted) throw new TargetException(name(), startLine, "quoted field not closed before the end of the file");
                if (!any) return null;
                out.add(f.toString());
                return out;
            }
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int n = in.read();
                    if (n == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        if (n >= 0) in.unread(n);
                    }
                } else {
                    f.append(ch);
                }
                continue;
            }
            if (ch == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (ch == d) {
                out.add(f.toString());
                f.setLength(0);
                fieldStart = true;
            } else if (ch == '\n') {
                out.add(stripCr(f));
                return out;
            } else {
                f.append(ch);
                fieldStart = false;
            }
        }
    }

    private static String stripCr(StringBuilder f) {
        int n = f.length();
        return n > 0 && f.charAt(n - 1) == '\r' ? f.substring(0, n - 1) : f.toString();
    }
}

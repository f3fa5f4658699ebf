package org.medvocab.link;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an existing SSSOM/TSV mapping set (embedded YAML metadata block, then the TSV section). It streams
 * <ul>
 *   <li>the labels of both sides of every mapping ({@code subject_id}/{@code subject_label} and
 *       {@code object_id}/{@code object_label}), so that the set can serve as a target of labels, and</li>
 *   <li>every SKOS mapping (and {@code owl:equivalentClass} as exact, {@code rdfs:subClassOf} as broad) as an
 *       {@link ExistingMapping}, for reuse (a row about one of the vocabulary's own concepts, for example a curated
 *       file, is carried over; {@code predicate_modifier: Not} suppresses a pair) and for chaining (concept
 *       exactMatch X, X exactMatch Y in the set, so concept exactMatch Y, justified by {@code semapv:MappingChaining}).</li>
 * </ul>
 * Identifiers are expanded with the set's {@code curie_map} and written with medvocab's canonical prefixes
 * ({@code mesh:D007515} becomes {@code MESH:D007515}). An identifier whose prefix is neither in the {@code curie_map}
 * nor a well-known one is an error, as the SSSOM specification requires.
 */
public final class SssomReader implements TargetReader {
    private final Path file;
    private final String sourceOverride;
    private final Curies curies;
    private String source;
    private final Map<String, String> curieMap = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Map<String, List<String>> listMetadata = new LinkedHashMap<>();
    private long mappings;

    public SssomReader(Path file, String source, Curies curies) {
        this.file = file;
        this.sourceOverride = source;
        this.curies = curies;
        this.source = source != null ? source : "medvocab.target:" + TargetSpec.slug(file.getFileName().toString());
    }

    @Override public String name() { return file.toString(); }

    @Override public String source() { return source; }

    @Override public boolean sourceDeclared() { return sourceOverride != null; }

    /** The set's curie_map, after {@link #read}. */
    public Map<String, String> curieMap() { return curieMap; }

    /** Top-level scalar metadata (mapping_set_id, license, ...), after {@link #read}. */
    public Map<String, String> metadata() { return metadata; }

    /** Top-level list metadata (cardinality_scope, creator_id, ...), after {@link #read}. */
    public Map<String, List<String>> listMetadata() { return listMetadata; }

    /** Mapping rows read. */
    public long mappings() { return mappings; }

    @Override public Set<Kind> kindOf(String id) { return KindRules.ofPrefix(id); }

    @Override public void read(TargetSink sink) {
        TextLines.check(file);
        mappings = 0;
        try (TextLines in = new TextLines(file, StandardCharsets.UTF_8)) {
            String line;
            String block = null;
            int indent = -1;
            List<String> header = null;
            while ((line = in.next()) != null) {
                if (line.startsWith("#")) {
                    String y = line.substring(1);
                    if (y.isBlank()) continue;
                    if (indent < 0) indent = y.length() - y.stripLeading().length();
                    int lead = y.length() - y.stripLeading().length();
                    String t = y.strip();
                    boolean top = lead <= indent;
                    int c = t.indexOf(':');
                    if (top) {
                        if (c <= 0) continue;
                        String key = t.substring(0, c).strip();
                        String value = unquote(t.substring(c + 1).strip());
                        block = value.isEmpty() ? key : null;
                        if (!value.isEmpty()) metadata.put(key, value);
                    } else if ("curie_map".equals(block) && c > 0 && !t.startsWith("-")) {
                        curieMap.put(t.substring(0, c).strip(), unquote(t.substring(c + 1).strip()));
                    } else if (block != null && t.startsWith("- ")) {
                        listMetadata.computeIfAbsent(block, k -> new ArrayList<>()).add(unquote(t.substring(2).strip()));
                    }
                    continue;
                }
                if (line.isBlank()) continue;
                header = split(line, in);
                break;
            }
            if (header == null) throw new TargetException(name(), -1, "no TSV section (no header line after the metadata block)");
            long headerLine = in.line();
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) col.put(header.get(i).strip(), i);
            for (String required : List.of("subject_id", "predicate_id", "object_id")) {
                if (!col.containsKey(required)) {
                    throw new TargetException(name(), headerLine, "no " + required + " column in the SSSOM header (columns: " + String.join(", ", header) + ")");
                }
            }
            String setId = metadata.get("mapping_set_id");
            if (sourceOverride == null && setId != null) source = curies.curieFor(setId);
            while ((line = in.next()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                long n = in.line();
                List<String> row = split(line, in);
                if (row.size() < header.size() && row.size() < 3) {
                    throw new TargetException(name(), n, row.size() + " columns, expected " + header.size());
                }
                String s = id(get(row, col, "subject_id"), n);
                String o = id(get(row, col, "object_id"), n);
                String p = get(row, col, "predicate_id").strip();
                String sl = get(row, col, "subject_label").strip();
                String ol = get(row, col, "object_label").strip();
                if (s.isEmpty() || o.isEmpty() || p.isEmpty()) throw new TargetException(name(), n, "empty subject_id, predicate_id or object_id");
                if (!sl.isEmpty()) sink.label(new TargetLabel(s, sl, Scope.EXACT, KindRules.ofPrefix(s), source, LabelRole.PREFERRED, "rdfs:label"));
                if (!ol.isEmpty()) sink.label(new TargetLabel(o, ol, Scope.EXACT, KindRules.ofPrefix(o), source, LabelRole.PREFERRED, "rdfs:label"));
                MatchPredicate mp = predicate(p);
                if (mp != null) {
                    String conf = get(row, col, "confidence").strip();
                    double c = Double.NaN;
                    if (!conf.isEmpty()) {
                        try {
                            c = Double.parseDouble(conf);
                        } catch (NumberFormatException e) {
                            throw new TargetException(name(), n, "confidence '" + conf + "' is not a number");
                        }
                    }
                    String just = get(row, col, "mapping_justification").strip();
                    boolean not = get(row, col, "predicate_modifier").strip().equalsIgnoreCase("Not");
                    sink.mapping(new ExistingMapping(s, sl, mp, o, ol, just.isEmpty() ? "" : curies.canonical(just), c, not, source));
                }
                mappings++;
                if ((mappings & 0xFF) == 0) sink.progress(in.bytesRead(), in.size());
            }
            sink.progress(in.size(), in.size());
        }
    }

    private static MatchPredicate predicate(String p) {
        MatchPredicate mp = MatchPredicate.fromId(p);
        if (mp != null) return mp;
        return switch (p) {
            case "owl:equivalentClass", "http://www.w3.org/2002/07/owl#equivalentClass" -> MatchPredicate.EXACT;
            case "rdfs:subClassOf", "http://www.w3.org/2000/01/rdf-schema#subClassOf" -> MatchPredicate.BROAD;
            default -> null;
        };
    }

    private String id(String raw, long line) {
        String s = raw.strip();
        if (s.startsWith("http://") || s.startsWith("https://")) return curies.curieFor(s);
        int c = s.indexOf(':');
        if (c <= 0) throw new TargetException(name(), line, "'" + s + "' is not a CURIE");
        String p = s.substring(0, c);
        String ns = curieMap.get(p);
        if (ns == null) ns = curies.namespace(p);
        if (ns == null || !curieMap.containsKey(p) && !curies.isWellKnown(p)) {
            throw new TargetException(name(), line, "prefix '" + p + "' of " + s + " is not declared in the curie_map");
        }
        return curies.curieFor(ns + s.substring(c + 1));
    }

    private static String get(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.size() ? "" : row.get(i);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** Splits a TSV line with SSSOM quoting (a quoted value may hold tabs, doubled quotes and line breaks). */
    private List<String> split(String line, TextLines in) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        String s = line;
        int i = 0;
        boolean quoted = false;
        boolean start = true;
        while (true) {
            if (i >= s.length()) {
                if (quoted) {
                    String next = in.next();
                    if (next == null) throw new TargetException(name(), in.line(), "quoted value not closed");
                    f.append('\n');
                    s = next;
                    i = 0;
                    continue;
                }
                out.add(f.toString());
                return out;
            }
            char ch = s.charAt(i++);
            if (quoted) {
                if (ch == '"') {
                    if (i < s.length() && s.charAt(i) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    f.append(ch);
                }
            } else if (ch == '"' && start) {
                quoted = true;
                start = false;
            } else if (ch == '\t') {
                out.add(f.toString());
                f.setLength(0);
                start = true;
            } else {
                f.append(ch);
                start = false;
            }
        }
    }
}

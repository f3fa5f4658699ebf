package org.medvocab.link;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes a mapping set as SSSOM/TSV: a YAML metadata block (every line starting with {@code #}; {@code curie_map}
 * first, with every prefix the set uses, sorted), then one header line and one row per mapping. Columns with no
 * value in any row are left out; values holding tabs, line breaks or quotes are quoted. The output is
 * deterministic: the same mapping set gives the same bytes.
 */
public final class SssomWriter {
    private SssomWriter() {}

    /** The version of the SSSOM specification the output follows ({@code cardinality_scope} is new in 1.1). */
    public static final String SSSOM_VERSION = "1.1";

    /** The columns, in the order of the SSSOM Mapping class, with how to read each from a row. */
    private static final Map<String, Function<Mapping, String>> COLUMNS = new LinkedHashMap<>();
    static {
        COLUMNS.put("subject_id", Mapping::subjectId);
        COLUMNS.put("subject_label", Mapping::subjectLabel);
        COLUMNS.put("subject_category", Mapping::subjectCategory);
        COLUMNS.put("predicate_id", m -> m.predicate().curie());
        COLUMNS.put("object_id", Mapping::objectId);
        COLUMNS.put("object_label", Mapping::objectLabel);
        COLUMNS.put("object_category", Mapping::objectCategory);
        COLUMNS.put("mapping_justification", Mapping::justification);
        COLUMNS.put("object_source", Mapping::objectSource);
        COLUMNS.put("object_source_version", Mapping::objectSourceVersion);
        COLUMNS.put("mapping_cardinality", Mapping::cardinality);
        COLUMNS.put("confidence", m -> number(m.confidence()));
        COLUMNS.put("subject_match_field", Mapping::subjectMatchField);
        COLUMNS.put("object_match_field", Mapping::objectMatchField);
        COLUMNS.put("match_string", Mapping::matchString);
        COLUMNS.put("comment", Mapping::comment);
    }

    /** Columns whose values are CURIEs (their prefixes go into the curie_map). */
    private static final List<String> CURIE_COLUMNS = List.of("subject_id", "predicate_id", "object_id",
        "mapping_justification", "object_source", "subject_match_field", "object_match_field");

    public static void write(MappingSet set, OutputStream out) {
        try {
            out.write(toString(set).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toString(MappingSet set) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> curieMap = curieMap(set);
        sb.append("#curie_map:\n");
        for (Map.Entry<String, String> e : curieMap.entrySet()) {
            sb.append("#  ").append(e.getKey()).append(": ").append(yaml(e.getValue())).append('\n');
        }
        meta(sb, "sssom_version", SSSOM_VERSION);
        meta(sb, "mapping_set_id", set.id());
        meta(sb, "mapping_set_version", set.version());
        meta(sb, "mapping_set_title", set.title());
        meta(sb, "mapping_set_description", set.description());
        meta(sb, "license", set.license());
        meta(sb, "subject_source", set.subjectSource());
        meta(sb, "subject_source_version", set.subjectSourceVersion());
        meta(sb, "mapping_tool", set.tool());
        meta(sb, "mapping_tool_version", set.toolVersion());
        meta(sb, "mapping_date", set.date());
        if (set.mappings().stream().anyMatch(m -> !m.cardinality().isEmpty())) {
            sb.append("#cardinality_scope:\n");
            for (String slot : Cardinality.SCOPE) sb.append("#  - ").append(slot).append('\n');
        }
        List<String> columns = new ArrayList<>();
        for (Map.Entry<String, Function<Mapping, String>> c : COLUMNS.entrySet()) {
            boolean any = c.getKey().equals("subject_id") || c.getKey().equals("predicate_id") || c.getKey().equals("object_id")
                || c.getKey().equals("mapping_justification");
            for (Mapping m : set.mappings()) {
                if (any) break;
                String v = c.getValue().apply(m);
                any = v != null && !v.isEmpty();
            }
            if (any) columns.add(c.getKey());
        }
        sb.append(String.join("\t", columns)).append('\n');
        for (Mapping m : set.mappings()) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) sb.append('\t');
                String v = COLUMNS.get(columns.get(i)).apply(m);
                sb.append(tsv(v == null ? "" : v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Every prefix used in a CURIE-valued column or the metadata, with its namespace, sorted by prefix. */
    public static Map<String, String> curieMap(MappingSet set) {
        Map<String, String> map = new TreeMap<>();
        for (Mapping m : set.mappings()) {
            for (String c : CURIE_COLUMNS) add(map, COLUMNS.get(c).apply(m), set.namespaces());
        }
        add(map, set.subjectSource(), set.namespaces());
        return map;
    }

    private static void add(Map<String, String> map, String curie, Map<String, String> namespaces) {
        if (curie == null || curie.isEmpty() || curie.startsWith("http://") || curie.startsWith("https://")) return;
        int colon = curie.indexOf(':');
        if (colon <= 0) return;
        String p = curie.substring(0, colon);
        String ns = namespaces.get(p);
        if (ns != null) map.put(p, ns);
    }

    private static void meta(StringBuilder sb, String key, String value) {
        if (value == null || value.isEmpty()) return;
        sb.append('#').append(key).append(": ").append(yaml(value)).append('\n');
    }

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_/.(][^\\n\\t\"']*");

    /** A YAML scalar: plain when safe, else double-quoted. */
    static String yaml(String v) {
        boolean plain = PLAIN.matcher(v).matches() && !v.contains(": ") && !v.contains(" #") && !v.endsWith(":") && !v.endsWith(" ")
            && !v.matches("(?i)(true|false|yes|no|null|~|on|off)") && !v.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?") ;
        if (plain) return v;
        StringBuilder sb = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** A TSV value, quoted when it holds a tab, a line break or a double quote. */
    static String tsv(String v) {
        if (v.indexOf('\t') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0 && v.indexOf('"') < 0) return v;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** A confidence as a short decimal ("0.95", "1"). */
    static String number(double d) {
        if (Double.isNaN(d)) return "";
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}

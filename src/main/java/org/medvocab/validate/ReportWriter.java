package org.medvocab.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.PathWriter;
import org.medvocab.export.CanonicalTurtleWriter;

/**
 * Renders a {@link ValidationResult} as text (for editors), Turtle (the SHACL report graph) or JSON (for programs).
 * All three are deterministic: the same results give the same output.
 *
 * <p>Text, grouped by shape, violations first; the last line is the summary:
 *
 * <pre>
 * Violation mvs:NoBroaderCycle: no cycle in the broader hierarchy (2)
 *   The broader hierarchy goes round in a circle: following skos:broader from this concept leads back to it. ...
 *   - infusion pump &lt;https://example.org/vocab/infusion-pump&gt;
 *       skos:broader  pump &lt;https://example.org/vocab/pump&gt;
 *   - pump &lt;https://example.org/vocab/pump&gt;
 *       skos:broader  infusion pump &lt;https://example.org/vocab/infusion-pump&gt;
 *
 * 2 violations, 0 warnings
 * </pre>
 */
public final class ReportWriter {
    private ReportWriter() {}

    /** Messages are wrapped to this width in the text report. */
    static final int WIDTH = 110;

    /** @return the report in {@code format} */
    public static String render(ValidationResult result, ReportFormat format) {
        return switch (format) {
            case TEXT -> text(result);
            case TURTLE -> turtle(result);
            case JSON -> json(result);
        };
    }

    // ---- text ----------------------------------------------------------------------------------

    /** @return the readable report: one block per shape, then the summary line */
    public static String text(ValidationResult result) {
        PrefixMapping pm = result.prefixes();
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Node, List<ValidationRow>> group : result.byShape().entrySet()) {
            List<ValidationRow> rows = group.getValue();
            ValidationRow first = rows.get(0);
            String label = result.shapeLabel(group.getKey());
            sb.append(first.severity().title()).append(' ').append(term(group.getKey(), pm));
            if (label != null) sb.append(": ").append(label);
            sb.append(" (").append(rows.size()).append(")\n");
            boolean oneMessage = rows.stream().allMatch(r -> String.valueOf(r.message()).equals(String.valueOf(first.message())));
            if (oneMessage && first.message() != null) wrap(sb, first.message(), "  ");
            for (ValidationRow r : rows) {
                sb.append("  - ").append(resource(r.focus(), r.focusLabel(), pm)).append('\n');
                String path = r.pathString(pm);
                if (path != null || r.value() != null) {
                    sb.append("      ").append(path == null ? "value" : path);
                    if (r.value() != null) {
                        sb.append("  ").append(r.value().isLiteral() ? literal(r.value(), pm) : resource(r.value(), r.valueLabel(), pm));
                    }
                    sb.append('\n');
                }
                if (!oneMessage && r.message() != null) wrap(sb, r.message(), "      ");
            }
            sb.append('\n');
        }
        sb.append(result.summary()).append('\n');
        return sb.toString();
    }

    /**
     * {@code label <iri>}, or {@code <iri>} without a label, or {@code _:id} for a blank node. A label that is empty,
     * has white space at either end or holds invisible characters is quoted and escaped, so that the defect shows.
     */
    private static String resource(Node n, String label, PrefixMapping pm) {
        String t = n.isURI() ? "<" + n.getURI() + ">" : term(n, pm);
        if (label == null) return t;
        String shown = escape(label);
        boolean plain = !label.isEmpty() && label.equals(label.strip()) && shown.equals(label);
        return (plain ? label : "\"" + shown + "\"") + " " + t;
    }

    private static String term(Node n, PrefixMapping pm) {
        if (n == null) return "";
        if (n.isURI()) {
            String s = pm.shortForm(n.getURI());
            return s.equals(n.getURI()) ? "<" + s + ">" : s;
        }
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        if (n.isLiteral()) return literal(n, pm);
        return n.toString();
    }

    /**
     * A literal in Turtle syntax with every control character, format character (such as a zero-width space) and
     * space other than U+0020 (such as a no-break space) escaped, so that a stray tab or invisible character shows.
     */
    static String literal(Node n, PrefixMapping pm) {
        StringBuilder sb = new StringBuilder("\"").append(escape(n.getLiteralLexicalForm())).append('"');
        String lang = n.getLiteralLanguage();
        String dt = n.getLiteralDatatypeURI();
        if (!lang.isEmpty()) {
            sb.append('@').append(lang);
        } else if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI())) {
            sb.append("^^").append(term(org.apache.jena.graph.NodeFactory.createURI(dt), pm));
        }
        return sb.toString();
    }

    /** Turtle string escapes, plus {@code \\uXXXX} for control, format and non-ASCII space characters. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    int type = Character.getType(c);
                    boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                        || (c != ' ' && Character.isSpaceChar(c));
                    if (invisible) sb.append(c > 0xFFFF ? String.format("\\U%08X", c) : String.format("\\u%04X", c));
                    else sb.appendCodePoint(c);
                }
            }
        });
        return sb.toString();
    }

    private static void wrap(StringBuilder sb, String text, String indent) {
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > WIDTH) {
                sb.append(indent).append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) sb.append(indent).append(line).append('\n');
    }

    // ---- Turtle --------------------------------------------------------------------------------

    /** @return the SHACL validation report graph as canonical Turtle */
    public static String turtle(ValidationResult result) {
        return CanonicalTurtleWriter.toString(result.report(), result.prefixes());
    }

    // ---- JSON ----------------------------------------------------------------------------------

    /**
     * The report as JSON: {@code conforms} (no violations), the counts, and {@code results}, one object per row
     * with {@code shape}, {@code severity}, {@code focus}, {@code label}, {@code path}, {@code value},
     * {@code valueLabel} and {@code message}. Terms ({@code focus}, {@code value}) use the encoding of SPARQL JSON
     * results: {@code {"type": "uri", "value": ...}}, {@code {"type": "literal", "value": ..., "xml:lang": ...}}.
     */
    public static String json(ValidationResult result) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"conforms\": ").append(result.conforms()).append(",\n");
        sb.append("  \"violations\": ").append(result.violations()).append(",\n");
        sb.append("  \"warnings\": ").append(result.warnings()).append(",\n");
        sb.append("  \"infos\": ").append(result.infos()).append(",\n");
        sb.append("  \"summary\": ").append(str(result.summary())).append(",\n");
        sb.append("  \"results\": [");
        List<String> items = new ArrayList<>();
        for (ValidationRow r : result.rows()) {
            StringBuilder o = new StringBuilder("\n    {");
            o.append("\"shape\": ").append(str(r.shape().isURI() ? r.shape().getURI() : "_:" + r.shape().getBlankNodeLabel()));
            o.append(", \"severity\": ").append(str(r.severity().title()));
            o.append(", \"focus\": ").append(jsonTerm(r.focus()));
            o.append(", \"label\": ").append(str(r.focusLabel()));
            String path = r.path() == null ? null
                : r.path() instanceof P_Link link ? link.getNode().getURI() : PathWriter.asString(r.path());
            o.append(", \"path\": ").append(str(path));
            o.append(", \"value\": ").append(r.value() == null ? "null" : jsonTerm(r.value()));
            o.append(", \"valueLabel\": ").append(str(r.valueLabel()));
            o.append(", \"message\": ").append(str(r.message()));
            o.append('}');
            items.add(o.toString());
        }
        sb.append(String.join(",", items));
        sb.append(items.isEmpty() ? "]\n" : "\n  ]\n");
        sb.append("}\n");
        return sb.toString();
    }

    private static String jsonTerm(Node n) {
        if (n.isURI()) return "{\"type\": \"uri\", \"value\": " + str(n.getURI()) + "}";
        if (n.isBlank()) return "{\"type\": \"bnode\", \"value\": " + str(n.getBlankNodeLabel()) + "}";
        if (n.isLiteral()) {
            String s = "{\"type\": \"literal\", \"value\": " + str(n.getLiteralLexicalForm());
            if (!n.getLiteralLanguage().isEmpty()) return s + ", \"xml:lang\": " + str(n.getLiteralLanguage()) + "}";
            String dt = n.getLiteralDatatypeURI();
            return dt == null || dt.equals(XSDDatatype.XSDstring.getURI()) ? s + "}" : s + ", \"datatype\": " + str(dt) + "}";
        }
        return str(n.toString());
    }

    /** A JSON string (or null), escaped after RFC 8259. */
    static String str(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}

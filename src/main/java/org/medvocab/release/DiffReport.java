package org.medvocab.release;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.medvocab.release.DiffOperation.Aspect;
import org.medvocab.release.DiffOperation.Change;
import org.medvocab.release.DiffOperation.Row;

/** The differences between two releases ({@link DiffOperation}) and their rendering as text, Markdown or TSV. */
public record DiffReport(List<Row> rows) {

    public enum Format { TEXT, MARKDOWN, TSV;
        public static Format parse(String s) {
            String k = s.strip().toUpperCase(Locale.ROOT);
            if (k.equals("MD")) return MARKDOWN;
            try {
                return valueOf(k);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s + "' (expected text, markdown or tsv)");
            }
        }
    }

    public DiffReport { rows = List.copyOf(rows); }

    /** True when the two releases do not differ in anything compared. */
    public boolean identical() { return rows.isEmpty(); }

    /** How many rows of one aspect and change. */
    public long count(Aspect aspect, Change change) {
        return rows.stream().filter(r -> r.aspect() == aspect && r.change() == change).count();
    }

    /** One line: the concept changes, then the changed statements by aspect. */
    public String summary() {
        if (identical()) return "no differences";
        String concepts = java.util.Arrays.stream(Change.values()).filter(c -> count(Aspect.CONCEPT, c) > 0)
            .map(c -> count(Aspect.CONCEPT, c) + " " + c.label()).collect(Collectors.joining(", "));
        Map<Aspect, Long> byAspect = new EnumMap<>(Aspect.class);
        for (Row r : rows) if (r.aspect() != Aspect.CONCEPT) byAspect.merge(r.aspect(), 1L, Long::sum);
        String values = byAspect.entrySet().stream().map(e -> e.getKey().title() + " " + e.getValue()).collect(Collectors.joining(", "));
        return "concepts: " + (concepts.isEmpty() ? "none changed" : concepts) + "; changed statements: " + (values.isEmpty() ? "none" : values);
    }

    /** Renders the report; IRIs and datatypes are shortened with {@code prefixes} in text and Markdown. */
    public String render(Format format, PrefixMapping prefixes) {
        return switch (format) {
            case TEXT -> text(prefixes);
            case MARKDOWN -> markdown(prefixes);
            case TSV -> tsv();
        };
    }

    private String text(PrefixMapping pm) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(r.change().symbol()).append(' ').append(String.format("%-11s", r.aspect().label())).append(' ')
                .append(term(r.concept(), pm)).append(r.label().isEmpty() ? "" : " \"" + r.label() + "\"");
            if (r.property() != null) sb.append(' ').append(term(r.property(), pm));
            if (r.value() != null) sb.append(r.property() == null ? " replaced by " : " ").append(term(r.value(), pm));
            sb.append('\n');
        }
        return sb.append(summary()).append('\n').toString();
    }

    private String markdown(PrefixMapping pm) {
        StringBuilder sb = new StringBuilder("# Differences\n\n").append(summary()).append(".\n");
        for (Aspect a : Aspect.values()) {
            List<Row> of = rows.stream().filter(r -> r.aspect() == a).toList();
            if (of.isEmpty()) continue;
            sb.append("\n## ").append(Character.toUpperCase(a.title().charAt(0))).append(a.title().substring(1)).append("\n\n");
            sb.append(a == Aspect.CONCEPT ? "| change | concept | label | replaced by |\n|---|---|---|---|\n"
                : "| change | concept | label | property | value |\n|---|---|---|---|---|\n");
            for (Row r : of) {
                sb.append("| ").append(r.change().label()).append(" | `").append(term(r.concept(), pm)).append("` | ").append(cell(r.label()));
                if (a != Aspect.CONCEPT) sb.append(" | `").append(term(r.property(), pm)).append('`');
                sb.append(" | ").append(r.value() == null ? "" : cell(term(r.value(), pm))).append(" |\n");
            }
        }
        return sb.toString();
    }

    private String tsv() {
        StringBuilder sb = new StringBuilder("change\taspect\tconcept\tlabel\tproperty\tvalue\n");
        for (Row r : rows) {
            sb.append(String.join("\t", r.change().label(), r.aspect().label(), r.concept().getURI(), flat(r.label()),
                r.property() == null ? "" : r.property().getURI(), r.value() == null ? "" : flat(term(r.value(), null)))).append('\n');
        }
        return sb.toString();
    }

    /** An IRI shortened by the prefixes (or in angle brackets), a literal in Turtle style. */
    static String term(Node n, PrefixMapping pm) {
        if (n.isURI()) {
            String s = pm == null ? null : pm.qnameFor(n.getURI());
            return s != null ? s : pm == null ? n.getURI() : "<" + n.getURI() + ">";
        }
        if (n.isLiteral()) {
            String q = "\"" + n.getLiteralLexicalForm().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            if (!n.getLiteralLanguage().isEmpty()) return q + "@" + n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            if (dt == null || dt.equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI())) return q;
            String short_ = pm == null ? null : pm.qnameFor(dt);
            return q + "^^" + (short_ != null ? short_ : "<" + dt + ">");
        }
        return n.toString();
    }

    private static String flat(String s) { return s.replaceAll("[\t\r\n]+", " "); }

    private static String cell(String s) { return flat(s).replace("|", "\\|"); }
}

package org.medvocab.eval;

import java.util.Comparator;
import java.util.Objects;

/**
 * One gold or predicted row. The fields follow the gold columns:
 * <ul>
 *   <li>{@code concept}: {@code subject} = label;</li>
 *   <li>{@code altLabel}: {@code subject} = concept, {@code object} = alternative label;</li>
 *   <li>{@code broader}: {@code subject} = narrower, {@code object} = broader;</li>
 *   <li>{@code definition}: {@code subject} = concept, {@code object} = definition (gold: its prefix);</li>
 *   <li>{@code related}: {@code subject} = concept, {@code relation} = kind, {@code object} = other concept.</li>
 * </ul>
 * {@code line} is the 1-based line of a gold row in its file, 0 for a predicted row.
 */
public record Row(RowKind kind, String subject, String object, String relation, int line) {

    /** Orders rows by type, then by their fields (as written), then by line. */
    public static final Comparator<Row> ORDER = Comparator.comparing(Row::kind)
        .thenComparing(Row::subject)
        .thenComparing(r -> r.object == null ? "" : r.object)
        .thenComparing(r -> r.relation == null ? "" : r.relation)
        .thenComparingInt(Row::line);

    public Row {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (kind != RowKind.CONCEPT) Objects.requireNonNull(object, "object");
        if (kind == RowKind.RELATED) Objects.requireNonNull(relation, "relation");
    }

    public static Row concept(String label) { return new Row(RowKind.CONCEPT, label, null, null, 0); }

    public static Row altLabel(String concept, String label) { return new Row(RowKind.ALT_LABEL, concept, label, null, 0); }

    public static Row broader(String narrower, String broader) { return new Row(RowKind.BROADER, narrower, broader, null, 0); }

    public static Row definition(String concept, String text) { return new Row(RowKind.DEFINITION, concept, text, null, 0); }

    public static Row related(String concept, String kind, String other) { return new Row(RowKind.RELATED, concept, other, kind, 0); }

    /** The same row with a gold line number. */
    public Row atLine(int lineNumber) { return new Row(kind, subject, object, relation, lineNumber); }

    /** The row as its gold fields joined by " | ", without the row type ("ward pump | indication | dehydration"). */
    public String fields() {
        return switch (kind) {
            case CONCEPT -> subject;
            case RELATED -> subject + " | " + relation + " | " + object;
            default -> subject + " | " + object;
        };
    }

    /** The row as a gold TSV line. */
    public String toTsv() {
        return switch (kind) {
            case CONCEPT -> kind.label() + "\t" + subject;
            case RELATED -> kind.label() + "\t" + subject + "\t" + relation + "\t" + object;
            default -> kind.label() + "\t" + subject + "\t" + object;
        };
    }

    @Override public String toString() { return kind.label() + ": " + fields(); }
}

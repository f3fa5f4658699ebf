package org.medvocab.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The row types of a gold annotation file (dev-corpus README): each names its columns after the
 * row-type column. Scores are reported per row type.
 */
public enum RowKind {
    CONCEPT("concept", List.of("label")),
    ALT_LABEL("altLabel", List.of("concept", "label")),
    BROADER("broader", List.of("narrower", "broader")),
    DEFINITION("definition", List.of("concept", "prefix")),
    RELATED("related", List.of("concept", "kind", "other"));

    /** The relation kinds a {@code related} row may name. */
    public static final List<String> RELATION_KINDS =
        List.of("indication", "risk", "location", "insertion site", "component", "mechanism", "cf", "see also");

    private final String label;
    private final List<String> columns;

    RowKind(String label, List<String> columns) {
        this.label = label;
        this.columns = columns;
    }

    /** The name used in the first column of a gold row ("altLabel"). */
    public String label() { return label; }

    /** The names of the columns after the row type. */
    public List<String> columns() { return columns; }

    /** Number of tab-separated fields in a row of this type, the row type included. */
    public int fieldCount() { return columns.size() + 1; }

    /** The row type written as {@code name} (case-insensitive), if there is one. */
    public static Optional<RowKind> fromLabel(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (RowKind k : values()) {
            if (k.label.toLowerCase(Locale.ROOT).equals(n)) return Optional.of(k);
        }
        return Optional.empty();
    }

    @Override public String toString() { return label; }
}

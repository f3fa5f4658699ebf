package org.medvocab.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * The outcome of validating a vocabulary: the results as rows (ordered by severity, shape, focus label), the counts
 * per severity, and the SHACL validation report graph.
 */
public final class ValidationResult {
    private final List<ValidationRow> rows;
    private final Graph report;
    private final PrefixMapping prefixes;
    private final Map<Node, String> shapeLabels;
    private final int shapeCount;

    ValidationResult(List<ValidationRow> rows, Graph report, PrefixMapping prefixes, Map<Node, String> shapeLabels, int shapeCount) {
        this.rows = List.copyOf(rows);
        this.report = Objects.requireNonNull(report, "report");
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
        this.shapeLabels = Map.copyOf(shapeLabels);
        this.shapeCount = shapeCount;
    }

    /** @return every result, violations first, then by shape IRI, focus label and IRI, path and value */
    public List<ValidationRow> rows() { return rows; }

    /** @return the results grouped by shape, in the order of {@link #rows()} */
    public Map<Node, List<ValidationRow>> byShape() {
        Map<Node, List<ValidationRow>> groups = new LinkedHashMap<>();
        for (ValidationRow r : rows) groups.computeIfAbsent(r.shape(), k -> new java.util.ArrayList<>()).add(r);
        groups.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(groups);
    }

    /** @return the number of results of the severity */
    public int count(Severity s) { return (int) rows.stream().filter(r -> r.severity() == s).count(); }

    public int violations() { return count(Severity.VIOLATION); }

    public int warnings() { return count(Severity.WARNING); }

    public int infos() { return count(Severity.INFO); }

    /** @return true if there is no violation (warnings and infos do not fail a vocabulary) */
    public boolean conforms() { return violations() == 0; }

    /** @return "2 violations, 1 warning", plus the infos when there are any */
    public String summary() {
        String s = Severity.VIOLATION.count(violations()) + ", " + Severity.WARNING.count(warnings());
        return infos() == 0 ? s : s + ", " + Severity.INFO.count(infos());
    }

    /** @return the SHACL validation report ({@code sh:ValidationReport} with one {@code sh:result} per row) */
    public Graph report() { return report; }

    /** @return the prefixes for rendering IRIs: those of the vocabulary, the shapes, and the usual ones */
    public PrefixMapping prefixes() { return prefixes; }

    /** @return the rdfs:label of a shape in the shapes graph, or null */
    public String shapeLabel(Node shape) { return shapeLabels.get(shape); }

    /** @return how many shapes with a target the vocabulary was checked against */
    public int shapeCount() { return shapeCount; }
}

package org.medvocab.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Validates a vocabulary graph against SHACL shapes with Jena SHACL and turns the report into {@link ValidationRow}s
 * that an editor can read: each with the concept's label, the property, the value and the shape's message.
 *
 * <pre>{@code
 * ValidationResult r = Validator.validate(vocabulary, Shapes.defaults());
 * if (!r.conforms()) System.err.print(ReportWriter.text(r));
 * }</pre>
 */
public final class Validator {
    private Validator() {}

    private static final Node SKOS_PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node RDFS_LABEL = RDFS.label.asNode();

    /** Validates against the built-in shapes. */
    public static ValidationResult validate(Graph data) {
        return validate(data, Shapes.defaults());
    }

    /** Validates {@code data} against {@code shapes}; IRIs are rendered with the prefixes of both graphs. */
    public static ValidationResult validate(Graph data, Graph shapes) {
        return validate(data, shapes, null);
    }

    /**
     * Validates {@code data} against {@code shapes}.
     *
     * @param data     the vocabulary
     * @param shapes   the SHACL shapes graph, e.g. {@link Shapes#defaults()}
     * @param prefixes extra prefixes for rendering (e.g. those a converter will write), or null
     * @return the rows, counts and report
     * @throws ShapesException if {@code shapes} is not valid SHACL
     */
    public static ValidationResult validate(Graph data, Graph shapes, PrefixMapping prefixes) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shapes, "shapes");
        org.apache.jena.shacl.Shapes parsed = Shapes.parse(shapes, "shapes");
        ValidationReport report = BulkSparql.validate(parsed, data);   // Jena's report, SPARQL constraints run in bulk
        return result(data, shapes, prefixes, parsed, report);
    }

    /**
     * Validates only the given nodes of {@code data} (each against every shape it is a focus node of): what a write
     * that touched those nodes can have broken, without the cost of the whole graph. Pass the subjects and the IRI or
     * blank-node objects of the triples added and removed; the result lists only problems of those nodes.
     */
    public static ValidationResult validateFocus(Graph data, Graph shapes, java.util.Collection<Node> changed) {
        Objects.requireNonNull(shapes, "shapes");
        return validateFocus(data, shapes, Shapes.parse(shapes, "shapes"), changed);
    }

    /**
     * {@link #validateFocus(Graph, Graph, java.util.Collection)} with the shapes parsed once by the caller (a write gate that
     * validates every write against the same shapes).
     */
    public static ValidationResult validateFocus(Graph data, Graph shapes, org.apache.jena.shacl.Shapes parsed, java.util.Collection<Node> changed) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shapes, "shapes");
        Objects.requireNonNull(parsed, "parsed");
        List<Node> nodes = new ArrayList<>();
        for (Node n : new java.util.LinkedHashSet<>(changed)) if (!n.isLiteral()) nodes.add(n);
        return result(data, shapes, null, parsed, BulkSparql.validateFocus(parsed, data, nodes));
    }

    private static ValidationResult result(Graph data, Graph shapes, PrefixMapping prefixes, org.apache.jena.shacl.Shapes parsed,
                                           ValidationReport report) {

        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(PrefixMapping.Standard);
        pm.removeNsPrefix("dc");
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("dct", "http://purl.org/dc/terms/");
        pm.setNsPrefix("sh", org.apache.jena.shacl.vocabulary.SHACL.getURI());
        pm.setNsPrefix("mvo", "https://w3id.org/medvocab/core#");
        pm.setNsPrefix(Shapes.PREFIX, Shapes.NS);
        pm.setNsPrefixes(shapes.getPrefixMapping());
        pm.setNsPrefixes(data.getPrefixMapping());
        if (prefixes != null) pm.setNsPrefixes(prefixes);

        Map<Node, String> labels = new HashMap<>();
        List<ValidationRow> rows = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node value = realValue(data, e);
            rows.add(new ValidationRow(e.source(), Severity.of(e.severity().level()), e.focusNode(),
                labels.computeIfAbsent(e.focusNode(), n -> label(data, n)), e.resultPath(), value,
                value == null || value.isLiteral() ? null : labels.computeIfAbsent(value, n -> label(data, n)),
                e.message()));
        }
        rows.sort(ROW_ORDER);

        Map<Node, String> shapeLabels = new HashMap<>();
        for (org.apache.jena.shacl.parser.Shape s : parsed) {
            String l = label(shapes, s.getShapeNode(), RDFS_LABEL);
            if (l != null) shapeLabels.put(s.getShapeNode(), l);
        }
        return new ValidationResult(rows, report.getGraph(), pm, shapeLabels, parsed.numRootShapes());
    }

    /**
     * The entry's value, or null when it has none. A SPARQL-based constraint whose query binds no {@code ?value}
     * reports the focus node as the value (SHACL 5.3.2); that is dropped unless the focus really is a value of the
     * path (a concept that is its own broader concept keeps it).
     */
    private static Node realValue(Graph data, ReportEntry e) {
        Node value = e.value();
        if (value == null || !value.equals(e.focusNode())) return value;
        if (e.resultPath() instanceof P_Link link && data.contains(e.focusNode(), link.getNode(), value)) return value;
        return null;
    }

    /** The order of rows: severity, shape, focus label (case-insensitive, unlabelled last), focus, path, value. */
    static final Comparator<ValidationRow> ROW_ORDER = Comparator
        .comparing(ValidationRow::severity)
        .thenComparing(r -> String.valueOf(r.shape()))
        .thenComparing(ValidationRow::focusLabel, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())))
        .thenComparing(r -> String.valueOf(r.focus()))
        .thenComparing(r -> r.path() == null ? "" : r.path().toString())
        .thenComparing(r -> r.value() == null ? "" : r.value().toString());

    /** The preferred label of a resource (English first, then untagged, then any), else its rdfs:label; null if none. */
    static String label(Graph g, Node n) {
        if (n == null || n.isLiteral()) return null;
        String l = label(g, n, SKOS_PREF_LABEL);
        return l != null ? l : label(g, n, RDFS_LABEL);
    }

    private static String label(Graph g, Node n, Node property) {
        List<Node> literals = g.find(n, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return literals.stream()
            .min(Comparator.comparingInt((Node l) -> rank(l.getLiteralLanguage())).thenComparing(Node::getLiteralLexicalForm))
            .map(Node::getLiteralLexicalForm)
            .orElse(null);
    }

    private static int rank(String lang) {
        if (lang.equalsIgnoreCase("en")) return 0;
        if (lang.toLowerCase(java.util.Locale.ROOT).startsWith("en-")) return 1;
        return lang.isEmpty() ? 2 : 3;
    }

    /** An IRI node, for callers that build shape IRIs: {@code Validator.shape("NoBroaderCycle")}. */
    public static Node shape(String localName) {
        return NodeFactory.createURI(Shapes.NS + localName);
    }
}

package org.medvocab.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.MVO;

/**
 * Compares two releases of a vocabulary, in the manner of ROBOT {@code diff} but by concept: concepts added, removed,
 * deprecated or reinstated, and, for the concepts in both, the labels, definitions, hierarchy, relations and mappings
 * that changed; plus the version statements of the ontology. Blank nodes (axiom annotations, restrictions) are not
 * compared: what they say is compared through the statements they annotate.
 */
public final class DiffOperation {
    private DiffOperation() {}

    /** What a row of the diff is about, with the properties compared for it (a table: add a row to compare more). */
    public enum Aspect {
        CONCEPT("concepts"),
        VERSION("version", OWL2.versionIRI.asNode(), OWL2.versionInfo.asNode(), OWL2.priorVersion.asNode(), DCTerms.issued.asNode()),
        LABEL("labels", SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode()),
        DEFINITION("definitions", SKOS.definition.asNode()),
        HIERARCHY("hierarchy", SKOS.broader.asNode()),
        RELATION("relations", SKOS.related.asNode(), MVO.indication, MVO.risk, MVO.insertionSite, MVO.location, MVO.component, MVO.mechanism),
        MAPPING("mappings", SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode(), SKOS.broadMatch.asNode(), SKOS.narrowMatch.asNode(),
            SKOS.relatedMatch.asNode());

        private final String title;
        private final List<Node> properties;

        Aspect(String title, Node... properties) {
            this.title = title;
            this.properties = List.of(properties);
        }

        public String title() { return title; }

        public List<Node> properties() { return properties; }

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** The kind of change of a row. */
    public enum Change {
        ADDED("+"), REMOVED("-"), DEPRECATED("~"), REINSTATED("^");

        private final String symbol;

        Change(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /**
     * One difference. For {@link Aspect#CONCEPT} rows {@code property} is null and {@code value} is what a deprecated
     * concept is replaced by (or null); otherwise the statement {@code concept property value} was added or removed.
     */
    public record Row(Change change, Aspect aspect, Node concept, String label, Node property, Node value) {}

    private static final Node TYPE = RDF.Nodes.type;
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    /** The differences from {@code old} to {@code now}, concepts first, then each aspect, each sorted by concept. */
    public static DiffReport diff(Graph old, Graph now) {
        List<Row> rows = new ArrayList<>();
        Set<Node> oldAll = concepts(old, true);
        Set<Node> nowAll = concepts(now, true);
        Set<Node> oldLive = concepts(old, false);
        Set<Node> nowLive = concepts(now, false);
        for (Node c : nowLive) if (!oldAll.contains(c)) rows.add(conceptRow(Change.ADDED, c, old, now));
        for (Node c : oldAll) if (!nowAll.contains(c)) rows.add(conceptRow(Change.REMOVED, c, old, now));
        for (Node c : oldLive) if (nowAll.contains(c) && !nowLive.contains(c)) rows.add(conceptRow(Change.DEPRECATED, c, old, now));
        for (Node c : nowLive) if (oldAll.contains(c) && !oldLive.contains(c)) rows.add(conceptRow(Change.REINSTATED, c, old, now));
        Set<Node> both = new TreeSet<>(Comparator.comparing(Node::toString));
        both.addAll(oldAll);
        both.retainAll(nowAll);
        for (Aspect a : Aspect.values()) {
            if (a == Aspect.CONCEPT) continue;
            Set<Node> subjects = a == Aspect.VERSION ? ontologies(old, now) : both;
            for (Node c : subjects) for (Node p : a.properties()) values(rows, a, c, p, old, now);
        }
        return new DiffReport(rows);
    }

    private static Row conceptRow(Change change, Node c, Graph old, Graph now) {
        Node by = change == Change.DEPRECATED ? first(now, c, DCTerms.isReplacedBy.asNode()) : null;
        return new Row(change, Aspect.CONCEPT, c, label(c, now, old), null, by);
    }

    /** The rows for one property of one subject: the values only the old release has, then those only the new one has. */
    private static void values(List<Row> rows, Aspect a, Node c, Node p, Graph old, Graph now) {
        Set<Node> before = objects(old, c, p);
        Set<Node> after = objects(now, c, p);
        String label = null;
        for (Node v : before) {
            if (after.contains(v)) continue;
            if (label == null) label = label(c, now, old);
            rows.add(new Row(Change.REMOVED, a, c, label, p, v));
        }
        for (Node v : after) {
            if (before.contains(v)) continue;
            if (label == null) label = label(c, now, old);
            rows.add(new Row(Change.ADDED, a, c, label, p, v));
        }
    }

    /** IRIs typed skos:Concept and not deprecated; with {@code withDeprecated}, also every deprecated IRI. */
    private static Set<Node> concepts(Graph g, boolean withDeprecated) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        g.find(Node.ANY, TYPE, SKOS.Concept.asNode()).mapWith(Triple::getSubject).filterKeep(Node::isURI).forEachRemaining(out::add);
        List<Node> deprecated = g.find(Node.ANY, OWL2.deprecated.asNode(), TRUE).mapWith(Triple::getSubject).filterKeep(Node::isURI).toList();
        if (withDeprecated) out.addAll(deprecated);
        else deprecated.forEach(out::remove);
        return out;
    }

    /** The vocabulary ontologies of either graph (not the core ontology it imports). */
    private static Set<Node> ontologies(Graph old, Graph now) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
        for (Graph g : List.of(old, now)) {
            g.find(Node.ANY, TYPE, OWL2.Ontology.asNode()).mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && !s.getURI().equals(MVO.ONTOLOGY_IRI)).forEachRemaining(out::add);
        }
        return out;
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
        g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterDrop(Node::isBlank).forEachRemaining(out::add);
        return out;
    }

    /** The English preferred label (or rdfs:label) in the new release, else in the old one; "" when none. */
    static String label(Node c, Graph now, Graph old) {
        for (Graph g : List.of(now, old)) {
            for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
                Map<String, String> byLang = new LinkedHashMap<>();
                g.find(c, p, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isLiteral()) byLang.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
                });
                if (!byLang.isEmpty()) return byLang.getOrDefault("en", byLang.values().iterator().next());
            }
        }
        return "";
    }

    private static Node first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null);
    }
}

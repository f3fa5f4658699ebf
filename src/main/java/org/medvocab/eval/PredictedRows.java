package org.medvocab.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.MVO;

/**
 * Turns the vocabulary graph of ONE converted document into rows comparable with its gold file.
 * <ul>
 *   <li>{@code concept}: every {@code skos:Concept} except the core top classes (IRIs in the {@code mvo:}
 *       namespace). Its label is the English {@code skos:prefLabel}; for a dictionary sense (a concept with
 *       {@code mvo:senseQualifier}) it is the {@code skos:hiddenLabel}, the bare word.</li>
 *   <li>{@code altLabel}: (concept label, each {@code skos:altLabel}).</li>
 *   <li>{@code broader}: {@code skos:broader} between two such concepts.</li>
 *   <li>{@code definition}: (concept label, each {@code skos:definition}).</li>
 *   <li>{@code related}: the domain relations {@code mvo:indication}, {@code mvo:risk},
 *       {@code mvo:insertionSite}, {@code mvo:location}, {@code mvo:component}, {@code mvo:mechanism}
 *       (kinds indication, risk, insertion site, location, component, mechanism), and
 *       {@code skos:related} and {@code rdfs:seeAlso} (kind "see also"; a see-also target is named by its
 *       {@code rdfs:label}). {@code skos:related} is written both ways; each pair gives one row.</li>
 * </ul>
 * Rows come back sorted ({@link Row#ORDER}), so the same graph always gives the same list.
 */
public final class PredictedRows {
    private PredictedRows() {}

    /** Domain relation property to the kind name used in gold rows. */
    public static final Map<Node, String> RELATION_KINDS;
    static {
        Map<Node, String> m = new LinkedHashMap<>();
        m.put(MVO.indication, "indication");
        m.put(MVO.risk, "risk");
        m.put(MVO.insertionSite, "insertion site");
        m.put(MVO.location, "location");
        m.put(MVO.component, "component");
        m.put(MVO.mechanism, "mechanism");
        RELATION_KINDS = java.util.Collections.unmodifiableMap(m);
    }

    /** The kind of skos:related and rdfs:seeAlso rows. */
    public static final String SEE_ALSO = "see also";

    private static final Node TYPE = RDF.type.asNode();
    private static final Node CONCEPT = SKOS.Concept.asNode();
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
    private static final Node HIDDEN = SKOS.hiddenLabel.asNode();
    private static final Node BROADER = SKOS.broader.asNode();
    private static final Node DEFINITION = SKOS.definition.asNode();
    private static final Node RELATED = SKOS.related.asNode();
    private static final Node SEE_ALSO_P = RDFS.seeAlso.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    /** The rows a converted vocabulary predicts. */
    public static List<Row> from(Graph g) {
        // Concepts, in a stable order (by IRI).
        Map<String, Node> byIri = new TreeMap<>();
        g.find(Node.ANY, TYPE, CONCEPT).forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && !isCore(s)) byIri.put(s.getURI(), s);
        });
        Set<Node> concepts = new HashSet<>(byIri.values());

        List<Row> rows = new ArrayList<>();
        for (Node c : byIri.values()) {
            String label = label(g, c);
            rows.add(Row.concept(label));
            for (String alt : literals(g, c, ALT)) rows.add(Row.altLabel(label, alt));
            for (String def : literals(g, c, DEFINITION)) rows.add(Row.definition(label, def));
            for (Triple t : g.find(c, BROADER, Node.ANY).toList()) {
                Node b = t.getObject();
                if (concepts.contains(b)) rows.add(Row.broader(label, label(g, b)));
            }
            for (Map.Entry<Node, String> rel : RELATION_KINDS.entrySet()) {
                for (Triple t : g.find(c, rel.getKey(), Node.ANY).toList()) {
                    Node o = t.getObject();
                    if (o.isURI() && isCore(o) || o.isLiteral()) continue;
                    rows.add(Row.related(label, rel.getValue(), label(g, o)));
                }
            }
            for (Triple t : g.find(c, RELATED, Node.ANY).toList()) {
                Node o = t.getObject();
                if (o.isLiteral() || o.isURI() && isCore(o)) continue;
                // written both ways: keep the direction whose subject sorts first, or the only one there is
                boolean back = g.contains(o, RELATED, c);
                if (back && concepts.contains(o) && o.isURI() && o.getURI().compareTo(c.getURI()) < 0) continue;
                rows.add(Row.related(label, SEE_ALSO, label(g, o)));
            }
            for (Triple t : g.find(c, SEE_ALSO_P, Node.ANY).toList()) {
                Node o = t.getObject();
                if (o.isLiteral() || o.isURI() && isCore(o)) continue;
                rows.add(Row.related(label, SEE_ALSO, label(g, o)));
            }
        }
        rows.sort(Row.ORDER);
        return List.copyOf(rows);
    }

    /** Whether a node is in the core ontology's namespace (the top classes). */
    static boolean isCore(Node n) {
        return n.isURI() && n.getURI().startsWith(MVO.NS);
    }

    /**
     * The label a node is scored by: the hidden label of a sense concept, else its English prefLabel, else
     * any prefLabel, else its rdfs:label, else the last segment of its IRI.
     */
    public static String label(Graph g, Node n) {
        if (g.contains(n, MVO.senseQualifier, Node.ANY)) {
            List<String> hidden = literals(g, n, HIDDEN);
            if (!hidden.isEmpty()) return hidden.get(0);
        }
        List<String> pref = literals(g, n, PREF);
        if (!pref.isEmpty()) return pref.get(0);
        List<String> lab = literals(g, n, LABEL);
        if (!lab.isEmpty()) return lab.get(0);
        if (n.isURI()) {
            String iri = n.getURI();
            return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        }
        return n.toString();
    }

    /**
     * The lexical forms of a property's literal values, sorted: the English (or untagged) ones when there
     * are any, else all of them.
     */
    static List<String> literals(Graph g, Node s, Node p) {
        List<Node> all = g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        List<String> en = all.stream()
            .filter(l -> l.getLiteralLanguage().isEmpty() || l.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("en"))
            .map(Node::getLiteralLexicalForm).sorted(Comparator.naturalOrder()).distinct().toList();
        if (!en.isEmpty()) return en;
        return all.stream().map(Node::getLiteralLexicalForm).sorted().distinct().toList();
    }
}

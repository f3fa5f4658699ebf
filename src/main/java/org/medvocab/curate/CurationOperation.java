package org.medvocab.curate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.medvocab.link.Kind;
import org.medvocab.model.MVO;

/**
 * Applies a curation overlay to a converted vocabulary graph, after extraction and before validation. Each decision
 * becomes a resource {@code <base>curation/<id>} ({@code mvo:Decision} with author, date and reason); every statement
 * a decision adds carries an {@code owl:Axiom} annotation {@code mvo:curatedBy} that decision, so curated statements
 * are told apart from extracted ones. A decision whose subject or object is no longer in the vocabulary is reported
 * in {@link Outcome#stale()}, not applied.
 */
public final class CurationOperation {
    private CurationOperation() {}

    /** What applying an overlay did: how many decisions applied, and one line per decision that no longer applies. */
    public record Outcome(int applied, List<String> stale) {}

    private interface Applier { void apply(Context c, Node s, Decision d); }

    private record Context(Graph g, Node decision) {}

    private static final Map<Decision.Action, Applier> ACTIONS = new EnumMap<>(Decision.Action.class);
    static {
        ACTIONS.put(Decision.Action.REJECT, (c, s, d) -> reject(c.g(), s));
        ACTIONS.put(Decision.Action.PREF_LABEL, CurationOperation::prefLabel);
        ACTIONS.put(Decision.Action.ADD_SYNONYM, (c, s, d) -> add(c, s, SKOS.altLabel.asNode(), en(d.object())));
        ACTIONS.put(Decision.Action.REMOVE_SYNONYM, (c, s, d) -> c.g().delete(s, SKOS.altLabel.asNode(), en(d.object())));
        ACTIONS.put(Decision.Action.ADD_BROADER, (c, s, d) -> addBroader(c, s, concept(c.g(), d.object())));
        ACTIONS.put(Decision.Action.REMOVE_BROADER, (c, s, d) -> removeBroader(c.g(), s, concept(c.g(), d.object())));
        ACTIONS.put(Decision.Action.MERGE, CurationOperation::merge);
        ACTIONS.put(Decision.Action.SET_KIND, CurationOperation::setKind);
        ACTIONS.put(Decision.Action.DEFINITION_OWNER, CurationOperation::definitionOwner);
    }

    /** Actions whose object names a concept of the vocabulary (it must exist for the decision to apply). */
    private static final Set<Decision.Action> OBJECT_IS_CONCEPT = Set.of(Decision.Action.ADD_BROADER,
        Decision.Action.REMOVE_BROADER, Decision.Action.MERGE, Decision.Action.DEFINITION_OWNER);

    public static Outcome apply(Graph g, Overlay overlay, String base) {
        List<String> stale = new ArrayList<>();
        int applied = 0;
        for (Decision d : overlay.decisions()) {
            Node s = concept(g, d.subject());
            if (s == null) {
                stale.add(d.id() + " (" + d.action().label() + "): subject '" + d.subject() + "' is not in the vocabulary");
                continue;
            }
            if (OBJECT_IS_CONCEPT.contains(d.action()) && concept(g, d.object()) == null) {
                stale.add(d.id() + " (" + d.action().label() + "): object '" + d.object() + "' is not in the vocabulary");
                continue;
            }
            if (d.action() == Decision.Action.SET_KIND) {
                try {
                    Kind.parse(d.object());
                } catch (IllegalArgumentException e) {
                    stale.add(d.id() + " (set-kind): " + e.getMessage());
                    continue;
                }
            }
            Node node = decisionNode(g, d, base);
            g.add(s, MVO.curatedBy, node);
            ACTIONS.get(d.action()).apply(new Context(g, node), s, d);
            applied++;
        }
        return new Outcome(applied, stale);
    }

    /** A concept by IRI, or by preferred (then alternative) label, case-insensitive; null when there is none. */
    public static Node concept(Graph g, String ref) {
        if (ref.startsWith("http://") || ref.startsWith("https://")) {
            Node n = NodeFactory.createURI(ref);
            return g.contains(n, RDF.Nodes.type, SKOS.Concept.asNode()) ? n : null;
        }
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            for (Triple t : g.find(Node.ANY, p, Node.ANY).toList()) {
                if (t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equalsIgnoreCase(ref)
                    && g.contains(t.getSubject(), RDF.Nodes.type, SKOS.Concept.asNode()) && !t.getSubject().getURI().startsWith(MVO.NS)) {
                    return t.getSubject();
                }
            }
        }
        return null;
    }

    private static Node decisionNode(Graph g, Decision d, String base) {
        Node n = NodeFactory.createURI(base + "curation/" + d.id().replaceAll("[^A-Za-z0-9._-]", "-"));
        g.add(n, RDF.Nodes.type, MVO.Decision);
        g.add(n, RDFS.label.asNode(), en(d.action().label() + " " + d.subject()
            + (d.object().isEmpty() ? "" : " -> " + d.object())));
        if (!d.author().isEmpty()) g.add(n, DCTerms.creator.asNode(), NodeFactory.createLiteralString(d.author()));
        g.add(n, DCTerms.date.asNode(), NodeFactory.createLiteralDT(d.date(), XSDDatatype.XSDdate));
        if (!d.reason().isEmpty()) g.add(n, SKOS.editorialNote.asNode(), en(d.reason()));
        return n;
    }

    /** Adds a statement with its provenance: an owl:Axiom annotation mvo:curatedBy the decision. */
    private static void add(Context c, Node s, Node p, Node o) {
        c.g().add(s, p, o);
        Node ax = NodeFactory.createBlankNode();
        c.g().add(ax, RDF.Nodes.type, OWL2.Axiom.asNode());
        c.g().add(ax, OWL2.annotatedSource.asNode(), s);
        c.g().add(ax, OWL2.annotatedProperty.asNode(), p);
        c.g().add(ax, OWL2.annotatedTarget.asNode(), o);
        c.g().add(ax, MVO.curatedBy, c.decision());
    }

    private static Node en(String s) { return NodeFactory.createLiteralLang(s, "en"); }

    // ---- actions ----------------------------------------------------------------------------------------

    /** Removes a concept, its axioms, and the concepts only it produced (no definition, no source, no other link). */
    static void reject(Graph g, Node s) {
        List<Node> neighbours = new ArrayList<>();
        g.find(s, Node.ANY, Node.ANY).forEach(t -> { if (t.getObject().isURI()) neighbours.add(t.getObject()); });
        removeConcept(g, s);
        for (Node n : neighbours) {
            if (!g.contains(n, RDF.Nodes.type, SKOS.Concept.asNode()) || n.getURI().startsWith(MVO.NS)) continue;
            boolean linked = g.contains(Node.ANY, Node.ANY, n) && g.find(Node.ANY, Node.ANY, n).toList().stream()
                .anyMatch(t -> !t.getPredicate().equals(SKOS.narrower.asNode()) && !t.getPredicate().equals(OWL2.annotatedSource.asNode()));
            if (!linked && !g.contains(n, SKOS.definition.asNode(), Node.ANY) && !g.contains(n, DCTerms.source.asNode(), Node.ANY)) {
                removeConcept(g, n);
            }
        }
    }

    private static void removeConcept(Graph g, Node s) {
        for (Node p : List.of(OWL2.annotatedSource.asNode(), OWL2.annotatedTarget.asNode())) {
            for (Triple t : g.find(Node.ANY, p, s).toList()) g.find(t.getSubject(), Node.ANY, Node.ANY).toList().forEach(g::delete);
        }
        for (Triple t : g.find(s, RDFS.subClassOf.asNode(), Node.ANY).toList()) {
            if (t.getObject().isBlank()) g.find(t.getObject(), Node.ANY, Node.ANY).toList().forEach(g::delete);
        }
        // restrictions of other concepts whose value it is ("subClassOf [ onProperty risk ; someValuesFrom s ]")
        for (Triple t : g.find(Node.ANY, OWL2.someValuesFrom.asNode(), s).toList()) {
            if (!t.getSubject().isBlank()) continue;
            g.find(Node.ANY, RDFS.subClassOf.asNode(), t.getSubject()).toList().forEach(g::delete);
            g.find(t.getSubject(), Node.ANY, Node.ANY).toList().forEach(g::delete);
        }
        g.find(s, Node.ANY, Node.ANY).toList().forEach(g::delete);
        g.find(Node.ANY, Node.ANY, s).toList().forEach(g::delete);
    }

    private static void prefLabel(Context c, Node s, Decision d) {
        Graph g = c.g();
        for (Triple t : g.find(s, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
            g.delete(t);
            if (!t.getObject().getLiteralLexicalForm().equalsIgnoreCase(d.object())) g.add(s, SKOS.hiddenLabel.asNode(), t.getObject());
        }
        g.find(s, RDFS.label.asNode(), Node.ANY).toList().forEach(g::delete);
        g.delete(s, SKOS.altLabel.asNode(), en(d.object()));
        add(c, s, SKOS.prefLabel.asNode(), en(d.object()));
        g.add(s, RDFS.label.asNode(), en(d.object()));
    }

    private static void addBroader(Context c, Node s, Node b) {
        for (Triple t : c.g().find(s, SKOS.broader.asNode(), Node.ANY).toList()) {
            if (t.getObject().getURI().startsWith(MVO.NS)) removeBroader(c.g(), s, t.getObject());
        }
        add(c, s, SKOS.broader.asNode(), b);
        c.g().add(b, SKOS.narrower.asNode(), s);
        add(c, s, RDFS.subClassOf.asNode(), b);
    }

    private static void removeBroader(Graph g, Node s, Node b) {
        g.delete(s, SKOS.broader.asNode(), b);
        g.delete(b, SKOS.narrower.asNode(), s);
        g.delete(s, RDFS.subClassOf.asNode(), b);
    }

    /** The subject is merged into the object: its statements move, it stays deprecated with dct:isReplacedBy. */
    private static void merge(Context c, Node s, Decision d) {
        Graph g = c.g();
        Node keep = concept(g, d.object());
        for (Triple t : g.find(s, Node.ANY, Node.ANY).toList()) {
            Node p = t.getPredicate();
            if (p.equals(SKOS.prefLabel.asNode())) add(c, keep, SKOS.altLabel.asNode(), t.getObject());
            else if (p.equals(RDF.Nodes.type) || p.equals(RDFS.label.asNode()) || p.equals(MVO.curatedBy)) continue;
            else if (!t.getObject().equals(keep)) g.add(keep, p, t.getObject());
        }
        for (Triple t : g.find(Node.ANY, Node.ANY, s).toList()) {
            if (!t.getSubject().equals(keep) && !t.getPredicate().equals(OWL2.annotatedSource.asNode())) g.add(t.getSubject(), t.getPredicate(), keep);
        }
        moveAxioms(g, s, keep);
        Node label = g.find(s, RDFS.label.asNode(), Node.ANY).toList().stream().map(Triple::getObject).findFirst().orElse(null);
        removeConcept(g, s);
        g.add(s, RDF.Nodes.type, OWL2.Class.asNode());
        if (label != null) g.add(s, RDFS.label.asNode(), label);
        g.add(s, OWL2.deprecated.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        add(c, s, DCTerms.isReplacedBy.asNode(), keep);
        g.add(s, MVO.curatedBy, c.decision());
    }

    /**
     * Re-points the axiom annotations (evidence, sources) of the statements a merge moved from {@code s} to {@code keep},
     * so a moved definition stays traced to its document; a preferred label's becomes an alternative label's.
     */
    private static void moveAxioms(Graph g, Node s, Node keep) {
        Node source = OWL2.annotatedSource.asNode();
        Node property = OWL2.annotatedProperty.asNode();
        for (Triple t : g.find(Node.ANY, source, s).toList()) {
            Node ax = t.getSubject();
            Node p = g.find(ax, property, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null);
            if (p == null || p.equals(RDF.Nodes.type) || p.equals(RDFS.label.asNode()) || g.contains(ax, OWL2.annotatedTarget.asNode(), keep)) continue;
            g.delete(t);
            g.add(ax, source, keep);
            if (p.equals(SKOS.prefLabel.asNode())) {
                g.delete(ax, property, p);
                g.add(ax, property, SKOS.altLabel.asNode());
            }
        }
    }

    private static void setKind(Context c, Node s, Decision d) {
        addBroader(c, s, NodeFactory.createURI(Kind.parse(d.object()).iri()));
    }

    /** Moves the subject's definitions (with their evidence axioms) to the object concept. */
    private static void definitionOwner(Context c, Node s, Decision d) {
        Graph g = c.g();
        Node owner = concept(g, d.object());
        for (Triple t : g.find(s, SKOS.definition.asNode(), Node.ANY).toList()) {
            g.delete(t);
            for (Triple ax : g.find(Node.ANY, OWL2.annotatedTarget.asNode(), t.getObject()).toList()) {
                if (g.contains(ax.getSubject(), OWL2.annotatedSource.asNode(), s)) {
                    g.delete(ax.getSubject(), OWL2.annotatedSource.asNode(), s);
                    g.add(ax.getSubject(), OWL2.annotatedSource.asNode(), owner);
                    g.add(ax.getSubject(), MVO.curatedBy, c.decision());
                }
            }
            g.add(owner, SKOS.definition.asNode(), t.getObject());
        }
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}

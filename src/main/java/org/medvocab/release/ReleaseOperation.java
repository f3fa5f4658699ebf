package org.medvocab.release;

import java.util.ArrayList;
import java.util.List;

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
import org.medvocab.curate.CurationOperation;
import org.medvocab.curate.Decision;
import org.medvocab.curate.Overlay;
import org.medvocab.model.MVO;
import org.medvocab.model.VocabularyConfig;

/**
 * Makes a converted vocabulary a release that follows a previous one, so that IRIs never break:
 * <ul>
 *   <li>the new ontology states {@code owl:priorVersion} the previous release's {@code owl:versionIRI} (or, for a release
 *       made before version IRIs, {@code <base>releases/<owl:versionInfo>});</li>
 *   <li>a concept of the previous release (live or already deprecated) that the new conversion no longer has stays as an
 *       {@code owl:Class} with {@code owl:deprecated true} and its labels; it gets {@code dct:isReplacedBy} the concept it
 *       was merged into, by the previous release's own {@code dct:isReplacedBy} or by a {@code merge} decision of the
 *       curation overlay, when that concept is in the new vocabulary.</li>
 * </ul>
 * Runs after the curation overlay (a concept merged by a decision that still applies is already deprecated).
 */
public final class ReleaseOperation {
    private ReleaseOperation() {}

    /** What was carried over: the prior version (null when the previous release names none) and the deprecated IRIs. */
    public record Outcome(Node priorVersion, List<Node> deprecated, int replaced) {}

    private static final Node TYPE = RDF.Nodes.type;
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    /** The labels a deprecated concept keeps. */
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
        SKOS.hiddenLabel.asNode());

    /** Applies the previous release {@code previous} to the new vocabulary {@code current}, in place. */
    public static Outcome apply(Graph current, Graph previous, Overlay overlay) {
        Node prior = priorVersion(current, previous);
        List<Node> deprecated = new ArrayList<>();
        int replaced = 0;
        for (Node s : releasedConcepts(previous)) {
            if (current.contains(s, Node.ANY, Node.ANY)) continue;
            current.add(s, TYPE, OWL2.Class.asNode());
            current.add(s, OWL2.deprecated.asNode(), TRUE);
            for (Node p : LABELS) previous.find(s, p, Node.ANY).forEachRemaining(t -> current.add(s, p, t.getObject()));
            Node by = replacement(current, previous, overlay, s);
            if (by != null) {
                current.add(s, DCTerms.isReplacedBy.asNode(), by);
                replaced++;
            }
            deprecated.add(s);
        }
        return new Outcome(prior, deprecated, replaced);
    }

    /** Adds owl:priorVersion to the new ontology; the IRI, or null when the previous release states no version. */
    private static Node priorVersion(Graph current, Graph previous) {
        Node ontology = ontology(current);
        Node old = ontology(previous);
        if (ontology == null || old == null) return null;
        Node prior = first(previous, old, OWL2.versionIRI.asNode());
        if (prior == null) {
            Node info = first(previous, old, OWL2.versionInfo.asNode());
            if (info == null || !info.isLiteral() || !old.isURI()) return null;
            prior = NodeFactory.createURI(old.getURI() + "/" + VocabularyConfig.RELEASES + info.getLiteralLexicalForm());
        }
        if (prior.equals(first(current, ontology, OWL2.versionIRI.asNode()))) return null;
        current.add(ontology, OWL2.priorVersion.asNode(), prior);
        return prior;
    }

    /** The concepts a release published: its skos:Concepts and the classes it already kept as deprecated. */
    private static List<Node> releasedConcepts(Graph previous) {
        List<Node> out = new ArrayList<>();
        previous.find(Node.ANY, TYPE, SKOS.Concept.asNode()).mapWith(Triple::getSubject).forEachRemaining(out::add);
        previous.find(Node.ANY, OWL2.deprecated.asNode(), TRUE).mapWith(Triple::getSubject)
            .filterKeep(s -> !out.contains(s)).forEachRemaining(out::add);
        out.removeIf(s -> !s.isURI() || s.getURI().startsWith(MVO.NS));
        return out;
    }

    /** What {@code s} was merged into, if that concept is in the new vocabulary; null otherwise. */
    private static Node replacement(Graph current, Graph previous, Overlay overlay, Node s) {
        Node by = first(previous, s, DCTerms.isReplacedBy.asNode());
        if (by != null && current.contains(by, TYPE, SKOS.Concept.asNode())) return by;
        for (Decision d : overlay.decisions()) {
            if (d.action() != Decision.Action.MERGE || !s.equals(CurationOperation.concept(previous, d.subject()))) continue;
            Node keep = CurationOperation.concept(current, d.object());
            if (keep != null) return keep;
        }
        return null;
    }

    private static Node ontology(Graph g) {
        return g.find(Node.ANY, TYPE, OWL2.Ontology.asNode()).mapWith(Triple::getSubject)
            .filterKeep(s -> !s.isURI() || !s.getURI().equals(MVO.ONTOLOGY_IRI)).nextOptional().orElse(null);
    }

    private static Node first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).nextOptional().orElse(null);
    }
}

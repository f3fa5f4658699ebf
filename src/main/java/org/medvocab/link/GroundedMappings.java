package org.medvocab.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The {@code skos:exactMatch} statements a vocabulary already holds because the converter grounded a concept in the
 * medical lexicon ({@code org.medvocab.ground.ExactMatches}). Each is annotated by an {@code owl:Axiom} carrying the
 * SSSOM slots of {@link MappingGraph} with {@code sssom:mapping_tool} {@value #TOOL}; the link stage reads them back
 * as existing mappings, so that its mapping set keeps each of them once (a lexical match of the same pair merges
 * with it) instead of dropping it or writing it twice.
 */
public final class GroundedMappings {
    private GroundedMappings() {}

    /** The {@code sssom:mapping_tool} of a match made by grounding at conversion time. */
    public static final String TOOL = "medvocab convert (terminology grounding)";
    /** The justification of such a match: the normalised label equals a lexicon label. */
    public static final String JUSTIFICATION = Matcher.LEXICAL;
    /** The source named on the rows the link stage makes from them. */
    public static final String SOURCE = "medvocab grounding";

    private static final Node EXACT = SKOS.exactMatch.asNode();
    private static final Node TOOL_LITERAL = NodeFactory.createLiteralString(TOOL);

    /** The grounded exact matches of a vocabulary graph, sorted by subject and object, as existing mappings. */
    public static List<ExistingMapping> read(Graph vocabulary, Curies curies) {
        List<ExistingMapping> out = new ArrayList<>();
        for (Triple t : vocabulary.find(Node.ANY, MappingGraph.MAPPING_TOOL, TOOL_LITERAL).toList()) {
            Node ax = t.getSubject();
            Node s = one(vocabulary, ax, OWL2.annotatedSource.asNode());
            Node o = one(vocabulary, ax, OWL2.annotatedTarget.asNode());
            if (s == null || o == null || !s.isURI() || !o.isURI()
                || !vocabulary.contains(ax, OWL2.annotatedProperty.asNode(), EXACT) || !vocabulary.contains(s, EXACT, o)) continue;
            out.add(new ExistingMapping(s.getURI(), literal(vocabulary, ax, MappingGraph.SUBJECT_LABEL), MatchPredicate.EXACT,
                curies.canonical(o.getURI()), literal(vocabulary, ax, MappingGraph.OBJECT_LABEL), JUSTIFICATION,
                confidence(vocabulary, ax), false, SOURCE));
        }
        out.sort(Comparator.comparing(ExistingMapping::subjectId).thenComparing(ExistingMapping::objectId));
        return out;
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = one(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : "";
    }

    private static double confidence(Graph g, Node ax) {
        String v = literal(g, ax, MappingGraph.CONFIDENCE);
        try {
            return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

package org.medvocab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * OWL 2 DL declarations for a vocabulary. The one list of declarations is the core ontology (ontology/core.ttl,
 * its own terms plus the SKOS, Dublin Core, SPDX and VANN terms it declares); this copies into a vocabulary the
 * declaration of every such term the vocabulary uses, so that OWL tools see each IRI typed once, with or without
 * the core import resolved, and never guess a SKOS relation to be an annotation property (illegal punning).
 */
public final class OwlDeclarations {
    private OwlDeclarations() {}

    /** The entity types an OWL 2 declaration gives. */
    private static final Set<Node> ENTITY_TYPES = Set.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(),
        OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode(), OWL2.NamedIndividual.asNode());

    /** Adds to {@code vocabulary} the declarations from {@code core} of the terms it uses. */
    public static void declare(Graph vocabulary, Graph core) {
        List<Triple> add = new ArrayList<>();
        core.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEach(t -> {
            if (ENTITY_TYPES.contains(t.getObject()) && t.getSubject().isURI() && uses(vocabulary, t.getSubject())) add.add(t);
        });
        add.forEach(vocabulary::add);
    }

    private static boolean uses(Graph g, Node term) {
        return g.contains(Node.ANY, term, Node.ANY) || g.contains(Node.ANY, Node.ANY, term) || g.contains(term, Node.ANY, Node.ANY);
    }
}

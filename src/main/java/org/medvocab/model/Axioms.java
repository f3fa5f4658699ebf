package org.medvocab.model;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/** OWL axiom annotations: the {@code owl:Axiom} node that carries notes (source, evidence, provenance) on a statement. */
public final class Axioms {
    private Axioms() {}

    /**
     * Adds an {@code owl:Axiom} for the statement (s p o), with its annotated source, property and target (the statement
     * itself is not added), and returns it, for the caller to annotate.
     */
    public static Node axiom(Graph g, Node s, Node p, Node o) {
        Node ax = NodeFactory.createBlankNode();
        g.add(ax, RDF.type.asNode(), OWL2.Axiom.asNode());
        g.add(ax, OWL2.annotatedSource.asNode(), s);
        g.add(ax, OWL2.annotatedProperty.asNode(), p);
        g.add(ax, OWL2.annotatedTarget.asNode(), o);
        return ax;
    }
}

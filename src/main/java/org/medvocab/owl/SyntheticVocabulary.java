package org.medvocab.owl;

import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.MVO;
import org.medvocab.model.OwlDeclarations;
import org.medvocab.model.VocabularyBuilder;

/**
 * A generated vocabulary of any size with the shape of a converted one, for benchmarks: each concept is a
 * skos:Concept and owl:Class under one of the six kinds (a random tree of skos:broader + rdfs:subClassOf below
 * them), with labels and, for one concept in four, a domain relation stated both as a triple and as an
 * existential restriction whose value is of the kind the relation's range asks for.
 */
public final class SyntheticVocabulary {
    private SyntheticVocabulary() {}

    private static final Node[] KINDS = {MVO.Device, MVO.Procedure, MVO.Condition, MVO.AnatomicalStructure,
        MVO.BiologicalMechanism, MVO.Substance};

    /** {@code n} concepts, reproducible for one seed. */
    public static Graph generate(int n, long seed) {
        Random rnd = new Random(seed);
        Graph g = GraphFactory.createDefaultGraph();
        String base = "https://example.org/synthetic/";
        Node scheme = NodeFactory.createURI(base.substring(0, base.length() - 1));
        g.add(scheme, RDF.Nodes.type, OWL2.Ontology.asNode());
        g.add(scheme, RDF.Nodes.type, SKOS.ConceptScheme.asNode());
        g.add(scheme, OWL2.imports.asNode(), NodeFactory.createURI(MVO.ONTOLOGY_IRI));
        Node[] concepts = new Node[n];
        int[] kind = new int[n];
        for (int i = 0; i < n; i++) {
            Node c = NodeFactory.createURI(base + "c" + i);
            concepts[i] = c;
            // the first concepts hang under the kinds; later ones under an earlier concept of the same kind
            int parent = i < 60 ? -1 : rnd.nextInt(i);
            kind[i] = parent < 0 ? i % KINDS.length : kind[parent];
            Node p = parent < 0 ? KINDS[kind[i]] : concepts[parent];
            g.add(c, RDF.Nodes.type, SKOS.Concept.asNode());
            g.add(c, RDF.Nodes.type, OWL2.Class.asNode());
            g.add(c, SKOS.inScheme.asNode(), scheme);
            g.add(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("concept " + i, "en"));
            g.add(c, SKOS.broader.asNode(), p);
            g.add(p, SKOS.narrower.asNode(), c);
            g.add(c, RDFS.subClassOf.asNode(), p);
        }
        for (int i = 60; i < n; i += 4) {
            int target = rnd.nextInt(i);
            Node rel = kind[target] == 2 ? MVO.risk : kind[target] == 3 ? MVO.location : MVO.mechanism;
            if (rel == MVO.mechanism && kind[target] != 4 && kind[target] != 5 && kind[target] != 0) continue;
            g.add(concepts[i], rel, concepts[target]);
            Node r = NodeFactory.createBlankNode();
            g.add(concepts[i], RDFS.subClassOf.asNode(), r);
            g.add(r, RDF.Nodes.type, OWL2.Restriction.asNode());
            g.add(r, OWL2.onProperty.asNode(), rel);
            g.add(r, OWL2.someValuesFrom.asNode(), concepts[target]);
        }
        OwlDeclarations.declare(g, VocabularyBuilder.coreOntology());
        return g;
    }
}

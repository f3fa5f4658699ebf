package org.medvocab.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Names of the graphs the store keeps apart; the default graph of the service is their union. */
public final class Graphs {
    private Graphs() {}

    public static final String NS = "https://w3id.org/medvocab/graph/";
    /** The vocabulary generated from the documents. */
    public static final Node VOCABULARY = NodeFactory.createURI(NS + "vocabulary");
    /** The hand-written core ontology (ontology/core.ttl). */
    public static final Node CORE = NodeFactory.createURI(NS + "core");
    /** Mappings to other ontologies (skos:*Match and SSSOM metadata), written by medvocab link. */
    public static final Node MAPPINGS = NodeFactory.createURI(NS + "mappings");
    /** The OntoLex-Lemon lexicon of the source dictionaries (entries, forms, senses), written by convert --lexicon. */
    public static final Node LEXICON = NodeFactory.createURI(NS + "lexicon");
}

package org.medvocab.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** OntoLex-Lemon (core, lime, vartrans, lexicog) and LexInfo terms of the lexicon graph. */
public final class Lemon {
    private Lemon() {}

    public static final String ONTOLEX_NS = "http://www.w3.org/ns/lemon/ontolex#";
    public static final String LIME_NS = "http://www.w3.org/ns/lemon/lime#";
    public static final String VARTRANS_NS = "http://www.w3.org/ns/lemon/vartrans#";
    public static final String LEXICOG_NS = "http://www.w3.org/ns/lemon/lexicog#";
    public static final String LEXINFO_NS = "http://www.lexinfo.net/ontology/3.0/lexinfo#";

    public static final Node LexicalEntry = NodeFactory.createURI(ONTOLEX_NS + "LexicalEntry");
    public static final Node Word = NodeFactory.createURI(ONTOLEX_NS + "Word");
    public static final Node MultiwordExpression = NodeFactory.createURI(ONTOLEX_NS + "MultiwordExpression");
    public static final Node Form = NodeFactory.createURI(ONTOLEX_NS + "Form");
    public static final Node LexicalSense = NodeFactory.createURI(ONTOLEX_NS + "LexicalSense");
    public static final Node canonicalForm = NodeFactory.createURI(ONTOLEX_NS + "canonicalForm");
    public static final Node writtenRep = NodeFactory.createURI(ONTOLEX_NS + "writtenRep");
    public static final Node phoneticRep = NodeFactory.createURI(ONTOLEX_NS + "phoneticRep");
    public static final Node sense = NodeFactory.createURI(ONTOLEX_NS + "sense");
    public static final Node reference = NodeFactory.createURI(ONTOLEX_NS + "reference");

    public static final Node Lexicon = NodeFactory.createURI(LIME_NS + "Lexicon");
    public static final Node entry = NodeFactory.createURI(LIME_NS + "entry");
    public static final Node language = NodeFactory.createURI(LIME_NS + "language");

    public static final Node LexicographicResource = NodeFactory.createURI(LEXICOG_NS + "LexicographicResource");
    public static final Node Entry = NodeFactory.createURI(LEXICOG_NS + "Entry");
    public static final Node lexicogEntry = NodeFactory.createURI(LEXICOG_NS + "entry");
    public static final Node describes = NodeFactory.createURI(LEXICOG_NS + "describes");

    public static final Node LexicalRelation = NodeFactory.createURI(VARTRANS_NS + "LexicalRelation");
    public static final Node SenseRelation = NodeFactory.createURI(VARTRANS_NS + "SenseRelation");
    public static final Node relates = NodeFactory.createURI(VARTRANS_NS + "relates");
    public static final Node source = NodeFactory.createURI(VARTRANS_NS + "source");
    public static final Node target = NodeFactory.createURI(VARTRANS_NS + "target");
    public static final Node category = NodeFactory.createURI(VARTRANS_NS + "category");

    public static final Node partOfSpeech = NodeFactory.createURI(LEXINFO_NS + "partOfSpeech");
    public static final Node abbreviationFor = NodeFactory.createURI(LEXINFO_NS + "abbreviationFor");
    public static final Node synonym = NodeFactory.createURI(LEXINFO_NS + "synonym");
    public static final Node noun = NodeFactory.createURI(LEXINFO_NS + "noun");
    public static final Node properNoun = NodeFactory.createURI(LEXINFO_NS + "properNoun");
    public static final Node verb = NodeFactory.createURI(LEXINFO_NS + "verb");
    public static final Node adjective = NodeFactory.createURI(LEXINFO_NS + "adjective");
    public static final Node adverb = NodeFactory.createURI(LEXINFO_NS + "adverb");

    /**
     * The prefixes of a lexicon file: those of the vocabulary plus ontolex, lime, vartrans, lexicog and lexinfo.
     *
     * @param vocabulary the vocabulary's prefixes
     * @return a new prefix mapping
     */
    public static org.apache.jena.shared.PrefixMapping prefixes(org.apache.jena.shared.PrefixMapping vocabulary) {
        return org.apache.jena.shared.PrefixMapping.Factory.create().setNsPrefixes(vocabulary)
            .setNsPrefix("ontolex", ONTOLEX_NS).setNsPrefix("lime", LIME_NS).setNsPrefix("vartrans", VARTRANS_NS)
            .setNsPrefix("lexicog", LEXICOG_NS).setNsPrefix("lexinfo", LEXINFO_NS);
    }
}

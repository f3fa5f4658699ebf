package org.medvocab.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.extract.DocumentExtraction;
import org.medvocab.extract.DocumentKind;
import org.medvocab.extract.Labels;
import org.medvocab.extract.TermRecord;

/**
 * The OntoLex-Lemon lexicon of the dictionary documents, for the named graph {@link Graphs#LEXICON}: one
 * {@code ontolex:LexicalEntry} per headword and per variant (canonical form with its written representation and the
 * pronunciations the documents give, each annotated with its source document), {@code lexinfo:partOfSpeech}, one
 * {@code ontolex:LexicalSense} per entry and concept ({@code ontolex:reference} the concept of the vocabulary, with
 * the definitions), abbreviations as {@code lexinfo:abbreviationFor} and synonyms as {@code lexinfo:synonym}
 * between senses, and the dictionary structure: one {@code lexicog:LexicographicResource} per dictionary document
 * and one {@code lexicog:Entry} per headword block of it, describing the lexical entry, with {@code dct:source} the
 * document.
 */
public final class LexiconBuilder {
    private LexiconBuilder() {}

    /**
     * Keeps a lexicon in step with a vocabulary an editor changed: a sense of a concept merged into another now
     * refers to the survivor ({@code dct:isReplacedBy}); a sense of a concept that is gone is removed with its links.
     *
     * @param lexicon the lexicon graph (changed in place)
     * @param vocabulary the vocabulary graph after the change
     */
    public static void followCuration(Graph lexicon, Graph vocabulary) {
        for (Triple t : lexicon.find(Node.ANY, Lemon.reference, Node.ANY).toList()) {
            Node concept = t.getObject();
            if (vocabulary.contains(concept, RDF.Nodes.type, SKOS.Concept.asNode())) continue;
            Node survivor = vocabulary.find(concept, DCTerms.isReplacedBy.asNode(), Node.ANY).mapWith(Triple::getObject)
                .nextOptional().orElse(null);
            lexicon.delete(t);
            if (survivor != null) {
                lexicon.add(t.getSubject(), Lemon.reference, survivor);
            } else {
                lexicon.find(t.getSubject(), Node.ANY, Node.ANY).toList().forEach(lexicon::delete);
                lexicon.find(Node.ANY, Node.ANY, t.getSubject()).toList().forEach(lexicon::delete);
            }
        }
    }

    /** Part-of-speech labels of dictionaries, by their lower-case spelling without a final period. */
    private static final Map<String, Node> PART_OF_SPEECH = Map.ofEntries(
        Map.entry("noun", Lemon.noun), Map.entry("n", Lemon.noun), Map.entry("plural", Lemon.noun), Map.entry("pl", Lemon.noun),
        Map.entry("verb", Lemon.verb), Map.entry("v", Lemon.verb), Map.entry("vt", Lemon.verb), Map.entry("vi", Lemon.verb),
        Map.entry("adjective", Lemon.adjective), Map.entry("adj", Lemon.adjective),
        Map.entry("adverb", Lemon.adverb), Map.entry("adv", Lemon.adverb));
    /** An abbreviation: two to ten capitals, digits, hyphens or slashes, at least two of them capitals. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?=(?:.*\\p{Lu}){2})[\\p{Lu}\\d/-]{2,10}");
    /** Brackets, slashes or backslashes around a respelling. */
    private static final Pattern RESPELLING_MARKS = Pattern.compile("^[(\\[/\\\\]+|[)\\]/\\\\]+$");

    /**
     * Builds the lexicon.
     *
     * @param vocabulary the vocabulary graph built from {@code docs} (its concepts are the senses' references)
     * @param docs the extractions of the documents
     * @param base the vocabulary base IRI
     * @return the lexicon graph (empty when no document is a dictionary)
     */
    public static Graph build(Graph vocabulary, List<DocumentExtraction> docs, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        Map<String, Node> concepts = concepts(vocabulary);
        Node lexicon = NodeFactory.createURI(base + "lexicon");
        for (DocumentExtraction ex : docs) {
            if (ex.kind() != DocumentKind.DICTIONARY) continue;
            Node doc = VocabularyBuilder.sourceIri(base, ex.document().id());
            Node resource = NodeFactory.createURI(base + "lexicog/" + Labels.slug(ex.document().id()));
            for (TermRecord t : ex.terms()) {
                Node concept = concepts.get(Labels.key(t.sense() == null ? t.label() : t.label() + " (" + t.sense() + ")"));
                if (concept == null || t.definitions().isEmpty() && t.pronunciations().isEmpty()) continue;
                if (g.isEmpty()) {
                    g.add(lexicon, RDF.type.asNode(), Lemon.Lexicon);
                    g.add(lexicon, Lemon.language, NodeFactory.createLiteralString("en"));
                }
                g.add(resource, RDF.type.asNode(), Lemon.LexicographicResource);
                g.add(resource, DCTerms.source.asNode(), doc);
                Node entry = entry(g, lexicon, base, t.label(), partOfSpeech(t));
                Node sense = sense(g, entry, concept, doc);
                for (TermRecord.Definition d : t.definitions()) annotated(g, sense, SKOS.definition.asNode(), en(d.text()), doc);
                Node form = NodeFactory.createURI(entry.getURI() + "/form");
                for (String p : t.pronunciations()) annotated(g, form, Lemon.phoneticRep, en(respelling(p)), doc);
                Node block = NodeFactory.createURI(resource.getURI() + "/" + Labels.slug(t.label()));
                g.add(resource, Lemon.lexicogEntry, block);
                g.add(block, RDF.type.asNode(), Lemon.Entry);
                g.add(block, Lemon.describes, entry);
                g.add(block, DCTerms.source.asNode(), doc);
                for (String alt : t.altLabels()) variant(g, lexicon, base, alt, entry, sense, concept, doc);
            }
        }
        return g;
    }

    /** Concepts by the key of their preferred label, then (where free) of their other labels. */
    private static Map<String, Node> concepts(Graph vocabulary) {
        Map<String, Node> byLabel = new HashMap<>();
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.hiddenLabel.asNode(), SKOS.altLabel.asNode())) {
            for (Triple t : vocabulary.find(Node.ANY, p, Node.ANY).toList()) {
                if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                    byLabel.putIfAbsent(Labels.key(t.getObject().getLiteralLexicalForm()), t.getSubject());
                }
            }
        }
        return byLabel;
    }

    private static Node entry(Graph g, Node lexicon, String base, String label, Node pos) {
        Node entry = NodeFactory.createURI(base + "lexicon/" + Labels.slug(label));
        Node form = NodeFactory.createURI(entry.getURI() + "/form");
        g.add(lexicon, Lemon.entry, entry);
        g.add(entry, RDF.type.asNode(), Lemon.LexicalEntry);
        g.add(entry, RDF.type.asNode(), label.strip().contains(" ") ? Lemon.MultiwordExpression : Lemon.Word);
        g.add(entry, Lemon.canonicalForm, form);
        if (pos != null && !g.contains(entry, Lemon.partOfSpeech, Node.ANY)) g.add(entry, Lemon.partOfSpeech, pos);
        g.add(form, RDF.type.asNode(), Lemon.Form);
        if (!g.contains(form, Lemon.writtenRep, Node.ANY)) g.add(form, Lemon.writtenRep, en(label.strip()));
        return entry;
    }

    private static Node sense(Graph g, Node entry, Node concept, Node doc) {
        Node sense = NodeFactory.createURI(entry.getURI() + "/sense/" + concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1));
        g.add(entry, Lemon.sense, sense);
        g.add(sense, RDF.type.asNode(), Lemon.LexicalSense);
        g.add(sense, Lemon.reference, concept);
        g.add(sense, DCTerms.source.asNode(), doc);
        return sense;
    }

    /** A synonym or abbreviation of an entry: an entry of its own whose sense refers to the same concept. */
    private static void variant(Graph g, Node lexicon, String base, String alt, Node head, Node headSense, Node concept, Node doc) {
        Node entry = entry(g, lexicon, base, alt, null);
        Node sense = sense(g, entry, concept, doc);
        if (ABBREVIATION.matcher(alt.strip()).matches()) g.add(entry, Lemon.abbreviationFor, head);
        else if (!sense.equals(headSense)) g.add(sense, Lemon.synonym, headSense);
    }

    /** The statement, and an owl:Axiom giving its source document (as definitions and relations have). */
    private static void annotated(Graph g, Node s, Node p, Node o, Node doc) {
        g.add(s, p, o);
        g.add(Axioms.axiom(g, s, p, o), DCTerms.source.asNode(), doc);
    }

    private static Node partOfSpeech(TermRecord t) {
        if (t.partOfSpeech() == null) return t.properName() ? Lemon.properNoun : Lemon.noun;
        String pos = t.partOfSpeech().toLowerCase(Locale.ROOT).split("[\\s;,]", 2)[0].replaceAll("\\.$", "");
        return PART_OF_SPEECH.getOrDefault(pos, Lemon.noun);
    }

    private static String respelling(String p) {
        return RESPELLING_MARKS.matcher(p.strip()).replaceAll("").strip();
    }

    private static Node en(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }
}

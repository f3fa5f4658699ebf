package org.medvocab.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.Lemon;
import org.medvocab.web.Model.LexicalEntry;
import org.medvocab.web.Model.LexicalSense;
import org.medvocab.web.Model.Ref;

/**
 * The OntoLex-Lemon layer of a concept (the lexicon graph that {@code convert --lexicon} writes): the lexical entries
 * with a sense whose {@code ontolex:reference} is the concept, with their written form, pronunciations, part of speech,
 * the senses' definitions and sources, synonyms and abbreviations, and the dictionaries whose {@code lexicog:Entry}
 * describes them. Empty when the served data has no lexicon. Callers hold a read transaction.
 */
final class LexicalLayer {

    private final DatasetGraph dsg;
    private final Labels labels;

    LexicalLayer(DatasetGraph dsg, Labels labels) {
        this.dsg = dsg;
        this.labels = labels;
    }

    List<LexicalEntry> entries(Node concept) {
        List<LexicalEntry> out = new ArrayList<>();
        Set<Node> entries = new LinkedHashSet<>();
        for (Node sense : Queries.subjectsOf(dsg, Lemon.reference, concept)) entries.addAll(Queries.subjectsOf(dsg, Lemon.sense, sense));
        for (Node e : entries) out.add(entry(e, concept));
        out.sort(Comparator.comparing(LexicalEntry::written, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private LexicalEntry entry(Node e, Node concept) {
        Node form = Queries.object(dsg, e, Lemon.canonicalForm);
        String written = form == null ? Labels.localName(e) : Queries.text(dsg, form, Lemon.writtenRep, Labels.localName(e));
        List<String> phonetic = form == null ? List.of() : literals(Queries.objects(dsg, form, Lemon.phoneticRep));
        Node pos = Queries.object(dsg, e, Lemon.partOfSpeech);
        List<LexicalSense> senses = new ArrayList<>();
        for (Node s : Queries.objects(dsg, e, Lemon.sense)) {
            if (dsg.contains(Node.ANY, s, Lemon.reference, concept)) senses.add(sense(s));
        }
        Set<Node> abbreviations = new LinkedHashSet<>(Queries.objects(dsg, e, Lemon.abbreviationFor));
        abbreviations.addAll(Queries.subjectsOf(dsg, Lemon.abbreviationFor, e));
        Set<Node> dictionaries = new LinkedHashSet<>();
        for (Node le : Queries.subjectsOf(dsg, Lemon.describes, e)) dictionaries.addAll(Queries.objects(dsg, le, DCTerms.source.asNode()));
        return new LexicalEntry(labels.ref(e), written, phonetic, pos == null ? "" : Labels.localName(pos), senses,
            writtenForms(abbreviations), labels.sorted(dictionaries));
    }

    private LexicalSense sense(Node s) {
        Set<Node> synonymSenses = new LinkedHashSet<>(Queries.objects(dsg, s, Lemon.synonym));
        synonymSenses.addAll(Queries.subjectsOf(dsg, Lemon.synonym, s));
        List<Ref> synonyms = new ArrayList<>();
        for (Node other : synonymSenses) {
            Node otherConcept = Queries.object(dsg, other, Lemon.reference);
            for (Node entry : Queries.subjectsOf(dsg, Lemon.sense, other)) {
                Ref target = otherConcept == null ? labels.ref(entry) : labels.ref(otherConcept);
                synonyms.add(new Ref(target.iri(), writtenForm(entry), target.href()));
            }
        }
        synonyms.sort(Labels.BY_LABEL);
        return new LexicalSense(labels.ref(s), literals(Queries.objects(dsg, s, SKOS.definition.asNode())),
            labels.sorted(Queries.objects(dsg, s, DCTerms.source.asNode())), synonyms);
    }

    /** The written forms of lexical entries, as links to the concepts their senses refer to. */
    private List<Ref> writtenForms(Set<Node> entries) {
        List<Ref> out = new ArrayList<>();
        for (Node e : entries) {
            Node sense = Queries.object(dsg, e, Lemon.sense);
            Node concept = sense == null ? null : Queries.object(dsg, sense, Lemon.reference);
            Ref target = labels.ref(concept == null ? e : concept);
            out.add(new Ref(target.iri(), writtenForm(e), target.href()));
        }
        out.sort(Labels.BY_LABEL);
        return out;
    }

    private String writtenForm(Node entry) {
        Node form = Queries.object(dsg, entry, Lemon.canonicalForm);
        return form == null ? Labels.localName(entry) : Queries.text(dsg, form, Lemon.writtenRep, Labels.localName(entry));
    }

    private static List<String> literals(Set<Node> nodes) {
        return nodes.stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().toList();
    }
}

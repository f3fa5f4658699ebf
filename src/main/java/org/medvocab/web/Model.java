package org.medvocab.web;

import java.util.List;

/**
 * What the browser shows, as plain records (no Jena types): the vocabulary's metadata and a concept with its labels,
 * definitions and their evidence, hierarchy, relations, restrictions and mappings. Built by {@link VocabularyView}, read
 * by the pages ({@link Pages}) and the REST API ({@link Api}).
 */
public final class Model {
    private Model() {}

    /**
     * A link to a resource.
     *
     * @param iri   the IRI
     * @param label its preferred label (or the end of its IRI)
     * @param href  where the browser shows it (a server path)
     */
    public record Ref(String iri, String label, String href) {}

    /** A label: its text, language tag and role ({@code prefLabel}, {@code altLabel}, {@code hiddenLabel}). */
    public record Label(String text, String lang, String role) {
        /** The role in words ("alternative label"). */
        public String roleWords() { return Labels.ROLE_WORDS.getOrDefault(role, role); }
    }

    /**
     * A definition with its provenance.
     *
     * @param text     the definition
     * @param lang     its language tag
     * @param source   the document it was drawn from, or null
     * @param evidence the sentence it was drawn from, or null
     * @param start    offset of the evidence in the document text (inclusive), or -1
     * @param end      offset of the evidence (exclusive), or -1
     * @param page     the page the evidence starts on, in a paged document (PDF, Word), or -1
     */
    public record Definition(String text, String lang, Ref source, String evidence, int start, int end, int page) {
        /** Whether the evidence can be shown in the document text. */
        public boolean hasOffsets() { return source != null && start >= 0 && end > start; }

        public boolean hasPage() { return page > 0; }
    }

    /** The targets of one relation (skos:related, a domain relation such as risk), under the relation's label. */
    public record Relation(Ref property, List<Ref> targets) {}

    /**
     * An OWL restriction on a class, in words: "risk some hemolysis".
     *
     * @param property   the property
     * @param quantifier {@code some}, {@code only}, {@code value}, or a cardinality such as {@code min 1}
     * @param target     the filler
     */
    public record Restriction(Ref property, String quantifier, Ref target) {
        public String words() { return property.label() + " " + quantifier + " " + target.label(); }
    }

    /**
     * A mapping to a concept of another vocabulary.
     *
     * @param predicate     the mapping predicate (skos:exactMatch, ...)
     * @param target        the target IRI
     * @param targetLabel   the target's label in its vocabulary, or ""
     * @param curie         the target as a CURIE, or its IRI
     * @param justification the SSSOM mapping justification (a semapv term, shortened), or ""
     * @param confidence    the confidence 0–1, or null
     */
    public record Mapping(Ref predicate, String target, String targetLabel, String curie, String justification, Double confidence) {}

    /** Mappings that share a predicate. */
    public record MappingGroup(Ref predicate, List<Mapping> mappings) {}

    /**
     * Everything the concept page shows.
     *
     * @param ref          the concept
     * @param kind         the top class it descends from ("device", "condition", ...), or ""
     * @param labels       preferred, alternative and hidden labels
     * @param definitions  definitions with their evidence
     * @param broader      broader concepts
     * @param narrower     narrower concepts
     * @param related      related concepts (skos:related itself)
     * @param relations    domain relations, grouped by property
     * @param restrictions OWL restrictions on the class
     * @param mappings     mappings grouped by predicate
     * @param sources      the documents it was drawn from
     * @param path         one path from a top concept down to the concept (top first, the concept last)
     * @param types        its rdf:types
     * @param lexicon      the OntoLex-Lemon lexical entries with a sense that refers to it (empty without a lexicon)
     */
    public record Concept(Ref ref, String kind, List<Label> labels, List<Definition> definitions, List<Ref> broader,
                          List<Ref> narrower, List<Ref> related, List<Relation> relations, List<Restriction> restrictions,
                          List<MappingGroup> mappings, List<Ref> sources, List<Ref> path, List<Ref> types,
                          List<LexicalEntry> lexicon) {}

    /**
     * An OntoLex-Lemon lexical entry of a concept.
     *
     * @param entry          the entry
     * @param written        the written representation of its canonical form
     * @param pronunciations the phonetic representations of its canonical form
     * @param partOfSpeech   its LexInfo part of speech ("noun"), or ""
     * @param senses         its senses that refer to the concept
     * @param abbreviations  entries that are abbreviations of it or that it abbreviates (written form, linked to their concept)
     * @param dictionaries   the source documents whose dictionary entries describe it
     */
    public record LexicalEntry(Ref entry, String written, List<String> pronunciations, String partOfSpeech,
                               List<LexicalSense> senses, List<Ref> abbreviations, List<Ref> dictionaries) {
        public boolean hasPronunciations() { return !pronunciations.isEmpty(); }

        public boolean hasAbbreviations() { return !abbreviations.isEmpty(); }

        public boolean hasDictionaries() { return !dictionaries.isEmpty(); }
    }

    /**
     * A lexical sense: its definitions, sources and synonyms (written form, linked to their concept).
     */
    public record LexicalSense(Ref sense, List<String> definitions, List<Ref> sources, List<Ref> synonyms) {
        public boolean hasSynonyms() { return !synonyms.isEmpty(); }
    }

    /**
     * The vocabulary as a whole.
     *
     * @param scheme      the concept scheme
     * @param title       its title
     * @param description its description
     * @param version     its version
     * @param issued      its release date
     * @param license     its licence IRI
     * @param namespace   the namespace of its concepts
     * @param concepts    number of concepts
     * @param mappings    number of mappings to other vocabularies
     * @param sources     number of source documents
     */
    public record Metadata(Ref scheme, String title, String description, String version, String issued, String license,
                           String namespace, long concepts, long mappings, long sources) {}

    /** A source document and the concepts drawn from it. */
    public record Source(Ref ref, String identifier, String format, String kind, List<Ref> concepts) {}

    /**
     * A search hit.
     *
     * @param concept  the concept
     * @param matched  the text that matched (a label or a definition)
     * @param field    prefLabel, altLabel, hiddenLabel or definition
     * @param score    rank score 0–1
     * @param kind     the concept's top class, or ""
     * @param broader  its broader concepts
     * @param definition its first definition, or ""
     */
    public record Hit(Ref concept, String matched, String field, double score, String kind, List<Ref> broader, String definition) {}

    /** One page of search hits and the total number found. */
    public record Hits(String query, List<Hit> hits, int total, int offset, int limit) {}
}

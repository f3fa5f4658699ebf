package org.medvocab.ground;

import java.util.List;
import java.util.Optional;

import org.medvocab.link.Curies;
import org.medvocab.link.Kind;

/**
 * What {@link Grounder#assess(String)} found out about a phrase.
 *
 * @param phrase       the phrase as given
 * @param key          its normalised key ({@link org.medvocab.link.LabelNormalizer#key})
 * @param term         whether it names a thing (see {@link Grounder#assess(String)} for the rule)
 * @param kind         its kind, when some evidence gives one
 * @param evidence     where the kind (and the verdict) came from
 * @param evidenceText the evidence itself: the identifier (and the matched head, for a head match) or the WordNet
 *                     lexicographer file ("noun.body"); "" when none
 * @param best         the best identifier for an exact match of the whole phrase (a {@code skos:exactMatch}); empty
 *                     for head matches and WordNet evidence
 * @param matches      every entry the whole phrase matches exactly (empty when none), best first
 */
public record Grounding(String phrase, String key, boolean term, Optional<Kind> kind, Evidence evidence,
                        String evidenceText, Optional<LexiconEntry> best, List<LexiconEntry> matches) {

    /** Where a verdict or kind came from, strongest first. */
    public enum Evidence {
        /** the medical lexicon knows the whole phrase */
        LEXICON,
        /** the medical lexicon knows the phrase's head ("dialysis machine" in "portable dialysis machine"): kind only */
        LEXICON_HEAD,
        /** WordNet: the lexicographer file of the phrase's (or its head's) noun sense: kind only */
        WORDNET,
        /** nothing gave a kind */
        NONE
    }

    private static final Curies CURIES = new Curies();

    /** The best identifier's CURIE ({@code UBERON:0000948}), for an exact match only. */
    public Optional<String> id() { return best.map(LexiconEntry::id); }

    /** The best identifier as an IRI ({@code http://purl.obolibrary.org/obo/UBERON_0000948}), for {@code skos:exactMatch}. */
    public Optional<String> iri() { return best.map(e -> CURIES.expand(e.id())); }

    /** The IRI of the core top class of the kind ({@code mvo:AnatomicalStructure}), when there is a kind. */
    public Optional<String> kindIri() { return kind.map(Kind::iri); }

    /** True when the whole phrase is in the medical lexicon. */
    public boolean known() { return !matches.isEmpty(); }

    /** True when one of the entries the whole phrase matches is from a source ({@code "CL"}). */
    public boolean knownIn(String source) {
        return matches.stream().anyMatch(e -> e.id().startsWith(source + ":"));
    }
}

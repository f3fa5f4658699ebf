package org.medvocab.extract;

import java.util.Set;

import org.medvocab.ground.Grounder;
import org.medvocab.ground.Grounding;
import org.medvocab.ground.Mention;
import org.medvocab.link.Kind;

/**
 * Terms a sentence mentions that a medical terminology knows (see {@link Grounder}): the anatomy, substances,
 * conditions, procedures and devices a page says something about become concepts of the page, as MetaMap or
 * cTAKES recognise concepts with a dictionary. A single common word is taken only when it names anatomy, a
 * substance or a condition (a body part, a chemical, a disease), where one word is often the whole term.
 */
final class MentionRules {
    private MentionRules() {}

    /** Kinds for which a one-word mention is specific enough to be a concept. */
    private static final Set<Kind> ONE_WORD_KINDS = Set.of(Kind.ANATOMY, Kind.SUBSTANCE, Kind.CONDITION);

    static void apply(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        for (Mention m : Grounder.get().mentions(sentence)) {
            Grounding g = m.grounding();
            boolean oneWord = m.end() - m.start() == 1;
            if (oneWord) continue;
            Phrases.Term t = Phrases.clean(m.text());
            if (t == null || RelationRules.isTopic(t.label(), topic)) continue;
            if (oneWord && (Lexicon.NON_TERMS.contains(t.label()) || Lexicon.isGenericGenus(t.label()))) continue;
            ex.addMention(t.label(), g.kind().map(k -> TopClass.valueOf(k.name())).orElse(null), ev);
        }
    }
}

package org.medvocab.extract;

import java.util.List;
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
        sharedHeadLists(sentence, topic, ex, ev);
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

    /** "A, B, C or D tube": a list of modifiers before one head (only the last item is written in full). */
    private static final java.util.regex.Pattern SHARED_HEAD_LIST = java.util.regex.Pattern.compile(
        "(?<![\\p{L}\\-])((?:[\\p{L}][\\p{L}\\-]*,\\s*){1,6}(?:[\\p{L}][\\p{L}\\-]*,?\\s+)?(?:and/or|and|or)\\s+[\\p{L}][\\p{L}\\-]*\\s+[\\p{L}][\\p{L}\\-]*)");

    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile(",?\\s+(?:and/or|and|or)\\s+|,\\s*");

    /**
     * "through a nasogastric, nasoduodenal or gastrostomy tube": each modifier with the shared head is a term the
     * sentence names, when the medical terminology knows the whole phrase.
     */
    private static void sharedHeadLists(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        java.util.regex.Matcher m = SHARED_HEAD_LIST.matcher(sentence);
        while (m.find()) {
            List<String> items = List.of(LIST_SEPARATOR.split(m.group(1).strip()));
            if (items.size() < 3) continue;
            String last = items.get(items.size() - 1);
            String head = last.substring(last.lastIndexOf(' ') + 1);
            for (String written : items) {
                String item = written.contains(" ") ? written : written + " " + head;
                Grounding g = Grounder.get().assess(item);
                if (g.evidence() != Grounding.Evidence.LEXICON) continue;
                Phrases.Term t = Phrases.clean(item);
                if (t == null || RelationRules.isTopic(t.label(), topic)) continue;
                ex.addMention(t.label(), g.kind().map(k -> TopClass.valueOf(k.name())).orElse(null), ev);
            }
        }
    }
}

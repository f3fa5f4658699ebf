package org.medvocab.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that read a sentence together with the text before it, the way an article builds a class step by step:
 * <ul>
 *   <li>"Some such enzymes are membrane proteins. These are called transmembrane ATPases." — the name given to a
 *       subset is narrower than the class the subset was taken from and than what the subset was said to be;</li>
 *   <li>"Transmembrane ATPases import ... An important example is the sodium pump." — an example is a kind of the
 *       class the paragraph is about (the term its sentences open with), else of the page's topic.</li>
 * </ul>
 */
final class DiscourseRules {
    private DiscourseRules() {}

    /** "Some such Xs are (a|an) Y ...": a subset of X said to be Y. */
    private static final Pattern SUBSET = Pattern.compile("(?i)^(?:some|many|certain|several|a few|most)\\s+(?:such\\s+|of these\\s+|of the\\s+)?"
        + "(?<cls>(?:[\\p{L}\\-]+\\s+){0,2}?[\\p{L}\\-]+?)\\s+(?:are|is)\\s+(?:also\\s+)?(?:an?\\s+)?(?<what>(?:[\\p{L}\\-]+\\s+){0,3}?[\\p{L}\\-]+s?)(?=\\s*[(,.;]|\\s+(?:and|that|which|with|in|of)\\b)");
    /** "These are called N", "They are known as N": the name of what the previous sentence described. */
    private static final Pattern THESE_CALLED = Pattern.compile("(?i)^\\(?(?:these|they|such\\s+\\w+)\\s+are\\s+(?:then\\s+|also\\s+)?(?:called|termed|known as|referred to as)\\s+");
    /** "An important example is the X", "Another example is X", "One example of Y is X". */
    private static final Pattern EXAMPLE = Pattern.compile("(?i)^(?:an?|another|one|the\\s+best-known|the\\s+most\\s+common)\\s+(?:(?:important|notable|common|well-known|typical|classic|familiar|good)\\s+)?"
        + "example(?:\\s+of\\s+(?<of>(?:an?\\s+|the\\s+)?[^,]{2,50}?))?\\s+is\\s+(?:the\\s+|an?\\s+)?");

    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"\u201c\u201d]");

    /** A sentence that names a subset of the class described just before ("These are called N"); the named term, or null. */
    static TermRecord subsetName(String sentence, String previous, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        Matcher called = THESE_CALLED.matcher(sentence);
        if (previous == null || !called.find()) return null;
        Matcher subset = SUBSET.matcher(previous.strip());
        if (!subset.find()) return null;
        Phrases.Term name = Phrases.clean(Phrases.phraseAt(QUOTE_MARKS.matcher(sentence).replaceAll(""), called.end()));
        if (name == null || name.label().split(" ").length > 4 || RelationRules.isTopic(name.label(), topic)) return null;
        TermRecord term = ex.term(name.label()).mention(ev);
        String cls = Labels.singularPhrase(subset.group("cls"));
        boolean ofTopic = Phrases.head(cls).equalsIgnoreCase(Phrases.head(topic.label()))
            || topic.broader().stream().anyMatch(b -> Phrases.head(b.target()).equalsIgnoreCase(Phrases.head(cls)));
        if (ofTopic) {
            term.kind(topic.kind()).addBroader(topic.label(), ev);
        } else if (EncyclopediaExtractor.nounPhrase(cls)) {
            term.addBroader(cls, ev);
        }
        Phrases.Term what = Phrases.clean(subset.group("what"));
        if (what != null && !Lexicon.isGenericGenus(Phrases.head(what.label())) && EncyclopediaExtractor.nounPhrase(what.label())) {
            term.addBroader(Labels.singularPhrase(what.label()), ev);
        }
        return term;
    }

    private static final Pattern LEADING_DETERMINER = Pattern.compile("(?i)^(?:the|these|those|all|most)\\s+");
    private static final Pattern SPACES_OR_PUNCTUATION = Pattern.compile("[\\s,;:]+");

    /** The term a sentence opens with, when the page has already named it (the paragraph is then about it), or null. */
    static TermRecord openingTerm(String sentence, TermRecord topic, DocumentExtraction ex) {
        String[] w = SPACES_OR_PUNCTUATION.split(LEADING_DETERMINER.matcher(sentence.strip()).replaceFirst(""));
        // the longest opening run of words that the page has named ("Transmembrane ATPases import ...")
        for (int k = Math.min(5, w.length - 1); k >= 1; k--) {
            String candidate = Labels.singularPhrase(String.join(" ", java.util.Arrays.copyOf(w, k)));
            if (ex.has(candidate) && !RelationRules.isTopic(candidate, topic)) return ex.term(candidate);
        }
        return null;
    }

    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:an?|the)\\s+");

    /** "An important example is the X": X is a kind of the class named, else of the paragraph's class, else of the topic. */
    static void example(String sentence, TermRecord paragraphClass, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        Matcher m = EXAMPLE.matcher(sentence);
        if (!m.find()) return;
        String cls = m.group("of") != null ? Labels.singularPhrase(LEADING_ARTICLE.matcher(m.group("of")).replaceFirst("").strip())
            : (paragraphClass != null ? paragraphClass : topic).label();
        if (Lexicon.isGenericGenus(Phrases.head(cls))) return;
        Phrases.Term t = Phrases.clean(Phrases.phraseAt(sentence, m.end()));
        if (t == null || t.label().split(" ").length > 5 || Labels.key(t.label()).equals(Labels.key(cls))) return;
        ex.term(t.label()).mention(ev).addBroader(cls, ev);
    }
}

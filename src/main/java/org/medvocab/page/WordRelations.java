package org.medvocab.page;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captions of a dictionary's lists of related words: "Synonyms", "Hyponyms for the word X", "Type of:", "Types", "Exact
 * Synonyms" (an ontology browser's OBO synonym scopes). The one
 * list of them, read by boilerplate removal (the names under such a caption are content, however short), by the layouts
 * (label rows of an entry) and by extraction (other names, narrower and broader terms).
 */
public final class WordRelations {
    private WordRelations() {}

    /** What the words under a caption are to the headword. */
    public enum Relation { SYNONYMS, BROADER, NARROWER }

    /** The caption words, as a regular-expression alternation. */
    public static final String CAPTION_WORDS = "(?:exact|related|narrow|broad)\\s+synonyms?|synonym\\(s\\)|synonyms?|syn\\.?|type of|types|hypernyms?|hyponyms?";

    /** A caption alone, perhaps naming the word it is for ("Hyponyms for the word X", "Synonyms of X"), perhaps with a colon. */
    private static final Pattern CAPTION = Pattern.compile("(?i)^\\s*(" + CAPTION_WORDS + ")"
        + "(\\s+(?:for|of)\\s+(?:the\\s+)?(?:(?:word|term)\\s+)?[\\p{L}'\u2019 -]{1,40}?)?\\s*:?\\s*$");

    /**
     * "Related Terms", "See also", "Related conditions": a caption over a list of other terms the entry relates to. The
     * names under it are content, however short, as under a synonyms caption; what they are to the headword is left to
     * extraction (its sections).
     */
    private static final Pattern RELATED_CAPTION = Pattern.compile(
        "(?i)^\\s*(?:see\\s+also|related(?=\\s*:)|(?:related|associated|similar)\\s+(?:terms?|words?|conditions?|diseases?|disorders?|devices?|procedures?))\\s*:?\\s*$");

    /** @return whether a line captions a list of related terms ("Related Terms", "See also") */
    public static boolean relatedCaption(String line) {
        return RELATED_CAPTION.matcher(line).matches();
    }

    /** @return whether a line captions a list of words: a relation caption or a related-terms caption */
    public static boolean listCaption(String line) {
        return CAPTION.matcher(line).matches() || RELATED_CAPTION.matcher(line).matches();
    }

    /** @return the relation a caption line names, or empty for any other line */
    public static Optional<Relation> caption(String line) {
        Matcher m = CAPTION.matcher(line);
        return m.matches() ? Optional.of(relation(m.group(1))) : Optional.empty();
    }

    /**
     * @return the relation a caption names when it names the word it is for ("Hyponyms for the word X"): on a page of
     *     entries, a bare "Synonyms" may head a thesaurus box of loosely related words
     */
    public static Optional<Relation> captionForWord(String line) {
        Matcher m = CAPTION.matcher(line);
        return m.matches() && m.group(2) != null ? Optional.of(relation(m.group(1))) : Optional.empty();
    }

    /**
     * The most words a list of one word's other names holds: a WordNet synset or an ontology's synonyms rarely pass it;
     * a thesaurus box under a bare "Synonyms" caption lists dozens of loosely related words.
     */
    public static final int MAX_NAMES = 8;

    /** The comma or semicolon between the names of a row. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[,;]");

    /** Whether a caption's row is a thesaurus box: a bare synonyms caption over more than {@link #MAX_NAMES} words. */
    public static boolean thesaurusBox(String caption, String values) {
        String c = caption.strip().toLowerCase(Locale.ROOT);
        return c.startsWith("syn") && NAME_SEPARATOR.split(values).length > MAX_NAMES;
    }

    /**
     * The relation a caption word names ("syn." other names, "hypernym" and "type of" broader, "types" narrower). The
     * synonym scopes of OBO ontologies, as ontology browsers print them: "Exact" and "Related synonyms" are other names,
     * a "Narrow synonym" names a narrower term and a "Broad synonym" a broader one.
     */
    public static Relation relation(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("narrow")) return Relation.NARROWER;
        if (w.startsWith("broad")) return Relation.BROADER;
        if (w.startsWith("syn") || w.contains("synonym")) return Relation.SYNONYMS;
        return w.equals("type of") || w.startsWith("hypernym") ? Relation.BROADER : Relation.NARROWER;
    }
}

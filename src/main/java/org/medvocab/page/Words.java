package org.medvocab.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level measures of a text: word count, stop-word density, Title-Case shape. The English stop-word list lives here only. */
public final class Words {
    private Words() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    /** Function words of English (determiners, pronouns, prepositions, conjunctions, auxiliaries). */
    public static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both", "no",
            "other", "such", "its", "it", "their", "they", "them", "his", "her", "he", "she", "we", "our", "you",
            "your", "i", "my", "me", "which", "who", "whom", "whose", "what", "when", "where", "while", "how", "why",
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "over", "under",
            "about", "through", "between", "during", "before", "after", "against", "within", "via", "per", "as",
            "than", "and", "or", "but", "nor", "so", "if", "because", "although", "though", "then", "also", "not",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
            "did", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "there", "here",
            "more", "most", "less", "very", "only", "often", "usually", "up", "out", "off", "down", "one",
            // contractions: a pronoun or auxiliary with its verb ("Download it's free" is a phrase, no name)
            "it's", "that's", "there's", "what's", "let's", "i'm", "you're", "we're", "they're", "you'll", "we'll",
            "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "can't", "won't", "couldn't", "shouldn't");

    /**
     * The words of a text (letters and digits, inner hyphens and apostrophes kept).
     *
     * @param text any text
     * @return the words in order
     */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * @param text any text
     * @return the number of words
     */
    public static int count(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * @param word a word
     * @return true if it is an English function word
     */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /**
     * @param text any text
     * @return the share of its words that are stop words (0 for no words)
     */
    public static double stopWordDensity(String text) {
        List<String> words = of(text);
        if (words.isEmpty()) {
            return 0;
        }
        return words.stream().filter(Words::isStopWord).count() / (double) words.size();
    }

    /**
     * @param text any text
     * @return true if every word that is not a stop word starts with a capital letter or digit
     */
    public static boolean isTitleCase(String text) {
        List<String> words = of(text);
        return !words.isEmpty() && words.stream()
                .filter(w -> !isStopWord(w) || w.equals(words.get(0)))
                .allMatch(w -> !Character.isLowerCase(w.charAt(0)));
    }

    /**
     * @param text any text
     * @return the last word, lower-cased, or "" when there is none
     */
    public static String lastWord(String text) {
        List<String> words = of(text);
        return words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    }

    /** Whether position {@code pos} of {@code text} lies inside square brackets (an etymology, an editor's note). */
    public static boolean insideSquareBrackets(String text, int pos) {
        int depth = 0;
        for (int i = 0; i < pos && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') depth++;
            else if (c == ']' && depth > 0) depth--;
        }
        return depth > 0;
    }
}

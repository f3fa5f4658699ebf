package org.medvocab.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.medvocab.extract.Lexicon;
import org.medvocab.extract.TopClass;

/**
 * Made-up terms for the benchmark inputs: term {@code i} is one to three invented words (syllables spelled from the
 * index, so every index gives a different term) followed by a general head noun of the term's kind, taken from
 * {@link Lexicon} (no word list of its own). Kinds cycle through the core top classes.
 */
final class SyntheticText {
    private SyntheticText() {}

    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr", "pl", "gr", "st", "cl"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ae", "io", "ou"};
    private static final String[] CODAS = {"", "n", "r", "l", "x", "s"};

    static final TopClass[] KINDS = TopClass.values();
    private static final Map<TopClass, List<String>> HEADS = heads();

    private static Map<TopClass, List<String>> heads() {
        Map<TopClass, TreeSet<String>> sorted = new EnumMap<>(TopClass.class);
        for (TopClass k : KINDS) sorted.put(k, new TreeSet<>());
        Lexicon.KIND_HEADS.forEach((w, k) -> { if (!w.contains(" ")) sorted.get(k).add(w); });
        Lexicon.GENERIC_GENUS.forEach((w, k) -> sorted.get(k).add(w));
        Map<TopClass, List<String>> out = new EnumMap<>(TopClass.class);
        sorted.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }

    /** The kind of term {@code i}. */
    static TopClass kind(long i) { return KINDS[(int) (i % KINDS.length)]; }

    /** An invented word spelling {@code n} (distinct numbers give distinct words). */
    static String word(long n) {
        StringBuilder sb = new StringBuilder();
        long v = n;
        do {
            int x = (int) (v % (ONSETS.length * VOWELS.length));
            sb.append(ONSETS[x % ONSETS.length]).append(VOWELS[x / ONSETS.length]);
            v /= ONSETS.length * VOWELS.length;
        } while (v > 0);
        sb.append(CODAS[(int) (n % CODAS.length)]);
        return sb.toString();
    }

    /** Term {@code i}: invented modifiers and a head noun of its kind, lower case. */
    static String term(long i) {
        List<String> heads = HEADS.get(kind(i));
        String head = heads.get((int) ((i / KINDS.length) % heads.size()));
        return word(i + 7) + (i % 4 == 0 ? " " + word(i / 4 + 3) : "") + " " + head;
    }

    /** An abbreviation for term {@code i}: its capital initials and the index in letters. */
    static String abbreviation(long i) {
        StringBuilder sb = new StringBuilder();
        for (String w : term(i).split(" ")) sb.append(Character.toUpperCase(w.charAt(0)));
        return sb + word(i).toUpperCase(Locale.ROOT);
    }

    static String capitalised(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}

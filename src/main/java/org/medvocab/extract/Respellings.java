package org.medvocab.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How well a pronunciation respelling ("ap-uhn-dek-tuh-mee", "/ˌæp.ənˈdɛk.tə.mi/") spells a word. Respellings and
 * spellings differ in their vowels (a respelling writes "uh", "ee", "ə" for letters a spelling writes as "e", "y")
 * and in a few consonant spellings ("c" and "ck" said k, "ph" said f, "x" said ks), so both are reduced to the
 * consonants they sound, and compared by their longest common subsequence. "appendectomy" and its respelling
 * share all six sounded consonants; "appendix", a word of its definition, shares four of them.
 */
final class Respellings {
    private Respellings() {}

    /** Spellings of one consonant sound, rewritten before the vowels go: "ph" f, "ck" k, soft and hard "c", "x" ks. */
    private static final String[][] SOUNDS = {
        {"ph", "f"}, {"ck", "k"}, {"qu", "kw"}, {"x", "ks"}, {"ch", "k"}, {"sh", "s"}, {"zh", "z"}, {"th", "t"},
    };
    /** "c" before e, i or y is said s; elsewhere k. */
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    /** Vowels, the semi-vowels and "h", which respellings use to write vowels ("uh", "ah"). */
    private static final Pattern NOT_CONSONANT = Pattern.compile("[aeiouyhw]");
    /** A doubled consonant is said once. */
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

    /** The consonants {@code text} sounds, in order: "pndktm" for "appendectomy" and for "ap-uhn-dek-tuh-mee". */
    static String consonants(String text) {
        String s = NOT_LETTER.matcher(Labels.ascii(text)).replaceAll("");
        for (String[] r : SOUNDS) s = s.replace(r[0], r[1]);
        s = SOFT_C.matcher(s).replaceAll("s").replace('c', 'k');
        return DOUBLED.matcher(NOT_CONSONANT.matcher(s).replaceAll("")).replaceAll("$1");
    }

    /** A respelling spells a word when it shares this much of the word's consonants. */
    private static final double SPELLS = 0.8;

    /** Whether a respelling ("ap-uhn-dek-tuh-mee", "FROST-bite") sounds out this word. */
    static boolean spells(String respelling, String word) {
        return similarity(respelling, word) >= SPELLS;
    }

    /** Shared consonants over the longer of the two consonant skeletons, 0 to 1 (0 when either has none). */
    static double similarity(String respelling, String word) {
        String a = consonants(respelling.toLowerCase(Locale.ROOT));
        String b = consonants(word.toLowerCase(Locale.ROOT));
        if (a.isEmpty() || b.isEmpty()) return 0;
        return (double) commonSubsequence(a, b) / Math.max(a.length(), b.length());
    }

    private static int commonSubsequence(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}

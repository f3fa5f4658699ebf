package org.medvocab.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the dev-corpus scoring compares labels. Both sides are folded the same way: Unicode NFKC, lower
 * case, hyphens and underscores turned into spaces, runs of white space squeezed to one and trimmed.
 * Then a plural-looking last word loses its "s", unless s, i or u comes just before it: "pumps" and
 * "pump" compare equal, while "lysis" and "virus" are left alone.
 *
 * <p>The README also keeps "gas" as it is, which the letter rule alone would cut to "ga"; so a last word of
 * three characters or fewer keeps its "s" ("gas", "abs"). Both sides of a comparison are normalised the
 * same way, so this only decides which short words count as plurals.
 */
public final class Normalizer {
    private Normalizer() {}

    /** ASCII hyphen-minus, Unicode hyphen and non-breaking hyphen, underscore. */
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011_]");
    /** Last words up to this length keep their final "s" ("gas"). */
    static final int MIN_SHORT_WORD = 3;
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The normalised form of a label, a definition or a definition prefix ("" for null). */
    public static String normalize(String text) {
        if (text == null) return "";
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = HYPHENS.matcher(t).replaceAll(" ");
        t = SPACE.matcher(t).replaceAll(" ").strip();
        int n = t.length();
        int word = n - (t.lastIndexOf(' ') + 1);
        if (word > MIN_SHORT_WORD && t.charAt(n - 1) == 's') {
            char before = t.charAt(n - 2);
            if (Character.isLetter(before) && before != 's' && before != 'i' && before != 'u') {
                t = t.substring(0, n - 1);
            }
        }
        return t;
    }

    /** Whether two labels are the same after normalisation. */
    public static boolean sameLabel(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /** Whether an extracted definition matches a gold prefix: normalised, it starts with the normalised prefix. */
    public static boolean definitionMatches(String definition, String goldPrefix) {
        return normalize(definition).startsWith(normalize(goldPrefix));
    }

    /** A relation kind as compared for kind accuracy: lower-case, single spaces, hyphens as spaces. */
    public static String relationKind(String kind) {
        if (kind == null) return "";
        return SPACE.matcher(HYPHENS.matcher(kind.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
    }
}

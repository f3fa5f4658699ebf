package org.medvocab.util;

import java.util.Locale;

/** Counts in messages with the right noun form: "1 document", "2 documents", "1 warning", "3 flagged". */
public final class Plural {
    private Plural() {}

    /** {@code n} and the noun, with "s" added unless {@code n} is 1 ("1 document", "0 documents"). */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /** {@code n} and the singular or plural form ("1 child", "2 children"). */
    public static String of(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%d %s", n, n == 1 ? singular : plural);
    }
}

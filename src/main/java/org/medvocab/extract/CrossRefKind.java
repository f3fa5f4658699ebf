package org.medvocab.extract;

/** Kinds of cross-reference a reference work makes between its entries. */
public enum CrossRefKind { SEE, SEE_ALSO, CF, COMPARE, RELATED_TERM;

    /** True when {@code text} opens with a cross-reference cue ("See also X.", "Cf. X"): it refers, it does not define. */
    public static boolean opensText(String text) {
        java.util.regex.Matcher m = TextRules.XREF.matcher(text.strip());
        return m.find() && m.start() == 0;
    }
}

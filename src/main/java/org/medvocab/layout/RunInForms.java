package org.medvocab.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviated headwords in run-in dictionary entries: under "arrhythmia", "sinus a." stands for "sinus
 * arrhythmia". One implementation for the layouts (cross-reference targets) and the definition rules (the genus
 * of a sense).
 */
public final class RunInForms {
    private RunInForms() {}

    /** A single letter with a full stop, standing alone: a candidate abbreviated headword ("a.", "sinus a."). */
    private static final Pattern INITIAL = Pattern.compile("(?<=\\s|^)(\\p{L})\\.(?=[\\s,;:.)]|$)|(?<=\\s)(\\p{L})$");

    /**
     * Writes the abbreviated headword out in full. Only a letter that is the initial of the headword's last word
     * counts; "e.g." and other initials are left as they are.
     *
     * @param text the text of a sense or a reference
     * @param headword the entry's headword, or null
     * @return the text with each abbreviated headword written out
     */
    public static String expand(String text, String headword) {
        if (headword == null || headword.isBlank()) return text;
        String[] words = headword.strip().split("\\s+");
        String last = words[words.length - 1];
        if (!Character.isLetter(last.charAt(0))) return text;
        char initial = Character.toLowerCase(last.charAt(0));
        Matcher m = INITIAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String letter = m.group(1) != null ? m.group(1) : m.group(2);
            boolean ours = Character.toLowerCase(letter.charAt(0)) == initial;
            m.appendReplacement(out, Matcher.quoteReplacement(ours ? last : m.group()));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\.\\.$", ".").replace(last + "..", last + ".");
    }
}

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

    /** "IUD — Intrauterine Device", "PEG: percutaneous endoscopic gastrostomy": a short form, a dash or colon, its name. */
    private static final Pattern SHORT_FORM_PAIR = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\d&/-]{1,9})\\s*[–—:-]\\s*(\\p{L}[\\p{L}'’ -]{3,80}?)\\s*$");

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * A heading that pairs a short form with the name it abbreviates, or null: {short form, name}. The name's letters
     * must spell the short form (see {@link #spellsOut}).
     */
    public static String[] shortFormPair(String text) {
        Matcher m = SHORT_FORM_PAIR.matcher(text.strip());
        if (!m.matches() || !spellsOut(m.group(1), m.group(2))) return null;
        return new String[] {m.group(1), m.group(2).strip()};
    }

    /**
     * Whether {@code longForm} can be written short as {@code shortForm}, as Schwartz and Hearst's test has it: the
     * short form's first letter opens the long form, its other letters stand in the long form in order, and the
     * long form has no more words than the short form has letters and digits plus two.
     */
    public static boolean spellsOut(String shortForm, String longForm) {
        String sf = NOT_LETTER_OR_DIGIT.matcher(shortForm.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        String lf = longForm.toLowerCase(java.util.Locale.ROOT).strip();
        if (sf.length() < 2 || lf.isEmpty() || lf.charAt(0) != sf.charAt(0)) return false;
        if (SPACES.split(lf).length > sf.length() + 2) return false;
        int at = 1;
        for (int k = 1; k < sf.length(); k++) {
            at = lf.indexOf(sf.charAt(k), at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }
}

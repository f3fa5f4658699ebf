package org.medvocab.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.medvocab.extract.Labels;

/**
 * Normalises labels on both sides of a match to comparison forms. The same rules apply to the vocabulary's labels
 * and to every target label, so two labels match when their forms are equal:
 *
 * <ol>
 *   <li><b>Unicode</b>: NFKC, accents removed, Unicode dashes and quotes folded to ASCII.</li>
 *   <li><b>Chemical notation</b>: charges in parentheses are unwrapped ({@code H(+)} to {@code H+},
 *       {@code calcium(2+)} to {@code calcium2+}); charged element symbols and names become the element's name plus
 *       "ion" ({@code Na+}, {@code Ca2+}, {@code sodium(1+)} and "sodium(1+) cation" all become "sodium ion", while
 *       "sodium cation", a class of its own in ChEBI, stays as it is); in front of
 *       "ATPase" the ions stay bare names and "exchanging"/"transporting" is dropped, so {@code Na+,K+-ATPase},
 *       "Na(+)-K(+)-Exchanging ATPase" and "Sodium-Potassium-Exchanging ATPase" all become "sodium potassium
 *       atpase". A match that needed these rewrites scores a little lower than a literal one.</li>
 *   <li><b>Inverted headings</b>: "Valve, Mitral" becomes "mitral valve" and "Monitor, Blood Pressure,
 *       Ambulatory" becomes "ambulatory blood pressure monitor" (comma-and-space separated segments in reverse
 *       order).</li>
 *   <li><b>Case and punctuation</b>: lower case; hyphens, slashes, commas and other punctuation separate words;
 *       possessive 's and apostrophes are dropped; words in capitals of up to five letters are acronyms
 *       and are not made singular ("ECLS" stays "ecls"); "the", "a", "an" are dropped; a hyphenated prefix such as
 *       non-, anti-, intra- is joined to its word ("non-roller" is "nonroller", so it never matches "roller").</li>
 *   <li><b>Fillers</b>: "mellitus" after "diabetes" and "type" between two words ("Catheter, Balloon Type") are
 *       dropped; "type" before a number is kept ("type 1 diabetes").</li>
 *   <li><b>Spelling and number</b>: British spellings of medical stems (haem, aem, oesoph, oedem, paed, -isation,
 *       -our) become American ones; roman numerals after type/grade/class/stage become digits; every word is made
 *       singular by the conservative rule of {@link Labels#suffixSingular(String)}.</li>
 * </ol>
 *
 * <p>Each label has a main form and, where they apply, variants with a small score penalty: the bag of words (word
 * order ignored), the label without its parenthetical ("Unconscious (Psychology)"), with the parenthetical word
 * substituted for the word before it ("Ventricular Bypass (Assist) Device" gives "ventricular assist device"),
 * without a trailing "surgery", "procedure" or "operation" ("coronary artery bypass surgery"), and without generic
 * words in front of a chemical name ("enzyme H+,K+-ATPase").
 */
public final class LabelNormalizer {
    private LabelNormalizer() {}

    /**
     * One comparison form of a label.
     *
     * @param key     the words in order, joined by single spaces
     * @param bag     the words sorted, without "of", joined by spaces (for word-order-insensitive matching)
     * @param head    the head word (the last word) when the label is a plain compound with no preposition or
     *                conjunction; null otherwise
     * @param tokens  the words
     * @param penalty factor applied to the score of a match through this form (1 for the main form)
     * @param how     what the variant did ("" for the main form)
     * @param chemical whether chemical notation was rewritten (ions, ATPases)
     */
    public record Form(String key, String bag, String head, List<String> tokens, double penalty, String how, boolean chemical) {}

    /** Penalty of a form without the label's parenthetical, or with the parenthetical written inline. */
    public static final double PARENTHETICAL = 0.97;
    /** Penalty of a form with the parenthetical substituted for the word before it, or a generic word dropped. */
    public static final double REWRITE = 0.93;

    private static final Map<String, String> ION_SYMBOLS = Map.ofEntries(
        Map.entry("h", "hydrogen"), Map.entry("na", "sodium"), Map.entry("k", "potassium"), Map.entry("ca", "calcium"),
        Map.entry("mg", "magnesium"), Map.entry("cl", "chloride"), Map.entry("li", "lithium"), Map.entry("fe", "iron"),
        Map.entry("zn", "zinc"), Map.entry("cu", "copper"), Map.entry("hco3", "bicarbonate"));
    private static final Set<String> ELEMENT_NAMES = Set.of("hydrogen", "sodium", "potassium", "calcium", "magnesium",
        "chloride", "lithium", "iron", "zinc", "copper", "bicarbonate", "chlorine");
    private static final Set<String> GLUED_PREFIXES = Set.of("non", "anti", "intra", "extra", "inter", "trans", "sub",
        "supra", "peri", "pre", "post", "semi", "multi", "hyper", "hypo", "pseudo");
    private static final Set<String> DROPPED = Set.of("the", "a", "an");
    private static final Set<String> NOT_A_COMPOUND = Set.of("of", "for", "with", "without", "in", "by", "to", "from",
        "and", "or", "on", "at", "via", "due", "than", "not", "&");
    private static final Set<String> TRAILING_GENERIC = Set.of("surgery", "procedure", "operation");
    private static final Set<String> LEADING_GENERIC = Set.of("enzyme", "membrane", "protein", "molecule");
    private static final Set<String> ROMAN_CONTEXT = Set.of("type", "grade", "class", "stage", "phase", "complex");
    private static final Map<String, String> ROMAN = Map.of("i", "1", "ii", "2", "iii", "3", "iv", "4", "v", "5");
    private static final Pattern CHARGE_IN_PARENS = Pattern.compile("\\((\\d?)\\s*([+-]{1,2})\\)");
    private static final Pattern ION_TOKEN = Pattern.compile("([a-z]+?)(\\d?)(\\+{1,2}|-)");

    /** The main comparison key of a label ("Valves, Mitral" -> "mitral valve"). */
    public static String key(String label) {
        List<Form> forms = forms(label);
        return forms.isEmpty() ? "" : forms.get(0).key();
    }

    /** The main form first, then the variants (distinct keys only). Empty for a blank label. */
    public static List<Form> forms(String label) {
        if (label == null) return List.of();
        String s = fold(label.strip());
        if (s.isEmpty()) return List.of();
        List<Form> out = new ArrayList<>(3);
        if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0) {
            if (s.indexOf('+') >= 0 || s.indexOf('-') >= 0) s = CHARGE_IN_PARENS.matcher(s).replaceAll("$1$2");
            int open = firstOpen(s);
            if (open >= 0) {
                int close = matchingClose(s, open);
                if (close > open) {
                    String before = s.substring(0, open).strip();
                    String inside = s.substring(open + 1, close).strip();
                    String after = s.substring(close + 1).strip();
                    String removed = (before + " " + after).strip();
                    if (!removed.isEmpty()) addForms(out, removed, PARENTHETICAL, "parenthetical dropped");
                    if (!removed.isEmpty() && !inside.isEmpty() && inside.indexOf(' ') < 0 && before.indexOf(',') < 0) {
                        int sp = before.lastIndexOf(' ');
                        if (sp > 0 || !before.isEmpty() && !after.isEmpty()) {
                            String sub = (before.substring(0, Math.max(sp, 0)) + " " + inside + " " + after).strip();
                            addForms(out, sub, REWRITE, "parenthetical substituted");
                        }
                    }
                    addForms(out, before + " " + inside + " " + after, PARENTHETICAL, "parenthetical inline");
                    return out;
                }
            }
        }
        addForms(out, s, 1.0, "");
        return out;
    }

    private static void addForms(List<Form> out, String text, double penalty, String how) {
        boolean[] chem = new boolean[1];
        List<String> tokens = tokens(invert(text), chem);
        if (tokens.isEmpty()) return;
        add(out, tokens, penalty, how, chem[0]);
        int n = tokens.size();
        if (n >= 3 && TRAILING_GENERIC.contains(tokens.get(n - 1))) {
            add(out, tokens.subList(0, n - 1), penalty * REWRITE, join(how, "'" + tokens.get(n - 1) + "' dropped"), chem[0]);
        }
        if (n >= 2 && LEADING_GENERIC.contains(tokens.get(0)) && chemical(tokens)) {
            int i = 0;
            while (i < n - 1 && LEADING_GENERIC.contains(tokens.get(i))) i++;
            add(out, tokens.subList(i, n), penalty * REWRITE, join(how, "generic words before a chemical name dropped"), chem[0]);
        }
    }

    private static String join(String a, String b) { return a.isEmpty() ? b : a + "; " + b; }

    private static boolean chemical(List<String> tokens) {
        for (String t : tokens) if (t.equals("atpase") || t.equals("ion") || ELEMENT_NAMES.contains(t)) return true;
        return false;
    }

    private static void add(List<Form> out, List<String> tokens, double penalty, String how, boolean chemical) {
        String key = String.join(" ", tokens);
        for (Form f : out) if (f.key().equals(key)) return;
        String[] bag = tokens.stream().filter(t -> !t.equals("of")).toArray(String[]::new);
        Arrays.sort(bag);
        String head = null;
        boolean compound = true;
        for (String t : tokens) if (NOT_A_COMPOUND.contains(t)) { compound = false; break; }
        if (compound) head = tokens.get(tokens.size() - 1);
        out.add(new Form(key, String.join(" ", bag), head, List.copyOf(tokens), penalty, how, chemical));
    }

    /** Unicode folding: NFKC, no accents, ASCII dashes and quotes. ASCII input is returned as is. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) { ascii = false; break; }
        if (ascii) return s;
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> sb.append('-');
                case '\u2018', '\u2019', '\u02bc' -> sb.append('\'');
                case '\u201c', '\u201d' -> sb.append('"');
                case '\u00a0' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstOpen(String s) {
        int a = s.indexOf('('), b = s.indexOf('[');
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }

    private static int matchingClose(String s, int open) {
        char o = s.charAt(open), c = o == '(' ? ')' : ']';
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == o) depth++;
            else if (ch == c && --depth == 0) return i;
        }
        return -1;
    }

    /** "Valve, Heart, Mechanical" -> "Mechanical Heart Valve" (segments separated by a comma and a space, reversed). */
    static String invert(String s) {
        if (s.indexOf(", ") < 0) return s;
        String[] parts = s.split(",\\s+");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = parts.length - 1; i >= 0; i--) {
            String p = parts[i].strip();
            if (p.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(p);
        }
        return sb.toString();
    }

    /** Lower-case words with the chemical, prefix, spelling, numeral and singular rules applied. */
    static List<String> tokens(String s) {
        return tokens(s, new boolean[1]);
    }

    /** As {@link #tokens(String)}; {@code chemical[0]} is set when chemical notation was rewritten. */
    static List<String> tokens(String s, boolean[] chemical) {
        Raw raw = split(s);
        Words words = words(raw, chemical);
        return withoutFillers(words.words(), words.ion(), chemical);
    }

    /** The words of a label as written (lower case), whether a hyphen follows each, and which are acronyms. */
    private record Raw(List<String> raw, List<Boolean> hyphenAfter, List<Boolean> acronym, boolean anyLower) {}

    /** The words with ion symbols read ("Na+" is "sodium", flagged), fillers not yet dropped. */
    private record Words(List<String> words, List<Boolean> ion) {}

    private static Raw split(String s) {
        List<String> raw = new ArrayList<>(8);
        List<Boolean> hyphenAfter = new ArrayList<>(8);
        List<Boolean> acronym = new ArrayList<>(8);
        StringBuilder tok = new StringBuilder();
        int n = s.length();
        boolean anyLower = false;
        for (int i = 0; i < n; i++) if (Character.isLowerCase(s.charAt(i))) { anyLower = true; break; }
        int upper = 0, letters = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+') {
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) upper++;
                }
                tok.append(Character.toLowerCase(c));
            } else if (c == '\'' && tok.length() > 0) {
                // possessive 's is dropped; other apostrophes join the word
                if (i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)))) i++;
            } else {
                if (tok.length() > 0) {
                    raw.add(tok.toString());
                    hyphenAfter.add(c == '-');
                    acronym.add(upper >= 2 && upper == letters && tok.length() <= 5);
                    tok.setLength(0);
                    upper = 0;
                    letters = 0;
                } else if (c == '-' && !raw.isEmpty()) {
                    // a minus sign closing an ion ("Cl-") is handled below; keep the flag on the previous word
                    hyphenAfter.set(raw.size() - 1, true);
                }
            }
        }
        if (tok.length() > 0) {
            raw.add(tok.toString());
            hyphenAfter.add(false);
            acronym.add(upper >= 2 && upper == letters && tok.length() <= 5);
        }
        return new Raw(raw, hyphenAfter, acronym, anyLower);
    }

    private static Words words(Raw r, boolean[] chemical) {
        List<String> raw = r.raw();
        // all-capital words are acronyms (not made singular) unless the whole label is in capitals
        boolean labelInCapitals = !r.anyLower() && raw.size() > 1;
        // chemical ions: Na+, Ca2+, Ca++, calcium2+ -> element name flagged as an ion
        List<String> words = new ArrayList<>(raw.size() + 2);
        List<Boolean> ion = new ArrayList<>(raw.size() + 2);
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i);
            if (w.indexOf('+') >= 0) {
                Matcher m = ION_TOKEN.matcher(w);
                if (m.matches()) {
                    String el = ION_SYMBOLS.get(m.group(1));
                    if (el == null && ELEMENT_NAMES.contains(m.group(1))) el = m.group(1);
                    if (el != null) {
                        words.add(el);
                        ion.add(true);
                        chemical[0] = true;
                        continue;
                    }
                }
                w = w.replace("+", "");
                if (w.isEmpty()) continue;
            }
            // glue a hyphenated prefix to its word: non-roller -> nonroller
            if (GLUED_PREFIXES.contains(w) && r.hyphenAfter().get(i) && i + 1 < raw.size() && raw.get(i + 1).indexOf('+') < 0) {
                raw.set(i + 1, w + raw.get(i + 1));
                continue;
            }
            if (DROPPED.contains(w)) continue;
            w = spelling(w);
            if (!words.isEmpty() && ROMAN.containsKey(w) && ROMAN_CONTEXT.contains(words.get(words.size() - 1))) w = ROMAN.get(w);
            boolean keep = r.acronym().get(i) && !labelInCapitals;
            words.add(keep ? w : Labels.suffixSingular(w).toLowerCase(Locale.ROOT));
            ion.add(false);
        }
        return new Words(words, ion);
    }

    /** ATPases: ions in front stay bare names; exchanging/transporting go; fillers ("type", "mellitus") go. */
    private static List<String> withoutFillers(List<String> words, List<Boolean> ion, boolean[] chemical) {
        List<String> out = new ArrayList<>(words.size() + 2);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // "diabetes mellitus" is "diabetes"; "type" between two words is a filler ("Catheter, Balloon Type")
            if (w.equals("mellitus") && i > 0 && words.get(i - 1).equals("diabete")) continue;
            if (w.equals("mellitus") && i > 0 && words.get(i - 1).equals("diabetes")) continue;
            if (w.equals("type") && i > 0 && i + 1 < words.size() && !Character.isDigit(words.get(i + 1).charAt(0))) continue;
            if ((w.equals("exchanging") || w.equals("transporting")) && i + 1 < words.size() && words.get(i + 1).equals("atpase")) {
                chemical[0] = true;
                continue;
            }
            out.add(w);
            if (ion.get(i)) {
                int j = i + 1;
                while (j < words.size() && (ion.get(j) || words.get(j).equals("exchanging") || words.get(j).equals("transporting"))) j++;
                boolean beforeAtpase = j < words.size() && words.get(j).equals("atpase");
                boolean nextIsIonWord = i + 1 < words.size() && (words.get(i + 1).equals("ion") || words.get(i + 1).equals("cation") || words.get(i + 1).equals("anion"));
                if (nextIsIonWord && !words.get(i + 1).equals("ion")) {
                    out.add("ion");
                    i++;
                    continue;
                }
                if (!beforeAtpase && !nextIsIonWord) out.add("ion");
            }
        }
        return out;
    }

    /** British to American spelling of common medical word parts. */
    static String spelling(String w) {
        if (w.length() < 4) return w;
        String r = w;
        if (r.startsWith("haem")) r = "hem" + r.substring(4);
        else if (r.startsWith("oesoph")) r = "esoph" + r.substring(6);
        else if (r.startsWith("oedem")) r = "edem" + r.substring(5);
        else if (r.startsWith("paed")) r = "ped" + r.substring(4);
        if (r.contains("aem")) r = r.replace("aem", "em");
        if (r.endsWith("isation")) r = r.substring(0, r.length() - 7) + "ization";
        if (r.endsWith("ised")) r = r.substring(0, r.length() - 4) + "ized";
        if (r.endsWith("our") && r.length() > 5 && (r.equals("tumour") || r.equals("colour") || r.equals("behaviour"))) r = r.substring(0, r.length() - 3) + "or";
        if (r.equals("fibre")) r = "fiber";
        if (r.equals("centre")) r = "center";
        return r;
    }

    /**
     * True when a label is an abbreviation or acronym: one word of at most ten characters with at least two capital
     * letters, capitals making up at least half of its letters, and no charge sign (so "IABP", "BiVAD", "VA-ECMO" are
     * abbreviations; "Na+", "Heart" are not).
     */
    public static boolean isAbbreviation(String label) {
        String s = label.strip();
        if (s.isEmpty() || s.length() > 10 || s.indexOf('+') >= 0) return false;
        int letters = 0, upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) return false;
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return upper >= 2 && upper * 2 >= letters;
    }
}

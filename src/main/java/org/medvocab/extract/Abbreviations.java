package org.medvocab.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds abbreviation definitions in a sentence with the algorithm of Schwartz and Hearst,
 * "A simple algorithm for identifying abbreviation definitions in biomedical text"
 * (Pacific Symposium on Biocomputing 2003).
 *
 * <h2>The published algorithm</h2>
 * <ol>
 *   <li><b>Candidates.</b> Every parenthesis that follows white space gives a candidate pair.
 *       The parenthesised text is cut at the first {@code ", "} or {@code "; "}. Normally it is
 *       the short form and the long form comes from the words before the parenthesis ("long form
 *       (short form)"). When the parenthesised text has more than two words, or is longer than
 *       the text before it, the order is reversed ("short form (long form)"): the short form is
 *       then the single word before the parenthesis and must contain a capital letter.</li>
 *   <li><b>Short-form validity.</b> 2 to 10 characters, at least one letter, the first
 *       character a letter or digit, at most two words.</li>
 *   <li><b>Long-form window.</b> At most {@code min(|A| + 5, |A| * 2)} words before the
 *       parenthesis, where {@code |A|} is the number of letters and digits of the short form;
 *       the window never reaches back past a clause boundary ({@code ". "}, {@code ", "}) or a
 *       previous parenthesis.</li>
 *   <li><b>Matching, right to left.</b> Each letter and digit of the short form, from the last
 *       to the first, must match (case-insensitively) a character of the long form further to
 *       the left than the previous match; characters inside words may match, but the first
 *       character of the short form must match at the start of a word. A word start is any
 *       position not preceded by a letter or digit, so a character may match just after a
 *       hyphen ("end-to-end anastomosis (EEA)").</li>
 *   <li><b>Shortest long form.</b> Because every character takes the right-most possible
 *       match, the long form is cut back to begin with the word holding the first match, which
 *       gives the shortest long form that covers the short form.</li>
 *   <li><b>Final checks.</b> The long form is rejected when it is shorter than the short form,
 *       contains the short form followed by a space, ends with the short form, or has more
 *       words than the window allows.</li>
 * </ol>
 *
 * <h2>Extensions</h2>
 * <ul>
 *   <li><b>Word initials first.</b> The published right-to-left match is greedy: when a word
 *       of the long form holds a letter of the short form twice (as "paper" holds two p's), it
 *       can take both from that one word and cut the long form too short. So before it, a
 *       stricter match is tried: the letters and digits of the short form must be the initials
 *       of the last words before the parenthesis (words split at white space, hyphens and
 *       slashes; "of", "and", "the" and the like may be skipped inside). When that fails
 *       ("CABG", "BiPAP", "IL-6"), the published match decides.</li>
 *   <li><b>Plural short forms.</b> When a plural short form fails to match as written (the
 *       {@code s} has no partner, or takes a letter the rest needs), both matches are tried
 *       again with {@link #singularShortForm(String)}; the pair keeps the short form as
 *       written ("PPIs").</li>
 *   <li><b>Chemical symbols.</b> An element symbol with an optional charge, such as "Ca2+",
 *       "Na+", "K+", "Cl−" or "Ca²⁺", is accepted as a short form. Its long form is first looked
 *       up in a table of element names: the element's English name (or an ion name such as
 *       "chloride" or "ferric"), optionally followed by one word such as "ion" or "ions",
 *       written just before the parenthesis: "sodium ions (Na+)", "potassium (K+)". This is
 *       needed for symbols taken from Latin names, whose first letter is not the English
 *       name's. Otherwise the letters are matched as published, digits and charge signs
 *       skipped, so the first letter must still match at a word start.</li>
 *   <li><b>Nested punctuation.</b> The closing parenthesis is found by counting nesting, the
 *       parenthesised text is also cut at a nested {@code " ("}, quotes around either form are
 *       ignored, and citation markers such as "[3]" between the long form and the parenthesis
 *       are skipped.</li>
 *   <li><b>Rejections.</b> Parenthesised text that is not a definition is skipped before
 *       matching: text without letters ("(1997)", "([1])"), pronunciations (IPA characters,
 *       slash-delimited transcriptions, and respellings such as "(in-fyū-zhŭn pŭmp)", whose
 *       letters with diacritics no short form has), text starting with a cue word such as
 *       "see", "e.g.", "usually" or "pronounced", text with a year or "et al", and text with {@code =}, {@code <},
 *       {@code >} or {@code %}. A two-word short form must contain a capital letter, a
 *       hyphenated short form a capital or a digit ("kath-ter" is a respelling, "IL-6" is not),
 *       and a short form's letters must be ASCII or Greek. A long form may not contain markup
 *       characters ({@code | ` { } < > = \}).</li>
 * </ul>
 *
 * <p>The class is stateless and thread-safe.
 */
public final class Abbreviations {

    private Abbreviations() {}

    /** Longest short form, in characters (the paper's limit of 10). */
    private static final int MAX_SHORT_FORM = 10;
    /** A label that is a short form in capitals: two to eight capitals or digits ("TENS", "CPAP", "IV", "H2"). */
    private static final Pattern CAPITAL_SHORT_FORM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,7}");

    /** Whether a term's label is a short form written in capitals ("TENS"), as pages title an abbreviation's entry. */
    static boolean isCapitalShortForm(String label) {
        return CAPITAL_SHORT_FORM.matcher(label).matches();
    }

    /** An element symbol with an optional charge: "Na", "Na+", "Ca2+", "Ca++", "Cl−", "Ca²⁺". */
    private static final Pattern ION = Pattern.compile(
            "([A-Z][a-z]?)((?:[0-9\u2070\u00B9\u00B2\u00B3\u2074-\u2079]*[+\\-\u2212\u207A\u207B]+)?)");

    /** A year as a whole token, possibly with a letter: "1997", "2003a". */
    private static final Pattern YEAR = Pattern.compile("(?:1[5-9]|20)\\d{2}[a-z]?");

    /** Characters no long form contains: they come from markup, tables or formulas. */
    private static final String MARKUP = "|`{}<>=\\";

    /** A citation marker: "[1]", "[2, 3]", "[4–6]". */
    private static final Pattern CITATION = Pattern.compile("\\[[0-9,;\\s\\-\u2013]+]");

    /** A slash-delimited transcription: "/ˈpʌmp/". */
    private static final Pattern SLASHED = Pattern.compile("(?:^|\\s)/[^/]+/");

    /** Words that open a parenthetical remark rather than an abbreviation or a definition. */
    private static final Set<String> CUE_WORDS = Set.of(
            "see", "cf", "cf.", "e.g.", "e.g", "eg", "eg.", "i.e.", "i.e", "ie", "ie.",
            "pronounced", "pronunciation", "usually", "also", "formerly", "previously",
            "approximately", "approx", "approx.", "about", "including", "includes", "especially",
            "mainly", "mostly", "typically", "often", "sometimes", "generally", "normally",
            "figure", "fig", "fig.", "table", "ref", "ref.", "refs", "reference", "references",
            "etc", "etc.", "compare", "namely", "such", "for", "plural", "singular", "pl.", "sing.");

    /** Words an abbreviation usually skips: "Society of Thoracic Surgeons (STS)". */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of", "and", "the", "in", "for", "to", "with", "on", "by", "a", "an", "at");

    /** Words that may follow an element's name in a chemical long form ("sodium ions (Na+)"). */
    private static final Set<String> ION_WORDS = Set.of("ion", "ions", "cation", "cations", "anion", "anions");

    /** Element symbol to lower-case names the element (or its ions) goes by in English. */
    private static final Map<String, Set<String>> ELEMENTS = elements();

    /**
     * Finds the abbreviation definitions in one sentence.
     *
     * @param sentence the text to search, usually one sentence (a longer text works, but clause
     *                 boundaries are then the only limit on how far back a long form may reach)
     * @return the pairs in the order their parentheses occur, never null; the list is
     *         unmodifiable
     * @throws NullPointerException if {@code sentence} is null
     */
    public static List<AbbreviationPair> find(String sentence) {
        Objects.requireNonNull(sentence, "sentence");
        List<AbbreviationPair> pairs = new ArrayList<>();
        int floor = 0;   // a long form may not reach back before this offset
        int from = 0;
        while (true) {
            int open = nextOpenParenthesis(sentence, from);
            if (open < 0) {
                break;
            }
            int close = matchingClose(sentence, open);
            if (close < 0) {
                from = open + 1;
                continue;
            }
            AbbreviationPair pair = candidate(sentence, floor, open, close);
            if (pair != null) {
                pairs.add(pair);
            }
            floor = close + 1;
            from = close + 1;
        }
        return List.copyOf(pairs);
    }

    /**
     * The singular of a plural short form: "PPIs" gives "PPI", "ECGs" gives "ECG",
     * "BiPAPs" gives "BiPAP".
     *
     * <p>A short form is taken as plural when it ends with a lower-case {@code s} and the rest
     * (at least two characters) has no lower-case letter and at least one capital ("PPIs",
     * "ECGs", "IL2s"), or ends with a capital and has at least two capitals ("BiPAPs"). Anything
     * else is returned unchanged ("Ms", "mAbs", "Hbs", "Ca2+").
     *
     * @param sf a short form
     * @return the singular, or {@code sf} itself (also when it is null)
     */
    public static String singularShortForm(String sf) {
        if (sf == null || sf.length() < 3 || sf.charAt(sf.length() - 1) != 's') {
            return sf;
        }
        String stem = sf.substring(0, sf.length() - 1);
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        char last = stem.charAt(stem.length() - 1);
        boolean allCaps = lower == 0 && upper >= 1 && (Character.isUpperCase(last) || Character.isDigit(last));
        boolean mixedCaps = upper >= 2 && Character.isUpperCase(last);
        return allCaps || mixedCaps ? stem : sf;
    }

    // ---------------------------------------------------------------- candidates

    /** "Frostbite (FROST-bite)": a hyphenated bracket that sounds out the word before it, not a short form of it. */
    private static boolean respells(String inner, String before) {
        if (inner.indexOf('-') < 0) {
            return false;
        }
        String[] words = before.strip().split("\\s+");
        return Respellings.spells(inner, words[words.length - 1]);
    }

    /** The pair the parenthesis {@code open..close} defines, or null. */
    private static AbbreviationPair candidate(String s, int floor, int open, int close) {
        String inner = s.substring(open + 1, close);
        int cut = firstOf(inner, ", ", "; ", " (");
        if (cut >= 0) {
            inner = inner.substring(0, cut);
        }
        inner = stripQuotes(inner.strip());
        if (inner.isEmpty() || isRemark(inner)) {
            return null;
        }

        int regionStart = Math.max(floor, clauseStart(s, open));
        int regionEnd = trimBeforeParenthesis(s, regionStart, open);
        if (regionEnd <= regionStart || respells(inner, s.substring(regionStart, regionEnd))) {
            return null;
        }

        if (words(inner) > 2 || inner.length() > regionEnd - regionStart) {
            // "short form (long form)": the short form is the word just before the parenthesis.
            int sfStart = regionEnd;
            while (sfStart > regionStart && !Character.isWhitespace(s.charAt(sfStart - 1))) {
                sfStart--;
            }
            String sf = stripQuotes(s.substring(sfStart, regionEnd));
            if (!hasUpperCase(sf) || !isValidShortForm(sf)) {
                return null;
            }
            int lfStart = longFormStart(sf, inner, 0, inner.length());
            if (lfStart < 0) {
                return null;
            }
            return new AbbreviationPair(collapse(inner.substring(lfStart)), sf, sfStart, close + 1);
        }

        // "long form (short form)"
        String sf = inner;
        if (!isValidShortForm(sf)) {
            return null;
        }
        int lfStart = longFormStart(sf, s, regionStart, regionEnd);
        if (lfStart < 0) {
            return null;
        }
        return new AbbreviationPair(collapse(s.substring(lfStart, regionEnd)), sf, lfStart, close + 1);
    }

    /** Offset of the next '(' that follows white space, or -1. */
    private static int nextOpenParenthesis(String s, int from) {
        for (int i = Math.max(from, 1); i < s.length(); i++) {
            if (s.charAt(i) == '(' && Character.isWhitespace(s.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** Offset of the ')' that closes the '(' at {@code open}, counting nesting, or -1. */
    private static int matchingClose(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Start of the clause the parenthesis at {@code open} is in (after ". ", ", ", "; ", ": "). */
    private static int clauseStart(String s, int open) {
        int start = 0;
        for (String boundary : new String[] {". ", ", ", "; ", ": ", "? ", "! "}) {
            int i = s.lastIndexOf(boundary, open - 1);
            if (i >= 0 && i + boundary.length() <= open) {
                start = Math.max(start, i + boundary.length());
            }
        }
        return start;
    }

    /** End (exclusive) of the text before the parenthesis, without trailing space, citations and quotes. */
    private static int trimBeforeParenthesis(String s, int from, int to) {
        int end = to;
        while (true) {
            while (end > from && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            if (end > from && s.charAt(end - 1) == ']') {
                int bracket = s.lastIndexOf('[', end - 1);
                if (bracket >= from && CITATION.matcher(s.substring(bracket, end)).matches()) {
                    end = bracket;
                    continue;
                }
            }
            if (end > from && isQuote(s.charAt(end - 1))) {
                end--;
                continue;
            }
            return end;
        }
    }

    // ---------------------------------------------------------------- filters

    /** True when the parenthesised text is a remark, a reference or a pronunciation, not a form. */
    private static boolean isRemark(String inner) {
        if (!hasLetter(inner)) {
            return true;
        }
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '=' || c == '<' || c == '>' || c == '%' || (c >= '\u0250' && c <= '\u02FF')) {
                return true;   // comparisons, percentages, IPA letters and stress marks
            }
        }
        if (SLASHED.matcher(inner).find()) {
            return true;
        }
        String[] tokens = inner.split("\\s+");
        String first = tokens[0];
        String firstBare = first.endsWith(":") || first.endsWith(",") ? first.substring(0, first.length() - 1) : first;
        for (String candidate : new String[] {first, firstBare}) {
            if (CUE_WORDS.contains(candidate)) {
                return true;
            }
            if (candidate.length() > 2 && CUE_WORDS.contains(decapitalize(candidate))) {
                return true;
            }
        }
        String lower = inner.toLowerCase(Locale.ROOT);
        if (lower.contains("et al")) {
            return true;
        }
        for (String token : tokens) {
            if (YEAR.matcher(trimPunctuation(token)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The paper's short-form test, with the extensions described on the class. */
    private static boolean isValidShortForm(String sf) {
        if (sf.length() < 2 || sf.length() > MAX_SHORT_FORM) {
            return false;
        }
        if (!Character.isLetterOrDigit(sf.charAt(0)) || !hasLetter(sf)) {
            return false;
        }
        int words = words(sf);
        if (words > 2 || (words == 2 && !hasUpperCase(sf))) {
            return false;
        }
        if (sf.indexOf('-') >= 0 && !hasUpperCase(sf) && sf.chars().noneMatch(Character::isDigit)) {
            return false;   // "kath-ter": a respelling; hyphenated abbreviations have capitals or digits
        }
        for (int i = 0; i < sf.length(); i++) {
            char c = sf.charAt(i);
            if (Character.isLetter(c) && c > 0x7F && !(c >= '\u0370' && c <= '\u03FF')) {
                return false;   // letters with diacritics: pronunciation respellings
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- long forms

    /**
     * Start offset of the best long form for {@code sf} in {@code text[from, to)}, the long form
     * running to {@code to}; -1 when there is none.
     */
    private static int longFormStart(String sf, String text, int from, int to) {
        Matcher ion = ION.matcher(sf);
        boolean chemical = ion.matches();
        if (chemical) {
            int start = elementLongFormStart(ion.group(1), text, from, to);
            if (start >= 0) {
                return start;
            }
        }
        int size = letterCount(sf, chemical);
        int maxWords = Math.min(size + 5, size * 2);
        int windowStart = startOfLastWords(text, from, to, maxWords);
        int start = -1;
        if (!chemical) {
            start = initialsMatchStart(sf, text, windowStart, to);
            if (start < 0 && !singularShortForm(sf).equals(sf)) {
                start = initialsMatchStart(singularShortForm(sf), text, windowStart, to);
            }
        }
        if (start < 0) {
            start = matchStart(sf, text, windowStart, to, chemical);
        }
        if (start < 0) {
            String singular = singularShortForm(sf);
            if (!singular.equals(sf)) {
                start = matchStart(singular, text, windowStart, to, false);
            }
        }
        if (start < 0) {
            return -1;
        }
        while (start < to && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;   // an opening quote or bracket is not part of the long form
        }
        String lf = text.substring(start, to);
        if (lf.chars().anyMatch(c -> MARKUP.indexOf(c) >= 0)) {
            return -1;   // table cells, code spans, tags: not prose
        }
        if (lf.length() < sf.length()
                || lf.contains(sf + " ")
                || lf.endsWith(sf)
                || words(lf) > maxWords) {
            return -1;
        }
        return start;
    }

    /**
     * The paper's right-to-left match of {@code sf} in {@code text[from, to)}: start of the word
     * holding the match of the first character, or -1.
     *
     * @param lettersOnly match letters only (digits and charges of chemical symbols are skipped)
     */
    private static int matchStart(String sf, String text, int from, int to, boolean lettersOnly) {
        int first = -1;
        for (int i = 0; i < sf.length() && first < 0; i++) {
            if (counts(sf.charAt(i), lettersOnly)) {
                first = i;
            }
        }
        if (first < 0) {
            return -1;
        }
        int l = to - 1;
        for (int si = sf.length() - 1; si >= 0; si--) {
            char c = Character.toLowerCase(sf.charAt(si));
            if (!counts(c, lettersOnly)) {
                continue;
            }
            while (l >= from
                    && (Character.toLowerCase(text.charAt(l)) != c
                        || (si == first && l > from && Character.isLetterOrDigit(text.charAt(l - 1))))) {
                l--;
            }
            if (l < from) {
                return -1;
            }
            l--;
        }
        // l is just before the first character's match: back up to the start of its word.
        while (l >= from && !Character.isWhitespace(text.charAt(l))) {
            l--;
        }
        return l + 1;
    }

    /**
     * The word-initial match: start of the shortest run of words ending at {@code to} whose
     * initials (words split at white space, hyphens and slashes; "of", "and", "the" and the like
     * may be skipped inside the run) spell the letters and digits of {@code sf}; -1 if none.
     */
    private static int initialsMatchStart(String sf, String text, int from, int to) {
        StringBuilder wanted = new StringBuilder();
        for (int i = 0; i < sf.length(); i++) {
            if (Character.isLetterOrDigit(sf.charAt(i))) {
                wanted.append(Character.toLowerCase(sf.charAt(i)));
            }
        }
        int si = wanted.length() - 1;
        if (si < 0) {
            return -1;
        }
        List<int[]> spans = wordSpans(text, from, to);
        for (int k = spans.size() - 1; k >= 0; k--) {
            int tokenStart = spans.get(k)[0];
            String token = text.substring(tokenStart, spans.get(k)[1]);
            String[] parts = token.split("[-/\u2010\u2013]");
            for (int p = parts.length - 1; p >= 0; p--) {
                String part = trimPunctuation(parts[p]);
                if (part.isEmpty()) {
                    continue;
                }
                if (Character.toLowerCase(part.charAt(0)) == wanted.charAt(si)) {
                    if (--si < 0) {
                        return tokenStart;
                    }
                } else if (si == wanted.length() - 1 || !FUNCTION_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * For an element symbol: start of the element's name written just before the parenthesis,
     * optionally followed by one word such as "ions" ("sodium ions (Na+)"); -1 if absent.
     */
    private static int elementLongFormStart(String symbol, String text, int from, int to) {
        Set<String> names = ELEMENTS.get(symbol);
        if (names == null) {
            return -1;
        }
        List<int[]> spans = wordSpans(text, from, to);
        int n = spans.size();
        for (int k = n - 1; k >= Math.max(0, n - 2); k--) {
            String word = trimPunctuation(text.substring(spans.get(k)[0], spans.get(k)[1])).toLowerCase(Locale.ROOT);
            if (names.contains(word)) {
                boolean ionWordsOnly = true;
                for (int j = k + 1; j < n; j++) {
                    String after = trimPunctuation(text.substring(spans.get(j)[0], spans.get(j)[1]));
                    ionWordsOnly &= ION_WORDS.contains(after.toLowerCase(Locale.ROOT));
                }
                if (ionWordsOnly) {
                    int start = spans.get(k)[0];
                    while (start < to && !Character.isLetter(text.charAt(start))) {
                        start++;
                    }
                    return start;
                }
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- small helpers

    private static boolean counts(char c, boolean lettersOnly) {
        return lettersOnly ? Character.isLetter(c) : Character.isLetterOrDigit(c);
    }

    /** Number of letters and digits of a short form (letters only for a chemical symbol). */
    private static int letterCount(String sf, boolean lettersOnly) {
        int n = 0;
        for (int i = 0; i < sf.length(); i++) {
            if (counts(sf.charAt(i), lettersOnly)) {
                n++;
            }
        }
        return n;
    }

    /** Start of the last {@code n} white-space separated words of {@code text[from, to)}. */
    private static int startOfLastWords(String text, int from, int to, int n) {
        int i = to;
        int start = from;
        for (int seen = 0; seen < n; seen++) {
            while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i == from) {
                break;
            }
            while (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            start = i;
        }
        return start;
    }

    private static List<int[]> wordSpans(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
        }
        return spans;
    }

    private static int words(String s) {
        return wordSpans(s, 0, s.length()).size();
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String needle : needles) {
            int i = s.indexOf(needle);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D'
                || c == '\u00AB' || c == '\u00BB';
    }

    private static String stripQuotes(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isQuote(s.charAt(b))) {
            b++;
        }
        while (e > b && isQuote(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e).strip();
    }

    /** Removes leading and trailing characters that are neither letters nor digits. */
    private static String trimPunctuation(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && !Character.isLetterOrDigit(s.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isLetterOrDigit(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The periodic table, with the English names of the elements and of their common ions. */
    private static Map<String, Set<String>> elements() {
        String table = "H hydrogen hydride|He helium|Li lithium|Be beryllium|B boron|C carbon|N nitrogen"
                + "|O oxygen oxide|F fluorine fluoride|Ne neon|Na sodium|Mg magnesium"
                + "|Al aluminium aluminum|Si silicon|P phosphorus|S sulfur sulphur sulfide sulphide"
                + "|Cl chlorine chloride|Ar argon|K potassium|Ca calcium|Sc scandium|Ti titanium"
                + "|V vanadium|Cr chromium|Mn manganese|Fe iron ferrous ferric|Co cobalt|Ni nickel"
                + "|Cu copper cuprous cupric|Zn zinc|Ga gallium|Ge germanium|As arsenic|Se selenium"
                + "|Br bromine bromide|Kr krypton|Rb rubidium|Sr strontium|Y yttrium|Zr zirconium"
                + "|Nb niobium|Mo molybdenum|Tc technetium|Ru ruthenium|Rh rhodium|Pd palladium"
                + "|Ag silver|Cd cadmium|In indium|Sn tin|Sb antimony|Te tellurium|I iodine iodide"
                + "|Xe xenon|Cs caesium cesium|Ba barium|La lanthanum|Ce cerium|Pr praseodymium"
                + "|Nd neodymium|Pm promethium|Sm samarium|Eu europium|Gd gadolinium|Tb terbium"
                + "|Dy dysprosium|Ho holmium|Er erbium|Tm thulium|Yb ytterbium|Lu lutetium"
                + "|Hf hafnium|Ta tantalum|W tungsten|Re rhenium|Os osmium|Ir iridium|Pt platinum"
                + "|Au gold|Hg mercury|Tl thallium|Pb lead|Bi bismuth|Po polonium|At astatine"
                + "|Rn radon|Fr francium|Ra radium|Ac actinium|Th thorium|Pa protactinium|U uranium"
                + "|Np neptunium|Pu plutonium|Am americium|Cm curium|Bk berkelium|Cf californium"
                + "|Es einsteinium|Fm fermium|Md mendelevium|No nobelium|Lr lawrencium"
                + "|Rf rutherfordium|Db dubnium|Sg seaborgium|Bh bohrium|Hs hassium|Mt meitnerium"
                + "|Ds darmstadtium|Rg roentgenium|Cn copernicium|Nh nihonium|Fl flerovium"
                + "|Mc moscovium|Lv livermorium|Ts tennessine|Og oganesson";
        Map<String, Set<String>> map = new HashMap<>();
        for (String entry : table.split("\\|")) {
            String[] parts = entry.split(" ");
            map.put(parts[0], Set.of(java.util.Arrays.copyOfRange(parts, 1, parts.length)));
        }
        return Map.copyOf(map);
    }
}

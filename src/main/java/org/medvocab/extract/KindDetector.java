package org.medvocab.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells an encyclopedia article from a dictionary page by layout cues; anything else is prose. */
public final class KindDetector {
    private KindDetector() {}

    /** A numbered sense: the number, then a definition (lower case, an article, "to", or a part of speech). */
    static final Pattern SENSE = Pattern.compile("^\\d{1,2}\\.\\s+(?:[a-z(\\[]|(?i:a|an|the|any|one|to|of|in|noun|verb|adj)\\b).*");
    /** A respelling in brackets or slashes; a phrase with a function word ("(Lithotripsy for Kidney Stones)") is a second title. */
    static final Pattern PRONUNCIATION = Pattern.compile("^(?!.*\\s(?i:for|of|the|and|in|with|to|on|from|by)\\s)(?:[(\\[/]\\s*[^()\\[\\]/]{2,60}\\s*[)\\]/]\\s*)+$");
    static final Pattern POS_LINE = Pattern.compile("(?i)^(?:noun\\.?|n\\.|adj\\.?|adjective\\.?|verb\\.?|v\\.|vt\\.?|vi\\.?|adverb\\.?|adv\\.|plural|pl\\.)(?:\\s.*)?$");
    /** A line naming the dictionary the next entry comes from: "Medical Dictionary", "Webster's 1913 Dictionary". */
    static final Pattern SOURCE_HEADING = Pattern.compile("(?i)^(?:[\\p{L}\\p{N}'\u2019.&\u00ae-]+\\s+){0,4}"
        + "(?:" + Lexicon.REFERENCE_WORKS + ")(?:\\s+(?:definitions?|entry))?(?:\\s*\\([^()]{1,40}\\))?\\s*:?$");
    /**
     * "From The X Dictionary of English v.0.48 :", "From WordNet (r) 3.0 (2006) :", "The X Dictionary v.0.48:" (a colon
     * ends a line without "from"): an attribution line naming the
     * dictionary the next entry comes from, with its edition, version or year.
     */
    static final Pattern ATTRIBUTION = Pattern.compile("(?i)^(?:from\\s+|(?=.*:$))(?:the\\s+)?(?:[\\p{L}\\p{N}'\u2019.&\u00ae-]+\\s+){0,5}"
        + "(?:" + Lexicon.REFERENCE_WORKS + ")(?:\\s+of(?:\\s+\\p{L}+){1,3})?(?:\\s*(?:\\([^()]{1,20}\\)|v?\\.?\\d[\\d.]*))*\\s*:?$");
    /**
     * "Definition: scoliosis from The Example Dictionary", "From Encyclopedia of Health": a line that names the source
     * the next block comes from (optionally after a label and the headword), never a definition.
     */
    static final Pattern SOURCE_LINE = Pattern.compile("(?i)^(?:[\\p{L} ]{1,20}:\\s*)?(?:[\\p{L}][\\p{L}\\p{N}'\u2019 -]{0,50}?\\s+)?from\\s+(?:the\\s+)?"
        + "(?:[\\p{L}\\p{N}'\u2019.&\u00ae-]+\\s+){0,5}(?:" + Lexicon.REFERENCE_WORKS + ")\\b[^.]{0,30}$");

    /** "Noun: catheter  ka-thi-tu(r)": the part of speech as a label, then the headword and its respelling. */
    static final Pattern POS_HEAD = Pattern.compile("(?i)^(noun|verb|adjective|adj|adverb)\\s*:\\s+(\\S.{0,60})$");
    /** "\\Cath"e*ter\\, n. [L. ...]": a headword written with its stress marks between backslashes. */
    static final Pattern BACKSLASH_HEAD = Pattern.compile("^\\\\[^\\\\]{2,40}\\\\.*");
    /** "[n] a tube ...", "Definition: a tube ...", "n.1. a tube": a sense marked as dictionaries mark it. */
    static final Pattern MARKED_SENSE = Pattern.compile("^(?:(?:\\[(?:n|noun|v|adj)\\]|(?i:definition)\\s*:|n(?=\\s+(?:an?|the|any|one)\\s))\\s+"
        // "n.1.(Medicine) a procedure ...", "Noun1.magnetic resonance imaging": the mark glued to the sense number
        + "|(?i:n|noun)\\.?\\s*\\d{1,2}\\.\\s*)\\S.*");

    private static final Pattern BRACKET_CHARS = Pattern.compile("[()\\[\\]]");
    /** "Name: A Short Guide": a title, then a subtitle of capitalised words. */
    private static final Pattern SUBTITLE = Pattern.compile("^([^:]{2,60}):\\s+\\p{Lu}[^:.]{2,60}$");
    private static final Pattern LEAD_COPULA = Pattern.compile("(?s).{0,160}?\\s(?:is|are|was|refers to)\\s.*");

    private static boolean encyclopediaLead(List<Line> lines, int i) {
        String t = lines.get(i).text();
        if (t.length() < 60) return false;
        for (int j = 0; j < i; j++) {
            String title = lines.get(j).text();
            if (title.isEmpty() || Chrome.isChrome(title)) continue;
            String key = BRACKET_CHARS.matcher(title).replaceAll("").strip();
            // "Walking Frames: A Short Guide": a title's subtitle after the colon, its name in the plural
            Matcher subtitle = SUBTITLE.matcher(key);
            if (subtitle.matches()) key = subtitle.group(1).strip();
            if (key.isEmpty() || !LEAD_COPULA.matcher(t).matches() || j >= 6) return false;
            return TextRules.opensWith(t, key) || TextRules.opensWith(t, Labels.singularPhrase(key));
        }
        return false;
    }

    private static final Pattern FROM_ENCYCLOPEDIA = Pattern.compile("(?i)from .*(?:encyclopedia|wiki\\w*|\\.org).*");
    private static final Pattern ARTICLE_CHROME = Pattern.compile("(?i)jump to navigation.*|this .*article is a stub.*");
    private static final Pattern ABBREVIATION_OR_DEFINITIONS_LINE = Pattern.compile("(?i)(?:acronym|abbreviation|abbr\\.)\\s*:.*|.*definitions? (?:of|for) .*");
    private static final Pattern ANGLE_HEAD = Pattern.compile("^<[^>]{2,60}>.*");
    private static final Pattern MEANING_OF = Pattern.compile("(?i)^meaning (?:of|for) .*");
    private static final Pattern ABBREVIATED_SUB_ENTRY = Pattern.compile("^[\\p{L}][\\p{L}'\\-]*(?:\\s[\\p{L}][\\p{L}'\\-]*){0,2}\\s[a-z]\\.\\s+[A-Z].{10,}");
    /** "term (pro-nun-ci-a-tion) Definition ...": a headword of a few words, a respelling of a word or three in brackets. */
    private static final Pattern HEAD_RESPELLING_DEFINITION = Pattern.compile("^[\\p{L}][\\p{L}'\\-]*(?:\\s[\\p{L}][\\p{L}'\\-]*){0,5}(?:\\s\\(\\p{Lu}[\\p{Lu}\\d]{1,7}\\))?\\s"
        + "(?:\\((?=[^()\\s]+(?:\\s[^()\\s]+){0,2}\\))[^()]*[-\u02c8'\u2032][^()]*\\)|/[^/]*[-\u02c8'\u2032\u2033][^/]*/)\\s*(?:\\[[^\\]]*\\]\\s*)?,?\\s*[A-Za-z].{10,}");
    private static final Pattern HEAD_SPELLED_DEFINITION = Pattern.compile("^([a-z])[a-z\\-]{1,30}\\s\\(\\1[a-z]{1,30}\\)\\s+(?:\\[[^\\]]*\\]\\s+)?[A-Z].{10,}");
    private static final Pattern SYLLABIFIED_HEAD = Pattern.compile("^(?:[\\p{L}-]+\\s+){0,2}\\S*\\p{L}[\u00b7\u2027]\\p{L}\\S*(?:\\s.*)?"
        // "Sci*at"i*ca (?), n.": the Webster 1913's copies part syllables with stars and mark the stress with quotes
        + "|^\\p{L}+(?:[*`\"]\\p{L}+){2,}\\s*(?:\\(\\?\\))?,\\s.*");
    private static final Pattern LOWER_LONG_LINE = Pattern.compile("^[a-z].{20,}");
    private static final Pattern ARTICLE_START = Pattern.compile("^(?:a|an|the|one|any)\\s.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ARTICLE_LONG_LINE = Pattern.compile("^(?:a|an|the)\\s.{15,}");

    /** A numbered item of two to four words that ends in a comma or nothing: a name in a list (one word may be a numbered headword). */
    private static final Pattern NAME_ITEM = Pattern.compile("^\\d{1,2}\\.\\s+[\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){1,3}(?:\\s+\\([^()]{1,30}\\))?\\s*[,;]?$");

    public static DocumentKind detect(String text) {
        List<Line> lines = Line.split(text);
        int enc = 0, dict = 0;
        boolean lead = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) continue;
            if (Chrome.editHeading(t) != null) enc += 3;
            if (FROM_ENCYCLOPEDIA.matcher(t).matches()) enc += 3;
            if (ARTICLE_CHROME.matcher(t).matches()) enc += 2;
            if (Lexicon.isKnownHeading(t)) enc += 1;
            // "1. broad arm sling,": an item of a list of names in an article; a sense says something
            if (SENSE.matcher(t).matches() && !NAME_ITEM.matcher(t).matches()) dict += 2;
            if (PRONUNCIATION.matcher(t).matches() && t.length() < 60) dict += 2;
            if (POS_LINE.matcher(t).matches() && t.length() < 40) dict += 2;
            if (t.equals("* * *") || ABBREVIATION_OR_DEFINITIONS_LINE.matcher(t).matches()) dict += 2;
            if (ANGLE_HEAD.matcher(t).matches()) dict += 2;
            if (t.length() < 60 && (SOURCE_HEADING.matcher(t).matches() || MEANING_OF.matcher(t).matches())) dict += 2;
            if (MARKED_SENSE.matcher(t).matches() || POS_HEAD.matcher(t).matches()) dict += 2;
            if (BACKSLASH_HEAD.matcher(t).matches()) dict += 3;
            // run-in sub-entries with the headword abbreviated: "Mayo s. A scissors ..."
            if (ABBREVIATED_SUB_ENTRY.matcher(t).matches()) dict += 2;
            // "term (pro-nun-ci-a-tion) [etymology] Definition ..." on one line
            if (HEAD_RESPELLING_DEFINITION.matcher(t).matches()
                || HEAD_SPELLED_DEFINITION.matcher(t).matches()) dict += 3;
            // syllabified headwords: "ca·the·ter"
            if (SYLLABIFIED_HEAD.matcher(t).matches()) dict += 2;
            // a lead sentence "Title is a ..." right after the title is how articles open
            if (i > 0 && encyclopediaLead(lines, i)) lead = true;
            if (LOWER_LONG_LINE.matcher(t).matches() && ARTICLE_START.matcher(t).matches()) dict += 1;
            if (i + 1 < lines.size() && SPACES.split(t).length <= 5 && !t.endsWith(".")
                && ARTICLE_LONG_LINE.matcher(lines.get(i + 1).text()).matches()) dict += 1;
        }
        // an article's lead sentence outweighs a few dictionary-like lines
        if (lead && dict > 0) enc += 3;
        if (enc == 0 && dict == 0) return DocumentKind.PROSE;
        return dict > enc ? DocumentKind.DICTIONARY : DocumentKind.ENCYCLOPEDIA;
    }
}

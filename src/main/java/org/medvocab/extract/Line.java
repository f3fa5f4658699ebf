package org.medvocab.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of a document with its character offset; {@code text} is stripped of surrounding blanks. */
public record Line(String text, int start, int end) {
    public boolean blank() { return text.isEmpty(); }

    /** The document cut into lines; offsets point into {@code doc}. */
    public static List<Line> split(String doc) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        while (pos <= doc.length()) {
            int nl = doc.indexOf('\n', pos);
            int end = nl < 0 ? doc.length() : nl;
            // "**Atopic eczema**": markdown's bold marks, blanked so that offsets still point into the document
            String raw = BOLD_MARKS.matcher(doc.substring(pos, end)).replaceAll("  ");
            // "1      (Med)   an instrument ...": a sense number set apart by a column's gap, written as "1." (same length)
            raw = COLUMN_SENSE_NUMBER.matcher(raw).replaceFirst("$1.");
            // "== Types ==": a wiki source's heading, its marks blanked likewise
            if (WIKI_HEADING.matcher(raw).matches()) raw = HEADING_MARKS.matcher(raw).replaceAll(m -> " ".repeat(m.group().length()));
            int lead = 0;
            while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) lead++;
            String t = raw.strip();
            Matcher glued = GLUED_SOURCE.matcher(t);
            if (glued.lookingAt()) {
                // "The Example Dictionary v.1.0:Widget \Wid"get\ ...": the source's line and the head line, run together
                out.add(new Line(t.substring(0, glued.end()), pos + lead, pos + lead + glued.end()));
                out.add(new Line(t.substring(glued.end()), pos + lead + glued.end(), pos + lead + t.length()));
            } else {
                int from = 0;
                for (int cut : cuts(t)) {
                    String part = t.substring(from, cut).strip();
                    int at = pos + lead + from + (t.substring(from, cut).length() - t.substring(from, cut).stripLeading().length());
                    if (!part.isEmpty()) out.add(new Line(part, at, at + part.length()));
                    from = cut;
                }
                String rest = t.substring(from);
                int at = pos + lead + from + (rest.length() - rest.stripLeading().length());
                out.add(new Line(rest.strip(), at, at + rest.strip().length()));
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }

    private static final Pattern WIKI_HEADING = Pattern.compile("^\\s*(={1,6})[^=].*?[^=]\\1\\s*$");
    private static final Pattern HEADING_MARKS = Pattern.compile("^\\s*=+|=+\\s*$");

    /**
     * Where a dictionary entry copied without its line breaks breaks again ("Gout | n. [...] [ 1913 Webster ] 1. A drop
     * ... [ 1913 Webster ] 2. (Med.) ... -- Gouty kidney, ..."): after a headword cell, after each dated source tag,
     * and before each "--" that opens a sub-entry. Only a line long enough to hold several senses is cut.
     */
    private static final Pattern FLAT_ENTRY_BREAK = Pattern.compile("(?<=^[\\p{L}][\\p{L}'\\- ]{0,40}?\\s\\|)\\s+"
        // "Gouty | a. 1. Diseased with ...": the part of speech of the cell's headword ends its head line
        + "|(?<=\\|\\s?(?:n|a|v|adj|adv)\\.)\\s+(?=\\d{1,2}\\.\\s)"
        + "|\\s+(?=\\[\\s?(?:1[5-9]|20)\\d\\d\\s[\\p{L}+ ]{2,30}\\])"
        + "|(?<=\\[\\s?(?:1[5-9]|20)\\d\\d\\s[\\p{L}+ ]{2,30}\\])\\s+(?=\\S)|\\s+(?=--\\s+\\p{Lu})");
    private static final int FLAT_ENTRY_WORDS = 60;

    private static final Pattern COLUMN_SENSE_NUMBER = Pattern.compile("^(\\s*\\d{1,2})\\s(?=\\s+\\S)");
    private static final Pattern BOLD_MARKS = Pattern.compile("\\*\\*(?=\\S)|(?<=\\S)\\*\\*");

    /**
     * "... treatment. endotracheal i. introduction of ...": a sub-entry run on after the sense before it, the headword
     * abbreviated to its initial, as concise medical dictionaries print them.
     */
    private static final Pattern ABBREVIATED_SUB_ENTRY = Pattern.compile("(?<=\\p{Ll}[.;])\\s+(?=\\p{Ll}[\\p{L}-]{2,}(?:\\s\\p{Ll}[\\p{L}-]{2,})?\\s\\p{Ll}\\.\\s+\\p{Ll})");
    private static final int SUB_ENTRY_LINE_WORDS = 20;

    private static List<Integer> cuts(String t) {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        int words = t.split("\\s+").length;
        if (words >= SUB_ENTRY_LINE_WORDS) {
            Matcher sub = ABBREVIATED_SUB_ENTRY.matcher(t);
            while (sub.find()) at.add(sub.start());
        }
        if (words >= FLAT_ENTRY_WORDS) {
            Matcher m = FLAT_ENTRY_BREAK.matcher(t);
            while (m.find()) if (m.start() > 0) at.add(m.start());
        }
        return new ArrayList<>(at);
    }

    /** A source naming a reference work (and its version), its colon glued to the head line that follows. */
    private static final Pattern GLUED_SOURCE = Pattern.compile("(?i:from\\s+)?(?:[\\p{L}\\p{N}'.&\\-]+\\s+){0,7}(?i:"
        + Lexicon.REFERENCE_WORKS + ")\\b[^:]{0,30}:(?=\\p{Lu})");

    /** A line that ends where a sentence cannot: after a function word, an opening bracket or a comma. */
    private static final Pattern OPEN_END = Pattern.compile(".*(?:\\b(?:of|that|the|a|an|and|or|to|in|with|for|by|from|"
        + "are|is|was|were|as|which|into|on|at|its|their)|[(,])$");
    /** A line that cannot start a sentence: lower case, or a formula or bracket continued ("+/K", ")"). */
    private static final Pattern CONTINUED_START = Pattern.compile("^(?:\\p{Ll}|[+)\\]]).*");
    /** "synonyms: ...", "see also: ...": a one-word label starts something new, whatever its case. */
    private static final Pattern LABEL_START = Pattern.compile("(?:\\p{L}+|see also):\\s");
    private static final Pattern CLOSED_END = Pattern.compile(".*[.:;!?]$");
    /** A long line, in words: a wrapped paragraph rather than a title or menu item. */
    private static final int LONG_LINE_WORDS = 8;
    /** A line of at most this many words is short: two short lines are two items ("Home > Term: X" over "x"), not a wrap. */
    private static final int SHORT_LINE_WORDS = 4;
    /** The fewest characters of a line wrapped at a narrow column (old dictionaries wrap at 55 to 70). */
    private static final int COLUMN_WIDTH = 40;
    /** How many round brackets a line opens and does not close. */
    private static int openBrackets(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '(') open++;
            else if (text.charAt(i) == ')' && open > 0) open--;
        }
        return open;
    }

    private static final Pattern ARTICLE_ALONE = Pattern.compile("(?i)an?|the");
    /** Words of running prose that a term's name seldom has: articles, relative pronouns, the copula. */
    private static final Pattern PROSE_WORD = Pattern.compile("(?i)\\b(?:a|an|the|that|which|is|are)\\b");

    /**
     * Joins hard-wrapped lines back into paragraphs: a line continues the one before it when that one has not
     * ended its sentence and either ends open (a function word, a bracket, a comma) or is long and the line
     * starts in lower case. Offsets span both lines.
     */
    public static List<Line> unwrap(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (!out.isEmpty() && continues(out.get(out.size() - 1), l) && (!GLOSS_START.matcher(l.text()).lookingAt() || OPEN_END.matcher(out.get(out.size() - 1).text()).matches())) {
                Line prev = out.get(out.size() - 1);
                out.set(out.size() - 1, new Line(prev.text() + (l.text().startsWith("+") || prev.text().endsWith("(") ? "" : " ")
                    + l.text(), prev.start(), l.end()));
                continue;
            }
            out.add(l);
        }
        return out;
    }

    /**
     * How a one-line definition starts: "a clot ...", "an instrument ...". Such a line under one that does not end
     * open ("of", "the", "and") is a gloss of its own, as in a list of definitions, not the rest of a wrapped line.
     */
    private static final Pattern GLOSS_START = Pattern.compile("(?:an?|any|one)\\s+\\p{Ll}");

    /** A numbered sense or list item: "2. ", "3) ", "(b) ", "b) ". */
    private static final Pattern NUMBERED_START = Pattern.compile("^(?:\\d{1,2}[.)]|\\([a-z0-9]\\)|[a-h]\\))\\s+\\S");

    private static boolean continues(Line prev, Line l) {
        if (prev.blank() || l.blank() || CLOSED_END.matcher(prev.text()).matches()) return false;
        if (NUMBERED_START.matcher(l.text()).lookingAt()) return false; // "2. ...": another sense, whatever the line above ends with
        // "verb (transitive)": a part of speech on its own line heads the senses below it, and ends those above
        if (org.medvocab.page.HeadLines.isPartOfSpeech(l.text()) || org.medvocab.page.HeadLines.isPartOfSpeech(prev.text())) return false;
        boolean openEnd = OPEN_END.matcher(prev.text()).matches() && prev.text().split("\\s+").length >= 2;
        boolean continued = CONTINUED_START.matcher(l.text()).matches() && !LABEL_START.matcher(l.text()).lookingAt();
        // "(n·mōn′yə, ny" / "-) noun": a bracket left open runs on to the line that closes it
        if (openBrackets(prev.text()) > 0 && l.text().indexOf(')') >= 0
            && (l.text().indexOf('(') < 0 || l.text().indexOf(')') < l.text().indexOf('('))) return true;
        // "An" / "ultrasound, also called ...": an article alone on its line opens the sentence the next line goes on with
        if (ARTICLE_ALONE.matcher(prev.text()).matches() && continued) return true;
        return openEnd && (continued || Character.isLetterOrDigit(l.text().charAt(0)))
            || continued && (prev.text().split("\\s+").length > LONG_LINE_WORDS
                // a line of prose wrapped at the width of an old dictionary's column: neither it nor the next is short, it
                // runs to a column's width and reads as prose (a term line over its gloss, "widget bypass, WB", does not)
                || prev.text().split("\\s+").length > SHORT_LINE_WORDS && l.text().split("\\s+").length > SHORT_LINE_WORDS
                && prev.text().length() >= COLUMN_WIDTH && PROSE_WORD.matcher(prev.text()).find());
    }
}

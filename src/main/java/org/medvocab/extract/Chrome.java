package org.medvocab.extract;

import java.util.regex.Pattern;

/**
 * Site chrome: navigation, search boxes, ads, credits, edit links, language lists, image file names, stubs,
 * quizzes. These patterns describe how web pages wrap an article, not what any article says.
 */
public final class Chrome {
    private Chrome() {}

    private static final Pattern LINE = Pattern.compile("(?i)^(?:"
        // navigation, search and account links
        + "navigation\\s*:.*|search\\s+\\S+\\s*$|search|jump to (?:navigation|search).*|languages\\s*:.*|"
        + "privacy policy|about \\w+|disclaimers?|terms of (?:use|service)|cookie.*|sign (?:in|up)|log ?in|create account|"
        + "what links here|related changes|(?:previous|next) (?:article|entry|term)\\s*:.*|\\d+ (?:results|matches|entries) found.*|"
        // sharing, printing, citing
        + "share\\b.*|print\\b.*|cite this.*|(?:facebook|twitter|linkedin|pinterest|whatsapp|email|print)(?:\\s*[|/,]\\s*\\w+)*|"
        // ads, credits, copyright, review dates
        + "ad\\.\\s.*|advertise(?:ment)?\\b.*|credits\\s*:.*|contributors?\\s*:.*|copyright\\b.*|\u00a9.*|"
        + "all rights reserved.*|(?:medically )?reviewed by .*|last (?:reviewed|updated)\\s*:?.*|"
        // wiki furniture: stubs, categories, revision lines, redirects, image file names
        + ".*\\bis a stub\\b.*|.*you can help (?:make it|by expanding).*|.*\\bretrieved from\\b.*|"
        + "categor(?:y|ies)\\s*:.*|hidden categor.*|this page was last (?:edited|modified).*|\\(redirected from .*\\)|"
        + ".*\\.(?:jpe?g|png|gif|svg|webp|tiff?)|"
        // separators and source lines of pages that gather other sites' text
        + "\\* \\* \\*|[-*_=]{3,}|from [\\w' .&-]*(?:encyclopedia|wiki\\w*|\\.org|\\.com|dictionary)[\\w' .&-]*|"
        + "(?:medical|online) dictionary|dictionary|thesaurus|related (?:articles|searches).*|quiz\\b.*|"
        // a date standing alone: when the page was posted or changed ("April 7, 2013", "Updated 7 Apr 2013", "2013-04-07")
        + "(?:(?:posted|published|updated|modified|last updated)(?: on)?\\s*:?\\s*)?(?:(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}"
        + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})"
        + ")$");

    /** "Label: Word, Word, Word.": a label over a run of capitalised one-word links (a menu, not a sentence). */
    private static final Pattern LINK_RUN = Pattern.compile("^[\\p{L} ]{1,30}:\\s*(?:\\p{Lu}[\\p{L}\\-]*(?:,\\s*|\\s*$|\\.$)){3,}");

    /** True for a line that is site chrome wherever it stands. */
    public static boolean isChrome(String line) {
        String t = line.strip();
        return LINE.matcher(t).matches() || LINK_RUN.matcher(t).matches() || org.medvocab.page.Boilerplate.speaksOfThePage(t);
    }

    private static final Pattern FOOTER = Pattern.compile("(?i)^(?:navigation\\s*:.*|languages\\s*:.*|search \\w+|"
        + "external links|references|sources( change)?|further reading|patient discussion about .*|"
        + "categor(?:y|ies)\\s*:.*|this page was last (?:edited|modified).*)$");

    /** True for a line after which a page has nothing but chrome (navigation bar, language list, link lists). */
    public static boolean startsFooter(String line) {
        return FOOTER.matcher(line.strip()).matches();
    }

    /** "Overview[edit | edit source]", and the older wiki form with the link first: "[edit] See also". */
    private static final Pattern EDIT_HEADING = Pattern.compile("^(.*?)\\s*\\[\\s*edit(?:\\s*\\|\\s*edit source)?\\s*\\]\\s*$"
        + "|^\\[\\s*edit(?:\\s*\\|\\s*edit source)?\\s*\\]\\s*(.{1,80})$", Pattern.CASE_INSENSITIVE);

    /** Strips an edit-link suffix from a heading line ("Overview[edit | edit source]"); null when there is none. */
    public static String editHeading(String line) {
        var m = EDIT_HEADING.matcher(line);
        return !m.matches() ? null : (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    }
}

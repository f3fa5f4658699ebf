package org.medvocab.extract;

import java.util.regex.Pattern;

/**
 * Site chrome: navigation, search boxes, ads, credits, edit links, language lists, image file names, stubs,
 * quizzes. These patterns describe how web pages wrap an article, not what any article says.
 */
public final class Chrome {
    private Chrome() {}

    private static final Pattern LINE = Pattern.compile("(?i)^(?:"
        + "navigation\\s*:.*|search\\s+\\S+\\s*$|search|jump to (?:navigation|search).*|ad\\.\\s.*|advertise(?:ment)?\\b.*|"
        + ".*not a substitute for professional medical advice.*|credits\\s*:.*|contributors?\\s*:.*|"
        + ".*\\bis a stub\\b.*|.*you can help (?:make it|by expanding).*|languages\\s*:.*|full browser.*|"
        + "browse|\\d+ entries found.*|next word in the dictionary.*|previous word in the dictionary.*|all words near.*|"
        + "how to use a word.*|test your (?:vocab|knowledge).*|.*take the quiz.*|quiz\\b.*|"
        + "(?:medical )?encyclopedia article on .*|wikipedia'?s article\\s*-.*|.*\\bretrieved from\\b.*|"
        + "share\\b.*|print\\b.*|cite this.*|copyright\\b.*|\u00a9.*|all rights reserved.*|"
        + "(?:medical|english|online) dictionary\\.?\\s*\\d{4}\\.?|(?:medical|online) dictionary|dictionary|thesaurus|"
        + "first known use\\s*:.*|\\* \\* \\*|[-*_=]{3,}|"
        + "from [\\w' .&-]*(?:encyclopedia|wiki\\w*|\\.org|\\.com|dictionary)[\\w' .&-]*|"
        + ".*\\.(?:jpe?g|png|gif|svg|webp|tiff?)|"
        + "\\(redirected from .*\\)|other (?:medicine|medical) terms|related (?:articles|searches).*|"
        + "also found in\\s*:.*|categor(?:y|ies)\\s*:.*|hidden categor.*|this page was last (?:edited|modified).*|what links here|related changes|"
        + "privacy policy|about \\w+|disclaimers?|terms of (?:use|service)|cookie.*|sign (?:in|up)|log ?in|create account|"
        + "want to thank .*|mentioned in\\??|references in (?:periodicals|classic literature).*|link to this page.*|"
        + "(?:medical|encyclopedia|dictionary|legal|financial|acronyms) browser.*|\\d+ (?:results|matches) found.*|"
        + "(?:facebook|twitter|linkedin|pinterest|whatsapp|email|print)(?:\\s*[|/,]\\s*\\w+)*|share (?:this|on).*|"
        + "(?:previous|next) (?:article|entry|term)\\s*:.*|see more (?:synonyms|words).*|word of the day.*|"
        + "(?:medically )?reviewed by .*|last (?:reviewed|updated)\\s*:?.*|©.*|all content .*copyright.*"
        + ")$");

    /** True for a line that is site chrome wherever it stands. */
    public static boolean isChrome(String line) {
        return LINE.matcher(line.strip()).matches();
    }

    private static final Pattern FOOTER = Pattern.compile("(?i)^(?:navigation\\s*:.*|languages\\s*:.*|search \\w+|"
        + "external links|references|sources( change)?|further reading|patient discussion about .*|"
        + "categor(?:y|ies)\\s*:.*|this page was last (?:edited|modified).*)$");

    /** True for a line after which a page has nothing but chrome (navigation bar, language list, link lists). */
    public static boolean startsFooter(String line) {
        return FOOTER.matcher(line.strip()).matches();
    }

    /** Strips an edit-link suffix from a heading line ("Overview[edit | edit source]"); null when there is none. */
    public static String editHeading(String line) {
        var m = Pattern.compile("^(.*?)\\s*\\[\\s*edit(?:\\s*\\|\\s*edit source)?\\s*\\]\\s*$", Pattern.CASE_INSENSITIVE).matcher(line);
        return m.matches() ? m.group(1).strip() : null;
    }
}

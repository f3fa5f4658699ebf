package org.medvocab.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of one line of plain text, from its markup alone: a heading marker, a bullet, a sense
 * number, a separator, a table or infobox row, an attribution, or plain text.
 *
 * @param type the block type the line opens (PARAGRAPH when nothing marks it)
 * @param level heading level, else 0
 * @param depth list depth (1 = top), else 0
 * @param marker sense number of a numbered item, else null
 * @param label infobox label, else null
 * @param from start of the content within the line (after any marker)
 * @param to end of the content within the line
 * @param weak true when the shape needs support from a neighbour (a label glued to its value)
 * @param editMark true for a line that is only an "[edit]" link (it marks the line before as a heading)
 */
public record LineShape(BlockType type, int level, int depth, String marker, String label, int from, int to,
        boolean weak, boolean editMark) {

    /** A rule: one mark repeated ("* * *", "-----", "─────", "═══", "———"). */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*([-*_=~•·\\u2500-\\u257F—–])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern WIKI_HEADING = Pattern.compile("^\\s*(={1,6})\\s*(\\S.*?)\\s*\\1\\s*$");
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s*(#{1,6})\\s+(\\S.*?)(?:\\s+#+)?\\s*$");
    private static final String EDIT = "\\[\\s*edit(?:\\s*\\|\\s*edit source)?\\s*\\]";
    private static final Pattern EDIT_ONLY = Pattern.compile("(?i)^\\s*" + EDIT + "\\s*$");
    private static final Pattern EDIT_SUFFIX = Pattern.compile("(?i)^\\s*(\\S.*?)\\s*" + EDIT + "\\s*$");
    private static final Pattern EDIT_PREFIX = Pattern.compile("(?i)^\\s*" + EDIT + "\\s*(\\S.*?)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^([ \\t]*)([•●○◦▪▫■□‣⁃∙★☆▸►▹*\\-–]|\\*{2,})\\s+(\\S.*?)\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("^([ \\t]*)(\\d{1,2}(?:\\.\\d{1,2})+\\.?|\\d{1,2}[.)]"
            + "|\\(\\d{1,2}\\)|\\[[\\p{L}\\p{N}]{1,4}\\]|\\(?[a-h]\\)|[a-h]\\.|\\d{1,2}[a-h]?\\s?:|[a-h]\\s:|:"
            // "n 1: a morbid fear of water", "adj 2: ...": WordNet's plain-text senses, numbered within their part of speech
            + "|(?:n|v|adj|adv)\\s+\\d{1,2}\\s?:)\\s+(\\S.*?)\\s*$");
    /** "1 A thin tube put into a vein ...": a bare sense number before a capitalised sentence of its own. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^([ \\t]*)(\\d{1,2})\\s+(\\p{Lu}\\p{Ll}*\\s+\\p{Ll}.*[.;]"
            // "1 an injury to the neck ... [syn: ...]": WordNet's plain-text senses, a number before a lower-case gloss
            + "|(?:an?|the|any|one)\\s+\\p{Ll}.{10,})\\s*$");
    private static final Pattern FROM_ATTRIBUTION = Pattern.compile("(?i)^\\s*(?:from|via)\\s+(?:the\\s+)?\\p{Lu}.*$");
    private static final Pattern DASH_ATTRIBUTION = Pattern.compile("^\\s*(?:[—―]|–|--)\\s*\\p{Lu}.{0,80}$");
    /** "Source: X", "Definition from: X", "Adapted from: X": a label that names where the text above or below is from. */
    private static final Pattern SOURCE_ATTRIBUTION =
            Pattern.compile("(?i)^\\s*(?:[\\p{L}]+\\s+){0,2}(?:sources?|(?:definitions?|text|taken|adapted|excerpted|quoted)\\s+from)\\s*:\\s*\\S.*$");
    /** Longest credit line in words (a source's name with the site's note on its link). */
    private static final int CREDIT_MAX_WORDS = 25;
    private static final Pattern YEAR_ATTRIBUTION = Pattern.compile("^\\s*\\p{Lu}[\\p{L}'’&. ]{1,60}[.,]\\s*\\d{4}\\.?\\s*$");
    private static final Pattern DOMAIN = Pattern.compile("\\w\\.(?:org|com|net|edu|gov|info|[a-z]{2})\\b");
    private static final Pattern COLON_ROW = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}\\p{N} ()'’/-]{0,30}?)\\s*:\\s+(\\S.*?)\\s*$");
    private static final Pattern COLUMNS = Pattern.compile("\\s{3,}|\t+");
    private static final int MIN_COLUMNS = 3;
    /** Most words of a summary box's label cell ("Other names", "Maximum dose, with adrenaline"). */
    private static final int MAX_LABEL_CELL_WORDS = 5;
    /** A short form: capitals and digits, perhaps with a hyphen and a lower-case part ("CRIF", "K-wire", "ex-fix" is none). */
    private static final Pattern SHORT_FORM_CELL = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]*(?:-\\p{L}+)?|\\p{Lu}{2,}[\\p{Lu}\\p{N}-]*");
    /** A cell that is a sentence: it opens with an article or ends with a full stop. */
    private static final Pattern DEFINING_CELL = Pattern.compile("^(?:An?|The)\\s|\\p{L}[.!?]$");
    private static final Pattern GLUED_ROW =
            Pattern.compile("^\\s*(\\p{Lu}\\p{Ll}{3,}(?:[ -]\\p{Ll}+){0,3})(\\p{Lu}\\S.*?)\\s*$");

    /**
     * Classifies one line.
     *
     * @param line a line without its line end
     * @return its shape
     */
    public static LineShape of(String line) {
        Matcher m;
        if (SEPARATOR.matcher(line).matches() || TABLE_DELIMITER.matcher(line).matches()) {
            return plain(BlockType.SEPARATOR, line);
        }
        if (EDIT_ONLY.matcher(line).matches()) {
            return new LineShape(BlockType.PARAGRAPH, 0, 0, null, null, 0, 0, false, true);
        }
        if ((m = WIKI_HEADING.matcher(line)).matches()) {
            int level = m.group(1).length();
            return group(level == 1 ? BlockType.TITLE : BlockType.HEADING, level, 0, null, null, m, 2);
        }
        if ((m = ATX_HEADING.matcher(line)).matches()) {
            return group(BlockType.HEADING, m.group(1).length(), 0, null, null, m, 2);
        }
        if ((m = EDIT_SUFFIX.matcher(line)).matches() || (m = EDIT_PREFIX.matcher(line)).matches()) {
            return group(BlockType.HEADING, 2, 0, null, null, m, 1);
        }
        if ((m = BULLET.matcher(line)).matches()) {
            if (SEPARATOR.matcher(m.group(3)).matches()) {
                return plain(BlockType.SEPARATOR, line); // "• ***": a separator set as a list item
            }
            if (REFERENCE_WORK_NAME.matcher(m.group(3)).matches() && Words.count(m.group(3)) <= REFERENCE_WORK_MAX_WORDS) {
                return group(BlockType.ATTRIBUTION, 0, 0, null, null, m, 3); // "• WordNet 3.6": a credit set as a list item
            }
            return group(BlockType.LIST_ITEM, 0, depth(m.group(1), m.group(2)), null, null, m, 3);
        }
        if ((m = NUMBERED.matcher(line)).matches() || (m = BARE_NUMBER.matcher(line)).matches()) {
            return group(BlockType.NUMBERED_ITEM, 0, depth(m.group(1), ""), m.group(2), null, m, 3);
        }
        if (isAttribution(line)) {
            return plain(BlockType.ATTRIBUTION, line);
        }
        return row(line);
    }

    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

    /** More words than a summary box's value has: a cell of prose. */
    private static final int MAX_ROW_VALUE_WORDS = 40;
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}[.!?]\\s+\\S");

    private static LineShape row(String line) {
        String[] columns = COLUMNS.split(line.strip());
        if (columns.length >= MIN_COLUMNS) {
            return plain(BlockType.TABLE_ROW, line); // "Sign up   Log in   Word lists": cells set apart by runs of spaces
        }
        // "Other names<TAB>CI, bionic ear": a summary box's label cell and value cell, copied with a tab between them
        // (a cell that defines in a sentence makes a glossary's row, read as a table's)
        if (columns.length == 2 && line.strip().contains("\t") && Words.count(columns[0]) <= MAX_LABEL_CELL_WORDS
                && Character.isLetter(columns[0].charAt(0))) {
            // ("CRIF<TAB>Closed Reduction Internal Fixation": a short form in capitals beside what it stands for is an
            // abbreviation table's row)
            return DEFINING_CELL.matcher(columns[1]).find() || SHORT_FORM_CELL.matcher(columns[0]).matches() && Words.count(columns[1]) >= 2
                ? plain(BlockType.TABLE_ROW, line) : withLabel(line, columns[0], false);
        }
        long pipes = line.chars().filter(c -> c == '|').count();
        if (pipes >= 1 && line.contains(" |")) {
            String[] cells = CELL_SEPARATOR.split(line.strip());
            long filled = java.util.Arrays.stream(cells).filter(c -> !c.isBlank()).count();
            if (filled == 2 && PlainTextSegmenter.WHAT_THE_PAGE_GIVES.matcher(cells[0]).find()) {
                return plain(BlockType.PARAGRAPH, line); // "otoscope : meaning and definition | Site": a window's title
            }
            if (filled == 2 && !cells[0].isBlank() && Words.count(cells[0]) <= 4) {
                // "Gout | n. [...] 1. A drop ... 2. (Med.) A disease ...": a headword cell beside a whole entry of prose
                String value = cells[cells.length - 1].isBlank() ? cells[cells.length - 2] : cells[cells.length - 1];
                if (Words.count(value) > MAX_ROW_VALUE_WORDS && INNER_SENTENCE_END.matcher(value).find()) {
                    return plain(BlockType.PARAGRAPH, line);
                }
                return withLabel(line, cells[0].strip(), false);
            }
            return plain(BlockType.TABLE_ROW, line);
        }
        Matcher m = COLON_ROW.matcher(line);
        if (m.matches() && Words.count(m.group(1)) <= 3 && Words.count(m.group(2)) <= 10
                && !m.group(2).endsWith(".")) {
            return withLabel(line, m.group(1), false);
        }
        m = GLUED_ROW.matcher(line);
        if (m.matches() && Words.count(line) <= 40) {
            return withLabel(line, m.group(1), true);
        }
        return plain(BlockType.PARAGRAPH, line);
    }

    private static final Pattern LEADING_FROM_VIA = Pattern.compile("(?i)^(?:from|via)\\s+");
    private static final Pattern RUN_TOGETHER_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*");

    /**
     * What a source's name carries besides its words: a version or edition ("v.0.48", "3.0", "(2006)"), a mark ("(r)",
     * "®"), a short code in brackets ("[gcide]") and the colon that introduces the source's entry.
     */
    private static final Pattern EDITION = Pattern.compile("(?i)\\s*(?:\\((?:r|c|tm|\\d{4})\\)|[®©™]|\\bv?\\.?\\d+(?:\\.\\d+)+\\b|\\[[\\p{L}\\d-]{1,12}\\])|\\s*:\\s*$");

    /**
     * The words that name reference works ("Medical Dictionary", "WordNet"): the one list of them, which the converter's
     * other stages read too.
     */
    public static final String REFERENCE_WORKS = "dictionary|dictionaries|encyclop\\w+|thesaurus|glossary|lexicon|wiktionary|wikipedia|wordnet|webster(?:'s|\u2019s)?";
    /**
     * "Century Dictionary and Cyclopedia", "WordNet 3.6", "Webster's Revised Unabridged Dictionary": a capitalised
     * name of a reference work alone on its line (perhaps with its edition), which credits the entry below it.
     */
    private static final Pattern REFERENCE_WORK_NAME = Pattern.compile("^\\s*(?:\\p{Lu}[\\p{L}'\u2019.&-]*\\s+|\\d{4}\\s+|and\\s+|of\\s+|the\\s+|\\((?i:tm|r|c)\\)\\s+){0,6}"
            // "NCI Dictionary of Cancer Terms", "Dictionary of Medicine (Shahram)": a name of several words after "of",
            // a compiler's or owner's name in brackets
            + "(?i:" + REFERENCE_WORKS + ")(?:\\s+(?:and|of)(?:\\s+\\p{Lu}[\\p{L}'\u2019.&-]*){1,3})*(?:\\s+v?\\d+(?:\\.\\d+)*)?"
            + "(?:\\s*\\([^()]{1,20}\\))?\\s*$");
    private static final int REFERENCE_WORK_MAX_WORDS = 7;

    /** @return true for a line that is only a reference work's name ("Century Dictionary and Cyclopedia", "WordNet 3.6") */
    public static boolean isReferenceWorkName(String line) {
        return REFERENCE_WORK_NAME.matcher(line).matches() && Words.count(line) <= REFERENCE_WORK_MAX_WORDS;
    }

    /** An attribution line: "from Name", "— Name", "Source: Name", "Name dictionary. 2011.". */
    static boolean isAttribution(String line) {
        int words = Words.count(line);
        if (SOURCE_ATTRIBUTION.matcher(line).matches() && words <= CREDIT_MAX_WORDS) {
            return true;
        }
        if (words > 12) {
            return false;
        }
        if (FROM_ATTRIBUTION.matcher(line).matches() && words <= 10) {
            String rest = EDITION.matcher(LEADING_FROM_VIA.matcher(line.strip()).replaceFirst("")).replaceAll("").strip();
            String name = rest.split(",")[0];
            return Words.isTitleCase(name) && (rest.contains(",") || Words.count(name) > 1 || DOMAIN.matcher(name).find()
                    || RUN_TOGETHER_WORDS.matcher(name.strip()).matches());
        }
        return DASH_ATTRIBUTION.matcher(line).matches() && words <= 8
                || YEAR_ATTRIBUTION.matcher(line).matches() && words <= 6
                || REFERENCE_WORK_NAME.matcher(line).matches() && words <= REFERENCE_WORK_MAX_WORDS;
    }

    /**
     * "[1913 Webster]", "[Webster 1913 Suppl.]", "[PJC]": the bracketed credit an edited dictionary puts after each sense
     * it took from an older one (a year with a name, or an editor's initials); a credit, neither a sense nor a title.
     */
    private static final Pattern SOURCE_TAG = Pattern.compile(
        "^\\[(?:\\d{4}\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?|\\p{Lu}[\\p{L}.]*\\s+\\d{4}(?:\\s+\\p{Lu}[\\p{L}.]*)?|\\p{Lu}{2,4})\\]$");

    /** @return true for a line that is only a dictionary's bracketed source credit ("[1913 Webster]") */
    public static boolean isSourceTag(String line) {
        return SOURCE_TAG.matcher(line.strip()).matches();
    }

    private static int depth(String indent, String bullet) {
        if (bullet.length() > 1) {
            return bullet.length(); // wiki "**" nesting
        }
        int width = indent.chars().map(c -> c == '\t' ? 4 : 1).sum();
        return 1 + width / 2;
    }

    private static LineShape group(BlockType type, int level, int depth, String marker, String label, Matcher m,
            int group) {
        return new LineShape(type, level, depth, marker, label, m.start(group), m.end(group), false, false);
    }

    private static LineShape plain(BlockType type, String line) {
        int to = line.stripTrailing().length();
        int from = Math.min(to, line.length() - line.stripLeading().length());
        return new LineShape(type, 0, 0, null, null, from, to, false, false);
    }

    private static LineShape withLabel(String line, String label, boolean weak) {
        LineShape p = plain(BlockType.INFOBOX_ROW, line);
        return new LineShape(BlockType.INFOBOX_ROW, 0, 0, null, label, p.from(), p.to(), weak, false);
    }

    /** @return this shape as a plain paragraph line (its whole trimmed text) */
    LineShape asParagraph(String line) {
        return plain(BlockType.PARAGRAPH, line);
    }
}

package org.medvocab.layout;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;
import org.medvocab.page.Words;

/** Page measures the layouts' detectors share. */
final class Shapes {
    private Shapes() {}

    static final int LONG_PARAGRAPH_WORDS = 12;
    private static final Pattern READER = Pattern.compile("(?i)\\b(?:you|your)\\b");
    private static final Pattern DEFINES = Pattern.compile("(?i)\\s(?:is|are|was|were|refers? to)\\s");

    static long count(Page page, BlockType type) {
        return page.blocks().stream().filter(b -> b.type() == type).count();
    }

    /**
     * Separator lines that part entries: a rule above or below a table's rows only frames the table, and one beside a
     * record of labelled fields ("Term:", "Code:", ...) parts records, not a dictionary's entries.
     */
    static long entrySeparators(Page page) {
        List<Block> blocks = page.blocks();
        long n = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).type() != BlockType.SEPARATOR) continue;
            boolean frames = i > 0 && isRow(blocks.get(i - 1)) || i + 1 < blocks.size() && isRow(blocks.get(i + 1));
            n += frames ? 0 : 1;
        }
        return n;
    }

    private static boolean isRow(Block b) {
        return b.type() == BlockType.TABLE_ROW || b.type() == BlockType.INFOBOX_ROW;
    }

    static long longParagraphs(Page page) {
        return page.blocks().stream()
                .filter(b -> b.type() == BlockType.PARAGRAPH && Words.count(b.text()) >= LONG_PARAGRAPH_WORDS).count();
    }

    static long questionHeadings(Page page) {
        return page.blocks().stream().filter(b -> b.type().isHeading() && b.text().strip().endsWith("?")).count();
    }

    static long readerParagraphs(Page page) {
        return page.blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH && READER.matcher(b.text()).find())
                .count();
    }

    private static final Pattern PRONUNCIATION = Pattern.compile("[\\[/\\\\(][^\\]/\\\\)]*[ˈˌ′ə\"`][^\\]/\\\\)]*[\\]/\\\\)]");
    private static final int HEAD_MAX_WORDS = 8;

    /** What the Webster 1913's copies write where the respelling was a picture they could not print. */
    private static final String UNPRINTED_RESPELLING = "(?)";

    /** Short blocks that carry a pronunciation: head lines of dictionary entries. */
    static long pronunciationBlocks(Page page) {
        return page.blocks().stream()
                .filter(b -> Words.count(b.text()) <= HEAD_MAX_WORDS && PRONUNCIATION.matcher(b.text()).find()).count();
    }

    /**
     * Head lines that give a headword, its respelling between backslashes and its part of speech ("Lancet \\Lan"cet\\, n. [F.
     * lancette ...]"): the head of an entry of the Webster 1913 and the dictionaries built on it, however long its
     * etymology.
     */
    static long headLineBlocks(Page page) {
        return page.blocks().stream().filter(b -> headLineWord(b) != null).count();
    }

    /** The headword of a Webster-style head line ("Lancet \\Lan"cet\\, n. [F. ...]"), or null for any other block. */
    static String headLineWord(Block b) {
        EntryText.Head h = EntryText.head(b.text().strip(), null);
        // "Sci*at"i*ca (?), n. [NL.] Med.": a copy that could not print the respelling leaves "(?)" in its place
        return h.headword() != null && h.pronunciation() != null && h.partOfSpeech() != null
                && (h.pronunciation().startsWith("\\") || h.pronunciation().equals(UNPRINTED_RESPELLING)) ? h.headword() : null;
    }

    /** A heading that can be a headword: at most three words, no function word, or a head line. */
    static boolean isHeadwordLike(Block b) {
        List<String> words = Words.of(b.text());
        String t = b.text().strip();
        if (b.type().isHeading() && EntryText.headOnly(t, null) != null) {
            return true; // "gastrostomy gas·tros·to·my (gās-trŏs'tə-mē)": a headword with its syllables and pronunciation
        }
        return b.type().isHeading() && !words.isEmpty() && words.size() <= 3 && words.stream().noneMatch(Words::isStopWord)
                && !t.endsWith("?") && Character.isLetterOrDigit(t.charAt(0)) && !isPartOfSpeechBlock(b)
                // "Etymology", "Pronunciation": a section of the entry about the word, not a word of its own
                && !Topic.NOT_SUBJECTS.contains(t.toLowerCase(java.util.Locale.ROOT));
    }

    /** Blocks that are a part of speech alone ("n.", "noun") or a list item opening with one ("• n. ..."). */
    static long partOfSpeechBlocks(Page page) {
        // "tourniquet noun" as a page's title: the head line of a one-word entry
        return page.blocks().stream().filter(b -> isPartOfSpeechBlock(b)
                || b.type().isHeading() && org.medvocab.page.HeadLines.isHeadwordAndPartOfSpeech(b.text())).count();
    }

    private static final Pattern BRACKET_CHARS = Pattern.compile("[\\[\\]()]");

    /** A sense number after a part of speech ("n 1:", "adj 2:"): WordNet's plain-text senses. */
    private static final Pattern NUMBERED_IN_PART_OF_SPEECH = Pattern.compile("\\s+\\d{1,2}\\s?:$");

    /** Senses numbered by their part of speech ("[n] a tube ...", "[v] to fit ...", "n 1: a tube ..."). */
    static long partOfSpeechMarkers(Page page) {
        return page.blocks().stream().filter(b -> b.type() == BlockType.NUMBERED_ITEM && b.marker() != null
                && EntryText.POS.matcher(NUMBERED_IN_PART_OF_SPEECH.matcher(BRACKET_CHARS.matcher(b.marker()).replaceAll(""))
                    .replaceFirst("")).matches()).count();
    }

    static boolean isPartOfSpeechBlock(Block b) {
        if (org.medvocab.page.HeadLines.isPartOfSpeech(b.text())) {
            return true; // "countable noun", "verb (used with object), ..."
        }
        var m = EntryText.POS.matcher(b.text());
        return m.lookingAt() && (m.end() == b.text().strip().length() || b.type() == BlockType.LIST_ITEM
                && m.group().endsWith("."));
    }

    private static final Pattern LEADING_ARTICLE_OR_FIELD = Pattern.compile("^(?:an?|the|in \\w+,)\\s+");

    /** The first long paragraph opens with the topic and says what it is. */
    static boolean leadDefinesTopic(Page page, String topic) {
        if (topic.isEmpty()) {
            return false;
        }
        for (Block b : page.blocks()) {
            if (b.type() == BlockType.PARAGRAPH && Words.count(b.text()) >= LONG_PARAGRAPH_WORDS) {
                String lead = LEADING_ARTICLE_OR_FIELD.matcher(b.text().toLowerCase(Locale.ROOT)).replaceFirst("");
                return lead.startsWith(topic.toLowerCase(Locale.ROOT))
                        && DEFINES.matcher(lead.substring(0, Math.min(lead.length(), 200))).find();
            }
        }
        return false;
    }

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:an?|the)\\s+");

    /** The first long paragraph that opens with the topic, else the first long paragraph, else null. */
    static Block lead(Page page, String topic) {
        Block first = null;
        String t = topic == null ? "" : topic.toLowerCase(Locale.ROOT);
        for (Block b : page.blocks()) {
            if (b.type() == BlockType.PARAGRAPH && Words.count(b.text()) >= LONG_PARAGRAPH_WORDS) {
                String text = LEADING_ARTICLE.matcher(b.text().toLowerCase(Locale.ROOT)).replaceFirst("");
                if (!t.isEmpty() && text.startsWith(t)) {
                    return b;
                }
                first = first == null ? b : first;
            }
        }
        return first;
    }

    static List<Block> nonHeadings(Page page) {
        return page.blocks().stream().filter(b -> !b.type().isHeading()).toList();
    }
}

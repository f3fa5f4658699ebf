package org.medvocab.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;

/**
 * A dictionary entry written as labelled rows, as some general, student and medical dictionaries set an entry: "Main
 * Entry: cesarean section", "Variant(s): or caesarean section", "Pronunciation: ...", "Function: noun", "Etymology: ...",
 * then the senses, each after the colon that marks a sense (": a surgical operation ...", "1 : ...", "2 a : ..."). A page
 * may stack several such entries; each opens with the row that names its word.
 */
final class LabelledEntryLayout implements Layout {
    /** Rows that name the entry's word and open an entry. */
    private static final Set<String> ENTRY_LABELS = Set.of("main entry", "entry", "entry word", "headword", "head word", "term",
        "preferred term");
    /** Rows of other spellings and names. */
    private static final Set<String> VARIANT_LABELS = Set.of("variant", "variants", "variant(s)", "also", "other spelling");
    /** Rows of the part of speech. */
    private static final Set<String> POS_LABELS = Set.of("function", "part of speech", "word class");
    /** Rows of the respelling. */
    private static final Set<String> PRONUNCIATION_LABELS = Set.of("pronunciation", "pronounced");
    /** Rows about the word itself, not about what it names: kept in the body, never read as a sense. */
    private static final Set<String> WORD_LABELS = Set.of("etymology", "usage", "inflected form", "inflected form(s)",
        "inflected forms", "date", "syllabification", "word history", "plural", "usage note", "first known use");

    /** Rows whose value is a sense: an app's or a phone page's "Definition:" field. */
    private static final Set<String> SENSE_LABELS = Set.of("definition", "definitions", "meaning", "meanings", "sense");
    /** Rows of other names of the entry's word. */
    private static final Set<String> NAME_LABELS = Set.of("synonym", "synonyms", "abbreviation", "abbreviations", "acronym",
        "also called", "also known as", "other names");
    /** Rows of cross-references, by the kind of reference they make. */
    private static final java.util.Map<String, String> REFERENCE_LABELS = java.util.Map.ofEntries(
        java.util.Map.entry("is a type of", "type of"), java.util.Map.entry("type of", "type of"), java.util.Map.entry("kind of", "type of"),
        java.util.Map.entry("broader term", "type of"), java.util.Map.entry("broader terms", "type of"),
        java.util.Map.entry("types", "types"), java.util.Map.entry("kinds", "types"), java.util.Map.entry("narrower term", "types"),
        java.util.Map.entry("narrower terms", "types"), java.util.Map.entry("related", "see also"),
        java.util.Map.entry("related terms", "see also"), java.util.Map.entry("related term", "see also"),
        java.util.Map.entry("see also", "see also"), java.util.Map.entry("compare", "compare"),
        java.util.Map.entry("part of", "part of"), java.util.Map.entry("components", "parts"), java.util.Map.entry("parts", "parts"),
        java.util.Map.entry("has parts", "parts"));

    /** "Etymology: from ...": a row too long to be set as a row, read by its label. */
    private static final Pattern LABEL_PREFIX = Pattern.compile("^([\\p{L}][\\p{L}() ]{1,25}?)\\s*:\\s*");
    /** ": a surgical operation ...", "1 : ...", "2 a : ...", "b : ...": the colon that opens a sense, after its number. */
    private static final Pattern COLON_SENSE = Pattern.compile("^((?:\\d{1,2}\\s*)?(?:[a-h]\\s*)?(?:\\(\\d\\)\\s*)?):\\s*(?=\\S)");
    /** "or caesarean section", "also caesarean": the word a variant row puts before each spelling. */
    private static final Pattern VARIANT_LEAD = Pattern.compile("(?i)^(?:or|also|and)\\s+");
    private static final Pattern VARIANT_SPLIT = Pattern.compile("\\s*[,;]\\s*|\\s+or\\s+");
    /** Rows that must be lexical before a page of rows reads as one entry: the word's row and one more. */
    private static final int MIN_LEXICAL_ROWS = 2;

    @Override
    public String name() {
        return "labelled-entry";
    }

    @Override
    public double detect(Page page) {
        boolean named = false;
        boolean defined = false;
        int lexical = 0;
        for (Block b : page.blocks()) {
            String label = label(b);
            if (label == null) {
                continue;
            }
            boolean entryRow = entryRow(b, label);
            if (entryRow || headed(page.blocks(), page.blocks().indexOf(b))) {
                named = true;
            }
            defined |= SENSE_LABELS.contains(label);
            if (isLexical(label) || entryRow) {
                lexical++;
            }
        }
        // a page of one word's fields ("Pronunciation: ...", "Definition: ..."), its word in the title
        return (named || defined && page.titleOrFirstHeading().isPresent()) && lexical >= MIN_LEXICAL_ROWS ? 0.85 : 0;
    }

    @Override
    public boolean entriesOnly(Page page) {
        return detect(page) > 0;
    }

    @Override
    public List<Entry> entries(Page page, String documentId) {
        List<Entry> out = new ArrayList<>();
        EntryBuilder entry = null;
        List<Block> blocks = page.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String label = label(b);
            boolean entryRow = label != null && entryRow(b, label);
            if (entryRow || i + 1 < blocks.size() && headed(blocks, i + 1)) {
                if (entry != null && !entry.isEmpty()) {
                    out.add(entry.build());
                }
                entry = new EntryBuilder(EntryText.stripMarks(entryRow ? value(b, label) : b.text()).strip());
                entry.body.add(b);
                continue;
            }
            if (entry == null && label != null && (isLexical(label) || SENSE_LABELS.contains(label))) {
                entry = new EntryBuilder(Topic.of(page, documentId)); // the fields of the word the page's title names
            }
            if (entry == null) {
                continue; // what stands above the first entry's row is the page's, not the entry's
            }
            read(entry, b, label);
        }
        if (entry != null && !entry.isEmpty()) {
            out.add(entry.build());
        }
        if (out.isEmpty()) {
            EntryBuilder only = new EntryBuilder(Topic.of(page, documentId));
            out.add(only.build());
        }
        return out;
    }

    /** "[n] a gauge ...": a bracketed part of speech opening a sense's value. */
    private static final Pattern PART_OF_SPEECH_MARK = Pattern.compile("(\\[\\p{Ll}{1,9}\\])\\s+");

    private static boolean hasLetter(String value) {
        return value.chars().anyMatch(Character::isLetter);
    }

    /** Between the values of a list row: a comma, a semicolon, or the two-space gap of values set one a line. */
    private static final Pattern VALUE_SPLIT = Pattern.compile("\\s*[,;]\\s*|\\s{2,}");

    /** Longest headword of an entry opened by a heading over its rows, in words. */
    private static final int HEADWORD_MAX_WORDS = 5;

    /**
     * True when the block at {@code i} is a part-of-speech or pronunciation row right under a short heading: "ankle
     * splint" over "Part of speech: noun", the head of an entry set as one field a line.
     */
    private static boolean headed(List<Block> blocks, int i) {
        if (i < 1 || i >= blocks.size()) return false;
        String label = label(blocks.get(i));
        Block head = blocks.get(i - 1);
        return label != null && (POS_LABELS.contains(label) || PRONUNCIATION_LABELS.contains(label))
            && head.type().isHeading() && label(head) == null && org.medvocab.page.Words.count(head.text()) <= HEADWORD_MAX_WORDS;
    }

    /** One block under an entry's row: a lexical row, a sense after its colon, or a definition of an entry without one. */
    private static void read(EntryBuilder entry, Block b, String label) {
        entry.body.add(b);
        if (label != null && SENSE_LABELS.contains(label)) {
            String text = b.text();
            int at = text.indexOf(':') + 1;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
            Matcher mark = PART_OF_SPEECH_MARK.matcher(text).region(at, text.length());
            if (mark.lookingAt()) {
                if (EntryText.isOtherPartOfSpeech(mark.group(1))) return; // "[v] ...": the sense of a verb
                if (entry.partOfSpeech == null) entry.partOfSpeech = mark.group(1).substring(1, mark.group(1).length() - 1);
                at = mark.end();
            }
            entry.senses.addAll(EntryText.senses(b, at));
            return;
        }
        if (label != null && NAME_LABELS.contains(label)) {
            for (String v : VALUE_SPLIT.split(value(b, label))) {
                if (hasLetter(v)) entry.variants.add(v.strip()); // ("Synonyms: —": none)
            }
            return;
        }
        if (label != null && REFERENCE_LABELS.containsKey(label)) {
            String text = b.text();
            for (String v : VALUE_SPLIT.split(value(b, label))) {
                int at = text.indexOf(v.strip());
                if (hasLetter(v) && at >= 0) {
                    entry.crossReferences.add(new Entry.CrossReference(REFERENCE_LABELS.get(label), v.strip(), b.offsetOf(at),
                        b.offsetOf(at + v.strip().length())));
                }
            }
            return;
        }
        if (label != null && isLexical(label)) {
            String value = value(b, label);
            if (VARIANT_LABELS.contains(label)) {
                for (String v : VARIANT_SPLIT.split(VARIANT_LEAD.matcher(value).replaceFirst(""))) {
                    if (!v.isBlank()) {
                        entry.variants.add(EntryText.stripMarks(VARIANT_LEAD.matcher(v.strip()).replaceFirst("")).strip());
                    }
                }
            } else if (POS_LABELS.contains(label) && entry.partOfSpeech == null) {
                entry.partOfSpeech = value;
            } else if (PRONUNCIATION_LABELS.contains(label) && entry.pronunciation == null) {
                entry.pronunciation = value;
            }
            return;
        }
        entry.crossReferences.addAll(EntryText.crossReferences(b, entry.headword));
        String text = b.text();
        Matcher colon = COLON_SENSE.matcher(text);
        if (b.type() == BlockType.NUMBERED_ITEM && b.marker() != null && b.marker().endsWith(":")) {
            entry.senses.add(EntryText.sense(b.marker().replace(":", "").strip(), b, 0, text.length()));
        } else if (colon.lookingAt()) {
            entry.senses.add(EntryText.sense(colon.group(1).strip(), b, colon.end(), text.length()));
        } else if (entry.senses.isEmpty() && (b.type() == BlockType.PARAGRAPH || b.type() == BlockType.LIST_ITEM)) {
            entry.senses.addAll(EntryText.senses(b, 0));
        }
    }

    private static boolean isLexical(String label) {
        return ENTRY_LABELS.contains(label) || VARIANT_LABELS.contains(label) || POS_LABELS.contains(label)
            || PRONUNCIATION_LABELS.contains(label) || WORD_LABELS.contains(label);
    }

    /** "o·to·scope": one word cut into syllables, the way a dictionary sets its headword. */
    private static final Pattern SYLLABIFIED = Pattern.compile("^\\p{L}+(?:[\u00b7\u2027]\\p{L}+)+$");

    /**
     * Whether a row names the entry's word: an entry label ("Headword:"), or any label over one word cut into
     * syllables ("Dictionary: o·to·scope"), which only a headword is.
     */
    private static boolean entryRow(Block b, String label) {
        return ENTRY_LABELS.contains(label) || SYLLABIFIED.matcher(value(b, label)).matches();
    }

    /** A block's row label in lower case (a row, or a paragraph that opens "Label: ..."), or null. */
    private static String label(Block b) {
        if (b.type() == BlockType.INFOBOX_ROW && b.label() != null) {
            return b.label().strip().toLowerCase(Locale.ROOT);
        }
        if (b.type() != BlockType.PARAGRAPH) {
            return null;
        }
        Matcher m = LABEL_PREFIX.matcher(b.text());
        if (!m.lookingAt()) {
            return null;
        }
        String label = m.group(1).strip().toLowerCase(Locale.ROOT);
        return isLexical(label) || SENSE_LABELS.contains(label) || NAME_LABELS.contains(label) || REFERENCE_LABELS.containsKey(label)
            ? label : null;
    }

    /** The text after a row's label. */
    private static String value(Block b, String label) {
        if (b.type() == BlockType.INFOBOX_ROW) {
            return b.value().strip();
        }
        Matcher m = LABEL_PREFIX.matcher(b.text());
        return m.lookingAt() ? b.text().substring(m.end()).strip() : b.text().strip();
    }
}

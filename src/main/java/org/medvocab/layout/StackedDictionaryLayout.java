package org.medvocab.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;
import org.medvocab.page.PlainTextSegmenter;

/**
 * A page that stacks the entries of several dictionaries for one word: entries are cut at
 * separators ({@code * * *}), at attribution lines ("from The X Dictionary", "Source: X"), at
 * part-of-speech bullets ("• n. ...") and where the headword is repeated as a heading. Each entry
 * gets its source, head line (pronunciation, part of speech, domain labels), numbered senses,
 * run-in sub-entries ("sinus a.") and cross-references. When the credit lines follow their entries
 * (the last one is followed by no definition), each credit closes the entry before it.
 */
final class StackedDictionaryLayout implements Layout {
    private static final double PER_MARKER = 0.25;

    @Override
    public String name() {
        return "stacked-dictionary";
    }

    @Override
    public double detect(Page page) {
        String topic = Topic.of(page, null);
        long markers = Shapes.count(page, BlockType.SEPARATOR) + Shapes.count(page, BlockType.ATTRIBUTION)
                + Shapes.partOfSpeechBlocks(page) + Math.max(0, repeatedHeadwords(page, topic) - 1)
                + Shapes.pronunciationBlocks(page);
        return markers < 2 ? 0 : Math.min(1, PER_MARKER * markers);
    }

    private static long repeatedHeadwords(Page page, String topic) {
        String t = EntryText.normal(topic);
        return page.blocks().stream().filter(b -> b.type().isHeading())
                .filter(b -> !t.isEmpty() && EntryText.normal(PlainTextSegmenter.topicOf(b.text())).equals(t)).count();
    }

    @Override
    public List<Entry> entries(Page page, String documentId) {
        String topic = page.titleOrFirstHeading().isPresent() ? Topic.of(page, documentId)
                : gluedHeadword(page).orElse(Topic.of(page, documentId));
        boolean creditsTrail = creditsTrail(page);
        List<Entry> out = new ArrayList<>();
        EntryBuilder entry = new EntryBuilder(null);
        List<Block> blocks = page.blocks();
        Block title = blocks.stream().filter(b -> b.type().isHeading()).findFirst().orElse(null);
        boolean inCredit = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            // "Source: X" then "Author: Y": a credit may run over several label rows, all of them closing one entry
            boolean creditRow = creditsTrail && inCredit && b.type() == BlockType.INFOBOX_ROW;
            inCredit = b.type() == BlockType.ATTRIBUTION || creditRow;
            if (creditRow) {
                continue;
            }
            if (b == title && entry.headword == null && !EntryText.normal(topic).isEmpty()
                    && EntryText.normal(b.text()).startsWith(EntryText.normal(topic))) {
                entry.headword = topic; // the title names the site too ("Widget Health Dictionary"): its subject
                entry.body.add(b);
                continue;
            }
            if (b.type().isHeading() && !Shapes.isHeadwordLike(b)) {
                if (!entry.senses.isEmpty()) {
                    flush(out, entry, topic);
                    entry = new EntryBuilder(null);
                }
                continue; // a section heading ("Origin of ...")
            }
            if (b.type().isHeading() && i + 1 < blocks.size() && Shapes.isHeadwordLike(blocks.get(i + 1))
                    && entry.senses.isEmpty()) {
                entry.source = b.text(); // a source name over its headword
                continue;
            }
            if (b.type() == BlockType.SEPARATOR) {
                flush(out, entry, topic);
                entry = new EntryBuilder(null);
            } else if (b.type() == BlockType.ATTRIBUTION) {
                if (creditsTrail) {
                    entry.source = source(b);
                    entry.body.add(b);
                    flush(out, entry, topic);
                    entry = new EntryBuilder(null);
                } else {
                    flush(out, entry, topic);
                    entry = new EntryBuilder(null);
                    entry.source = source(b);
                    entry.body.add(b);
                }
            } else if (startsEntry(b, entry, topic)) {
                String source = entry.senses.isEmpty() ? entry.source : null;
                String headword = entry.senses.isEmpty() ? entry.headword : null;
                if (!entry.senses.isEmpty() || entry.headword != null && b.type().isHeading()) {
                    flush(out, entry, topic);
                    entry = new EntryBuilder(null);
                }
                entry.source = entry.source == null ? source : entry.source;
                read(entry, b, topic, headword);
            } else {
                read(entry, b, topic, null);
            }
        }
        flush(out, entry, topic);
        return out;
    }

    /** The first headword written syllabified at the head of a block ("ca·the·ter ..."), for an untitled page. */
    private static java.util.Optional<String> gluedHeadword(Page page) {
        return page.blocks().stream().map(b -> EntryText.head(b.text(), null).headword()).filter(h -> h != null)
                .findFirst();
    }

    /** A heading naming the topic again, or a part-of-speech bullet after senses, opens a new entry. */
    private static boolean startsEntry(Block b, EntryBuilder entry, String topic) {
        if (b.type().isHeading()) {
            String t = EntryText.normal(PlainTextSegmenter.topicOf(b.text()));
            return t.equals(EntryText.normal(topic)) || entry.headword != null && !entry.senses.isEmpty();
        }
        return b.type() == BlockType.LIST_ITEM && Shapes.isPartOfSpeechBlock(b) && !entry.senses.isEmpty();
    }

    private static void read(EntryBuilder entry, Block b, String topic, String headword) {
        if (b.type().isHeading() && entry.headword == null) {
            EntryText.Head head = EntryText.head(b.text(), null);
            if (!head.marked() || head.headword() != null) {
                entry.headword = head.headword() != null ? head.headword() : EntryText.stripMarks(b.text()).strip();
                entry.body.add(b);
                return;
            }
        }
        if (entry.headword == null) {
            entry.headword = headword != null ? headword : headwordOf(b, topic);
        }
        entry.readDictionaryBlock(b);
    }

    /** The block's own head word when it opens with a syllabified or glued one, else the topic. */
    private static String headwordOf(Block b, String topic) {
        EntryText.Head head = EntryText.head(b.text(), topic);
        return head.headword() != null ? head.headword() : topic;
    }

    private static void flush(List<Entry> out, EntryBuilder entry, String topic) {
        if (entry.senses.isEmpty() && entry.subEntries.isEmpty()) {
            return; // a credit or heading with nothing under it
        }
        if (entry.headword == null) {
            entry.headword = topic;
        }
        out.add(entry.build());
    }

    private static String source(Block b) {
        return b.text().replaceFirst("(?i)^(?:from|via)\\s+", "")
                .replaceFirst("(?i)^(?:[\\p{L}]+\\s+){0,2}sources?\\s*:\\s*", "")
                .replaceFirst("^[—―–-]+\\s*", "").strip();
    }

    /** True when the last credit line is followed by no definition: credits close their entries. */
    private static boolean creditsTrail(Page page) {
        List<Block> blocks = page.blocks();
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).type() == BlockType.ATTRIBUTION) {
                last = i;
            }
        }
        if (last < 0) {
            return false;
        }
        for (int i = last + 1; i < blocks.size(); i++) {
            BlockType t = blocks.get(i).type();
            if (t == BlockType.PARAGRAPH || t == BlockType.NUMBERED_ITEM || t == BlockType.LIST_ITEM) {
                return false;
            }
            if (t.isHeading() || t == BlockType.SEPARATOR) {
                return true;
            }
        }
        return !blocks.get(0).type().equals(BlockType.ATTRIBUTION)
                || blocks.get(0).text().toLowerCase(Locale.ROOT).startsWith("source");
    }
}

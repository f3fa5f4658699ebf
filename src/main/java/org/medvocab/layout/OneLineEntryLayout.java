package org.medvocab.layout;

import java.util.List;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;
import org.medvocab.page.Words;

/**
 * A dictionary entry written on one line: the headword glued to its pronunciation, part of speech
 * and definition ("lever (lee-ver) n. a bar that ..."). The page has few blocks and one of its
 * first paragraphs opens that way. One entry; its senses are numbered inline or the whole definition.
 */
final class OneLineEntryLayout implements Layout {
    private static final int MAX_BLOCKS = 5;
    private static final int MIN_DEFINITION_WORDS = 4;
    /** The copula or verb of a sentence right after the head: "is a ...", "are ...", "refers to ...". */
    private static final java.util.regex.Pattern COPULA_NEXT = java.util.regex.Pattern.compile("(?i)^[\\s,]*(?:is|are|was|were|refers?\\s+to|means)\\b");

    @Override
    public String name() {
        return "one-line-entry";
    }

    @Override
    public double detect(Page page) {
        List<Block> blocks = Shapes.nonHeadings(page);
        if (blocks.isEmpty() || blocks.size() > MAX_BLOCKS) {
            return 0;
        }
        return headLine(page) != null ? 0.8 : 0;
    }

    /** A page of a few blocks that opens with a glued head line is that one entry. */
    @Override
    public boolean entriesOnly(Page page) {
        return detect(page) > 0;
    }

        /** The first of the first two paragraphs that opens with a glued head line. */
    private static Block headLine(Page page) {
        String topic = Topic.of(page, null);
        int seen = 0;
        boolean afterTitle = false;
        List<Block> blocks = page.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type() != BlockType.PARAGRAPH) {
                afterTitle = b.type() == BlockType.TITLE;
                continue;
            }
            EntryText.Head head = EntryText.head(b.text(), topic.isEmpty() ? null : topic);
            // "Hemorrhoids \Hem"or*rhoids\, n. pl. [history] (Med.)" with its definition in the paragraph below
            boolean senseBelow = head.headword() != null && Words.count(b.text().substring(head.rest())) == 0
                    && i + 1 < blocks.size() && blocks.get(i + 1).type() == BlockType.PARAGRAPH;
            // "Frostbite (FROST-bite) is a freezing injury ...": a head before a verb is an article's subject, no entry's head
            if ((head.headword() != null || afterTitle) && head.marked()
                    && !COPULA_NEXT.matcher(b.text().substring(head.rest())).lookingAt()
                    && (Words.count(b.text().substring(head.rest())) >= MIN_DEFINITION_WORDS || senseBelow)) {
                return b;
            }
            if (++seen == 2) {
                break;
            }
        }
        return null;
    }

    @Override
    public List<Entry> entries(Page page, String documentId) {
        Block line = headLine(page);
        String topic = Topic.of(page, documentId);
        EntryBuilder entry = new EntryBuilder(null);
        if (line == null) {
            entry.headword = topic;
            return List.of(entry.build());
        }
        EntryText.Head head = EntryText.head(line.text(), topic.isEmpty() ? null : topic);
        entry.headword = head.headword() != null ? head.headword() : topic;
        entry.readDictionaryBlock(line);
        for (Block b : page.blocks()) {
            // a short line such as "Compare ophthalmoscope" may have been read as a heading: the body keeps it
            if (b != line && b.type() != BlockType.TITLE) {
                entry.body.add(b);
            }
        }
        return List.of(entry.build());
    }
}

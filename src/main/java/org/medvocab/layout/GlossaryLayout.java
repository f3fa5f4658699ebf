package org.medvocab.layout;

import java.util.ArrayList;
import java.util.List;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;
import org.medvocab.page.Words;

/**
 * A glossary or term list: most blocks are "term: definition" pairs, run-in terms with the topic
 * abbreviated ("pigtail c. A slender catheter ..."), or a term line with its definition. Pairs are entries of their own; run-in terms
 * are sub-entries of the page topic, whose definition is a leading paragraph if there is one.
 */
final class GlossaryLayout implements Layout {
    private static final int MIN_TERMS = 3;
    private static final double PROSE_PENALTY = 0.1;

    @Override
    public String name() {
        return "glossary";
    }

    @Override
    public double detect(Page page) {
        String topic = Topic.of(page, null);
        List<Block> blocks = Shapes.nonHeadings(page);
        if (blocks.isEmpty()) {
            return 0;
        }
        long terms = blocks.stream().filter(b -> isTerm(b, topic)).count();
        long prose = blocks.stream().filter(b -> !isTerm(b, topic) && b.type() == BlockType.PARAGRAPH
                && Words.count(b.text()) >= Shapes.LONG_PARAGRAPH_WORDS).count();
        return terms < MIN_TERMS ? 0 : Math.max(0, Math.min(1, terms / (double) blocks.size() - PROSE_PENALTY * prose));
    }

    private static boolean isTerm(Block b, String topic) {
        return EntryText.runIn(b, topic) != null || EntryText.termPair(b.text()) != null;
    }


    /** A bare term list: no paragraph of prose comes before its first term (an article with a glossary section does). */
    @Override
    public boolean entriesOnly(Page page) {
        String topic = Topic.of(page, null);
        for (Block b : Shapes.nonHeadings(page)) {
            if (isTerm(b, topic)) {
                return true;
            }
            if (b.type() == BlockType.PARAGRAPH && Words.count(b.text()) >= Shapes.LONG_PARAGRAPH_WORDS) {
                return false;
            }
        }
        return false;
    }

    @Override
    public List<Entry> entries(Page page, String documentId) {
        String topicWord = Topic.of(page, documentId);
        EntryBuilder topic = new EntryBuilder(topicWord);
        List<Entry> out = new ArrayList<>();
        String section = null;
        List<Block> blocks = page.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type().isHeading()) {
                section = b.type() == BlockType.TITLE ? null : b.text();
            } else if (EntryText.runIn(b, topicWord) != null) {
                topic.section = section;
                topic.readDictionaryBlock(b);
            } else if (EntryText.termPair(b.text()) != null) {
                out.add(WikiArticleLayout.termEntry(b, section));
            } else if (out.isEmpty() && (topic.senses.isEmpty() && b.type() == BlockType.PARAGRAPH || b.type() == BlockType.NUMBERED_ITEM)) {
                // only a lead above the list defines the page's topic; a note under it ("All content is ...") does not;
                // a dictionary's numbered senses with run-in sub-entries among them are the topic's senses
                topic.readDictionaryBlock(b);
            }
        }
        topic.section = null;
        if (!topic.isEmpty()) {
            out.add(0, topic.build());
        }
        return out;
    }
}

package org.medvocab.layout;

import java.util.List;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;

/**
 * Plain prose: the fallback when no other layout fits. One entry for the topic (title, first
 * heading, the subject the first paragraph defines, or the file name); the lead paragraph is its
 * definition when it opens with the topic or directly follows the title.
 */
final class PlainProseLayout implements Layout {
    private static final double FALLBACK = 0.15;

    @Override
    public String name() {
        return "plain-prose";
    }

    @Override
    public double detect(Page page) {
        return FALLBACK;
    }

    @Override
    public List<Entry> entries(Page page, String documentId) {
        String topic = Topic.of(page, documentId);
        EntryBuilder entry = new EntryBuilder(topic);
        Block lead = Shapes.lead(page, topic);
        boolean defines = Shapes.leadDefinesTopic(page, topic) || lead != null && page.blocks().indexOf(lead) == 1
                && page.blocks().get(0).type() == BlockType.TITLE;
        for (Block b : page.blocks()) {
            if (b.type() == BlockType.TITLE) {
                continue;
            }
            entry.body.add(b);
            if (defines && b == lead) {
                entry.senses.add(EntryText.sense("", b, 0, b.text().length()));
            }
        }
        return List.of(entry.build());
    }
}

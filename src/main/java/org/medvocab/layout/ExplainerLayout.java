package org.medvocab.layout;

import java.util.List;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;
import org.medvocab.page.PlainTextSegmenter;
import org.medvocab.page.Words;

/**
 * An explainer page (a hospital or health-site leaflet): question headings ("What is X?", "How is
 * it done?"), text that speaks to the reader, often no title line. One entry for the topic (from
 * the "What is X?" question, else the title, the first paragraph or the file name); its definition
 * is the first paragraph after the "What is" question or the first paragraph.
 */
final class ExplainerLayout implements Layout {

    @Override
    public boolean article() {
        return true;
    }

    @Override
    public String name() {
        return "explainer";
    }

    @Override
    public double detect(Page page) {
        double score = 0;
        long questions = Shapes.questionHeadings(page);
        if (questions >= 2) {
            score += 0.6;
        } else if (questions == 1) {
            score += 0.3;
        }
        if (Shapes.readerParagraphs(page) >= 1) {
            score += 0.2;
        }
        if (page.title().isEmpty()) {
            score += 0.1;
        }
        return Math.min(1, score);
    }

    @Override
    public List<Entry> entries(Page page, String documentId) {
        EntryBuilder entry = new EntryBuilder(topic(page, documentId));
        String section = null;
        boolean afterWhatIs = false;
        for (Block b : page.blocks()) {
            if (b.type().isHeading()) {
                section = b.text();
                afterWhatIs = !PlainTextSegmenter.topicOf(b.text()).equals(b.text().toLowerCase().strip());
                continue;
            }
            entry.body.add(b);
            if (entry.senses.isEmpty() && b.type() == BlockType.PARAGRAPH
                    && (afterWhatIs || section == null) && Words.count(b.text()) >= Shapes.LONG_PARAGRAPH_WORDS) {
                entry.senses.addAll(EntryText.senses(b, 0));
            }
        }
        if (entry.senses.isEmpty()) {
            Block lead = Shapes.lead(page, entry.headword);
            if (lead != null) {
                entry.senses.addAll(EntryText.senses(lead, 0));
            }
        }
        return List.of(entry.build());
    }

    private static String topic(Page page, String documentId) {
        for (Block b : page.blocks()) {
            if (b.type().isHeading() && b.text().strip().endsWith("?")) {
                String t = Topic.fromHeading(b.text());
                // "Thread: Scared about ... what actually IS X?": a question that is a whole sentence names no term
                if (!t.equals(b.text().strip()) && Words.count(t) <= Topic.MAX_WORDS) {
                    return t;
                }
            }
        }
        return Topic.of(page, documentId);
    }
}

package org.medvocab.layout;

import java.util.List;
import java.util.Locale;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;
import org.medvocab.page.Words;

/**
 * An encyclopedia article: a title, often a "From ..." credit and an infobox, a lead paragraph
 * that defines the title, then sections under headings. One entry for the topic: the lead
 * paragraph is its definition, the infobox rows naming it give variants, and "term: definition"
 * list items become sub-entries in their section.
 */
final class WikiArticleLayout implements Layout {
    private static final String NAME_ROW = "name|synonym|known as";

    @Override
    public boolean article() {
        return true;
    }

    @Override
    public String name() {
        return "wiki-article";
    }

    @Override
    public double detect(Page page) {
        String topic = Topic.of(page, null);
        double score = 0;
        if (page.blocks().stream().limit(4).anyMatch(b -> b.type() == BlockType.ATTRIBUTION)) {
            score += 0.25;
        }
        if (page.title().isPresent()) {
            score += 0.1;
        }
        if (Shapes.count(page, BlockType.HEADING) >= 2) {
            score += 0.15;
        }
        if (Shapes.count(page, BlockType.INFOBOX_ROW) >= 2) {
            score += 0.15;
        }
        if (page.title().isPresent() && Shapes.leadDefinesTopic(page, topic)) {
            score += 0.3;
        }
        if (Shapes.longParagraphs(page) >= 2) {
            score += 0.1;
        }
        if (Shapes.count(page, BlockType.SEPARATOR) + Shapes.partOfSpeechBlocks(page) > 0
                || Shapes.count(page, BlockType.ATTRIBUTION) >= 2) {
            score -= 0.3;
        }
        return Math.max(0, Math.min(1, score));
    }

    /** Where the lead's gloss starts: after "Headword: " when the lead opens with the headword run in, else 0. */
    private static int glossStart(Block lead, String headword) {
        int[] pair = EntryText.termPair(lead.text());
        return pair != null && headword != null && lead.text().substring(0, pair[0]).strip().equalsIgnoreCase(headword.strip()) ? pair[1] : 0;
    }

    @Override
    public List<Entry> entries(Page page, String documentId) {
        EntryBuilder entry = new EntryBuilder(Topic.of(page, documentId));
        String section = null;
        Block lead = Shapes.lead(page, entry.headword);
        boolean defined = false;
        for (Block b : page.blocks()) {
            if (b.type() == BlockType.HEADING) {
                section = b.text();
            } else if (b.type() == BlockType.ATTRIBUTION && entry.source == null) {
                entry.source = b.text().replaceFirst("(?i)^from\\s+", "");
            } else if (b.type() == BlockType.INFOBOX_ROW && b.label() != null
                    && b.label().toLowerCase(Locale.ROOT).matches(".*(?:" + NAME_ROW + ").*")) {
                for (String v : b.value().split("\\s*[,;]\\s*")) {
                    if (!v.isBlank()) {
                        entry.variants.add(v.strip());
                    }
                }
            } else if (!defined && b == lead) {
                entry.senses.add(EntryText.sense("", b, glossStart(b, entry.headword), b.text().length()));
                defined = true;
            } else if (b.type().isItem() && EntryText.termPair(b.text()) != null) {
                entry.subEntries.add(termEntry(b, section));
            }
            if (b.type() != BlockType.TITLE) {
                entry.body.add(b);
            }
        }
        return List.of(entry.build());
    }

    /** "Basal rate: the rate at which ..." as an entry of its own. */
    private static Entry termEntry(Block b, String section) {
        int[] pair = EntryText.termPair(b.text());
        return EntryBuilder.term(b, pair[0], pair[1], b.text().length(), section);
    }
}

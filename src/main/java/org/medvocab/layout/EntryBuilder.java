package org.medvocab.layout;

import java.util.ArrayList;
import java.util.List;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;

/** Collects the parts of one entry while a layout walks its blocks; also reads dictionary blocks into them. */
final class EntryBuilder {
    String headword;
    final List<String> variants = new ArrayList<>();
    String pronunciation;
    String partOfSpeech;
    final List<String> domains = new ArrayList<>();
    final List<Entry.Sense> senses = new ArrayList<>();
    final List<Entry> subEntries = new ArrayList<>();
    final List<Entry.CrossReference> crossReferences = new ArrayList<>();
    String source;
    String section;
    final List<Block> body = new ArrayList<>();

    EntryBuilder(String headword) {
        this.headword = headword;
    }

    Entry build() {
        int start = body.stream().mapToInt(Block::start).min().orElse(0);
        int end = body.stream().mapToInt(Block::end).max().orElse(start);
        return new Entry(headword == null ? "" : headword, variants, pronunciation, partOfSpeech, domains, senses,
                subEntries, crossReferences, source, section, body, start, end);
    }

    /**
     * One block that holds a term and its gloss ("Air splint: a plastic sleeve ...", a table's row): the term is the
     * block's text up to {@code termEnd}, its one sense the text from {@code from} to {@code to}.
     */
    static Entry term(Block b, int termEnd, int from, int to, String section) {
        return term(b, 0, termEnd, from, to, section);
    }

    /** As {@link #term(Block, int, int, int, String)}, the term standing from {@code termStart} ("\"Walker\" means ..."). */
    static Entry term(Block b, int termStart, int termEnd, int from, int to, String section) {
        EntryBuilder term = new EntryBuilder(b.text().substring(termStart, termEnd).strip());
        term.section = section;
        term.body.add(b);
        term.senses.add(EntryText.sense("", b, from, to));
        return term.build();
    }

    /** A gloss opening with a lower-case article: "the two small ends ...", "a tube ...". */
    private static final java.util.regex.Pattern ARTICLE_GLOSS = java.util.regex.Pattern.compile("(?:an?|the)\\s+\\p{L}");

    boolean isEmpty() {
        return body.isEmpty();
    }

    /**
     * Reads one block of a dictionary entry: a head line (headword, pronunciation, part of speech,
     * domain labels), a numbered sense, a run-in sub-entry, or a definition.
     */
    void readDictionaryBlock(Block b) {
        body.add(b);
        EntryText.RunIn runIn = EntryText.runIn(b, headword);
        if (runIn != null) {
            EntryBuilder sub = new EntryBuilder(runIn.term());
            sub.variants.add(runIn.abbreviated());
            sub.section = section;
            sub.body.add(b);
            sub.senses.add(EntryText.sense("", b, runIn.definition(), b.text().length()));
            sub.crossReferences.addAll(EntryText.crossReferences(b, headword));
            subEntries.add(sub.build());
            return;
        }
        // "earpieces — the two small ends that fit ...": after the entry's own sense, a line naming another term and
        // glossing it is that term's entry (the parts of a picture, the words of a panel)
        int[] pair = senses.isEmpty() || b.type() == BlockType.NUMBERED_ITEM ? null : EntryText.termPair(b.text());
        if (pair != null && ARTICLE_GLOSS.matcher(b.text()).region(pair[1], b.text().length()).lookingAt()
                && !EntryText.normal(b.text().substring(0, pair[0])).equals(EntryText.normal(headword == null ? "" : headword))) {
            EntryBuilder sub = new EntryBuilder(b.text().substring(0, pair[0]).strip());
            sub.section = section;
            sub.body.add(b);
            sub.senses.add(EntryText.sense("", b, pair[1], b.text().length()));
            subEntries.add(sub.build());
            return;
        }
        crossReferences.addAll(EntryText.crossReferences(b, headword));
        EntryText.Head head = EntryText.head(b.text(), headword);
        if (head.headword() != null && headword == null) {
            headword = head.headword();
        }
        if (head.headword() != null || head.marked()) {
            take(head);
        }
        int from = head.headword() != null || head.marked() ? head.rest() : 0;
        if (from >= b.text().length()) {
            return; // a head line only
        }
        if (b.type() == BlockType.NUMBERED_ITEM) {
            senses.add(EntryText.sense(b.marker(), b, from, b.text().length()));
        } else if ((b.type() == BlockType.PARAGRAPH || b.type() == BlockType.LIST_ITEM) && senses.isEmpty()) {
            senses.addAll(EntryText.senses(b, from));
        }
    }

    /** A paragraph that is another sense of the entry (under a field's label), though the entry has senses already. */
    void readSense(Block b) {
        body.add(b);
        crossReferences.addAll(EntryText.crossReferences(b, headword));
        senses.addAll(EntryText.senses(b, 0));
    }

    private void take(EntryText.Head head) {
        if (pronunciation == null) {
            pronunciation = head.pronunciation();
        }
        if (partOfSpeech == null) {
            partOfSpeech = head.partOfSpeech();
        }
        domains.addAll(head.domains());
    }
}

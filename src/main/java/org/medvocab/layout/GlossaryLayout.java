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
 * are sub-entries of the page topic, whose definition is a leading paragraph if there is one. An A–Z glossary that sets each
 * term as a heading over a short gloss paragraph ("Abutment" / "The connector piece that ...") gives one entry per heading.
 */
final class GlossaryLayout implements Layout {
    private static final int MIN_TERMS = 3;

    @Override
    public String name() {
        return "glossary";
    }

    /** Heading terms a page needs, and the share of its headword-like headings they must be, to be a glossary of headings. */
    private static final int MIN_HEADING_TERMS = 5;
    private static final double HEADING_TERM_SHARE = 0.75;
    /** A gloss is short: longer text under a heading is an article's section. */
    private static final int GLOSS_MAX_WORDS = 90;
    /** "is", "are": a sentence that states; a gloss is often a fragment ("A procedure that adds bone ..."). */
    private static final java.util.regex.Pattern COPULA = java.util.regex.Pattern.compile("(?i)\\s(?:is|are|was|were)\\s");
    private static final java.util.regex.Pattern GERUND = java.util.regex.Pattern.compile("^\\p{Lu}\\p{Ll}+ing\\s");
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("^(?:An?|The)\\s");

    /**
     * The gloss paragraph of a heading term, or null: a headword-like heading with one short paragraph under it and then the
     * next heading (or the page's end), the paragraph a fragment, an article's noun phrase or a sentence opening with the term.
     */
    static Block headingGloss(List<Block> blocks, int i) {
        Block h = blocks.get(i);
        int g = i + 1;
        while (g < blocks.size() && headMark(blocks.get(g))) g++; // "scissors" over "/ˈsɪz.ərz/ noun" over the gloss
        if (h.type() != BlockType.HEADING || !termLike(h) || g >= blocks.size()) {
            return null;
        }
        Block gloss = blocks.get(g);
        // the next heading follows the gloss, perhaps after a short note or two ("Compare: X", a list of examples), or none
        // does: the glossary's last term, then the page's footer
        if (gloss.type() != BlockType.PARAGRAPH || Words.count(gloss.text()) > GLOSS_MAX_WORDS
                || notesUnder(blocks, g + 1) > GLOSS_MAX_WORDS - Words.count(gloss.text())
                && blocks.subList(g + 1, blocks.size()).stream().anyMatch(b -> b.type().isHeading())) {
            return null;
        }
        String first = gloss.text().strip();
        // (a clause after a semicolon is a remark on the gloss: "... toxicity; the lipid is thought to ...")
        String sentence = SENTENCE_END.split(first, 2)[0].split(";", 2)[0];
        // "Fitting a temporary tooth on the same day ...": a gerund names the act the term is
        boolean glossShaped = ARTICLE.matcher(first).lookingAt() || !COPULA.matcher(" " + sentence).find()
                || GERUND.matcher(first).lookingAt()
                || EntryText.normal(first).startsWith(EntryText.normal(h.text()));
        return glossShaped ? gloss : null;
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?])\\s");

    /** How many words stand between a gloss and the next heading. */
    private static int notesUnder(List<Block> blocks, int from) {
        int words = 0;
        for (int j = from; j < blocks.size() && !blocks.get(j).type().isHeading(); j++) words += Words.count(blocks.get(j).text());
        return words;
    }

    /** A heading that is only a respelling and a part of speech ("/ˈsɪz.ərz/ noun"): the mark of the term above it. */
    private static boolean headMark(Block b) {
        if (!b.type().isHeading()) return false;
        String t = b.text().strip();
        EntryText.Head head = EntryText.head(t, null);
        return head.headword() == null && head.marked() && head.rest() >= t.length();
    }

    /** Most words of a glossary's term, its bracketed short form aside ("continuous ambulatory peritoneal dialysis (CAPD)"). */
    private static final int TERM_MAX_WORDS = 6;
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\s*\\([^()]{1,20}\\)\\s*$");

    /** A heading that can be a glossary's term: headword-like, or a longer name with no function word opening it and no sentence end. */
    private static boolean termLike(Block h) {
        if (headMark(h)) {
            return false;
        }
        if (Shapes.isHeadwordLike(h)) {
            return true;
        }
        String t = BRACKETED.matcher(h.text().strip()).replaceFirst("");
        List<String> words = Words.of(t);
        return !words.isEmpty() && words.size() <= TERM_MAX_WORDS && !Words.isStopWord(words.get(0))
                && !Words.isStopWord(words.get(words.size() - 1)) && !t.endsWith("?") && !t.endsWith(".") && !t.endsWith(":");
    }

    /** A short form in capitals in brackets after a term: "(SLT)", "(CAPD)". */
    private static final java.util.regex.Pattern SHORT_FORM = java.util.regex.Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,9})\\)\\s*$");

    /** The number of heading terms, or 0 when they are too few or too small a share of the headword-like headings. */
    private static long headingTerms(Page page) {
        List<Block> blocks = page.blocks();
        long terms = 0;
        long headwordLike = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).type() == BlockType.HEADING && termLike(blocks.get(i))) {
                headwordLike++;
                terms += headingGloss(blocks, i) != null ? 1 : 0;
            }
        }
        return terms >= MIN_HEADING_TERMS && terms >= HEADING_TERM_SHARE * headwordLike ? terms : 0;
    }

    @Override
    public double detect(Page page) {
        long headingTerms = headingTerms(page);
        if (headingTerms > 0) {
            return Math.min(1, 0.5 + headingTerms / (double) Shapes.count(page, BlockType.HEADING) / 2);
        }
        String topic = Topic.of(page, null);
        List<Block> blocks = Shapes.nonHeadings(page);
        if (blocks.isEmpty()) {
            return 0;
        }
        long terms = 0;
        long prose = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (isTerm(b, topic)) {
                terms++;
            } else if (b.type() == BlockType.PARAGRAPH && Words.count(b.text()) >= Shapes.LONG_PARAGRAPH_WORDS
                    && !(i > 0 && blocks.get(i - 1).type() == BlockType.TABLE_ROW && EntryText.shortFormRow(blocks.get(i - 1).text()) != null)) {
                prose++; // (the gloss under an abbreviation table's row is that row's, not prose)
            }
        }
        // (each paragraph of prose outside the terms counts against them: an article with a few defined words is no glossary)
        return terms < MIN_TERMS ? 0 : Math.max(0, Math.min(1, (terms - prose) / (double) blocks.size()));
    }

    private static boolean isTerm(Block b, String topic) {
        return EntryText.runIn(b, topic) != null || EntryText.termPair(b.text()) != null || printedEntry(b) != null
            || EntryText.quotedTerm(b.text()) != null
            || b.type() == BlockType.TABLE_ROW && (EntryText.tableTerm(b.text()) != null || EntryText.shortFormRow(b.text()) != null);
    }

    /** "brown fat n. a kind of fat tissue ...": a printed dictionary's entry, head and gloss in one block, or null. */
    private static org.medvocab.page.HeadLines.PrintedHead printedEntry(Block b) {
        if (b.type() != BlockType.PARAGRAPH && !b.type().isItem()) return null;
        org.medvocab.page.HeadLines.PrintedHead head = org.medvocab.page.HeadLines.printedHead(b.text());
        return head != null && head.rest() < b.text().length() ? head : null;
    }

    private static Entry printedTerm(Block b, org.medvocab.page.HeadLines.PrintedHead head, String section) {
        EntryBuilder term = new EntryBuilder(head.headword());
        term.pronunciation = head.pronunciation();
        term.partOfSpeech = head.partOfSpeech();
        term.section = section;
        term.body.add(b);
        term.senses.add(EntryText.sense("", b, head.rest(), b.text().length()));
        term.crossReferences.addAll(EntryText.crossReferences(b, head.headword()));
        return term.build();
    }


    /** "catgut    catgut    An absorbable suture material ...": a table's term and the cell that defines it. */
    private static Entry tableEntry(Block b, String section) {
        int[] cells = EntryText.tableTerm(b.text());
        return EntryBuilder.term(b, cells[0], cells[1], cells[2], section);
    }

    /**
     * "EGD    Esophagogastroduodenoscopy    Medicine" over "A type of endoscopy that ...": an abbreviation table's row
     * names the term in full, its short form the other name, and the paragraph under it (if any) defines it.
     */
    private static Entry shortFormEntry(Block row, Block gloss, String section) {
        String[] pair = EntryText.shortFormRow(row.text());
        EntryBuilder term = new EntryBuilder(pair[1]);
        term.variants.add(pair[0]);
        term.section = section;
        term.body.add(row);
        if (gloss != null) term.readSense(gloss);
        return term.build();
    }

    /** A bare term list: no paragraph of prose comes before its first term (an article with a glossary section does). */
    @Override
    public boolean entriesOnly(Page page) {
        if (headingTerms(page) > 0) {
            return true; // an A-Z glossary of heading terms
        }
        String topic = Topic.of(page, null);
        long tableTerms = 0;
        long run = 0;
        long longestRun = 0;
        long prose = 0;
        boolean termsFirst = false;
        for (Block b : page.blocks()) {
            if (b.type().isHeading()) {
                if (Words.count(b.text()) > 1 || b.text().strip().length() > 1) run = 0; // (a letter heading goes on with the list)
                continue;
            }
            if (isTerm(b, topic)) {
                termsFirst |= prose == 0;
                tableTerms += b.type() == BlockType.TABLE_ROW ? 1 : 0;
                longestRun = Math.max(longestRun, ++run);
            } else if (b.type() == BlockType.PARAGRAPH && Words.count(b.text()) >= Shapes.LONG_PARAGRAPH_WORDS) {
                prose++; // (a gloss's second paragraph goes on with the list)
            }
        }
        // (or terms under a note or two: a table's rows, or one long list of labelled lines, outnumber the paragraphs of
        // prose many times over; an article's labelled lines stand a few under each of its headings, or in a box of key points)
        return termsFirst || tableTerms >= MIN_TERMS && tableTerms >= TERMS_PER_PROSE * prose
            || longestRun >= MIN_LIST_TERMS && longestRun >= TERMS_PER_PROSE * prose;
    }

    /** Whether a block writes the topic's name (any case). */
    private static boolean names(Block b, String topic) {
        String name = EntryText.normal(topic);
        return !name.isEmpty() && (" " + EntryText.normal(b.text()) + " ").contains(name);
    }

    /** Fewest labelled lines in one list for a page with prose first to be a term list. */
    private static final int MIN_LIST_TERMS = 5;

    /** How many times a table's terms must outnumber the paragraphs of prose for a page with prose first to be a term list. */
    private static final int TERMS_PER_PROSE = 4;

    @Override
    public List<Entry> entries(Page page, String documentId) {
        String topicWord = Topic.of(page, documentId);
        EntryBuilder topic = new EntryBuilder(topicWord);
        List<Entry> out = new ArrayList<>();
        String section = null;
        List<Block> blocks = page.blocks();
        boolean headingTerms = headingTerms(page) > 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block gloss = headingTerms ? headingGloss(blocks, i) : null;
            if (gloss != null) {
                // "Selective laser trabeculoplasty (SLT)": the name, and its short form in capitals as a variant
                java.util.regex.Matcher shortForm = SHORT_FORM.matcher(b.text().strip());
                EntryBuilder term = new EntryBuilder(shortForm.find() ? b.text().strip().substring(0, shortForm.start()) : b.text().strip());
                if (shortForm.find(0)) {
                    term.variants.add(shortForm.group(1));
                }
                term.body.add(b);
                term.readSense(gloss);
                out.add(term.build());
                while (blocks.get(i) != gloss) i++;
            } else if (b.type().isHeading()) {
                section = b.type() == BlockType.TITLE ? null : b.text();
            } else if (EntryText.runIn(b, topicWord) != null) {
                topic.section = section;
                topic.readDictionaryBlock(b);
            } else if (printedEntry(b) != null) {
                out.add(printedTerm(b, printedEntry(b), section));
            } else if (b.type() == BlockType.TABLE_ROW && EntryText.tableTerm(b.text()) != null) {
                out.add(tableEntry(b, section));
            } else if (b.type() == BlockType.TABLE_ROW && EntryText.shortFormRow(b.text()) != null) {
                Block under = i + 1 < blocks.size() && blocks.get(i + 1).type() == BlockType.PARAGRAPH ? blocks.get(i + 1) : null;
                out.add(shortFormEntry(b, under, section));
                if (under != null) i++;
            } else if (EntryText.quotedTerm(b.text()) != null) {
                int[] quoted = EntryText.quotedTerm(b.text());
                out.add(EntryBuilder.term(b, quoted[0], quoted[1], 0, b.text().length(), section));
            } else if (EntryText.termPair(b.text()) != null) {
                int[] pair = EntryText.termPair(b.text());
                out.add(EntryBuilder.term(b, pair[0], pair[1], b.text().length(), section));
            } else if (out.isEmpty() && (topic.senses.isEmpty() && b.type() == BlockType.PARAGRAPH && names(b, topicWord)
                    || b.type() == BlockType.NUMBERED_ITEM)) {
                // only a lead above the list that names the page's topic defines it; a note under it ("All content is
                // ...") does not, nor a welcome under a site's name; a dictionary's numbered senses with run-in sub-entries
                // among them are the topic's senses
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

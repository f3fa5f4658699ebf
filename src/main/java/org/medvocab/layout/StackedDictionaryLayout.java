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
        long markers = Shapes.entrySeparators(page) + Shapes.partOfSpeechMarkers(page) + Shapes.count(page, BlockType.ATTRIBUTION)
                + Shapes.partOfSpeechBlocks(page) + Math.max(0, repeatedHeadwords(page, topic) - 1)
                + Shapes.pronunciationBlocks(page) + Shapes.headLineBlocks(page) + Math.max(0, headLedItems(page, topic) - 1);
        return markers < 2 ? 0 : Math.min(1, PER_MARKER * markers);
    }

    /** Items that open with the headword and go on to a sense ("noun cholera an acute ..."): one dictionary's sense each. */
    private static long headLedItems(Page page, String topic) {
        // an untitled page: the word its items name after their part of speech ("noun cholera ...", "n cholera ...")
        String head = topic == null || topic.isBlank() ? EntryText.commonMarkedHeadword(page.blocks().stream()
            .filter(b -> b.type().isItem()).map(Block::text).toList()) : topic;
        // (the part of speech makes it a dictionary's item: "Tinnitus occurs in ..." is an article's sentence)
        return page.blocks().stream().filter(b -> b.type().isItem() && EntryText.opensWithPartOfSpeechAndHeadword(b.text(), head)).count();
    }

    private static long repeatedHeadwords(Page page, String topic) {
        String t = EntryText.normal(topic);
        return page.blocks().stream().filter(b -> b.type().isHeading())
                .filter(b -> !t.isEmpty() && EntryText.normal(PlainTextSegmenter.topicOf(b.text())).equals(t)).count();
    }

    @Override
    public boolean entriesOnly(Page page) {
        return true;
    }

    @Override
    public List<Entry> entries(Page page, String documentId) {
        String topic = page.titleOrFirstHeading().isPresent() ? Topic.of(page, documentId)
                : gluedHeadword(page).orElse(Topic.of(page, documentId));
        Walk walk = new Walk(page.blocks(), topic, creditsTrail(page, topic));
        for (int i = 0; i < walk.blocks.size(); i++) {
            walk.step(i);
        }
        walk.flush();
        return walk.out.stream().map(EntryBuilder::build).toList();
    }

    /** The state of one pass over a page's blocks: the entry being read, the entries done. */
    private static final class Walk {
        final List<Block> blocks;
        final String topic;
        final boolean creditsTrail;
        final Block title;
        final List<EntryBuilder> out = new ArrayList<>();
        EntryBuilder entry = new EntryBuilder(null);
        /** The entry the last senses went to: label rows ("Type of:") under it belong to it. */
        EntryBuilder labelled;
        /** The kind of the label row read last ("types"), while its values follow on their own lines. */
        String pendingLabel;
        /** The type of the first value block under the pending label: its further values are blocks of that type. */
        BlockType pendingType;
        boolean inCredit;
        /** The block before the current one. */
        Block previous;
        /** True after a section heading closed an entry: only a new head opens the next. */
        boolean closed;
        /** True after a heading about the word itself ("Word origin", "Etymology"): its paragraphs are no senses. */
        boolean aboutTheWord;
        /** True after a field's label between senses ("Medical technology"): the paragraph under it is a sense. */
        boolean labelledSense;

        Walk(List<Block> blocks, String topic, boolean creditsTrail) {
            this.blocks = blocks;
            this.topic = topic;
            this.creditsTrail = creditsTrail;
            this.title = blocks.stream().filter(b -> b.type().isHeading()).findFirst().orElse(null);
            this.siteName = siteName(blocks, title, topic);
        }

        /** True when the page's title is the site's name: not the topic nor a name set holding it, and written nowhere else on the page. */
        final boolean siteName;

        private static boolean siteName(List<Block> blocks, Block title, String topic) {
            if (title == null || title.type() != BlockType.TITLE || EntryText.normal(topic).isEmpty()) return false;
            String name = EntryText.normal(title.text());
            return !name.isEmpty() && !name.startsWith(EntryText.normal(topic))
                && Topic.otherNames(title.text(), topic).isEmpty()
                && blocks.stream().filter(b -> b != title).noneMatch(b -> EntryText.normal(b.text()).contains(name));
        }

        void step(int i) {
            visit(i);
            previous = blocks.get(i);
        }

        private void visit(int i) {
            Block b = blocks.get(i);
            // "Source: X" then "Author: Y": a credit may run over several label rows, all of them closing one entry
            boolean creditRow = creditsTrail && inCredit && b.type() == BlockType.INFOBOX_ROW;
            inCredit = b.type() == BlockType.ATTRIBUTION || creditRow;
            if (creditRow || labelRow(b) || headMark(i)) {
                return;
            }
            if (b == title && siteName) {
                return; // "Babylon 10" over "Definition of Colonoscopy": the site, not a headword
            }
            List<String> otherNames = b == title ? Topic.otherNames(b.text(), topic) : List.of();
            if (b == title && entry.headword == null && !EntryText.normal(topic).isEmpty()
                    && (EntryText.normal(b.text()).startsWith(EntryText.normal(topic)) || !otherNames.isEmpty())) {
                entry.headword = topic; // the title names the site too ("Widget Health Dictionary"): its subject
                entry.variants.addAll(otherNames); // "tracheostomy, tracheotomy": the other names it lists
                entry.body.add(b);
                return;
            }
            if (b.type().isHeading() && Topic.aboutTheWordOf(b.text())) {
                close(); // "Examples of X in a Sentence", "Origin of X": about the word, whatever it names
                closed = true;
                aboutTheWord = true;
                return;
            }
            String[] pair = b.type().isHeading() ? RunInForms.shortFormPair(b.text()) : null;
            if (pair != null) {
                renew(); // "IUD — Intrauterine Device": an abbreviation dictionary's entry for one meaning of the short form
                closed = false;
                aboutTheWord = false;
                entry.headword = pair[0];
                entry.variants.add(pair[1]);
                entry.body.add(b);
                return;
            }
            String defined = b.type().isHeading() && !sameWord(b, topic) ? Topic.definedBy(b.text()) : null;
            if (defined != null) {
                // "Medical Definition of trachea" under the entries of another word: that word's entry (its head
                // line, "tracheostomy" over "noun", may stand above)
                if (!entry.senses.isEmpty() || entry.headword != null && !EntryText.normal(entry.headword).equals(EntryText.normal(defined))) {
                    renew();
                }
                closed = false;
                aboutTheWord = false;
                entry.headword = defined;
                entry.body.add(b);
                return;
            }
            // "Definition of 'X'" again under another dictionary's name names the topic: an entry, not a section
            if (b.type().isHeading() && !Shapes.isHeadwordLike(b) && !sameWord(b, topic)) {
                close(); // a section heading ("Origin of ...")
                aboutTheWord = Topic.ABOUT_THE_WORD.contains(EntryText.normal(b.text()));
                return;
            }
            if (EntryText.isExample(b) || !entry.senses.isEmpty() && EntryText.isUsage(b, entry.headword)) {
                return; // "// the medic tied ...", "She tightened the tourniquet ...": an example, never a sense
            }
            if (b.type() == BlockType.NUMBERED_ITEM && EntryText.isOtherPartOfSpeech(b.marker())) {
                return; // "[v] to fit with a stent": a sense of another part of speech
            }
            // under a section heading after an entry: examples, history, word lists; under "Word origin" only a new head
            // opens one; "quiescent /kwiˈes.ənt/ adjective ...": another word's head line is that word's entry
            // under "Words near X", the list's words (the word itself among them) are headings over headings
            if (closed && (!opensEntry(blocks, i, topic) || aboutTheWord && b.type() == BlockType.PARAGRAPH
                    || aboutTheWord && b.type().isHeading() && i + 1 < blocks.size() && blocks.get(i + 1).type().isHeading()
                    || otherWordsHead(b, topic))) {
                return;
            }
            closed = false;
            // "Definition of Colonoscopy" then "Babylon English": the heading naming the word, then the dictionary's
            if (b.type().isHeading() && entry.senses.isEmpty() && previous != null && previous.type().isHeading()
                    && sameWord(previous, topic) && !sameWord(b, topic) && Shapes.isHeadwordLike(b)) {
                entry.source = b.text();
                return;
            }
            if (b.type().isHeading() && i + 1 < blocks.size() && Shapes.isHeadwordLike(blocks.get(i + 1))
                    && entry.senses.isEmpty() && (!sameWord(b, topic) || sameWord(blocks.get(i + 1), topic))) {
                entry.source = b.text(); // a source name over its headword
                return;
            }
            block(i, b);
        }

        private void block(int i, Block b) {
            if (b.type() == BlockType.SEPARATOR) {
                renew();
            } else if (b.type().isHeading() && !sameWord(b, topic) && i + 1 < blocks.size()
                    && EntryText.runIn(blocks.get(i + 1), topic) != null) {
                renew(); // "Sub-entries (...)" over "body cast  A cast that ...": the caption of the word's sub-entries
                entry.headword = topic;
                entry.section = b.text();
            } else if (b.type() == BlockType.ATTRIBUTION) {
                credit(b);
            } else if (b.type().isHeading() && !entry.senses.isEmpty() && !sameWord(b, topic)
                    && (i + 1 >= blocks.size() || !opensEntry(blocks, i + 1, topic))) {
                close(); // "Word origin" over a history: a section, not a headword
            } else if (startsEntry(b, entry, topic)) {
                // the next item of one dictionary's list, each opening with the headword, comes from the same source
                boolean sameSource = b.type() == BlockType.LIST_ITEM && EntryText.opensWithHeadword(b.text(), topic);
                String source = entry.senses.isEmpty() || sameSource ? entry.source : null;
                String headword = entry.senses.isEmpty() ? entry.headword : null;
                // "lancet" over "noun" then "Definition of lancet": the heading names the entry already begun
                boolean sameHead = entry.headword != null && EntryText.normal(entry.headword).equals(EntryText.normal(topic)) && sameWord(b, topic);
                if (!entry.senses.isEmpty() || entry.headword != null && b.type().isHeading() && !sameHead) {
                    renew();
                }
                entry.source = entry.source == null ? source : entry.source;
                read(b, headword);
            } else if (labelledSense && b.type() == BlockType.PARAGRAPH) {
                labelledSense = false;
                entry.readSense(b);
            } else if (b.type() == BlockType.PARAGRAPH && !entry.senses.isEmpty() && LOWER_CASE_GLOSS.matcher(b.text().strip()).lookingAt()) {
                entry.readSense(b); // "a band fastened around the upper arm ..." after the examples of the first: another sense
            } else {
                read(b, null);
            }
        }

        /** A part of speech on its own line, or a subject label under it. */
        private boolean headMark(int i) {
            Block b = blocks.get(i);
            if (Shapes.isPartOfSpeechBlock(b) && (b.type().isHeading() || org.medvocab.page.HeadLines.isPartOfSpeech(b.text()))) {
                if (!entry.senses.isEmpty()) {
                    renew();
                }
                entry.partOfSpeech = b.text().strip(); // "noun", "countable noun": the entry's part of speech
                closed = false;
                return true;
            }
            if (isDomainLabel(blocks, i)) {
                entry.domains.add(b.text().strip()); // "noun" then "Medicine": the field the sense belongs to
                labelledSense = !entry.senses.isEmpty(); // a label between senses: the paragraph under it is another
                return true;
            }
            return false;
        }

        /**
         * "synonyms: a, b" right under a sense gives the entry's variants (further down, after examples, it is a
         * thesaurus box and names related words only); "Type of:" and "Types:" with their values on the next
         * lines ("dispenser a container ...") give the broader term and narrower sub-entries.
         */
        private boolean labelRow(Block b) {
            EntryText.Label label = EntryText.label(b.text());
            if (label != null) {
                pendingLabel = null;
                pendingType = null;
                if (labelled == null) {
                    return false;
                }
                if (label.kind().equals("syn")) {
                    if (!label.value().isEmpty() && labelled == entry && lastBlockIsSense(labelled)) {
                        // "plaster (sense 1, chiefly British); plaster cast": the names without their notes
                        for (String v : BRACKETED_NOTE.matcher(label.value()).replaceAll("").split("\\s*[,;]\\s*")) {
                            if (!v.isBlank()) labelled.variants.add(v.strip());
                        }
                    }
                } else if (label.value().isEmpty()) {
                    pendingLabel = label.kind();
                } else {
                    labelValue(label.kind(), b, label.value());
                }
                labelled.body.add(b);
                return true;
            }
            // the values under a label are alike: "Dictionary: X" or a numbered sense after a list of paragraphs ends it
            boolean caption = b.type().isHeading() || b.text().strip().endsWith(":");
            if (pendingLabel != null && !caption && b.type() != BlockType.ATTRIBUTION
                    && (pendingType == null || pendingType == b.type())) {
                pendingType = b.type();
                labelValue(pendingLabel, b, b.text());
                return true;
            }
            pendingLabel = null;
            pendingType = null;
            // "Synonyms" as a heading over "- (morbid condition) icterus": the entry's other names, each after its sense
            var heading = b.type().isHeading() && labelled != null ? org.medvocab.page.WordRelations.caption(b.text()) : java.util.Optional.<org.medvocab.page.WordRelations.Relation>empty();
            if (caption && labelled != null && org.medvocab.page.WordRelations.relatedCaption(b.text())) {
                pendingLabel = SEE_ALSO; // "Related Terms" over "• Dengue virus": terms the entry refers its reader to
                return true;
            }
            if (heading.isPresent()) {
                // kept out of the body: the names are no text of the entry; "Hyponyms for the word X": its kinds
                pendingLabel = switch (heading.get()) {
                    case SYNONYMS -> SYNONYM_LIST;
                    case BROADER -> "type of";
                    case NARROWER -> "types";
                };
                return true;
            }
            return false;
        }

        private static final int SYNONYM_MAX_WORDS = 5;
        /** A note in brackets after a name ("(sense 1, chiefly British)"). */
        private static final java.util.regex.Pattern BRACKETED_NOTE = java.util.regex.Pattern.compile("\\s*\\([^()]*\\)");
        /** The pending label of the items under a "Related Terms" heading, and the kind of their cross-references. */
        private static final String SEE_ALSO = "see also";
        /** The pending label of the items under a "Synonyms" heading. */
        private static final String SYNONYM_LIST = "synonym list";
        /** "(morbid condition) icterus": the sense a synonym belongs to, in brackets before it. */
        private static final java.util.regex.Pattern SENSE_GLOSS = java.util.regex.Pattern.compile("^\\([^()]{1,40}\\)\\s*");

        private void labelValue(String kind, Block b, String value) {
            if (kind.equals(SYNONYM_LIST)) {
                for (String v : SENSE_GLOSS.matcher(value.strip()).replaceFirst("").split("\\s*,\\s*")) {
                    if (!v.isBlank() && org.medvocab.page.Words.count(v) <= SYNONYM_MAX_WORDS) labelled.variants.add(v.strip());
                }
                return;
            }
            List<String> row = EntryText.glossRow(value);
            if (row == null) {
                return;
            }
            String name = row.get(0);
            int at = Math.max(0, b.text().indexOf(name));
            labelled.body.add(b);
            if (kind.equals(SEE_ALSO) || kind.equals("type of")) {
                labelled.crossReferences.add(new Entry.CrossReference(kind, name, b.offsetOf(at),
                        b.offsetOf(at + name.length())));
                return;
            }
            EntryBuilder sub = new EntryBuilder(name);
            sub.variants.addAll(row.subList(1, row.size() - 1));
            sub.body.add(b);
            String gloss = row.get(row.size() - 1);
            if (!gloss.isEmpty()) {
                int from = b.text().lastIndexOf(gloss);
                sub.senses.add(EntryText.sense("", b, from, from + gloss.length()));
            }
            labelled.subEntries.add(sub.build());
            labelled.crossReferences.add(new Entry.CrossReference("types", name, b.offsetOf(at), b.offsetOf(at + name.length())));
        }

        /** True when the block just before is one of the entry's senses (no example or box between them). */
        private boolean lastBlockIsSense(EntryBuilder e) {
            Block last = previous;
            return last != null && e.senses.stream().anyMatch(s -> s.start() < last.end() && s.end() > last.start());
        }

        private void credit(Block b) {
            if (creditsTrail) {
                entry.source = source(b);
                entry.body.add(b);
                renew();
            } else {
                renew();
                entry.source = source(b);
                entry.body.add(b);
            }
        }

        /** A section heading after senses ends the entry; what follows must open a new one. */
        private void close() {
            if (!entry.senses.isEmpty()) {
                renew();
                closed = true;
            }
        }

        private void renew() {
            flush();
            entry = new EntryBuilder(null);
        }

        private void read(Block b, String headword) {
            StackedDictionaryLayout.read(entry, b, topic, headword);
            if (!entry.senses.isEmpty()) {
                labelled = entry;
            }
        }

        void flush() {
            if (entry.senses.isEmpty() && entry.subEntries.isEmpty()) {
                return; // a credit or heading with nothing under it
            }
            if (entry.headword == null) {
                entry.headword = topic;
            }
            if (!out.contains(entry)) {
                out.add(entry);
            }
        }
    }

    /** A gloss in lower case opening with an article: "a band ...", "an instrument ...". */
    private static final java.util.regex.Pattern LOWER_CASE_GLOSS = java.util.regex.Pattern.compile("^(?:an?|the)\\s+\\p{Ll}");
    /** A word, then a respelling between slashes: the head line of a word's entry. */
    private static final java.util.regex.Pattern WORD_AND_RESPELLING = java.util.regex.Pattern.compile("^(\\p{L}[\\p{L}'-]*)\\s+/[^/\\s][^/]{0,40}/");

    private static boolean otherWordsHead(Block b, String topic) {
        java.util.regex.Matcher m = WORD_AND_RESPELLING.matcher(b.text().strip());
        return m.lookingAt() && !EntryText.normal(m.group(1)).equals(EntryText.normal(topic));
    }

    /** A definition opens with a lower-case word or an article ("a tube ...", "A tube ..."), or with a marked head line. */
    private static final java.util.regex.Pattern DEFINITION_START =
            java.util.regex.Pattern.compile("^(?:\\p{Ll}|(?:An?|The|Any|One)\\s)");

    /**
     * After a section heading closed an entry, a block opens a new one only when it is a head line, a sense, a
     * credit or separator, the headword again, or a heading over a head line; a paragraph that reads as a
     * definition opens one too. Examples ("She tightened ..."), dates and histories ("1695, ...", "[from Latin]")
     * do not.
     */
    private static boolean opensEntry(List<Block> blocks, int i, String topic) {
        Block b = blocks.get(i);
        if (b.type() == BlockType.ATTRIBUTION) {
            // a credit over nothing opens nothing; over a heading naming the word, that word's entry
            return i + 1 < blocks.size() && (!blocks.get(i + 1).type().isHeading() || sameWord(blocks.get(i + 1), topic));
        }
        if (b.type() == BlockType.NUMBERED_ITEM || b.type() == BlockType.SEPARATOR
                || Shapes.isPartOfSpeechBlock(b) || org.medvocab.page.HeadLines.isPronunciation(b.text())) {
            return true;
        }
        if (b.type().isHeading()) {
            return EntryText.normal(PlainTextSegmenter.topicOf(b.text())).equals(EntryText.normal(topic))
                    || i + 1 < blocks.size() && (Shapes.isPartOfSpeechBlock(blocks.get(i + 1))
                    || org.medvocab.page.HeadLines.isPronunciation(blocks.get(i + 1).text())
                    // "cuffed tracheostomy tube" over ": a tracheostomy tube fitted ...": a word and its sense
                    || Shapes.isHeadwordLike(b) && blocks.get(i + 1).type() == BlockType.NUMBERED_ITEM
                    // "contact lens" over "A thin lens worn ..." under the entry "lens": a compound of the word, and its gloss
                    || compoundOfTopic(b, topic) && blocks.get(i + 1).type() == BlockType.PARAGRAPH
                        && DEFINITION_START.matcher(blocks.get(i + 1).text().strip()).lookingAt());
        }
        // (a gloss under a compound of the word names the word: "contact lens" over "A thin lens worn ...")
        return DEFINITION_START.matcher(b.text().strip()).lookingAt() && !b.text().strip().endsWith(":")
                && (!EntryText.isUsage(b, topic) || i > 0 && compoundOfTopic(blocks.get(i - 1), topic));
    }

    /**
     * A headword-like heading that holds the topic's words and more, a compound a dictionary sets under its entry:
     * "contact lens" or "gauze sponge" on the page of "lens" or "gauze".
     */
    private static boolean compoundOfTopic(Block b, String topic) {
        String t = EntryText.normal(topic);
        String h = EntryText.normal(b.text());
        return !t.isEmpty() && Shapes.isHeadwordLike(b) && !h.equals(t) && (" " + h + " ").contains(" " + t + " ");
    }

    private static boolean sameWord(Block b, String topic) {
        if (EntryText.normal(PlainTextSegmenter.topicOf(b.text())).equals(EntryText.normal(topic))) return true;
        // "gastrostomy gas·tros·to·my (...)": the topic's head line, with its syllables and pronunciation
        String head = EntryText.headOnly(b.text(), topic);
        return head != null && EntryText.normal(head).equals(EntryText.normal(topic));
    }

    private static boolean isDefinitionBlock(Block b) {
        BlockType t = b.type();
        return t == BlockType.PARAGRAPH || t == BlockType.NUMBERED_ITEM || t == BlockType.LIST_ITEM;
    }

    /** A one-word capitalised heading right under a part-of-speech line: a subject label ("Medicine"). */
    private static boolean isDomainLabel(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        String t = b.text().strip();
        // "noun" then "Medicine", or a field's name between two senses ("Medical technology"): never a headword
        return i > 0 && b.type().isHeading() && (Shapes.isPartOfSpeechBlock(blocks.get(i - 1)) && t.matches("\\p{Lu}\\p{Ll}+")
                || org.medvocab.page.Fields.isFieldName(t)) && i + 1 < blocks.size()
                && (blocks.get(i + 1).type() == BlockType.NUMBERED_ITEM || blocks.get(i + 1).type() == BlockType.PARAGRAPH);
    }

    /** The first headword written syllabified at the head of a block ("ca·the·ter ..."), for an untitled page. */
    private static java.util.Optional<String> gluedHeadword(Page page) {
        return page.blocks().stream().map(b -> EntryText.head(b.text(), null).headword()).filter(h -> h != null)
                .findFirst();
    }

    /** A heading naming the topic again, or a part-of-speech bullet after senses, opens a new entry. */
    private static boolean startsEntry(Block b, EntryBuilder entry, String topic) {
        if (!entry.senses.isEmpty() && Shapes.headLineWord(b) != null) {
            return true; // "Quinsy \\Quin"sy\\, n. [...]": a head line opens the next dictionary's entry
        }
        if (b.type().isHeading()) {
            return sameWord(b, topic) || entry.headword != null && !entry.senses.isEmpty();
        }
        return b.type() == BlockType.LIST_ITEM && !entry.senses.isEmpty()
            && (Shapes.isPartOfSpeechBlock(b) || EntryText.opensWithHeadword(b.text(), topic));
    }

    /** "tinnitus British", "tinnitus Scientific": after a headword in lower case, the name of the dictionary's variety. */
    private static final java.util.regex.Pattern VARIETY_LABEL = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?");

    private static void read(EntryBuilder entry, Block b, String topic, String headword) {
        if (b.type().isHeading() && entry.headword == null) {
            String t = b.text().strip();
            String beforePartOfSpeech = org.medvocab.page.HeadLines.headwordBeforePartOfSpeech(t);
            if (beforePartOfSpeech != null) {
                entry.headword = beforePartOfSpeech; // "pulse oximetry noun": the word and its part of speech
                entry.partOfSpeech = t.substring(beforePartOfSpeech.length()).strip();
                entry.body.add(b);
                return;
            }
            EntryText.Head own = EntryText.head(t, topic);
            if (own.headword() != null && Character.isLowerCase(t.charAt(0)) && own.rest() < t.length()
                    && VARIETY_LABEL.matcher(t.substring(own.rest()).strip()).matches()) {
                entry.headword = own.headword();
                entry.source = entry.source == null ? t.substring(own.rest()).strip() : entry.source;
                entry.body.add(b);
                return;
            }
            EntryText.Head head = EntryText.head(b.text(), null);
            // "Definition of 'X'", "in·fu·sion pump": a heading that names the topic names it whole, without its frame
            if (sameWord(b, topic) && (head.headword() == null || !EntryText.normal(head.headword()).equals(EntryText.normal(topic)))) {
                head = new EntryText.Head(topic, head.pronunciation(), head.partOfSpeech(), head.domains(), head.rest());
            }
            if (!head.marked() || head.headword() != null) {
                entry.headword = head.headword() != null ? head.headword() : EntryText.stripMarks(b.text()).strip();
                entry.pronunciation = entry.pronunciation == null ? head.pronunciation() : entry.pronunciation;
                entry.partOfSpeech = entry.partOfSpeech == null ? head.partOfSpeech() : entry.partOfSpeech;
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

    private static String source(Block b) {
        return b.text().replaceFirst("(?i)^(?:from|via)\\s+", "")
                .replaceFirst("(?i)^(?:[\\p{L}]+\\s+){0,2}sources?\\s*:\\s*", "")
                .replaceFirst("^[—―–-]+\\s*", "").strip();
    }

    /**
     * True when the last credit line is followed by no definition: credits close their entries. A heading naming the
     * word with a definition under it, after the last credit, is an entry that credit opens ("Medical dictionary" over
     * "tourniquet (...)").
     */
    private static boolean creditsTrail(Page page, String topic) {
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
            if (isDefinitionBlock(blocks.get(i))) {
                return false;
            }
            if (t.isHeading() && sameWord(blocks.get(i), topic) && i + 1 < blocks.size() && isDefinitionBlock(blocks.get(i + 1))) {
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

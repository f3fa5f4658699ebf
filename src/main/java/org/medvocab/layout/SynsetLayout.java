package org.medvocab.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medvocab.page.Block;
import org.medvocab.page.Page;

/**
 * A lexical database's search page, the way WordNet's browsers print it: each sense of the word a synset line
 * ("S: (n) crutch, ... (gloss) "example""), and under it captions of its relations ("direct hyponym", "part
 * meronym", "direct hypernym / inherited hypernym / sister term") over the synsets they relate, each deeper one
 * the hypernym of the one above it. Each noun synset is an entry (its first word the headword, the others
 * variants, the gloss its sense); hyponyms and hypernyms give the hierarchy, meronyms and holonyms parts.
 */
final class SynsetLayout implements Layout {

    /** "S: (n) axillary crutch, underarm crutch (a crutch with ...) "example"": a synset line. */
    private static final Pattern SYNSET = Pattern.compile(
        "^\\s*(?:[SW]:\\s*)?\\((n|v|adj|adv|a|s|r)\\)\\s+([^()\\[]+?)\\s*(?:\\[[^\\]]*\\]\\s*)?\\((.+)\\)(?:\\s*[\"“][^\"”]*[\"”])*\\s*$");
    /** The relation captions of a lexical database, by the relation they give the sense above them. */
    private static final Map<String, String> CAPTIONS = Map.of("hyponym", "types", "hypernym", "type of", "meronym", "parts",
        "holonym", "part of");
    private static final Pattern CAPTION_WORD = Pattern.compile("(?i)\\b(hyponym|hypernym|meronym|holonym)\\b");
    /** A caption line: relation names joined by slashes, nothing else ("direct hypernym / inherited hypernym / sister term"). */
    private static final Pattern CAPTION_LINE = Pattern.compile("(?i)^[a-z ]{3,40}(?:\\s*/\\s*[a-z ]{3,40})*$");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*,\\s*");
    /** Fewest synset lines on a page of this layout. */
    private static final int MIN_SYNSETS = 3;

    @Override
    public String name() {
        return "synset-list";
    }

    @Override
    public double detect(Page page) {
        long synsets = page.blocks().stream().filter(b -> SYNSET.matcher(b.text().strip()).matches()).count();
        return synsets >= MIN_SYNSETS ? 0.95 : 0;
    }

    @Override
    public boolean entriesOnly(Page page) {
        return detect(page) > 0;
    }

    @Override
    public List<Entry> entries(Page page, String documentId) {
        List<EntryBuilder> out = new ArrayList<>();
        EntryBuilder sense = null;   // the sense the captions below relate to
        String relation = null;       // the caption read last
        int relationDepth = -1;       // how deep the caption's first synset stands
        EntryBuilder previous = null; // the synset above, for an inherited hypernym one step deeper
        int topDepth = -1;            // how deep the word's own senses stand
        for (Block b : page.blocks()) {
            String t = b.text().strip();
            Matcher m = SYNSET.matcher(b.text());
            if (!m.matches()) {
                String caption = caption(t);
                if (caption != null || CAPTION_LINE.matcher(t).matches() && sense != null) {
                    relation = caption; // "derivationally related form": a relation of words, none of terms
                    relationDepth = -1;
                }
                continue;
            }
            boolean noun = m.group(1).equals("n");
            EntryBuilder synset = synset(b, m);
            int depth = depth(page.text(), b);
            if (topDepth < 0) topDepth = depth;
            boolean top = depth <= topDepth && (depth > 0 || relation == null || sense == null);
            if (!top && (relation == null || sense == null)) continue; // a related word form, not a term
            if (top) {
                relation = null;
                sense = noun ? synset : null; // a sense of the word searched for
                previous = sense;
                if (noun) out.add(synset);
                continue;
            }
            if (!noun) continue;
            if (relationDepth < 0) relationDepth = depth;
            relate(sense, previous, synset, relation, depth > relationDepth);
            previous = synset;
            out.add(synset);
        }
        return out.stream().map(EntryBuilder::build).toList();
    }

    /** A list item's depth, or for a line of plain text its indentation: how far in the page sets the synset. */
    private static int depth(String text, Block b) {
        if (b.depth() > 0) return b.depth();
        int lineStart = text.lastIndexOf('\n', Math.max(0, b.start() - 1)) + 1;
        return b.start() >= lineStart ? b.start() - lineStart : 0;
    }

    /** Puts a related synset in its place: under a caption's first level it relates to the sense, deeper to the synset above. */
    private static void relate(EntryBuilder sense, EntryBuilder previous, EntryBuilder synset, String relation, boolean deeper) {
        EntryBuilder from = deeper && relation.equals("type of") && previous != null ? previous : sense;
        Block at = synset.body.get(0);
        from.crossReferences.add(new Entry.CrossReference(relation, synset.headword, at.start(), at.end()));
    }

    private static EntryBuilder synset(Block b, Matcher m) {
        String[] names = NAME_SPLIT.split(m.group(2).strip());
        EntryBuilder e = new EntryBuilder(names[0]);
        for (int i = 1; i < names.length; i++) {
            if (!names[i].isBlank()) e.variants.add(names[i]);
        }
        e.partOfSpeech = m.group(1);
        e.body.add(b);
        e.senses.add(EntryText.sense("", b, m.start(3), m.end(3)));
        return e;
    }

    /** The relation a caption line names ("types" for "direct hyponym / full hyponym"), or null. */
    private static String caption(String line) {
        if (!CAPTION_LINE.matcher(line).matches()) return null;
        Matcher m = CAPTION_WORD.matcher(line);
        return m.find() ? CAPTIONS.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
    }
}

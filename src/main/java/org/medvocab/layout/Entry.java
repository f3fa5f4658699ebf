package org.medvocab.layout;

import java.util.List;
import org.medvocab.page.Block;

/**
 * One entry of a page as a layout found it: what it names and what the page says about it, before
 * any sentence rule has read it. Offsets point into the document text.
 *
 * @param headword the term the entry defines (run-in abbreviations expanded: "Foley c." under
 *     "catheter" gives "Foley catheter")
 * @param variants other forms given for it (alternative names, spellings, the abbreviated form)
 * @param pronunciation the pronunciation as written, or null
 * @param partOfSpeech the part of speech as written ("n.", "noun", "adj"), or null
 * @param domains domain labels ("cardiology" from {@code <cardiology, equipment>})
 * @param senses the numbered senses (or the one unnumbered definition), in order
 * @param subEntries run-in and listed sub-entries
 * @param crossReferences See / See also / Cf. / Compare / SYN references
 * @param source the dictionary or site the entry comes from (an attribution line), or null
 * @param section the heading the entry stands under, or null
 * @param body the page blocks of the entry (for an article: its content blocks)
 * @param start offset of the entry's first character in the document text
 * @param end offset after its last character
 */
public record Entry(String headword, List<String> variants, String pronunciation, String partOfSpeech,
        List<String> domains, List<Sense> senses, List<Entry> subEntries, List<CrossReference> crossReferences,
        String source, String section, List<Block> body, int start, int end) {

    /** Copies the lists. */
    public Entry {
        variants = List.copyOf(variants);
        domains = List.copyOf(domains);
        senses = List.copyOf(senses);
        subEntries = List.copyOf(subEntries);
        crossReferences = List.copyOf(crossReferences);
        body = List.copyOf(body);
    }

    /**
     * Whether a block's text is nothing but a head line: a headword with its pronunciation, part of speech, domain
     * labels or etymology ("Lancet \\Lan"cet\\, n. [F. lancette ...]"), and no definition.
     *
     * @param text a block's text
     * @return true for a head line without a sense
     */
    public static boolean isHeadLine(String text) {
        return EntryText.headOnly(text, null) != null;
    }

    /**
     * @param block a block of the entry's body
     * @param headword the entry's headword
     * @return true for a usage example: one short sentence that uses the headword but not as its subject
     */
    public static boolean isUsage(Block block, String headword) {
        return EntryText.isUsage(block, headword);
    }

    /**
     * One sense of an entry.
     *
     * @param number the sense number as written ("1.", "1.1", "[n]", "a."), or "" for an unnumbered definition
     * @param text the definition text
     * @param start offset in the document text
     * @param end offset after the sense
     */
    public record Sense(String number, String text, int start, int end) {}

    /**
     * A cross-reference.
     *
     * @param kind "see", "see also", "cf", "compare" or "syn", lower case
     * @param target the term referred to
     * @param start offset of the target in the document text
     * @param end offset after the target
     */
    public record CrossReference(String kind, String target, int start, int end) {}
}

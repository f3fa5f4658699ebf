package org.medvocab.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Assembles blocks read from a paged format (PDF, Word) into the plain-text layout of the other
 * sources: one block per line, a blank line between blocks except between consecutive list items,
 * list items as {@code "- "} lines; and records the character offset at which each page starts.
 *
 * <p>Each block is normalised ({@link DocumentReader#normalise}) and its white space collapsed
 * before it is appended, so the page offsets refer to the final document text.
 */
final class BlockText {
    /** The kinds of block the layout knows. */
    enum Kind { HEADING, PARAGRAPH, LIST_ITEM }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();
    private int pendingPages;
    private Kind last;
    private String firstHeading;

    /** Marks the start of the next page: its offset is that of the next block appended. */
    void startPage() {
        pendingPages++;
    }

    /**
     * Appends a block; blank blocks are ignored.
     *
     * @param kind the kind of block
     * @param raw its text, in any spacing
     */
    void add(Kind kind, String raw) {
        String block = SPACES.matcher(DocumentReader.normalise(raw)).replaceAll(" ").strip();
        if (block.isEmpty()) {
            return;
        }
        if (!text.isEmpty() && !(kind == Kind.LIST_ITEM && last == Kind.LIST_ITEM)) {
            text.append('\n');
        }
        for (; pendingPages > 0; pendingPages--) {
            pageStarts.add(text.length());
        }
        text.append(kind == Kind.LIST_ITEM ? "- " : "").append(block).append('\n');
        if (kind == Kind.HEADING && firstHeading == null) {
            firstHeading = block;
        }
        last = kind;
    }

    /** @return the text so far */
    String text() {
        return text.toString();
    }

    /** @return the offset at which each page starts (index 0 is page 1); trailing empty pages are left out */
    List<Integer> pageStarts() {
        return List.copyOf(pageStarts);
    }

    /** @return the first heading, or null */
    String firstHeading() {
        return firstHeading;
    }
}

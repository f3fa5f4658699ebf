package org.medvocab.page;

/** What a block of a page is, from its shape on the page (never from what it says). */
public enum BlockType {
    /** The document's title line (at most one per page). */
    TITLE,
    /** A section heading; {@link Block#level()} gives its depth (1 = top). */
    HEADING,
    /** Running text: one paragraph, hard-wrapped lines already joined. */
    PARAGRAPH,
    /** A bulleted item ({@code •}, {@code -}, {@code *}, an HTML {@code <ul>} item). */
    LIST_ITEM,
    /** A numbered item or sense ("1.", "1.1", "[n]", "a.", an HTML {@code <ol>} item); see {@link Block#marker()}. */
    NUMBERED_ITEM,
    /** A table row with cells joined by {@code " | "}. */
    TABLE_ROW,
    /** A label/value row of an infobox or fact list; see {@link Block#label()} and {@link Block#value()}. */
    INFOBOX_ROW,
    /** A separator line ({@code * * *}, {@code ---}, an HTML {@code <hr>}). */
    SEPARATOR,
    /** A source credit line: "from ...", "— Source", "Source: ...", "Name dictionary. 2011.". */
    ATTRIBUTION;

    /** @return true for the two kinds of list items */
    public boolean isItem() {
        return this == LIST_ITEM || this == NUMBERED_ITEM;
    }

    /** @return true for the title and headings */
    public boolean isHeading() {
        return this == TITLE || this == HEADING;
    }
}

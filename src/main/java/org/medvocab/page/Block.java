package org.medvocab.page;

import java.util.Objects;

/**
 * One block of a page: a title, heading, paragraph, list item, table or infobox row, separator or
 * attribution line.
 *
 * <p>{@link #text()} is the block's clean text: list markers, heading markers and wiki markup are
 * removed, hard-wrapped lines are joined with one space and a word split across two lines by a
 * hyphen is rejoined. {@link #start()} and {@link #end()} are character offsets into the document
 * text ({@code SourceDocument.text()}) of the first and after the last character of the block;
 * {@link #offsetOf(int)} maps any character of {@link #text()} back to its offset in that text.
 */
public final class Block {
    private final BlockType type;
    private final int level;
    private final String text;
    private final int[] offsets;
    private final int start;
    private final int end;
    private final int depth;
    private final String marker;
    private final String label;
    private final double linkDensity;

    Block(BlockType type, int level, MappedText text, int depth, String marker, String label, double linkDensity) {
        this(type, level, text.toString(), text.offsets(), depth, marker, label, linkDensity);
    }

    private Block(BlockType type, int level, String text, int[] offsets, int depth, String marker, String label,
            double linkDensity) {
        this.type = Objects.requireNonNull(type, "type");
        this.level = level;
        this.text = Objects.requireNonNull(text, "text");
        this.offsets = offsets;
        this.start = offsets.length == 0 ? 0 : offsets[0];
        this.end = offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1;
        this.depth = depth;
        this.marker = marker;
        this.label = label;
        this.linkDensity = linkDensity;
    }

    /**
     * A block whose text is the contiguous span {@code [start, start + text.length())} of the document.
     *
     * @param type the block type
     * @param level heading level (1 = top), 0 for other blocks
     * @param text the block text, exactly as it stands in the document at {@code start}
     * @param start offset of the first character in the document text
     * @param depth list nesting depth (1 = top-level item), 0 outside lists
     * @param marker the item marker ("1.", "1.1", "[n]", "a.") or null
     * @param label the infobox row label, or null
     * @param linkDensity share of the text inside links (0..1), or {@link Double#NaN} when unknown
     * @return the block
     */
    public static Block of(BlockType type, int level, String text, int start, int depth, String marker, String label,
            double linkDensity) {
        int[] offsets = new int[text.length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = start + i;
        }
        return new Block(type, level, text, offsets, depth, marker, label, linkDensity);
    }

    /** @return the block type */
    public BlockType type() {
        return type;
    }

    /** @return the heading level (1 = top-level) for TITLE and HEADING blocks, else 0 */
    public int level() {
        return level;
    }

    /** @return the clean text of the block (never null, may be empty for a separator) */
    public String text() {
        return text;
    }

    /** @return offset in the document text of the block's first character */
    public int start() {
        return start;
    }

    /** @return offset in the document text just after the block's last character */
    public int end() {
        return end;
    }

    /** @return list nesting depth: 1 for a top-level item, 2 for an item under it, ...; 0 for other blocks */
    public int depth() {
        return depth;
    }

    /** @return the number or letter of a NUMBERED_ITEM as written ("1.", "1.1", "[n]", "a."), else null */
    public String marker() {
        return marker;
    }

    /** @return the label of an INFOBOX_ROW ("Other names"), else null */
    public String label() {
        return label;
    }

    /** @return the value of an INFOBOX_ROW (the text after its label), else the whole text */
    public String value() {
        if (label == null || !text.startsWith(label)) {
            return text;
        }
        return text.substring(label.length()).replaceFirst("^\\s*[:|]?\\s*", "").replaceFirst("\\s*\\|\\s*$", "");
    }

    /** @return the share of the text inside links (0..1), or NaN when the source format does not say */
    public double linkDensity() {
        return linkDensity;
    }

    /**
     * Maps a position in {@link #text()} back to the document text.
     *
     * @param i a position in {@code text()}, 0..length (length maps to {@link #end()})
     * @return the offset of that character in the document text
     */
    public int offsetOf(int i) {
        if (i < 0 || i > text.length()) {
            throw new IndexOutOfBoundsException("offset " + i + " outside block text of length " + text.length());
        }
        return i == text.length() ? (i == 0 ? start : offsets[i - 1] + 1) : offsets[i];
    }

    /**
     * The same block with another type and level (used when context shows what a line is, e.g. a
     * short line that is a heading or the title).
     *
     * @param newType the new type
     * @param newLevel the new level
     * @return the retyped block
     */
    public Block withType(BlockType newType, int newLevel) {
        return new Block(newType, newLevel, text, offsets, depth, marker, label, linkDensity);
    }

    /**
     * The part {@code [from, to)} of this block's text as a block of the given type, offsets kept.
     *
     * @param newType the type of the part
     * @param from first character in {@code text()}
     * @param to end in {@code text()}
     * @return the part
     */
    public Block slice(BlockType newType, int from, int to) {
        return new Block(newType, newType.isHeading() ? Math.max(level, 1) : 0, text.substring(from, to),
                java.util.Arrays.copyOfRange(offsets, from, to), depth, marker, label, linkDensity);
    }

    /** @return the number of words (runs of letters or digits) in the text */
    public int words() {
        return Words.count(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Block b && type == b.type && level == b.level && start == b.start && end == b.end
                && depth == b.depth && text.equals(b.text) && Objects.equals(marker, b.marker)
                && Objects.equals(label, b.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, level, text, start, end, depth, marker, label);
    }

    @Override
    public String toString() {
        String kind = type == BlockType.HEADING ? type + "(" + level + ")" : type.toString();
        String extra = marker != null ? " " + marker : label != null ? " [" + label + "]" : "";
        return kind + extra + "@" + start + "-" + end + ": " + text;
    }
}

package org.medvocab.page;

/**
 * What a renderer (HTML, Markdown) knows about one line it wrote: the block type, heading level,
 * list depth, the list prefix it wrote before the text ({@code "- "}, {@code "1. "}) and the link
 * density of the line's source element.
 *
 * @param type the block type
 * @param level heading level, else 0
 * @param depth list depth (1 = top), else 0
 * @param prefix the characters written before the text, skipped in the block text ("" when none)
 * @param marker the item number of a numbered item ("3."), else null
 * @param label the label of a label/value row, else null
 * @param linkDensity share of the text inside links, NaN when unknown
 */
public record LineTag(BlockType type, int level, int depth, String prefix, String marker, String label,
        double linkDensity) {

    /**
     * @param type the block type
     * @param linkDensity share of the text inside links, NaN when unknown
     * @return a tag for a line written without prefix
     */
    public static LineTag of(BlockType type, double linkDensity) {
        return new LineTag(type, 0, 0, "", null, null, linkDensity);
    }

    /**
     * @param level heading level (1..6)
     * @param linkDensity share of the text inside links, NaN when unknown
     * @return a heading tag
     */
    public static LineTag heading(int level, double linkDensity) {
        return new LineTag(BlockType.HEADING, level, 0, "", null, null, linkDensity);
    }
}

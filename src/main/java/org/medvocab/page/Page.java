package org.medvocab.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The blocks of one document, in document order, with offsets into the document text.
 *
 * @param text the document text the block offsets point into ({@code SourceDocument.text()})
 * @param blocks the blocks in document order
 */
public record Page(String text, List<Block> blocks) {

    /**
     * Copies the block list.
     *
     * @param text the document text
     * @param blocks the blocks in document order
     */
    public Page {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }

    /** @return the TITLE block, if the page has one */
    public Optional<Block> title() {
        return blocks.stream().filter(b -> b.type() == BlockType.TITLE).findFirst();
    }

    /** @return the text of the title, else of the first heading; empty when the page has neither */
    public Optional<String> titleOrFirstHeading() {
        return title().or(() -> blocks.stream().filter(b -> b.type() == BlockType.HEADING).findFirst())
                .map(Block::text);
    }

    /**
     * The blocks of some types.
     *
     * @param type the first type
     * @param more further types
     * @return the blocks of those types, in document order
     */
    public List<Block> blocks(BlockType type, BlockType... more) {
        List<BlockType> types = new java.util.ArrayList<>(List.of(more));
        types.add(type);
        return blocks.stream().filter(b -> types.contains(b.type())).toList();
    }

    /** @return the number of blocks */
    public int size() {
        return blocks.size();
    }

    /**
     * A page with the same text and other blocks (e.g. the content blocks only).
     *
     * @param kept the blocks
     * @return the new page
     */
    public Page with(List<Block> kept) {
        return new Page(text, kept);
    }

    /** @return one line per block, {@code TYPE@start-end: text}, for debugging and tests */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        blocks.forEach(b -> sb.append(b).append('\n'));
        return sb.toString();
    }
}

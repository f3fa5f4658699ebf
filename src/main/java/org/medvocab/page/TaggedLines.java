package org.medvocab.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the page of a document whose renderer tagged each line it wrote (HTML, Markdown): one
 * block per tagged non-blank line, offsets into the rendered text. A line tagged as a paragraph is
 * still looked at for the shapes only its text shows (a separator, an attribution, a sense number,
 * a label/value row, an "[edit]" suffix).
 */
public final class TaggedLines {
    private TaggedLines() {}

    /**
     * @param text the rendered document text (lines separated by LF)
     * @param tags one tag per line of {@code text} (null for blank or untagged lines)
     * @return the page; the plain-text segmentation of {@code text} when the tags do not fit its lines
     */
    public static Page page(String text, List<LineTag> tags) {
        String[] lines = text.split("\n", -1);
        if (tags.size() < countNonTrailing(lines)) {
            return PlainTextSegmenter.segment(text);
        }
        List<Block> blocks = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            LineTag tag = i < tags.size() ? tags.get(i) : null;
            if (tag != null && !line.isBlank()) {
                blocks.add(block(line, pos, tag));
            }
            pos += line.length() + 1;
        }
        return new Page(text, blocks);
    }

    /**
     * The tags of a rendering laid out as "title line, blank line, body" (HTML and Markdown).
     *
     * @param hasTitle whether the rendering starts with a title line
     * @param hasBody whether a body follows (then a blank line separates it from the title)
     * @param bodyTags the tags of the body lines
     * @return the tags of every line
     */
    public static List<LineTag> withTitleLine(boolean hasTitle, boolean hasBody, List<LineTag> bodyTags) {
        List<LineTag> out = new ArrayList<>();
        if (hasTitle) {
            out.add(LineTag.of(BlockType.TITLE, Double.NaN));
            if (hasBody) {
                out.add(null);
            }
        }
        out.addAll(bodyTags);
        return out;
    }

    private static int countNonTrailing(String[] lines) {
        int n = lines.length;
        while (n > 0 && lines[n - 1].isEmpty()) {
            n--;
        }
        return n;
    }

    private static Block block(String line, int lineStart, LineTag tag) {
        int from = line.length() - line.stripLeading().length();
        if (!tag.prefix().isEmpty() && line.startsWith(tag.prefix(), from)) {
            from += tag.prefix().length();
        }
        int to = line.stripTrailing().length();
        String content = line.substring(from, Math.max(from, to));
        if (tag.type() == BlockType.PARAGRAPH) {
            LineShape shape = LineShape.of(content);
            if (refines(shape)) {
                return Block.of(shape.type(), shape.level(), content.substring(shape.from(), shape.to()),
                        lineStart + from + shape.from(), shape.depth(), shape.marker(), shape.label(),
                        tag.linkDensity());
            }
        }
        return Block.of(tag.type(), tag.level(), content, lineStart + from, tag.depth(), tag.marker(), tag.label(),
                tag.linkDensity());
    }

    private static boolean refines(LineShape shape) {
        return switch (shape.type()) {
            case SEPARATOR, ATTRIBUTION, NUMBERED_ITEM, HEADING -> true;
            case INFOBOX_ROW -> !shape.weak();
            default -> false;
        };
    }
}

package org.medvocab.page;

import java.util.Locale;

/**
 * Removes raw wiki markup from a text while keeping, for every character kept, its offset in the
 * original: templates {@code {{...}}} (nested), comments, {@code <ref>} footnotes, file and category
 * links and simple formatting tags are dropped; {@code [[target|text]]} and {@code [[text]]} keep
 * their text, {@code [url text]} keeps its text, bold and italic quotes ({@code ''}, {@code '''}) go.
 * Headings ({@code == S ==}) and list markers are left for the line classifier.
 */
public final class WikiMarkup {
    private WikiMarkup() {}

    /**
     * A text as a reader sees it once its wiki markup is gone, and for each of its characters the offset in the original.
     *
     * @param text the text without markup
     * @param sourceOffsets for each character of {@code text}, its offset in the original text
     */
    public record Readable(String text, int[] sourceOffsets) {
        /** @return the original offset where the readable range {@code [start, end)} begins */
        public int sourceStart(int start) {
            return sourceOffsets.length == 0 ? 0 : sourceOffsets[Math.max(0, Math.min(start, sourceOffsets.length - 1))];
        }

        /** @return the original offset just after the readable range that ends before {@code end} */
        public int sourceEnd(int end) {
            return end <= 0 || sourceOffsets.length == 0 ? sourceStart(0) : sourceOffsets[Math.min(end, sourceOffsets.length) - 1] + 1;
        }
    }

    /**
     * @param text an original text
     * @return the text without its wiki markup, or empty when it has none (the text reads as it is written)
     */
    public static java.util.Optional<Readable> readable(String text) {
        if (!looksMarked(text)) return java.util.Optional.empty();
        MappedText stripped = strip(text);
        return stripped.toString().equals(text) ? java.util.Optional.empty()
            : java.util.Optional.of(new Readable(stripped.toString(), stripped.offsets()));
    }

    private static final String[] DROPPED_LINKS = {"file:", "image:", "category:", "media:"};
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "(?i)</?(?:small|big|sup|sub|br|span|div|nowiki|center|s|u|i|b|em|strong|references)\\b[^<>]{0,200}?/?>");

    /**
     * @param text the original text
     * @return the text without wiki markup, mapped to the original offsets
     */
    static MappedText strip(String text) {
        MappedText out = new MappedText();
        if (!looksMarked(text)) {
            return out.append(text, 0, text.length(), 0);
        }
        int i = 0;
        while (i < text.length()) {
            i = step(text, i, out);
        }
        return out;
    }

    private static boolean looksMarked(String text) {
        return text.contains("{{") || text.contains("[[") || text.contains("''") || text.contains("<")
                || text.contains("[http");
    }

    /** Handles the construct starting at {@code i}; returns the position after it. */
    private static int step(String text, int i, MappedText out) {
        if (text.startsWith("{{", i)) {
            return skipBalanced(text, i, "{{", "}}");
        }
        if (text.startsWith("<!--", i)) {
            int end = text.indexOf("-->", i + 4);
            return end < 0 ? text.length() : end + 3;
        }
        if (regionMatches(text, i, "<ref")) {
            return skipRef(text, i);
        }
        if (text.startsWith("[[", i)) {
            return link(text, i, out);
        }
        if (regionMatches(text, i, "[http")) {
            int close = text.indexOf(']', i);
            int space = text.indexOf(' ', i);
            if (close > 0 && space > 0 && space < close && text.indexOf('\n', i) > close) {
                out.append(text, space + 1, close, 0);
                return close + 1;
            }
        }
        if (text.startsWith("''", i)) {
            int j = i;
            while (j < text.length() && text.charAt(j) == '\'') {
                j++;
            }
            return j;
        }
        if (text.charAt(i) == '<') {
            var m = TAG.matcher(text).region(i, Math.min(text.length(), i + 220));
            if (m.lookingAt()) {
                return m.end();
            }
        }
        out.append(text.charAt(i), i);
        return i + 1;
    }

    private static boolean regionMatches(String text, int i, String prefix) {
        return text.regionMatches(true, i, prefix, 0, prefix.length());
    }

    private static int skipBalanced(String text, int i, String open, String close) {
        int depth = 0;
        int j = i;
        while (j < text.length()) {
            if (text.startsWith(open, j)) {
                depth++;
                j += open.length();
            } else if (text.startsWith(close, j)) {
                depth--;
                j += close.length();
                if (depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return text.length();
    }

    private static int skipRef(String text, int i) {
        int gt = text.indexOf('>', i);
        if (gt < 0) {
            return text.length();
        }
        if (text.charAt(gt - 1) == '/') {
            return gt + 1;
        }
        int end = text.toLowerCase(Locale.ROOT).indexOf("</ref>", gt);
        return end < 0 ? gt + 1 : end + "</ref>".length();
    }

    /** {@code [[target|text]]} keeps its text, {@code [[File:...]]} and categories go. */
    private static int link(String text, int i, MappedText out) {
        int end = skipBalanced(text, i, "[[", "]]");
        String inner = text.substring(i + 2, Math.max(i + 2, end - 2)).toLowerCase(Locale.ROOT).stripLeading();
        for (String dropped : DROPPED_LINKS) {
            if (inner.startsWith(dropped)) {
                return end;
            }
        }
        int innerEnd = end - 2;
        int bar = text.lastIndexOf('|', innerEnd - 1);
        int from = bar > i + 1 ? bar + 1 : i + 2;
        int k = from;
        while (k < innerEnd) {
            k = step(text, k, out); // nested formatting inside the label
        }
        return end;
    }
}

package org.medvocab.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds the text of a document before language processing, so that its cost is linear in its size whatever its
 * shape:
 * <ul>
 *   <li>control characters (other than line feed and tab), bidirectional formatting characters and U+FFFD are removed
 *       (an entity such as {@code &#0;} decodes to one; labels must not carry them);</li>
 *   <li>a run of non-space characters longer than {@link #MAX_TOKEN} is not a word, let alone a term: it becomes one
 *       space;</li>
 *   <li>a line longer than {@link #MAX_LINE} is cut at sentence ends or spaces into lines of at most that length.</li>
 * </ul>
 * Character offsets of evidence refer to the bounded text, which is what the extractor reads.
 */
public final class TextBounds {
    private TextBounds() {}

    /** Longest token kept, in characters. */
    public static final int MAX_TOKEN = 300;
    /** Longest line passed on, in characters. */
    public static final int MAX_LINE = 2_000;

    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\uFFFD]");
    private static final Pattern LONG_TOKEN = Pattern.compile("\\S{" + (MAX_TOKEN + 1) + ",}");

    /** The document with its text bounded (the same document when nothing changes). */
    public static SourceDocument apply(SourceDocument doc) {
        String text = bound(doc.text());
        String title = doc.title() == null ? null : bound(doc.title()).replace('\n', ' ').strip();
        if (text.equals(doc.text()) && java.util.Objects.equals(title, doc.title())) return doc;
        return new SourceDocument(doc.id(), doc.path(), doc.format(), text, doc.sha256(), title == null || title.isEmpty() ? null : title);
    }

    /** {@code text} cleaned and cut as described above. */
    public static String bound(String text) {
        String clean = INVISIBLE.matcher(text).replaceAll("");
        Matcher m = LONG_TOKEN.matcher(clean);
        if (m.find()) clean = m.replaceAll(" ");
        return cutLines(clean);
    }

    private static String cutLines(String text) {
        StringBuilder out = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (end - start > MAX_LINE) {
                if (out == null) out = new StringBuilder(text.length() + 64).append(text, 0, start);
                cut(text, start, end, out);
            } else if (out != null) {
                out.append(text, start, end);
            }
            if (end < text.length() && out != null) out.append('\n');
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }

    /** Appends {@code text[start, end)} in pieces of at most MAX_LINE characters, cut after a sentence end or at a space. */
    private static void cut(String text, int start, int end, StringBuilder out) {
        int s = start;
        while (end - s > MAX_LINE) {
            int limit = s + MAX_LINE;
            int at = -1;
            for (int i = limit - 1; i > s + MAX_LINE / 2 && at < 0; i--) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?' || c == ';') && Character.isWhitespace(text.charAt(i + 1))) at = i + 1;
            }
            if (at < 0) at = text.lastIndexOf(' ', limit);
            if (at <= s) at = limit;
            out.append(text, s, at).append('\n');
            s = at;
            while (s < end && text.charAt(s) == ' ') s++;
        }
        out.append(text, s, end);
    }
}

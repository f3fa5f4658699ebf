package org.medvocab.page;

import java.util.Arrays;

/**
 * Text built piece by piece, remembering for each character the offset in the source text it came
 * from, so that cleaned-up text (markup removed, lines joined, hyphens dropped) still maps back.
 */
final class MappedText {
    private final StringBuilder text = new StringBuilder();
    private int[] map = new int[64];

    /** Appends one character taken from {@code source} offset {@code at}. */
    MappedText append(char c, int at) {
        if (text.length() == map.length) {
            map = Arrays.copyOf(map, map.length * 2);
        }
        map[text.length()] = at;
        text.append(c);
        return this;
    }

    /** Appends {@code source[from, to)} with its own offsets shifted by {@code base}. */
    MappedText append(CharSequence source, int from, int to, int base) {
        for (int i = from; i < to; i++) {
            append(source.charAt(i), base + i);
        }
        return this;
    }

    /** Appends a character of another mapped text, keeping its source offset. */
    MappedText append(MappedText other, int i) {
        return append(other.text.charAt(i), other.map[i]);
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** @return the source offset of character {@code i} */
    int at(int i) {
        return map[i];
    }

    boolean endsWith(char c) {
        return text.length() > 0 && text.charAt(text.length() - 1) == c;
    }

    void trimEnd() {
        while (text.length() > 0 && Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.setLength(text.length() - 1);
        }
    }

    void setLength(int n) {
        text.setLength(n);
    }

    /** The characters {@code [from, to)} as a new mapped text. */
    MappedText sub(int from, int to) {
        MappedText out = new MappedText();
        for (int i = from; i < to; i++) {
            out.append(this, i);
        }
        return out;
    }

    /** @return the last {@code n} characters (all when shorter) */
    String tail(int n) {
        return text.substring(Math.max(0, text.length() - n));
    }

    @Override
    public String toString() {
        return text.toString();
    }

    int[] offsets() {
        return Arrays.copyOf(map, text.length());
    }
}

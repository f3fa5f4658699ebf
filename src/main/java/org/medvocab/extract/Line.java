package org.medvocab.extract;

import java.util.ArrayList;
import java.util.List;

/** One line of a document with its character offset; {@code text} is stripped of surrounding blanks. */
public record Line(String text, int start, int end) {
    public boolean blank() { return text.isEmpty(); }

    /** The document cut into lines; offsets point into {@code doc}. */
    public static List<Line> split(String doc) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        while (pos <= doc.length()) {
            int nl = doc.indexOf('\n', pos);
            int end = nl < 0 ? doc.length() : nl;
            String raw = doc.substring(pos, end);
            int lead = 0;
            while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) lead++;
            String t = raw.strip();
            out.add(new Line(t, pos + lead, pos + lead + t.length()));
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }
}

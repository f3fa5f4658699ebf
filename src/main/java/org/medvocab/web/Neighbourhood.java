package org.medvocab.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.medvocab.web.Model.Concept;
import org.medvocab.web.Model.Ref;
import org.medvocab.web.Model.Relation;

/**
 * A small picture of a concept's neighbourhood, drawn on the server as SVG: broader concepts in the row above, the
 * concept in the middle, narrower concepts below, and the targets of domain relations in the bottom row with the
 * relation's name on the edge. Every node is a link; every text is escaped.
 */
final class Neighbourhood {
    private Neighbourhood() {}

    static final int WIDTH = 720;
    private static final int ROW = 90;
    private static final int BOX_H = 28;
    private static final int MAX_PER_ROW = 6;
    private static final int MAX_CHARS = 22;

    private record Box(Ref ref, String caption, int x, int y, int w, String css) {}

    static String svg(Concept c) {
        List<Ref> related = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (Relation r : c.relations()) {
            for (Ref t : r.targets()) {
                related.add(t);
                captions.add(r.property().label());
            }
        }
        int rows = 2 + (c.narrower().isEmpty() ? 0 : 1) + (related.isEmpty() ? 0 : 1);
        int height = rows * ROW;
        List<Box> boxes = new ArrayList<>();
        int y = 20;
        row(boxes, c.broader(), null, y, "up");
        int centreY = y + ROW;
        boxes.add(box(c.ref(), null, WIDTH / 2, centreY, "self"));
        int next = centreY + ROW;
        if (!c.narrower().isEmpty()) {
            row(boxes, c.narrower(), null, next, "down");
            next += ROW;
        }
        if (!related.isEmpty()) row(boxes, related, captions, next, "rel");
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-labelledby=\"nb-title\" class=\"nb\">",
            WIDTH, height));
        b.append("<title id=\"nb-title\">Neighbourhood of ").append(Html.esc(c.ref().label())).append("</title>");
        Box self = boxes.stream().filter(x -> x.css().equals("self")).findFirst().orElseThrow();
        for (Box x : boxes) if (x != self) edge(b, self, x);
        for (Box x : boxes) node(b, x);
        return b.append("</svg>").toString();
    }

    private static void row(List<Box> boxes, List<Ref> refs, List<String> captions, int y, String css) {
        int n = Math.min(refs.size(), MAX_PER_ROW);
        boolean more = refs.size() > MAX_PER_ROW;
        int slots = n + (more ? 1 : 0);
        for (int i = 0; i < n; i++) {
            int x = WIDTH * (2 * i + 1) / (2 * slots);
            boxes.add(box(refs.get(i), captions == null ? null : captions.get(i), x, y, css));
        }
        if (more) boxes.add(new Box(new Ref("", "+" + (refs.size() - n) + " more", ""), null, WIDTH * (2 * n + 1) / (2 * slots) - 45, y, 90, css + " more"));
    }

    private static Box box(Ref ref, String caption, int centreX, int y, String css) {
        int w = Math.min(MAX_CHARS, ref.label().length()) * 7 + 20;
        return new Box(ref, caption, centreX - w / 2, y, w, css);
    }

    private static void edge(StringBuilder b, Box from, Box to) {
        int x1 = from.x() + from.w() / 2;
        int y1 = to.y() < from.y() ? from.y() : from.y() + BOX_H;
        int x2 = to.x() + to.w() / 2;
        int y2 = to.y() < from.y() ? to.y() + BOX_H : to.y();
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"e %s\"/>", x1, y1, x2, y2, to.css()));
        if (to.caption() != null) {
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"cap\" text-anchor=\"middle\">%s</text>",
                (x1 + x2) / 2, (y1 + y2) / 2, Html.esc(to.caption())));
        }
    }

    private static void node(StringBuilder b, Box x) {
        String label = x.ref().label().length() > MAX_CHARS ? x.ref().label().substring(0, MAX_CHARS - 1) + "…" : x.ref().label();
        boolean link = !x.ref().href().isEmpty() && !x.css().equals("self");
        if (link) b.append("<a href=\"").append(Html.esc(x.ref().href())).append("\">");
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" class=\"n %s\"/>", x.x(), x.y(), x.w(), BOX_H, x.css()));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"t\">%s</text>",
            x.x() + x.w() / 2, x.y() + 19, Html.esc(label)));
        if (link) b.append("<title>").append(Html.esc(x.ref().label())).append("</title></a>");
    }
}

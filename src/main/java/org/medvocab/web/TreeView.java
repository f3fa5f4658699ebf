package org.medvocab.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.medvocab.web.Model.Ref;

/**
 * The hierarchy as nested {@code <details>} elements, which open and close without JavaScript: the top concepts with
 * their narrower concepts, and the branch down to a focus concept opened. Branches not drawn carry a link that opens
 * the tree at them (and, with JavaScript, are filled from {@code /api/children} when opened).
 */
final class TreeView {

    /** Levels drawn below each top concept, besides the path to the focus. */
    private static final int DEPTH = 1;

    private final VocabularyView view;

    TreeView(VocabularyView view) {
        this.view = view;
    }

    String html(Node focus) {
        return view.read(() -> {
            Set<String> open = new HashSet<>();
            if (focus != null) for (Ref r : view.pathToTop(focus)) open.add(r.iri());
            StringBuilder b = new StringBuilder("<ul class=\"tree-root\">");
            for (Ref top : view.topConcepts()) node(b, top, 0, open, focus == null ? null : focus.getURI(), new HashSet<>());
            return b.append("</ul>").toString();
        });
    }

    private void node(StringBuilder b, Ref r, int depth, Set<String> open, String focus, Set<String> seen) {
        boolean isFocus = r.iri().equals(focus);
        b.append(isFocus ? "<li id=\"node-focus\" aria-current=\"true\">" : "<li>");
        List<Ref> children = seen.add(r.iri()) ? view.children(NodeFactory.createURI(r.iri())) : List.of();
        String link = "<a href=\"" + Html.esc(r.href()) + "\">" + Html.esc(r.label()) + "</a>";
        if (children.isEmpty()) {
            b.append(link).append("</li>");
            return;
        }
        boolean onPath = open.contains(r.iri());
        boolean draw = depth < DEPTH || open.contains(r.iri());
        String enc = URLEncoder.encode(r.iri(), StandardCharsets.UTF_8);
        b.append("<details").append(onPath ? " open" : "").append(draw ? "" : " data-children=\"/api/children?iri=" + enc + "\"").append(">");
        b.append("<summary>").append(link).append(" <span class=\"n\">(").append(children.size()).append(")</span></summary><ul>");
        if (draw) {
            for (Ref c : children) node(b, c, depth + 1, open, focus, seen);
        } else {
            b.append("<li class=\"more\"><a href=\"/tree?focus=").append(enc).append("#node-focus\">Show the ")
                .append(children.size()).append(" narrower concepts</a></li>");
        }
        b.append("</ul></details></li>");
    }
}

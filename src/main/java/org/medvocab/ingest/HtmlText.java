package org.medvocab.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML document rendered to the plain-text layout of the .txt sources: the title as the first
 * line, then one block per line with a blank line after each paragraph, each heading on a line of
 * its own, list items as {@code "- "} lines and table rows as cells joined by {@code " | "}.
 *
 * <p>Page furniture is dropped before rendering: scripts, styles, navigation, headers, footers,
 * asides, forms, embedded frames and graphics, buttons, hidden elements, citation markers
 * ({@code sup.reference}) and elements whose class or id names a navbox, sidebar, edit-section
 * link, table of contents, footer, advert or cookie banner.
 */
public final class HtmlText {
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "nav", "header", "footer",
            "aside", "form", "noscript", "iframe", "svg", "button", "template", "input", "select", "textarea",
            "object", "embed", "canvas");
    /** Class/id fragments marking page furniture; matched as substrings. */
    private static final List<String> DROPPED_MARKERS = List.of("navbox", "sidebar", "mw-editsection",
            "footer", "advert", "cookie");
    /** Matched as a whole word of a class or id only: as a substring it would hit "photocoagulation". */
    private static final String TOC = "toc";
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^a-z0-9]+");
    /** Never dropped, whatever their class says ({@code <body class="has-sidebar">}). */
    private static final Set<String> KEPT_TAGS = Set.of("html", "head", "body", "main");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "blockquote", "dd", "dt", "pre",
            "figcaption", "caption", "address", "summary");
    private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "dl", "menu");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final String title;
    private final String body;

    private HtmlText(String title, String body) {
        this.title = title;
        this.body = body;
    }

    /**
     * Renders an HTML document.
     *
     * @param html the HTML source
     * @return the rendering
     */
    public static HtmlText render(String html) {
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        dropFurniture(doc);
        Renderer renderer = new Renderer(title);
        NodeTraversor.filter(renderer, doc.body());
        return new HtmlText(title, renderer.finish());
    }

    /** @return the text of the first {@code <h1>}, else the {@code <title>}; null if neither has text */
    public String title() {
        return title;
    }

    /** @return the rendered body, without the title line; empty if the page has no text */
    public String body() {
        return body;
    }

    /** @return the title line, a blank line and the body (or whichever of the two is present) */
    public String text() {
        if (title == null) {
            return body;
        }
        return body.isEmpty() ? title + "\n" : title + "\n\n" + body;
    }

    /** The first non-empty h1 outside page furniture (a page header counts as content here), else the title. */
    private static String title(Document doc) {
        for (Element h1 : doc.select("h1")) {
            String text = collapse(h1.text());
            if (!text.isEmpty() && h1.parents().stream().noneMatch(p -> isFurniture(p) && !p.nameIs("header"))) {
                return text;
            }
        }
        String title = collapse(doc.title());
        return title.isEmpty() ? null : title;
    }

    private static void dropFurniture(Document doc) {
        for (Element el : doc.getAllElements()) {
            if (el.parent() != null && isFurniture(el)) {
                el.remove();
            }
        }
    }

    private static boolean isFurniture(Element el) {
        String tag = el.normalName();
        if (KEPT_TAGS.contains(tag)) {
            return false;
        }
        if (DROPPED_TAGS.contains(tag)
                || el.hasAttr("hidden")
                || el.attr("role").equalsIgnoreCase("navigation")
                || (tag.equals("sup") && el.hasClass("reference"))
                || el.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        return isFurnitureName(el.className()) || isFurnitureName(el.id());
    }

    private static boolean isFurnitureName(String classOrId) {
        if (classOrId.isEmpty()) {
            return false;
        }
        String name = classOrId.toLowerCase(Locale.ROOT);
        return DROPPED_MARKERS.stream().anyMatch(name::contains)
                || WORD_SEPARATOR.splitAsStream(name).anyMatch(TOC::equals);
    }

    /** Walks the cleaned body in document order, collecting output lines ("" is a blank line). */
    private static final class Renderer implements NodeFilter {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder inline = new StringBuilder();
        private String titleToSkip;
        private String prefix = "";
        private int listItemDepth;

        Renderer(String title) {
            this.titleToSkip = title;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                inline.append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctype, script data
            }
            String tag = el.normalName();
            if (tag.equals("br")) {
                flushLine();
            } else if (HEADING_TAGS.contains(tag)) {
                heading(el);
                return FilterResult.SKIP_CHILDREN;
            } else if (tag.equals("tr")) {
                row(el);
                return FilterResult.SKIP_CHILDREN;
            } else if (tag.equals("pre")) {
                preformatted(el);
                return FilterResult.SKIP_CHILDREN;
            } else if (tag.equals("li")) {
                flushLine();
                listItemDepth++;
                prefix = "- ";
            } else if (PARAGRAPH_TAGS.contains(tag) || LIST_TAGS.contains(tag) || tag.equals("table")) {
                flushLine();
                blankUnlessInListItem();
            } else if (tag.equals("hr")) {
                flushLine();
                blank();
            } else if (el.isBlock()) {
                flushLine();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("li")) {
                    flushLine();
                    prefix = "";
                    listItemDepth--;
                } else if (PARAGRAPH_TAGS.contains(tag) || LIST_TAGS.contains(tag) || tag.equals("table")) {
                    flushLine();
                    blankUnlessInListItem();
                } else if (el.isBlock()) {
                    flushLine();
                }
            }
            return FilterResult.CONTINUE;
        }

        private void heading(Element el) {
            flushLine();
            String text = collapse(el.text());
            if (el.nameIs("h1") && titleToSkip != null && text.equalsIgnoreCase(titleToSkip)) {
                titleToSkip = null; // the title is already the first line
                return;
            }
            if (!text.isEmpty()) {
                blank();
                lines.add(text);
                blank();
            }
        }

        private void row(Element tr) {
            flushLine();
            String cells = tr.children().stream()
                    .filter(cell -> cell.nameIs("td") || cell.nameIs("th"))
                    .map(cell -> collapse(cell.text()))
                    .filter(cell -> !cell.isEmpty())
                    .collect(Collectors.joining(" | "));
            if (!cells.isEmpty()) {
                lines.add(cells);
            }
        }

        /** Preformatted text keeps its line breaks; spaces within each line are still collapsed. */
        private void preformatted(Element pre) {
            flushLine();
            blankUnlessInListItem();
            pre.wholeText().lines().map(HtmlText::collapse).filter(l -> !l.isEmpty()).forEach(lines::add);
            blankUnlessInListItem();
        }

        private void flushLine() {
            String text = collapse(inline);
            inline.setLength(0);
            if (!text.isEmpty()) {
                lines.add(prefix + text);
                prefix = "";
            }
        }

        private void blankUnlessInListItem() {
            if (listItemDepth == 0) {
                blank();
            }
        }

        private void blank() {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                lines.add("");
            }
        }

        String finish() {
            flushLine();
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        }
    }

    /** Collapses runs of whitespace (non-breaking spaces included) to one space and trims. */
    private static String collapse(CharSequence s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}

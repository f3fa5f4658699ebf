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
import org.medvocab.page.BlockType;
import org.medvocab.page.LineTag;
import org.medvocab.page.TaggedLines;

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
    private final List<LineTag> bodyTags;

    private HtmlText(String title, String body, List<LineTag> bodyTags) {
        this.title = title;
        this.body = body;
        this.bodyTags = bodyTags;
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
        String body = renderer.finish();
        return new HtmlText(title, body, java.util.Collections.unmodifiableList(new ArrayList<>(renderer.tags)));
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

    /**
     * What each line of {@link #text()} is: one entry per line (null for blank lines), in the order
     * of the lines; the title line is a TITLE, list items carry their depth and {@code "- "} prefix.
     *
     * @return the line tags
     */
    public List<LineTag> lineTags() {
        return TaggedLines.withTitleLine(title != null, !body.isEmpty(), bodyTags);
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
        /** One tag per entry of {@code lines}; null for blank lines. */
        private final List<LineTag> tags = new ArrayList<>();
        private final StringBuilder inline = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private LineTag itemTag;
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
                if (linkDepth > 0) {
                    linkChars += text.getWholeText().strip().length();
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctype, script data
            }
            String tag = el.normalName();
            if (tag.equals("a")) {
                linkDepth++;
            }
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
                itemTag = itemTag(el);
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
                if (tag.equals("a")) {
                    linkDepth--;
                }
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
                add(text, LineTag.heading(el.normalName().charAt(1) - '0', linkDensity(el, text)));
                blank();
            }
        }

        private void row(Element tr) {
            flushLine();
            List<Element> cellElements = tr.children().stream()
                    .filter(cell -> (cell.nameIs("td") || cell.nameIs("th")) && !collapse(cell.text()).isEmpty())
                    .toList();
            String cells = tr.children().stream()
                    .filter(cell -> cell.nameIs("td") || cell.nameIs("th"))
                    .map(cell -> collapse(cell.text()))
                    .filter(cell -> !cell.isEmpty())
                    .collect(Collectors.joining(" | "));
            if (!cells.isEmpty()) {
                boolean labelled = cellElements.size() == 2 && cellElements.get(0).nameIs("th");
                LineTag rowTag = labelled
                        ? new LineTag(BlockType.INFOBOX_ROW, 0, 0, "", null, collapse(cellElements.get(0).text()),
                                linkDensity(tr, cells))
                        : LineTag.of(BlockType.TABLE_ROW, linkDensity(tr, cells));
                add(cells, rowTag);
            }
        }

        /** Preformatted text keeps its line breaks; spaces within each line are still collapsed. */
        private void preformatted(Element pre) {
            flushLine();
            blankUnlessInListItem();
            pre.wholeText().lines().map(HtmlText::collapse).filter(l -> !l.isEmpty())
                    .forEach(l -> add(l, LineTag.of(BlockType.PARAGRAPH, Double.NaN)));
            blankUnlessInListItem();
        }

        private void flushLine() {
            String text = collapse(inline);
            inline.setLength(0);
            double density = text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
            linkChars = 0;
            if (!text.isEmpty()) {
                LineTag tag = prefix.isEmpty() || itemTag == null
                        ? LineTag.of(BlockType.PARAGRAPH, density)
                        : new LineTag(itemTag.type(), 0, itemTag.depth(), prefix, itemTag.marker(), null, density);
                add(prefix + text, tag);
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
                add("", null);
            }
        }

        private void add(String line, LineTag tag) {
            lines.add(line);
            tags.add(tag);
        }

        /** A list item's tag: numbered inside {@code <ol>}, with its position as marker; depth from nesting. */
        private LineTag itemTag(Element li) {
            Element list = li.parent();
            if (list != null && list.nameIs("ol")) {
                String marker = (li.elementSiblingIndex() + 1) + ".";
                return new LineTag(BlockType.NUMBERED_ITEM, 0, listItemDepth, "- ", marker, null, Double.NaN);
            }
            return new LineTag(BlockType.LIST_ITEM, 0, listItemDepth, "- ", null, null, Double.NaN);
        }

        private static double linkDensity(Element el, String text) {
            int linked = el.select("a").stream().mapToInt(a -> collapse(a.text()).length()).sum();
            return text.isEmpty() ? 0 : Math.min(1.0, linked / (double) text.length());
        }

        String finish() {
            flushLine();
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
                tags.remove(tags.size() - 1);
            }
            return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        }
    }

    /** Collapses runs of whitespace (non-breaking spaces included) to one space and trims. */
    private static String collapse(CharSequence s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}

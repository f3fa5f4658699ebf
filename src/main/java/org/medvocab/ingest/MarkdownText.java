package org.medvocab.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;
import org.medvocab.page.BlockType;
import org.medvocab.page.LineTag;
import org.medvocab.page.TaggedLines;

/**
 * A Markdown document rendered to the plain-text layout of the .txt sources, without a Markdown
 * library: the first level-1 heading ({@code "# Title"} or a {@code ===} setext heading) becomes
 * the title and first line; other headings become lines of their own (text only); paragraphs
 * become single lines separated by blank lines; bullet items ({@code -}, {@code *}, {@code +})
 * become {@code "- "} lines and numbered items keep their number ({@code "1. "}), since
 * dictionary senses are numbered; pipe-table rows become cells joined by {@code " | "}.
 *
 * <p>Inline markup is reduced to its text: emphasis, strike-through and code-span markers are
 * removed, links keep their text, images, HTML comments and common inline HTML tags are removed,
 * backslash escapes and HTML entities are resolved. Block quotes lose their {@code >} markers,
 * fenced code keeps its lines, YAML front matter and link reference definitions are dropped.
 */
public final class MarkdownText {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);
    private static final Pattern ATX_HEADING =
            Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_1 = Pattern.compile("^ {0,3}=+[ \\t]*$");
    private static final Pattern SETEXT_2 = Pattern.compile("^ {0,3}-+[ \\t]*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern BLOCKQUOTE = Pattern.compile("^ {0,3}> ?");
    private static final Pattern BULLET_ITEM = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\s*(\\d{1,9})[.)]\\s+(.*)$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern TABLE_DELIMITER =
            Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern FRONT_MATTER_KEY = Pattern.compile("^[\\w-]+\\s*:.*");

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)(?<!`)\\1(?!`)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    /** A link destination: no spaces, one level of balanced parentheses (Wikipedia-style URLs). */
    private static final String DESTINATION =
            "\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)";
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\](?:" + DESTINATION + "|\\[[^\\]]*\\])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\](?:" + DESTINATION + "|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK =
            Pattern.compile("<((?:https?|ftp|mailto):[^<>\\s]+|[^<>\\s@]+@[^<>\\s@]+\\.[^<>\\s@]+)>");
    private static final Pattern BREAK_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_TAG = Pattern.compile("</?(?:a|abbr|b|cite|code|del|div|em|font|i|img"
            + "|ins|kbd|mark|p|q|s|small|span|strong|sub|sup|u)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";
    private static final List<Pattern> EMPHASIS = List.of(
            Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*"),
            Pattern.compile(NOT_WORD_BEFORE + "__(?=\\S)(.+?)(?<=\\S)__" + NOT_WORD_AFTER),
            Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*"),
            Pattern.compile(NOT_WORD_BEFORE + "_(?=\\S)(.+?)(?<=\\S)_" + NOT_WORD_AFTER),
            Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~"));
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    /** Escaped punctuation is parked in the Private Use Area while markup is stripped. */
    private static final char ESCAPE_BASE = '\uE000';
    private static final char CODE_OPEN = '\uE100';
    private static final char CODE_CLOSE = '\uE101';
    private static final Pattern CODE_PLACEHOLDER = Pattern.compile(CODE_OPEN + "(\\d+)" + CODE_CLOSE);

    private final String title;
    private final String body;
    private final List<LineTag> bodyTags;

    private MarkdownText(String title, String body, List<LineTag> bodyTags) {
        this.title = title;
        this.body = body;
        this.bodyTags = bodyTags;
    }

    /**
     * Renders a Markdown document.
     *
     * @param markdown the Markdown source (line ends already normalised or not)
     * @return the rendering
     */
    public static MarkdownText render(String markdown) {
        return new Renderer().render(markdown);
    }

    /** @return the text of the first level-1 heading, or null if there is none */
    public String title() {
        return title;
    }

    /** @return the rendered document without the title line */
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
     * What each line of {@link #text()} is: one entry per line (null for blank lines); the title
     * line is a TITLE, list items carry their depth, prefix and number.
     *
     * @return the line tags
     */
    public List<LineTag> lineTags() {
        return TaggedLines.withTitleLine(title != null, !body.isEmpty(), bodyTags);
    }

    /**
     * Reduces one paragraph's inline Markdown to plain text. Hard line breaks ({@code "\n"}) are
     * kept; runs of spaces become one space.
     */
    static String inline(String source) {
        List<String> codes = new ArrayList<>();
        String s = replace(CODE_SPAN, source, m -> {
            codes.add(m.group(2).strip());
            return CODE_OPEN + String.valueOf(codes.size() - 1) + CODE_CLOSE;
        });
        s = replace(ESCAPE, s, m -> String.valueOf((char) (ESCAPE_BASE + m.group(1).charAt(0))));
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = BREAK_TAG.matcher(s).replaceAll("\n");
        s = INLINE_TAG.matcher(s).replaceAll("");
        for (Pattern emphasis : EMPHASIS) {
            s = emphasis.matcher(s).replaceAll("$1");
        }
        s = Parser.unescapeEntities(s, false);
        StringBuilder restored = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            restored.append(c >= ESCAPE_BASE && c < ESCAPE_BASE + 0x80 ? (char) (c - ESCAPE_BASE) : c);
        }
        s = replace(CODE_PLACEHOLDER, restored.toString(), m -> codes.get(Integer.parseInt(m.group(1))));
        return s.lines()
                .map(line -> SPACES.matcher(line).replaceAll(" ").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static String replace(Pattern pattern, String s, Function<MatchResult, String> replacement) {
        return pattern.matcher(s).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }

    /** Line-by-line block parser; output lines use "" for a blank line. */
    private static final class Renderer {
        private final List<String> lines = new ArrayList<>();
        /** One tag per entry of {@code lines}; null for blank lines. */
        private final List<LineTag> tags = new ArrayList<>();
        /** List depth of the open item (1 = top level). */
        private int itemDepth;
        /** Source lines of the open paragraph or list item. */
        private final List<String> block = new ArrayList<>();
        /** Prefix of the open list item ("- ", "2. ", or "" for a continuation paragraph); null for a paragraph. */
        private String itemPrefix;
        private boolean inList;
        /** Whether the open list is numbered; a change of kind starts a new list. */
        private boolean numberedList;
        private boolean blankInList;
        private boolean inTable;
        private String fence;
        private String title;

        MarkdownText render(String markdown) {
            List<String> source = COMMENT.matcher(markdown).replaceAll("").lines().toList();
            for (String line : withoutFrontMatter(source)) {
                line(line);
            }
            closeBlocks();
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
                tags.remove(tags.size() - 1);
            }
            while (!lines.isEmpty() && lines.get(0).isEmpty()) {
                lines.remove(0);
                tags.remove(0);
            }
            return new MarkdownText(title, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", java.util.Collections.unmodifiableList(new ArrayList<>(tags)));
        }

        private static List<String> withoutFrontMatter(List<String> source) {
            if (source.size() > 2 && source.get(0).strip().equals("---")
                    && FRONT_MATTER_KEY.matcher(source.get(1)).matches()) {
                for (int i = 1; i < source.size(); i++) {
                    String line = source.get(i).strip();
                    if (line.equals("---") || line.equals("...")) {
                        return source.subList(i + 1, source.size());
                    }
                }
            }
            return source;
        }

        private void line(String raw) {
            if (fence != null) {
                codeLine(raw);
                return;
            }
            String line = raw;
            for (Matcher quote = BLOCKQUOTE.matcher(line); quote.lookingAt(); quote = BLOCKQUOTE.matcher(line)) {
                line = line.substring(quote.end());
            }
            Matcher m;
            if (line.isBlank()) {
                flushBlock();
                if (inList) {
                    blankInList = true;
                } else {
                    closeBlocks();
                }
            } else if ((m = FENCE.matcher(line)).lookingAt()) {
                closeBlocks();
                blank();
                fence = m.group(1);
            } else if ((m = ATX_HEADING.matcher(line)).matches()) {
                closeBlocks();
                heading(m.group(1).length(), m.group(2) == null ? "" : m.group(2));
            } else if (itemPrefix == null && !block.isEmpty() && SETEXT_1.matcher(line).matches()) {
                heading(1, takeBlock());
            } else if (itemPrefix == null && !block.isEmpty() && SETEXT_2.matcher(line).matches()) {
                heading(2, takeBlock());
            } else if (THEMATIC_BREAK.matcher(line).matches()) {
                closeBlocks();
            } else if (LINK_DEFINITION.matcher(line).matches()) {
                // reference-style link targets carry no text
            } else if (line.strip().startsWith("|")) {
                tableRow(line);
            } else if ((m = BULLET_ITEM.matcher(line)).matches()) {
                listItem(false, "- ", m.group(1), 1 + indent(line) / 2);
            } else if ((m = NUMBERED_ITEM.matcher(line)).matches()) {
                listItem(true, m.group(1) + ". ", m.group(2), 1 + indent(line) / 2);
            } else {
                textLine(line);
            }
        }

        private void codeLine(String raw) {
            String line = raw.strip();
            if (line.length() >= fence.length() && line.chars().allMatch(c -> c == fence.charAt(0))) {
                fence = null;
                blank();
            } else if (!line.isEmpty()) {
                add(SPACES.matcher(line).replaceAll(" "), LineTag.of(BlockType.PARAGRAPH, Double.NaN));
            }
        }

        private void heading(int level, String source) {
            String text = inline(source).replace('\n', ' ');
            if (text.isEmpty()) {
                return;
            }
            if (level == 1 && title == null) {
                title = text;
                return;
            }
            blank();
            add(text, LineTag.heading(level, Double.NaN));
            blank();
        }

        private void tableRow(String line) {
            if (!inTable) {
                closeBlocks();
                blank();
                inTable = true;
            }
            if (TABLE_DELIMITER.matcher(line).matches()) {
                return;
            }
            String row = line.strip().substring(1);
            if (row.endsWith("|") && !row.endsWith("\\|")) {
                row = row.substring(0, row.length() - 1);
            }
            String cells = CELL_SEPARATOR.splitAsStream(row)
                    .map(cell -> inline(cell).replace('\n', ' '))
                    .filter(cell -> !cell.isEmpty())
                    .collect(Collectors.joining(" | "));
            if (!cells.isEmpty()) {
                add(cells, LineTag.of(BlockType.TABLE_ROW, Double.NaN));
            }
        }

        private void listItem(boolean numbered, String prefix, String content, int depth) {
            flushBlock();
            itemDepth = depth;
            if (inTable || (inList && numbered != numberedList)) {
                closeBlocks();
            }
            if (!inList) {
                blank();
                inList = true;
                numberedList = numbered;
            }
            blankInList = false;
            itemPrefix = prefix;
            block.add(content);
        }

        private void textLine(String line) {
            if (inTable) {
                closeBlocks();
            }
            if (inList && blankInList) {
                if (Character.isWhitespace(line.charAt(0))) {
                    itemPrefix = ""; // an indented paragraph continuing the list item
                    blankInList = false;
                } else {
                    closeBlocks();
                }
            }
            block.add(line);
        }

        /** The open paragraph's source, removed so it can become a setext heading. */
        private String takeBlock() {
            String text = String.join(" ", block);
            block.clear();
            return text;
        }

        /** Emits the open paragraph or list item; a paragraph is followed by a blank line. */
        private void flushBlock() {
            if (block.isEmpty()) {
                return;
            }
            StringBuilder source = new StringBuilder();
            for (String line : block) {
                boolean hardBreak = line.endsWith("  ") || line.endsWith("\\");
                String text = line.strip();
                if (text.endsWith("\\")) {
                    text = text.substring(0, text.length() - 1);
                }
                source.append(text).append(hardBreak ? '\n' : ' ');
            }
            block.clear();
            String prefix = itemPrefix == null ? "" : itemPrefix;
            for (String line : inline(source.toString()).split("\n")) {
                if (!line.isEmpty()) {
                    add(prefix + line, itemTag(prefix));
                    prefix = "";
                }
            }
            if (itemPrefix == null) {
                blank();
            }
            itemPrefix = null;
        }

        /** Ends the open paragraph, list and table. */
        private void closeBlocks() {
            flushBlock();
            if (inList || inTable) {
                inList = false;
                blankInList = false;
                inTable = false;
                blank();
            }
        }

        private void add(String line, LineTag tag) {
            lines.add(line);
            tags.add(tag);
        }

        private static int indent(String line) {
            return line.length() - line.stripLeading().length();
        }

        /** "- " is a bulleted item, "3. " a numbered one, "" a paragraph. */
        private LineTag itemTag(String prefix) {
            if (prefix.isEmpty()) {
                return LineTag.of(BlockType.PARAGRAPH, Double.NaN);
            }
            if (prefix.equals("- ")) {
                return new LineTag(BlockType.LIST_ITEM, 0, itemDepth, prefix, null, null, Double.NaN);
            }
            return new LineTag(BlockType.NUMBERED_ITEM, 0, itemDepth, prefix, prefix.strip(), null, Double.NaN);
        }

        private void blank() {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                add("", null);
            }
        }
    }
}

package org.medvocab.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF document rendered with Apache PDFBox to the plain-text layout of the other sources.
 *
 * <p>PDFBox's text stripper finds lines and paragraphs (by line spacing and indentation). A
 * paragraph whose font is clearly larger than the body font (the size most characters are set in)
 * is a heading; a line starting with a bullet ({@code • ◦ ▪ – *}) starts a list item. Lines of a
 * paragraph are joined with a space (a line ending in a hyphen after a letter is joined without
 * one). The offset at which each page starts is kept, so evidence offsets map back to a page.
 */
final class PdfText {
    /** How much larger than the body font a paragraph must be to count as a heading. */
    private static final double HEADING_RATIO = 1.15;
    private static final int MAX_HEADING_CHARS = 120;
    private static final Pattern BULLET = Pattern.compile("^[\\u2022\\u25E6\\u25AA\\u2013\\u2043*\\-]\\s+");

    private PdfText() {}

    /** One line of the page as the stripper found it. */
    private record Line(String text, float fontSize, boolean paragraphStart, int page) {}

    /**
     * Renders a PDF.
     *
     * @param bytes the PDF file
     * @return the text, the title and the page offsets
     * @throws IOException if PDFBox cannot read the file (damaged, encrypted)
     */
    static Rendered render(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            LineCollector collector = new LineCollector();
            collector.getText(pdf);
            BlockText out = assemble(collector.lines, bodySize(collector.lines));
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            return new Rendered(out.text(), title == null || title.isBlank() ? out.firstHeading() : title,
                    out.pageStarts());
        }
    }

    /** Groups lines into blocks: a new block at a paragraph start, a bullet or a change of font role. */
    private static BlockText assemble(List<Line> lines, float body) {
        BlockText out = new BlockText();
        StringBuilder block = new StringBuilder();
        BlockText.Kind kind = BlockText.Kind.PARAGRAPH;
        int page = 0;
        for (Line line : lines) {
            boolean heading = line.fontSize() >= body * HEADING_RATIO && line.text().length() <= MAX_HEADING_CHARS;
            boolean bullet = BULLET.matcher(line.text()).find();
            BlockText.Kind lineKind = heading ? BlockText.Kind.HEADING
                    : bullet ? BlockText.Kind.LIST_ITEM : BlockText.Kind.PARAGRAPH;
            boolean continues = !line.paragraphStart() && !bullet && line.page() == page
                    && (lineKind == kind || kind == BlockText.Kind.LIST_ITEM && !heading);
            if (!continues) {
                out.add(kind, block.toString());
                block.setLength(0);
                kind = lineKind;
                for (; page < line.page(); page++) {
                    out.startPage();
                }
            }
            join(block, bullet ? BULLET.matcher(line.text()).replaceFirst("") : line.text());
        }
        out.add(kind, block.toString());
        return out;
    }

    private static void join(StringBuilder block, String line) {
        int n = block.length();
        boolean hyphen = n > 1 && block.charAt(n - 1) == '-' && Character.isLetter(block.charAt(n - 2));
        if (n > 0 && !hyphen) {
            block.append(' ');
        }
        block.append(line.strip());
    }

    /** The font size most characters are set in. */
    private static float bodySize(List<Line> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (Line l : lines) {
            chars.merge(l.fontSize(), l.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /** A text stripper that records lines with their largest font size instead of writing text. */
    private static final class LineCollector extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private float size;
        private boolean paragraphStart = true;

        LineCollector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) {
            paragraphStart = true;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            current.append(text);
            for (TextPosition p : positions) {
                size = Math.max(size, Math.round(p.getFontSizeInPt() * 10) / 10f);
            }
        }

        @Override
        protected void writeWordSeparator() {
            current.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flushLine();
        }

        @Override
        protected void writeParagraphEnd() {
            flushLine();
            paragraphStart = true;
        }

        @Override
        protected void endPage(PDPage page) {
            flushLine();
        }

        @Override
        public void writeText(PDDocument doc, Writer out) throws IOException {
            super.writeText(doc, Writer.nullWriter());
        }

        private void flushLine() {
            if (!current.toString().isBlank()) {
                lines.add(new Line(current.toString().strip(), size, paragraphStart, getCurrentPageNo()));
                paragraphStart = false;
            }
            current.setLength(0);
            size = 0;
        }
    }
}

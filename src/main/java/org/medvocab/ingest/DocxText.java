package org.medvocab.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * A Word {@code .docx} document rendered with Apache POI to the plain-text layout of the other
 * sources: paragraphs in a heading or title style are headings, numbered or bulleted paragraphs
 * are list items, table rows are cells joined by {@code " | "}. Page starts come from explicit
 * page breaks, "page break before" paragraphs and the page breaks Word recorded when it last laid
 * the document out ({@code w:lastRenderedPageBreak}); a break inside a paragraph counts from the
 * start of the next one.
 */
final class DocxText {
    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading ?\\d|title|subtitle)");
    private static final String RENDERED_BREAK = "declare namespace w='http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main' ./w:r/w:lastRenderedPageBreak";

    private DocxText() {}

    /**
     * Renders a Word document.
     *
     * @param bytes the .docx file
     * @return the text, the title and the page offsets
     * @throws IOException if POI cannot read the file
     */
    static Rendered render(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            BlockText out = new BlockText();
            out.startPage();
            boolean breakPending = false;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    if (breakPending || p.isPageBreak() || p.getCTP().selectPath(RENDERED_BREAK).length > 0) {
                        out.startPage();
                    }
                    out.add(kind(doc, p), p.getText());
                    breakPending = endsWithPageBreak(p);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        out.add(BlockText.Kind.PARAGRAPH, row.getTableCells().stream()
                                .map(XWPFTableCell::getText).map(String::strip).collect(Collectors.joining(" | ")));
                    }
                }
            }
            String title = doc.getProperties().getCoreProperties().getTitle();
            return new Rendered(out.text(), title == null || title.isBlank() ? out.firstHeading() : title.strip(),
                    out.pageStarts());
        } catch (POIXMLException | org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static BlockText.Kind kind(XWPFDocument doc, XWPFParagraph p) {
        if (p.getNumID() != null) {
            return BlockText.Kind.LIST_ITEM;
        }
        String id = p.getStyleID();
        if (id == null) {
            return BlockText.Kind.PARAGRAPH;
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        return HEADING_STYLE.matcher(name.toLowerCase(Locale.ROOT)).matches()
                || HEADING_STYLE.matcher(id.toLowerCase(Locale.ROOT)).matches()
                ? BlockText.Kind.HEADING : BlockText.Kind.PARAGRAPH;
    }

    private static boolean endsWithPageBreak(XWPFParagraph p) {
        List<XWPFRun> runs = p.getRuns();
        for (XWPFRun r : runs) {
            for (CTBr br : r.getCTR().getBrList()) {
                if (br.getType() == STBrType.PAGE) {
                    return true;
                }
            }
        }
        return false;
    }
}

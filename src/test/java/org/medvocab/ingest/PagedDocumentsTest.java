package org.medvocab.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.CliRun;

/** PDF and Word input, on small documents the tests write with PDFBox and POI. */
class PagedDocumentsTest {
    private static final String SUPPORTED = "(supported: plain text, HTML, Markdown, PDF, Word .docx)";
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    /** One line of a generated PDF page: font size and text. */
    private record PdfLine(float size, String text) {}

    static byte[] pdf(String title, List<List<PdfLine>> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (List<PdfLine> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 720;
                    for (PdfLine line : lines) {
                        if (line.text().isEmpty()) {
                            y -= 14;
                            continue;
                        }
                        cs.beginText();
                        cs.setFont(line.size() > 12 ? bold : regular, line.size());
                        cs.newLineAtOffset(72, y);
                        cs.showText(line.text());
                        cs.endText();
                        y -= line.size() * 1.4f;
                    }
                }
            }
            if (title != null) {
                doc.getDocumentInformation().setTitle(title);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PdfLine h(String text) {
        return new PdfLine(18, text);
    }

    private static PdfLine p(String text) {
        return new PdfLine(11, text);
    }

    @Test
    void pdfBecomesHeadingsParagraphsAndListItemsWithPageOffsets() throws Exception {
        byte[] bytes = pdf(null, List.of(
                List.of(h("Renal colic"), p(""), p("Renal colic is a sudden flank pain caused by a stone"),
                        p("moving down the ureter."), p(""), h("Treatment"), p(""),
                        p("\u2022 pain relief"), p("\u2022 fluids")),
                List.of(h("Risks"), p(""), p("A blocked kidney may become infected."))));
        // named .txt on purpose: the content decides
        SourceDocument doc = reader.read(Files.write(dir.resolve("colic.txt"), bytes));

        assertEquals(DocumentFormat.PDF, doc.format());
        assertEquals("Renal colic", doc.title());
        assertEquals("""
                Renal colic

                Renal colic is a sudden flank pain caused by a stone moving down the ureter.

                Treatment

                - pain relief
                - fluids

                Risks

                A blocked kidney may become infected.
                """, doc.text());
        int risks = doc.text().indexOf("Risks");
        assertEquals(List.of(0, risks), doc.pageStarts());
        assertEquals(1, doc.page(doc.text().indexOf("fluids")));
        assertEquals(2, doc.page(doc.text().indexOf("infected")));
        assertEquals("application/pdf", doc.format().mediaType());
    }

    @Test
    void evidenceInAPdfNamesThePageItStartsOn() throws Exception {
        Path file = Files.write(dir.resolve("stones.pdf"), pdf(null, List.of(
                List.of(h("Renal colic"), p(""), p("Renal colic is a sudden flank pain caused by a stone"),
                        p("moving down the ureter.")),
                List.of(h("Ureteric stent"), p(""), p("A ureteric stent is a thin hollow tube placed in the ureter"),
                        p("to keep urine flowing from the kidney.")))));
        SourceDocument doc = reader.read(file);
        org.apache.jena.graph.Graph g = new org.medvocab.model.Converter(org.medvocab.model.VocabularyConfig.defaults())
                .convert(List.of(file)).graph();
        java.util.Set<Integer> pages = new java.util.TreeSet<>();
        g.find(null, org.medvocab.model.MVO.evidenceStart, null).forEach(t -> {
            int start = Integer.parseInt(t.getObject().getLiteralLexicalForm());
            var page = g.find(t.getSubject(), org.medvocab.model.MVO.evidencePage, null).toList();
            assertEquals(1, page.size(), "one page per evidence");
            assertEquals(doc.page(start), Integer.parseInt(page.get(0).getObject().getLiteralLexicalForm()), "page of offset " + start);
            pages.add(doc.page(start));
        });
        assertEquals(java.util.Set.of(1, 2), pages, "evidence on both pages");
    }

    @Test
    void pdfTitleComesFromTheDocumentInformationWhenSet() throws Exception {
        byte[] bytes = pdf("Stones of the urinary tract", List.of(List.of(p("Stones form when urine is concentrated."))));
        SourceDocument doc = reader.read("stones.pdf", bytes, DocumentFormat.TEXT);
        assertEquals("Stones of the urinary tract", doc.title());
        assertEquals("Stones form when urine is concentrated.\n", doc.text());
    }

    @Test
    void pdfWithoutTextIsRefused() throws Exception {
        byte[] bytes = pdf(null, List.of(List.of()));
        IngestException e = assertThrows(IngestException.class,
                () -> reader.read(Files.write(dir.resolve("scan.pdf"), bytes)));
        assertEquals("no text content", e.reason());
    }

    @Test
    void damagedPdfGetsOneLineNamingTheFile() throws Exception {
        Path file = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really a pdf".getBytes(UTF_8));
        IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": cannot be read as PDF ("), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, "Title", "Kidney stones");
            paragraph(doc, null, "A kidney stone is a hard   deposit formed in the kidney.");
            paragraph(doc, "Heading1", "Symptoms");
            XWPFParagraph item = paragraph(doc, null, "flank pain");
            item.setNumID(BigInteger.ONE);
            paragraph(doc, null, "blood in the urine").setNumID(BigInteger.ONE);
            doc.getParagraphs().get(4).createRun().addBreak(BreakType.PAGE);
            paragraph(doc, "Heading2", "Prevention");
            paragraph(doc, null, "Drinking more water lowers the risk.");
            var table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Type");
            table.getRow(0).getCell(1).setText("calcium oxalate");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }

    @Test
    void docxBecomesTheSameLayoutWithPageOffsets() throws Exception {
        SourceDocument doc = reader.read(Files.write(dir.resolve("stones.bin"), docx()));

        assertEquals(DocumentFormat.DOCX, doc.format());
        assertEquals("Kidney stones", doc.title());
        assertEquals("""
                Kidney stones

                A kidney stone is a hard deposit formed in the kidney.

                Symptoms

                - flank pain
                - blood in the urine

                Prevention

                Drinking more water lowers the risk.

                Type | calcium oxalate
                """, doc.text());
        assertEquals(List.of(0, doc.text().indexOf("Prevention")), doc.pageStarts());
        assertEquals(1, doc.page(doc.text().indexOf("blood")));
        assertEquals(2, doc.page(doc.text().indexOf("water")));
    }

    @Test
    void htmlIsRecognisedByItsContent() throws Exception {
        Path file = Files.write(dir.resolve("page.txt"),
                "<!DOCTYPE html><html><body><h1>Gout</h1><p>A painful joint.</p></body></html>".getBytes(UTF_8));
        SourceDocument doc = reader.read(file);
        assertEquals(DocumentFormat.HTML, doc.format());
        assertEquals("Gout\n\nA painful joint.\n", doc.text());
        assertEquals(List.of(), doc.pageStarts());
        assertEquals(0, doc.page(3));
    }

    @Test
    void otherBinaryFormatsAreRefusedByContentNamingTheSupportedFormats() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertEquals("PNG image, not a supported format " + SUPPORTED,
                assertThrows(IngestException.class, () -> reader.read(Files.write(dir.resolve("a.docx"), png))).reason());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write("<workbook/>".getBytes(UTF_8));
        }
        assertEquals("Excel workbook (.xlsx), not a supported format " + SUPPORTED,
                assertThrows(IngestException.class,
                        () -> reader.read(Files.write(dir.resolve("b.docx"), zip.toByteArray()))).reason());
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertTrue(assertThrows(IngestException.class, () -> reader.read(Files.write(dir.resolve("c.doc"), doc)))
                .getMessage().endsWith("c.doc: legacy Microsoft Office file (.doc/.xls/.ppt), not a supported format "
                        + SUPPORTED));
    }

    @Test
    void convertReadsWordAndRefusesOtherBinariesWithOneLine() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.write(docs.resolve("stones.docx"), docx());
        Files.write(docs.resolve("photo.docx"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1});
        Path out = dir.resolve("out.ttl");
        CliRun run = CliRun.run("convert", docs.toString(), "-o", out.toString(), "-q");
        assertEquals(1, run.status(), run.err());
        assertEquals("medvocab convert: " + docs.resolve("photo.docx")
                + ": JPEG image, not a supported format " + SUPPORTED, run.errLines().get(0));
        String ttl = Files.readString(out);
        assertTrue(ttl.contains("\"kidney stone\"@en"), ttl);
        assertTrue(ttl.contains("\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\""), ttl);
    }

    @Test
    void foldersContributePdfAndDocxFiles() throws Exception {
        Files.write(dir.resolve("a.pdf"), pdf(null, List.of(List.of(p("x")))));
        Files.write(dir.resolve("b.docx"), docx());
        Files.write(dir.resolve("c.png"), new byte[] {1});
        assertEquals(List.of(dir.resolve("a.pdf"), dir.resolve("b.docx")), DocumentCollector.collect(List.of(dir)));
    }
}

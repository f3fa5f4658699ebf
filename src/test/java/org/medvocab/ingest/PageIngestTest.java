package org.medvocab.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;

/** HTML and Markdown ingest keep the structure they know as typed blocks with offsets into the rendered text. */
class PageIngestTest {
    private final DocumentReader reader = new DocumentReader();

    private static List<String> shapes(Page page) {
        return page.blocks().stream().map(b -> b.type() + (b.type() == BlockType.HEADING ? "(" + b.level() + ")" : "")
                + (b.depth() > 0 ? " d" + b.depth() : "") + (b.marker() != null ? " " + b.marker() : "")
                + (b.label() != null ? " [" + b.label() + "]" : "") + ": " + b.text()).toList();
    }

    private static void assertSpansMatchText(SourceDocument doc) {
        for (Block b : doc.page().blocks()) {
            assertEquals(b.text(), doc.text().substring(b.start(), b.end()), b.toString());
        }
    }

    @Test
    void htmlBlocksCarryTypesDepthsLabelsAndLinkDensity() throws Exception {
        String html = "<html><head><title>t</title></head><body><h1>Ratchet</h1>"
                + "<p>A ratchet lets a wheel turn one way only.</p><h2>Kinds</h2>"
                + "<ul><li>pawl ratchet<ul><li>double pawl</li></ul></li><li><a href='x'>friction ratchet</a></li></ul>"
                + "<ol><li>first step</li><li>second step</li></ol>"
                + "<table><tr><th>Inventor</th><td>unknown</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>"
                + "<p>from The Workshop Companion</p></body></html>";
        SourceDocument doc = reader.read("r.html", html.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML);
        assertEquals(List.of("TITLE: Ratchet", "PARAGRAPH: A ratchet lets a wheel turn one way only.",
                "HEADING(2): Kinds", "LIST_ITEM d1: pawl ratchet", "LIST_ITEM d2: double pawl",
                "LIST_ITEM d1: friction ratchet", "NUMBERED_ITEM d1 1.: first step", "NUMBERED_ITEM d1 2.: second step",
                "INFOBOX_ROW [Inventor]: Inventor | unknown", "TABLE_ROW: a | b | c",
                "ATTRIBUTION: from The Workshop Companion"), shapes(doc.page()));
        assertSpansMatchText(doc);
        Block linked = doc.page().blocks().get(5);
        assertEquals(1.0, linked.linkDensity(), 1e-9);
        assertEquals(0.0, doc.page().blocks().get(1).linkDensity(), 1e-9);
        assertEquals("unknown", doc.page().blocks().get(8).value());
    }

    @Test
    void markdownBlocksCarryTypesAndNumbers() throws Exception {
        String md = "# Pulley\n\nA pulley is a wheel on an axle\nthat carries a rope.\n\n## Types\n\n- fixed pulley\n"
                + "  - single sheave\n- movable pulley\n\n1. lift\n2. lower\n\n| Part | Use |\n|---|---|\n| rope | lifting |\n\n* * *\n";
        SourceDocument doc = reader.read("p.md", md.getBytes(StandardCharsets.UTF_8), DocumentFormat.MARKDOWN);
        assertEquals(List.of("TITLE: Pulley", "PARAGRAPH: A pulley is a wheel on an axle that carries a rope.",
                "HEADING(2): Types", "LIST_ITEM d1: fixed pulley", "LIST_ITEM d2: single sheave",
                "LIST_ITEM d1: movable pulley", "NUMBERED_ITEM d1 1.: lift", "NUMBERED_ITEM d1 2.: lower",
                "TABLE_ROW: Part | Use", "TABLE_ROW: rope | lifting"), shapes(doc.page()));
        assertSpansMatchText(doc);
    }

    @Test
    void plainTextDocumentsAreSegmentedAndTheSixArgumentConstructorStillWorks() throws Exception {
        SourceDocument doc = reader.read("w.txt", "Winch\n\nA winch winds a rope round a drum to pull loads.\n"
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT);
        assertEquals(List.of("TITLE: Winch", "PARAGRAPH: A winch winds a rope round a drum to pull loads."),
                shapes(doc.page()));
        SourceDocument copy = new SourceDocument("x.txt", doc.path(), doc.format(), doc.text(), doc.sha256(), null);
        assertEquals(doc.page().blocks(), copy.page().blocks());
    }
}

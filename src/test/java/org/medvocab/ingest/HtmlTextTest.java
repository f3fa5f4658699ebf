package org.medvocab.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTextTest {

    private static String render(String html) {
        return HtmlText.render(html).text();
    }

    @Test
    void wikiStyleArticleRendersToTheTextLayout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("001_catheter.html");
        try (InputStream in = getClass().getResourceAsStream("/ingest/catheter.html")) {
            Files.copy(in, file);
        }

        SourceDocument doc = new DocumentReader().read(file);

        assertEquals(DocumentFormat.HTML, doc.format());
        assertEquals("Central venous catheter", doc.title());
        assertEquals("""
                Central venous catheter

                Other names | Central line, CVC
                Specialty | Critical care

                A central venous catheter (CVC) is a thin flexible tube placed into a large vein so that \
                medicines can be given over a long period. It is also called a central line.

                Uses

                Typical reasons for placing a central line include:

                - long courses of intravenous antibiotics
                - parenteral nutrition
                - when the gut cannot be used
                - chemotherapy

                Risks

                Complications include infection and thrombosis.
                Pneumothorax may follow insertion in the neck.

                - Early complications
                - Late complications

                Insertion sites

                Internal jugular vein

                A vein in the neck – often used.

                Ultrasound guidance reduces failed attempts.
                """, doc.text());
    }

    @Test
    void titleComesFromTheFirstH1AndIsNotRepeated() {
        HtmlText page = HtmlText.render("<title>Sepsis - Wiki</title><h1>Sepsis</h1><p>A response to infection.</p>");
        assertEquals("Sepsis", page.title());
        assertEquals("Sepsis\n\nA response to infection.\n", page.text());
    }

    @Test
    void titleFallsBackToTheTitleElement() {
        HtmlText page = HtmlText.render("<html><head><title> Sepsis  overview </title></head>"
                + "<body><h2>Signs</h2><p>Fever.</p></body></html>");
        assertEquals("Sepsis overview", page.title());
        assertEquals("Sepsis overview\n\nSigns\n\nFever.\n", page.text());
    }

    @Test
    void bodyH1MatchingTheTitleElementIsNotDuplicated() {
        String html = "<html><head><title>Sepsis</title></head><body><div><h1>Sepsis</h1></div>"
                + "<p>Text.</p><h1>Second part</h1><p>More.</p></body></html>";
        assertEquals("Sepsis\n\nText.\n\nSecond part\n\nMore.\n", render(html));
    }

    @Test
    void pageWithoutTitleHasNoTitleLine() {
        HtmlText page = HtmlText.render("<p>Just a paragraph.</p>");
        assertNull(page.title());
        assertEquals("Just a paragraph.\n", page.text());
    }

    @Test
    void headingsStandOnTheirOwnLinesBetweenBlankLines() {
        String html = "<h1>Anemia</h1><div>Low haemoglobin.<h2>Causes</h2>Iron deficiency.</div>"
                + "<h3><a href='#x'>Iron</a> <em>deficiency</em></h3><p>Common.</p>";
        assertEquals("Anemia\n\nLow haemoglobin.\n\nCauses\n\nIron deficiency.\n\nIron deficiency\n\nCommon.\n",
                render(html));
    }

    @Test
    void listItemsBecomeDashLinesIncludingNestedAndOrderedLists() {
        String html = "<h1>T</h1><p>Types:</p><ol><li>Type <b>1</b><ul><li>juvenile</li></ul></li>"
                + "<li>Type 2</li></ol><p>After.</p>";
        assertEquals("T\n\nTypes:\n\n- Type 1\n- juvenile\n- Type 2\n\nAfter.\n", render(html));
    }

    @Test
    void tableRowsJoinCellsWithBars() {
        String html = "<h1>T</h1><table><caption>Doses</caption><thead><tr><th>Drug</th><th>Dose</th></tr></thead>"
                + "<tbody><tr><td>Aspirin</td><td> 75\n mg </td></tr><tr><td></td><td></td></tr></tbody></table>";
        assertEquals("T\n\nDoses\n\nDrug | Dose\nAspirin | 75 mg\n", render(html));
    }

    @Test
    void lineBreakInsideAParagraphStartsANewLineAndWhitespaceCollapses() {
        String html = "<h1>T</h1><p>  first\n   line<br/>second\tline  </p><pre>code   one\n\ncode two</pre>";
        assertEquals("T\n\nfirst line\nsecond line\n\ncode one\ncode two\n", render(html));
    }

    @Test
    void scriptsStylesAndNavigationAreDropped() {
        String html = "<h1>T</h1><script>alert('x')</script><style>p{}</style><nav>Menu</nav>"
                + "<div role='navigation'>Jump to</div><header>Site name</header><aside>Ad</aside>"
                + "<form><p>Search</p></form><noscript>No JS</noscript><button>Share</button>"
                + "<p>Kept.</p><footer>Licence</footer>";
        String text = render(html);
        assertEquals("T\n\nKept.\n", text);
    }

    @Test
    void editSectionLinksAndFurnitureClassesAreDropped() {
        String html = "<h1>T</h1>"
                + "<h2><span id='Diagnosis'>Diagnosis</span><span class='mw-editsection'>[edit]</span></h2>"
                + "<div id='toc'>Contents 1 Diagnosis</div><div class='vector-toc-landmark'>Contents</div>"
                + "<div class='navbox'>Related</div><div class='right-sidebar'>Tools</div>"
                + "<div id='site-footer'>About</div><div class='advert'>Buy</div><div class='cookie-bar'>Ok?</div>"
                + "<p>Tests<sup class='reference'>[3]</sup> help.</p>";
        assertEquals("T\n\nDiagnosis\n\nTests help.\n", render(html));
    }

    @Test
    void tocIsMatchedAsAWordSoOrdinaryIdsSurvive() {
        String html = "<h1>T</h1><h2 id='Photocoagulation'>Photocoagulation</h2><p class='stock-note'>Laser.</p>";
        assertEquals("T\n\nPhotocoagulation\n\nLaser.\n", render(html));
    }

    @Test
    void furnitureClassOnTheBodyDoesNotDropThePage() {
        String text = render("<body class='has-sidebar cookie-consent'><h1>T</h1><p>Content.</p></body>");
        assertEquals("T\n\nContent.\n", text);
    }

    @Test
    void titleInsideAPageHeaderIsStillFound() {
        HtmlText page = HtmlText.render("<title>X - Site</title><header><h1>Xerostomia</h1>"
                + "<p>tagline</p></header><p>Dry mouth.</p>");
        assertEquals("Xerostomia", page.title());
        assertEquals("Xerostomia\n\nDry mouth.\n", page.text());
        assertFalse(page.text().contains("tagline"));
    }

    @Test
    void definitionListsAndBlockquotesAreParagraphs() {
        String html = "<h1>T</h1><dl><dt>Bradycardia</dt><dd>A slow heart rate.</dd></dl>"
                + "<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>";
        assertEquals("T\n\nBradycardia\n\nA slow heart rate.\n\nQuoted one.\n\nQuoted two.\n", render(html));
    }

    @Test
    void hollowPageHasAnEmptyBody() {
        HtmlText page = HtmlText.render("<title>Only</title><nav>menu</nav>");
        assertEquals("", page.body());
        assertEquals("Only\n", page.text());
        assertTrue(page.body().isBlank());
    }
}

package org.medvocab.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medvocab.ingest.DocumentFormat;
import org.medvocab.ingest.DocumentReader;
import org.medvocab.page.Boilerplate.Role;
import org.medvocab.page.Boilerplate.Verdict;

class BoilerplateTest {
    private final Boilerplate classifier = Boilerplate.withoutTagger();

    private static final String PAGE = String.join("\n",
            "Sign up Sign in",
            "",
            "Water wheel",
            "",
            "From Handy Machines Online",
            "",
            "A water wheel is a machine that turns the energy of flowing or falling water into useful work.",
            "",
            "Types",
            "",
            "- overshot wheel",
            "- undershot wheel",
            "",
            "The overshot wheel is fed from above, and the weight of the water in its buckets turns it.",
            "",
            "Related pages",
            "",
            "Home | Machines | Mills | Contact",
            "",
            "wheel-diagram.png",
            "",
            "Did you like this page? You can share it with your friends and help us grow.",
            "");

    private Role role(List<Verdict> verdicts, String text) {
        return verdicts.stream().filter(v -> v.block().text().equals(text)).findFirst().orElseThrow().role();
    }

    @Test
    void keepsTheArticleAndDropsMenusCreditsAndTheTail() {
        List<Verdict> v = classifier.classify(PlainTextSegmenter.segment(PAGE));
        assertEquals(Role.CHROME, role(v, "Sign up Sign in"), "menu before the title");
        assertEquals(Role.CONTENT, role(v, "Water wheel"));
        assertEquals(Role.MARKER, role(v, "From Handy Machines Online"));
        assertEquals(Role.CONTENT, role(v, "Types"), "heading of a content section");
        assertEquals(Role.CONTENT, role(v, "overshot wheel"), "short items between two content paragraphs");
        assertEquals(Role.CONTENT, role(v, "undershot wheel"));
        assertEquals(Role.CHROME, role(v, "Related pages"));
        assertEquals(Role.CHROME, role(v, "Home | Machines | Mills | Contact"));
        assertEquals(Role.CHROME, role(v, "wheel-diagram.png"));
        assertEquals(Role.CHROME, role(v, "Did you like this page? You can share it with your friends and help us grow."),
                "a sentence to the reader after the last content");
    }

    @Test
    void contentPageKeepsMarkersAndContentOnly() {
        Page content = classifier.content(PlainTextSegmenter.segment(PAGE));
        assertEquals(List.of("Water wheel", "From Handy Machines Online",
                "A water wheel is a machine that turns the energy of flowing or falling water into useful work.",
                "Types", "overshot wheel", "undershot wheel",
                "The overshot wheel is fed from above, and the weight of the water in its buckets turns it."),
                content.blocks().stream().map(Block::text).toList());
    }

    @Test
    void shortBlocksBetweenChromeAreChromeAndRepeatedLinesToo() {
        String text = "Top stories\n\nMenu\n\nMore\n\nOK\n\nMore\n\nRead more Read more\n";
        List<Verdict> v = classifier.classify(PlainTextSegmenter.segment(text));
        assertTrue(v.stream().noneMatch(Verdict::isContent), v.toString());
    }

    @Test
    void menuShapes() {
        assertTrue(Boilerplate.isMenu("Jump to navigation Jump to search"));
        assertTrue(Boilerplate.isMenu("Home › Tools › Saws"));
        assertFalse(Boilerplate.isMenu("A saw cuts wood with a row of teeth."));
        assertFalse(Boilerplate.isMenu("hand saw, band saw, saw bench"), "a comma list is left to the context");
    }

    @Test
    void linkDensityFromHtmlMakesChrome() throws Exception {
        String html = "<html><body><h1>Drill</h1><p>A drill is a tool that makes round holes in wood, metal and stone.</p>"
                + "<p><a href='a'>Tools</a> <a href='b'>Hardware</a> <a href='c'>Garden</a></p>"
                + "<p>Its bit turns quickly while the user presses it into the work.</p></body></html>";
        Page page = new DocumentReader().read("d.html", html.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML).page();
        List<Verdict> v = classifier.classify(page);
        assertEquals(Role.CHROME, role(v, "Tools Hardware Garden"));
        assertEquals(Role.CONTENT, role(v, "Its bit turns quickly while the user presses it into the work."));
    }

    @Test
    void aLeafletsPageBreaksAreChromeAndItsPassagesToTheReaderAndLastQuestionListAreContent() {
        String leaflet = String.join("\n",
            "Hillside Community Hospital",
            "",
            "Kidney stones: a guide for patients",
            "",
            "Page 1 of 2",
            "",
            "What are kidney stones?",
            "Kidney stones are hard deposits of minerals and salts that form inside the kidneys and can travel down the ureter.",
            "",
            "Hillside Community Hospital — Kidney stones — KS-207",
            "",
            "Page 2 of 2",
            "",
            "How are they treated?",
            "Most small stones pass on their own within a few weeks, and you will be asked to drink plenty of water and take pain relief while you wait.",
            "",
            "What are the risks of treatment?",
            "- Bleeding in the urine",
            "- Infection of the urinary tract",
            "",
            "Hillside Community Hospital — Kidney stones — KS-207",
            "");
        List<Verdict> v = classifier.classify(PlainTextSegmenter.segment(leaflet));
        assertEquals(Role.CHROME, role(v, "Page 2 of 2"), "a printed page number");
        assertEquals(Role.CHROME, role(v, "Hillside Community Hospital — Kidney stones — KS-207"), "a running header");
        assertEquals(Role.CONTENT, role(v, "Most small stones pass on their own within a few weeks, and you will be asked to drink plenty of water and take pain relief while you wait."),
            "a long passage that speaks to the reader");
        assertEquals(Role.CONTENT, role(v, "Infection of the urinary tract"), "the list under the last question heading");
    }

    @Test
    void aRuleOfBoxDrawingCharactersIsASeparator() {
        Page page = PlainTextSegmenter.segment("tube\n\nA hollow cylinder.\n\n──────────────\n\nFrom Another Dictionary\n\nA pipe.\n");
        assertTrue(page.blocks().stream().anyMatch(b -> b.type() == BlockType.SEPARATOR), page.blocks()::toString);
    }

    @Test
    void shortCapitalisedItemsSetApartByGapsAreAMenuAndAColumnRowIsNot() {
        assertTrue(Boilerplate.isMenu("Dictionary  Thesaurus  Grammar  Word Games  Word of the Day  Log In  Sign Up"));
        assertFalse(Boilerplate.isMenu("body cast  A cast that encloses the trunk"));
        assertFalse(Boilerplate.isMenu("The end.  Then the next sentence starts here"));
    }

    @Test
    void anAdvertisementsLabelAndTheShortAdUnderItAreChromeWithoutDarkeningTheirNeighbours() {
        String text = "Bandage\n\nA bandage is a strip of material used to support a medical device such as a dressing or splint.\n\n"
                + "ADVERTISEMENT\n\nSave on first-aid kits today: free delivery.\n\n"
                + "Related:\n\n"
                + "A dressing is a sterile pad applied directly to a wound to help it heal and to keep out dirt.\n\n"
                + "ShelfWords.net is for reference only and does not give medical advice.\n\n"
                + "Browse the dictionary:  A B C D E F G H I J K L M N O P Q R S T U V W X Y Z 0-9\n";
        List<Verdict> v = classifier.classify(PlainTextSegmenter.segment(text));
        assertEquals(Role.CHROME, role(v, "ADVERTISEMENT"));
        assertEquals(Role.CHROME, role(v, "Save on first-aid kits today: free delivery."));
        assertEquals(Role.CONTENT, role(v, "Related:"), "a caption between two content paragraphs");
        assertEquals(Role.CHROME, role(v, "ShelfWords.net is for reference only and does not give medical advice."));
        assertEquals(Role.CHROME, role(v, "Browse the dictionary:  A B C D E F G H I J K L M N O P Q R S T U V W X Y Z 0-9"));
    }
}

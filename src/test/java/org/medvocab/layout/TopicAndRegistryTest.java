package org.medvocab.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medvocab.page.Page;
import org.medvocab.page.PlainTextSegmenter;

class TopicAndRegistryTest {

    @Test
    void topicComesFromTitleQuestionLeadOrDocumentName() {
        assertEquals("Crane", Topic.of(PlainTextSegmenter.segment("Crane\n\nA crane lifts loads with a hoist and "
                + "a boom that can swing round.\n"), null));
        assertEquals("tower crane", Topic.of(PlainTextSegmenter.segment("What is a tower crane?\n\nIt is a tall "
                + "fixed crane used on building sites.\n"), null));
        assertEquals("jib crane", Topic.of(PlainTextSegmenter.segment("A jib crane is a crane with a horizontal "
                + "arm fixed to a wall or a pillar.\n"), null));
        Page untitled = PlainTextSegmenter.segment("It lifts loads from ships onto the quay and back again.\n");
        assertEquals("harbour crane", Topic.of(untitled, "17-harbour-crane.txt"));
        assertEquals("Gantry crane", Topic.of(untitled, "https://example.org/wiki/Gantry_crane?x=1"));
        assertEquals("", Topic.of(untitled, null));
    }

    @Test
    void aCompoundFiledOpenIsFoundWrittenClosed() {
        Page page = PlainTextSegmenter.segment("A frame of poles that holds a tent up over a cot.\n\nThe bedframe folds flat.\n");
        assertEquals("bedframe", Topic.of(page, "09-bed-frame-examplesite.txt"));
    }

    @Test
    void aGlossWhoseVerbBelongsToARelativeClauseNamesNoSubject() {
        // a page cut above its head line opens with a sense: "a ... that is ..." is no "X is a ..." sentence
        Page cut = PlainTextSegmenter.segment("a lifting machine with an arm that is turned by a winch on the quay\n\nnoun\n");
        assertEquals("dockside crane", Topic.of(cut, "08-dockside-crane.txt"));
        Page relative = PlainTextSegmenter.segment("The arm which is fixed to the wall carries the load along a rail.\n");
        assertEquals("jib crane", Topic.of(relative, "jib-crane.txt"));
    }

    @Test
    void aSiteNameTheTextNeverWritesGivesWayToTheNameTheTextIsAbout() {
        String page = """
            CraneWorld Forum

            Winch basics

            A winch is a drum turned by a handle or a motor, round which a rope is wound. Every winch has a brake, and
            a winch on a ship is often driven by steam. A hand winch is enough for a small boat.
            """;
        assertEquals("winch", Topic.of(PlainTextSegmenter.segment(page), null).toLowerCase(java.util.Locale.ROOT));
        // a disclosure mark and emphasis around a question heading, and a name row, offer the subject too
        String faq = """
            Liftco Support

            ▾ **What is a pulley block?**

            It holds one or more wheels in a frame. A pulley block with two wheels halves the pull, and each pulley block
            has a hook at the top. Grease a pulley block once a year.
            """;
        assertEquals("pulley block", Topic.of(PlainTextSegmenter.segment(faq), null));
        // the name of the page's subject, written often, is kept even when its short form is written more
        String abbreviated = """
            Remotely operated vehicle

            A remotely operated vehicle (ROV) is an unmanned craft steered from a ship. An ROV dives on a cable; the ROV
            sends pictures up it, and each ROV carries lights.
            """;
        assertEquals("Remotely operated vehicle", Topic.of(PlainTextSegmenter.segment(abbreviated), null));
        // the last step of a breadcrumb trail names the page, which the leaflet's text writes more than the shop's name
        String leaflet = """
            Harbour Chandlers

            Home > Deck gear > Winches > Capstan winch

            Read this leaflet before you fit the winch. It holds the rope on a vertical drum.

            A capstan winch needs a base plate. Grease the capstan winch twice a season.
            """;
        assertEquals("Capstan winch", Topic.of(PlainTextSegmenter.segment(leaflet), null));
    }

    @Test
    void theBestLayoutWinsAndANewLayoutIsOneRegistration() {
        Page page = PlainTextSegmenter.segment("Hoist\n\nA hoist lifts a load with a drum round which a rope is wound.\n");
        List<Layout> layouts = new ArrayList<>(LayoutRegistry.standard().layouts());
        layouts.add(new Layout() {
            @Override
            public String name() {
                return "always";
            }

            @Override
            public double detect(Page p) {
                return 2;
            }

            @Override
            public List<Entry> entries(Page p, String documentId) {
                return List.of();
            }
        });
        assertEquals("always", new LayoutRegistry(layouts).best(page).name());
        assertEquals(8, LayoutRegistry.standard().layouts().size());
        assertEquals("Hoist", LayoutRegistry.standard().entries(page, null).get(0).headword());
    }
}

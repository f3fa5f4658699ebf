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

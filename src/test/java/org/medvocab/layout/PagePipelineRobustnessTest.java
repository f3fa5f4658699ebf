package org.medvocab.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.medvocab.page.Block;
import org.medvocab.page.Boilerplate;
import org.medvocab.page.Page;
import org.medvocab.page.PlainTextSegmenter;

/** Pages made of random pieces of markup never make the segmenter, the classifier or a layout throw. */
class PagePipelineRobustnessTest {
    private static final String[] PIECES = {"{{", "}}", "[[", "]]", "|", "'''", "''", "\n", "\n\n", "* * *", "1. ",
        "1.1 ", "[n] ", "a. ", "• ", "- ", "from The Big Book", "[edit]", "[edit | edit source]", "= ", " =", "## ",
        "<ref>", "</ref>", "<!--", "-->", "lever", "Lever", " ", "-", ": ", ". ", "(", ")", "·", "\\", "/", "[", "]",
        "?", "n. ", "See also ", "c. ", "What is a lever?", "Source: ", "— ", "Label | value |", "LabelValue",
        "A lever is a bar that turns about a point.", "\t", "2011.", "<x, y>", "ˈ", ",", "The"};

    @Test
    void randomMarkupNeverBreaksThePipeline() {
        Random random = new Random(42);
        Boilerplate classifier = Boilerplate.withoutTagger();
        LayoutRegistry registry = LayoutRegistry.standard();
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            Page page = PlainTextSegmenter.segment(text);
            for (Block b : page.blocks()) {
                assertTrue(b.start() >= 0 && b.start() <= b.end() && b.end() <= text.length(), b + " in " + text);
                for (int i = 0; i <= b.text().length(); i++) {
                    int at = b.offsetOf(i);
                    assertTrue(at >= 0 && at <= text.length(), "offset " + at + " of " + b);
                }
            }
            Page content = classifier.content(page);
            for (Layout layout : registry.layouts()) {
                layout.detect(content);
                layout.entries(content, "x.txt");
            }
        }
    }
}

package org.medvocab.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownTextTest {

    private static String render(String markdown) {
        return MarkdownText.render(markdown).text();
    }

    @Test
    void glossaryRendersToTheTextLayout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("002_glossary.md");
        try (InputStream in = getClass().getResourceAsStream("/ingest/glossary.md")) {
            Files.copy(in, file);
        }

        SourceDocument doc = new DocumentReader().read(file);

        assertEquals(DocumentFormat.MARKDOWN, doc.format());
        assertEquals("Cardiology glossary", doc.title());
        assertEquals("""
                Cardiology glossary

                This glossary defines a few terms used in heart medicine, written for the medvocab tests. \
                See the overview for more.

                Arrhythmia

                1. An abnormal rhythm of the heart.
                2. Any irregularity in the timing of heart beats.

                Risk factors

                - coronary artery disease
                - high blood pressure
                - thyroid disease that is not treated

                Atrial fibrillation is the most common sustained arrhythmia.

                Term | Meaning
                AF | atrial fibrillation
                VT | ventricular tachycardia

                Escaped *asterisks* stay, and snake_case_words are not emphasis. Dose < 5 mg & rising.
                """, doc.text());
    }

    @Test
    void firstLevelOneHeadingIsTheTitleAndFirstLine() {
        MarkdownText md = MarkdownText.render("# Gout #\n\nA form of **arthritis**.\n\n# Treatment\n\nRest.");
        assertEquals("Gout", md.title());
        assertEquals("Gout\n\nA form of arthritis.\n\nTreatment\n\nRest.\n", md.text());
    }

    @Test
    void setextHeadings() {
        MarkdownText md = MarkdownText.render("Gout\n====\nIntro.\n\nCauses\n---\nUric acid.");
        assertEquals("Gout", md.title());
        assertEquals("Gout\n\nIntro.\n\nCauses\n\nUric acid.\n", md.text());
    }

    @Test
    void documentWithoutLevelOneHeadingHasNoTitle() {
        MarkdownText md = MarkdownText.render("## Section\ntext");
        assertNull(md.title());
        assertEquals("Section\n\ntext\n", md.text());
    }

    @Test
    void bulletMarkersBecomeDashesAndNumbersAreKept() {
        String md = "# T\nSenses:\n* first\n+ second\n  - nested\n\n1. one\n2) two\n10. ten\n";
        assertEquals("T\n\nSenses:\n\n- first\n- second\n- nested\n\n1. one\n2. two\n10. ten\n", render(md));
    }

    @Test
    void looseListStaysOneBlockAndIsFollowedByABlankLine() {
        String md = "- a\n\n- b\n\n    more about b\n\nAfter the list.";
        assertEquals("- a\n- b\nmore about b\n\nAfter the list.\n", render(md));
    }

    @Test
    void inlineMarkupIsReducedToText() {
        String md = "**Bold** and __strong__, *em* and _em_, ~~gone~~, `code *x*`, "
                + "[link](http://example.org/a_(b)) ![img](pic.png) [ref][1] <https://example.org> "
                + "<span class=\"x\">span</span> and snake_case.";
        assertEquals("Bold and strong, em and em, gone, code *x*, link ref https://example.org span and snake_case.\n",
                render(md));
    }

    @Test
    void emphasisAroundCodeAndNestedEmphasisIsStripped() {
        assertEquals("see x here, very important\n", render("**see `x` here**, ***very** important*"));
    }

    @Test
    void commentsAreRemovedEvenAcrossLines() {
        assertEquals("Before after.\n\nNext.\n", render("Before <!-- a\nmulti-line note -->after.\n\nNext."));
    }

    @Test
    void hardLineBreaksAreKept() {
        assertEquals("line one\nline two\nline three\n", render("line one  \nline two\\\nline three"));
    }

    @Test
    void fencedCodeKeepsItsLines() {
        assertEquals("Intro.\n\nif (x) {\ny();\n}\n\nOutro.\n",
                render("Intro.\n```java\nif (x) {\n    y();\n}\n```\nOutro."));
    }

    @Test
    void escapesAndEntitiesAreResolved() {
        assertEquals("1. not a list, # not a heading *literal* &amp; a < b\n",
                render("1\\. not a list, \\# not a heading \\*literal\\* `&amp;` a &lt; b"));
    }

    @Test
    void blockQuotesAndThematicBreaks() {
        assertEquals("Quoted text continues.\n\nSecond quote paragraph.\n\nAfter rule.\n",
                render("> Quoted text\n> continues.\n>\n> Second quote paragraph.\n\n***\nAfter rule."));
    }
}

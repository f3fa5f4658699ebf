package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;
import org.medvocab.page.PlainTextSegmenter;

/** A summary box copied with a tab between its label and value cells, under an image caption. Invented page. */
class SummaryBoxRowsTest {

    private static final String PAGE = """
        Bone conduction implant

        From Wikipedia, the free encyclopedia

        Bone conduction implant
        Sketch of an implant: the sound processor clips onto a screw and the screw sits in the skull behind the ear.
        Other names\tBCI, bone-anchored device (informal)
        Type\tHearing prosthesis
        Uses\tMild to moderate conductive hearing loss
        Components\tSound processor, titanium screw, abutment

        A bone conduction implant is a hearing device that passes sound to the inner ear through the bone of the skull.
        It suits people whose outer or middle ear cannot carry sound.
        """;

    @Test
    void aTabBetweenALabelAndItsValueMakesASummaryBoxRow() {
        Page page = PlainTextSegmenter.segment(PAGE);
        assertTrue(page.blocks().stream().anyMatch(b -> b.type() == BlockType.INFOBOX_ROW && "Type".equals(b.label())),
            page::describe);
        DocumentExtraction ex = extract("05-bone-conduction-implant.txt", PAGE);
        TermRecord topic = term(ex, "bone conduction implant");
        assertTrue(topic.broader().stream().anyMatch(b -> b.target().equalsIgnoreCase("hearing prosthesis")), () -> describe(ex));
        assertTrue(topic.altLabels().contains("BCI"), () -> describe(ex));
        assertTrue(topic.relations().stream().anyMatch(r -> r.kind() == RelationKind.COMPONENT && r.target().equals("abutment")),
            () -> describe(ex));
    }

    @Test
    void aUsageNoteAndARangeOfSeverityAreNoPartOfANameAndACaptionDoesNotOutrankTheLead() {
        DocumentExtraction ex = extract("05-bone-conduction-implant.txt", PAGE);
        TermRecord topic = term(ex, "bone conduction implant");
        assertFalse(topic.altLabels().contains("informal"), () -> describe(ex));
        assertTrue(has(ex, "conductive hearing loss"), () -> describe(ex));
        assertFalse(has(ex, "to moderate conductive hearing loss"), () -> describe(ex));
        assertTrue(topic.definitions().stream().anyMatch(d -> d.text().startsWith("A bone conduction implant is a hearing device")),
            () -> describe(ex));
    }
}

package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.doc;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.crossRefs;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;
import org.medvocab.page.PlainTextSegmenter;

/**
 * Page shapes of the fourteenth session, each on an invented page: pages whose headword is printed nowhere as a title
 * (only field labels, a question about the word, a table row), so that the subject comes from what the page and its
 * address agree on.
 */
class UntitledPagesTest {

    private static DocumentExtraction extract(String name, String text) {
        return new ConceptExtractor().extract(doc(name, text));
    }

    @Test
    void fieldLabelsOfAnEntryAreNoTitleAndTheAddressNamesTheWordThePageUses() {
        String page = """
            Definition

            A handheld device that measures how fast air can be blown out of the lungs. Think of it as a speedometer for breath.

            Example Usage

            The nurse asked the boy to blow into the peak meter twice before his inhaler dose.

            Origin

            From English 'peak' and Greek 'metron' meaning 'measure'

            Fun Fact

            A peak meter costs less than a pair of shoes.
            """;
        DocumentExtraction ex = extract("peak-meter-examplesite.txt", page);
        assertEquals("peak meter", ex.topic().toLowerCase(), () -> describe(ex));
        assertTrue(definitions(term(ex, "peak meter")).stream().anyMatch(d -> d.startsWith("A handheld device that measures")),
            () -> describe(ex));
        assertFalse(has(ex, "example usage"), () -> describe(ex));
    }

    @Test
    void exampleUsageIsASectionOfSentencesNotOfUses() {
        assertEquals(Lexicon.Section.SKIP, Lexicon.section("Example Usage"));
        assertEquals(Lexicon.Section.SKIP, Lexicon.section("Fun fact"));
        assertEquals(Lexicon.Section.INDICATIONS, Lexicon.section("Usage"));
    }

    @Test
    void aQuestionAboutWhatAWordMeansNamesTheWord() {
        assertEquals("lancet", PlainTextSegmenter.topicOf("What else does lancet mean?"));
        assertEquals("ecg", PlainTextSegmenter.topicOf("What does the abbreviation ECG stand for?"));
        assertEquals("a mean value", PlainTextSegmenter.topicOf("A mean value?"));
    }

    @Test
    void aFileNameThatRepeatsAWordIsReadNotRejected() {
        String page = "Splint: A rigid support that holds a broken bone still while it heals.\n";
        DocumentExtraction ex = extract("splint-bone-splint.txt", page);
        assertTrue(has(ex, "splint"), () -> describe(ex));
    }

    @Test
    void aTableOfFieldRowsWithItsOuterRulesGivesTheEntry() {
        String page = """
            | Term | gauze |
            | Pronunciation | GAWZ |
            | See also | bandage, dressing |
            | Definition | A thin woven cotton fabric used to cover and pack wounds. |
            (c) 2026 Example Training Company.
            """;
        DocumentExtraction ex = extract("gauze-exampletraining.txt", page);
        TermRecord gauze = term(ex, "gauze");
        assertTrue(definitions(gauze).stream().anyMatch(d -> d.startsWith("A thin woven cotton fabric")), () -> describe(ex));
        assertTrue(crossRefs(gauze, CrossRefKind.SEE_ALSO).contains("bandage"), () -> describe(ex));
    }
}

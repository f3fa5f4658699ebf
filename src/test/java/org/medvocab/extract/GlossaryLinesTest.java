package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.broader;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Labelled lines in an article: glossary entries, captions over sentences, and rows under skipped sections. Invented page. */
class GlossaryLinesTest {

    private static final String PAGE = """
        Definition and Uses of Lactase
        What is Lactase?
        Lactase is an enzyme that splits milk sugar into glucose and galactose in the small intestine. Without it, milk sugar passes on to the colon.
        Etymology
        The word lactase is built from:
        - lact-: From the Latin for milk, the root of the word.
        - -ase: A suffix that marks the names of enzymes.
        Related Terms
        - GLT (Galactose Lactose Transporter): A carrier protein that moves sugars across the gut lining.
        - Intestinal villus: A tiny finger of the gut lining that absorbs food.
        Interesting Facts
        - Lactase Persistence: There are several kinds of lactase, like neonatal and intestinal lactases, each made at a different age.
        - Milk sugar: The product of milk sugar breakdown in the mother.
        """;

    @Test
    void aShortFormWithItsFullFormInBracketsDefinesTheFullForm() {
        DocumentExtraction ex = extract(PAGE);
        TermRecord t = term(ex, "galactose lactose transporter");
        assertTrue(t.altLabels().contains("GLT"), () -> describe(ex));
        assertEquals(List.of("A carrier protein that moves sugars across the gut lining."), definitions(t));
    }

    @Test
    void rowsUnderASkippedSectionAreNotFacts() {
        DocumentExtraction ex = extract(PAGE);
        assertFalse(has(ex, "lact-"), () -> describe(ex));
        assertTrue(ex.terms().stream().flatMap(t -> t.definitions().stream()).noneMatch(d -> d.text().contains("Latin")),
            () -> describe(ex));
    }

    @Test
    void aCaptionOverASentenceWithItsOwnSubjectIsReadAsProse() {
        DocumentExtraction ex = extract(PAGE);
        assertFalse(has(ex, "lactase persistence"), () -> describe(ex));
        assertTrue(broader(term(ex, "intestinal lactase")).contains("lactase"), () -> describe(ex));
    }

    @Test
    void aRelationalNounNamesNoBroaderTerm() {
        DocumentExtraction ex = extract(PAGE);
        assertFalse(broader(term(ex, "milk sugar")).contains("product"), () -> describe(ex));
    }
}

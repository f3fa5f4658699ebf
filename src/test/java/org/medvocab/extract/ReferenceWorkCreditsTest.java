package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medvocab.page.BlockType;
import org.medvocab.page.LineShape;
import org.medvocab.page.Page;
import org.medvocab.page.PlainTextSegmenter;

/**
 * Pages that stack several dictionaries under their bare names ("Century Dictionary and Cyclopedia", "WordNet 3.6"),
 * each sense an item that opens with the headword, perhaps after its part of speech ("n quinsy ...") or with a field
 * ("Quinsy (Med) ..."), the sources set apart by bulleted separators.
 */
class ReferenceWorkCreditsTest {

    private static final String PAGE = """
        • Example WordNet 3.1
            • n quinsy a collection of pus beside a tonsil that makes swallowing painful
            • ***
        Example Revised Unabridged Dictionary
            • Quinsy (Med) A severe inflammation of the throat, with a swelling behind one tonsil that may hold pus.
            • Quinsy A piece of old rope.
            • ***
        Example Dictionary and Cyclopedia
            • n quinsy An abscess near the tonsils, which follows a sore throat and makes the neck stiff.
        """;

    @Test
    void aReferenceWorksNameAloneOnItsLineIsACreditAndABulletedRuleASeparator() {
        assertTrue(LineShape.isReferenceWorkName("Example Dictionary and Cyclopedia"));
        assertTrue(LineShape.isReferenceWorkName("WordNet 3.6"));
        assertFalse(LineShape.isReferenceWorkName("The dictionary was printed in a small town"));
        Page page = PlainTextSegmenter.segment(PAGE);
        assertEquals(3, page.blocks().stream().filter(b -> b.type() == BlockType.ATTRIBUTION).count(), page::describe);
        assertEquals(2, page.blocks().stream().filter(b -> b.type() == BlockType.SEPARATOR).count(), page::describe);
    }

    @Test
    void eachItemOpeningWithTheHeadwordIsASenseOfItsSourcesEntry() {
        DocumentExtraction ex = extract("quinsy-examplesite.txt", PAGE);
        assertEquals("quinsy", ex.topic(), () -> describe(ex));
        List<String> defs = definitions(term(ex, "quinsy"));
        assertTrue(defs.contains("a collection of pus beside a tonsil that makes swallowing painful"), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("A severe inflammation of the throat")), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("An abscess near the tonsils")), () -> describe(ex));
        assertTrue(ex.terms().stream().noneMatch(t -> t.label().startsWith("n ") || t.label().contains("Dictionary")), () -> describe(ex));
    }

    @Test
    void itemsThatEachGiveAPartOfSpeechAndTheHeadwordAreSensesOfAnUntitledPage() {
        DocumentExtraction ex = extract("quinsy-otherexample.txt", """
              • uncountable noun quinsy Quinsy is a painful swelling beside a tonsil that is filled with pus. 4
              • noun quinsy a collection of pus behind a tonsil, after a sore throat 2
              • noun quinsy Also called peritonsillar abscess. Pathology. an abscess in the tissue around a tonsil. 1
              • noun quinsy (pathology) An old name for a severe sore throat with swelling of the tonsils. 0
            """);
        TermRecord quinsy = term(ex, "quinsy");
        List<String> defs = definitions(quinsy);
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("a collection of pus behind a tonsil")), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("an abscess in the tissue around a tonsil")), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("An old name for a severe sore throat")), () -> describe(ex));
        assertTrue(quinsy.altLabels().contains("peritonsillar abscess"), () -> describe(ex));
    }

    @Test
    void aSenseThatRestatesItsHeadwordBeforeADashOrACaptionStartsAfterIt() {
        DocumentExtraction ex = extract("quinsy-thirdexample.txt", """
            Quinsy (peritonsillar abscess) Definition: A collection of pus beside a tonsil, after a sore throat. The term quinsy is old, and doctors now name the swelling by the tissue it fills.
            """);
        TermRecord quinsy = term(ex, "quinsy");
        assertTrue(definitions(quinsy).stream().anyMatch(d -> d.startsWith("A collection of pus beside a tonsil")), () -> describe(ex));
        assertTrue(quinsy.altLabels().contains("peritonsillar abscess"), () -> describe(ex));
    }

    @Test
    void aTitleThatNamesTheSubjectWithTheSiteStaysTheTitle() {
        Page page = PlainTextSegmenter.segment("Quinsy Health Dictionary\n\nQuinsy: from two sources\n\n"
            + "An abscess beside a tonsil.\nSource: Example Medical Dictionary\n");
        assertEquals(BlockType.TITLE, page.blocks().get(0).type(), page::describe);
    }

    @Test
    void aSenseUnderBareAbbreviatedFieldsOfAnotherScienceIsNoMedicalSense() {
        assertTrue(DefinitionRules.otherField("3 Bot. & Zool. a similar seam between parts."));
        assertFalse(DefinitionRules.otherField("a seam between two bones of the skull."));
    }
}

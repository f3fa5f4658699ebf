package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medvocab.page.WordRelations;

/** A dictionary's captioned lists of related words: narrower words, broader words, other names. */
class RelatedWordListsTest {

    private static java.util.List<String> broader(TermRecord t) {
        return t.broader().stream().map(TermRecord.Broader::target).toList();
    }

    @Test
    void captionsNameTheirRelationWhateverWordTheyAreFor() {
        assertEquals(Optional.of(WordRelations.Relation.NARROWER), WordRelations.caption("Hyponyms for the word gizmitis"));
        assertEquals(Optional.of(WordRelations.Relation.BROADER), WordRelations.caption("Hypernyms of gizmitis:"));
        assertEquals(Optional.of(WordRelations.Relation.SYNONYMS), WordRelations.caption("Synonyms"));
        assertEquals(Optional.empty(), WordRelations.caption("Synonyms are words that mean the same"));
    }

    @Test
    void namesUnderHyponymAndHypernymCaptionsAreNarrowerAndBroaderTerms() {
        DocumentExtraction ex = extract("pleurisy-examplesite.txt", """
            Meaning of the word pleurisy

              • inflammation of the membrane that lines the chest and covers the lungs, which makes breathing painful
              • a sharp chest pain on breathing caused by inflamed layers of the pleura rubbing together

            Hyponyms for the word pleurisy

              • dry pleurisy
              • wet pleurisy

            Hypernyms for the word pleurisy

              • respiratory disease
            """);
        assertTrue(broader(term(ex, "dry pleurisy")).contains("pleurisy"), () -> describe(ex));
        assertTrue(broader(term(ex, "wet pleurisy")).contains("pleurisy"), () -> describe(ex));
        assertTrue(broader(term(ex, "pleurisy")).contains("respiratory disease"), () -> describe(ex));
    }
}

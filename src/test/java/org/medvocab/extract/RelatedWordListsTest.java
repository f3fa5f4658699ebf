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

    /** An ontology browser's OBO synonym scopes run in before their names; a long bare "Synonyms" row is a thesaurus box. */
    @Test
    void namesUnderARelatedTermsCaptionAreContentAndSeeAlsoTerms() {
        assertTrue(WordRelations.listCaption("Related Terms") && WordRelations.relatedCaption("See also:"));
        DocumentExtraction ex = extract("12-examplesite.txt", """
            Gizmo fever

            Pronunciation
            /GIZ-moh FEE-ver/
            Category
            Disease
            Singular
            Gizmo fever
            Plural
            Gizmo fevers

            Definition

            A tick-borne infection caused by a gizmovirus, marked by high fever and aching joints.

            Example

            The ranger was treated for gizmo fever after a walk in the woods.

            Related Terms

              • Gizmovirus
              • Deer tick
              • Relapsing fever
            """);
        var seeAlso = term(ex, "gizmo fever").crossRefs().stream().filter(x -> x.kind() == CrossRefKind.SEE_ALSO)
            .map(TermRecord.CrossRef::target).toList();
        assertTrue(seeAlso.containsAll(java.util.List.of("gizmovirus", "deer tick", "relapsing fever")), () -> describe(ex));
        // "Plural / Gizmo fevers": the headword's own form under a label row defines nothing
        assertTrue(term(ex, "gizmo fever").definitions().stream().noneMatch(d -> d.text().startsWith("Gizmo fever")), () -> describe(ex));
        assertEquals(1, term(ex, "gizmo fever").definitions().size(), () -> describe(ex));
    }

    @Test
    void oboSynonymScopesNameOtherNamesAndNarrowerTerms() {
        assertEquals(Optional.of(WordRelations.Relation.SYNONYMS), WordRelations.caption("Exact Synonyms:"));
        assertEquals(Optional.of(WordRelations.Relation.SYNONYMS), WordRelations.caption("related synonym"));
        assertEquals(Optional.of(WordRelations.Relation.NARROWER), WordRelations.caption("Narrow Synonyms"));
        assertEquals(Optional.of(WordRelations.Relation.BROADER), WordRelations.caption("Broad Synonym:"));
        DocumentExtraction ex = extract("gizmitis-browser.txt", """
            Gizmitis

            An inflammation of the gizmo gland that keeps coming back.
            Exact Synonyms: Gizmo gland inflammation ;   Gizmadenitis
            Related Synonyms: GIZMITIS ; Gizmo fever
            Narrow Synonyms: acute gizmitis
            Xrefs: MESH:D000001 ;   UMLS:C0000001
            """);
        TermRecord topic = term(ex, "gizmitis");
        for (String alt : java.util.List.of("gizmo gland inflammation", "gizmadenitis", "gizmo fever")) {
            assertTrue(topic.altLabels().stream().anyMatch(a -> a.equalsIgnoreCase(alt)), () -> alt + ": " + describe(ex));
        }
        assertTrue(broader(term(ex, "acute gizmitis")).contains("gizmitis"), () -> describe(ex));
        assertTrue(ex.terms().stream().noneMatch(t -> t.label().toLowerCase(java.util.Locale.ROOT).contains("synonym")), () -> describe(ex));

        assertTrue(WordRelations.thesaurusBox("Synonyms", "a, b, c, d, e, f, g, h, i"));
        assertTrue(!WordRelations.thesaurusBox("Synonyms", "a, b"));
        assertTrue(!WordRelations.thesaurusBox("Exact Synonyms", "a; b; c; d; e; f; g; h; i"));
    }
}

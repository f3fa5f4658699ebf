package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;

/**
 * An entry's hierarchy rows on a dictionary page ("Type of: ..."), read wherever they stand: on a short line of their
 * own, and after a block of word forms or cross-references that the reader skips. Invented pages.
 */
class EntryRowsTest {

    @Test
    void aTypeOfRowOnAShortLineNamesTheBroaderTermNotAnotherName() {
        DocumentExtraction ex = extract("gizmobladder-examplesite.txt", """
            Noun: gizmobladder
              1. A muscular sac beside the liver that holds gizmo juice until the gut needs it

            Type of: bladder, vesica
            """);
        TermRecord t = term(ex, "gizmobladder");
        assertTrue(t.broader().stream().anyMatch(b -> b.target().equals("bladder")), () -> describe(ex));
        assertTrue(t.altLabels().stream().noneMatch(a -> a.toLowerCase(java.util.Locale.ROOT).contains("type of")), () -> describe(ex));
        assertTrue(term(ex, "bladder").altLabels().contains("vesica"), () -> describe(ex));
    }

    @Test
    void aRowAfterASkippedBlockOfWordFormsIsStillRead() {
        DocumentExtraction ex = extract("gizmobladder-examplesite.txt", """
            Noun: gizmobladder
              1. A muscular sac beside the liver that holds gizmo juice until the gut needs it

            Derived forms: gizmobladders

            See also: gizmic

            Type of: bladder, vesica
            """);
        assertTrue(term(ex, "gizmobladder").broader().stream().anyMatch(b -> b.target().equals("bladder")), () -> describe(ex));
    }

    /** WordNet's "Part of" (holonyms): a body part lies in the whole; the whole's synonyms are its other names. */
    @Test
    void aPartOfRowPlacesABodyPartInTheWhole() {
        DocumentExtraction ex = extract("gizmobladder-examplesite.txt", """
            Noun: gizmobladder
              1. A muscular sac beside the liver that holds gizmo juice until the gut needs it

            Part of: chest, pectus, thorax
            """);
        assertTrue(ExtractFixtures.targets(term(ex, "gizmobladder"), RelationKind.LOCATION).contains("chest"), () -> describe(ex));
        assertTrue(term(ex, "chest").altLabels().containsAll(java.util.List.of("pectus", "thorax")), () -> describe(ex));
    }

    /** "- gizmo bladder" under a sense of "gizmobladder": the word written open is a spelling, not a gloss or a broader term. */
    @Test
    void theHeadwordWrittenOpenUnderASenseIsASpelling() {
        DocumentExtraction ex = extract("gizmobladder-examplesite.txt", """
            Noun: gizmobladder
              1. A muscular sac beside the liver that holds gizmo juice until the gut needs it
                - gizmo bladder
            """);
        TermRecord t = term(ex, "gizmobladder");
        assertTrue(t.altLabels().contains("gizmo bladder"), () -> describe(ex));
        assertTrue(t.definitions().stream().noneMatch(d -> d.text().contains("gizmo bladder")), () -> describe(ex));
        assertTrue(t.broader().stream().noneMatch(b -> b.target().equals("gizmo bladder")), () -> describe(ex));
        assertTrue(DefinitionRules.otherSpelling("gall-bladder", "gallbladder"));
        assertTrue(!DefinitionRules.otherSpelling("|diph-ther-i-a|", "diphtheria"), "a respelling in syllables");
        assertTrue(!DefinitionRules.otherSpelling("gallbladder", "gallbladder"));
    }

    /** Webster's "-- called also X, and Y." inside a sense: other names, and the sentences after them stay in the gloss. */
    @Test
    void namesCalledAlsoInsideASenseAreOtherNames() {
        DocumentExtraction ex = extract("gizmo-pouch-examplesite.txt", """
            Gizmo pouch
            n. (Anat.), a slender blind pouch of the gizmic gut in man; -- called also gizmo sac, and gizmic appendage. Small seeds sometimes lodge in it.
            """);
        TermRecord t = term(ex, "gizmo pouch");
        assertTrue(t.altLabels().containsAll(java.util.List.of("gizmo sac", "gizmic appendage")), () -> describe(ex));
        assertTrue(t.definitions().stream().anyMatch(d -> d.text().contains("Small seeds") && !d.text().contains("called also")), () -> describe(ex));
    }

    /** "gizmo guards available": a phrase ending in a word WordNet reads only as an adjective is no term. */
    @Test
    void aPhraseEndingInAnAdjectiveIsNoTerm() {
        DocumentExtraction ex = extract("gizmo-guard-examplesite.txt", "Gizmo guard\n\nA gizmo guard is a soft shield worn over the gums.\n");
        ex.term("gizmo guards available");
        ex.term("gizmo mellitus");
        ex.term("gizmo guard").addBroader("gizmo guards available", null);
        ex.dropNonTerms(ConceptExtractor::mayBeTerm);
        assertTrue(ex.terms().stream().noneMatch(t -> t.label().equals("gizmo guards available")), () -> describe(ex));
        assertTrue(term(ex, "gizmo guard").broader().stream().noneMatch(b -> b.target().equals("gizmo guards available")), () -> describe(ex));
        assertTrue(ex.terms().stream().anyMatch(t -> t.label().equals("gizmo mellitus")), "an unknown last word may be a name");
    }

    /** "Often called simply X." at the end of a sense: another name, however the sense leads up to it. */
    @Test
    void oftenCalledSimplyGivesAnotherName() {
        DocumentExtraction ex = extract("gizmonephritis-examplesite.txt", """
            Definition of Gizmonephritis

            Gizmonephritis: Infection of the gizmo kidney. Treatment involves rest and fluids. Often called simply gizmo.
            """);
        assertTrue(term(ex, "gizmonephritis").altLabels().contains("gizmo"), () -> describe(ex));
    }
}

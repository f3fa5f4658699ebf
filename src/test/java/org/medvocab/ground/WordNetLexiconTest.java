package org.medvocab.ground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.medvocab.ground.WordNetLexicon.Reading;
import org.medvocab.link.Kind;

/** WordNet 3.1 through extJWNL: lemmas, readings, lexicographer files, hypernyms and the term rule. */
class WordNetLexiconTest {
    private final WordNetLexicon wn = WordNetLexicon.get();

    @Test void lemmasAndReadings() {
        assertEquals("artery", wn.lemma("arteries"));
        assertEquals(Optional.of("fast"), wn.lemma("faster", Reading.ADJECTIVE));
        assertEquals(Set.of(Reading.NOUN), wn.readings("aorta"));
        assertTrue(wn.readings("pump").containsAll(Set.of(Reading.NOUN, Reading.VERB)));
        assertTrue(wn.readings("xyzzyplox").isEmpty());
        assertEquals(Reading.ADJECTIVE, wn.mostFrequentReading("complex"));
    }

    /** Qualities (adj.all only) against relational adjectives (adj.pert), nouns and unknown words. */
    @Test void onlyDescriptiveAdjectives() {
        assertTrue(wn.onlyDescriptive("transparent"));
        assertTrue(wn.onlyDescriptive("Peculiar"));
        assertFalse(wn.onlyDescriptive("cardiac"), "relational: of the heart");
        assertFalse(wn.onlyDescriptive("nervous"), "one sense is relational: of the nerves");
        assertFalse(wn.onlyDescriptive("plastic"), "also a noun");
        assertFalse(wn.onlyDescriptive("xyzzyplox"));
    }

    @Test void lexicographerFilesAsKindEvidence() {
        assertTrue(wn.lexFiles("aorta").contains("noun.body"));
        assertEquals(Optional.of(Kind.ANATOMY), wn.kind("heart"), "through the organ sense, the second one");
        assertEquals(Optional.of(Kind.DEVICE), wn.kind("catheter"));
        assertEquals(Optional.of(Kind.SUBSTANCE), wn.kind("enzyme"));
        assertEquals(Optional.of(Kind.CONDITION), wn.kind("disease"));
        assertEquals(Optional.of(Kind.PROCEDURE), wn.kind("therapy"));
        assertEquals(Optional.of(Kind.MECHANISM), wn.kind("hemolysis"));
        assertEquals(Optional.of("noun.body"), wn.kindLexFile("stomach"));
        assertEquals(Optional.empty(), wn.kind("question"));
    }

    @Test void hypernymChains() {
        assertTrue(wn.isA("heart", "organ"), wn.hypernymChains("heart").toString());
        assertTrue(wn.isA("syringe", "device") || wn.isA("syringe", "instrument"), wn.hypernymChains("syringe").toString());
        assertFalse(wn.isA("aorta", "device"));
        assertTrue(wn.hypernymChains("faster").isEmpty());
    }

    @Test void nonTerms() {
        assertFalse(wn.isTerm("faster"), "a comparative");
        assertFalse(wn.isTerm("complex"), "an adjective first");
        assertFalse(wn.isTerm("severe"), "no noun reading");
        assertFalse(wn.isTerm("improve"), "verb only");
        assertFalse(wn.isTerm("question"), "generic noun senses (communication)");
        assertFalse(wn.isTerm("the"));
        assertFalse(wn.isTerm("42"));
        assertFalse(wn.isTerm("improve your writing"), "begins with a verb-only word");
        assertFalse(wn.isTerm("question 1 of 6"));
        assertFalse(wn.isTerm("medical term"), "head is a generic noun");
    }

    @Test void terms() {
        assertTrue(wn.isTerm("pump"), "a noun/verb conversion keeps the noun");
        assertTrue(wn.isTerm("stomach"));
        assertTrue(wn.isTerm("heart"));
        assertTrue(wn.isTerm("blood pressure"), "a WordNet compound");
        assertTrue(wn.isTerm("large volume pump"), "head noun is a term");
        assertTrue(wn.isTerm("Hemopumpix"), "unknown to WordNet: a name");
        assertTrue(wn.isNounPhrase("blood pressure"));
        assertFalse(wn.isNounPhrase("improve your writing"), "not a sub-word match");
    }

    @Test void questionsAboutAWordsReadings() {
        assertTrue(wn.reads("Ovary", WordNetLexicon.Reading.NOUN), "any case");
        assertTrue(wn.knownNot("ovary", WordNetLexicon.Reading.ADJECTIVE));
        assertFalse(wn.knownNot("Zyxqorb", WordNetLexicon.Reading.ADJECTIVE), "unknown words are not known as anything");
        assertTrue(wn.onlyAs("involve", WordNetLexicon.Reading.VERB));
        assertFalse(wn.onlyAs("pump", WordNetLexicon.Reading.VERB), "pump is a noun too");
    }
}

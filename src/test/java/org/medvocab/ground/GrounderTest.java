package org.medvocab.ground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.medvocab.link.Kind;

/** The grounding facade: verdicts, kinds with their evidence, identifiers, and the longest-match scanner. */
class GrounderTest {
    private final Grounder g = Grounder.get();

    @Test void exactMatchGivesKindAndTheKindsOwnOntology() {
        Grounding heart = g.assess("Hearts");
        assertTrue(heart.term());
        assertEquals(Optional.of(Kind.ANATOMY), heart.kind());
        assertEquals(Grounding.Evidence.LEXICON, heart.evidence());
        assertEquals(Optional.of("UBERON:0000948"), heart.id(), "UBERON before MeSH for anatomy");
        assertEquals(Optional.of("http://purl.obolibrary.org/obo/UBERON_0000948"), heart.iri());
        assertTrue(heart.matches().stream().anyMatch(e -> e.id().equals("MESH:D006321")));
        assertEquals(Optional.of("https://w3id.org/medvocab/core#AnatomicalStructure"), heart.kindIri());

        Grounding pump = g.assess("infusion pump");
        assertEquals(Optional.of(Kind.DEVICE), pump.kind());
        assertEquals(Optional.of("FDA_PRODUCT_CODE:FRN"), pump.id());
        assertEquals(Optional.of(Kind.SUBSTANCE), g.kind("lactase"));
        assertEquals(Optional.of(Kind.PROCEDURE), g.kind("extracorporeal membrane oxygenation"));
    }

    @Test void headMatchGivesAKindButNoIdentifier() {
        Grounding r = g.assess("large volume infusion pumps");
        assertTrue(r.term());
        assertEquals(Optional.of(Kind.DEVICE), r.kind());
        assertEquals(Grounding.Evidence.LEXICON_HEAD, r.evidence());
        assertTrue(r.evidenceText().contains("infusion pump"), r.evidenceText());
        assertTrue(r.id().isEmpty());

        Grounding hf = g.assess("severe heart failure");
        assertEquals(Optional.of(Kind.CONDITION), hf.kind());
        assertTrue(hf.term());
    }

    @Test void wordNetKindWhenTheLexiconIsSilent() {
        Grounding r = g.assess("volume pump");
        assertTrue(r.term());
        assertEquals(Grounding.Evidence.WORDNET, r.evidence());
        assertEquals(Optional.of(Kind.DEVICE), r.kind());
        assertTrue(r.evidenceText().startsWith("noun.artifact"), r.evidenceText());
    }

    @Test void nonTermsAreRejected() {
        for (String p : List.of("faster", "complex", "medical term:", "question 1 of 6", "improve your writing", "", "  "))
            assertFalse(g.isTerm(p), p);
    }

    @Test void mentionsTakeTheLongestMatch() {
        List<Mention> ms = g.mentions("Blood leaves the left ventricle through the aortic valve into the aorta.");
        List<String> texts = ms.stream().map(Mention::text).toList();
        assertEquals(List.of("Blood", "left ventricle", "aortic valve", "aorta"), texts);
        assertEquals(Optional.of("UBERON:0002084"), ms.get(1).grounding().id());
        assertEquals(3, ms.get(1).start());
        assertEquals(5, ms.get(1).end());
    }

    @Test void mentionsInCoordinatedListsAndAcrossPunctuation() {
        List<String> texts = g.mentions("It needs ATP, red blood cells and the stomach.").stream().map(Mention::text).toList();
        assertEquals(List.of("ATP", "red blood cells", "stomach"), texts);
        List<String> tokens = List.of("heart", ",", "lung");
        assertEquals(List.of("heart", "lung"), g.mentions(tokens).stream().map(Mention::text).toList(),
            "a comma ends a match");
    }

    @Test void generalEnglishWordsInRunningTextAreNotMentions() {
        assertEquals(List.of("heart"), g.mentions("Then all of it goes back to the heart.").stream().map(Mention::text).toList(),
            "'back' is MeSH anatomy, but in running text an adverb");
        assertTrue(g.isTerm("back"), "as a whole phrase the lexicon's verdict stands");
    }

    @Test void sameAnswersFromManyThreads() throws Exception {
        List<String> phrases = List.of("aortic valve", "lactase", "volume pump", "faster", "severe heart failure",
            "gastric mucosa", "stethoscope", "complex", "hemolysis", "red blood cells");
        Grounder fresh = new Grounder(MedicalLexicon.get(), WordNetLexicon::get);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Grounding>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) runs.add(pool.submit(() -> phrases.stream().map(fresh::assess).toList()));
            List<Grounding> first = runs.get(0).get();
            for (var r : runs) assertEquals(first, r.get());
            assertEquals(phrases.stream().map(g::assess).toList(), first, "a fresh grounder agrees with the shared one");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test void tokens() {
        assertEquals(List.of("Na+", "and", "heart-lung", "machines", "(", "HLM", ")", "."), Grounder.tokens("Na+ and heart-lung machines (HLM)."));
    }
}

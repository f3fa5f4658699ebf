package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comparison keys, singular forms and IRI slugs. */
class LabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dialysis Cannula|dialysis cannula",
        "dialysis cannulas|dialysis cannula",
        "Heart-Lung Machine|heart lung machine",
        "heart lung machines|heart lung machine",
        "gastric_balloon|gastric balloon",
        "  ward    pump |ward pump",
        "arteries|artery",
        "chest drain's|chest drain",
        "Ｗａｒｄ ｐｕｍｐ|ward pump",
        "stent\u2011grafts|stent graft",
        "diabetes|diabetes",
    })
    void keyNormalisesCaseSpacingHyphensAndNumber(String label, String key) {
        assertEquals(key, Labels.key(label));
    }

    @Test
    void keyTreatsVariantsAsOneAndDifferentTermsApart() {
        assertEquals(Labels.key("Ward pump"), Labels.key("ward-pumps"));
        assertNotEquals(Labels.key("ward pump"), Labels.key("ward pumps station"));
        assertNotEquals(Labels.key("chest drain"), Labels.key("chest drainage"));
        assertEquals("", Labels.key(null));
    }

    @Test
    void keyOnlyMakesTheLastWordSingular() {
        assertEquals("drains pump", Labels.key("drains pump"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "catheters|catheter",
        "cannulas|cannula",
        "arteries|artery",
        "bodies|body",
        "boxes|box",
        "branches|branch",
        "kidneys|kidney",
        "Stents|Stent",
        "BOXES|BOX",
        "lens|lens",
        "virus|virus",
        "diabetes|diabetes",
        "stimulus|stimulus",
        "abscess|abscess",
        "series|series",
        "pancreas|pancreas",
        "gas|gas",
        "ion|ion",
        // WordNet lists the word as it is and knows no "cary" or "ricket": no plural (nineteenth session)
        "caries|caries",
        "rickets|rickets",
        "cavities|cavity",
    })
    void singularIsConservative(String word, String singular) {
        assertEquals(singular, Labels.singular(word));
    }
    @Test
    void aNameWordNetKnowsAsWrittenKeepsItsFinalS() {
        assertEquals("vas deferens", Labels.singularPhrase("vas deferens"));
        assertEquals("seminal vesicle", Labels.singularPhrase("seminal vesicles"));
        assertEquals("vas deferens", Phrases.clean("the vas deferens").label());
    }

    @Test
    void theLinkStagesKeysKeepTheSuffixRule() {
        // the committed medical lexicon and the link stage's label keys are built with the endings alone
        assertEquals("cary", Labels.suffixSingular("caries"));
        assertEquals("caries", Labels.singular("caries"));
    }

    @Test
    void pluralsInSesBecomeTheirSingular() {
        assertEquals("sinus", Labels.singular("sinuses"));
        assertEquals("virus", Labels.singular("viruses"));
        assertEquals("lens", Labels.singular("lenses"));
        assertEquals(Labels.key("paranasal sinus"), Labels.key("paranasal sinuses"));
    }

    @Test
    void aPluralOfAWordEndingInEDropsOnlyTheS() {
        assertEquals("size", Labels.singular("sizes"));
        assertEquals("headache", Labels.singular("headaches"));
        assertEquals("branch", Labels.singular("branches"));
        assertEquals("buzz", Labels.singular("buzzes"));
    }

    @Test
    void singularPhraseChangesOnlyTheLastWordAndLeavesAcronyms() {
        assertEquals("balloon catheter", Labels.singularPhrase("balloon catheters"));
        assertEquals("Drains pump", Labels.singularPhrase("Drains pumps"));
        assertEquals("proton pump PPIs", Labels.singularPhrase("proton pump PPIs"));
        assertEquals("LVADS", Labels.singularPhrase("LVADS"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dialysis cannula|dialysis-cannula",
        "Heart-lung machine|heart-lung-machine",
        "  ward   pump  |ward-pump",
        "Ménière disease|meniere-disease",
        "Na+/K+-ATPase|na-plus-k-plus-atpase",
        "Ca2+ pump|ca2-plus-pump",
        "chest drain (pleural)|chest-drain-pleural",
        "!!!|term",
    })
    void slugIsLowerCaseAsciiWithHyphens(String label, String slug) {
        assertEquals(slug, Labels.slug(label));
    }

    @Test
    void slugsOfDifferentSensesDiffer() {
        assertNotEquals(Labels.slug("drain apparatus"), Labels.slug("drain mechanism"));
        assertTrue(Labels.slug("Gastric Balloon").matches("[a-z0-9]+(?:-[a-z0-9]+)*"));
    }

    @Test
    void innerCapitals() {
        assertTrue(Labels.hasInnerCapital("BiVAD"));
        assertTrue(Labels.hasInnerCapital("IABP"));
        assertFalse(Labels.hasInnerCapital("Gastrofill"));
        assertFalse(Labels.hasInnerCapital("pump"));
    }

    @Test
    void asciiFoldsPronunciations() {
        assertEquals("infyuzhun pump", Labels.ascii("(in-fyūzhŭn pŭmp)"));
    }
}

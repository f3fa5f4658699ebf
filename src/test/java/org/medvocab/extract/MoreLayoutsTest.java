package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.broader;
import static org.medvocab.extract.ExtractFixtures.crossRefs;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.targets;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Layouts beyond the two seed kinds: one-line dictionary entries, untitled prose, dictionary page chrome. */
class MoreLayoutsTest {

    @Test
    void headwordPronunciationEtymologyAndDefinitionOnOneLine() {
        DocumentExtraction ex = extract("""
            splint (splint) [Old Dutch splinte, a thin strip] A rigid support that keeps a broken limb from moving.

            air splint (air splint) An inflatable sleeve that holds a limb still while a patient is moved. See also traction.
            """);
        assertEquals(DocumentKind.DICTIONARY, ex.kind(), () -> describe(ex));
        assertEquals("splint", ex.topic());
        assertEquals(List.of("A rigid support that keeps a broken limb from moving."), definitions(term(ex, "splint")));
        assertTrue(definitions(term(ex, "air splint")).get(0).startsWith("An inflatable sleeve"));
        assertEquals(List.of("traction"), crossRefs(term(ex, "air splint"), CrossRefKind.SEE_ALSO));
    }

    @Test
    void proseWithoutATitleLineTakesItsTopicFromTheFirstSubject() {
        DocumentExtraction ex = extract("""
            A tourniquet is a band that is tightened around a limb to stop bleeding from a wound further down. It may cause nerve injury if left on too long.
            """);
        assertEquals("tourniquet", ex.topic(), () -> describe(ex));
        assertEquals(List.of("nerve injury"), targets(term(ex, "tourniquet"), RelationKind.RISK));
    }

    @Test
    void dictionaryPageChromeIsNotAnEntry() {
        DocumentExtraction ex = extract("""
            bandage
            Also found in: Dictionary, Thesaurus, Encyclopedia.

            bandage
            (ban-dij)
            1. a strip of woven material used to wrap a wound or to hold a dressing in place.

            Patient discussion about bandage
            Q. How often should a bandage be changed?
            A. Usually once a day.
            """);
        TermRecord t = term(ex, "bandage");
        assertEquals(1, definitions(t).size(), () -> describe(ex));
        assertFalse(has(ex, "day"), () -> describe(ex));
    }

    @Test
    void coordinatedAdjectivesBeforeTheGenusNoun() {
        Genus g = Genus.of("a slender rodlike or threadlike splint used to hold a finger straight");
        assertEquals("splint", g.broader());
    }

    @Test
    void purposeIsNotARisk() {
        DocumentExtraction ex = extract("""
            Ice pack

            An ice pack is a cold compress applied to an injury to induce numbness and to reduce swelling. It can cause frostbite if applied directly to skin.
            """);
        List<String> risks = targets(term(ex, "ice pack"), RelationKind.RISK);
        assertEquals(List.of("frostbite"), risks, () -> describe(ex));
        assertTrue(broader(term(ex, "ice pack")).contains("cold compress"));
    }

    @Test
    void meaningOfTitleAndDefinitionRowsWithPartOfSpeechMarks() {
        DocumentExtraction ex = extract("""
            Meaning of SPLINT

            Definition: [n] a rigid support that holds a broken bone still while it heals
            Definition: [v] to support a limb with a splint

            See also: cast, brace
            """);
        assertEquals("splint", ex.topic(), () -> describe(ex));
        assertEquals(List.of("a rigid support that holds a broken bone still while it heals"), definitions(term(ex, "splint")));
        assertEquals(List.of("cast", "brace"), crossRefs(term(ex, "splint"), CrossRefKind.SEE_ALSO));
    }

    @Test
    void numberedNounSenseLosesItsMarkAndALabelledLineIsNotAWrappedOne() {
        DocumentExtraction ex = extract("""
            gizmo pump

            A gizmo pump is a small device that pushes fluid through thin tubing. Nurses use it on the ward.

            Definitions of gizmo pump

            1. noun a small device that pushes fluid at a fixed rate into a vein
            synonyms: drip driver
            """);
        TermRecord pump = term(ex, "gizmo pump");
        assertTrue(definitions(pump).contains("a small device that pushes fluid at a fixed rate into a vein"), pump::toString);
        assertTrue(pump.altLabels().contains("drip driver"), pump::toString);
    }
}

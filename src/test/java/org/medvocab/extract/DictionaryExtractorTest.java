package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.broader;
import static org.medvocab.extract.ExtractFixtures.crossRefs;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.doc;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.find;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medvocab.ingest.SourceDocument;

/** Dictionary pages: headwords, numbered senses, sub-entries, synonyms, cross-references, headless definitions. */
class DictionaryExtractorTest {

    /** An invented page gathering several dictionaries' entries for "drain". */
    static final String DRAIN = """
        drain
        noun
        a tube or strip of soft material placed in a wound or body cavity to let fluid escape.

        (drayn)
        A device that carries blood, pus or other fluid away from a surgical site.

        1. an apparatus of tubing and a collecting bottle that removes fluid from a wound by gentle suction.
        2. to draw off fluid from a cavity or wound.
        3. a mechanism by which fluid leaves a tissue space, such as the flow of lymph into lymph vessels.

        chest drain, chest tube
        a drain passed between the ribs into the pleural space to remove air or fluid.
        wound drain
        a drain left in a surgical wound to stop fluid collecting under the skin. See seroma.
        suction drain
        a drain attached to a vacuum bottle that pulls fluid out of the wound. Cf passive drain.
        pleural drain
        chest drain.
        """;

    private static DocumentExtraction drain() {
        return extract(DRAIN);
    }

    @Nested
    class Headword {

        @Test
        void headwordLineAndItsDefinitions() {
            DocumentExtraction ex = drain();
            assertEquals(DocumentKind.DICTIONARY, ex.kind());
            assertEquals("drain", ex.topic());
            TermRecord drain = term(ex, "drain");
            assertEquals(List.of(
                "a tube or strip of soft material placed in a wound or body cavity to let fluid escape.",
                "A device that carries blood, pus or other fluid away from a surgical site."), definitions(drain));
            assertEquals(TopClass.DEVICE, drain.kind());
        }

        @Test
        void definitionEvidencePointsAtTheDefinitionLine() {
            SourceDocument d = doc("drain.txt", DRAIN);
            TermRecord drain = term(new ConceptExtractor().extract(d), "drain");
            Evidence ev = drain.definitions().get(1).evidence();
            assertEquals("A device that carries blood, pus or other fluid away from a surgical site.", ev.text());
            assertEquals(ev.text(), d.text().substring(ev.start(), ev.end()));
        }

        @Test
        void alsoCalledLineGivesAnAltLabel() {
            DocumentExtraction ex = extract("""
                dialysis cannula
                noun
                a wide-bore needle or tube placed in a fistula or large vein to carry blood to and from a dialysis machine.
                Also called dialysis needle.
                """);
            TermRecord t = term(ex, "dialysis cannula");
            assertEquals(List.of("dialysis needle"), List.copyOf(t.altLabels()));
            assertFalse(has(ex, "dialysis needle"), () -> describe(ex));
        }

        @Test
        void verbBlockAfterAPartOfSpeechLineIsDropped() {
            DocumentExtraction ex = extract("""
                drain
                noun
                a tube or strip of soft material placed in a wound to let fluid escape.
                verb
                to draw fluid off slowly from a wound or cavity.
                """);
            assertEquals(List.of("a tube or strip of soft material placed in a wound to let fluid escape."),
                definitions(term(ex, "drain")));
        }

        @Test
        void adjectiveEntryMakesNoTerm() {
            DocumentExtraction ex = extract("""
                drain
                noun
                a tube or strip of soft material placed in a wound to let fluid escape.

                drainable
                adjective; able to be emptied by a drain.
                """);
            assertFalse(has(ex, "drainable"), () -> describe(ex));
            assertTrue(has(ex, "drain"));
        }
    }

    @Nested
    class NumberedSenses {

        @Test
        void nounSensesOfDifferentKindsBecomeSenseRecords() {
            DocumentExtraction ex = drain();
            TermRecord apparatus = term(ex, "drain", "apparatus");
            assertEquals(TopClass.DEVICE, apparatus.kind());
            assertEquals(List.of("an apparatus of tubing and a collecting bottle that removes fluid from a wound by gentle suction."),
                definitions(apparatus));
            TermRecord mechanism = term(ex, "drain", "mechanism");
            assertEquals(TopClass.MECHANISM, mechanism.kind());
            assertEquals(List.of("a mechanism by which fluid leaves a tissue space, such as the flow of lymph into lymph vessels."),
                definitions(mechanism));
            assertEquals(3, ex.terms().stream().filter(t -> t.label().equals("drain")).count(), () -> describe(ex));
        }

        @Test
        void senseEvidenceIsTheSenseBodyWithoutItsNumber() {
            SourceDocument d = doc("drain.txt", DRAIN);
            TermRecord mechanism = term(new ConceptExtractor().extract(d), "drain", "mechanism");
            Evidence ev = mechanism.definitions().get(0).evidence();
            assertEquals(mechanism.definitions().get(0).text(), d.text().substring(ev.start(), ev.end()));
        }

        @Test
        void verbSenseIsDropped() {
            DocumentExtraction ex = drain();
            for (TermRecord t : ex.terms()) {
                for (String def : definitions(t)) {
                    assertFalse(def.startsWith("to draw off"), () -> "verb sense kept on " + t);
                }
            }
            assertEquals(3, ex.terms().stream().filter(t -> t.label().equals("drain")).count(), () -> describe(ex));
        }

        @Test
        void nounSensesOfOneKindStayOneConcept() {
            DocumentExtraction ex = extract("""
                cannula
                (kan-yoo-luh)
                noun
                1. a tube for insertion into a vein or body cavity to carry fluid in or out.
                2. a thin tube that fits inside a larger tube and guides it.
                """);
            assertEquals(1, ex.terms().stream().filter(t -> t.label().equals("cannula")).count(), () -> describe(ex));
            TermRecord cannula = term(ex, "cannula");
            assertEquals(2, definitions(cannula).size());
            assertEquals(TopClass.DEVICE, cannula.kind());
        }
    }

    @Nested
    class SubEntries {

        @Test
        void termLineThenDefinitionLineWithCommaSynonyms() {
            DocumentExtraction ex = drain();
            TermRecord chest = term(ex, "chest drain");
            assertTrue(chest.altLabels().contains("chest tube"), () -> chest.toString());
            assertEquals(List.of("a drain passed between the ribs into the pleural space to remove air or fluid."),
                definitions(chest));
            assertEquals(List.of("drain"), broader(chest));
            assertFalse(has(ex, "chest tube"), () -> describe(ex));
        }

        @Test
        void definitionThatIsOnlyAnotherTermMakesAnAltLabel() {
            DocumentExtraction ex = drain();
            assertFalse(has(ex, "pleural drain"), () -> describe(ex));
            TermRecord chest = term(ex, "chest drain");
            assertTrue(chest.altLabels().contains("pleural drain"), () -> chest.toString());
            assertFalse(definitions(chest).contains("chest drain."), () -> chest.toString());
        }

        @Test
        void synonymEntryFoldsIntoTheHeadword() {
            DocumentExtraction ex = extract("""
                stomach tube
                noun
                a wide tube passed through the mouth into the stomach to wash it out.

                gastric tube
                stomach tube.
                """);
            assertFalse(has(ex, "gastric tube"), () -> describe(ex));
            assertEquals(List.of("gastric tube"), List.copyOf(term(ex, "stomach tube").altLabels()));
            assertEquals(1, definitions(term(ex, "stomach tube")).size());
        }

        @Test
        void parenthesisedShortFormInATermLineIsAnotherName() {
            DocumentExtraction ex = extract("""
                feeding tube
                noun
                a soft tube that carries liquid food into the stomach or small bowel.

                nasogastric (NG) tube
                a feeding tube passed through the nose into the stomach.
                """);
            TermRecord ng = term(ex, "nasogastric tube");
            assertTrue(ng.altLabels().contains("NG tube"), () -> ng.toString());
            assertEquals(List.of("feeding tube"), broader(ng));
        }
        @Test
        void parenthesisedShortFormOfAMultiWordLongForm() {
            DocumentExtraction ex = extract("""
                feeding tube
                noun
                a soft tube that carries liquid food into the stomach or small bowel.

                percutaneous endoscopic gastrostomy (PEG) tube
                a feeding tube placed through the wall of the abdomen into the stomach with the help of an endoscope.
                """);
            TermRecord peg = term(ex, "percutaneous endoscopic gastrostomy tube");
            assertEquals(List.of("PEG tube"), List.copyOf(peg.altLabels()));
        }
        @Test
        void definitionOnlyAnotherTermWhoseFirstWordIsTaggedAsAVerb() {
            DocumentExtraction ex = extract("""
                dialysis cannula
                noun
                a wide-bore needle or tube placed in a fistula or large vein to carry blood to and from a dialysis machine.

                fistula needle
                dialysis cannula.
                """);
            assertFalse(has(ex, "fistula needle"), () -> describe(ex));
            assertTrue(term(ex, "dialysis cannula").altLabels().contains("fistula needle"));
        }

        @Test
        void runInSubEntryWithAbbreviatedHeadword() {
            DocumentExtraction ex = extract("""
                drain
                noun
                a tube or strip of soft material placed in a wound to let fluid escape.
                chest d. A drain passed between the ribs into the space around the lung.
                """);
            TermRecord chest = term(ex, "chest drain");
            assertEquals(List.of("A drain passed between the ribs into the space around the lung."), definitions(chest));
            assertEquals(1, definitions(term(ex, "drain")).size());
        }
    }

    @Nested
    class CrossReferences {

        @Test
        void seeAndCfAtTheEndOfADefinition() {
            DocumentExtraction ex = drain();
            TermRecord wound = term(ex, "wound drain");
            assertEquals(List.of("seroma"), crossRefs(wound, CrossRefKind.SEE));
            assertEquals(List.of("a drain left in a surgical wound to stop fluid collecting under the skin."), definitions(wound));
            TermRecord suction = term(ex, "suction drain");
            assertEquals(List.of("passive drain"), crossRefs(suction, CrossRefKind.CF));
            assertEquals(List.of("a drain attached to a vacuum bottle that pulls fluid out of the wound."), definitions(suction));
        }

        @Test
        void seeAndSeeAlsoOnTheHeadword() {
            DocumentExtraction ex = extract("""
                gastric lavage
                noun
                the washing out of the stomach with repeated small volumes of fluid through a tube. See stomach pump.

                (gas-trik lah-vahzh)
                A procedure for emptying the stomach after a poison has been swallowed. See also activated charcoal, whole bowel irrigation.
                """);
            TermRecord t = term(ex, "gastric lavage");
            assertEquals(List.of("stomach pump"), crossRefs(t, CrossRefKind.SEE));
            assertEquals(List.of("activated charcoal", "whole bowel irrigation"), crossRefs(t, CrossRefKind.SEE_ALSO));
            assertEquals(TopClass.PROCEDURE, t.kind());
            assertEquals(List.of("the washing out of the stomach with repeated small volumes of fluid through a tube.",
                "A procedure for emptying the stomach after a poison has been swallowed."), definitions(t));
        }

        @Test
        void crossReferenceKindsFollowTheirWord() {
            TermRecord t = new TermRecord("suction drain", null);
            TextRules.crossRefs("a drain on a vacuum bottle. Cf. passive drain.", t, null);
            TextRules.crossRefs("a drain on a vacuum bottle \u2014 compare gravity drain.", t, null);
            TextRules.crossRefs("a drain on a vacuum bottle. See also wound drain.", t, null);
            assertEquals(List.of("passive drain"), crossRefs(t, CrossRefKind.CF));
            assertEquals(List.of("gravity drain"), crossRefs(t, CrossRefKind.COMPARE));
            assertEquals(List.of("wound drain"), crossRefs(t, CrossRefKind.SEE_ALSO));
            assertEquals("a drain on a vacuum bottle.", TextRules.withoutCrossRefs("a drain on a vacuum bottle. Cf. passive drain."));
        }
        @Test
        void twoCrossReferencesInARow() {
            for (String sep : List.of(". Cf", "; cf")) {
                DocumentExtraction ex = extract("gastric lavage\nnoun\na procedure for emptying the stomach after a poison"
                    + " has been swallowed. See also activated charcoal" + sep + " whole bowel irrigation.\n");
                TermRecord t = term(ex, "gastric lavage");
                assertEquals(List.of("activated charcoal"), crossRefs(t, CrossRefKind.SEE_ALSO), sep);
                assertEquals(List.of("whole bowel irrigation"), crossRefs(t, CrossRefKind.CF), sep);
                assertEquals(List.of("a procedure for emptying the stomach after a poison has been swallowed."), definitions(t), sep);
            }
        }
    }

    @Nested
    class HeadlessDefinitions {

        static final String FEEDING_PUMP = """
            a device that pushes liquid food through a tube into the stomach at a set rate, for patients who cannot swallow. Some kinds of feeding pumps can be carried in a backpack.

            (fee-ding pump)
            A machine that delivers tube feeds at a steady programmed speed over many hours.

            1. an apparatus for moving fluid through a tube by pressure.
            2. to move fluid with such an apparatus.

            enteral pump
            a feeding pump used for food given into the gut.
            gravity pump
            a feeding pump that relies on the height of the bag rather than a motor.
            """;

        @Test
        void headwordIsInferredFromTheTextAndPronunciation() {
            DocumentExtraction ex = extract(FEEDING_PUMP);
            assertEquals(DocumentKind.DICTIONARY, ex.kind());
            assertEquals("feeding pump", ex.topic());
            TermRecord t = term(ex, "feeding pump");
            assertEquals(2, definitions(t).size(), () -> t.toString());
            assertTrue(definitions(t).get(0).startsWith("a device that pushes liquid food"));
            assertEquals(TopClass.DEVICE, t.kind());
        }

        @Test
        void subEntriesAfterHeadlessDefinitionsAreTheirOwnTerms() {
            DocumentExtraction ex = extract(FEEDING_PUMP);
            assertEquals(List.of("feeding pump"), broader(term(ex, "enteral pump")));
            assertEquals(List.of("feeding pump"), broader(term(ex, "gravity pump")));
        }

        @Test
        void numberedSensesGoToTheWordTheSubEntriesShare() {
            DocumentExtraction ex = extract(FEEDING_PUMP);
            TermRecord pump = term(ex, "pump");
            assertEquals(List.of("an apparatus for moving fluid through a tube by pressure."), definitions(pump));
            assertTrue(find(ex, "feeding pump", null).orElseThrow().definitions().stream()
                .noneMatch(d -> d.text().startsWith("an apparatus")));
        }

        @Test
        void pronunciationPicksTheHeadwordAmongTheNounPhrases() {
            DocumentExtraction ex = extract("""
                a device that pushes liquid food through a tube into the stomach at a set rate.

                (fee-ding pump)
                A machine used at home for liquid food; the feeding pump beeps when the tube is blocked.
                """);
            assertEquals("feeding pump", ex.topic());
            assertEquals(2, definitions(term(ex, "feeding pump")).size());
            assertFalse(has(ex, "liquid food"), () -> describe(ex));
        }

        @Test
        void bulletedNamesUnderASentenceThatOpensAListAreKindsNotSenses() {
            DocumentExtraction ex = extract("""
                Definition of Bruise

                Bruise: A patch of skin discoloured by blood that has leaked from damaged small vessels underneath it.

                Bruises are grouped by the tissue they lie in and include:

                \u2022 periosteal bruise,
                \u2022 intramuscular bruise,
                \u2022 subcutaneous bruise.
                """);
            TermRecord bruise = term(ex, "bruise");
            assertEquals(List.of("A patch of skin discoloured by blood that has leaked from damaged small vessels underneath it."),
                definitions(bruise), "a listed name is the sentence's object, not a sense of the entry");
            assertTrue(broader(bruise).stream().noneMatch(b -> b.endsWith(" bruise")), () -> describe(ex));
            assertEquals(List.of("bruise"), broader(term(ex, "periosteal bruise")));
            assertEquals(List.of("bruise"), broader(term(ex, "subcutaneous bruise")));
        }

        @Test
        void aSentenceThatDefinesTheHeadwordWithModifiersDefinesAKindOfIt() {
            DocumentExtraction ex = extract("""
                Definition of Lobectomy:

                Surgical removal of a lobe of an organ such as a lung or the liver. 'Upper lobectomy' is the removal of the top lobe of a lung. Sleeve lobectomy is a lobectomy that also takes out a ring of the main airway.
                """);
            TermRecord upper = term(ex, "upper lobectomy");
            assertEquals(List.of("lobectomy"), broader(upper));
            assertEquals(1, definitions(upper).size());
            assertTrue(definitions(upper).get(0).startsWith("'Upper lobectomy' is the removal"), () -> describe(ex));
            assertEquals(List.of("lobectomy"), broader(term(ex, "sleeve lobectomy")));
            assertEquals(1, definitions(term(ex, "lobectomy")).size(), () -> describe(ex));
        }
    }

    @Test
    void aSenseWrittenAsItsWordsADashAndAGlossGivesSynonymsAndTheGlossAlone() {
        DocumentExtraction ex = extract("""
            bandage

            noun
            1. bandage, patch - a piece of soft material that covers and protects an injured part of the body
            2. bandage - a restraint put around a limb to keep a dressing in place
            """);
        TermRecord bandage = term(ex, "bandage");
        assertTrue(bandage.altLabels().contains("patch"), () -> describe(ex));
        assertTrue(definitions(bandage).contains("a piece of soft material that covers and protects an injured part of the body"), () -> describe(ex));
        assertTrue(definitions(bandage).stream().anyMatch(d -> d.startsWith("a restraint put around a limb")), () -> describe(ex));
        assertEquals(TopClass.DEVICE, bandage.kind(), () -> "a piece of a material is a made thing, not the material: " + describe(ex));
    }
}

package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.broader;
import static org.medvocab.extract.ExtractFixtures.crossRefs;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.doc;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.relation;
import static org.medvocab.extract.ExtractFixtures.targets;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medvocab.ingest.SourceDocument;

/** Encyclopedia articles: title, lead definition, genus, abbreviations, section relations, glossary lists. */
class EncyclopediaExtractorTest {

    /** An invented article in the wiki layout: edit-link headings, a See Also list and site chrome at the end. */
    static final String GASTRIC_BALLOON = """
        Gastric balloon

        From MedVocab's Open Medical Encyclopedia

        Gastric balloon is a soft balloon that takes up room in the stomach so that a person feels full after a small meal. It is a type of bariatric implant (BI) that is placed without any cut in the skin. Doctors fit it during a short endoscopy, usually under light sedation.

        Overview[edit | edit source]

        It is inserted into the esophagus and advanced into the stomach, where the doctor fills it with saline.

        Components[edit | edit source]

        It consists of a silicone shell to which a check valve is attached.

        Indications[edit | edit source]

        It is indicated for use in patients with severe obesity or in patients undergoing high-risk bariatric surgery.

        Risks and Complications[edit | edit source]

        Some people cannot keep it down at first. These may include nausea, gastric ulcer, and bowel obstruction. The balloon may also cause gastric perforation.

        See Also[edit | edit source]

        Sleeve gastrectomy: an operation that removes most of the stomach to leave a narrow tube.
        - Bariatric surgery

        Gastric balloon Resources
        Balloon in stomach.jpg

        Languages: - Deutsch, Français, Español

        Navigation: Wellness - Encyclopedia - Health topics - Disease Index
        Search MedVocab

        Ad. Try the Miracle Diet Plan today.
        Advertise on MedVocab
        MedVocab is not a substitute for professional medical advice.
        """;

    /** Lead with a generic genus ("a medical device") and the topic's own abbreviation. */
    static final String WARD_PUMP = """
        Ward pump

        From MedVocab's Open Medical Encyclopedia

        Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate. The ward pump (WP) is the most common pump on a general ward.

        Overview[edit | edit source]

        It sits on a pole beside the bed and runs on mains power or on a battery.
        """;

    private static DocumentExtraction gastric() {
        return extract(GASTRIC_BALLOON);
    }

    @Nested
    class TitleAndLead {

        @Test
        void titleLineNamesTheTopicInLowerCase() {
            DocumentExtraction ex = gastric();
            assertEquals(DocumentKind.ENCYCLOPEDIA, ex.kind());
            assertEquals("gastric balloon", ex.topic());
            assertTrue(has(ex, "gastric balloon"), () -> describe(ex));
            assertFalse(has(ex, "Gastric balloon"), "the title's capital is not kept for a common noun");
        }

        @Test
        void firstLeadSentenceIsTheDefinitionWithEvidence() {
            SourceDocument d = doc("gastric.txt", GASTRIC_BALLOON);
            DocumentExtraction ex = new ConceptExtractor().extract(d);
            TermRecord topic = term(ex, "gastric balloon");
            String first = "Gastric balloon is a soft balloon that takes up room in the stomach so that a person feels full"
                + " after a small meal.";
            assertEquals(List.of(first), definitions(topic));
            Evidence ev = topic.definitions().get(0).evidence();
            assertEquals("gastric.txt", ev.documentId());
            assertEquals(d.text().indexOf(first), ev.start());
            assertEquals(first, d.text().substring(ev.start(), ev.end()));
        }

        @Test
        void laterCopulaSentenceInTheLeadIsNotASecondDefinition() {
            TermRecord topic = term(extract(WARD_PUMP), "ward pump");
            assertEquals(List.of("Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate."),
                definitions(topic));
        }

        @Test
        void typeOfGivesTheBroaderTerm() {
            TermRecord topic = term(gastric(), "gastric balloon");
            assertTrue(broader(topic).contains("bariatric implant"), () -> topic.toString());
        }

        @Test
        void genericGenusGivesKindButNoBroader() {
            DocumentExtraction ex = extract(WARD_PUMP);
            TermRecord topic = term(ex, "ward pump");
            assertEquals(TopClass.DEVICE, topic.kind());
            assertEquals(List.of(), broader(topic));
            assertFalse(has(ex, "medical device"), () -> describe(ex));
            assertFalse(has(ex, "device"), () -> describe(ex));
        }

        @Test
        void specificGenusWithTypeOfAndAbbreviation() {
            DocumentExtraction ex = extract("""
                Bedside pump

                Bedside pump is a type of volumetric infusion pump (VIP) that moves fluid from a bag into a vein.
                """);
            TermRecord topic = term(ex, "bedside pump");
            assertEquals(List.of("volumetric infusion pump"), broader(topic));
            assertTrue(term(ex, "volumetric infusion pump").altLabels().contains("VIP"), () -> describe(ex));
        }

        @Test
        void properNameTopicKeepsItsCapital() {
            DocumentExtraction ex = extract("""
                Gastrofill

                From MedVocab's Open Medical Encyclopedia

                Gastrofill is a type of gastric balloon that is filled with air instead of saline. Surgeons remove the Gastrofill after six months.
                """);
            assertEquals("Gastrofill", ex.topic());
            TermRecord topic = term(ex, "Gastrofill");
            assertTrue(topic.properName());
            assertEquals(List.of("gastric balloon"), broader(topic));
        }

        @Test
        void chromeBeforeTheTitleIsSkipped() {
            DocumentExtraction ex = extract("""
                Jump to navigation
                Jump to search
                Ward pump

                Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate.
                """);
            assertEquals("ward pump", ex.topic());
            assertEquals(1, definitions(term(ex, "ward pump")).size());
        }

        @Test
        void pageTitleDecorationsAreRemoved() {
            assertEquals("Ward pump", EncyclopediaExtractor.cleanTitle("Ward pump - wikipedia"));
            assertEquals("Ward pump", EncyclopediaExtractor.cleanTitle("Ward pump \u2014 encyclopedia"));
            assertEquals("Ward pump", EncyclopediaExtractor.cleanTitle("  Ward pump  "));
            assertEquals("ward pump", EncyclopediaExtractor.cleanTitle("What is a ward pump?"));
            assertEquals("ward pumps", EncyclopediaExtractor.cleanTitle("What are ward pumps?"));
        }
        @Test
        void capitalisedSiteNameIsRemovedFromTheTitle() {
            assertEquals("Ward pump", EncyclopediaExtractor.cleanTitle("Ward pump - Wikipedia"));
            assertEquals("Ward pump", EncyclopediaExtractor.cleanTitle("Ward pump | WikiMD encyclopedia"));
        }

        @Test
        void topicLabelIsSingularAndLowerCase() {
            assertEquals("ward pump", EncyclopediaExtractor.topicLabel("Ward pumps", "Ward pumps move fluid."));
            assertEquals("gastric balloon", EncyclopediaExtractor.topicLabel("Gastric balloon (device)", "It fills the stomach."));
        }
    }

    @Nested
    class Abbreviations {

        @Test
        void topicAbbreviationIsAnAltLabelOfTheTopic() {
            TermRecord topic = term(extract(WARD_PUMP), "ward pump");
            assertEquals(List.of("WP"), List.copyOf(topic.altLabels()));
        }

        @Test
        void abbreviationOfABroaderTermGoesToThatTerm() {
            DocumentExtraction ex = gastric();
            assertTrue(term(ex, "bariatric implant").altLabels().contains("BI"), () -> describe(ex));
            assertFalse(term(ex, "gastric balloon").altLabels().contains("BI"), () -> describe(ex));
        }
    }

    @Nested
    class SectionRelations {

        @Test
        void indicationsDropQualifiersFromLabels() {
            DocumentExtraction ex = gastric();
            TermRecord topic = term(ex, "gastric balloon");
            assertEquals(List.of("obesity", "bariatric surgery"), targets(topic, RelationKind.INDICATION));
            assertEquals("severe", relation(topic, RelationKind.INDICATION, "obesity").qualifier());
            assertEquals("high-risk", relation(topic, RelationKind.INDICATION, "bariatric surgery").qualifier());
            assertFalse(has(ex, "severe obesity"), () -> describe(ex));
            assertFalse(has(ex, "high-risk bariatric surgery"), () -> describe(ex));
            assertFalse(has(ex, "patient"), () -> describe(ex));
            // a relation target's kind comes from its head word here; the relation's default kind is applied later
            assertNull(term(ex, "obesity").kind());
            assertEquals(TopClass.PROCEDURE, term(ex, "bariatric surgery").kind());
        }

        @Test
        void risksListGivesOneRiskPerItem() {
            DocumentExtraction ex = gastric();
            List<String> risks = targets(term(ex, "gastric balloon"), RelationKind.RISK);
            assertEquals(List.of("nausea", "gastric ulcer", "bowel obstruction"), risks.subList(0, Math.min(3, risks.size())));
        }

        @Test
        void mayCauseAddsARiskOutsideTheList() {
            assertTrue(targets(term(gastric(), "gastric balloon"), RelationKind.RISK).contains("gastric perforation"));
        }

        @Test
        void insertedIntoAndAdvancedIntoGiveSiteAndLocation() {
            DocumentExtraction ex = gastric();
            TermRecord topic = term(ex, "gastric balloon");
            assertEquals(List.of("esophagus"), targets(topic, RelationKind.INSERTION_SITE));
            assertEquals(List.of("stomach"), targets(topic, RelationKind.LOCATION));
            assertEquals(TopClass.ANATOMY, term(ex, "esophagus").kind());
            assertNull(term(ex, "stomach").kind(), "no head word kind; the model stage gives it the relation's");
        }

        @Test
        void relationEvidenceIsTheSentence() {
            SourceDocument d = doc("gastric.txt", GASTRIC_BALLOON);
            TermRecord topic = term(new ConceptExtractor().extract(d), "gastric balloon");
            Evidence ev = relation(topic, RelationKind.INSERTION_SITE, "esophagus").evidence();
            assertEquals("It is inserted into the esophagus and advanced into the stomach, where the doctor fills it with saline.",
                ev.text());
            assertEquals(ev.text(), d.text().substring(ev.start(), ev.end()));
        }

        @Test
        void consistsOfToWhichAttachedGivesBothComponents() {
            DocumentExtraction ex = gastric();
            TermRecord topic = term(ex, "gastric balloon");
            assertEquals(java.util.Set.of("shell", "check valve"), java.util.Set.copyOf(targets(topic, RelationKind.COMPONENT)));
            assertEquals("silicone", relation(topic, RelationKind.COMPONENT, "shell").qualifier());
            assertEquals(TopClass.DEVICE, term(ex, "check valve").kind());
        }

        @Test
        void headingsWithoutEditLinksStillOpenSections() {
            DocumentExtraction ex = extract("""
                Ward pump

                Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate.

                Risks

                These may include fluid overload and air embolism.
                """);
            assertEquals(List.of("fluid overload", "air embolism"), targets(term(ex, "ward pump"), RelationKind.RISK));
        }

        @Test
        void treatmentOfAConditionPointsTheTreatmentsAtTheCondition() {
            DocumentExtraction ex = extract("""
                Pump pocket infection

                From MedVocab's Open Medical Encyclopedia

                Pump pocket infection is a serious condition in which germs grow in the space under the skin that holds an implanted pump.

                Treatment[edit | edit source]

                Treatment may include antibiotics, surgical drainage and pump replacement.
                """);
            TermRecord topic = term(ex, "pump pocket infection");
            assertEquals(TopClass.CONDITION, topic.kind());
            assertEquals(List.of(), targets(topic, RelationKind.INDICATION), "a condition is not indicated for its treatments");
            for (String treatment : List.of("antibiotic", "surgical drainage", "pump replacement")) {
                assertEquals(List.of("pump pocket infection"), targets(term(ex, treatment), RelationKind.INDICATION), treatment);
            }
        }
        @Test
        void usedToTreatPatientsWith() {
            DocumentExtraction ex = extract("""
                Ward pump

                Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate.

                Indications

                It is used to treat patients with dehydration.
                """);
            assertEquals(List.of("dehydration"), targets(term(ex, "ward pump"), RelationKind.INDICATION));
        }
    }

    @Nested
    class GlossaryLists {

        static final String DIALYSIS_CANNULA = """
            Dialysis cannula

            From MedVocab's Open Medical Encyclopedia

            Dialysis cannula is a wide-bore tube that carries blood between a patient and a dialysis machine.

            Related Terms[edit | edit source]

            Arteriovenous fistula (AVF): a surgical joint between an artery and a vein in the arm that gives a strong flow of blood.
            Central venous catheter (CVC): a long tube whose tip lies in a large vein near the heart.
            Dialysis cannula: a wide-bore tube used for each dialysis session.

            This article is a stub. You can help by expanding it.
            """;

        @Test
        void glossaryLineGivesTermAbbreviationAndDefinition() {
            DocumentExtraction ex = extract(DIALYSIS_CANNULA);
            TermRecord avf = term(ex, "arteriovenous fistula");
            assertEquals(List.of("AVF"), List.copyOf(avf.altLabels()));
            assertEquals(List.of("a surgical joint between an artery and a vein in the arm that gives a strong flow of blood."),
                definitions(avf));
            TermRecord cvc = term(ex, "central venous catheter");
            assertEquals(List.of("CVC"), List.copyOf(cvc.altLabels()));
            assertEquals(TopClass.DEVICE, cvc.kind());
            // "a long tube ...": the form word gives the kind, not a broader term
            assertEquals(List.of(), broader(cvc));
        }

        @Test
        void relatedTermsSectionLinksTheTopic() {
            TermRecord topic = term(extract(DIALYSIS_CANNULA), "dialysis cannula");
            assertEquals(List.of("arteriovenous fistula", "central venous catheter"), crossRefs(topic, CrossRefKind.RELATED_TERM));
        }

        @Test
        void glossaryLineForTheTopicAddsToTheTopic() {
            DocumentExtraction ex = extract(DIALYSIS_CANNULA);
            TermRecord topic = term(ex, "dialysis cannula");
            assertEquals(2, definitions(topic).size(), () -> describe(ex));
            assertTrue(definitions(topic).contains("a wide-bore tube used for each dialysis session."));
            assertEquals(1, ex.terms().stream().filter(t -> t.label().equals("dialysis cannula")).count());
        }

        @Test
        void seeAlsoGlossaryLineAndListItemAreSeeAlsoReferences() {
            DocumentExtraction ex = gastric();
            TermRecord topic = term(ex, "gastric balloon");
            assertEquals(List.of("sleeve gastrectomy", "bariatric surgery"), crossRefs(topic, CrossRefKind.SEE_ALSO));
            assertEquals(List.of("an operation that removes most of the stomach to leave a narrow tube."),
                definitions(term(ex, "sleeve gastrectomy")));
        }
    }

    @Nested
    class Prose {

        @Test
        void proseIsReadLikeAnArticleWithoutSections() {
            DocumentExtraction ex = extract("""
                Ward pump

                Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate.
                Nurses check the line every hour and write the readings down in the chart.
                """);
            assertEquals(DocumentKind.PROSE, ex.kind());
            assertEquals("ward pump", ex.topic());
            assertEquals(TopClass.DEVICE, term(ex, "ward pump").kind());
            assertNotNull(term(ex, "ward pump").definitions().get(0));
            assertNull(term(ex, "ward pump").sense());
        }
    }

    @Nested
    class PagesFromOtherSites {

        @Test
        void typesListedAfterSuchAsAreKindsOfWhatTheSentenceNames() {
            DocumentExtraction ex = extract("""
                Gizmase

                Gizmases are a class of enzymes that split gizmo molecules.

                - Gizmase Diversity: There are several classes of gizmases, like A-type, B-type, and C-type gizmases, each with its own role.
                """);
            assertEquals(List.of("gizmase"), broader(term(ex, "a-type gizmase")), () -> describe(ex));
            assertEquals(List.of("gizmase"), broader(term(ex, "c-type gizmase")), () -> describe(ex));
        }

        @Test
        void aLongSubjectWithSynonymsStillDefinesTheTopicAfterACaption() {
            DocumentExtraction ex = extract("""
                Widget venous catheter

                Drawing showing a widget line placed into the right arm of a patient at rest.
                MeSH12345

                A widget venous catheter (WVC), also known as a widget line (w-line), widget venous line, or widget venous access catheter, is a catheter whose tip rests in one of the great veins near the heart.
                """);
            TermRecord t = term(ex, "widget venous catheter");
            assertEquals(List.of("catheter"), broader(t), t::toString);
            assertTrue(definitions(t).get(0).startsWith("A widget venous catheter (WVC)"), t::toString);
            assertTrue(t.altLabels().containsAll(List.of("w-line", "widget venous line", "widget venous access catheter")), t::toString);
        }

        @Test
        void relativeClauseOfTheDefiningSentenceGivesARelation() {
            DocumentExtraction ex = extract("""
                Widget catheter

                A widget catheter is a soft tube ending in a small balloon that is inserted through the urethra so that urine can drain.
                """);
            assertEquals(List.of("urethra"), targets(term(ex, "widget catheter"), RelationKind.INSERTION_SITE), () -> describe(ex));
        }

        @Test
        void modifiersListedBeforeOneHeadNameKnownTermsEach() {
            DocumentExtraction ex = extract("""
                Ward feeding pump

                The ward feeding pump moves liquid feed to the patient at a steady rate. The feed reaches the patient through a nasogastric, nasoduodenal, or gastrostomy tube.
                """);
            assertTrue(has(ex, "nasogastric tube"), () -> describe(ex));
        }
    }

    @Test
    void anInfoboxPrintedAsABulletListGivesRowsNotGlossaryTerms() {
        DocumentExtraction ex = extract("""
            = Cystitis =

            Cystitis
            - Field: Urology
            - Onset: Sudden
            - Diagnosis: Urine test
            - Differential: Kidney stones, urethritis
            - Frequency: Very common

            Cystitis is an inflammation of the urinary bladder, most often caused by a bacterial infection. It is more common in women than in men.
            """);
        assertEquals("cystitis", ex.topic(), () -> describe(ex));
        for (String label : List.of("field", "onset", "diagnosis", "differential", "frequency")) assertFalse(has(ex, label), () -> describe(ex));
    }

    @Test
    void aNamingSentenceThatNamesSeveralKindsMakesEachAKindOfTheTopic() {
        DocumentExtraction ex = extract("""
            Cataract

            A cataract is a clouding of the lens of the eye that blurs sight. Of the several types of cataract, the most frequent are called nuclear cataract and cortical cataract.
            """);
        assertTrue(broader(term(ex, "nuclear cataract")).contains("cataract"), () -> describe(ex));
        assertTrue(broader(term(ex, "cortical cataract")).contains("cataract"), () -> describe(ex));
        assertFalse(has(ex, "nuclear cataract and cortical cataract"), () -> describe(ex));
    }

    @Test
    void theTopicsNameWithAClassifyingWordBeforeItNamesAKindButAGradingWordDoesNot() {
        DocumentExtraction ex = new ConceptExtractor().extract(doc("otoscope.txt", """
            An instrument for looking into the ear canal. A pneumatic otoscope has a rubber bulb that puffs air at the eardrum to see whether it moves.
            Modern otoscopes run on batteries, and a video otoscope shows the picture on a screen.
            """));
        assertEquals("otoscope", ex.topic(), () -> describe(ex));
        assertTrue(broader(term(ex, "pneumatic otoscope")).contains("otoscope"), () -> describe(ex));
        assertTrue(broader(term(ex, "video otoscope")).contains("otoscope"), () -> describe(ex));
        assertFalse(has(ex, "modern otoscope"), () -> describe(ex));
    }

    @Test
    void aListOfPartsWhoseItemsCarryTheirOwnModifiersGivesEachPart() {
        DocumentExtraction ex = extract("""
            Sphygmomanometer

            A sphygmomanometer is an instrument for measuring blood pressure. It is equipped with an inflatable cuff wrapped around the arm, a rubber bulb with a release valve, and a gauge for reading the pressure.
            """);
        List<String> parts = targets(term(ex, "sphygmomanometer"), RelationKind.COMPONENT);
        assertTrue(parts.containsAll(List.of("bulb", "gauge")), () -> describe(ex)); // "a gauge for reading ...": the item goes on after its name
    }

    @Test
    void aBracketedLayNameWithItsArticleIsAnotherNameOfThePhraseBeforeIt() {
        DocumentExtraction ex = extract("""
            Laryngoscopy

            Laryngoscopy is a look at the back of the throat and the larynx (the voice box) with a mirror or a lighted tube.
            """);
        assertTrue(term(ex, "larynx").altLabels().contains("voice box"), () -> describe(ex));
    }

    @Test
    void aShortFormGivenWithAbbreviatedToIsAnotherName() {
        DocumentExtraction ex = extract("""
            Electroconvulsive therapy

            Electroconvulsive therapy (usually abbreviated to ECT) is a treatment in which a brief electric current is passed through the brain under anaesthesia.
            """);
        assertTrue(term(ex, "electroconvulsive therapy").altLabels().contains("ECT"), () -> describe(ex));
    }

    @Test
    void aBracketedNameThatTheOntologiesPreferIsTheConceptsLabel() {
        DocumentExtraction ex = extract("""
            Reading glasses

            Reading glasses are spectacles that help with close work in people with long-sightedness (hyperopia) or age-related loss of near focus.
            """);
        assertTrue(term(ex, "hyperopia").altLabels().contains("long-sightedness"), () -> describe(ex));
        assertFalse(has(ex, "long-sightedness"), () -> describe(ex));
    }

    @Test
    void aLookIsNoKindAndACaptionNamesAKind() {
        DocumentExtraction ex = extract("""
            Rasp

            A rasp is a surgical instrument used for smoothing the edges of cut bone during an operation. In form, the rasp is a short steel file with a handle at one end.

            A rasp lying on a sterile tray, ready for use.
            Bone rasp.
            """);
        TermRecord rasp = term(ex, "rasp");
        assertFalse(broader(rasp).contains("steel file") || broader(rasp).contains("short steel file"), () -> describe(ex));
        assertEquals(List.of("rasp"), broader(term(ex, "bone rasp")));
    }

    @Test
    void eachParagraphOfGlossesWithoutHeadLinesDefinesTheTopic() {
        DocumentExtraction ex = new ConceptExtractor().extract(doc("tonometer-examplesite.txt", """
            An instrument used to measure the pressure inside the eye. The flat tip is pressed on the cornea.
            An instrument for measuring a patient's eye PRESSURE. A puff of air flattens the cornea in some kinds.
            n. a device for recording intraocular pressure. The reading helps in the diagnosis of glaucoma.
            """));
        List<String> defs = definitions(term(ex, "tonometer"));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("An instrument used to measure")), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("An instrument for measuring a patient's eye PRESSURE")), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("a device for recording")), () -> describe(ex));
        assertFalse(defs.stream().anyMatch(d -> d.startsWith("The flat tip") || d.startsWith("A puff")), () -> describe(ex));
    }

    @Test
    void namesInTheSubjectsBracketAndWhatAProcedureIsDoneAgainst() {
        DocumentExtraction ex = extract("""
            Pleural tap

            Pleural tap (or PT, and informally known as a chest tap) is a procedure that draws fluid from the space around a lung. Therapeutically it may be used to relieve pleural effusion. The fluid is sent to the laboratory. A pump is used to reduce the fluid to a small volume.
            """);
        TermRecord tap = term(ex, "pleural tap");
        assertTrue(tap.altLabels().contains("PT") && tap.altLabels().contains("chest tap"), () -> describe(ex));
        assertTrue(targets(tap, RelationKind.INDICATION).contains("pleural effusion"), () -> describe(ex));
        assertFalse(targets(tap, RelationKind.INDICATION).contains("fluid"), () -> describe(ex));
    }

    @Test
    void twoModifiersSetOffByOrShareTheHeadWrittenOnce() {
        DocumentExtraction ex = extract("""
            Tonometer

            A tonometer is an instrument for measuring the pressure inside the eye. Two kinds are in use: the indentation, or Schiotz tonometer, which rests a weighted plunger on the cornea, and the air-puff tonometer. The probe must not touch the larynx, or voice box, of the patient.
            """);
        assertTrue(term(ex, "schiotz tonometer").altLabels().contains("indentation tonometer"), () -> describe(ex));
        assertFalse(has(ex, "larynx box") || ex.terms().stream().anyMatch(t -> t.altLabels().contains("larynx box")), () -> describe(ex));
    }

    @Test
    void aListItemThatOnlyNamesAKindOfTheTopicIsANarrowerConcept() {
        DocumentExtraction ex = extract("""
            Nerve block

            A nerve block stops pain signals from a part of the body by putting a numbing drug next to the nerves that serve it.
            - Single-shot nerve block
            - Gives one dose that wears off within a day
            - Continuous nerve block
            - Leaves a thin tube beside the nerve so that the drug can keep flowing for several days
            - Needle placement under ultrasound
            """);
        assertEquals(List.of("nerve block"), broader(term(ex, "single-shot nerve block")));
        assertEquals(List.of("nerve block"), broader(term(ex, "continuous nerve block")));
        assertFalse(has(ex, "needle placement") && broader(term(ex, "needle placement")).contains("nerve block"),
            () -> "a listed name that does not end in the topic's name is no kind of it: " + describe(ex));
    }

    @Test
    void aPageTheDictionaryReadingDefinesNothingInIsReadAsProse() {
        // a respelling in brackets makes the page look like a dictionary's; its prose speaks to the reader, which a
        // dictionary reading takes for page chrome, so that reading defines nothing and the prose reading is kept
        DocumentExtraction ex = new ConceptExtractor().extract(ExtractFixtures.doc("frostbite.txt", """
            Frostbite (FROST-bite) is a freezing injury of the skin and the tissue under it. It happens when your skin is left bare in hard frost for a long time, and the cold shuts the small vessels of your fingers, toes, nose or ears. The skin first turns white and numb, then hard and waxy. Frostbite is the medical term for tissue frozen by cold. Mild cases heal with slow warming in lukewarm water, while deep ones can leave dead tissue that a surgeon must remove.

            Climbers and skiers are most at risk, and so is anyone whose blood flow is poor, because your body keeps warm blood in its core before it warms your hands and feet.
            """));
        TermRecord frostbite = term(ex, "frostbite");
        assertTrue(definitions(frostbite).stream().anyMatch(d -> d.startsWith("Frostbite (FROST-bite) is a freezing injury")), () -> describe(ex));
        assertTrue(frostbite.altLabels().contains("tissue frozen by cold"), () -> "'the medical term for X' names X again: " + describe(ex));
        assertFalse(broader(frostbite).contains("medical term"), () -> describe(ex));
        assertFalse(has(ex, "FROST-bite"), () -> "a respelling in brackets is neither a short form nor a term: " + describe(ex));
    }

    @Test
    void anOperationNamedOnAPageAboutADiseaseIsAnotherConceptWithItsTwoNames() {
        DocumentExtraction ex = extract("""
            Tonsillitis is a sore swelling of the tonsils, two soft pads at the back of the throat.
            Treating tonsillitis
            If the swelling keeps coming back, the tonsils may be taken out. This operation is known as a tonsillectomy or tonsil removal.
            """);
        TermRecord tonsillitis = term(ex, "tonsillitis");
        assertFalse(tonsillitis.altLabels().contains("tonsillectomy"), () -> "'This operation' is not the disease: " + describe(ex));
        TermRecord operation = term(ex, "tonsillectomy");
        assertEquals(List.of("tonsil removal"), List.copyOf(operation.altLabels()), () -> describe(ex));
        assertTrue(definitions(operation).isEmpty(), () -> "'This operation is known as X' points back; it does not define X: " + describe(ex));
        assertFalse(has(ex, "tonsil removal"), () -> describe(ex));
    }

    @Test
    void aQuestionAtTheTopAsksAndNamesNoTopic() {
        DocumentExtraction ex = new ConceptExtractor().extract(ExtractFixtures.doc("12-nerve-conduction-study-asksite.txt", """
            What is the name of the test when small shocks are sent along a nerve?

            A nerve conduction study is done to measure how fast signals travel along a nerve. Pads on the skin give small shocks and record the answer further along the nerve.
            """));
        assertFalse(has(ex, "what"), () -> describe(ex));
        assertEquals("nerve conduction study", ex.topic(), () -> describe(ex));
    }

    @Test
    void aQuotedNameAfterAnArticleAndBeforeAFootnoteMarkIsAnotherName() {
        DocumentExtraction ex = extract("""
            Peak flow meter

            A peak flow meter, also referred to as a "peakometer"[3], is a small hand-held device that measures how fast a person can breathe out.
            """);
        assertTrue(term(ex, "peak flow meter").altLabels().contains("peakometer"), () -> describe(ex));
    }

    @Test
    void theDefiningSentenceOfAnArticlePlacesItsTopicInTheBodyPartItNames() {
        DocumentExtraction ex = extract("""
            Tenotomy

            A tenotomy is a surgical procedure in which a small cut is made in the tendon to let a tight muscle lengthen.
            It is often done on children.
            """);
        assertEquals(List.of("tendon"), targets(term(ex, "tenotomy"), RelationKind.LOCATION), () -> describe(ex));
    }

    @Test
    void aDiseaseOfABodyPartIsLocatedThereButADisorderOfAFunctionIsNot() {
        DocumentExtraction bursitis = new ConceptExtractor().extract(ExtractFixtures.doc("b.txt", """
            Bursitis

            n. inflammation of a bursa, one of the small sacs of fluid that cushion a joint, often after the joint is overused.
            """));
        assertEquals(List.of("bursa"), targets(term(bursitis, "bursitis"), RelationKind.LOCATION), () -> describe(bursitis));
        DocumentExtraction dysrhythmia = new ConceptExtractor().extract(ExtractFixtures.doc("d.txt", """
            Dysrhythmia

            n. a disturbance of the rhythm of the heartbeat, which may be too fast, too slow or uneven.
            """));
        assertTrue(targets(term(dysrhythmia, "dysrhythmia"), RelationKind.LOCATION).isEmpty(), () -> describe(dysrhythmia));
    }

    @Test
    void aQuotedTitleWordWithARespellingAfterItIsTheTopic() {
        DocumentExtraction ex = extract("""
            Definition of "bursitis" [bur·si·tis]

              • A painful swelling of a bursa, most often at the shoulder, elbow or hip. (noun)
            """);
        assertEquals("bursitis", ex.topic(), () -> describe(ex));
        assertTrue(definitions(term(ex, "bursitis")).stream().anyMatch(d -> d.startsWith("A painful swelling of a bursa")), () -> describe(ex));
    }

    @Test
    void anExplainerTitledXForYWithAnAlternativeTitleInBracketsIsAnArticleAboutX() {
        String page = """
            Balloon Sinuplasty for Blocked Sinuses

            Balloon Sinuplasty for Blocked Sinuses

            (Sinuplasty for Sinus Blockage)

            Balloon sinuplasty is a procedure that opens a blocked sinus with a small balloon passed through the nose. The balloon is then taken out.

            Tests Before the Procedure

              \u2022 Endoscopy\u2014a look inside the nose with a thin lighted tube
              \u2022 Sinus CT scan\u2014a type of x-ray that shows the sinuses in slices
            """;
        assertNotEquals(DocumentKind.DICTIONARY, KindDetector.detect(page), "a bracketed phrase with 'for' is no respelling");
        DocumentExtraction ex = extract(page);
        assertEquals("balloon sinuplasty", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "blocked sinus") && !term(ex, "blocked sinus").definitions().isEmpty(), () -> describe(ex));
        assertTrue(definitions(term(ex, "sinus CT scan")).stream().anyMatch(d -> d.startsWith("a type of x-ray")),
            () -> "a dash written close up before a gloss separates a glossary item: " + describe(ex));
    }

    @Test
    void linesUnderASentenceThatOpensAListAreItsItemsNotDefinitionsOfTheTopic() {
        DocumentExtraction ex = extract("""
            Knee arthroscopy is surgery to look inside the knee joint through two or three small cuts.
            The scope that the surgeon uses is made up of these parts:
            A lens, which sits at the tip. It is usually glass.
            A light cable that carries light into the joint.
            Other reasons for having the surgery are:
            A torn meniscus that locks the knee.
            """);
        assertEquals("knee arthroscopy", ex.topic(), () -> "'X is surgery to ...' defines X; a line ending in a colon is no title: " + describe(ex));
        TermRecord topic = term(ex, "knee arthroscopy");
        assertTrue(definitions(topic).stream().noneMatch(d -> d.startsWith("A lens") || d.startsWith("A light cable")
            || d.startsWith("The scope") || d.startsWith("A torn")), () -> describe(ex));
        assertFalse(topic.altLabels().contains("glass"), () -> "'It is usually glass' says what a part is made of: " + describe(ex));
    }

    @Test
    void itemsThatShareTheHeadOfWhatIncludesThemAreItsKinds() {
        DocumentExtraction ex = extract("""
            Arthritis

            Arthritis is inflammation of a joint. Inflammatory arthritis includes rheumatoid arthritis and psoriatic arthritis. Symptoms of arthritis include stiffness and joint pain.
            """);
        assertTrue(broader(term(ex, "rheumatoid arthritis")).contains("inflammatory arthritis"), () -> describe(ex));
        assertTrue(broader(term(ex, "psoriatic arthritis")).contains("inflammatory arthritis"), () -> describe(ex));
        assertTrue(broader(term(ex, "joint pain")).isEmpty(), () -> "items without the subject's head are no kinds of it: " + describe(ex));
    }

    @Test
    void aVarietyOfThingsListedWithTheirHeadLeftOutAreKindsOfIt() {
        DocumentExtraction ex = extract("""
            Walking frame

            A walking frame is a light metal frame that a person holds while walking for support. A wide range of frames are available, including the rigid, wheeled, folding and Zimmer.
            """);
        for (String kind : List.of("rigid frame", "wheeled frame", "folding frame", "Zimmer frame")) {
            assertTrue(broader(term(ex, kind)).contains("frame"), () -> kind + ": " + describe(ex));
        }
        assertFalse(has(ex, "rigid"), () -> describe(ex));
    }

    @Test
    void anApproachToTreatNamesWhatTheTopicIsUsedFor() {
        DocumentExtraction ex = extract("""
            Knee brace

            A knee brace is a removable support worn around the knee. They are used as a nonsurgical approach to treat ligament injuries, knee osteoarthritis and patellar instability.
            """);
        assertEquals(List.of("ligament injury", "knee osteoarthritis", "patellar instability"),
            targets(term(ex, "knee brace"), RelationKind.INDICATION), () -> describe(ex));
    }

    @Test
    void aDeviceThatHasOrUsesAMadeThingHasItAsAPart() {
        DocumentExtraction ex = extract("""
            Spacer device

            A spacer device is a plastic chamber that is fitted to an inhaler. A spacer device has a one-way valve at the mouth end. It uses a sealing ring to hold the inhaler in place. It has a high success rate in children.
            """);
        List<String> parts = targets(term(ex, "spacer device"), RelationKind.COMPONENT);
        assertTrue(parts.contains("one-way valve"), () -> describe(ex));
        assertTrue(parts.contains("sealing ring"), () -> "a gerund WordNet knows as a noun stays in the name: " + describe(ex));
        assertFalse(parts.contains("success rate") || parts.contains("high success rate"), () -> describe(ex));
    }

    @Test
    void aLineNamingTheNextSourceIsNoDefinitionAndEachSourceMayDefineTheTopic() {
        DocumentExtraction ex = extract("""
            Skip to main content

            Definition: bursitis from The Example Medical Dictionary

            painful swelling of a bursa, often near the shoulder or elbow.

            Summary Article: Bursitis
            From Encyclopedia of Joint Health

            Bursitis is an inflammatory disorder of a bursa, one of the small sacs of fluid that cushion a joint. It is often caused by overuse.
            """);
        List<String> defs = definitions(term(ex, "bursitis"));
        assertTrue(defs.stream().noneMatch(d -> d.contains("Example Medical Dictionary")), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("Bursitis is an inflammatory disorder")), () -> describe(ex));
    }
}

package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.targets;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How dictionary pages are built, on small pages written for these tests: source headings between stacked
 * dictionaries, sense marks and labels, example and word-history blocks, credit and masthead lines, head lines,
 * headwords named only by the file name, cross-reference lines, and the body part a device's definition places it in.
 */
class DictionaryPageShapesTest {

    @Test
    void sourceHeadingsSeparateDictionariesAndMarksAreNotPartOfTheSense() {
        DocumentExtraction ex = extract("otoscope-page.txt", """
            Meaning of OTOSCOPE

            Pronunciation: 'otuhskohp

            WordNet Dictionary
            [n] a hand-held lamp with a magnifier for looking into the ear canal

            Medical Dictionary
             Definition: an instrument for examining the outer ear and the eardrum.
            """);
        assertEquals("otoscope", ex.topic(), () -> describe(ex));
        assertEquals(List.of("a hand-held lamp with a magnifier for looking into the ear canal",
            "an instrument for examining the outer ear and the eardrum."), definitions(term(ex, "otoscope")));
    }

    @Test
    void examplesEndWhereADefinitionStartsAgainAndTheFileNameNamesTheHeadword() {
        DocumentExtraction ex = extract("bougie-somesite.txt", """
            Dictionary: A B C D E F G H I J K L M N O P Q R S T U V W X Y Z

            a slim flexible rod passed into a narrowed passage of the body to widen it.
            Historical Examples

            The bougie was left in place for an hour before it was taken out.
            Notes on Practical Surgery, Volume II Some Author

            (med) a cylinder of soft medicine shaped to be put into a body opening, where it melts.

            c.1750, from French, after the name of a town where wax candles were made
            """);
        assertEquals("bougie", ex.topic(), () -> describe(ex));
        assertEquals(List.of("a slim flexible rod passed into a narrowed passage of the body to widen it.",
            "a cylinder of soft medicine shaped to be put into a body opening, where it melts."), definitions(term(ex, "bougie")));
    }

    @Test
    void aFieldsLabelBetweenSensesIsNoHeadwordAndAListOfExamplesDefinesNothing() {
        DocumentExtraction ex = extract("infusion-set-page.txt", """
            infusion set

            infusion set

            Any sterile assembly intended for use in carrying a fluid from its container into a vein.
            Drip chambers, roller clamps, tubing, needles.
            Medical technology
            A length of tubing with a chamber and a clamp that delivers fluid from a bag at a controlled rate.

            infusion set

            The disposable tubing that joins a fluid bag to a cannula in the patient's vein.
            """);
        assertEquals("infusion set", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "medical technology"), () -> describe(ex));
        assertEquals(List.of("Any sterile assembly intended for use in carrying a fluid from its container into a vein.",
            "A length of tubing with a chamber and a clamp that delivers fluid from a bag at a controlled rate.",
            "The disposable tubing that joins a fluid bag to a cannula in the patient's vein."), definitions(term(ex, "infusion set")));
        assertTrue(term(ex, "infusion set").broader().stream().noneMatch(b -> b.target().contains("needle")), () -> describe(ex));
    }

    @Test
    void aPartOfSpeechLineWithItsFieldsIsAHeadLineNotASense() {
        DocumentExtraction ex = extract("otoscope-browse.txt", """
            otoscope

            [ oh-tuh-skohp ]

            noun Medicine/Surgery.

            a hand-held instrument with a light and a magnifying lens for looking into the ear canal.

            Medical definitions for otoscope

            otoscope

            n.

            An instrument for examining the external ear and the eardrum.
            """);
        assertEquals("otoscope", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "Medicine/Surgery"), () -> describe(ex));
        assertEquals(List.of("a hand-held instrument with a light and a magnifying lens for looking into the ear canal.",
            "An instrument for examining the external ear and the eardrum."), definitions(term(ex, "otoscope")));
    }

    @Test
    void subEntriesRunInWithTheHeadwordWrittenOutAreKindsOfItAndCaptionsAndCreditsAreNoSenses() {
        DocumentExtraction ex = extract("clamp-page.txt", """
             [klamp]
            an instrument for compressing a part or holding tissue together.
            Parts of a hinged clamp. The shaded jaws are the part kept sterile. From Quillan, 1998.
            Kocher clamp a straight clamp with teeth at the tip, used to hold heavy tissue.
            bulldog clamp one with short soft jaws for closing a blood vessel for a short time.
            Small Book of Clinical Words, Third Edition. \u00a9 2001 by Example Press. All rights reserved.

            1. An instrument for compressing a structure.
            2. A vascular clamp.
            """);
        assertEquals("clamp", ex.topic(), () -> describe(ex));
        assertEquals(List.of("a straight clamp with teeth at the tip, used to hold heavy tissue."), definitions(term(ex, "Kocher clamp")));
        assertEquals(List.of("one with short soft jaws for closing a blood vessel for a short time."), definitions(term(ex, "bulldog clamp")));
        for (String sub : List.of("Kocher clamp", "bulldog clamp", "vascular clamp")) {
            assertTrue(term(ex, sub).broader().stream().anyMatch(b -> b.target().equals("clamp")), () -> sub + ": " + describe(ex));
        }
        assertEquals(List.of("an instrument for compressing a part or holding tissue together.",
            "An instrument for compressing a structure.", "A vascular clamp."), definitions(term(ex, "clamp")));
        assertTrue(term(ex, "clamp").broader().isEmpty(), () -> describe(ex));
    }

    @Test
    void aBulletNamingTheEntryBelowItIsItsHeadAndPhrasesOfUseAndDatesAreNoSenses() {
        DocumentExtraction ex = extract("gastrostomy-page.txt", """
            the making of an opening through the belly wall into the stomach:
            feeding gastrostomy to give food to a patient who cannot swallow.

            by 1880, from gastro- + -stomy.

            gas\u00b7tros\u00b7to\u00b7my (gas-tros'tuh-mee) n. Surgical creation of an opening into the stomach.

            Related:

              \u2022 Gastropexy

                gas\u00b7tro\u00b7pex\u00b7y (gas'troh-pek-see) n. The fixing of the stomach to the wall of the belly.
            """);
        assertEquals("gastrostomy", ex.topic(), () -> describe(ex));
        assertEquals(java.util.Set.of("the making of an opening through the belly wall into the stomach:",
            "Surgical creation of an opening into the stomach."), java.util.Set.copyOf(definitions(term(ex, "gastrostomy"))));
        assertEquals(List.of("The fixing of the stomach to the wall of the belly."), definitions(term(ex, "gastropexy")));
        assertTrue(term(ex, "gastrostomy").broader().stream().noneMatch(b -> b.target().equalsIgnoreCase("gastropexy")), () -> describe(ex));
    }

    @Test
    void aCategoryOverTheHeadLineTheClassRowAndSourcesGluedToTheSenses() {
        DocumentExtraction ex = extract("embolism-termsite.txt", """
            Pathologic Process
            embolism

            em\u00b7bo\u00b7lism [ em-buh-liz-um ]
            Subclass of:
            Vascular Occlusion
            Etymology:
            Greek embolos = a plug + -ism
            Definitions related to embolism:
            -
            Sudden blocking of an artery by a clot (called an embolus) carried in the blood.Some Subject HeadingsExample Library of Terms, 2020
            -
            Blocking of a vessel by material carried in the blood; causes include thrombi and fat droplets.Sample ThesaurusExample Institute, 2019
            """);
        assertEquals("embolism", ex.topic(), () -> describe(ex));
        TermRecord t = term(ex, "embolism");
        assertEquals(List.of("Sudden blocking of an artery by a clot (called an embolus) carried in the blood.",
            "Blocking of a vessel by material carried in the blood; causes include thrombi and fat droplets."), definitions(t));
        assertTrue(t.broader().stream().anyMatch(b -> b.target().equalsIgnoreCase("vascular occlusion")), () -> describe(ex));
        assertFalse(t.altLabels().contains("embolus"), () -> describe(ex));
        assertFalse(has(ex, "pathologic process"), () -> describe(ex));
        assertTrue(targets(t, RelationKind.RISK).contains("fat droplet"), () -> describe(ex));
    }

    @Test
    void theHeadwordAndAColonOpenItsDefinitionAndAnActIsNoBroaderTerm() {
        DocumentExtraction ex = extract("ischemia-words.txt", """
            Definition of Ischemia

            Ischemia:The development of a shortage of blood in a part of the body because its artery is narrowed.
            """);
        assertEquals("ischemia", ex.topic(), () -> describe(ex));
        assertEquals(List.of("The development of a shortage of blood in a part of the body because its artery is narrowed."),
            definitions(term(ex, "ischemia")));
        assertTrue(term(ex, "ischemia").broader().isEmpty(), () -> describe(ex));
    }

    @Test
    void otherSpellingsAndNamesWrittenBesideTheSense() {
        DocumentExtraction ex = extract("haemostat-words.txt", """
            hemostat

            hemostat (also haemostat) n. a clamp with locking handles for closing a bleeding vessel\u2014called also artery forceps; see mosquito clamp

            a small surgical clamp used to stop bleeding. [Written also hæmostat.]
            """);
        assertEquals("hemostat", ex.topic(), () -> describe(ex));
        assertTrue(term(ex, "hemostat").altLabels().containsAll(List.of("haemostat", "hæmostat", "artery forceps")), () -> describe(ex));
    }

    @Test
    void aWebsterHeadLineNamesTheWordAndWordNetSensesFollowIt() {
        DocumentExtraction ex = extract("01-example-words.txt", """
            quinsy,angina n: Jan Novák
            Quinsy \\Quin"sy\\, n. [From a Greek word for a dog's collar.] (Med.)
            (a) A pocket of pus beside a tonsil, which makes swallowing hard
            and may lock the jaw; peritonsillar abscess.
            [Written also quinsey.]
            [1913 Webster]
            {Quinsy knife}, a curved blade for opening such a pocket.
            n 1: a collection of pus in the tissue around a tonsil, seen as a
            late complication of tonsillitis;
            usually drained with a needle [syn: {peritonsillar abscess},
            {quinsy knife}]
            2: an old name for any severe sore throat
            """);
        // the head line names the page's word, not the translation row above it (the first line, a title here)
        assertEquals("quinsy", ex.topic(), () -> describe(ex));
        TermRecord t = term(ex, "quinsy");
        assertEquals(3, t.definitions().size(), () -> describe(ex));
        assertTrue(t.definitions().stream().noneMatch(d -> d.text().contains("Novák")), () -> describe(ex));
        // "[Written also quinsey.]" is the word's spelling; a WordNet sense's "[syn:" list, wrapped over lines, its names
        assertTrue(t.altLabels().containsAll(List.of("quinsey", "peritonsillar abscess")), () -> describe(ex));
        // "quinsy knife", defined on the page as an entry of its own, stays a concept, not another name of quinsy
        assertFalse(t.altLabels().contains("quinsy knife"), () -> describe(ex));
    }

    @Test
    void webstersNamesAfterASensesLastSemicolon() {
        DocumentExtraction ex = extract("03-example-words.txt", """
            pipette
            n.
            1. a slender glass tube with a rubber bulb at one end, for drawing up a liquid and letting it out in drops; dropping tube; glass dropper.
            2. a narrow tube for moving small measured amounts of a liquid from one vessel to another; usually glass.
            3. a tube for taking up fluid from a wound and sending it off to the laboratory. SEE: illus.; swab.
            """);
        TermRecord t = term(ex, "pipette");
        assertTrue(t.altLabels().containsAll(List.of("dropping tube", "glass dropper")), () -> describe(ex));
        // "usually glass" says what it is made of; "SEE: illus.; swab." refers the reader on
        assertFalse(t.altLabels().contains("usually glass") || t.altLabels().contains("glass") || t.altLabels().contains("swab"),
            () -> describe(ex));
    }

    @Test
    void aFieldsAbbreviationBeforeLetteredSubSensesIsNoPartOfThem() {
        assertEquals("(a) A tough cord of dense fibrous tissue. (b) A band of such tissue.",
            DefinitionRules.withoutLeadingLabel("Anat. (a) A tough cord of dense fibrous tissue. (b) A band of such tissue."));
        assertEquals("a tough cord", DefinitionRules.withoutLeadingLabel("Anat. a tough cord"));
        // a capitalised first word with its full stop before a capital is a sentence, no label
        assertEquals("Tendons. A tough cord", DefinitionRules.withoutLeadingLabel("Tendons. A tough cord"));
    }

    @Test
    void aConditionsDefinitionPlacesItWhereItOccursAndInThePartWhoseWallItIsOf() {
        DocumentExtraction ex = extract("phlebitis-page.txt", """
            phlebitis

            n. inflammation of the wall of a vein, usually in a leg, with pain and swelling.
            """);
        TermRecord t = term(ex, "phlebitis");
        assertTrue(targets(t, RelationKind.LOCATION).contains("leg"), () -> describe(ex));
        // "inflammation of the wall of a vein": the inflamed wall is the vein's (sixteenth session; it was left out before)
        assertTrue(targets(t, RelationKind.LOCATION).contains("vein"), () -> describe(ex));
        assertFalse(targets(t, RelationKind.LOCATION).contains("pain"), () -> describe(ex));
    }

    @Test
    void aSenseThatOpensWithItsOwnNameDefinesThatName() {
        DocumentExtraction ex = extract("speculum-page.txt", """
            speculum

            1. an instrument for holding a body opening wide so that the inside can be looked at
            2. Also called: vaginal speculum a speculum with two blades used to examine the cervix
            """);
        assertEquals(List.of("a speculum with two blades used to examine the cervix"), definitions(term(ex, "vaginal speculum")));
        assertTrue(term(ex, "vaginal speculum").broader().stream().anyMatch(b -> b.target().equals("speculum")), () -> describe(ex));
        assertEquals(List.of("an instrument for holding a body opening wide so that the inside can be looked at"),
            definitions(term(ex, "speculum")));
    }

    @Test
    void sensesRunTogetherOnOneLineAreSensesOfTheirOwn() {
        DocumentExtraction ex = extract("ligature-collegiate.txt", """
            1. lig.a.ture \\'lig-*-chur\\ n [ME, fr. L ligatura] 1a: a thread used in tying a blood vessel 1b: the act of
            tying off a vessel 2: a band that holds parts together
            """);
        assertEquals(List.of("a thread used in tying a blood vessel", "the act of tying off a vessel",
            "a band that holds parts together"), definitions(term(ex, "ligature")));
    }

    @Test
    void aMastheadGivesWayToTheNamingHeadingAndBracketedNamesOfKinds() {
        DocumentExtraction ex = extract("bronchoscopy-drugsite.txt", """
            Health Facts Online
            Conditions and procedures index

            Definition of \u00abBronchoscopy\u00bb

            Bronchoscopy: Examination of the lungs with a rigid tube (rigid bronchoscopy) or with a bendable scope (flexible bronchoscopy).

            History: The first examination of this kind was made in the nineteenth century by a German doctor.
            """);
        assertEquals("bronchoscopy", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "health facts online"), () -> describe(ex));
        for (String kind : List.of("rigid bronchoscopy", "flexible bronchoscopy")) {
            assertTrue(term(ex, kind).broader().stream().anyMatch(b -> b.target().equals("bronchoscopy")), () -> describe(ex));
        }
        assertTrue(targets(term(ex, "bronchoscopy"), RelationKind.LOCATION).contains("lung"), () -> describe(ex));
    }

    @Test
    void sensesOfOtherFieldsAreLeftOut() {
        DocumentExtraction ex = extract("lancet-page.txt", """
            lancet (plural lancets)

              1. (surgery) A small pointed blade with two edges, used to pierce the skin or open an abscess.
              2. (architecture) A tall narrow window with a pointed arch.
              3. (Mil.) A light spear.
            """);
        assertEquals(List.of("A small pointed blade with two edges, used to pierce the skin or open an abscess."),
            definitions(term(ex, "lancet")));
    }

    @Test
    void aGluedPluralAndFieldAreAHeadLineAndAProcedureIsPlacedWhateverItsGenus() {
        DocumentExtraction ex = extract("gastrostomy-dict.txt", """
            gastrostomy

            noun,plural gas\u00b7tros\u00b7to\u00b7mies.Surgery.

            the surgical construction of a permanent opening into the stomach.
            """);
        assertEquals(List.of("the surgical construction of a permanent opening into the stomach."), definitions(term(ex, "gastrostomy")));
        assertTrue(term(ex, "gastrostomy").broader().isEmpty(), () -> describe(ex));
        assertTrue(targets(term(ex, "gastrostomy"), RelationKind.LOCATION).contains("stomach"), () -> describe(ex));
    }

    @Test
    void aPageTitledByAShortFormDescribesTheSpelledOutTerm() {
        DocumentExtraction entry = extract("80-pca-pump-dict.txt", """
            PCA

            patient-controlled analgesia (PCA) /pay'shunt kun-trohld'/, a method of pain relief in which the patient presses a button to give a small dose of a painkiller through a vein.
            """);
        assertEquals("patient-controlled analgesia", entry.topic(), () -> describe(entry));
        assertFalse(has(entry, "PCA"), () -> describe(entry));
        assertTrue(term(entry, "patient-controlled analgesia").altLabels().contains("PCA"), () -> describe(entry));
        assertTrue(term(entry, "patient-controlled analgesia").broader().isEmpty(), () -> describe(entry));

        DocumentExtraction senses = extract("81-copd-glossarysite.txt", """
            Definitions for "COPD"
            Chronic obstructive pulmonary disease. A long-term lung disease that narrows the airways and makes breathing hard.
            a group of lung conditions, chiefly emphysema and chronic bronchitis, that block air flow
            """);
        assertEquals("chronic obstructive pulmonary disease", senses.topic(), () -> describe(senses));
        assertEquals(List.of("A long-term lung disease that narrows the airways and makes breathing hard.",
            "a group of lung conditions, chiefly emphysema and chronic bronchitis, that block air flow"),
            definitions(term(senses, "chronic obstructive pulmonary disease")));
        assertTrue(term(senses, "chronic obstructive pulmonary disease").altLabels().contains("COPD"), () -> describe(senses));
        assertFalse(has(senses, "COPD"), () -> describe(senses));
    }

    @Test
    void aBodyPartBeforeAConditionNamesOneConditionAKindOfTheTopic() {
        DocumentExtraction ex = extract("thrombosis-words.txt", """
            Definition of Thrombosis

            Thrombosis: The formation of a blood clot inside a blood vessel. It may happen in any vein or artery, as in a renal vein thrombosis.
            """);
        assertTrue(term(ex, "renal vein thrombosis").broader().stream().anyMatch(b -> b.target().equals("thrombosis")), () -> describe(ex));
        assertFalse(has(ex, "renal vein"), () -> describe(ex));
    }

    @Test
    void aConditionNamedByOneTechnicalWordIsAConceptButAnEverydayWordIsNot() {
        DocumentExtraction ex = extract("bradycardia-words.txt", """
            bradycardia

            bradycardia /brad'ee-kar'dee-uh/, a slow heart rate, under 60 beats a minute. It may come with hypothyroidism or hypothermia, and it is also found in fit people at rest and free of pain.
            """);
        assertTrue(has(ex, "hypothyroidism"), () -> describe(ex));
        assertTrue(has(ex, "hypothermia"), () -> describe(ex));
        assertFalse(has(ex, "pain"), () -> describe(ex));
    }

    @Test
    void aFieldNameOverSubSensesLabelsThemAndADescriptiveGlossIsNoOtherName() {
        DocumentExtraction ex = extract("hypotension-words.txt", """
            hypotension

            noun

              1. Pathology.

                1. a fall of the blood pressure below its usual range.

                2. a disorder marked by this fall.

              2. marked or lasting mental slackness.

            hypotension

            noun

              1. pathol abnormally low blood pressure
            """);
        assertEquals("hypotension", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "pathology"), () -> describe(ex));
        assertFalse(has(ex, "marked or lasting mental slackness"), () -> describe(ex));
        assertTrue(definitions(term(ex, "hypotension")).contains("abnormally low blood pressure"), () -> describe(ex));
    }

    @Test
    void aSynsetLineAfterASenseGivesOtherNamesAndATypeOfRowStatesTheKindEvenInPlainWords() {
        DocumentExtraction ex = extract("spirometer-wordsite.txt", """
            Definitions of spirometer

            n meter that measures how much air the lungs take in and let out

            respirometer, pneumatometer
            Type of:
            meter
            any of various measuring instruments for measuring a quantity
            """);
        TermRecord t = term(ex, "spirometer");
        assertTrue(t.altLabels().containsAll(List.of("respirometer", "pneumatometer")), () -> describe(ex));
        assertFalse(has(ex, "respirometer"), () -> describe(ex));
        assertTrue(t.broader().stream().anyMatch(b -> b.target().equals("meter")), () -> describe(ex));
        assertTrue(definitions(t).stream().anyMatch(d -> d.startsWith("meter that measures")), () -> describe(ex));
        assertTrue(definitions(term(ex, "meter")).stream().anyMatch(d -> d.startsWith("any of various")), () -> describe(ex));
    }

    @Test
    void aWebsterEntryOnOneLineKeepsTheSenseLabelledMedicineOverEverydayMeanings() {
        DocumentExtraction ex = extract("probe-oldwords.txt", """
            An Old Unabridged Dictionary of English v.1.2:

            Probe \\Probe\\, n. [LL. proba proof.] 1. A slender rod, often of silver, used by surgeons in trying depths. [1913 Webster] 2. A test or trial; an inquiry into something. [1913 Webster] 3. (Surg.) A slender instrument for exploring the depth and course of a wound or cavity. [1913 Webster] 4. (Zool.) A long sucking organ of certain insects. [1913 Webster]
            """);
        assertEquals("probe", ex.topic(), () -> describe(ex));
        assertEquals(List.of("A slender instrument for exploring the depth and course of a wound or cavity."), definitions(term(ex, "probe")));
    }

    @Test
    void anAcronymRowBelowAOneLineEntryIsAnotherName() {
        DocumentExtraction ex = extract("left-ventricular-assist-device-words.txt", """
            left ventricular assist device
            <cardiology, equipment> A pump placed beside a weak heart that moves blood from the left ventricle into the aorta.

            It is used while a patient waits for a new heart, or for good.

            Acronym: LVAD
            """);
        assertTrue(term(ex, "left ventricular assist device").altLabels().contains("LVAD"), () -> describe(ex));
    }

    @Test
    void aDefinitionHeadingAndALineWrittenAsAnIndexHeadingNameTheTermInNaturalOrder() {
        DocumentExtraction ex = extract("nasal-cannula-page.txt", """
            Definition of Cannula, nasal

            Checked on 2/2/2022

            Cannula, nasal: A light plastic tube with two short prongs that sit just inside the nostrils and carry oxygen from a supply.
            """);
        assertEquals("nasal cannula", ex.topic(), () -> describe(ex));
        assertTrue(definitions(term(ex, "nasal cannula")).stream().anyMatch(d -> d.startsWith("A light plastic tube")), () -> describe(ex));
    }

    @Test
    void aBracketedSentenceThatRefersOnIsACrossReferenceButAnEtymologysSeeIsNot() {
        DocumentExtraction ex = extract("pancreas-words.txt", """
            Definitions for pancreas

            pancreas

            noun

              1. A long gland behind the stomach that makes digestive juices and the hormone insulin. (See endocrine system.)

            Origin: from Greek pankreas, all flesh (see flesh) + -as.
            """);
        assertTrue(term(ex, "pancreas").crossRefs().stream().anyMatch(c -> c.target().equals("endocrine system")), () -> describe(ex));
        assertTrue(term(ex, "pancreas").crossRefs().stream().noneMatch(c -> c.target().equals("flesh")), () -> describe(ex));

        DocumentExtraction webster = extract("probe-oldwords-2.txt", """
            Probe \\Probe\\, n. [LL. proba proof. See Prove.] 1. (Surg.) A slender instrument for exploring a wound or cavity. [1913 Webster]
            """);
        assertTrue(term(webster, "probe").crossRefs().isEmpty(), () -> describe(webster));
    }

    @Test
    void aHeadwordWithItsSyllablesOpensAnotherDictionarysEntryAndAPluralNoteIsNoPartOfTheSense() {
        DocumentExtraction ex = extract("colectomy-words.txt", """
            [koh-lek-tuh-mee] /kəˈlɛk tə mi/

            noun, plural colectomies. Surgery.
            the removal of all or part of the colon.
            noun (pl) -mies
            surgical removal of part of the large bowel

            colectomy co·lec·to·my (kə-lĕk'tə-mē)
            Surgical removal of the colon or a part of it, often for cancer or long-standing bowel disease.
            """);
        List<String> defs = definitions(term(ex, "colectomy"));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("Surgical removal of the colon")), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("surgical removal of part")), () -> describe(ex));
    }

    @Test
    void sensesLabelledWithSeveralFieldsAndAWordNetGlossMarkedNColon() {
        DocumentExtraction ex = extract("dilator-words.txt", """
            Source : An Old Unabridged Dictionary

            Dilator \\Di*la"tor\\, n.
               That which widens. Specifically:
               (a) In a loom, a bar that keeps the cloth spread.
               (b) (Surg.) An instrument for stretching a passage or opening of the body.
               (c) (Anat. & Physiol.) A muscle that opens or widens a part, such as the pupil.

            Source : WordNet

            dilator
                 n : a surgical instrument for widening a passage or an opening
            """);
        List<String> defs = definitions(term(ex, "dilator"));
        assertTrue(defs.contains("An instrument for stretching a passage or opening of the body."), defs::toString);
        assertTrue(defs.contains("A muscle that opens or widens a part, such as the pupil."), defs::toString);
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("a surgical instrument for widening")), defs::toString);
        assertTrue(defs.stream().noneMatch(d -> d.contains("loom")), defs::toString);
    }

    @Test
    void anInstrumentForExaminingAPartIsPlacedThereAndAnOriginLineIsNoSense() {
        DocumentExtraction ex = extract("ophthalmoscope-words.txt", """
            ophthalmoscope

            1. An instrument with a light and a mirror, used for examining the interior of the eye.

            Origin: Gk. ophthalmos, eye, and skopein, to look.
            """);
        assertTrue(targets(term(ex, "ophthalmoscope"), RelationKind.LOCATION).contains("eye"), () -> describe(ex));
        assertTrue(definitions(term(ex, "ophthalmoscope")).stream().noneMatch(d -> d.startsWith("Origin")), () -> describe(ex));
    }

    @Test
    void separatorsGluedToTheTextSplitStackedEntries() {
        DocumentExtraction ex = extract("bronchoscope-academic.txt", """
            bronchoscope
            * * *Any of several lighted tubes put through the mouth to look into the airways of the lungs. [broncho- + G. skopeo, to look]* * *
            n.a thin tube with a light and a camera at its tip, passed into the lungs to inspect them or to take a sample.* * *
            bron·cho·scope (brong'ko-skohp) an endoscope for looking at the inside of the bronchi.
            Medical dictionary. 2020.
            """);
        List<String> defs = definitions(term(ex, "bronchoscope"));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("Any of several lighted tubes")), defs::toString);
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("a thin tube with a light")), defs::toString);
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("an endoscope for looking")), defs::toString);
    }

    @Test
    void exampleSentencesListedUnderTheirHeadingAreNoSenses() {
        DocumentExtraction ex = extract("spleen-words.txt", """
            spleen

            noun Anatomy.

            a soft organ on the left side of the abdomen that filters the blood and stores white cells.

            Example sentences from the Web for spleen

              • The injury bruised the ribs, the spleen, and one kidney.

              • But a ruptured spleen can bleed heavily inside the abdomen.
            """);
        List<String> defs = definitions(term(ex, "spleen"));
        assertEquals(1, defs.size(), defs::toString);
    }

    @Test
    void anIndexHeadingWithItsQualifiersAfterACommaNamesTheTermInNaturalOrder() {
        DocumentExtraction ex = extract("spinal-needle-page.txt", """
            needle, spinal

            n a long thin hollow needle passed between two vertebrae to reach the fluid around the spinal cord. Also called
            lumbar puncture needle.
            """);
        assertEquals("spinal needle", ex.topic(), () -> describe(ex));
        assertEquals("a long thin hollow needle passed between two vertebrae to reach the fluid around the spinal cord.",
            definitions(term(ex, "spinal needle")).get(0));
        assertFalse(has(ex, "needle, spinal"), () -> describe(ex));
        // a comma between two names is no inversion
        assertEquals(null, Phrases.uninverted("feeding bottle, nursing bottle"));
        assertEquals("percutaneous transluminal coronary angioplasty",
            Phrases.uninverted("coronary angioplasty, percutaneous transluminal"));
    }

    @Test
    void aPageThatNeverWritesItsHeadwordAtAllTakesTheFileNamesKnownWordsNotTheSitesName() {
        DocumentExtraction senses = extract("12-ligature-zorbelmed.txt", """
            [L. ligatura, a binding]

            1. A thread or wire tied tightly around a vessel to close it.
            SEE: suture
            2. The act of tying off a vessel.
            """);
        assertEquals("ligature", senses.topic(), () -> describe(senses));
        assertEquals(List.of("A thread or wire tied tightly around a vessel to close it.", "The act of tying off a vessel."),
            definitions(term(senses, "ligature")));
        DocumentExtraction prose = extract("40-nasal-speculum-quindrapedia.txt", """
            Instrument for holding the nostrils open during an examination of the nose.
            """);
        assertEquals("nasal speculum", prose.topic(), () -> describe(prose));
        assertFalse(has(prose, "40 nasal speculum quindrapedia"), () -> describe(prose));
    }

    @Test
    void aPageThatNeverWritesItsHeadwordAboveTheSensesTakesItFromTheFileName() {
        DocumentExtraction ex = extract("tracheotomy-wordsite.txt", """
            Definition of


              1. (noun, act) a cut made through the front of the neck into the windpipe to let air in

            via WordNet, Princeton University

            Synonyms of Tracheotomy

            Word of the Moment

            a person who collects coins
            """);
        assertEquals("tracheotomy", ex.topic(), () -> describe(ex));
        assertEquals(List.of("a cut made through the front of the neck into the windpipe to let air in"),
            definitions(term(ex, "tracheotomy")), () -> describe(ex));
        assertFalse(has(ex, "via WordNet"), () -> describe(ex));
    }

    @Test
    void aPartOfSpeechLabelLineNamesTheHeadwordAndTheMastheadAboveItIsNoDefinition() {
        DocumentExtraction ex = extract("lancet.txt", """
            Jump to the definition.
            Download our free dictionary for your phone and tablet

            Noun: lancet  lan-sit
              1. A small pointed two-edged surgical knife used to prick the skin or open a boil

            Derived forms: lancets
            """);
        assertEquals("lancet", ex.topic(), () -> describe(ex));
        assertEquals(List.of("A small pointed two-edged surgical knife used to prick the skin or open a boil"),
            definitions(term(ex, "lancet")), () -> describe(ex));
    }

    @Test
    void oneLineEntryWithSlashRespellingAndACompareLine() {
        DocumentExtraction ex = extract("otoscopy.txt", """
            otoscope

            otoscope /ˈoʊtəˌskoʊp/ [Gk, ous, ear; skopein, to look], an instrument with a light used to look into the ear.
            Compare ophthalmoscope
            """);
        assertEquals(List.of("an instrument with a light used to look into the ear."), definitions(term(ex, "otoscope")), () -> describe(ex));
        assertTrue(term(ex, "otoscope").crossRefs().stream().anyMatch(c -> c.target().equals("ophthalmoscope")), () -> describe(ex));
    }

    @Test
    void aDeviceDefinitionPlacesItInTheBodyPartItNamesButNotInTheBody() {
        DocumentExtraction ex = extract("speculum.txt", """
            speculum

            noun

            an instrument inserted into the vagina to hold it open during an examination
            """);
        assertEquals(List.of("vagina"), targets(term(ex, "speculum"), RelationKind.INSERTION_SITE), () -> describe(ex));
        DocumentExtraction general = extract("cannula.txt", """
            cannula

            noun

            a thin tube inserted into the body to drain fluid
            """);
        assertTrue(term(general, "cannula").relations().isEmpty(), () -> describe(general));
    }

    @Test
    void creditLinesAndLinesToTheReaderAreNotDefinitions() {
        DocumentExtraction ex = extract("gauze.txt", """
            Definitions of gauze

            n a thin loosely woven cloth used to cover and dress wounds

            Sign up, it's free!
            Whether you are a nurse or a student, our lists help you learn new words.

            Medical dictionary. 2011.
            """);
        assertEquals(List.of("a thin loosely woven cloth used to cover and dress wounds"), definitions(term(ex, "gauze")), () -> describe(ex));
        assertFalse(has(ex, "medical dictionary. 2011") || has(ex, "nurse"), () -> describe(ex));
    }

    @Test
    void shortGlossLinesUnderALongerOneAreDefinitionsOfTheirOwn() {
        DocumentExtraction ex = extract("otitis.txt", """
            Definitions for "Otitis"
            inflammation of any part of the ear, most often of the middle ear behind the drum
            an ear infection
            """);
        assertEquals(List.of("inflammation of any part of the ear, most often of the middle ear behind the drum", "an ear infection"),
            definitions(term(ex, "otitis")), () -> describe(ex));
    }

    @Test
    void seeLinesAndDistinguishedFromAreCrossReferences() {
        DocumentExtraction ex = extract("suture-anatomy.txt", """
            suture

            noun

            the fixed seam where two flat bones of the skull meet; -- distinguished from a joint, which can move.
            SEE: fontanelle; SEE: synostosis
            """);
        List<String> refs = term(ex, "suture").crossRefs().stream().map(c -> c.target()).toList();
        assertTrue(refs.containsAll(List.of("joint", "fontanelle", "synostosis")), () -> describe(ex));
        assertFalse(refs.stream().anyMatch(r -> r.startsWith("which")), () -> describe(ex));
    }

    @Test
    void learnerDictionaryHeadLineRespellingsAndNavigation() {
        DocumentExtraction ex = extract("gastrostomy-learners.txt", """
            Definition of gastrostomy noun from the Example Learner's Dictionary

            BrE //\u0261\u00e6\u02c8str\u0252st\u0259mi//
            ; NAmE //\u0261\u00e6\u02c8str\u0251\u02d0st\u0259mi//
            jump to other results
            an operation in which an opening is made through the wall of the abdomen into the stomach Word Originlate 19th cent.: from Greek gaster 'stomach'.
            """);
        assertEquals("gastrostomy", ex.topic(), () -> describe(ex));
        assertEquals(List.of("an operation in which an opening is made through the wall of the abdomen into the stomach"),
            definitions(term(ex, "gastrostomy")), () -> describe(ex));
    }

    @Test
    void quotedDictionariesLoseTheirHeadwordMarksAndSourceNames() {
        DocumentExtraction ex = extract("inhaler-other-dictionaries.txt", """
            Look at other dictionaries:

              \u2022 Inhaler \u2014 In*hal er, n. An apparatus for breathing in a medicine as a vapour. [1913 Webster] \u2026 Some Collaborative Dictionary

              \u2022 inhaler \u2014 (n.) 1715, agent noun from inhale \u2026 Some Etymology dictionary

              \u2022 inhaler \u2014 NOUN \u25aa a portable device for breathing in a medicine, used by people with asthma. \u2026 Some English terms dictionary
            """);
        List<String> defs = definitions(term(ex, "inhaler"));
        assertTrue(defs.contains("An apparatus for breathing in a medicine as a vapour."), () -> describe(ex));
        assertTrue(defs.contains("a portable device for breathing in a medicine, used by people with asthma."), () -> describe(ex));
        assertEquals(2, defs.size(), () -> describe(ex));
    }

    @Test
    void linesAboutTheWordOrThePageAreNoSenses() {
        DocumentExtraction ex = extract("splint-wordpage.txt", """
            splint

            noun

            1. a strip of rigid material that holds a broken bone still
            2. The nurse put a splint on the girl's wrist before the X-ray.
            IPA: /spl\u026ant/
            from The Example Dictionary of the English Language, 3rd Edition
            This page lists every meaning of the word splint.
            """);
        assertEquals(List.of("a strip of rigid material that holds a broken bone still"), definitions(term(ex, "splint")), () -> describe(ex));
    }

    @Test
    void aHeadLineThatRepeatsTheHeadwordBeforeItsSyllablesAndAKindAsAWholeSense() {
        DocumentExtraction ex = extract("cystoscopy-page.txt", """
            cystoscopy cys\u00b7tos\u00b7co\u00b7py (s\u012d-st\u014fs'k\u0259-p\u0113)

            Examination of the inside of the bladder with a thin lighted instrument.

            Flexible cystoscopy.
            """);
        assertEquals("cystoscopy", ex.topic(), () -> describe(ex));
        assertTrue(definitions(term(ex, "cystoscopy")).contains("Examination of the inside of the bladder with a thin lighted instrument."),
            () -> describe(ex));
        // "Flexible cystoscopy." names the kind the sense is about: a narrower term, not another name of the headword
        assertTrue(ExtractFixtures.broader(term(ex, "flexible cystoscopy")).contains("cystoscopy"), () -> describe(ex));
    }

    @Test
    void aPlaceParticipleRightAfterTheTopicIsAboutItWhateverTheSubject() {
        DocumentExtraction ex = extract("stoma-bag.txt", """
            Definitions of drain

            n a tube that carries fluid away from a wound

            A surgeon will often leave a drain placed in the abdomen after an operation on the bowel.
            """);
        assertEquals(List.of("abdomen"), targets(term(ex, "drain"), RelationKind.LOCATION), () -> describe(ex));
    }
}

package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.crossRefs;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;
import org.medvocab.page.PlainTextSegmenter;

/**
 * Page shapes of the fourteenth session, each on an invented page: pages whose headword is printed nowhere as a title
 * (only field labels, a question about the word, a table row), so that the subject comes from what the page and its
 * address agree on.
 */
class UntitledPagesTest {

    @Test
    void fieldLabelsOfAnEntryAreNoTitleAndTheAddressNamesTheWordThePageUses() {
        String page = """
            Definition

            A handheld device that measures how fast air can be blown out of the lungs. Think of it as a speedometer for breath.

            Example Usage

            The nurse asked the boy to blow into the peak meter twice before his inhaler dose.

            Origin

            From English 'peak' and Greek 'metron' meaning 'measure'

            Fun Fact

            A peak meter costs less than a pair of shoes.
            """;
        DocumentExtraction ex = extract("peak-meter-examplesite.txt", page);
        assertEquals("peak meter", ex.topic().toLowerCase(), () -> describe(ex));
        assertTrue(definitions(term(ex, "peak meter")).stream().anyMatch(d -> d.startsWith("A handheld device that measures")),
            () -> describe(ex));
        assertFalse(has(ex, "example usage"), () -> describe(ex));
    }

    @Test
    void exampleUsageIsASectionOfSentencesNotOfUses() {
        assertEquals(Lexicon.Section.SKIP, Lexicon.section("Example Usage"));
        assertEquals(Lexicon.Section.SKIP, Lexicon.section("Fun fact"));
        assertEquals(Lexicon.Section.INDICATIONS, Lexicon.section("Usage"));
    }

    @Test
    void aQuestionAboutWhatAWordMeansNamesTheWord() {
        assertEquals("lancet", PlainTextSegmenter.topicOf("What else does lancet mean?"));
        assertEquals("ecg", PlainTextSegmenter.topicOf("What does the abbreviation ECG stand for?"));
        assertEquals("a mean value", PlainTextSegmenter.topicOf("A mean value?"));
    }

    @Test
    void aFileNameThatRepeatsAWordIsReadNotRejected() {
        String page = "Splint: A rigid support that holds a broken bone still while it heals.\n";
        DocumentExtraction ex = extract("splint-bone-splint.txt", page);
        assertTrue(has(ex, "splint"), () -> describe(ex));
    }

    @Test
    void aTableOfFieldRowsWithItsOuterRulesGivesTheEntry() {
        String page = """
            | Term | gauze |
            | Pronunciation | GAWZ |
            | See also | bandage, dressing |
            | Definition | A thin woven cotton fabric used to cover and pack wounds. |
            (c) 2026 Example Training Company.
            """;
        DocumentExtraction ex = extract("gauze-exampletraining.txt", page);
        TermRecord gauze = term(ex, "gauze");
        assertTrue(definitions(gauze).stream().anyMatch(d -> d.startsWith("A thin woven cotton fabric")), () -> describe(ex));
        assertTrue(crossRefs(gauze, CrossRefKind.SEE_ALSO).contains("bandage"), () -> describe(ex));
    }

    @Test
    void numberedSenseCaptionsGiveTheHeadwordItsSensesWithoutTheirLexicographerTags() {
        String page = """
            Definition 1: a surgical instrument used to hold a wound open - [noun denoting artifact]

            (retractor is a kind of ...) a medical instrument used in surgery

            Definition 2: a muscle that draws a body part back - [noun denoting body]
            """;
        DocumentExtraction ex = extract("retractor-examplewords.txt", page);
        TermRecord retractor = term(ex, "retractor");
        assertTrue(definitions(retractor).contains("a surgical instrument used to hold a wound open"), () -> describe(ex));
        assertTrue(definitions(retractor).contains("a muscle that draws a body part back"), () -> describe(ex));
        assertFalse(has(ex, "definition 1") || has(ex, "definition 2"), () -> describe(ex));
    }

    @Test
    void theWordsOfAWordNetSenseAreOtherNamesAndTheGlossBelowIsTheSense() {
        String page = """
            Ear Tube

            1. ear tube, tympanostomy tube, grommet

            a tiny tube placed through the eardrum so that air can reach the middle ear

            2. ear tube, ear trumpet

            a horn held to the ear to help someone hear speech

            WordNet Lexical Database for English. Example University. 2011.
            """;
        DocumentExtraction ex = extract("ear-tube-exampledict.txt", page);
        TermRecord tube = term(ex, "ear tube");
        assertTrue(tube.altLabels().containsAll(java.util.List.of("tympanostomy tube", "grommet", "ear trumpet")), () -> describe(ex));
        assertTrue(definitions(tube).stream().anyMatch(d -> d.startsWith("a tiny tube placed through the eardrum")), () -> describe(ex));
        assertTrue(definitions(tube).stream().anyMatch(d -> d.startsWith("a horn held to the ear")), () -> describe(ex));
        assertTrue(definitions(tube).stream().noneMatch(d -> d.contains("WordNet") || d.contains("grommet")), () -> describe(ex));
    }

    @Test
    void aPartOfSpeechOnItsOwnLineNeitherContinuesNorIsContinued() {
        java.util.List<Line> lines = Line.unwrap(java.util.List.of(new Line("a signal word for the letter x in radio talk", 0, 44),
            new Line("verb (transitive)", 45, 62), new Line("to photograph a part of the body with rays", 63, 105)));
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(org.medvocab.page.HeadLines.isPartOfSpeech("verb (transitive)"));
        assertTrue(org.medvocab.page.HeadLines.isPartOfSpeech("verb transitive"));
    }

    @Test
    void aStressMarkedRespellingAndGluedSenseNumbersMarkADictionaryEntry() {
        String page = """
            computed tomography

            com`put´ed to`mog´ra`phy
            n.1.(Medicine) a diagnostic procedure that builds cross-sectional images of the body from many X-ray views. It is abbreviated CT.
            Noun1.computed tomographycomputed tomography - the use of a computer to assemble X-ray views into slices of the body
            """;
        assertEquals(DocumentKind.DICTIONARY, KindDetector.detect(page));
        DocumentExtraction ex = extract("computed-tomography-exampledict.txt", page);
        TermRecord ct = term(ex, "computed tomography");
        assertTrue(definitions(ct).stream().anyMatch(d -> d.startsWith("a diagnostic procedure that builds")), () -> describe(ex));
        assertTrue(definitions(ct).stream().anyMatch(d -> d.startsWith("the use of a computer to assemble")), () -> describe(ex));
        assertFalse(has(ex, "com`put´ed to`mog´ra`phy"), () -> describe(ex));
    }

    @Test
    void anOldDictionaryEntryCopiedOntoOneLineIsCutBackIntoItsSensesAndSubEntries() {
        String page = "Splint | n. [ Akin to Dutch splinter a thin piece. ] [ 1913 Webster ] 1. (Surg.) A strip of wood or metal bound "
            + "to a limb to keep a broken bone in its place while it knits. [ 1913 Webster ] He bound the splint above the "
            + "knee before the march. Dryden. [ 1913 Webster ] 2. (Surg.) A shell of plaster or resin that holds a sprained "
            + "joint still. [ 1913 Webster ] "
            + "Splint coal. See Cannel coal, n., 2. [ 1913 Webster ]\n|\n"
            + "Splinted | a. 1. Held with splints; as, a splinted arm. [ 1913 Webster ] 2. Made of thin strips. Evelyn. "
            + "[ 1913 Webster ] Splinted fracture, a fracture held still by a rigid support until the bone heals. -- Splinted "
            + "joint, a joint kept from moving by a brace or cast while it mends after a sprain. [ 1913 Webster ]\n";
        DocumentExtraction ex = extract("splint-examplethai.txt", page);
        TermRecord splint = term(ex, "splint");
        assertTrue(definitions(splint).stream().anyMatch(d -> d.startsWith("A strip of wood or metal bound to a limb")), () -> describe(ex));
        assertTrue(definitions(splint).stream().noneMatch(d -> d.contains("Dryden") || d.contains("Akin to")), () -> describe(ex));
        assertTrue(definitions(term(ex, "splinted fracture")).stream().anyMatch(d -> d.startsWith("a fracture held still")), () -> describe(ex));
        assertTrue(definitions(term(ex, "splinted joint")).stream().anyMatch(d -> d.startsWith("a joint kept from moving")), () -> describe(ex));
        assertTrue(crossRefs(term(ex, "splint coal"), CrossRefKind.SEE).contains("cannel coal"), () -> describe(ex));
        assertFalse(has(ex, "n"), () -> describe(ex));
    }

    @Test
    void markdownBoldMarksAreBlankedKeepingOffsets() {
        String doc = "Intro line\n**Hip brace**: A support worn around the hip.\n";
        Line l = Line.split(doc).get(1);
        assertFalse(l.text().contains("*"), l::toString);
        assertTrue(l.text().startsWith("Hip brace"), l::toString);
        assertEquals("Hip brace", doc.substring(l.start(), l.start() + "Hip brace".length()));
    }

    @Test
    void aNumberedWordHistoryIsNoSenseAndNumberedKindsNamedInASentenceOfTheirOwnAreKinds() {
        String page = """
            N: 1. 1902, formed from tonsil + -ectomy (Greek ektome "a cutting out").
            2. A tonsillectomy is surgery to take out the tonsils when they are infected again and again.
            3. There are 2 ways to remove the tonsils:

              1. Cold knife tonsillectomy. A scalpel is used to cut the tonsils away from the throat. You go home the same day.
              2. Coblation tonsillectomy. Radio waves and salt water break down the tonsil tissue.
            """;
        DocumentExtraction ex = extract("tonsillectomy-examplehealth.txt", page);
        assertEquals("tonsillectomy", ex.topic().toLowerCase(), () -> describe(ex));
        TermRecord topic = term(ex, "tonsillectomy");
        assertTrue(definitions(topic).stream().anyMatch(d -> d.startsWith("A tonsillectomy is surgery")), () -> describe(ex));
        assertTrue(definitions(topic).stream().noneMatch(d -> d.contains("1902") || d.startsWith("There are")), () -> describe(ex));
        TermRecord cold = term(ex, "cold knife tonsillectomy");
        assertTrue(ExtractFixtures.broader(cold).contains("tonsillectomy"), () -> describe(ex));
        assertTrue(definitions(cold).stream().anyMatch(d -> d.startsWith("A scalpel is used")), () -> describe(ex));
    }

    @Test
    void runInSubEntriesBelowSensesWithoutAHeadLineAreKindsOnceTheHeadwordIsKnown() {
        String page = """
            1. an instrument for spreading the edges of a wound so that the surgeon can see the tissue beneath; made in many sizes.
            2. any muscle that pulls a part back.
            Balfour retractor, a self-retaining retractor for the abdominal wall.
            Army retractor, one with two flat blades used to hold skin apart in shallow wounds.
            """;
        DocumentExtraction ex = extract("surgical-retractor-examplesite.txt", page);
        assertTrue(ExtractFixtures.broader(term(ex, "balfour retractor")).contains("retractor"), () -> describe(ex));
        assertTrue(definitions(term(ex, "army retractor")).stream().anyMatch(d -> d.startsWith("one with two flat blades")), () -> describe(ex));
        assertTrue(definitions(term(ex, "retractor")).stream().noneMatch(d -> d.contains("Balfour")), () -> describe(ex));
    }

    @Test
    void subEntriesRunOnWithTheHeadwordAbbreviatedAreCutOutAsKinds() {
        String page = "drainage (dray-nij) n. the removal of fluid from a cavity of the body through a tube or an open wound. "
            + "postural d. removal of secretions from the lungs by laying the patient head down so that gravity helps. "
            + "surgical d. removal of fluid from a wound through a tube placed at operation.\n";
        DocumentExtraction ex = extract("drainage-exampledict.txt", page);
        assertTrue(definitions(term(ex, "drainage")).stream().anyMatch(d -> d.startsWith("the removal of fluid from a cavity")), () -> describe(ex));
        assertTrue(definitions(term(ex, "drainage")).stream().noneMatch(d -> d.contains("postural")), () -> describe(ex));
        TermRecord postural = term(ex, "postural drainage");
        assertTrue(ExtractFixtures.broader(postural).contains("drainage"), () -> describe(ex));
        assertTrue(definitions(postural).stream().anyMatch(d -> d.startsWith("removal of secretions from the lungs")), () -> describe(ex));
    }

    @Test
    void sensesNumberedInAColumnAreSensesAndVerbSensesAndBracketedCenturiesAreNot() {
        String page = """
            1      (Med)   a hollow tube with a blade at its end, used to cut a small round piece from the skin for testing
            2    tr   to cut out a round piece of skin with such a tube
                 (C19: from Latin: punctum)
            """;
        DocumentExtraction ex = extract("skin-punch-exampledict.txt", page);
        java.util.List<String> defs = ex.terms().stream().flatMap(t -> definitions(t).stream()).toList();
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("a hollow tube with a blade")), () -> describe(ex));
        assertTrue(defs.stream().noneMatch(d -> d.contains("to cut out") || d.contains("C19")), () -> describe(ex));
        assertEquals("1.     (Med)", Line.split(page).get(0).text().substring(0, 12));
    }

    @Test
    void aConciseEncyclopediaHeadwordBeforeACommaRunsInItsGlossAndItsComplicationsAreItsRisks() {
        String page = "lithotripsy, Breaking up of stones in the kidney or bladder by focused shock waves from outside the body. "
            + "Most stones pass in the urine within weeks. Complications, including bleeding and infection, are uncommon.\n";
        DocumentExtraction ex = extract("lithotripsy-exampleencyclopedia.txt", page);
        TermRecord topic = term(ex, "lithotripsy");
        assertTrue(definitions(topic).stream().anyMatch(d -> d.startsWith("Breaking up of stones")), () -> describe(ex));
        assertTrue(ExtractFixtures.targets(topic, RelationKind.RISK).contains("infection"), () -> describe(ex));
    }

    @Test
    void sentencesListedUnderThereAreTypesOfXNameAndDescribeItsKinds() {
        String page = """
            Anemia

            Anemia is a condition in which the blood has too few healthy red blood cells to carry enough oxygen to the tissues.

            There are three main types of anemia.

              \u2022 Iron deficiency anemia results from too little iron in the body, often after blood loss. This form was once called "chlorosis".
              \u2022 Pernicious anemia results from a lack of vitamin B12 when the gut cannot absorb it.
              \u2022 The third main form, aplastic anemia occurs when the bone marrow stops making enough new blood cells.
            """;
        DocumentExtraction ex = extract("anemia-examplehealth.txt", page);
        TermRecord iron = term(ex, "iron deficiency anemia");
        assertTrue(ExtractFixtures.broader(iron).contains("anemia"), () -> describe(ex));
        assertTrue(iron.altLabels().contains("chlorosis"), () -> describe(ex));
        assertTrue(ExtractFixtures.broader(term(ex, "aplastic anemia")).contains("anemia"), () -> describe(ex));
        assertTrue(definitions(term(ex, "anemia")).stream().noneMatch(d -> d.contains("third main form")), () -> describe(ex));
    }

    @Test
    void kindsListedUnderAnAnnouncementAreReadOnADictionaryPageToo() {
        String page = """
            Hepatitis

            /\u02cch\u025bp\u0259\u02c8ta\u026at\u026as/

            1. Inflammation of the liver, most often caused by a virus.

            There are three main types of viral hepatitis (VH).

              \u2022 Hepatitis A VH results from eating food or water soiled by the virus. This form was formerly called "infectious hepatitis".
              \u2022 Hepatitis B VH results from contact with infected blood or body fluids.
              \u2022 The third main form, delta hepatitis occurs only with hepatitis B.

            2. Any inflammation of the liver, whatever its cause.
            """;
        assertEquals(DocumentKind.DICTIONARY, KindDetector.detect(page));
        DocumentExtraction ex = extract("hepatitis-exampledict.txt", page);
        TermRecord a = term(ex, "hepatitis A VH");
        assertTrue(ExtractFixtures.broader(a).contains("viral hepatitis"), () -> describe(ex));
        assertTrue(a.altLabels().contains("infectious hepatitis"), () -> describe(ex));
        assertTrue(ExtractFixtures.broader(term(ex, "delta hepatitis")).contains("viral hepatitis"), () -> describe(ex));
        assertTrue(definitions(term(ex, "hepatitis")).stream().noneMatch(d -> d.startsWith("There are")), () -> describe(ex));
    }

    @Test
    void aSenseOfBracketedLettersIsSeveralSensesAndTheTitleSaysWhatThePageGives() {
        String page = """
            scabies Meaning, Definition & Usage

            Sca"bi*es noun
            L., the itch.
              1. (Med.) (a) The itch; any itching skin eruption. Obs. (b) A contagious disease of the skin caused by a mite that burrows under it.

            Webster 1913
            """;
        DocumentExtraction ex = extract("scabies-examplewords.txt", page);
        TermRecord scabies = term(ex, "scabies");
        assertTrue(definitions(scabies).stream().anyMatch(d -> d.startsWith("A contagious disease of the skin")), () -> describe(ex));
        assertTrue(definitions(scabies).stream().noneMatch(d -> d.contains("(b)")), () -> describe(ex));
        assertTrue(scabies.altLabels().stream().noneMatch(a -> a.toLowerCase().contains("usage")), () -> describe(ex));
    }

    @Test
    void aParagraphOpeningWithTheTopicsHeadNounIsAboutTheTopicNotAGloss() {
        String page = """
            What is a Peak Flow Meter?

            A peak flow meter is a small handheld device that measures how fast a person can breathe out.

            The meter consists of a mouthpiece at one end and a sliding marker along a scale.
            """;
        DocumentExtraction ex = extract("peak-flow-meter-examplehealth.txt", page);
        TermRecord meter = term(ex, "peak flow meter");
        assertEquals(1, definitions(meter).size(), () -> describe(ex));
        assertTrue(ExtractFixtures.targets(meter, RelationKind.COMPONENT).contains("mouthpiece"), () -> describe(ex));
    }

    @Test
    void whereSomethingIsFormedIsItsLocation() {
        String page = """
            Gallstone

            A gallstone is a hard deposit formed in the gallbladder from bile. Most cause no symptoms.
            """;
        DocumentExtraction ex = extract("gallstone-examplehealth.txt", page);
        assertTrue(ExtractFixtures.targets(term(ex, "gallstone"), RelationKind.LOCATION).contains("gallbladder"), () -> describe(ex));
    }

    @Test
    void paragraphsUnderAnAnnouncementOfKindsNameKindsByLetterAndApposition() {
        String page = """
            There are four main types of influenza, or flu, plus some rare strains found in animals.

            Influenza A infects people and many animals and causes most of the large outbreaks.

            Influenza B, or type B flu, infects only people and causes milder seasonal waves.

            Influenza C causes mild illness in children.
            """;
        DocumentExtraction ex = extract("influenza-examplehealth.txt", page);
        assertTrue(ExtractFixtures.broader(term(ex, "influenza A")).contains("influenza"), () -> describe(ex));
        TermRecord b = term(ex, "influenza B");
        assertTrue(ExtractFixtures.broader(b).contains("influenza"), () -> describe(ex));
        assertTrue(b.altLabels().contains("type B flu"), () -> describe(ex));
        assertTrue(ExtractFixtures.broader(term(ex, "influenza C")).contains("influenza"), () -> describe(ex));
    }
}

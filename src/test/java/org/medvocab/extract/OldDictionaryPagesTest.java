package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.broader;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;
import org.medvocab.page.HeadLines;

/**
 * Page shapes of the twelfth session, each on an invented page: an entry of the Webster 1913 as its mirrors print it
 * (the source named over two lines with its version, the etymology in brackets after the part of speech, a dated source
 * tag after each sense, sub-entries in braces, a page cut inside the etymology), a learner's dictionary's level between
 * the headword and its pronunciation, and an index's inverted heading.
 */
class OldDictionaryPagesTest {

    static final String LANCET = """
        from
        The Example Unabridged Dictionary of English v.2.07
        Lancet \\Lan"cet\\, n. [F. lancette, dim. of lance a lance. See
        Lance.]
        1. (Surg.) A small two-edged knife with a sharp point, used
        for opening veins and small abscesses.
        [1890 Example]
        2. (Arch.) A narrow window with a pointed arch.
        [1890 Example]
        {Thumb lancet} (Surg.), a broad lancet held between the thumb
        and finger, used for bleeding a vein.
        {Lancet fish}. See under Fish.
        [1890 Example]
        """;

    @Test
    void aWebsterEntryGivesItsMedicalSenseAndItsBracedSubEntries() {
        DocumentExtraction ex = extract("lancet-olddict.txt", LANCET);
        assertEquals("lancet", ex.topic(), () -> describe(ex));
        assertTrue(definitions(term(ex, "lancet")).stream().anyMatch(d -> d.startsWith("A small two-edged knife")), () -> describe(ex));
        assertTrue(definitions(term(ex, "lancet")).stream().noneMatch(d -> d.contains("\\\\") || d.startsWith("[F.")), () -> describe(ex));
        TermRecord thumb = term(ex, "thumb lancet");
        assertTrue(definitions(thumb).stream().anyMatch(d -> d.startsWith("a broad lancet held between")), () -> describe(ex));
        assertTrue(broader(thumb).contains("lancet"), () -> describe(ex));
        assertFalse(ex.terms().stream().anyMatch(t -> t.label().contains("1890") || t.label().toLowerCase().contains("dictionary")),
            () -> describe(ex));
    }

    @Test
    void anEtymologyThePageCutsShortIsNoSense() {
        String cut = LANCET.replace("See\nLance.]", "See");
        DocumentExtraction ex = extract("lancet-cut.txt", cut);
        assertTrue(definitions(term(ex, "lancet")).stream().noneMatch(d -> d.startsWith("[F.")), () -> describe(ex));
        assertTrue(definitions(term(ex, "lancet")).stream().anyMatch(d -> d.startsWith("A small two-edged knife")), () -> describe(ex));
    }

    @Test
    void aSearchHeaderNamesTheWordSearchedFor() {
        DocumentExtraction ex = extract("result.txt", "2 definitions found\n for Lancet\n\n" + LANCET);
        assertEquals("lancet", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "for lancet"), () -> describe(ex));
    }

    @Test
    void aLearnersLevelBetweenHeadwordAndPronunciationIsNoHeadword() {
        assertTrue(HeadLines.isMark("B2"));
        assertFalse(HeadLines.isMark("B12"));
        DocumentExtraction ex = extract("page.txt", """
            crutch

            B2
            UK /krʌtʃ/ US /krʌtʃ/
            noun

            A stick with a rest for the armpit or forearm, used by a person who cannot put full weight on one leg.
            """);
        assertEquals("crutch", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "B2"), () -> describe(ex));
        assertTrue(definitions(term(ex, "crutch")).stream().anyMatch(d -> d.startsWith("A stick with a rest")), () -> describe(ex));
    }

    @Test
    void anInvertedIndexHeadingIsTheTermInItsNaturalOrder() {
        assertEquals("oxygen mask", Labels.uninverted("Mask, oxygen"));
        assertEquals("indwelling catheter", Labels.uninverted("Catheters, Indwelling").replace("catheters", "catheter"));
        assertEquals("bandage, patch", Labels.uninverted("bandage, patch"));   // two synonyms stay as they are
        DocumentExtraction ex = extract("mask.txt", """
            Definition of Mask, oxygen

            Mask, oxygen: A cup that fits over the nose and mouth and is joined by a tube to a supply of oxygen.
            """);
        assertTrue(has(ex, "oxygen mask"), () -> describe(ex));
        assertFalse(has(ex, "mask, oxygen"), () -> describe(ex));
    }

    @Test
    void creditsUnderEachGlossAreAttributionsNotHeadwords() {
        DocumentExtraction ex = extract("gout-defs.txt", """
            Gout Definition

            gout, gəwt
            A painful swelling of a joint, most often of the big toe, caused by crystals of uric acid.
            Brightwater Heritage
            A disease of the joints in which uric acid builds up and inflames them.
            Another Old Dictionary
            (pathology) A form of arthritis that comes in sudden attacks, with a red, hot and tender joint.
            """);
        assertEquals("gout", ex.topic(), () -> describe(ex));
        assertEquals(3, definitions(term(ex, "gout")).size(), () -> describe(ex));
        assertFalse(has(ex, "Brightwater Heritage") || has(ex, "Another Old Dictionary"), () -> describe(ex));
    }

    @Test
    void captionedSentencesAboutTheTopicDefineItAgain() {
        DocumentExtraction ex = extract("gout.txt", """
            A painful inflammation of a joint caused by crystals of uric acid.
            In simple words: Gout is a kind of arthritis that makes a joint suddenly red and sore.
            Usage: Gout is a word for a disease, not for the joint it affects.
            """);
        assertEquals("gout", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "in simple words") || ex.terms().stream().anyMatch(t -> t.label().startsWith("usage")), () -> describe(ex));
        assertTrue(definitions(term(ex, "gout")).stream().anyMatch(d -> d.startsWith("Gout is a kind of arthritis")), () -> describe(ex));
    }

    @Test
    void aTitleThatNamesWhatThePageGivesAndAGluedFieldLabel() {
        DocumentExtraction ex = extract("page.txt", """
            CPR. Definition

            CPR is an emergency procedure in which the chest is pressed to keep blood moving when the heart has stopped.
            """);
        assertEquals("CPR", ex.topic(), () -> describe(ex));
        DocumentExtraction glued = extract("cardiac-massage-wordsite.txt", """
            cardiac massage,
              \u2022 Medicinerhythmic pressing on the chest to keep blood moving when the heart has stopped.
                \u2022 1935\u201340

                cardiac massage n
                1. pressing on the chest again and again so that a stopped heart still moves blood
            """);
        assertTrue(definitions(term(glued, "cardiac massage")).stream().anyMatch(d -> d.startsWith("rhythmic pressing on the chest")),
            () -> describe(glued));
    }

    @Test
    void aLineAboutThePageItselfIsNoDefinitionAndContrastsAreReferences() {
        DocumentExtraction ex = extract("nebulizer-topic.txt", """
            Nebulizer

            A nebulizer is a machine that turns a liquid medicine into a fine mist that is breathed in. A nebulizer should
            not be confused with an inhaler or a humidifier.

            The rest of this topic is open only to members.
            """);
        TermRecord neb = term(ex, "nebulizer");
        assertTrue(definitions(neb).stream().noneMatch(d -> d.contains("this topic")), () -> describe(ex));
        assertTrue(neb.crossRefs().stream().anyMatch(x -> x.target().equals("inhaler") && x.kind() == CrossRefKind.CF), () -> describe(ex));
        assertTrue(neb.crossRefs().stream().anyMatch(x -> x.target().equals("humidifier")), () -> describe(ex));
    }

    @Test
    void aSentenceWrappedAfterItsOpeningWordsIsNoTitle() {
        DocumentExtraction ex = extract("otoscope-wordsite.txt", """
            The term
            otoscope is mostly used as a noun, with one meaning in every source.
            - Definition: An instrument with a light and a lens used for looking into the ear.
            """);
        assertEquals("otoscope", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "the term"), () -> describe(ex));
    }

    @Test
    void aPageOnTheTypesOfAThingIsAboutTheThingAndAListOfItsComponentsGivesParts() {
        DocumentExtraction ex = extract("page.txt", """
            Types of Nebulizers

            What are nebulizers?

            Nebulizers are machines that turn liquid medicine into a mist to be breathed in. Most nebulizers have the same main components:

              \u2022 A compressor that pushes air through the medicine.
              \u2022 A medicine cup that holds the liquid.
              \u2022 A mouthpiece or a mask through which the mist is breathed.
            """);
        assertEquals("nebulizer", Labels.key(ex.topic()), () -> describe(ex));
        java.util.Set<String> parts = new java.util.TreeSet<>();
        term(ex, ex.topic()).relations().stream().filter(r -> r.kind() == RelationKind.COMPONENT).forEach(r -> parts.add(r.target()));
        assertTrue(parts.containsAll(java.util.Set.of("compressor", "medicine cup")), () -> describe(ex));
    }

    @Test
    void kindsListedAfterSuchAsTakeTheHeadTheyLeaveOut() {
        DocumentExtraction ex = extract("goitre.txt", """
            Goitre

            A goitre is a condition in which the thyroid gland in the neck grows larger than normal. Goitres are often
            grouped as diffuse goitres\u2014such as colloid and toxic\u2014and other forms such as nodular or retrosternal goitres.
            """);
        assertTrue(broader(term(ex, "diffuse goitre")).contains("goitre"), () -> describe(ex));
        assertTrue(broader(term(ex, "toxic goitre")).contains("diffuse goitre"), () -> describe(ex));
        assertTrue(broader(term(ex, "colloid goitre")).contains("diffuse goitre"), () -> describe(ex));
        assertTrue(broader(term(ex, "retrosternal goitre")).contains("goitre"), () -> describe(ex));
    }

    @Test
    void anEverydaySenseBesideAMedicalOneIsAnotherWord() {
        DocumentExtraction ex = extract("glaucoma-words.txt", """
            Definition of Cascade

            1. Noun. A disorder of the eye in which fluid pressure inside it rises and harms the optic nerve.

            2. Noun. A small waterfall, or a series of them down a slope.
            """);
        TermRecord t = term(ex, ex.topic());
        assertTrue(definitions(t).stream().anyMatch(d -> d.startsWith("A disorder of the eye")), () -> describe(ex));
        assertTrue(definitions(t).stream().noneMatch(d -> d.contains("waterfall")), () -> describe(ex));
        assertTrue(broader(t).stream().noneMatch(b -> b.contains("waterfall")), () -> describe(ex));
    }

    @Test
    void theVarietyOfDictionaryAfterALowerCaseHeadwordIsNoPartOfIt() {
        DocumentExtraction ex = extract("tinnitus-dict.txt", """
            tinnitus

            [tin-uh-tuhs] / tɪˈnaɪ təs /

            noun

              1. a ringing or buzzing heard in the ears when no outside sound is there.

            tinnitus British
            / tɪˈnaɪtəs /

            noun

              1. a sensation of noise in the ears that has no cause outside the body

            tinnitus Scientific
              1. A sound of ringing or roaring in the ears that only the person hears.
            """);
        assertEquals("tinnitus", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "tinnitus British") || has(ex, "tinnitus Scientific"), () -> describe(ex));
        assertEquals(3, definitions(term(ex, "tinnitus")).size(), () -> describe(ex));
    }

    @Test
    void aFieldsNameBeforeAGlossIsALabel() {
        assertEquals("an instrument for looking inside the body.", DefinitionRules.withoutLeadingLabel("Surgery an instrument for looking inside the body."));
        assertEquals("Surgery of the heart.", DefinitionRules.withoutLeadingLabel("Surgery of the heart."));
    }

    @Test
    void aPartNamedAfterTheFirstPartsClauseAndExamplesNamedLikeTheTopic() {
        DocumentExtraction ex = extract("tonometer.txt", """
            Tonometer

            A tonometer is a device used to measure the pressure inside the eye. It consists of a small probe that touches
            the cornea, and a pressure sensor that reads the force needed to flatten it. Other examples include the rebound
            tonometer and the air-puff tonometer.
            """);
        TermRecord t = term(ex, "tonometer");
        java.util.Set<String> parts = new java.util.TreeSet<>();
        t.relations().stream().filter(r -> r.kind() == RelationKind.COMPONENT).forEach(r -> parts.add(r.target()));
        assertTrue(parts.contains("pressure sensor"), () -> describe(ex));
        assertFalse(parts.contains("rebound tonometer"), () -> describe(ex));
        assertTrue(broader(term(ex, "rebound tonometer")).contains("tonometer"), () -> describe(ex));
    }
}

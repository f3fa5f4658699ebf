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

    /** Invented: a page that stacks three sources' definitions, each followed by a credit over two label rows. */
    private static final String CREDITED = """
        Spacer Clinic Lexicon

        Spacer: From 3 Different Sources


        A tube that is fitted to an inhaler so that the puff of medicine can be breathed in slowly.
        Lexicon Source: First Medical Handbook
        Author: The Handbook Editors
        A chamber placed between the inhaler and the mouth, which holds the spray for a moment and lets less of it land on the throat.
        Lexicon Source: Second Medical Handbook
        Author: Clinic Lexicon
        n. a holding chamber with a valve at the mouth end, used with a pressurised metered-dose inhaler.
        Lexicon Source: Third Pocket Dictionary
        Author: A. Writer, B. Writer

        Spacer Masks

        Soft masks fitted to the mouth end of a spacer for small children who cannot close their lips around it, sold in three sizes.... spacer masks

        Spacer Mask

        A mask that fits over the nose and mouth of a child and joins onto a spacer.
        """;

    @Test
    void aTitleThatAlsoNamesTheSiteGivesItsSubjectAsTheHeadword() {
        DocumentExtraction ex = extract(CREDITED);
        assertEquals("spacer", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "spacer clinic lexicon"), () -> describe(ex));
        assertEquals(3, definitions(term(ex, "spacer")).size(), () -> describe(ex));
    }

    @Test
    void creditRowsCloseTheirEntryAndTheNextHeadingOpensANewOne() {
        DocumentExtraction ex = extract(CREDITED);
        TermRecord mask = term(ex, "spacer mask");
        assertTrue(definitions(mask).stream().anyMatch(d -> d.startsWith("Soft masks fitted")), () -> describe(ex));
        assertFalse(term(ex, "spacer").altLabels().contains("spacer mask"), () -> describe(ex));
    }

    @Test
    void aCutExcerptAndTheLinkAfterItAreNotSynonyms() {
        DocumentExtraction ex = extract(CREDITED);
        TermRecord mask = term(ex, "spacer mask");
        assertTrue(mask.altLabels().isEmpty(), () -> describe(ex));
        assertTrue(definitions(mask).stream().noneMatch(d -> d.contains("....")), () -> describe(ex));
    }

    @Test
    void aDescriptiveGenusNamesNoBroaderTerm() {
        Genus g = Genus.of("solar or mains electrically powered bedside devices that warm a bag of fluid");
        assertEquals(TopClass.DEVICE, g.kind());
        assertEquals(null, g.broader(), g::toString);
    }

    /** Invented: three dictionaries' entries for one word, stacked under source headings. */
    private static final String THREE_SOURCES = """
        Look up a word

        The Old Collegiate Dictionary
        Vaporiser

        Vaporiser \\Va"por*i`ser\\, n. A humidifier.

        Open Wordlist
        vaporiser

        n. 1 A machine that turns water into steam for a room; sometimes also called a steamer. 2 (context medicine English) A device that turns a liquid drug into a vapour to be breathed in through a mask.

        Free Encyclopedia
        Vaporiser

        In medicine, a vaporizer or vaporiser (see spelling) is an inhalation device used to give a drug as a vapour.

        Vaporisers are commonly used for the relief of croup and colds.
        """;

    @Test
    void anArticleAndOneNounIsAnotherNameAndADefinition() {
        DocumentExtraction ex = extract(THREE_SOURCES);
        TermRecord t = term(ex, "vaporiser");
        assertTrue(t.altLabels().contains("humidifier"), () -> describe(ex));
        assertTrue(definitions(t).contains("A humidifier."), () -> describe(ex));
        assertFalse(broader(t).contains("humidifier"), () -> describe(ex));
    }

    @Test
    void aNameAfterASemicolonAndAnAdverbIsASynonym() {
        assertTrue(term(extract(THREE_SOURCES), "vaporiser").altLabels().contains("steamer"));
    }

    @Test
    void aBracketedDomainLabelIsNotPartOfTheDefinition() {
        List<String> defs = definitions(term(extract(THREE_SOURCES), "vaporiser"));
        assertTrue(defs.contains("A device that turns a liquid drug into a vapour to be breathed in through a mask."), defs::toString);
    }

    @Test
    void aSubjectInTwoSpellingsDefinesTheWordAndGivesTheOtherSpelling() {
        DocumentExtraction ex = extract(THREE_SOURCES);
        TermRecord t = term(ex, "vaporiser");
        assertTrue(t.altLabels().contains("vaporizer"), () -> describe(ex));
        assertTrue(broader(t).contains("inhalation device"), () -> describe(ex));
        assertTrue(definitions(t).stream().anyMatch(d -> d.startsWith("In medicine, a vaporizer")), () -> describe(ex));
        assertTrue(definitions(t).stream().noneMatch(d -> d.startsWith("Vaporisers are commonly used")), () -> describe(ex));
    }

    @Test
    void spellingVariantsDifferInAFewLetters() {
        assertTrue(TextRules.spellingVariant("haemolysis", "hemolysis"));
        assertTrue(TextRules.spellingVariant("catheterise", "catheterize"));
        assertFalse(TextRules.spellingVariant("stent", "stint"), "too short to tell a variant from another word");
        assertFalse(TextRules.spellingVariant("ventilator", "oscillator"));
    }

    /** Invented: a dictionary page in the shape of WordNet-based sites ("Type of:", "Types:" blocks under each sense). */
    private static final String WORDNET_STYLE = """
        Splint - Definition, Meaning & Synonyms

        A splint is what a doctor fits to a broken finger so that it keeps still while the bone knits. Splints can be made of plastic, metal or even rolled newspaper in an emergency.

        Definitions of splint
        1. noun
        a thin rigid support that holds a broken bone in place
        Type of:
        orthopedic device
        a device that supports part of the skeleton
        Types:
        air splint
        an inflatable sleeve that holds a limb still
        finger splint
        a small splint for a single finger

        2. verb
        to hold a limb still with a splint
        Synonyms:
        immobilize
        """;

    @Test
    void aTitleWithTheSitesNameForThePageGivesTheWord() {
        assertEquals("splint", extract(WORDNET_STYLE).topic());
    }

    @Test
    void typeOfAndTypesBlocksPlaceTheWordInTheHierarchy() {
        DocumentExtraction ex = extract(WORDNET_STYLE);
        assertEquals(List.of("orthopedic device"), broader(term(ex, "splint")), () -> describe(ex));
        assertTrue(broader(term(ex, "air splint")).contains("splint"), () -> describe(ex));
        assertEquals(List.of("a device that supports part of the skeleton"), definitions(term(ex, "orthopedic device")));
    }

    @Test
    void aPartOfSpeechLineAndAVerbsSenseAndRowsAreNotNounDefinitions() {
        DocumentExtraction ex = extract(WORDNET_STYLE);
        TermRecord t = term(ex, "splint");
        assertTrue(definitions(t).stream().noneMatch(d -> d.equals("noun") || d.startsWith("to hold") || d.endsWith(":")), () -> describe(ex));
        assertFalse(t.altLabels().contains("immobilize"), () -> describe(ex));
    }
}

package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;
import org.medvocab.page.PlainTextSegmenter;

/**
 * Page shapes of the fifteenth session, each on an invented page: stacked dictionaries that introduce every
 * dictionary's entry with a heading naming the word again ("Definition of 'X'"), and the words such headings quote.
 */
class StackedEntryHeadingsTest {

    @Test
    void aHeadingQuotesItsWordWithoutTheQuotesBeingPartOfIt() {
        assertEquals("lancet", PlainTextSegmenter.topicOf("Definition of 'lancet'"));
        assertEquals("lancet", PlainTextSegmenter.topicOf("Meaning of \u201clancet\u201d"));
        assertEquals("it's", PlainTextSegmenter.topicOf("it's"));
    }

    @Test
    void everyDictionaryIntroducedByADefinitionOfHeadingGivesAnEntryOfTheWord() {
        String page = """
            'Lancet' definitions:

            Definition of 'lancet'

            (from a word net)
            noun
            a small two-edged blade used to prick the skin for a drop of blood [syn: lancet, blood lancet]

            Definition of 'Lancet'

            From: an old dictionary
              \u2022 Lancet \\Lan"cet\\, n. (Surg.) A pointed cutting instrument with two edges, for opening abscesses and veins.
            """;
        DocumentExtraction ex = extract("lancet-examplesite.txt", page);
        assertEquals("lancet", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "'lancet'"), () -> describe(ex));
        var defs = definitions(term(ex, "lancet"));
        assertTrue(defs.stream().anyMatch(d -> d.toLowerCase().startsWith("a small two-edged blade")), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("A pointed cutting instrument")), () -> describe(ex));
        assertFalse(has(ex, "definition of 'lancet'"), () -> describe(ex));
    }

    @Test
    void aSyllabifiedHeadingOfTheTopicOpensAnotherEntryOfTheWholeTopic() {
        String page = """
            feeding pump

            feeding pump

            A device that delivers liquid food through a tube at a steady rate.

            feed\u00b7ing pump

            (f\u0113d-ing p\u016dmp) A pump that moves enteral formula into the stomach on a timer.
            """;
        DocumentExtraction ex = extract("feeding-pump-examplesite.txt", page);
        var defs = definitions(term(ex, "feeding pump"));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("A pump that moves enteral formula")), () -> describe(ex));
        assertFalse(has(ex, "feeding"), () -> describe(ex));
    }

    @Test
    void aQuotedRunInHeadwordWithItsSenseInBracketsIsTheTopicAndALaterHeadingIsNoTitle() {
        String page = """
            Skip to main content

            Definition

            “Curette (instrument)”: A spoon-shaped surgical tool used to scrape tissue from the wall of a cavity.

            The curette is held like a pen. Sharp curettes remove tissue for a biopsy, blunt ones clean a wound.

            Buy this chapter

            Chapter

            Price excludes tax. Buy this chapter today.
            """;
        DocumentExtraction ex = extract("curette-examplesite.txt", page);
        assertEquals("curette", ex.topic().toLowerCase(), () -> describe(ex));
        assertTrue(definitions(term(ex, "curette")).stream().anyMatch(d -> d.startsWith("A spoon-shaped surgical tool")),
            () -> describe(ex));
        assertFalse(has(ex, "chapter"), () -> describe(ex));
        assertFalse(has(ex, "instrument"), () -> describe(ex));
        assertTrue(org.medvocab.page.Boilerplate.isNavigation("Skip to main content"));
        assertFalse(org.medvocab.page.Boilerplate.isNavigation("Skin grafts are taken from the thigh to cover a burn."));
    }

    @Test
    void aWikiArticleWithShortSectionHeadingsIsNoPageOfCreditedGlosses() {
        String page = """
            Cane (walking)

            A short summary of Cane (walking), keeping the outline and little else. 5% read.

            A cane (American English) or walking stick (British English) is a device that helps a person keep balance while walking, often after an injury to a leg. Some canes end in four small feet, and there are also broad-based canes with a wide platform, also known as quad canes.

            Design

            The usual design is a single shaft of wood or aluminium with a curved handle at the top and a rubber tip at the bottom.

            Use

            The person holds the cane in the hand opposite the weak leg and moves it forward together with that leg.

            A cane is often used by people who are recovering from a hip operation.

            It is also used by people with mild balance problems.
            """;
        DocumentExtraction ex = extract("cane-walking-examplesite.txt", page);
        assertEquals("cane", ex.topic().toLowerCase(), () -> describe(ex));
        TermRecord cane = term(ex, "cane");
        assertTrue(definitions(cane).stream().anyMatch(d -> d.startsWith("A cane (American English) or walking stick")), () -> describe(ex));
        assertFalse(definitions(cane).stream().anyMatch(d -> d.startsWith("A short summary")), () -> describe(ex));
        assertTrue(cane.altLabels().contains("walking stick"), () -> describe(ex));
        assertFalse(cane.altLabels().stream().anyMatch(a -> a.startsWith("quad cane")), () -> describe(ex));
    }

    @Test
    void aSentenceThatUsesTheWordIsNoGlossOfIt() {
        String page = """
            hernia

            n. a bulge of an organ or tissue through a weak spot in the wall that normally holds it in.

            The surgeon repaired a small hernia during the operation.
            """;
        DocumentExtraction ex = extract("hernia-examplesite.txt", page);
        assertFalse(definitions(term(ex, "hernia")).stream().anyMatch(d -> d.startsWith("The surgeon repaired")), () -> describe(ex));
        assertTrue(definitions(term(ex, "hernia")).stream().anyMatch(d -> d.toLowerCase().startsWith("a bulge of an organ")), () -> describe(ex));
    }

    @Test
    void aListOfNounsIsSplitWhateverTheTaggerGuessesAboutOne() {
        TermRecord term = new TermRecord("hysterectomy", null);
        TextRules.crossRefs("See also uterus, oophorectomy, ovary, vagina.", term, null);
        assertEquals(java.util.List.of("uterus", "oophorectomy", "ovary", "vagina"),
            term.crossRefs().stream().map(TermRecord.CrossRef::target).toList());
    }

    @Test
    void theCourseOfAConditionIsAboutTheCondition() {
        assertEquals("gangrene", Phrases.clean("the spread of gangrene").label());
        assertEquals("tumour", Phrases.clean("the progression of a tumour").label());
    }

    @Test
    void anAdjectiveWithItsComplementAfterTheNounIsNoPartOfTheName() {
        assertEquals("a sealed vessel", Phrases.phraseAt("a sealed vessel able to hold boiling water", 0));
        assertEquals("a membrane", Phrases.phraseAt("a membrane permeable to water but not to salt", 0));
    }

    @Test
    void aFileNameGivesTheLongestRunOfLeadingWordsKnownAsAWhole() {
        assertEquals("gout", FileNameSubject.guessed("07-gout-lock-site.txt"), "a site's words are no part of the subject");
        assertEquals("heart lung machine", FileNameSubject.guessed("07-heart-lung-machine-site.txt"));
    }

    @Test
    void aFormWordWithItsNameInBracketsIsThePartNamedAndAnInvertedFitGivesAPart() {
        String page = """
            snare

            An instrument for removing polyps from a hollow organ. It consists of a steel tube (cannula) into which fits a wire loop that is tightened around the growth.
            """;
        DocumentExtraction ex = extract("snare-examplesite.txt", page);
        var parts = term(ex, "snare").relations().stream().filter(r -> r.kind() == RelationKind.COMPONENT).map(r -> r.target()).toList();
        assertTrue(parts.contains("cannula"), () -> describe(ex));
        assertTrue(parts.contains("wire loop"), () -> describe(ex));
        assertFalse(has(ex, "steel tube"), () -> describe(ex));
    }

    @Test
    void aNamingVerbOrAClausesVerbIsNoPartOfATerm() {
        assertEquals("keyhole appendectomy", Phrases.clean("called keyhole appendectomy").label());
        assertEquals(null, Phrases.clean("mesh graft involve"));
        assertEquals("compressed air", Phrases.clean("compressed air").label());
    }

    @Test
    void aSenseThatListsMembersBeforeEtcMakesEachAKindOfTheWord() {
        String page = """
            Definition of Splint:

              1. Finger splint, air splint, vacuum mattress splint (VMS), etc., that hold an injured part still while it heals.

              2. A rigid strip fastened along a broken bone to keep it from moving.
            """;
        DocumentExtraction ex = extract("splint-examplesite.txt", page);
        for (String kind : java.util.List.of("finger splint", "air splint", "vacuum mattress splint")) {
            assertTrue(term(ex, kind).broader().stream().anyMatch(b -> b.target().equals("splint")), () -> describe(ex));
        }
        assertTrue(term(ex, "vacuum mattress splint").altLabels().contains("VMS"), () -> describe(ex));
    }

    @Test
    void anArticleOfParagraphsIsNoDictionaryAndItsLaterParagraphsAreNoGlosses() {
        String page = """
            A colonoscope is a long type of endoscope (literally 'a scope for the colon') that is used to examine sections of the large bowel. A colonoscopy is a procedure that needs no incision.

            The colonoscope carries a small camera and a light at its tip, and channels for tools that take tissue samples.

            The only preparation needed before a colonoscopy is to empty the bowel with a laxative the day before.
            """;
        assertEquals(DocumentKind.PROSE, KindDetector.detect(page));
        DocumentExtraction ex = extract("colonoscope-examplesite.txt", page);
        var defs = definitions(term(ex, "colonoscope"));
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("A colonoscope is a long type of endoscope")), () -> describe(ex));
        assertFalse(defs.stream().anyMatch(d -> d.startsWith("The only preparation")), () -> describe(ex));
        assertEquals("large bowel", Phrases.phraseAt("sections of the large bowel", 0));
    }

    @Test
    void aModifiedTopicNameWithACopulaAndAGenusDefinesAKindOfTheTopic() {
        String page = """
            The medical name for an inflamed appendix, which swells and fills with pus. Perforated appendicitis is a rupture of the inflamed appendix that spreads infection through the abdomen. Appendicitis is common in young people.
            """;
        DocumentExtraction ex = extract("appendicitis-examplesite.txt", page);
        TermRecord kind = term(ex, "perforated appendicitis");
        assertTrue(definitions(kind).stream().anyMatch(d -> d.startsWith("Perforated appendicitis is a rupture")), () -> describe(ex));
        assertTrue(kind.broader().stream().anyMatch(b -> b.target().equals("appendicitis")), () -> describe(ex));
    }

    @Test
    void aHardWrappedWordHistoryInBracketsIsPartOfTheHeadLineAndTheSenseBelowIsTheDefinition() {
        String page = String.join("\n",
            "Bunions \\Bun\"ions\\, n. pl. [It. bugnone a knob, perhaps fr. OF. buigne a bump; cf. F. b['u]gne, b['u]gnon. See",
            "   {Bump}.] (Med.)",
            "   Painful swellings of the joint at the base of the big toe, with the toe bent toward the others;",
            "");
        DocumentExtraction ex = extract("bunions-examplesite.txt", page);
        var defs = definitions(term(ex, "bunion"));
        assertEquals(1, defs.size(), () -> describe(ex));
        assertTrue(defs.get(0).startsWith("Painful swellings of the joint"), () -> describe(ex));
    }

    @Test
    void definitionFromLinesAreCreditsAndKindsOfAKindSitUnderIt() {
        String page = """
            Gout

            Definition(s)

            Inflammation of a joint caused by crystals of uric acid. Primary gout can be of two main types: familial gout and idiopathic gout.

            Definition from: A Health Thesaurus via A Language System This link leads to a site outside this reference. at a library

            A painful swelling of the big toe joint, common in older men.

            Definition from: A Patient Dictionary
            """;
        DocumentExtraction ex = extract("gout-examplesite.txt", page);
        assertFalse(has(ex, "definition from"), () -> describe(ex));
        assertEquals(2, definitions(term(ex, "gout")).size(), () -> describe(ex));
        assertEquals(java.util.List.of("primary gout"), term(ex, "familial gout").broader().stream().map(b -> b.target()).toList(),
            () -> describe(ex));
        assertEquals(java.util.List.of("gout"), term(ex, "primary gout").broader().stream().map(b -> b.target()).toList(),
            () -> describe(ex));
    }

    @Test
    void anAdjectiveAloneAfterSuchAsNamesNoKind() {
        String page = """
            Crutch

            A crutch is a support placed under the arm to help a person walk. Crutches come in several sizes such as pediatric or bariatric.
            """;
        DocumentExtraction ex = extract("crutch-examplesite.txt", page);
        assertFalse(has(ex, "pediatric"), () -> describe(ex));
        assertFalse(has(ex, "bariatric"), () -> describe(ex));
    }

    @Test
    void aQuantifierThatOpensAnEstablishedNameStays() {
        assertEquals("multiple sclerosis", Phrases.clean("multiple sclerosis").label());
        assertEquals("pump", Phrases.clean("multiple pumps").label());
    }

    @Test
    void aSenseThatRestatesItsHeadwordBeforeAColonDefinesWithWhatFollows() {
        String page = """
              1. gout: painful inflammation of a joint caused by crystals of uric acid; one of the common kinds of arthritis
              2. A disease in which uric acid builds up in the blood and settles in the joints.
            """;
        DocumentExtraction ex = extract("gout-examplesite.txt", page);
        assertTrue(definitions(term(ex, "gout")).stream().anyMatch(d -> d.startsWith("painful inflammation of a joint")), () -> describe(ex));
    }

    @Test
    void anEnzymesEndingMakesASubstanceOnlyWhenWordNetAgrees() {
        assertEquals(TopClass.SUBSTANCE, Lexicon.kindOfHead("lipase"));
        assertEquals(null, Lexicon.kindOfHead("increase"));
    }
}

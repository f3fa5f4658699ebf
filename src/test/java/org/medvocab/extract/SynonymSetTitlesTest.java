package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medvocab.layout.Topic;

/**
 * Page shapes of the sixteenth session, each on an invented page: a title that lists a synonym set's names, a wiki
 * dictionary's "Etymology" section and inflection line over its sense, and the Webster copies' "Etym:" label.
 */
class SynonymSetTitlesTest {

    @Test
    void aTitleListingNamesIsNamedByTheOneTheFileNameGives() {
        assertEquals("myringotomy", Topic.memberNamed("tympanotomy, myringotomy", "tympanotomy, myringotomy\n...",
            "myringotomy-examplesite.txt"));
        assertEquals("tympanotomy, myringotomy", Topic.memberNamed("tympanotomy, myringotomy", "tympanotomy, myringotomy",
            "ear-words.txt"));
        assertEquals(List.of("tympanotomy"), Topic.otherNames("tympanotomy, myringotomy", "myringotomy"));
        assertEquals(List.of(), Topic.otherNames("Stent design", "stent"));
    }

    @Test
    void aStackedPageUnderASynonymSetTitleDefinesTheFiledWordWithTheOthersAsItsNames() {
        String page = """
            MYRINGOTOMY
            tympanotomy, myringotomy
            (noun) a small cut made in the eardrum to let fluid out of the middle ear
            Source: A Word Net

            Etymology
            Noun
            myringotomy (plural myringotomies)
            (surgery) An incision of the tympanic membrane, usually to drain fluid or to place a small tube.
            Source: A Wiki Dictionary
            """;
        DocumentExtraction ex = extract("myringotomy-examplesite.txt", page);
        assertEquals("myringotomy", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "tympanotomy, myringotomy"), () -> describe(ex));
        assertFalse(has(ex, "etymology"), () -> describe(ex));
        TermRecord t = term(ex, "myringotomy");
        assertTrue(t.altLabels().contains("tympanotomy"), () -> describe(ex));
        assertTrue(definitions(t).stream().anyMatch(d -> d.contains("An incision of the tympanic membrane")), () -> describe(ex));
        assertTrue(definitions(t).stream().noneMatch(d -> d.contains("plural")), () -> describe(ex));
    }

    @Test
    void theWebsterCopiesLabelledHistoryIsNoSense() {
        String page = """
            Lithotomy
            Li*thot"o*my, n. Etym: [Gr. stone + to cut.] (Surg.)
            Definition: The operation of cutting into the bladder to take out a stone.
            Source: An Old Unabridged Dictionary
            """;
        DocumentExtraction ex = extract("lithotomy-examplesite.txt", page);
        var defs = definitions(term(ex, "lithotomy"));
        assertTrue(defs.stream().noneMatch(d -> d.contains("Etym")), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.contains("The operation of cutting into the bladder")), () -> describe(ex));
    }

    @Test
    void aLatinNameTheLexiconKnowsIsAPlaceThoughTheTaggerReadsAVerb() {
        DocumentExtraction ex = extract("epididymectomy-examplesite.txt", """
            epididymectomy

              1. (noun, act) surgical procedure that removes all or part of the vas deferens and the coiled duct above it

            Alternate forms of Epididymectomy

            Hypernyms: excision, surgical removal
            """);
        TermRecord t = term(ex, "epididymectomy");
        assertTrue(ExtractFixtures.targets(t, RelationKind.LOCATION).contains("vas deferens"), () -> describe(ex));
        assertFalse(has(ex, "alternate forms of epididymectomy"), () -> describe(ex));
    }

    @Test
    void anArticleWhoseLeadNamesAnActWithItsTopicAndListsKindsByNumberIsAnArticleAboutTheThing() {
        String page = """
            Fitting a wrist splint is a routine procedure for keeping an injured wrist still while it heals.

            Wrist Splint: Types, Uses and Fitting

            A modern wrist splint is made of moulded plastic with straps that close with hook-and-loop tape.

            There are several kinds of wrist splints, namely:
              1. cock-up wrist splint,
              2. thumb spica splint,
              3. resting hand splint
            """;
        assertEquals(DocumentKind.PROSE, KindDetector.detect(page));
        DocumentExtraction ex = extract("wrist-splint-examplesite.txt", page);
        assertEquals("wrist splint", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "fitting a wrist splint"), () -> describe(ex));
        assertTrue(definitions(term(ex, "wrist splint")).stream().anyMatch(d -> d.startsWith("Fitting a wrist splint is")),
            () -> describe(ex));
        assertEquals("wrist splint", Topic.withoutAct("Wearing a wrist splint"));
        assertEquals("Sling", Topic.withoutAct("Sling"));
        // a numbered headword alone is still a dictionary's entry number
        assertEquals(DocumentKind.DICTIONARY, KindDetector.detect("1. otalgia\n\nPain in the ear; SYN. earache.\n"));
    }

    @Test
    void aCataloguesRecordOfThePageAndAListWhoseLastItemRunsOnNameNothing() {
        DocumentExtraction ex = extract("cold-pack-examplesite.txt", """
            Cold pack

            Title: Cold pack
            Subject: Ice pack, Gel pack, Cold therapy
            Publisher: An Example Library

            Cold pack

            A cold pack is a pouch kept cold and laid on the body to ease swelling. Kinds in use include gel, clay and crushed ice bags.
            """);
        assertFalse(has(ex, "subject"), () -> describe(ex));
        assertFalse(has(ex, "gel ice"), () -> describe(ex));
        assertFalse(has(ex, "clay ice"), () -> describe(ex));
    }

    @Test
    void aRunOfBracketedLabelsBeforeASenseIsNoPartOfTheDefinition() {
        assertEquals("A swelling of the ankles from fluid.",
            DefinitionRules.withoutLeadingLabel("(uncountable)- (pathology) A swelling of the ankles from fluid."));
        assertEquals("A swelling of the ankles from fluid.",
            DefinitionRules.withoutLeadingLabel("(countable, uncountable) (medicine) A swelling of the ankles from fluid."));
        assertEquals("(rare) swelling", DefinitionRules.withoutLeadingLabel("(rare) swelling"));
    }

    @Test
    void namesUnderASynonymsHeadingAreTheEntrysOtherNames() {
        DocumentExtraction ex = extract("edema-examplesite.txt", """
            Edema
            Pronunciation
            - IPA: /\u026a\u02c8di\u02d0m\u0259/
            Full definition of edema
            Noun
            edema
            (uncountable)- (pathology) A swelling of a part of the body from fluid gathered in its tissues.
            Synonyms
            - (swelling from fluid) dropsy
            Derived terms
            Verb
            - (transitive, rare) To cause a part of the body to swell with fluid gathered in its tissues.
            """);
        TermRecord t = term(ex, "edema");
        assertTrue(t.altLabels().contains("dropsy"), () -> describe(ex));
        assertTrue(definitions(t).stream().noneMatch(d -> d.contains("dropsy")), () -> describe(ex));
    }

    @Test
    void aSubSensesLetterAndTheSenseColonAreNoPartOfTheDefinition() {
        assertEquals("an acute disease of the liver", DefinitionRules.withoutLeadingLabel("a. : an acute disease of the liver"));
        assertEquals("an acute disease of the liver", DefinitionRules.withoutLeadingLabel("b.: an acute disease of the liver"));
        assertEquals("a. an acute disease", DefinitionRules.withoutLeadingLabel("a. an acute disease"));
    }
}

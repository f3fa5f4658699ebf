package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.broader;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.medvocab.page.BlockType;
import org.medvocab.page.Boilerplate;
import org.medvocab.page.HeadLines;
import org.medvocab.page.Page;
import org.medvocab.page.PlainTextSegmenter;

/**
 * Pages in the shapes of general-purpose online dictionaries and definition aggregators, invented for these tests
 * (src/test/resources/dictsites): a headword over its part of speech and pronunciation, numbered senses with
 * examples, section headings (history, first use), thesaurus boxes, WordNet-style label rows, "[n]" / "[v]"
 * senses, sources credited after their entries, several dictionaries stacked with run-in derived forms, and the
 * menus, quizzes and ads around them.
 */
class DictionarySitesTest {

    private static String page(String name) {
        try (InputStream in = DictionarySitesTest.class.getResourceAsStream("/dictsites/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static DocumentExtraction extract(String name) {
        return new ConceptExtractor().extract(ExtractFixtures.doc(name, page(name)));
    }

    @Test
    void headLinesStandAlone() {
        assertTrue(HeadLines.isPartOfSpeech("countable noun"));
        assertTrue(HeadLines.isPartOfSpeech("n."));
        assertFalse(HeadLines.isPartOfSpeech("noun phrases are common"));
        assertTrue(HeadLines.isPronunciation("/ˈkæθ.ɪ.tər/"));
        assertTrue(HeadLines.isPronunciation("tour·ni·quet | \\ ˈtər-ni-kət \\"));
        assertTrue(HeadLines.isPronunciation("uk /ˈkæθ.ɪ.tər/ us /ˈkæθ.ə.tɚ/"));
        assertTrue(HeadLines.isPartOfSpeech("noun [ C ]"));
        assertTrue(HeadLines.isHeadword("catheter", "/ˈkæθ.ɪ.tər/"));
        assertTrue(HeadLines.isLabelRow("Type of:"));
        assertTrue(HeadLines.isLabelRow("synonyms: atomiser, atomizer"));
        assertFalse(HeadLines.isLabelRow("Scalpel: A small knife with a very sharp blade, used to cut tissue."));
        // a gloss wrapped at the page width: commas between clauses make no list, and the next line goes on with it
        assertFalse(HeadLines.isLabelRow("Splint: A rigid strip, bound along a broken limb to keep it"));
        assertFalse(HeadLines.isLabelRow("Uses: often given with a sling, which takes the weight off the"));
        assertTrue(HeadLines.isLabelRow("S: (n) splint, brace (a support that holds a limb still)"));
        Page p = PlainTextSegmenter.segment("Sign in\ncatheter\n/ˈkæθ.ɪ.tər/\ncountable noun\na thin tube\n");
        List<String> texts = p.blocks().stream().map(b -> b.text()).toList();
        assertEquals(List.of("Sign in", "catheter", "/ˈkæθ.ɪ.tər/", "countable noun", "a thin tube"), texts);
        assertEquals(BlockType.TITLE, p.blocks().get(1).type(), () -> p.blocks().toString());
    }

    @Test
    void colonSensesAreNumbered() {
        Page p = PlainTextSegmenter.segment("tourniquet\nnoun\n1 : a band pulled tight\n2 : anything that chokes off a flow\n: a cuff for stopping blood\n");
        assertEquals(3, p.blocks().stream().filter(b -> b.type() == BlockType.NUMBERED_ITEM).count(), () -> p.blocks().toString());
    }

    @Test
    void theDefinitionUnderAPartOfSpeechIsContentLetterIndexesAreNot() {
        Page p = PlainTextSegmenter.segment("Definitions of scalpel from 3 sources\nscalpel\nnoun\na small surgical knife\n"
            + "Source: Lexical Web Database\nA B C D E F G\nS\nscalpel\nn. a surgeon's knife.\nSource: Pocket Word List\n");
        List<String> kept = new Boilerplate(t -> false).content(p).blocks().stream().map(b -> b.text()).toList();
        assertTrue(kept.contains("a small surgical knife"), kept::toString);
        assertTrue(kept.contains("n. a surgeon's knife."), kept::toString);
        assertFalse(kept.contains("A B C D E F G"), kept::toString);
        assertFalse(kept.contains("S"), kept::toString);
    }

    @Test
    void generalDictionaryPage() {
        DocumentExtraction ex = extract("general-tourniquet.txt");
        assertEquals("tourniquet", ex.topic(), () -> describe(ex));
        TermRecord t = term(ex, "tourniquet");
        List<String> defs = definitions(t);
        assertTrue(defs.get(0).startsWith("a band or strap that is pulled tight"), defs::toString);
        // the figurative second sense and the examples are no definitions; the medical sense is
        assertTrue(defs.stream().noneMatch(d -> d.contains("chokes") || d.contains("medic tied") || d.contains("1695")), defs::toString);
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("a device (as a cuff")), defs::toString);
        // "a band or strap": an everyday word the medical vocabularies do not know describes the thing, it is no class
        assertEquals(List.of(), broader(t));
        // the limbs the medical sense places it around are its locations; no "first known use", quiz or menu concepts
        assertEquals(List.of("arm", "leg"), ExtractFixtures.targets(t, RelationKind.LOCATION), () -> describe(ex));
        assertEquals(3, ex.terms().size(), () -> describe(ex));
    }

    @Test
    void learnerDictionaryPage() {
        DocumentExtraction ex = extract("learner-catheter.txt");
        assertEquals("catheter", ex.topic(), () -> describe(ex));
        TermRecord t = term(ex, "catheter");
        List<String> defs = definitions(t);
        assertTrue(defs.get(0).startsWith("A catheter is a thin flexible tube"), defs::toString);
        assertTrue(defs.stream().anyMatch(d -> d.startsWith("a slender, hollow tube")), defs::toString);
        assertTrue(defs.stream().noneMatch(d -> d.contains("nurse") || d.contains("Latin")), defs::toString);
        // "a thin flexible tube": a word for the thing's form gives its kind, not a broader term
        assertEquals(TopClass.DEVICE, t.kind(), () -> describe(ex));
        assertTrue(broader(t).isEmpty(), () -> describe(ex));
        // a thesaurus box after the examples names related words, not synonyms; "Medicine" is a subject label
        assertTrue(t.altLabels().isEmpty(), () -> describe(ex));
        assertFalse(has(ex, "medicine") || has(ex, "word origin"), () -> describe(ex));
    }

    @Test
    void wordNetStylePage() {
        DocumentExtraction ex = extract("wordnet-nebulizer.txt");
        assertEquals("nebulizer", ex.topic(), () -> describe(ex));
        TermRecord t = term(ex, "nebulizer");
        assertTrue(t.altLabels().containsAll(List.of("atomizer", "nebuliser")), () -> describe(ex));
        assertTrue(broader(t).contains("dispenser"), () -> describe(ex));
        assertTrue(definitions(t).contains("a device that turns a liquid into a fine spray for breathing in"), () -> describe(ex));
        assertTrue(broader(term(ex, "inhaler")).contains("nebulizer"), () -> describe(ex));
        assertFalse(has(ex, "sign up") || has(ex, "educator"), () -> describe(ex));
    }

    @Test
    void sensesMarkedWithTheirPartOfSpeech() {
        DocumentExtraction ex = extract("hyper-stent.txt");
        assertEquals("stent", ex.topic(), () -> describe(ex));
        TermRecord t = term(ex, "stent");
        assertEquals(1, definitions(t).size(), () -> describe(ex)); // the "[v]" sense is a verb's
        assertTrue(definitions(t).get(0).startsWith("a short mesh tube"), () -> describe(ex));
        assertTrue(t.altLabels().contains("endoprosthesis"), () -> describe(ex));
        assertFalse(t.altLabels().contains("prop"), () -> describe(ex)); // the verb sense's synonym
    }

    @Test
    void aggregatorWithCreditsAfterEachSource() {
        DocumentExtraction ex = extract("aggregator-scalpel.txt");
        assertEquals("scalpel", ex.topic(), () -> describe(ex));
        List<String> defs = definitions(term(ex, "scalpel"));
        assertEquals(4, defs.size(), defs::toString);
        assertTrue(defs.get(0).startsWith("a small surgical knife"), defs::toString);
        assertTrue(broader(term(ex, "scalpel")).contains("knife"), () -> describe(ex)); // a made thing WordNet knows
        assertFalse(has(ex, "search definition"), () -> describe(ex));
    }

    @Test
    void stackedDictionariesWithRunInDerivedForms() {
        DocumentExtraction ex = extract("academic-splint.txt");
        assertEquals("splint", ex.topic(), () -> describe(ex));
        List<String> defs = definitions(term(ex, "splint"));
        assertEquals(List.of("a rigid strip of material used to hold a broken bone in place while it heals.",
            "a rigid support that keeps a fractured limb from moving."), defs);
        // a sub-entry run in with the headword written out is a term of its own
        assertEquals(List.of("a moulded appliance fitted over the teeth to hold them still."),
            definitions(term(ex, "dental splint")));
        // "fitted over the teeth": the body part a device's definition places it on
        assertEquals(List.of("tooth"), ExtractFixtures.targets(term(ex, "dental splint"), RelationKind.LOCATION), () -> describe(ex));
        assertEquals(3, ex.terms().size(), () -> describe(ex));
    }

    @Test
    void medicalGlossaryWithLetterNavigation() {
        DocumentExtraction ex = extract("glossary-az.txt");
        assertEquals(List.of("scalpel", "shunt", "splint", "stent", "suture"),
            ex.terms().stream().map(TermRecord::label).filter(l -> !l.equals("artery")).toList(), () -> describe(ex));
        assertEquals(List.of("A small mesh tube placed inside an artery to keep it open."), definitions(term(ex, "stent")));
        assertEquals(TopClass.DEVICE, term(ex, "shunt").kind(), () -> describe(ex));
    }

    @Test
    void specialtyGlossaryTitleNamesNoConcept() {
        DocumentExtraction ex = extract("tcm-glossary.txt");
        assertFalse(has(ex, "herb") || has(ex, "glossary of herbal medicine term"), () -> describe(ex));
        assertTrue(definitions(term(ex, "decoction")).get(0).startsWith("A liquid preparation made by boiling"), () -> describe(ex));
        assertTrue(broader(term(ex, "decoction")).contains("liquid preparation"), () -> describe(ex));
    }

    @Test
    void senseNumbersWithoutPunctuationAndSubSenses() {
        DocumentExtraction ex = extract("oxford-cannula.txt");
        assertEquals("cannula", ex.topic(), () -> describe(ex));
        TermRecord t = term(ex, "cannula");
        List<String> defs = definitions(t);
        assertTrue(defs.get(0).startsWith("A thin tube put into a vein"), defs::toString);
        assertTrue(defs.stream().noneMatch(d -> d.contains("taped") || d.contains("Latin")), defs::toString);
        assertEquals(List.of(), broader(t));   // "a thin tube": the form word gives the kind only
        assertEquals(TopClass.DEVICE, t.kind());
        assertEquals(List.of("vein"), ExtractFixtures.targets(t, RelationKind.INSERTION_SITE), () -> describe(ex));
        assertEquals(2, ex.terms().size(), () -> describe(ex));
    }

    @Test
    void subjectLabelWithAFullStopAndALikenessSense() {
        DocumentExtraction ex = extract("portal-syringe.txt");
        assertEquals("syringe", ex.topic(), () -> describe(ex));
        // "Medicine/Medical." is a subject label; "any similar device ..." extends the word; the verb adds nothing
        assertEquals(List.of("a small device made of a narrow barrel and a plunger, used to draw up fluids and push them out"
            + " through a needle."), definitions(term(ex, "syringe")));
        // no term from the verb sense, the menus or the quiz; the part the definition names is one
        assertEquals(List.of("syringe", "needle"), ex.terms().stream().map(TermRecord::label).toList(), () -> describe(ex));
    }

    @Test
    void creditedSourcesWithSensesOpeningOnTheirPartOfSpeech() {
        DocumentExtraction ex = extract("wordlists-lancet.txt");
        assertEquals("lancet", ex.topic(), () -> describe(ex));
        List<String> defs = definitions(term(ex, "lancet"));
        assertTrue(defs.get(0).startsWith("A small, sharp pointed knife"), defs::toString); // "noun" and the credit cut off
        assertTrue(defs.contains("A surgical instrument with a short two-edged blade."), defs::toString);
        assertTrue(defs.stream().noneMatch(d -> d.contains("nurse") || d.contains("adopting")), defs::toString);
        assertFalse(has(ex, "support") || has(ex, "example") || has(ex, "definition"), () -> describe(ex));
    }

    @Test
    void shortLinesAreNotAWrappedParagraph() {
        Page p = PlainTextSegmenter.segment("Log in  Sign up\nlancet\nDefinitions\nfrom The Rising Sun Dictionary, 4th Edition\n"
            + "noun A small knife with two edges.\n");
        List<String> texts = p.blocks().stream().map(b -> b.text()).toList();
        assertEquals(List.of("Log in  Sign up", "lancet", "Definitions", "from The Rising Sun Dictionary, 4th Edition",
            "noun A small knife with two edges."), texts);
        assertEquals("lancet", p.titleOrFirstHeading().orElse(""), texts::toString);
    }
}

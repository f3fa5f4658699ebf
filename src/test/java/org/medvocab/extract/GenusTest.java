package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The genus of a definition: its head, the kind it signals and the broader term it names (if specific). */
class GenusTest {

    private static Genus of(String phrase) {
        Genus g = Genus.of(phrase);
        assertNotNull(g, () -> "no genus for \"" + phrase + "\"");
        return g;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a medical device that moves fluid from a bag into a vein|device|DEVICE",
        "a device for moving fluid|device|DEVICE",
        "an apparatus of tubing and a collecting bottle|apparatus|DEVICE",
        "a machine that delivers tube feeds|machine|DEVICE",
        "a mechanism by which fluid leaves a tissue space|mechanism|MECHANISM",
        "a surgical procedure in which part of the stomach is stapled|procedure|PROCEDURE",
        "a serious condition in which germs grow under the skin|condition|CONDITION",
        "a type of medical device|device|DEVICE",
        "a kind of device used on the ward|device|DEVICE",
        // a word for a made thing's form says what it looks like, not what kind of thing it is
        "a wide-bore tube that carries blood|tube|DEVICE",
        "a thin rod pushed along the vein|rod|DEVICE",
    })
    void genericGenusGivesKindButNoBroader(String phrase, String head, TopClass kind) {
        Genus g = of(phrase);
        assertEquals(head, g.head());
        assertEquals(kind, g.kind());
        assertNull(g.broader(), () -> "generic genus named a broader term: " + g);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a type of infusion valve used in clinics|valve|DEVICE|infusion valve",
        "a kind of gastric stent lined with silicone|stent|DEVICE|gastric stent",
        "a feeding tube that is passed through the nose|tube|DEVICE|feeding tube",
        "a flexible stent passed into the duct|stent|DEVICE|stent",
        "the protein that splits ATP in the gut lining|protein|SUBSTANCE|protein",
        // a quantity of a stuff is that stuff
        "a small oval mass of adipose tissue under the skin|tissue|ANATOMY|adipose tissue",
        "a collection of lymphoid tissue behind the nose|tissue|ANATOMY|lymphoid tissue",
    })
    void specificGenusNamesTheBroaderTerm(String phrase, String head, TopClass kind, String broader) {
        Genus g = of(phrase);
        assertEquals(head, g.head());
        assertEquals(kind, g.kind());
        assertEquals(broader, g.broader());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a collection of air in the space around the lungs",
        "a collection of blood under the skin after a knock",
        "a collection of fluid in the sac around the heart",
    })
    void aFluidGatheredWhereItShouldNotBeIsNoKindOfThatFluid(String phrase) {
        Genus g = of(phrase);
        assertEquals("collection", g.head());
        assertNull(g.broader(), () -> "a pooled fluid named as the broader term: " + g);
    }

    @Test
    void aPrepositionAfterTheStuffIsNoPartOfItsName() {
        Genus g = of("a mass of tissue in the throat");
        assertEquals("tissue", g.head());
        assertEquals(TopClass.ANATOMY, g.kind());
    }

    @Test
    void aQuantityOfCountableThingsIsNoneOfThem() {
        assertEquals("bundle", of("a bundle of nerve fibres running to the arm").head());
    }

    @Test
    void anAdverbOnlyWordBeforeAParticipleLeadsOnToTheHead() {
        assertEquals("earache", of("a sharp, often recurring earache, usually in one ear").broader());
    }

    @Test
    void commaSeparatedModifiersAreQualifiers() {
        Genus g = of("a small, battery-powered, infusion monitor worn on the belt");
        assertEquals("infusion monitor", g.broader());
        assertEquals("small, battery-powered", g.qualifier());
        assertEquals(TopClass.DEVICE, g.kind());
    }

    @Test
    void qualifierWordsAreDroppedFromTheBroaderTerm() {
        Genus g = of("a temporary feeding tube placed through the nose");
        assertEquals("feeding tube", g.broader());
        assertEquals("temporary", g.qualifier());
    }
    /** A quality (WordNet's adj.all only) describes the thing; a relational adjective or a known name classifies it. */
    @Test
    void qualitiesAreDroppedButRelationalAdjectivesAndKnownNamesStay() {
        Genus g = of("a hazy translucent vascular membrane beside the colon");
        assertEquals("vascular membrane", g.broader());
        assertEquals("hazy, translucent", g.qualifier());
        assertEquals("inflammatory disease", of("a chronic inflammatory disease of the gums").broader());
        // "small" is a qualifier, but "small intestine" is a name
        assertEquals("small intestine", of("the small intestine of a horse").broader());
    }

    @Test
    void pluralGenusIsSingular() {
        Genus g = of("a family of infusion pumps");
        assertEquals("pump", g.head());
        assertEquals("infusion pump", g.broader());
    }

    @Test
    void unknownHeadStillGivesTheBroaderTerm() {
        Genus g = of("a type of bariatric implant that is placed without a cut");
        assertEquals("implant", g.head());
        assertNull(g.kind());
        assertEquals("bariatric implant", g.broader());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "quickly", "to move fluid"})
    void noGenus(String phrase) {
        assertNull(Genus.of(phrase), phrase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a localized widening of an artery",
        "a tool essential for listening to the heart"})
    void aChangeOrAnAdjectiveNamesNoBroaderTerm(String phrase) {
        Genus g = Genus.of(phrase);
        assertNull(g == null ? null : g.broader(), phrase);
    }

    @Test
    void nullHasNoGenus() {
        assertNull(Genus.of(null));
    }
    @Test
    void compoundWhoseFirstWordIsTaggedAsAVerb() {
        Genus g = of("a dialysis tube with one channel");
        assertEquals("tube", g.head());
        assertEquals(TopClass.DEVICE, g.kind());
        assertEquals("dialysis tube", g.broader());
    }

    @Test
    void aGlossOpeningWithAVerbNamesNoGenus() {
        org.junit.jupiter.api.Assertions.assertNull(Genus.of("Measures the pressure inside the eye"));
        org.junit.jupiter.api.Assertions.assertNull(Genus.of("Removes the fluid from a wound"));
        org.junit.jupiter.api.Assertions.assertNotNull(Genus.of("Scissors with blunt tips for cutting dressings"));
    }

    @Test
    void aOneWordEverydayGenusIsNoBroaderTermOnAPageThatNeverNamesIt() {
        DocumentExtraction ex = ExtractFixtures.extract("hernia\nnoun\n\n1. a protrusion of an organ through the wall that holds it.\n");
        org.junit.jupiter.api.Assertions.assertTrue(ExtractFixtures.broader(ExtractFixtures.term(ex, "hernia")).isEmpty(), () -> ExtractFixtures.describe(ex));
        DocumentExtraction known = ExtractFixtures.extract("stent\nnoun\n\n1. a catheter left in a duct to keep it open.\n");
        assertEquals(java.util.List.of("catheter"), ExtractFixtures.broader(ExtractFixtures.term(known, "stent")), () -> ExtractFixtures.describe(known));
    }
}


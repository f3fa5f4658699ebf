package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;

/** Articles written loosely: a bracket never closed, a comma before the copula, a measure where a name would be. */
class LooseArticleShapesTest {

    private static final String PAGE = """
        Wheal (from an old word for a ridge raised by a whip is a raised, itchy patch of skin that comes and goes.

        What kinds are there?
        They are sorted by size.

          • Papule, is a small raised spot without fluid. Its width is <5mm.
          • Plaque, is a papule that has spread wider than about a centimetre

        What causes them?
        Insect bites, heat and some foods.
        """;

    @Test
    void aBracketThePageNeverClosedEndsTheTopicsName() {
        DocumentExtraction ex = extract("05-examplesite.txt", PAGE);
        assertEquals("wheal", ex.topic(), () -> describe(ex));
        assertFalse(term(ex, "wheal").definitions().isEmpty(), () -> describe(ex));
    }

    @Test
    void aListItemOpeningWithANameAndACopulaDefinesThatName() {
        DocumentExtraction ex = extract("05-examplesite.txt", PAGE);
        assertTrue(has(ex, "papule") && has(ex, "plaque"), () -> describe(ex));
        assertEquals(1, term(ex, "papule").definitions().size(), () -> describe(ex));
        assertTrue(term(ex, "papule").definitions().get(0).text().startsWith("Papule, is a small raised spot"), () -> describe(ex));
        // "Plaque, is a papule that ...": the genus is the broader term
        assertTrue(term(ex, "plaque").broader().stream().anyMatch(b -> b.target().equals("papule")), () -> describe(ex));
    }

    @Test
    void anOtherNameWhoseOpeningCommaThePageLeftOutIsStillAName() {
        DocumentExtraction ex = extract("09-examplesite.txt", """
            What is a Hemothorax?

            Hemothorax also known as haemothorax, is a collection of blood in the space between the chest wall and the lung.
            """);
        assertEquals("hemothorax", ex.topic().toLowerCase(java.util.Locale.ROOT), () -> describe(ex));
        assertTrue(term(ex, "Hemothorax").altLabels().contains("haemothorax"), () -> describe(ex));
        // a fluid gathered where it should not be is no kind of that fluid
        assertTrue(term(ex, "Hemothorax").broader().stream().noneMatch(b -> b.target().equals("blood")), () -> describe(ex));
    }

    @Test
    void anArticleBeforeATitlesNounIsNoPartOfTheName() {
        DocumentExtraction ex = extract("07-examplesite.txt", """
            A dosing spoon

            A dosing spoon, or medicine spoon, is a spoon marked with measures for giving liquid medicine to a child.
            """);
        assertEquals("dosing spoon", ex.topic(), () -> describe(ex));
        assertFalse(has(ex, "a dosing spoon"), () -> describe(ex));
        assertEquals(1, term(ex, "dosing spoon").definitions().size(), () -> describe(ex));
    }

    @Test
    void captionsThatSaySomethingAreNoTermsAndAPurposeIsNoPartOfAName() {
        DocumentExtraction ex = extract("08-examplesite.txt", """
            Crutch

            A crutch is a mobility aid that moves weight from the legs to the upper body.

            Key Points

              • Underarm Crutches for Short Use: Underarm crutches have a padded top that rests against the ribs.
              • Good Fit Prevents Injury: The top should sit two finger widths below the armpit.
              • Rubber Tips Are Vital: Worn tips slip on wet floors.
              • Infusion Pole: A pole that holds bags of fluid above a bed.
            """);
        assertTrue(has(ex, "underarm crutch"), () -> describe(ex));
        assertFalse(has(ex, "underarm crutches for short use") || has(ex, "underarm crutch for short use"), () -> describe(ex));
        assertFalse(has(ex, "good fit prevents injury"), () -> describe(ex));
        assertFalse(has(ex, "rubber tips are vital") || has(ex, "rubber tip are vital"), () -> describe(ex));
        // a name whose words a tagger may read as verbs ("Pole") is still a name
        assertTrue(has(ex, "infusion pole"), () -> describe(ex));
    }

    @Test
    void twoPrepositionalPhrasesCoordinatedGiveNoSecondName() {
        DocumentExtraction ex = extract("09-examplesite.txt", """
            Parotitis

            Parotitis is an inflammation of a parotid gland. The swelling may reach the testes in males, or of the breasts, in females.
            """);
        assertTrue(ex.terms().stream().noneMatch(t -> t.altLabels().stream().anyMatch(a -> a.contains("breast"))), () -> describe(ex));
    }

    @Test
    void otherNamesWrittenLoosely() {
        DocumentExtraction lead = extract("10-examplesite.txt", """
            Heartburn

            Heartburn or pyrosis is a burning feeling behind the breastbone. Also called, less often, acid indigestion.
            """);
        assertTrue(term(lead, "heartburn").altLabels().containsAll(java.util.List.of("pyrosis", "acid indigestion")), () -> describe(lead));
        DocumentExtraction dict = extract("11-examplesite.txt", """
            Windpipe \\Wind"pipe`\\, n. The passage for the breath from the larynx to the lungs.
            n 1: the tube that carries air from the larynx to the bronchi [ Syn: trachea ]
            2: a stiff tube of rings of cartilage in the neck; -- called also air pipe.
            """);
        assertTrue(term(dict, "windpipe").altLabels().containsAll(java.util.List.of("trachea", "air pipe")), () -> describe(dict));
    }

    @Test
    void aMeasureIsNoName() {
        TermRecord t = new TermRecord("papule", null);
        t.addAltLabel("<5mm");
        t.addAltLabel("> 1 cm");
        t.addAltLabel("(raised spot)");
        assertEquals(java.util.Set.of("(raised spot)"), t.altLabels());
    }

    @Test
    void aGlossaryOfHeadingTermsGivesEachTermItsGlossAndAnOtherNameWithoutItsArticle() throws Exception {
        String page = new String(getClass().getResourceAsStream("/layouts/glossary--heading-terms/page.txt").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
        DocumentExtraction ex = extract("eye-terms.txt", page);
        for (String t : new String[] {"astigmatism", "cataract", "cornea", "intraocular lens", "phacoemulsification", "retina"}) {
            assertEquals(1, term(ex, t).definitions().size(), () -> t + ": " + describe(ex));
        }
        // "Also called an IOL.": the name without its article
        assertTrue(term(ex, "intraocular lens").altLabels().contains("IOL"), () -> describe(ex));
        assertFalse(has(ex, "Brightway Eye Centre"), () -> describe(ex));
    }

    @Test
    void theMostCommonTypeOfAThingIsAKindOfIt() {
        Genus g = Genus.of("The most common type of dental implant, placed directly into the jawbone.");
        assertEquals("dental implant", g == null ? null : g.broader());
    }

    @Test
    void aKnownNameDefinedWithAGenusInsideAnArticleIsAConceptWithThatDefinition() {
        DocumentExtraction ex = extract("cataract-article.txt", """
            Cataract

            A cataract is a clouding of the lens inside the eye that makes vision blurred.

            Treatment
            Glasses help for a while. Phacoemulsification is an operation that breaks up the clouded lens with ultrasound so that it can be removed through a small cut.
            The procedure is a day case for most people.
            """);
        assertTrue(term(ex, "phacoemulsification").definitions().get(0).text().startsWith("Phacoemulsification is an operation"), () -> describe(ex));
        // "The procedure is a ...": a subject that points back names no term
        assertFalse(has(ex, "procedure") && !term(ex, "procedure").definitions().isEmpty(), () -> describe(ex));
    }

    @Test
    void numberedSectionsAndRunInKindsUnderATypesHeading() {
        DocumentExtraction ex = extract("tracheostomy-guide.txt", """
            Your tracheostomy: a guide

            In this guide
            1. What is a tracheostomy?
            2. Types of tracheostomy

            1. What is a tracheostomy?
            A tracheostomy is an opening made in the front of the neck into the windpipe so that a tube can be put in to help breathing.

            2. Types of tracheostomy
            Temporary tracheostomy. The tube is taken out once the airway above it has healed.
            Permanent tracheostomy. The opening is kept for life, for example after the voice box has been removed.
            """);
        assertTrue(term(ex, "temporary tracheostomy").broader().stream().anyMatch(b -> b.target().equals("tracheostomy")), () -> describe(ex));
        assertTrue(term(ex, "permanent tracheostomy").broader().stream().anyMatch(b -> b.target().equals("tracheostomy")), () -> describe(ex));
        assertFalse(has(ex, "types of tracheostomy"), () -> describe(ex));
    }

    @Test
    void thePublisherTheCopyrightLineCreditsIsNoConcept() {
        DocumentExtraction ex = new ConceptExtractor().extract(ExtractFixtures.doc("stoma-guide.txt", """
            BowelWell — the charity for people living with a stoma

            Ileostomy

            An ileostomy is an operation that brings the end of the small bowel through an opening in the abdomen.

            © BowelWell 2025. Registered charity.
            """));
        assertFalse(has(ex, "BowelWell"), () -> describe(ex));
        assertTrue(has(ex, "ileostomy"), () -> describe(ex));
        // the rule itself: a term named like the credited holder goes, with what points to it; the topic stays
        String text = "Ileostomy\n\nBowelWell is the charity for people with a stoma.\n\n© BowelWell 2025. All rights reserved.\n";
        DocumentExtraction made = new DocumentExtraction(ExtractFixtures.doc("x.txt", text), DocumentKind.ENCYCLOPEDIA);
        made.term("ileostomy").addBroader("BowelWell", null);
        made.term("BowelWell");
        made.dropPublishers(text);
        assertFalse(has(made, "BowelWell"), () -> describe(made));
        assertTrue(term(made, "ileostomy").broader().isEmpty(), () -> describe(made));
    }

    @Test
    void itIsAlsoCalledNamesWhatTheParagraphIsAbout() {
        DocumentExtraction ex = extract("bone-marrow.txt", """
            Bone marrow aspiration

            A bone marrow aspiration is a procedure in which a needle draws a small amount of liquid marrow from the hip bone. It is also called a marrow tap or BMA.
            """);
        assertTrue(term(ex, "bone marrow aspiration").altLabels().containsAll(java.util.List.of("marrow tap", "BMA")), () -> describe(ex));
        assertTrue(term(ex, "marrow tap").altLabels().isEmpty(), () -> describe(ex));
    }

    @Test
    void aSubtitleNamingThePagesKindIsNoGloss() {
        DocumentExtraction ex = extract("ileostomy-guide.txt", """
            Ileostomy

            Your ileostomy: a guide for patients and families

            What is an ileostomy?
            An ileostomy is an operation that brings the end of the small bowel through an opening in the abdomen.
            """);
        var defs = term(ex, "ileostomy").definitions();
        assertTrue(defs.stream().noneMatch(d -> d.text().startsWith("a guide")), () -> describe(ex));
        assertTrue(defs.stream().anyMatch(d -> d.text().startsWith("An ileostomy is an operation")), () -> describe(ex));
    }

    @Test
    void aTeaserAddressingTheReaderOrAQuestionAfterALabelIsNoGloss() {
        DocumentExtraction ex = extract("06-examplesite.txt", """
            Peak flow meter

            A peak flow meter is a small handheld tube that measures how fast a person can blow air out of the lungs.

            Sign up: our free weekly newsletter on breathing and lungs
            Asthma season: what the early numbers show about hospital visits
            Mouthpiece: the disposable part a person blows into.
            """);
        assertFalse(has(ex, "sign up") || has(ex, "asthma season"), () -> describe(ex));
        assertTrue(has(ex, "mouthpiece"), () -> describe(ex));
    }
}

package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.targets;
import static org.medvocab.extract.ExtractFixtures.term;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Page shapes of the thirteenth session, each on an invented page: pages that lost their title with their markup and open
 * with the lead itself, so that the first heading heads a later section (often the site's own), not the page.
 */
class LeadFirstPagesTest {

    @Test
    void aHeadingAfterARunInLeadHeadsASectionNotThePage() {
        String page = """
            Bone saw: A saw with fine teeth that a surgeon uses to cut through bone during an amputation. Also called an osteotome saw.
            KEEP READING BELOW

            PICTURES
            Browse the gallery of surgical tools.
            """;
        DocumentExtraction ex = extract("bone-saw-examplesite.txt", page);
        assertEquals("bone saw", ex.topic().toLowerCase(), () -> describe(ex));
        assertTrue(definitions(term(ex, "bone saw")).stream().anyMatch(d -> d.startsWith("A saw with fine teeth")), () -> describe(ex));
        assertTrue(definitions(term(ex, "bone saw")).stream().noneMatch(d -> d.startsWith("Bone saw:")), () -> describe(ex));
    }

    @Test
    void aCaptionIsNoRunInHeadword() {
        assertEquals("Bone saw", org.medvocab.layout.Topic.runInSubject("Bone saw: A saw with fine teeth."));
        assertNull(org.medvocab.layout.Topic.runInSubject("In short: A bone saw cuts bone."));
        assertNull(org.medvocab.layout.Topic.runInSubject("Definition: A saw with fine teeth."));
        assertNull(org.medvocab.layout.Topic.runInSubject("bone saw: a saw with fine teeth."));
    }

    @Test
    void aTopicRunInBeforeItsGlossIsReadAsTheLeadWithItsPlacesAndNames() {
        String page = "Gastroscopy: A procedure in which a thin flexible viewing tube (a gastroscope) is passed down through the "
            + "esophagus for the purpose of inspecting the stomach and, if needed, taking a biopsy. The procedure needs a "
            + "period of fasting beforehand. Called also gastroduodenoscopy.\n";
        DocumentExtraction ex = extract("gastroscopy-examplesite.txt", page);
        TermRecord topic = term(ex, "gastroscopy");
        assertTrue(definitions(topic).stream().anyMatch(d -> d.startsWith("A procedure in which")), () -> describe(ex));
        assertTrue(targets(topic, RelationKind.LOCATION).contains("esophagus"), () -> describe(ex));
        assertTrue(topic.altLabels().contains("gastroduodenoscopy"), () -> describe(ex));
    }

    @Test
    void anotherNameThatAddsAWordToTheTopicNamesAKindNotASynonym() {
        String page = "otoscope\n\n"
            + "  1. An instrument for examining the outer ear and the eardrum.\n"
            + "  2. An otoscope (1) which records images of the eardrum on a camera so that they can be stored. Also called video otoscope.\n";
        DocumentExtraction ex = extract("otoscope-examplesite.txt", page);
        assertFalse(term(ex, "otoscope").altLabels().contains("video otoscope"), () -> describe(ex));
        assertTrue(ExtractFixtures.broader(term(ex, "video otoscope")).contains("otoscope"), () -> describe(ex));
    }

    @Test
    void unbracedWebsterSubEntriesAmongNumberedSensesAreKindsOfTheHeadword() {
        String page = """
            Dislocation

            n.
              1. (Surg.) The displacement of a bone from its joint.
              2. (Geol.) A shift of strata along a fault.
              3. Complete dislocation (Surg.), a dislocation in which the joint surfaces no longer touch at all.
                Partial dislocation (Surg.),
                a dislocation in which the joint surfaces still touch in part.
            """;
        DocumentExtraction ex = extract("dislocation-examplesite.txt", page);
        assertTrue(definitions(term(ex, "dislocation")).stream().anyMatch(d -> d.startsWith("The displacement of a bone")), () -> describe(ex));
        for (String kind : new String[] {"complete dislocation", "partial dislocation"}) {
            assertTrue(ExtractFixtures.broader(term(ex, kind)).contains("dislocation"), () -> describe(ex));
            assertTrue(definitions(term(ex, kind)).stream().anyMatch(d -> d.startsWith("a dislocation in which")), () -> describe(ex));
        }
        assertTrue(definitions(term(ex, "dislocation")).stream().noneMatch(d -> d.contains("(Surg.),")), () -> describe(ex));
    }

    @Test
    void aSourceGluedToItsHeadLineAndSubEntriesWrappedAtTheColumnWidth() {
        String page = """
            The Example Unabridged Dictionary of English v.2.07:Hygrometer \\Hy*grom"e*ter\\, n.
            An instrument for measuring the moisture of the air.
            [1890 Example]

            Dew-point hygrometer, or Condensing hygrometer, an
            instrument that finds the temperature at which dew
            forms on a cooled surface of polished metal.

            Hair hygrometer, a hygrometer in which a stretched human
            hair lengthens or shortens with the moisture of the air.
            """;
        DocumentExtraction ex = extract("hygrometer-examplesite.txt", page);
        assertEquals("hygrometer", ex.topic(), () -> describe(ex));
        assertEquals(java.util.List.of("An instrument for measuring the moisture of the air."), definitions(term(ex, "hygrometer")), () -> describe(ex));
        TermRecord dew = term(ex, "dew-point hygrometer");
        assertTrue(dew.altLabels().contains("condensing hygrometer"), () -> describe(ex));
        assertTrue(definitions(dew).stream().anyMatch(d -> d.endsWith("on a cooled surface of polished metal.")), () -> describe(ex));
        assertTrue(ExtractFixtures.broader(term(ex, "hair hygrometer")).contains("hygrometer"), () -> describe(ex));
    }

    @Test
    void aPageThatOpensWithItsGlossTakesItsTopicFromTheFileNameNotFromADateOrAQuotation() {
        String page = """
            n. any swelling of a tendon sheath, often with pain on movement of the tendon. There are several named kinds of tenosynovitis, including de Quervain tenosynovitis, which affects the thumb side of the wrist.

            TENOSYNOVITIS: "After a week of typing, the clerk felt the tenosynovitis in her wrist again."
            March 3, 2015
            """;
        DocumentExtraction ex = extract("tenosynovitis-examplesite.txt", page);
        assertEquals("tenosynovitis", ex.topic(), () -> describe(ex));
        TermRecord topic = term(ex, "tenosynovitis");
        assertTrue(definitions(topic).stream().anyMatch(d -> d.startsWith("any swelling of a tendon sheath")), () -> describe(ex));
        assertTrue(definitions(topic).stream().noneMatch(d -> d.contains("clerk")), () -> describe(ex));
        assertFalse(ExtractFixtures.has(ex, "march 3, 2015"), () -> describe(ex));
        assertTrue(Chrome.isChrome("Updated 7 Apr 2013") && Chrome.isChrome("2013-04-07") && !Chrome.isChrome("May cause pain in 2013 patients"));
    }

    @Test
    void stackedOldDictionariesWithWordNetWordListsAndLetteredSubSenses() {
        String page = """
            Example Collegiate Dictionary

            TRO'CAR, n. [F. trois-quarts.]
            1. A pointed instrument used with a cannula to pierce the wall of a body cavity.

            WordNet (r) 3.0 (2005)

            1: a sharp pointed instrument used with a cannula to let fluid out of a cavity [syn: trocar, trochar, puncture needle]

            Example Unabridged Webster's

            I. noun Etymology: French Date: 1706 1. a. a sharp instrument sheathed in a cannula for draining a cavity b. a hollow needle of the same shape used to take a biopsy 2. a port placed through the abdominal wall for keyhole surgery II. transitive verb to pierce with a trocar
            """;
        DocumentExtraction ex = extract("trocar-examplesite.txt", page);
        TermRecord trocar = term(ex, "trocar");
        assertTrue(trocar.altLabels().containsAll(java.util.List.of("trochar", "puncture needle")), () -> describe(ex));
        java.util.List<String> defs = definitions(trocar);
        assertTrue(defs.contains("a sharp pointed instrument used with a cannula to let fluid out of a cavity"), () -> describe(ex));
        assertTrue(defs.contains("a sharp instrument sheathed in a cannula for draining a cavity"), () -> describe(ex));
        assertTrue(defs.contains("a hollow needle of the same shape used to take a biopsy"), () -> describe(ex));
        assertTrue(defs.stream().noneMatch(d -> d.startsWith("TRO'CAR") || d.contains("transitive verb") || d.startsWith("1:")), () -> describe(ex));
        assertFalse(ex.terms().stream().anyMatch(t -> t.label().toLowerCase().contains("webster")), () -> describe(ex));
    }

    @Test
    void aClassNarrowedByARelativeClauseThenCalledSomethingNamesAKindNotASynonym() {
        String page = """
            Example Online Dictionary
            hernia (noun)
            the bulging of an organ through a weak spot in the wall that holds it in place
            a) a loop of bowel pushed out through a gap in the wall of the abdomen - rupture
            b) - rupture
            hernia (Encyclopedia)

            A hernia is the bulging of an organ or tissue through an opening in the wall of the cavity that holds it. A hernia in which the blood supply of the trapped bowel is cut off is called a strangulated hernia.
            """;
        DocumentExtraction ex = extract("hernia-examplesite.txt", page);
        TermRecord hernia = term(ex, "hernia");
        assertFalse(hernia.altLabels().contains("noun") || hernia.altLabels().contains("strangulated hernia"), () -> describe(ex));
        TermRecord strangulated = term(ex, "strangulated hernia");
        assertTrue(ExtractFixtures.broader(strangulated).contains("hernia"), () -> describe(ex));
        assertTrue(definitions(strangulated).stream().anyMatch(d -> d.startsWith("A hernia in which")), () -> describe(ex));
        assertTrue(definitions(hernia).stream().anyMatch(d -> d.startsWith("a loop of bowel")), () -> describe(ex));
        assertTrue(definitions(hernia).stream().noneMatch(d -> d.contains(" a) ")), () -> describe(ex));
    }

    @Test
    void aNameForTheTopicSaidFirstGivesAnotherName() {
        String page = "Varicella\n\nVaricella is a contagious viral illness that causes an itchy rash of small blisters. It spreads "
            + "through the air and by touch. A common name for varicella is chickenpox, a word of uncertain origin.\n";
        DocumentExtraction ex = extract("varicella-examplesite.txt", page);
        assertTrue(term(ex, "varicella").altLabels().contains("chickenpox"), () -> describe(ex));
        assertEquals(null, TextRules.nameFor("A common name for measles is rubeola.", "varicella"));
    }

    @Test
    void itemsUnderATypesHeadingThatEndInTheTopicsHeadNounAreKindsOfIt() {
        String page = """
            Knee Brace

            A knee brace is a support worn around the knee to limit its movement after an injury or an operation. It is also used to ease pain in the joint.

            Types

            By how much movement they allow, knee braces can be classified into:

              • Hinged brace
              • Sleeve brace
            """;
        DocumentExtraction ex = extract("knee-brace-examplesite.txt", page);
        for (String kind : new String[] {"hinged brace", "sleeve brace"}) {
            assertTrue(ExtractFixtures.broader(term(ex, kind)).contains("knee brace"), () -> describe(ex));
        }
    }

    @Test
    void aSubjectWrittenAsAListOfNamesGivesOtherNamesAndALikenedThingIsACf() {
        String page = "Neck brace\n\nA neck brace, cervical support, or collar brace, is a stiff band worn around the neck to hold the "
            + "head still after an injury. It is similar in purpose to a head halo.\n";
        DocumentExtraction ex = extract("neck-brace-examplesite.txt", page);
        TermRecord brace = term(ex, "neck brace");
        assertTrue(brace.altLabels().containsAll(java.util.List.of("cervical support", "collar brace")), () -> describe(ex));
        assertTrue(ExtractFixtures.crossRefs(brace, CrossRefKind.CF).contains("head halo"), () -> describe(ex));
        assertFalse(ExtractFixtures.has(ex, "collar brace"), () -> describe(ex));
    }

    @Test
    void namedItemsOfAListOfKindsAreKindsOfTheClassItsOpeningSentenceNames() {
        String page = """
            A graft dressing is a covering laid over a skin graft to protect it while it heals.

            Which dressing is used depends on the kind of graft. The main types of skin grafts are:
            1. Split-thickness graft: This takes only the top layers of the skin from a donor site on the thigh.

            2. Full-thickness graft: In this kind, all the layers of the skin are taken and sewn over the wound.

            The dressing serves several purposes:
            1. Protection: It keeps the graft clean.
            """;
        DocumentExtraction ex = extract("graft-dressing-examplesite.txt", page);
        TermRecord split = term(ex, "split-thickness graft");
        assertTrue(ExtractFixtures.broader(split).contains("skin graft"), () -> describe(ex));
        assertTrue(definitions(split).stream().anyMatch(d -> d.startsWith("This takes only the top layers")), () -> describe(ex));
        assertTrue(ExtractFixtures.broader(term(ex, "full-thickness graft")).contains("skin graft"), () -> describe(ex));
        assertFalse(ExtractFixtures.has(ex, "protection"), () -> describe(ex));
    }

    @Test
    void aLeadThatOnlyNamesTheTopicLeavesItsDefinitionToTheNextSentence() {
        String page = "Pleurodesis is also known as pleural symphysis. It is a procedure that makes the two layers of the pleura "
            + "stick together so that fluid cannot gather between them. It may be done with talc.\n";
        DocumentExtraction ex = extract("pleurodesis-examplesite.txt", page);
        TermRecord topic = term(ex, "pleurodesis");
        assertEquals(java.util.List.of("It is a procedure that makes the two layers of the pleura stick together so that fluid cannot gather between them."),
            definitions(topic), () -> describe(ex));
        assertTrue(topic.altLabels().contains("pleural symphysis"), () -> describe(ex));
    }

    @Test
    void aRunInSubEntryIsAKindOfItsHeadwordWhateverItsGenus() {
        String page = """
            splint
            A rigid support that keeps a broken or injured part of the body still.
            air s. An inflatable sleeve blown up around a limb to hold it still.
            finger s. A narrow strip of padded metal taped along a finger.
            """;
        DocumentExtraction ex = extract("splint-examplesite.txt", page);
        assertTrue(ExtractFixtures.broader(term(ex, "air splint")).contains("splint"), () -> describe(ex));
    }

    @Test
    void aDeviceUsedDuringAProcedureIsIndicatedForIt() {
        String page = "Cell saver\n\nA cell saver is a machine that collects the blood a patient loses, washes it and returns it to the "
            + "patient. Such machines are often used during cardiac surgery.\n";
        DocumentExtraction ex = extract("cell-saver-examplesite.txt", page);
        assertTrue(targets(term(ex, "cell saver"), RelationKind.INDICATION).contains("cardiac surgery"), () -> describe(ex));
    }

    @Test
    void aLabelFromAPagePaddedWithSpacesIsWrittenWithSingleSpaces() {
        DocumentExtraction ex = extract("probe-examplesite.txt", "probe\n\nA thin instrument for exploring a wound.\n");
        assertEquals("lancet arch", ex.term("lancet  arch").label());
        assertTrue(ex.has("lancet arch"));
    }

    @Test
    void aLongTermLineOverItsGlossIsNoWrappedLine() {
        String page = """
            Heart valve glossary

            percutaneous transluminal mitral commissurotomy, PTMC
            widening of a narrowed mitral valve with a balloon passed in on a catheter through a vein.
            mitral valve
            the valve between the left atrium and the left ventricle of the heart.
            """;
        DocumentExtraction ex = extract("heart-valve-glossary-examplesite.txt", page);
        TermRecord ptmc = term(ex, "percutaneous transluminal mitral commissurotomy");
        assertTrue(ptmc.altLabels().contains("PTMC"), () -> describe(ex));
        assertTrue(definitions(ptmc).stream().anyMatch(d -> d.startsWith("widening of a narrowed mitral valve")), () -> describe(ex));
    }

    @Test
    void anArticleAloneOnTheFirstLineOpensTheLeadSentence() {
        String page = "An\nendoscopy, also called a scope test, is a procedure in which a thin tube with a camera is passed into "
            + "the body to look at the organs inside.\n";
        DocumentExtraction ex = extract("endoscopy-examplesite.txt", page);
        assertEquals("endoscopy", ex.topic(), () -> describe(ex));
        assertTrue(term(ex, "endoscopy").altLabels().contains("scope test"), () -> describe(ex));
        assertFalse(ExtractFixtures.has(ex, "an"), () -> describe(ex));
    }

    @Test
    void aSenseThatIsOnlyAThingNamedAfterTheHeadwordKeepsThatThingApart() {
        String page = """
            Pin \\Pin\\, n.
            1. (Surg.) A slender rod of metal driven into a broken bone to hold the pieces together.
            2. (Anat.) A pin bone.
            {Pin bone} (Anat.), a small thin bone in the hip of some animals.
            """;
        DocumentExtraction ex = extract("pin-examplesite.txt", page);
        assertFalse(term(ex, "pin").altLabels().contains("pin bone"), () -> describe(ex));
        assertTrue(ExtractFixtures.has(ex, "pin bone"), () -> describe(ex));
    }

    @Test
    void aRespellingInBracketsWrappedOverTwoLinesIsAHeadLineNotASense() {
        String page = """
            Definition of: pleurisy
            (plʊr′ə·sē, pl
            -) noun Pathol.
            Inflammation of the pleura, often with pain on breathing in.
            """;
        DocumentExtraction ex = extract("pleurisy-examplesite.txt", page);
        assertEquals(java.util.List.of("Inflammation of the pleura, often with pain on breathing in."), definitions(term(ex, "pleurisy")),
            () -> describe(ex));
    }
}

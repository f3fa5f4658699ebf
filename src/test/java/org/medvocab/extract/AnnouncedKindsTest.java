package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of the eighteenth session, on invented pages: a title with a subtitle over an article's lead, and a numbered
 * list of kinds announced by the sentence above it, each kind named by a plural noun phrase without a verb.
 */
class AnnouncedKindsTest {

    private static final String PAGE = """
        Gizmo Braces: A Quick Guide

        A gizmo brace is a support worn around the knee to keep the joint steady while it heals. It is often used after \
        surgery or a sprain, and it can be worn under loose clothing.

        Choosing one takes some care, and a physiotherapist can help you pick the right size.

        As for the different types of gizmo braces, shops usually stock three varieties.

          1. The hinged gizmo braces fitted with metal side bars but no straps.
          2. Sleeve gizmo braces made of stretchy fabric that slides over the knee.
          3. Wraparound gizmo braces that close with hook-and-loop tape.
        """;

    @Test
    void aTitleWithASubtitleStillIntroducesTheArticlesLead() {
        assertEquals(DocumentKind.ENCYCLOPEDIA, KindDetector.detect(PAGE));
    }

    @Test
    void aListOfKindsAnnouncedAboveItNamesNarrowerTermsInTheSingular() {
        DocumentExtraction ex = extract("gizmo-braces-examplesite.txt", PAGE);
        for (String kind : List.of("hinged gizmo brace", "sleeve gizmo brace", "wraparound gizmo brace")) {
            TermRecord t = term(ex, kind);
            assertTrue(t.broader().stream().anyMatch(b -> b.target().equals("gizmo brace")), () -> kind + ": " + describe(ex));
            assertEquals(1, t.definitions().size(), () -> describe(ex));
        }
        // the items define the kinds, not the page's topic
        assertEquals(1, term(ex, "gizmo brace").definitions().size(), () -> describe(ex));
    }
}

package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.definitions;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.doc;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;

/**
 * Page shapes of the thirteenth session, each on an invented page: pages that lost their title with their markup and open
 * with the lead itself, so that the first heading heads a later section (often the site's own), not the page.
 */
class LeadFirstPagesTest {

    private static DocumentExtraction extract(String name, String text) {
        return new ConceptExtractor().extract(doc(name, text));
    }

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
}

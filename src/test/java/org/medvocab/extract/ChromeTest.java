package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.doc;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medvocab.ingest.SourceDocument;

/** Site chrome: recognised line by line, and never a source of terms, definitions or relations. */
class ChromeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Navigation: Wellness - Encyclopedia - Health topics - Disease Index",
        "Search MedVocab",
        "Search",
        "Jump to navigation",
        "Jump to search",
        "Advertise on MedVocab",
        "Advertisement",
        "Ad. Try the Miracle Diet Plan today.",
        "Balloon in stomach.jpg",
        "Ward pump diagram.PNG",
        "Pump logo.svg",
        "Languages: - Deutsch, Français, Español",
        "This article is a stub.",
        "This article is a stub. You can help by expanding it.",
        "From MedVocab's Open Medical Encyclopedia",
        "Credits: images courtesy of a friend",
        "Contributors: A. Writer, B. Reader",
        "Retrieved from the MedVocab site",
        "Copyright 2025 MedVocab",
        "All rights reserved.",
        "Cite this page",
        "Share this article",
        "* * *",
        "-----",
        "(redirected from ward pumps)",
    })
    void chromeLines(String line) {
        assertTrue(Chrome.isChrome(line), line);
        assertTrue(Chrome.isChrome("  " + line + "  "), "surrounding blanks do not matter: " + line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Gastric balloon",
        "Gastric balloon is a soft balloon that takes up room in the stomach.",
        "It is inserted into the esophagus and advanced into the stomach.",
        "These may include nausea, gastric ulcer, and bowel obstruction.",
        "Indications",
        "Searching for a vein with ultrasound makes the needle easier to place.",
        "The pump was advertised as quiet, but it hums at night.",
    })
    void contentLinesAreNotChrome(String line) {
        assertFalse(Chrome.isChrome(line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "Overview[edit | edit source]=>Overview",
        "Risks and Complications [edit]=>Risks and Complications",
        "Indications[ Edit | Edit Source ]=>Indications",
        "'See Also[edit | edit source]  '=>See Also",
    })
    void editLinksAreStrippedFromHeadings(String line, String heading) {
        assertEquals(heading, Chrome.editHeading(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Overview", "The pump [edit] is loud", "Edit the settings [here]"})
    void linesWithoutATrailingEditLinkAreNoEditHeadings(String line) {
        assertNull(Chrome.editHeading(line));
    }

    @Test
    void footerStarters() {
        for (String f : List.of("Navigation: Wellness - Encyclopedia", "Languages: - Deutsch", "External links", "References",
                "Further reading", "Search MedVocab")) {
            assertTrue(Chrome.startsFooter(f), f);
        }
        for (String f : List.of("Overview", "Indications", "It is placed in the stomach.")) {
            assertFalse(Chrome.startsFooter(f), f);
        }
    }

    /** An article with chrome at the end and some in the middle (an advert and an image between sections). */
    static final String ARTICLE = """
        Ward pump

        From MedVocab's Open Medical Encyclopedia

        Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate.

        Risks and Complications[edit | edit source]

        Ward pump diagram.png
        Advertise on MedVocab
        These may include fluid overload and air embolism.

        See Also[edit | edit source]

        Ward pump Resources
        Pump on a drip stand.jpg

        This article is a stub.

        Languages: - Deutsch, Nederlands, Svenska

        Navigation: Wellness - Encyclopedia - Health topics - Disease Index
        Search MedVocab

        Ad. Try the Miracle Diet Plan today.
        Advertise on MedVocab
        MedVocab is not a substitute for professional medical advice.
        Credits: images courtesy of the ward staff
        Contributors: A. Writer
        """;

    @Test
    void noTermComesFromChromeLines() {
        DocumentExtraction ex = new ConceptExtractor().extract(doc("ward.txt", ARTICLE));
        List<String> banned = List.of("medvocab", "wellness", "encyclopedia", "health topic", "disease index", "navigation",
            "search", "advertise", "diet", "plan", "substitute", "advice", "deutsch", "nederlands", "svenska", "language",
            "resource", "diagram", "drip stand", "jpg", "png", "stub", "credit", "contributor", "writer", "staff");
        for (TermRecord t : ex.terms()) {
            List<String> names = new ArrayList<>(List.of(t.label()));
            names.addAll(t.altLabels());
            t.crossRefs().forEach(c -> names.add(c.target()));
            t.relations().forEach(r -> names.add(r.target()));
            t.broader().forEach(b -> names.add(b.target()));
            for (String n : names) {
                String lower = n.toLowerCase(Locale.ROOT);
                for (String b : banned) assertFalse(lower.contains(b), () -> "chrome word '" + b + "' in " + describe(ex));
            }
        }
        assertEquals(List.of("fluid overload", "air embolism"),
            ExtractFixtures.targets(term(ex, "ward pump"), RelationKind.RISK));
    }

    @Test
    void allEvidenceComesFromContentLines() {
        SourceDocument d = doc("ward.txt", ARTICLE);
        DocumentExtraction ex = new ConceptExtractor().extract(d);
        String text = d.text();
        List<int[]> content = List.of(
            span(text, "Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate."),
            span(text, "These may include fluid overload and air embolism."));
        List<Evidence> all = new ArrayList<>();
        for (TermRecord t : ex.terms()) {
            t.definitions().forEach(x -> all.add(x.evidence()));
            t.relations().forEach(x -> all.add(x.evidence()));
            t.crossRefs().forEach(x -> all.add(x.evidence()));
            t.broader().forEach(x -> all.add(x.evidence()));
            if (t.mention() != null) all.add(t.mention());
        }
        assertFalse(all.isEmpty());
        for (Evidence e : all) {
            boolean inside = content.stream().anyMatch(s -> e.start() >= s[0] && e.end() <= s[1]);
            assertTrue(inside, () -> "evidence outside the content lines: " + e);
        }
    }

    private static int[] span(String text, String sentence) {
        int at = text.indexOf(sentence);
        assertTrue(at >= 0, sentence);
        return new int[] {at, at + sentence.length()};
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Categories: Medical devices", "This page was last edited on 3 May 2021, at 10:12.", "Privacy policy",
        "Facebook | Twitter", "Medically reviewed by a panel of nurses", "Previous article: Ward pump"})
    void siteFooterAndSharingLinesAreChrome(String line) {
        org.junit.jupiter.api.Assertions.assertTrue(Chrome.isChrome(line), line);
    }

    @org.junit.jupiter.api.Test
    void patientDiscussionStartsAFooter() {
        org.junit.jupiter.api.Assertions.assertTrue(Chrome.startsFooter("Patient discussion about ward pump:"));
        org.junit.jupiter.api.Assertions.assertFalse(Chrome.isChrome("A ward pump moves fluid from a bag into a vein."));
    }
}

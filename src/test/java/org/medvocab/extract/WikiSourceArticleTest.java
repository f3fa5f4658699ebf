package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.has;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;

/** An article saved as its wiki source: the rules read it without markup, the evidence points into the source. Invented page. */
class WikiSourceArticleTest {

    private static final String PAGE = """
        = Glaucoma =
        {{Infobox medical condition
        | name = Glaucoma
        }}
        '''Glaucoma''' is a group of [[eye disease]]s that damage the [[optic nerve]], most often because the pressure inside the eye is too high.<ref>{{cite book |title=Eye Notes |year=2021}}</ref>

        == Types ==
        * '''Open-angle glaucoma''' – a slow form in which the drainage angle stays open but drains poorly.
        * '''[[Angle-closure glaucoma]]''' – a form in which the iris blocks the drainage angle, sometimes suddenly.
        """;

    @Test
    void boldQuotesLinksAndFootnotesAreNoWordsOfTheArticle() {
        DocumentExtraction ex = extract("04-glaucoma.txt", PAGE);
        TermRecord topic = term(ex, "glaucoma");
        TermRecord.Definition d = topic.definitions().get(0);
        assertTrue(d.text().startsWith("Glaucoma is a group of eye diseases that damage the optic nerve"), () -> describe(ex));
        assertTrue(has(ex, "open-angle glaucoma") && has(ex, "angle-closure glaucoma"), () -> describe(ex));
        assertTrue(term(ex, "open-angle glaucoma").definitions().get(0).text().startsWith("a slow form"), () -> describe(ex));
        assertFalse(ex.terms().stream().anyMatch(t -> t.label().contains("'") || t.label().contains("[")), () -> describe(ex));
        // the evidence reads as the article does, and its offsets point at the sentence in the source
        String source = PAGE.substring(d.evidence().start(), d.evidence().end());
        assertTrue(source.startsWith("Glaucoma''' is a group of [[eye disease]]s"), source);
        assertEquals(-1, d.evidence().text().indexOf("[["), d.evidence().text());
    }
}

package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medvocab.model.Graphs;

/** Lookup ranking: exact > prefix > word prefix > words > fuzzy, prefLabel > altLabel > hiddenLabel, language filter. */
class LookupServiceTest {

    static final String NS = "https://example.org/vocab/";
    static VocabularyStore store;
    static LookupService lookup;

    @BeforeAll static void load() throws IOException {
        Graph g;
        try (InputStream in = LookupServiceTest.class.getResourceAsStream("/serve/small.ttl")) {
            g = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        }
        store = VocabularyStore.inMemory(null);
        store.load(Graphs.VOCABULARY, g, "small.ttl", null);
        lookup = new LookupService(store.textIndex(), store.dataset());
    }

    @AfterAll static void close() {
        lookup.close();
        store.close();
    }

    static LookupService.Match first(String q, String lang) {
        List<LookupService.Match> r = lookup.lookup(q, lang, 10);
        assertTrue(!r.isEmpty(), "no result for " + q);
        return r.get(0);
    }

    @Test void aPrefixFindsTheConcept() {
        LookupService.Match m = first("infus", "en");
        assertEquals(NS + "infusion-pump", m.iri());
        assertEquals("infusion pump", m.prefLabel());
        assertEquals("infusion pump", m.matched());
        assertEquals(LookupService.MatchKind.PREFIX, m.kind());
        assertEquals("prefLabel", m.field());
        assertEquals("en", m.lang());
    }

    @Test void aTypoIsTolerated() {
        LookupService.Match m = first("hemopmp", null);
        assertEquals(NS + "hemopump", m.iri());
        assertEquals(LookupService.MatchKind.FUZZY, m.kind());
        assertEquals(NS + "hemopump", first("hemoupmp", null).iri(), "two letters swapped");
        assertEquals(NS + "infusion-pump", first("infsuion", null).iri());
    }

    @Test void anExactAltLabelBeatsAPrefixAndShowsThePrefLabel() {
        LookupService.Match m = first("syringe driver", "en");
        assertEquals(NS + "syringe-pump", m.iri());
        assertEquals("syringe pump", m.prefLabel());
        assertEquals("syringe driver", m.matched());
        assertEquals("altLabel", m.field());
        assertEquals(LookupService.MatchKind.EXACT, m.kind());
        assertEquals(1.0, m.score());
    }

    @Test void exactBeatsPrefixBeatsWordPrefixBeatsFuzzy() {
        List<LookupService.Match> r = lookup.lookup("pump", "en", 10);
        // "pump" is the hiddenLabel of pump (apparatus): exact; "pump (apparatus)" would only be a prefix
        assertEquals(NS + "pump-apparatus", r.get(0).iri());
        assertEquals(LookupService.MatchKind.EXACT, r.get(0).kind());
        assertEquals("hiddenLabel", r.get(0).field());
        List<String> rest = r.subList(1, r.size()).stream().map(LookupService.Match::iri).toList();
        assertTrue(rest.containsAll(List.of(NS + "infusion-pump", NS + "syringe-pump")), rest.toString());
        for (int i = 1; i < r.size(); i++) {
            assertTrue(r.get(i - 1).score() >= r.get(i).score(), r.toString());
            assertTrue(r.get(i - 1).kind().compareTo(r.get(i).kind()) <= 0, r.toString());
        }
        assertTrue(rank("pump", "pump", TextIndexes.PREF_LABEL) > rank("pump", "pump station", TextIndexes.PREF_LABEL));
        assertTrue(rank("pump", "pump station", TextIndexes.PREF_LABEL) > rank("pump", "infusion pump", TextIndexes.PREF_LABEL));
        assertTrue(rank("infusion pump", "infusion pump", TextIndexes.ALT_LABEL) > rank("infusion pump", "infusion pumps", TextIndexes.PREF_LABEL));
        assertTrue(rank("infusion", "infusion pump", TextIndexes.PREF_LABEL) > rank("infusion", "infusion pump", TextIndexes.ALT_LABEL));
        assertTrue(rank("infusion", "infusion pump", TextIndexes.ALT_LABEL) > rank("infusion", "infusion pump", TextIndexes.HIDDEN_LABEL));
        assertTrue(rank("pump infusion", "infusion pump", TextIndexes.PREF_LABEL) > rank("infusoin", "infusion pump", TextIndexes.PREF_LABEL));
        assertTrue(rank("infus", "infusion pump", TextIndexes.PREF_LABEL) > rank("infusoin", "infusion pump", TextIndexes.PREF_LABEL));
        assertNull(LookupService.rank("xyz", "infusion pump", TextIndexes.PREF_LABEL));
    }

    static double rank(String q, String label, String field) {
        var r = LookupService.rank(LookupService.normalize(q), label, field);
        return r == null ? -1 : r.score();
    }

    @Test void theLanguageFilterKeepsLabelsOfThatLanguage() {
        assertEquals(NS + "syringe-pump", first("spritzen", "de").iri());
        assertEquals("Spritzenpumpe", first("spritzen", "de").matched());
        assertTrue(lookup.lookup("spritzen", "en", 10).isEmpty());
        assertTrue(lookup.lookup("infusion", "de", 10).isEmpty());
        assertEquals(NS + "syringe-pump", first("spritzen", null).iri());
    }

    @Test void eachConceptIsListedOnceAndTheLimitHolds() {
        List<LookupService.Match> r = lookup.lookup("p", null, 100);
        assertEquals(r.size(), r.stream().map(LookupService.Match::iri).distinct().count());
        assertEquals(1, lookup.lookup("pump", null, 1).size());
        assertTrue(lookup.lookup("", "en", 10).isEmpty());
        assertTrue(lookup.lookup("  -- ", "en", 10).isEmpty());
    }

    @Test void editDistanceCountsASwapAsOneEdit() {
        assertEquals(0, LookupService.prefixDistance("infus", "infusion pump"));
        assertEquals(1, LookupService.prefixDistance("hemopmp", "hemopump"));
        assertEquals(1, LookupService.prefixDistance("hemoupmp", "hemopump"));
        assertEquals(2, LookupService.prefixDistance("hmopmp", "hemopump"));
        assertEquals(0, LookupService.allowedEdits(3));
        assertEquals(1, LookupService.allowedEdits(5));
        assertEquals(2, LookupService.allowedEdits(6));
        assertEquals("intra aortic balloon pump", LookupService.normalize("Intra-Aortic  Balloon\tPump"));
        assertEquals("hemolyse", LookupService.normalize("Hémolyse"));
    }

    @Test void jsonHasTheFieldsAClientNeeds() {
        String json = LookupService.toJson("infus", "en", lookup.lookup("infus", "en", 2)).toString();
        for (String f : List.of("\"query\"", "\"lang\"", "\"results\"", "\"iri\"", "\"prefLabel\"", "\"matched\"", "\"field\"", "\"match\"", "\"score\"")) {
            assertTrue(json.contains(f), f + " in " + json);
        }
    }
}

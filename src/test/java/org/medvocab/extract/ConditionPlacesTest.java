package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.targets;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of the sixteenth session, each on an invented page: where a condition's definition places it (through a part
 * noun, in a noun's state sense, not in what it leads to), and other spellings a dictionary marks with stress primes.
 */
class ConditionPlacesTest {

    /** ", often in the legs" places a condition; ", often in response to cold air" names what sets it off. */
    @Test
    void whatSetsAConditionOffIsNoPlace() {
        DocumentExtraction ex = extract("gizmospasm-examplesite.txt", """
            gizmospasm
            n.
            a sudden narrowing of the small airways, often in response to smoke, cold air or hard exercise.
            """);
        List<String> places = targets(term(ex, "gizmospasm"), RelationKind.LOCATION);
        assertTrue(places.stream().noneMatch(p -> p.contains("air") && !p.contains("airway") || p.contains("response") || p.contains("exercise")),
            () -> describe(ex));
        DocumentExtraction legs = extract("gizmoclot-examplesite.txt", """
            gizmoclot
            n.
            a clot of blood that forms without warning, often in the deep veins of the legs.
            """);
        assertFalse(targets(term(legs, "gizmoclot"), RelationKind.LOCATION).isEmpty(), () -> describe(legs));
    }

    /** The lead's "It is characterized by swelling of the X" goes on defining the condition, and places it. */
    @Test
    void whatCharacterizesAConditionPlacesIt() {
        DocumentExtraction ex = extract("gizmitis-examplesite.txt", """
            Gizmitis

            Gizmitis is a viral illness that mostly affects young children. It is characterized by swelling of the lining of the stomach.
            """);
        assertTrue(targets(term(ex, "gizmitis"), RelationKind.LOCATION).contains("stomach"), () -> describe(ex));
    }

    @Test
    void thePartsAConditionAffectsAreWhereItIs() {
        DocumentExtraction ex = extract("gizmocough-examplesite.txt", """
            Gizmocough

            Gizmocough is a viral illness that mostly affects young children. It affects the larynx, trachea and bronchi.
            """);
        List<String> places = targets(term(ex, "gizmocough"), RelationKind.LOCATION);
        assertTrue(places.containsAll(List.of("larynx", "trachea", "bronchi")), () -> describe(ex));
        assertTrue(places.stream().noneMatch(p -> p.contains("child")), () -> describe(ex));
    }

    @Test
    void aConditionOfThePartOfAnOrganIsInTheOrgan() {
        DocumentExtraction ex = extract("duodenitis-examplesite.txt", """
            Duodenitis

            The medical definition is: an inflammation of the lining of the duodenum, usually from an infection.
            """);
        assertEquals(List.of("duodenum"), targets(term(ex, "duodenitis"), RelationKind.LOCATION), () -> describe(ex));
    }

    @Test
    void aNounOfAnActDefiningAConditionIsReadAsTheStateItLeaves() {
        DocumentExtraction ex = extract("hepatomegaly-examplesite.txt", """
            hepatomegaly
            n.
            an enlargement of the liver beyond its usual size, often a sign of another disease.
            """);
        assertEquals(List.of("liver"), targets(term(ex, "hepatomegaly"), RelationKind.LOCATION), () -> describe(ex));
    }

    @Test
    void whatAConditionLeadsToIsNotWhereItIs() {
        DocumentExtraction ex = extract("hemothorax-examplesite.txt", """
            hemothorax
            n.
            abnormal presence of blood in the pleural cavity resulting in the collapse of the lung
            """);
        List<String> places = targets(term(ex, "hemothorax"), RelationKind.LOCATION);
        assertFalse(places.contains("lung"), () -> describe(ex));
    }

    @Test
    void aDefinitionWrittenAsASentenceAfterTheHeadingPlacesAConditionInAPartTheLexiconKnows() {
        DocumentExtraction ex = extract("otitis-externa-examplesite.txt", """
            Definition for Otitis externa
            From An Example Dictionary
            Otitis externa is an infection of the ear canal, often after swimming. It is treated with ear drops.
            """);
        assertTrue(targets(term(ex, "otitis externa"), RelationKind.LOCATION).contains("ear canal"), () -> describe(ex));
    }

    @Test
    void aRegionalSpellingWithStressPrimesIsTheWordWithoutThem() {
        DocumentExtraction ex = extract("tumor-examplesite.txt", """
            Pronunciation: (too'mur)
            n. Pathol.
            a swelling of a part of the body caused by an abnormal growth of tissue. Also, esp. Brit.,tu'mour.
            """);
        assertTrue(term(ex, "tumor").altLabels().contains("tumour"), () -> describe(ex));
    }

    @Test
    void aWebsterCopyWithStarredSyllablesAndAnUnprintedRespellingIsADictionaryEntry() {
        DocumentExtraction ex = extract("lumbago-examplesite.txt", """
            Lum*ba"go (?), n. [L.] Med.

            Pain in the muscles of the small of the back, felt most when the back is bent. See Lumbar region, under Lumbar.
            """);
        assertEquals(DocumentKind.DICTIONARY, ex.kind(), () -> describe(ex));
        var defs = ExtractFixtures.definitions(term(ex, "lumbago"));
        assertEquals(1, defs.size(), () -> describe(ex));
        assertTrue(defs.get(0).startsWith("Pain in the muscles"), () -> describe(ex));
    }

    @Test
    void aConnectiveBeforeTheSubjectIsNoPartOfItsName() {
        DocumentExtraction ex = extract("narcolepsy-examplesite.txt", """
            Narcolepsy

            Narcolepsy is a long-term sleep disorder. It is not simply being tired. Instead, narcolepsy is a disorder of the
            brain's control of sleep and waking.
            """);
        assertFalse(ExtractFixtures.has(ex, "instead narcolepsy"), () -> describe(ex));
        assertEquals("narcolepsy", TextRules.copulaSubject("Instead, narcolepsy is a disorder of sleep."));
    }

    @Test
    void loneAdjectivesUnderAHeadingOfTypesNameKindsOfTheTopic() {
        DocumentExtraction ex = extract("migraine-x.txt", """
            Migraine

            Migraine is a common headache disorder with attacks of throbbing pain on one side of the head.

            Common Types
              \u2022 Episodic (fewer than fifteen headache days a month)
              \u2022 Chronic
            """);
        assertTrue(ExtractFixtures.broader(term(ex, "episodic migraine")).contains("migraine"), () -> describe(ex));
        assertTrue(ExtractFixtures.broader(term(ex, "chronic migraine")).contains("migraine"), () -> describe(ex));
    }
}

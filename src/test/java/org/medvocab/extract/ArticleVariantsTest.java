package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.term;

import org.junit.jupiter.api.Test;

/**
 * Rules of the seventeenth session, each on an invented page: the other spellings an article gives of its subject,
 * and glosses whose participle is of its own form.
 */
class ArticleVariantsTest {

    @Test
    void anArticleSentenceThatSpellsTheSubjectOtherwiseGivesAnotherLabel() {
        DocumentExtraction ex = extract("bursitis-examplesite.txt", """
            Bursitis

            Bursitis is the swelling of a bursa, a small sac of fluid near a joint. It often follows repeated kneeling.
            Bursitis is also spelled bursitys in some old texts.
            """);
        assertTrue(term(ex, "bursitis").altLabels().contains("bursitys"), () -> describe(ex));
    }

    @Test
    void aSpellingOfAnotherVarietyOfEnglishInBracketsIsAnotherLabel() {
        DocumentExtraction ex = extract("oedema-examplesite.txt", """
            Edema (oedema in the UK) is a swelling caused by fluid trapped in the tissues of the body. It is common in the
            ankles and legs.
            """);
        assertTrue(term(ex, "edema").altLabels().contains("oedema"), () -> describe(ex));
    }

    @Test
    void twoHeadsOfOnePhraseInThePredicateAreNoNamesOfEachOther() {
        DocumentExtraction ex = extract("capsulitis-examplesite.txt", """
            Capsulitis

            Capsulitis is the inflammation, or swelling, of a joint capsule. It makes the joint stiff and sore.
            """);
        assertTrue(ex.terms().stream().noneMatch(t -> t.altLabels().contains("swelling")), () -> describe(ex));
        assertTrue(ex.terms().stream().filter(t -> !t.label().equalsIgnoreCase("capsulitis"))
            .allMatch(t -> t.definitions().isEmpty()), () -> describe(ex));
    }

    @Test
    void severalNamesThatEachQualifyTheSubjectsNameAreItsKinds() {
        DocumentExtraction ex = extract("otitis-examplesite.txt", """
            Otitis

            Otitis is an inflammation of the ear. The condition is called external, middle or inner otitis, according to the
            part of the ear affected.
            """);
        TermRecord otitis = term(ex, "otitis");
        assertTrue(otitis.altLabels().stream().noneMatch(a -> a.endsWith("otitis")), () -> describe(ex));
        for (String kind : java.util.List.of("external otitis", "middle otitis", "inner otitis")) {
            assertTrue(term(ex, kind).broader().stream().anyMatch(b -> b.target().equals("otitis")), () -> describe(ex));
        }
    }

    @Test
    void aBracketedModifierGivesAnotherNameOfTheTermWrittenOut() {
        DocumentExtraction ex = extract("tonsillectomy-examplesite.txt", """
            Tonsillectomy

            Tonsillectomy is the removal of the tonsils. Methods include cold (steel) tonsillectomy, using a scalpel, and
            hot tonsillectomy, using heat.
            """);
        assertTrue(term(ex, "cold tonsillectomy").altLabels().contains("steel tonsillectomy"), () -> describe(ex));
    }

    @Test
    void thePagesRunInGlossOfAConditionPlacesIt() {
        DocumentExtraction ex = extract("nephritis-examplesite.txt", """
            Nephritis: Inflammation of the kidney. Nephritis may follow an infection of the throat or skin.
            """);
        assertTrue(ExtractFixtures.targets(term(ex, "nephritis"), RelationKind.LOCATION).contains("kidney"), () -> describe(ex));
    }

    @Test
    void aGlossWithAParticipleOfItsOwnFormIsADefinition() {
        assertTrue(DefinitionRules.definitionShaped("A thin, loosely woven cloth usually made of cotton."));
        assertTrue(DefinitionRules.definitionShaped("A strip of leather sewn to the edge of a splint."));
    }
}

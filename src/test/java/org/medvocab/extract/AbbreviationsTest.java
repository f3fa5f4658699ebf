package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbbreviationsTest {

    /** The single pair found in {@code sentence}, checked to span exactly {@code span}. */
    private static AbbreviationPair only(String sentence, String span) {
        List<AbbreviationPair> pairs = Abbreviations.find(sentence);
        assertEquals(1, pairs.size(), () -> "pairs in \"" + sentence + "\": " + pairs);
        AbbreviationPair pair = pairs.get(0);
        assertEquals(span, sentence.substring(pair.start(), pair.end()), "span");
        return pair;
    }

    private static void assertPair(AbbreviationPair pair, String longForm, String shortForm) {
        assertEquals(longForm, pair.longForm(), "long form");
        assertEquals(shortForm, pair.shortForm(), "short form");
    }

    @Nested
    class PublishedAlgorithm {

        @Test
        void longFormThenShortForm() {
            String s = "The surgeon implanted a left ventricular assist device (LVAD) last week.";
            AbbreviationPair p = only(s, "left ventricular assist device (LVAD)");
            assertPair(p, "left ventricular assist device", "LVAD");
            assertEquals(s.indexOf("left"), p.start());
            assertEquals(s.indexOf(") last") + 1, p.end());
        }

        @Test
        void capitalisedLongForm() {
            String s = "Each Left Ventricular Assist Device (LVAD) carries a driveline.";
            assertPair(only(s, "Left Ventricular Assist Device (LVAD)"), "Left Ventricular Assist Device", "LVAD");
        }

        @Test
        void longFormIsCutBackToTheShortestMatch() {
            // "a durable" precedes the long form but is not needed for the match.
            String s = "Many patients now live at home with a durable ventricular assist device (VAD) for years.";
            assertPair(only(s, "ventricular assist device (VAD)"), "ventricular assist device", "VAD");
        }

        @Test
        void charactersMayMatchInsideWords() {
            String s = "Severe cases need extracorporeal membrane oxygenation (ECMO) in a specialist centre.";
            assertPair(only(s, "extracorporeal membrane oxygenation (ECMO)"),
                    "extracorporeal membrane oxygenation", "ECMO");
        }

        @Test
        void firstCharacterMayMatchAfterAHyphen() {
            String s = "An intra-aortic balloon pump (IABP) inflates during diastole.";
            assertPair(only(s, "intra-aortic balloon pump (IABP)"), "intra-aortic balloon pump", "IABP");
        }

        @Test
        void mixedCaseShortForm() {
            String s = "She was bridged to transplant with a BiVentricular Assist Device (BiVAD) in 2019.";
            assertPair(only(s, "BiVentricular Assist Device (BiVAD)"), "BiVentricular Assist Device", "BiVAD");
            String lower = "A biventricular assist device (BiVAD) supports both sides of the heart.";
            assertPair(only(lower, "biventricular assist device (BiVAD)"), "biventricular assist device", "BiVAD");
        }

        @Test
        void digitsMustMatch() {
            String s = "Levels of interleukin 6 (IL-6) rise after bypass.";
            assertPair(only(s, "interleukin 6 (IL-6)"), "interleukin 6", "IL-6");
            assertTrue(Abbreviations.find("Levels of interleukin six (IL-6) rise after bypass.").isEmpty());
        }

        @Test
        void reverseOrderWhenParenthesisHoldsMoreThanTwoWords() {
            String s = "After the operation the VAD (ventricular assist device) was checked daily.";
            AbbreviationPair p = only(s, "VAD (ventricular assist device)");
            assertPair(p, "ventricular assist device", "VAD");
            assertEquals(s.indexOf("VAD"), p.start());
        }

        @Test
        void reverseOrderCutsTheLongFormBack() {
            String s = "Her IABP (an intra-aortic balloon pump) was removed on day three.";
            assertPair(only(s, "IABP (an intra-aortic balloon pump)"), "intra-aortic balloon pump", "IABP");
        }

        @Test
        void reverseOrderNeedsACapitalInTheShortForm() {
            assertTrue(Abbreviations.find("The pump (a ventricular assist device) was checked.").isEmpty());
        }

        @Test
        void firstCharacterMustStartAWord() {
            // The only 'v' of "device" or "heart" is inside a word, so "VD" has no long form.
            assertTrue(Abbreviations.find("The heart device (HD) and the heart device (VD) differ.").stream()
                    .noneMatch(p -> p.shortForm().equals("VD")));
        }

        @Test
        void everyCharacterMustMatch() {
            assertTrue(Abbreviations.find("A roller pump (XQ) drives the circuit.").isEmpty());
        }

        @Test
        void longFormWindowIsLimited() {
            // |A| = 2 allows min(2 + 5, 2 * 2) = 4 words: "alpha ... beta" would need five.
            assertTrue(Abbreviations.find("We saw alpha one two three beta (AB) today.").isEmpty());
            assertPair(only("We saw alpha two beta (AB) today.", "alpha two beta (AB)"), "alpha two beta", "AB");
        }

        @Test
        void longFormStopsAtAClauseBoundary() {
            String s = "In adults, the intra-aortic balloon pump (IABP) is placed via the femoral artery.";
            assertPair(only(s, "intra-aortic balloon pump (IABP)"), "intra-aortic balloon pump", "IABP");
            assertTrue(Abbreviations.find("Blood volume, pressure (BVP) matter.").isEmpty());
        }

        @Test
        void longFormThatEndsWithTheShortFormIsRejected() {
            assertTrue(Abbreviations.find("It uses an insulin pump (pump) at night.").isEmpty());
        }

        @Test
        void oneCharacterShortFormsAreRejected() {
            assertTrue(Abbreviations.find("The voltage (V) was low.").isEmpty());
        }

        @Test
        void parenthesisMustFollowWhiteSpace() {
            assertTrue(Abbreviations.find("Recorded as left ventricular assist device(LVAD) in the chart.").isEmpty());
        }
    }

    @Nested
    class PluralsAndChemistry {

        @Test
        void pluralShortForm() {
            String s = "Proton pump inhibitors (PPIs) lower gastric acid.";
            assertPair(only(s, "Proton pump inhibitors (PPIs)"), "Proton pump inhibitors", "PPIs");
        }

        @Test
        void wordInitialsBeatTheGreedyMatch() {
            // The published match alone takes both P's from "pump" and returns "pump inhibitor".
            String s = "A proton pump inhibitor (PPI) was added.";
            assertPair(only(s, "proton pump inhibitor (PPI)"), "proton pump inhibitor", "PPI");
        }

        @Test
        void wordInitialsMaySkipFunctionWords() {
            String s = "Guidance from the Society of Critical Care Medicine (SCCM) was followed.";
            assertPair(only(s, "Society of Critical Care Medicine (SCCM)"), "Society of Critical Care Medicine", "SCCM");
        }

        @Test
        void pluralShortFormWithSingularLongForm() {
            // The trailing 's' finds no partner, so the singular "NSAID" is matched instead.
            String s = "Patients on a nonsteroidal anti-inflammatory drug (NSAIDs) bleed more.";
            assertPair(only(s, "nonsteroidal anti-inflammatory drug (NSAIDs)"),
                    "nonsteroidal anti-inflammatory drug", "NSAIDs");
        }

        @ParameterizedTest
        @CsvSource({
            "PPIs, PPI",
            "LVADs, LVAD",
            "ECGs, ECG",
            "BiVADs, BiVAD",
            "PPI, PPI",
            "mAbs, mAbs",
            "Hbs, Hbs",
            "Ms, Ms",
            "Ca2+, Ca2+",
            "VADS, VADS"
        })
        void singularShortForm(String plural, String singular) {
            assertEquals(singular, Abbreviations.singularShortForm(plural));
        }

        @Test
        void chemicalSymbolWhoseLettersMatch() {
            String s = "Free calcium (Ca2+) triggers contraction.";
            assertPair(only(s, "calcium (Ca2+)"), "calcium", "Ca2+");
        }

        @Test
        void chemicalSymbolsFromLatinNames() {
            assertPair(only("Cells pump out sodium ions (Na+) continuously.", "sodium ions (Na+)"), "sodium ions", "Na+");
            assertPair(only("Serum potassium (K+) was normal.", "potassium (K+)"), "potassium", "K+");
            assertPair(only("Ferric iron (Fe3+) binds transferrin.", "iron (Fe3+)"), "iron", "Fe3+");
        }

        @Test
        void chemicalSymbolsWithSuperscriptsAndMinusSigns() {
            assertPair(only("Ionised calcium (Ca²⁺) was low.", "calcium (Ca²⁺)"), "calcium", "Ca²⁺");
            assertPair(only("Loss of chloride (Cl\u2212) follows.", "chloride (Cl\u2212)"), "chloride", "Cl\u2212");
        }

        @Test
        void chemicalSymbolInReverseOrder() {
            assertPair(only("Then K+ (potassium) is pumped in.", "K+ (potassium)"), "potassium", "K+");
        }

        @Test
        void chemicalSymbolStillNeedsItsElement() {
            // "Na" is not sodium's initial, and the word before is not an element name.
            assertTrue(Abbreviations.find("They measured salt levels (Na+) daily.").isEmpty());
            // Only "ion"-like words may stand between the name and the parenthesis.
            assertTrue(Abbreviations.find("They gave sodium chloride tablets (Na+) daily.").isEmpty());
        }

        @Test
        void twoIonsInOneSentence() {
            List<AbbreviationPair> pairs =
                    Abbreviations.find("The pump swaps sodium (Na+) for potassium (K+) across the membrane.");
            assertEquals(List.of("sodium/Na+", "potassium/K+"),
                    pairs.stream().map(p -> p.longForm() + "/" + p.shortForm()).toList());
        }
    }

    @Nested
    class SeveralPairsAndPunctuation {

        @Test
        void multiplePairsInOneSentence() {
            String s = "Patients were bridged with extracorporeal membrane oxygenation (ECMO) or an "
                    + "intra-aortic balloon pump (IABP) before a left ventricular assist device (LVAD) was implanted.";
            List<AbbreviationPair> pairs = Abbreviations.find(s);
            assertEquals(3, pairs.size(), pairs::toString);
            assertPair(pairs.get(0), "extracorporeal membrane oxygenation", "ECMO");
            assertPair(pairs.get(1), "intra-aortic balloon pump", "IABP");
            assertPair(pairs.get(2), "left ventricular assist device", "LVAD");
            assertEquals("intra-aortic balloon pump (IABP)", s.substring(pairs.get(1).start(), pairs.get(1).end()));
            assertTrue(pairs.get(0).end() <= pairs.get(1).start() && pairs.get(1).end() <= pairs.get(2).start());
        }

        @Test
        void mixedOrdersInOneSentence() {
            String s = "Either an LVAD (left ventricular assist device) or a right ventricular assist device (RVAD) may be used.";
            List<AbbreviationPair> pairs = Abbreviations.find(s);
            assertEquals(2, pairs.size(), pairs::toString);
            assertPair(pairs.get(0), "left ventricular assist device", "LVAD");
            assertPair(pairs.get(1), "right ventricular assist device", "RVAD");
        }

        @Test
        void longFormDoesNotReachBackOverAnEarlierParenthesis() {
            String s = "Left ventricular assist devices (LVADs) and right ones (RVADs) differ.";
            List<AbbreviationPair> pairs = Abbreviations.find(s);
            assertEquals(1, pairs.size(), pairs::toString);
            assertPair(pairs.get(0), "Left ventricular assist devices", "LVADs");
        }

        @Test
        void parenthesisCutAtSemicolonOrComma() {
            assertPair(only("A left ventricular assist device (LVAD; see Figure 2) was fitted.",
                    "left ventricular assist device (LVAD; see Figure 2)"), "left ventricular assist device", "LVAD");
            assertPair(only("Extracorporeal membrane oxygenation (ECMO, also called ECLS) was started.",
                    "Extracorporeal membrane oxygenation (ECMO, also called ECLS)"),
                    "Extracorporeal membrane oxygenation", "ECMO");
        }

        @Test
        void nestedParentheses() {
            String s = "Tumour necrosis factor (TNF (a cytokine)) rises in shock.";
            assertPair(only(s, "Tumour necrosis factor (TNF (a cytokine))"), "Tumour necrosis factor", "TNF");
            String t = "Tumour necrosis factor alpha (TNF(alpha)) rises in shock.";
            assertPair(only(t, "Tumour necrosis factor alpha (TNF(alpha))"), "Tumour necrosis factor alpha", "TNF(alpha)");
        }

        @Test
        void quotesAndCitationMarkers() {
            assertPair(only("The so-called \u201Cintra-aortic balloon pump\u201D (IABP) was used.",
                    "intra-aortic balloon pump\u201D (IABP)"), "intra-aortic balloon pump", "IABP");
            assertPair(only("A left ventricular assist device [3] (LVAD) was used.",
                    "left ventricular assist device [3] (LVAD)"), "left ventricular assist device", "LVAD");
            assertPair(only("The device (\"LVAD\") is a left ventricular assist device (\"LVAD\").",
                    "left ventricular assist device (\"LVAD\")"), "left ventricular assist device", "LVAD");
        }

        @Test
        void whiteSpaceInTheLongFormIsCollapsed() {
            String s = "A left  ventricular\nassist device (LVAD) was used.";
            AbbreviationPair p = only(s, "left  ventricular\nassist device (LVAD)");
            assertPair(p, "left ventricular assist device", "LVAD");
        }

        @Test
        void unclosedParenthesisIsIgnored() {
            assertTrue(Abbreviations.find("A left ventricular assist device (LVAD was used.").isEmpty());
            String s = "A ventricular assist device (VAD) helps (sometimes";
            assertPair(only(s, "ventricular assist device (VAD)"), "ventricular assist device", "VAD");
        }
    }

    @Nested
    class Rejections {

        @ParameterizedTest
        @ValueSource(strings = {
            "An insulin pump (pronounced: /\u02C8\u026Ansj\u028Al\u026An p\u028Cmp/) is worn on the belt.",
            "An Insulin Pump (pronounced: /\u02C8\u026Ansj\u028Al\u026An p\u028Cmp/) is worn on the belt.",
            "The infusion pump (in-fy\u016B-zh\u016Dn p\u016Dmp) doses drugs.",
            "The word pump (/p\u028Cmp/) is old.",
            "The catheter was replaced (see below) after a day.",
            "The catheter was replaced (See below) after a day.",
            "The sodium-potassium pump moves ions (typically three Na+ leave for every two K+ that enter) across membranes.",
            "The Na-K PUMP (typically three Na+ leave for every two K+ that enter) uses ATP.",
            "The first portable pump appeared (1997) in Europe.",
            "The first portable pump appeared (Smith et al. 1997) in Europe.",
            "The first portable pump appeared (Smith, 1997) in Europe.",
            "The first portable pump appeared ([1]) in Europe.",
            "Heart pumps are common [1] in practice [2].",
            "Balloon pumps (e.g., the IABP) are used.",
            "Balloon pumps (for example the IABP) are used.",
            "Many pumps (PMs = 12) failed.",
            "Output fell (to 35%) overnight.",
            "Output fell (3.5 L/min) overnight.",
            "The trial (see Figure 3) was stopped.",
            "A catheter (kath-ter) is a tube.",
            "| `core.ttl` | schema file (TTLF) |",
            "No parentheses at all here.",
            ""
        })
        void notAbbreviations(String sentence) {
            assertEquals(List.of(), Abbreviations.find(sentence));
        }

        @Test
        void aRejectedParenthesisDoesNotHideALaterPair() {
            String s = "The pump (pronounced: /p\u028Cmp/) and the intra-aortic balloon pump (IABP) differ.";
            assertPair(only(s, "intra-aortic balloon pump (IABP)"), "intra-aortic balloon pump", "IABP");
        }

        @Test
        void shortFormsWithDiacriticsAreRejected() {
            assertTrue(Abbreviations.find("A pump (p\u016Dmp) is used.").isEmpty());
        }

        @Test
        void twoWordShortFormNeedsACapital() {
            assertTrue(Abbreviations.find("The seal settles (see below) later.").isEmpty());
            assertTrue(Abbreviations.find("Some alpha beta gamma (ab ga) here.").isEmpty());
        }

        @Test
        void tooLongShortFormIsRejected() {
            assertTrue(Abbreviations.find("A very long acronym here (AVLAHABCDEF) is rejected.").isEmpty());
        }

        @Test
        void nullIsRejected() {
            assertThrows(NullPointerException.class, () -> Abbreviations.find(null));
        }
    }

    @Test
    void resultIsUnmodifiable() {
        List<AbbreviationPair> pairs = Abbreviations.find("A ventricular assist device (VAD) works.");
        assertThrows(UnsupportedOperationException.class, () -> pairs.add(pairs.get(0)));
    }

    @Test
    void pairRejectsBadOffsets() {
        assertThrows(IllegalArgumentException.class, () -> new AbbreviationPair("a b", "AB", 5, 2));
        assertThrows(IllegalArgumentException.class, () -> new AbbreviationPair("a b", "AB", -1, 2));
        assertThrows(NullPointerException.class, () -> new AbbreviationPair(null, "AB", 0, 2));
    }
}

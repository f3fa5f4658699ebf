package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The comparison forms of labels: every rule on small examples. */
class LabelNormalizerTest {

    static String key(String s) { return LabelNormalizer.key(s); }

    static List<String> keys(String s) {
        return LabelNormalizer.forms(s).stream().map(LabelNormalizer.Form::key).toList();
    }

    @Test void caseSpacesAndPunctuation() {
        assertEquals("infusion pump", key("  Infusion   PUMP "));
        assertEquals("heart lung machine", key("heart-lung machine"));
        assertEquals(key("heart lung machine"), key("Heart–Lung Machine")); // en dash
        assertEquals("alzheimer disease", key("Alzheimer's disease"));
        assertEquals("withdrawal infusion pump", key("Withdrawal/Infusion Pump"));
        assertEquals("", key("   "));
    }

    @Test void unicodeIsFolded() {
        assertEquals("cafe pump", key("Café pump"));
        assertEquals(key("ﬁlter"), key("filter")); // ligature (NFKC)
        assertEquals("drip pump", key("drip\u00A0pump"));
    }

    @Test void pluralsAreMadeSingularConservatively() {
        assertEquals("infusion pump", key("Infusion Pumps"));
        assertEquals("femoral artery", key("Femoral Arteries"));
        assertEquals("blood vessel", key("Blood Vessels"));
        assertEquals("diabetes", key("diabetes"));          // invariant
        assertEquals("cardiopulmonary bypass", key("Cardiopulmonary Bypass")); // -ss
        assertEquals("stenosis", key("stenosis"));            // -is
    }

    @Test void invertedHeadingsAreTurnedAround() {
        assertEquals("infusion pump", key("Pump, Infusion"));
        assertEquals("insulin infusion pump", key("Pump, Infusion, Insulin"));
        assertEquals("cardiogenic shock", key("Shock, Cardiogenic"));
        assertEquals("inferior vena cava", key("Vena Cava, Inferior"));
        assertEquals("heart assist device", key("Heart-Assist Devices"));
        assertEquals("cardiopulmonary bypass heart lung machine console", key("Console, Heart-Lung Machine, Cardiopulmonary Bypass"));
    }

    @Test void chemicalNotation() {
        String nak = key("Na+,K+-ATPase");
        assertEquals("sodium potassium atpase", nak);
        assertEquals(nak, key("Na(+)-K(+)-Exchanging ATPase"));
        assertEquals(nak, key("Sodium-Potassium-Exchanging ATPases"));
        assertEquals("hydrogen potassium atpase", key("H(+)-K(+)-Exchanging ATPase"));
        assertEquals("calcium ion", key("Ca2+"));
        assertEquals("calcium ion", key("Ca++"));
        assertEquals("calcium ion", key("calcium(2+)"));
        assertEquals("sodium ion", key("sodium(1+) ion"));
        assertEquals("sodium ion", key("Na+"));
        assertEquals("sodium cation", key("sodium cation")); // a ChEBI class of its own
        assertTrue(LabelNormalizer.forms("Na+").get(0).chemical());
        assertFalse(LabelNormalizer.forms("sodium ion").get(0).chemical());
        assertEquals("vitamin k", key("vitamin K")); // no charge, no ion
    }

    @Test void genericWordsBeforeAChemicalNameGiveAVariant() {
        assertTrue(keys("enzyme H+,K+-ATPase").contains("hydrogen potassium atpase"));
        assertTrue(keys("membrane enzyme Na+,K+-ATPase").contains("sodium potassium atpase"));
        assertEquals(List.of("enzyme replacement"), keys("enzyme replacement"));
    }

    @Test void parentheticalsGiveVariants() {
        List<LabelNormalizer.Form> forms = LabelNormalizer.forms("Ventricular Bypass (Assist) Device");
        List<String> k = forms.stream().map(LabelNormalizer.Form::key).toList();
        assertEquals("ventricular bypass device", k.get(0));
        assertTrue(k.contains("ventricular assist device"), k.toString());
        assertTrue(k.contains("ventricular bypass assist device"), k.toString());
        assertTrue(forms.stream().allMatch(f -> f.penalty() < 1.0));
        assertEquals("pump", key("pump (apparatus)"));
    }

    @Test void trailingSurgeryGivesAVariant() {
        assertTrue(keys("coronary artery bypass surgery").contains("coronary artery bypass"));
        assertEquals(List.of("cardiac surgery"), keys("cardiac surgery")); // too short to drop a word
    }

    @Test void hyphenatedPrefixesAreJoined() {
        assertEquals("nonroller type cardiac support blood pump".replace(" type", ""), key("Non-Roller Type Cardiac Support Blood Pump"));
        assertNotEquals(key("roller pump"), key("non-roller pump"));
        assertEquals("antibacterial agent", key("Anti-Bacterial Agents"));
    }

    @Test void fillersSpellingAndNumerals() {
        assertEquals("balloon catheter", key("Catheter, Balloon Type"));
        assertEquals("type 1 diabetes", key("Diabetes Mellitus, Type 1"));
        assertEquals("type 1 diabetes", key("type I diabetes mellitus"));
        assertEquals("blood type", key("blood type"));
        assertEquals("hemorrhage", key("haemorrhage"));
        assertEquals("anemia", key("anaemia"));
        assertEquals("esophagus", key("oesophagus"));
        assertEquals("catheterization", key("catheterisation"));
    }

    @Test void acronymsAreNotMadeSingular() {
        assertEquals("ecls", key("ECLS"));
        assertNotEquals(key("ECL"), key("ECLS"));
        assertEquals("ecls treatment", key("ECLS treatment"));
        assertEquals("sodium ion", key("SODIUM IONS")); // a label in capitals is not an acronym
    }

    @Test void bagAndHead() {
        LabelNormalizer.Form f = LabelNormalizer.forms("transplantation of whole heart").get(0);
        assertEquals("heart transplantation whole", f.bag());
        assertNull(f.head(), "a label with a preposition is not a plain compound");
        LabelNormalizer.Form g = LabelNormalizer.forms("whole heart transplantation").get(0);
        assertEquals(f.bag(), g.bag());
        assertEquals("transplantation", g.head());
    }

    @Test void abbreviations() {
        assertTrue(LabelNormalizer.isAbbreviation("IABP"));
        assertTrue(LabelNormalizer.isAbbreviation("BiVAD"));
        assertTrue(LabelNormalizer.isAbbreviation("VA-ECMO"));
        assertFalse(LabelNormalizer.isAbbreviation("Na+"));
        assertFalse(LabelNormalizer.isAbbreviation("Heart"));
        assertFalse(LabelNormalizer.isAbbreviation("PCA pump"));
    }
}

package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.extract.ExtractFixtures.broader;
import static org.medvocab.extract.ExtractFixtures.describe;
import static org.medvocab.extract.ExtractFixtures.extract;
import static org.medvocab.extract.ExtractFixtures.targets;
import static org.medvocab.extract.ExtractFixtures.term;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Relation targets that are written in ways a first-item phrase misses: lists whose first item carries its own
 * modifier, harms reported as subjects, family subjects ("larger models"), "through A into B" routes, parts named
 * after their whole, and class nouns with a member's name in apposition. All pages are invented.
 */
class RelationTargetsTest {

    private static final String DRAIN = """
        Chest drain

        Chest drain is a flexible tube that lets air or fluid leave the space around the lung. It is a type of surgical drain that is placed through the chest wall between two ribs.

        Overview[edit | edit source]

        It is inserted into the pleural space and then advanced toward the apex of the lung. Smaller models are often placed via the second intercostal space. A variant for infants, the Neonatal Drain NX, is placed via the axilla.

        Risks and Complications[edit | edit source]

        Putting a tube between the ribs is not free of harm. These may include pain at the insertion site, lung laceration, empyema, and surgical emphysema. Damage to the intercostal artery has been reported when the tube was pushed in too far.
        """;

    private static Set<String> sorted(List<String> l) {
        return new TreeSet<>(l);
    }

    @Test
    void aListWhoseFirstItemHasAModifierKeepsEveryItem() {
        TermRecord drain = term(extract(DRAIN), "chest drain");
        Set<String> risks = sorted(targets(drain, RelationKind.RISK));
        assertTrue(risks.containsAll(Set.of("pain", "lung laceration", "empyema", "surgical emphysema")), risks::toString);
        assertFalse(risks.contains("insertion site"), risks::toString);
    }

    @Test
    void aHarmReportedAsTheSubjectOfARiskSentenceIsARiskNamedAfterThePart() {
        TermRecord drain = term(extract(DRAIN), "chest drain");
        assertTrue(targets(drain, RelationKind.RISK).contains("intercostal artery damage"),
            () -> targets(drain, RelationKind.RISK).toString());
    }

    @Test
    void unnamedModelsOfTheTopicSpeakForIt() {
        TermRecord drain = term(extract(DRAIN), "chest drain");
        List<String> sites = targets(drain, RelationKind.INSERTION_SITE);
        assertTrue(sites.contains("second intercostal space"), sites::toString);
        // a member with its own name in apposition speaks for that member only
        assertFalse(sites.contains("axilla"), sites::toString);
    }

    @Test
    void aRouteThroughOnePlaceIntoAnotherGivesWhereTheDeviceEndsUp() {
        DocumentExtraction ex = extract("""
            Gastrostomy button

            Gastrostomy button is a low-profile feeding port that is pushed through the abdominal wall directly into the stomach.

            Overview[edit | edit source]

            It is introduced through a healed tract directly into the stomach and kept in the stomach by a small water-filled balloon.
            """);
        TermRecord button = term(ex, "gastrostomy button");
        assertTrue(targets(button, RelationKind.INSERTION_SITE).contains("healed tract"), () -> describe(ex));
        assertEquals(Set.of("stomach"), sorted(targets(button, RelationKind.LOCATION)), () -> describe(ex));
    }

    @Test
    void aNearnessPhraseAndAPartOfAWholeAreNotPartOfTheName() {
        DocumentExtraction ex = extract("""
            Atrial lead

            Atrial lead is a insulated wire whose tip lies in a small pouch close to the upper heart.

            Overview[edit | edit source]

            It is advanced into the chambers of the heart under X-ray guidance.
            """);
        TermRecord lead = term(ex, "atrial lead");
        Set<String> places = sorted(targets(lead, RelationKind.LOCATION));
        assertTrue(places.contains("heart chamber"), places::toString);
        assertFalse(places.stream().anyMatch(p -> p.endsWith("close")), places::toString);
    }

    @Test
    void aPersonsPossessiveIsNotPartOfATerm() {
        assertEquals("airway", Phrases.clean("the patient's airway").label());
        assertEquals("airway", Phrases.clean("an individual's airway").label());
        assertEquals("airway", Phrases.clean("the patient\u2019s airway").label(), "a curly apostrophe too");
        assertEquals(null, Phrases.clean("the lung's recoil"), "a thing's possessive describes, it names nothing");
        // an eponym's possessive is part of the name (the casing of a cleaned mention is decided later)
        assertEquals("alzheimer's disease", Phrases.clean("Alzheimer's disease").label().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aClassNounWithAMembersNameGivesTheNameAsALabelAndTheClassAsGenus() {
        assertEquals("Xyz-4B", Genus.namedMember("the enzyme Xyz-4B of the liver cell, which splits fats"));
        assertEquals("Q+,R+-ATPase", Genus.namedMember("the membrane enzyme Q+,R+-ATPase, which moves ions"));
        assertEquals(null, Genus.namedMember("the enzyme that splits fats"));
        assertEquals(null, Genus.namedMember("the device Model 7"), "only class nouns that take a member's name");
        Genus g = Genus.of("the enzyme Xyz-4B of the liver cell, which splits fats");
        assertEquals(TopClass.SUBSTANCE, g.kind());
        assertFalse(String.valueOf(g.broader()).contains("Xyz"), g::toString);
    }

    @Test
    void aMolecularStructureIsASubstanceNotAPartOfTheBody() {
        assertEquals(TopClass.SUBSTANCE, Genus.of("a molecular structure in a cell membrane that moves ions").kind());
        assertEquals(TopClass.ANATOMY, Genus.of("a structure in the inner ear that senses balance").kind());
    }

    @Test
    void dictionarySubEntryDefinedAsANamedEnzymeGetsItsName() {
        DocumentExtraction ex = extract("""
            lipid pump
            the enzyme Lpx-2 of the intestinal cell, which moves fatty acids out of the cell.
            """);
        TermRecord pump = term(ex, "lipid pump");
        assertTrue(pump.altLabels().contains("Lpx-2"), () -> describe(ex));
        assertTrue(broader(pump).stream().noneMatch(b -> b.contains("lpx")), () -> describe(ex));
    }

    @Test
    void examplesOfAPluralClassAreKindsOfIt() {
        DocumentExtraction ex = extract("""
            Vortex oxygenator

            Vortex oxygenator is a blood oxygenator that spins blood past a membrane. It is a type of artificial lung that is used during open-heart surgery.

            Overview[edit | edit source]

            The design is no longer sold, but later hollow-fibre oxygenators such as the Fibrox grew out of it. This relieves symptoms such as breathlessness and cyanosis.
            """);
        // the name's casing is settled by the model stage, which prefers the casing of the document that defines it
        TermRecord named = ex.terms().stream().filter(t -> t.label().equalsIgnoreCase("fibrox")).findFirst().orElseThrow();
        assertEquals(List.of("hollow-fibre oxygenator"), broader(named), () -> describe(ex));
        assertTrue(ex.terms().stream().noneMatch(t -> t.label().contains("relieves")), () -> describe(ex));
    }

    @Test
    void oneBareModifierMakesTheWholeListShareTheHead() {
        assertEquals(List.of("transnasal cannula", "orojejunal cannula", "jejunostomy cannula"),
            Phrases.sharedHead(List.of("transnasal", "orojejunal", "jejunostomy cannula")));
        // items that stand on their own as nouns keep their own heads
        assertEquals(List.of("pain", "swelling", "heart failure"), Phrases.sharedHead(List.of("pain", "swelling", "heart failure")));
        assertTrue(Phrases.isAdjective("transnasal"), "an unknown word with an adjective ending");
    }

    @Test
    void olderWikiHeadingsSuchSubjectsAndExamplesAfterAComma() {
        DocumentExtraction ex = extract("""
            Proton shuttle
            From Wikipedia, the free encyclopedia
            In biology, a proton shuttle, also called a proton carrier, is a membrane protein that moves protons across a membrane. Such proton carriers can use energy from several sources, including light or the gradient of another ion (sometimes called a "coupled carrier").
            [edit] See also
            [edit] External links
            Light-driven pump - Sugar carrier (GT1) - Water channels - Bile acid carrier proteins
            """);
        TermRecord t = term(ex, "proton shuttle");
        assertTrue(targets(t, RelationKind.MECHANISM).contains("light"), () -> describe(ex));
        assertFalse(targets(t, RelationKind.MECHANISM).stream().anyMatch(x -> x.startsWith("including")), () -> describe(ex));
        assertFalse(t.altLabels().stream().anyMatch(a -> a.contains("coupled")), () -> describe(ex));
        assertFalse(ex.terms().stream().anyMatch(x -> x.label().equalsIgnoreCase("sugar carrier")), () -> describe(ex));
    }

    @Test
    void kindsListedBetweenDashesOptionalBracketedWordsAndBracketedSynonyms() {
        DocumentExtraction ex = extract("""
            Kidney colic

            Kidney colic, also known as renal colic (RC) and (acute) ureteric colic (AUC), is a sharp pain in the side caused by a kidney stone (renal calculus) moving down the ureter. The two types of ureteric colic – colic with complete obstruction (CCO), and colic with partial obstruction (CPO) – differ in whether the ureter is able to stretch, or to squeeze, around the stone.
            """);
        TermRecord colic = term(ex, "kidney colic");
        assertTrue(colic.altLabels().containsAll(List.of("renal colic", "acute ureteric colic", "ureteric colic")), () -> describe(ex));
        assertFalse(colic.altLabels().contains("acute"), () -> describe(ex));
        assertEquals(List.of("ureteric colic"), broader(term(ex, "colic with complete obstruction")), () -> describe(ex));
        assertTrue(term(ex, "kidney stone").altLabels().contains("renal calculus"), () -> describe(ex));
        assertTrue(ex.terms().stream().noneMatch(t -> t.altLabels().contains("to squeeze")), () -> describe(ex));
    }

    @Test
    void aSentenceSayingWhatKindItsSubjectIsGivesTheBroaderTerm() {
        DocumentExtraction ex = extract("""
            Spacer

            A spacer is a tube that is fitted between an inhaler and the mouth. Valved holding chambers are another form of spacer and are used mainly for children.
            """);
        assertEquals(List.of("spacer"), broader(term(ex, "valved holding chamber")), () -> describe(ex));
    }

    @Test
    void namedGroupsWithBracketedRangesAndExamples() {
        DocumentExtraction ex = extract("""
            Cough

            A cough is a sudden expulsion of air from the lungs. Dry coughs (with no mucus at all) are called tickles. Wet coughs are called productive coughs (as in acute bronchitis and chronic bronchitis).
            """);
        assertEquals(List.of("cough"), broader(term(ex, "tickle")), () -> describe(ex));
        assertTrue(broader(term(ex, "chronic bronchitis")).contains("productive cough"), () -> describe(ex));
    }

    private static final String FEEDING = """
        Drip feeder

        A drip feeder is a device that moves liquid food along a feeding line at a set rate. An orogastric line, or OG line, runs through the mouth to the stomach, while a duodenal line is surgically inserted directly into the duodenum.

        Larger drip feeders are usually hung on a pole. Most feeder lines are made of silicone. Some feeders are placed in rooms on the ward (recovery room), unit (intensive care room or burns room), or theatre (anaesthetic room).

        There is a small risk of the line moving out of place, a problem known as tube migration.
        """;

    @Test
    void aRouteThroughOnePlaceToAnotherGivesTheWayInAndTheEnd() {
        DocumentExtraction ex = extract(FEEDING);
        TermRecord og = term(ex, "orogastric line");
        assertEquals(List.of("mouth"), targets(og, RelationKind.INSERTION_SITE), () -> describe(ex));
        assertEquals(List.of("stomach"), targets(og, RelationKind.LOCATION), () -> describe(ex));
    }

    @Test
    void aContrastingClauseKeepsItsOwnSubject() {
        DocumentExtraction ex = extract(FEEDING);
        // "..., while a duodenal line is inserted into the duodenum": the duodenum belongs to the duodenal line
        assertFalse(targets(term(ex, "orogastric line"), RelationKind.INSERTION_SITE).contains("duodenum"), () -> describe(ex));
        assertEquals(List.of("duodenum"), targets(term(ex, "duodenal line"), RelationKind.INSERTION_SITE), () -> describe(ex));
    }

    @Test
    void bracketsNamingMembersOfAPluralClassAreTheTargets() {
        assertEquals("placed in recovery room, intensive care room, burns room and anaesthetic room.",
            RelationRules.specifics("placed in rooms on the ward (recovery room), unit (intensive care room or burns room), or theatre (anaesthetic room)."));
        // a bracket that does not name members of the class before it is left alone
        String aside = "placed in rooms on the ward (see below).";
        assertEquals(aside, RelationRules.specifics(aside));
    }

    @Test
    void aRiskStatedWithThereIsBelongsToTheTopicUnderTheNameTheSentenceGivesIt() {
        DocumentExtraction ex = extract(FEEDING);
        assertEquals(List.of("tube migration"), targets(term(ex, "drip feeder"), RelationKind.RISK), () -> describe(ex));
    }

    @Test
    void aQuantifiedPluralOfTheTopicsGenusSpeaksForItsRelations() {
        DocumentExtraction ex = extract("""
            Calf clot

            A calf clot is a blood clot that forms in a vein deep in the lower leg. Most such clots form in the soleal veins, but some spread upward.
            """);
        TermRecord clot = term(ex, "calf clot");
        List<String> places = targets(clot, RelationKind.LOCATION);
        assertTrue(places.contains("soleal vein"), () -> describe(ex));
        // "a vein deep in the lower leg": the place phrase after "deep" is not part of the name
        assertFalse(places.contains("vein deep"), () -> describe(ex));
        assertTrue(places.contains("vein"), () -> describe(ex));
    }

    @Test
    void membersCollectivelyNamedGetTheNameAsBroaderEvenWhenASecondPredicateFollows() {
        DocumentExtraction ex = extract("""
            Gum swelling

            Gum swelling is a puffiness of the gums. Gum swelling and tooth looseness are together called periodontal strain and are made worse by smoking.
            """);
        assertTrue(broader(term(ex, "tooth looseness")).contains("periodontal strain"), () -> describe(ex));
        assertTrue(broader(term(ex, "gum swelling")).contains("periodontal strain"), () -> describe(ex));
    }

    private static final String INJECTOR = """
        Pen injector

        A pen injector is a device with a hollow needle at one end that gives a dose of medicine under the skin.2 It pushes the dose through a short tube called a cartridge. Newer models include a dose counter and a safety shield.3 Modern variations include reusable pen injectors that take a new cartridge each week.

        To use it, the patient presses the plunger of the device with a thumb.
        """;

    @Test
    void aDevicesDefinitionNamesThePartsItsGenusComesWith() {
        DocumentExtraction ex = extract(INJECTOR);
        List<String> parts = targets(term(ex, "pen injector"), RelationKind.COMPONENT);
        // "with a hollow needle": the property adjective describes the part, it does not name it
        assertTrue(parts.contains("needle"), () -> describe(ex));
        assertFalse(parts.contains("hollow needle"), () -> describe(ex));
    }

    @Test
    void partsNamedAfterTheDeviceIncludedOrWorkedThroughAreComponents() {
        DocumentExtraction ex = extract(INJECTOR);
        Set<String> parts = sorted(targets(term(ex, "pen injector"), RelationKind.COMPONENT));
        assertTrue(parts.containsAll(Set.of("plunger", "cartridge", "dose counter", "safety shield")), () -> describe(ex));
        assertFalse(parts.contains("thumb"), () -> describe(ex));
    }

    @Test
    void variationsThatAreIncludedAreKindsNotParts() {
        DocumentExtraction ex = extract(INJECTOR);
        assertEquals(List.of("pen injector"), broader(term(ex, "reusable pen injector")), () -> describe(ex));
        assertFalse(targets(term(ex, "pen injector"), RelationKind.COMPONENT).contains("reusable pen injector"), () -> describe(ex));
    }

    @Test
    void aProcedureThatIncludesPlacingADeviceHasItAsAComponent() {
        DocumentExtraction ex = extract("""
            Vein stripping

            Vein stripping is a surgical procedure that removes a damaged superficial vein from the leg. It sometimes includes the insertion of a stripper wire along the vein.
            """);
        assertTrue(targets(term(ex, "vein stripping"), RelationKind.COMPONENT).contains("stripper wire"), () -> describe(ex));
    }

    @Test
    void aFootnoteNumberAfterAFullStopEndsTheSentence() {
        List<String> sentences = Nlp.get().sentences("It drains urine.1 Developed in 1935, it is still used.12,13 Each has 2.5 mm.", 0)
            .stream().map(Nlp.Sentence::text).toList();
        assertEquals(List.of("It drains urine.", "Developed in 1935, it is still used.", "Each has 2.5 mm."), sentences);
    }

    private static final String KINASE = """
        Kinase

        Kinases are a class of enzymes that move a phosphate group from ATP onto another molecule.

        Some such enzymes are receptor proteins (set in the cell surface), and pass signals into the cell. (These are called receptor kinases.)

        Receptor kinases start many growth signals. A well-known example is the insulin receptor, which binds insulin at the cell surface. Another example is the growth factor receptor.
        """;

    @Test
    void theNameGivenToASubsetIsNarrowerThanTheClassAndWhatTheSubsetIs() {
        DocumentExtraction ex = extract(KINASE);
        assertEquals(Set.of("kinase", "receptor protein"), sorted(broader(term(ex, "receptor kinase"))), () -> describe(ex));
    }

    @Test
    void anExampleIsAKindOfTheClassTheParagraphIsAbout() {
        DocumentExtraction ex = extract(KINASE);
        assertEquals(List.of("receptor kinase"), broader(term(ex, "insulin receptor")), () -> describe(ex));
        assertEquals(List.of("receptor kinase"), broader(term(ex, "growth factor receptor")), () -> describe(ex));
    }

    private static final String DROPPER = """
        Dosing pipette

        A dosing pipette is a glass instrument for measuring drops of medicine into the eye. The usual design is simple: a graduated glass tube with a rubber bulb at the top, while the lower end has a tip onto which a fine nozzle can be pressed. It works by means of suction and air pressure.
        """;

    @Test
    void aSentenceAboutTheDevicesDesignListsItsParts() {
        DocumentExtraction ex = extract(DROPPER);
        Set<String> parts = sorted(targets(term(ex, "dosing pipette"), RelationKind.COMPONENT));
        assertTrue(parts.containsAll(Set.of("glass tube", "bulb", "nozzle")), () -> describe(ex));
        // "by means of suction and air pressure": what a device works with is not one of its parts
        assertFalse(parts.contains("suction") || parts.contains("air pressure"), () -> describe(ex));
    }

    @Test
    void whatADeviceHoldsIsAPartAndTheComplaintItRelievesIsAnIndication() {
        DocumentExtraction ex = extract("""
            Eye mist pump

            An eye mist pump is a small battery pump into which a saline bottle can be fitted to spray a cool mist. It is used to provide quick itch relief in disorders such as hay fever.
            """);
        TermRecord pump = term(ex, "eye mist pump");
        assertEquals(List.of("saline bottle"), targets(pump, RelationKind.COMPONENT), () -> describe(ex));
        assertEquals(Set.of("itch", "hay fever"), sorted(targets(pump, RelationKind.INDICATION)), () -> describe(ex));
    }

    @Test
    void aParticipleLedByANounClassifiesAndStaysInTheName() {
        assertEquals("catheter-directed thrombolysis", Phrases.clean("catheter-directed thrombolysis").label());
        assertEquals("drug", Phrases.clean("well-tolerated drug").label());
        assertEquals("catheter", Phrases.clean("twin-channeled catheter").label());
        assertEquals("rotor", Phrases.clean("screw-shaped rotor").label());
    }

    @Test
    void aTermDefinedAsThePartOfAWholeIsAComponentOfIt() {
        DocumentExtraction ex = extract("""
            Drip feeder

            A drip feeder is a device that moves liquid food along a line at a set rate. It is used in people with weakened swallowing muscles and in patients with stroke.

            Related terms
            - Giving set: The part of the drip feeder that includes the bag spike and the roller clamp.
            """);
        TermRecord feeder = term(ex, "drip feeder");
        assertTrue(targets(feeder, RelationKind.COMPONENT).contains("giving set"), () -> describe(ex));
        assertTrue(targets(term(ex, "giving set"), RelationKind.COMPONENT).containsAll(List.of("bag spike", "roller clamp")), () -> describe(ex));
        // "people with weakened swallowing muscles": without its describing word an organ is left, which is no indication
        assertEquals(List.of("stroke"), targets(feeder, RelationKind.INDICATION), () -> describe(ex));
    }

    @Test
    void theMadeThingsAProcedureIsDoneWithAreItsComponents() {
        DocumentExtraction ex = extract("""
            Sinus lavage

            Sinus lavage is a minimally invasive procedure to clear mucus from the sinuses. During the procedure, a short soft tube called a cannula is passed into the sinus opening.

            The fluid is then pushed into the sinus with a syringe and a saline pouch. Sinus lavage sometimes includes the placement of a drainage wick.
            """);
        TermRecord lavage = term(ex, "sinus lavage");
        assertEquals(TopClass.PROCEDURE, lavage.kind(), () -> describe(ex));
        assertEquals(Set.of("cannula", "syringe", "saline pouch", "drainage wick"), sorted(targets(lavage, RelationKind.COMPONENT)), () -> describe(ex));
    }

    @Test
    void theTopicsShortFormListItemsUnderIndicationsAndCourseWordsAreRead() {
        DocumentExtraction ex = extract("""
            Hyperbaric oxygen therapy

            Hyperbaric oxygen therapy (HBOT) is a treatment in which a patient breathes pure oxygen in a pressurised room. HBOT is also used to help patients with the acute carbon monoxide poisoning associated with house fires.

            Medical uses

            Guidelines differ between centres, but commonly listed reasons include:
            - Decompression sickness in divers after a fast ascent
            - Gas gangrene of a limb
            """);
        Set<String> uses = sorted(targets(term(ex, "hyperbaric oxygen therapy"), RelationKind.INDICATION));
        // "HBOT is also used ...": the short form defined earlier names the topic; "acute" describes this case
        assertTrue(uses.contains("carbon monoxide poisoning"), () -> describe(ex));
        assertTrue(uses.containsAll(Set.of("decompression sickness", "gas gangrene")), () -> describe(ex));
    }

    @Test
    void aSettingPhraseBeforeThePronounAndBothCourseFormsOfAKnownCondition() {
        DocumentExtraction ex = extract("""
            Bladder tube

            A bladder tube is a soft catheter that drains urine from the bladder. On a urology ward, it is the usual treatment for both acute and chronic urinary retention.
            """);
        // "On a urology ward, it ...": the setting does not hide the subject; "acute and chronic" cover the known condition
        assertEquals(List.of("urinary retention"), targets(term(ex, "bladder tube"), RelationKind.INDICATION), () -> describe(ex));
    }

    @Test
    void placesAfterAnInfinitiveOfPurposeAreWhatTheDeviceActsOnNotWhereItGoes() {
        DocumentExtraction ex = extract("band-dictionary.txt", """
            finger tourniquet

            finger tourniquet (fing-ger toor-ni-ket)
            A small tourniquet pulled tight around a finger to stop the flow of blood through an artery during minor surgery.
            """);
        TermRecord band = term(ex, "finger tourniquet");
        assertTrue(targets(band, RelationKind.LOCATION).contains("finger"), () -> describe(ex));
        assertFalse(targets(band, RelationKind.INSERTION_SITE).contains("artery"), () -> describe(ex));
        assertFalse(targets(band, RelationKind.LOCATION).contains("artery"), () -> describe(ex));
    }

    @Test
    void theConditionsAThingIsUsedForAreItsIndicationsAndNothingElseItIsUsedFor() {
        DocumentExtraction ex = extract("brace.txt", """
            Knee brace

            A knee brace is a support worn around the knee to keep the joint steady. Knee braces are used for ligament tears, sprains and arthritis. They are also used in sports clinics and are used for walking after surgery.
            """);
        Set<String> indications = sorted(targets(term(ex, "knee brace"), RelationKind.INDICATION));
        assertTrue(indications.containsAll(Set.of("sprain", "arthritis")), () -> describe(ex));
        assertFalse(indications.contains("sports clinic"), () -> describe(ex));
        assertFalse(indications.contains("walking"), () -> describe(ex));
    }

    @Test
    void anExplainersQuestionHeadingsOpenItsIndicationsAndRisksSections() {
        DocumentExtraction ex = extract("nerve-block.txt", """
            Nerve conduction study

            What is a nerve conduction study?
            A nerve conduction study is a test in which small electrical pulses are passed along a nerve to measure how fast it carries signals.

            Why is it done?
            Your doctor may suggest the test to:
            • Look for nerve damage, such as carpal tunnel syndrome
            • Help diagnose muscle and nerve conditions, including Guillain-Barre syndrome

            What are the risks?
            The test is safe for most people. Possible problems include:
            • Pain where the pulses are given
            • Bruising of the skin
            • Tingling or numbness for a short while
            """);
        TermRecord test = term(ex, "nerve conduction study");
        Set<String> risks = sorted(targets(test, RelationKind.RISK));
        assertTrue(risks.contains("pain") && risks.contains("bruising"), () -> describe(ex));
        // "Tingling or numbness": each condition of the coordination, not one name
        assertTrue(risks.contains("numbness") && !risks.contains("tingling or numbness"), () -> describe(ex));
        assertTrue(targets(test, RelationKind.INDICATION).contains("carpal tunnel syndrome"), () -> describe(ex));
        assertFalse(targets(test, RelationKind.INDICATION).contains("test"), () -> describe(ex));
    }
}

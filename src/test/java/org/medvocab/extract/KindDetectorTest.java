package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.medvocab.extract.ExtractFixtures.extract;

import org.junit.jupiter.api.Test;

/** Layout cues that tell an encyclopedia article from a dictionary page, and plain prose from both. */
class KindDetectorTest {

    @Test
    void editLinkHeadingsMakeAnEncyclopedia() {
        assertEquals(DocumentKind.ENCYCLOPEDIA, KindDetector.detect("""
            Ward pump

            Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate.

            Overview[edit | edit source]

            It sits on a pole beside the bed and runs on mains power or on a battery.
            """));
    }

    @Test
    void fromEncyclopediaLineMakesAnEncyclopedia() {
        assertEquals(DocumentKind.ENCYCLOPEDIA, KindDetector.detect("""
            Ward pump

            From MedVocab's Open Medical Encyclopedia

            Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate.
            """));
    }

    @Test
    void editHeadingsOutweighANumberedList() {
        assertEquals(DocumentKind.ENCYCLOPEDIA, KindDetector.detect("""
            Ward pump

            Overview[edit | edit source]

            Setting up the pump takes three steps.
            1. Hang the bag on the pole.
            2. Prime the line with fluid.

            Risks and Complications[edit | edit source]

            These may include fluid overload and air embolism.
            """));
    }

    @Test
    void numberedSensesMakeADictionary() {
        assertEquals(DocumentKind.DICTIONARY, KindDetector.detect("""
            1. an apparatus that moves fluid into a vein at a set rate.
            2. to move fluid with such an apparatus.
            """));
    }

    @Test
    void pronunciationLineMakesADictionary() {
        assertEquals(DocumentKind.DICTIONARY, KindDetector.detect("""
            (gas-trik buh-loon)
            A soft balloon that is put into the stomach to help weight loss.
            """));
    }

    @Test
    void termDefinitionLinePairsMakeADictionary() {
        assertEquals(DocumentKind.DICTIONARY, KindDetector.detect("""
            gastric balloon
            a soft balloon that is put into the stomach for weight loss.
            wound drain
            a drain left in a surgical wound after an operation.
            """));
    }

    @Test
    void partOfSpeechLineMakesADictionary() {
        assertEquals(DocumentKind.DICTIONARY, KindDetector.detect("""
            Ward pump
            noun
            A pump on a hospital ward that moves fluid into a vein.
            """));
    }

    @Test
    void plainProseIsNeither() {
        assertEquals(DocumentKind.PROSE, KindDetector.detect("""
            Nurses on the renal unit check the lines every hour and write the readings down in the chart.
            They change the dressing when it gets wet and call the team if the patient feels unwell.
            """));
    }

    @Test
    void extractorFollowsTheDetectedKind() {
        assertEquals(DocumentKind.DICTIONARY, extract("""
            wound drain
            noun
            1. a drain left in a surgical wound to stop fluid collecting under the skin.
            """).kind());
        assertEquals(DocumentKind.ENCYCLOPEDIA, extract("""
            Ward pump

            Ward pump is a medical device that moves fluid from a bag into a vein at a steady rate.

            Overview[edit | edit source]

            It sits on a pole beside the bed.
            """).kind());
        assertEquals(DocumentKind.PROSE, extract("""
            Nurses on the renal unit check the lines every hour and write the readings down in the chart.
            """).kind());
    }
}

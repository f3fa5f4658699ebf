package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a term's record accepts as its broader terms. */
class TermRecordTest {

    @Test
    void aNameEndingInTheTermsOwnNameIsNeverItsBroaderTerm() {
        TermRecord t = new TermRecord("embolism", null);
        t.addBroader("air embolism", null);      // the head noun makes it a kind of embolism, not the other way round
        t.addBroader("Embolism", null);           // itself
        t.addBroader("vascular occlusion", null);
        t.addBroader("vascular occlusion", null); // once
        assertEquals(List.of("vascular occlusion"), t.broader().stream().map(TermRecord.Broader::target).toList());
    }

    @Test
    void anOtherNameLosesItsUsageNoteAndSplitsFromItsShortForm() {
        TermRecord t = new TermRecord("intravenous cannula", null);
        t.addAltLabel("(informally) drip", null);
        t.addAltLabel("venous access device (VAD)", null);
        t.addAltLabel("(Chiefly British) venflon", null);
        t.addAltLabel("intravenous cannula (IVC)", null); // the term itself and its short form: only the short form is new
        assertEquals(java.util.Set.of("drip", "venous access device", "VAD", "venflon", "IVC"), t.altLabels());
    }
}

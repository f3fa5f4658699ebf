package org.medvocab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction floor measures every page of the folder and reports the NLP part as less than the whole. */
class ExtractionFloorTest {

    @Test void measuresEveryPage(@TempDir Path dir) throws Exception {
        SyntheticPages.write(dir, 6, 3);
        ExtractionFloor.Figures f = ExtractionFloor.measure(Path.of("corpus"), dir, 1);
        assertEquals(6, f.pages());
        assertTrue(f.extractionMs() > 0 && f.nlpMs() > 0, f.summary());
        assertTrue(f.nlpMs() < f.extractionMs(), "analysing each sentence once is part of extracting: " + f.summary());
        assertTrue(f.summary().startsWith("6 pages: extraction "), f.summary());
    }
}

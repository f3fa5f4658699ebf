package org.medvocab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Progress without a terminal: whole plain lines, at most one per interval, and always the last state. */
class ProgressTest {

    static List<String> run(long intervalMillis, long max, int steps, String extra) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Progress p = new Progress.Lines("link " + "x".repeat(120) + ".obo", "KiB", max, out, intervalMillis)) {
            for (int i = 1; i <= steps; i++) {
                p.extra(extra);
                p.stepTo(i);
            }
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), text);
        return text.lines().toList();
    }

    @Test void everyStateIsAWholeLineWhenTheIntervalIsZero() {
        List<String> lines = run(0, 4, 4, "12 labels");
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("medvocab link " + "x".repeat(120) + ".obo: 2/4 KiB (50%), "), "never cut: " + lines.get(1));
        assertTrue(lines.get(1).endsWith("; 12 labels"), lines.get(1));
        assertTrue(lines.get(4).contains(": done, 4/4 KiB (100%)"), lines.get(4));
    }

    @Test void linesArePeriodicNotOnePerStep() {
        List<String> lines = run(60_000, -1, 1000, "");
        assertEquals(2, lines.size(), "the first state and the last: " + lines);
        assertTrue(lines.get(1).contains("done, 1000 KiB"), lines.get(1));
    }

    @Test void quietPrintsNothingAndTheTestRunIsNotATerminal() {
        assertFalse(Progress.stderrIsTerminal(), "surefire's standard error is a pipe or a file");
        try (Progress p = Progress.start("convert", "documents", 3, true)) {
            p.step();
        }
    }
}

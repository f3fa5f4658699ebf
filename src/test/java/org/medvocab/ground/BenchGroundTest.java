package org.medvocab.ground;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The grounding bench runs and prints its figures (not timed: the README has the figures of a fresh JVM). */
class BenchGroundTest {
    @Test void printsFigures() {
        BenchGround.Result r = BenchGround.run(20);
        System.out.println("medvocab grounding bench: " + r.summary());
        assertTrue(r.keys() > 50_000);
        assertTrue(r.assessMicros() > 0 && r.mentionsMicros() > 0, r.summary());
    }
}

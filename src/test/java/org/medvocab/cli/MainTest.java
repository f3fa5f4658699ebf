package org.medvocab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.medvocab.CliRun;
import org.junit.jupiter.api.Test;
import org.medvocab.model.VocabularyConfig;

/** The top-level {@code medvocab} command: help and version. */
class MainTest {

    @Test void helpListsTheSubcommands() {
        CliRun r = CliRun.run("--help");
        assertEquals(0, r.status(), r.err());
        String out = r.out();
        assertTrue(out.contains("Usage: medvocab"), out);
        assertTrue(out.lines().anyMatch(l -> l.strip().startsWith("convert")), "convert listed:\n" + out);
        assertTrue(out.lines().anyMatch(l -> l.strip().startsWith("export")), "export listed:\n" + out);
        assertTrue(out.contains("--version"), out);
    }

    @Test void versionPrintsTheBuildVersion() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.status(), r.err());
        String version = VocabularyConfig.defaults().version();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), "version stamped by the build: " + version);
        assertEquals("medvocab " + version, r.out().strip());
    }

    @Test void helpSubcommandShowsTheHelpOfASubcommand() {
        CliRun r = CliRun.run("help", "convert");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Usage: medvocab convert"), r.out());
        assertTrue(r.out().contains("--base"), r.out());
    }

    @Test void anUnknownSubcommandIsAUsageError() {
        CliRun r = CliRun.run("frobnicate");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("frobnicate"), r.err());
    }
}

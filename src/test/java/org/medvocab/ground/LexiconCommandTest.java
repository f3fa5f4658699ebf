package org.medvocab.ground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.CliRun;

/** {@code medvocab lexicon}: the committed lexicon and NOTICE are what the command builds from ../shared/linking. */
class LexiconCommandTest {
    private static final Path LINKING = Path.of("../shared/linking");
    private static final Path COMMITTED = LexiconOperation.DEFAULT_OUTPUT;

    @TempDir Path tmp;

    @Test void committedLexiconIsCurrent() throws Exception {
        assumeTrue(Files.isDirectory(LINKING), "../shared/linking is not here");
        Path out = tmp.resolve("lexicon.tsv.gz");
        CliRun run = CliRun.run("lexicon", "--linking", LINKING.toString(), "--output", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("rows"), run.out());
        assertEquals(-1, Files.mismatch(COMMITTED, out),
            "the committed lexicon is out of date: run `medvocab lexicon` and commit " + COMMITTED);
        assertEquals(-1, Files.mismatch(COMMITTED.resolveSibling(LexiconOperation.NOTICE), tmp.resolve(LexiconOperation.NOTICE)));
    }

    @Test void missingLinkingFolderIsAOneLineError() {
        CliRun run = CliRun.run("lexicon", "--linking", tmp.resolve("nowhere").toString(), "--output", tmp.resolve("x.tsv.gz").toString());
        assertEquals(2, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("nowhere"), run.err());
        assertTrue(Files.notExists(tmp.resolve("x.tsv.gz")));
    }

    @Test void brokenSourceFileNamesTheFile() throws Exception {
        Path linking = tmp.resolve("linking");
        Files.createDirectories(linking.resolve("dhimmel-mesh"));
        Files.writeString(linking.resolve("dhimmel-mesh/tree-numbers.tsv"), "mesh_id\tmesh_name\tmesh_tree_number\nD1\tThing\n");
        CliRun run = CliRun.run("lexicon", "--linking", linking.toString(), "--output", tmp.resolve("x.tsv.gz").toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("tree-numbers.tsv"), run.err());
        assertTrue(Files.notExists(tmp.resolve("x.tsv.gz")));
    }
}

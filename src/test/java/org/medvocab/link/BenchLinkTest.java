package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.export.Exporter;

/** The benchmark on a small generated target (a smoke test, not timed; the README has the one-million-label figures). */
class BenchLinkTest {
    @TempDir Path tmp;

    @Test void generatesAndLinks() throws Exception {
        var graph = Exporter.read(Path.of("ontology/medvocab.ttl")).graph();
        BenchLink.Result r = BenchLink.run(graph, 20_000, tmp, null);
        assertEquals(20_000, r.labels());
        assertTrue(r.mappings() > 0, r.summary());
        assertTrue(r.peakHeapBytes() > 0);
        assertTrue(Files.exists(tmp.resolve("synthetic-20000.tsv")));
        Path again = tmp.resolve("again.tsv");
        BenchLink.generate(again, 1000, java.util.List.of("infusion pump"), 1);
        Path again2 = tmp.resolve("again2.tsv");
        BenchLink.generate(again2, 1000, java.util.List.of("infusion pump"), 1);
        assertEquals(-1, Files.mismatch(again, again2), "seeded: the same file each time");
    }
}

package org.medvocab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.bench.SyntheticPages;
import org.medvocab.export.ExportFormat;
import org.medvocab.export.Exporter;

/** Documents are converted in parallel; the vocabulary is byte-identical whatever the number of threads. */
class ParallelConversionTest {
    @TempDir Path tmp;

    private static byte[] turtle(Converter.Result r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(r.graph(), r.prefixes(), ExportFormat.TURTLE, out);
        return out.toByteArray();
    }

    @Test void sameBytesForAnyThreadCount() throws Exception {
        Path pages = SyntheticPages.write(tmp.resolve("pages"), 12, 5);
        Files.writeString(pages.resolve("broken.txt"), "");   // a failure keeps its place among the errors
        List<Path> in = List.of(Path.of("corpus"), pages);
        Converter.Result one = new Converter(VocabularyConfig.defaults()).withThreads(1).convert(in);
        byte[] expected = turtle(one);
        for (int threads : new int[] {2, 3, 8}) {
            Converter.Result r = new Converter(VocabularyConfig.defaults()).withThreads(threads).convert(in);
            assertEquals(one.errors(), r.errors());
            assertEquals(one.documents(), r.documents());
            assertArrayEquals(expected, turtle(r), threads + " threads");
        }
        assertEquals(1, one.errors().size(), one.errors().toString());
        assertTrue(one.concepts() > 100, "concepts: " + one.concepts());
    }
}

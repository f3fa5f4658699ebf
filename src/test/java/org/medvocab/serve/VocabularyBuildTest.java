package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.validate.Shapes;

/** When serve rebuilds the vocabulary, and what the rebuild writes. */
class VocabularyBuildTest {

    @TempDir Path tmp;

    static void age(Path p, long secondsAgo) throws IOException {
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - secondsAgo * 1000));
    }

    @Test void staleWhenMissingOrOlderThanADocumentOrTheCode() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path doc = Files.writeString(corpus.resolve("a.txt"), "text");
        Path code = Files.writeString(tmp.resolve("medvocab.jar"), "jar");
        Path vocab = tmp.resolve("vocab.ttl");
        assertTrue(VocabularyBuild.staleReason(vocab, corpus, code).orElseThrow().contains("does not exist"));
        Files.writeString(vocab, "# vocabulary");
        age(doc, 100);
        age(code, 100);
        assertEquals(Optional.empty(), VocabularyBuild.staleReason(vocab, corpus, code));
        age(vocab, 200);
        assertTrue(VocabularyBuild.staleReason(vocab, corpus, code).orElseThrow().contains("a.txt is newer"));
        age(doc, 300);
        assertTrue(VocabularyBuild.staleReason(vocab, corpus, code).orElseThrow().contains("medvocab code"));
        assertEquals(Optional.empty(), VocabularyBuild.staleReason(vocab, corpus, null));
        assertTrue(VocabularyBuild.codeLocation() != null && Files.exists(VocabularyBuild.codeLocation()));
    }

    @Test void rebuildWritesTheVocabularyAndOnlyTouchesItWhenNothingChanged() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/09-syringe-pump-dictionary.txt"), corpus.resolve("09-syringe-pump-dictionary.txt"));
        Path vocab = tmp.resolve("out/vocab.ttl");
        VocabularyBuild.Result first = VocabularyBuild.rebuild(corpus, vocab, Shapes.defaults());
        assertTrue(first.changed());
        assertEquals(1, first.documents());
        assertTrue(first.validation().conforms());
        assertTrue(Files.readString(vocab).contains("syringe pump"));
        byte[] bytes = Files.readAllBytes(vocab);
        age(vocab, 500);
        age(corpus.resolve("09-syringe-pump-dictionary.txt"), 100);
        VocabularyBuild.Result second = VocabularyBuild.rebuild(corpus, vocab, Shapes.defaults());
        assertFalse(second.changed(), "deterministic output: same bytes");
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(vocab)));
        assertEquals(Optional.empty(), VocabularyBuild.staleReason(vocab, corpus, null), "touched, so no longer stale");
    }
}

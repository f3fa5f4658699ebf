package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.validate.Shapes;

/** When serve rebuilds the vocabulary (by content, never by file times), and what the rebuild writes. */
class VocabularyBuildTest {

    @TempDir Path tmp;

    static void age(Path p, long secondsAgo) throws IOException {
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - secondsAgo * 1000));
    }

    Path corpusWithOneDocument() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/09-syringe-pump-dictionary.txt"), corpus.resolve("09-syringe-pump-dictionary.txt"));
        return corpus;
    }

    @Test void staleByContentNotByFileTimes() throws IOException {
        Path corpus = corpusWithOneDocument();
        Path doc = corpus.resolve("09-syringe-pump-dictionary.txt");
        Path vocab = tmp.resolve("out/vocab.ttl");
        Graph shapes = Shapes.defaults();
        assertTrue(VocabularyBuild.staleReason(vocab, corpus, shapes).orElseThrow().contains("does not exist"));
        VocabularyBuild.rebuild(corpus, vocab, shapes);
        assertTrue(Files.isRegularFile(BuildFingerprint.sidecar(vocab)));
        assertEquals(Optional.empty(), VocabularyBuild.staleReason(vocab, corpus, shapes));

        // A checkout gives every file a new time, in any order: still up to date.
        age(vocab, 500);
        age(BuildFingerprint.sidecar(vocab), 500);
        age(doc, 10);
        assertEquals(Optional.empty(), VocabularyBuild.staleReason(vocab, corpus, shapes), "newer document, same content");

        // A changed, added or removed document makes it stale, and is named.
        Files.writeString(doc, Files.readString(doc) + "\nwidget\nA small device for tests.\n");
        assertEquals(Optional.of(doc + " changed"), VocabularyBuild.staleReason(vocab, corpus, shapes));
        Files.copy(Path.of("corpus/10-catheter-dictionary.txt"), corpus.resolve("10-catheter-dictionary.txt"));
        assertEquals(Optional.of(doc + " changed (and 1 other document)"), VocabularyBuild.staleReason(vocab, corpus, shapes));
        VocabularyBuild.rebuild(corpus, vocab, shapes);
        assertEquals(Optional.empty(), VocabularyBuild.staleReason(vocab, corpus, shapes));
        Path added = Files.copy(Path.of("corpus/11-hemolysis-dictionary.txt"), corpus.resolve("11-hemolysis-dictionary.txt"));
        assertEquals(Optional.of(added + " was added"), VocabularyBuild.staleReason(vocab, corpus, shapes));
        Files.delete(added);
        Files.delete(corpus.resolve("10-catheter-dictionary.txt"));
        assertEquals(Optional.of(corpus.resolve("10-catheter-dictionary.txt") + " was removed"), VocabularyBuild.staleReason(vocab, corpus, shapes));
        VocabularyBuild.rebuild(corpus, vocab, shapes);

        // Other shapes, an edited vocabulary or a lost fingerprint make it stale too.
        Graph other = GraphFactory.createGraphMem();
        other.add(Triple.create(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o")));
        assertEquals(Optional.of("the SHACL shapes changed"), VocabularyBuild.staleReason(vocab, corpus, other));
        Files.writeString(vocab, Files.readString(vocab) + "# edited\n");
        assertTrue(VocabularyBuild.staleReason(vocab, corpus, shapes).orElseThrow().contains("is not the file that was built"));
        Files.delete(BuildFingerprint.sidecar(vocab));
        assertTrue(VocabularyBuild.staleReason(vocab, corpus, shapes).orElseThrow().contains("has no build fingerprint"));
    }

    @Test void aChangedCurationOverlayMakesItStaleAndTheRebuildAppliesIt() throws IOException {
        Path corpus = corpusWithOneDocument();
        Path vocab = tmp.resolve("out/vocab.ttl");
        Graph shapes = Shapes.defaults();
        VocabularyBuild.rebuild(corpus, vocab, shapes);
        assertEquals(Optional.empty(), VocabularyBuild.staleReason(vocab, corpus, shapes));
        Path curation = Files.createDirectories(tmp.resolve("curation"));
        Files.writeString(curation.resolve("decisions.tsv"), org.medvocab.curate.Overlay.HEADER + "\n"
            + "D1\tadd-synonym\tsyringe pump\tplunger pump\tan editor\t2026-11-29\tward usage\n");
        assertEquals(Optional.of("the curation overlay changed (" + curation.toAbsolutePath() + ")"), VocabularyBuild.staleReason(vocab, corpus, shapes));
        VocabularyBuild.rebuild(corpus, vocab, shapes);
        assertTrue(Files.readString(vocab).contains("\"plunger pump\"@en"));
        assertTrue(Files.readString(BuildFingerprint.sidecar(vocab)).contains("\ncuration "));
        assertEquals(Optional.empty(), VocabularyBuild.staleReason(vocab, corpus, shapes));
        // a comment line is a change of the file too: the overlay is hashed by content
        Files.writeString(curation.resolve("decisions.tsv"), Files.readString(curation.resolve("decisions.tsv")) + "# note\n");
        assertTrue(VocabularyBuild.staleReason(vocab, corpus, shapes).isPresent());
    }

    @Test void theLexiconIsWrittenWithTheVocabularyAndCoveredByTheFingerprint() throws IOException {
        Path corpus = corpusWithOneDocument();
        Path vocab = tmp.resolve("out/vocab.ttl");
        Graph shapes = Shapes.defaults();
        VocabularyBuild.rebuild(corpus, vocab, shapes);
        Path lexicon = tmp.resolve("out/lexicon.ttl");
        assertTrue(Files.readString(lexicon).contains("ontolex:writtenRep \"syringe pump\"@en"), "the dictionary's headwords");
        BuildFingerprint recorded = BuildFingerprint.read(BuildFingerprint.sidecar(vocab)).orElseThrow();
        assertEquals(VocabularyStore.sha256(lexicon), recorded.lexicon());
        assertEquals(Optional.empty(), VocabularyBuild.staleReason(vocab, corpus, shapes));

        String built = Files.readString(lexicon);
        Files.writeString(lexicon, built + "# edited\n");
        assertEquals(Optional.of(lexicon + " is not the file that was built (it was edited or written by another command)"),
            VocabularyBuild.staleReason(vocab, corpus, shapes));
        Files.delete(lexicon);
        assertEquals(Optional.of(lexicon + " does not exist"), VocabularyBuild.staleReason(vocab, corpus, shapes));
        VocabularyBuild.rebuild(corpus, vocab, shapes);
        assertEquals(built, Files.readString(lexicon), "the same corpus gives the same lexicon");
        // a fingerprint written before lexicons were recorded
        Files.writeString(BuildFingerprint.sidecar(vocab), new BuildFingerprint(recorded.vocabulary(), recorded.converter(),
            recorded.shapes(), recorded.documents()).format());
        assertEquals(Optional.of(lexicon + " is not recorded in the build fingerprint"), VocabularyBuild.staleReason(vocab, corpus, shapes));
    }

    @Test void aChangedConverterMakesItStale() throws IOException {
        Path corpus = corpusWithOneDocument();
        Path vocab = tmp.resolve("vocab.ttl");
        VocabularyBuild.rebuild(corpus, vocab, Shapes.defaults());
        BuildFingerprint recorded = BuildFingerprint.read(BuildFingerprint.sidecar(vocab)).orElseThrow();
        assertEquals(BuildFingerprint.currentConverter(), recorded.converter());
        assertNotEquals("unknown", recorded.converter(), "the converter's sources are packaged with the classes");
        BuildFingerprint older = new BuildFingerprint(recorded.vocabulary(), "0".repeat(64), recorded.shapes(), recorded.documents());
        Files.writeString(BuildFingerprint.sidecar(vocab), older.format());
        assertTrue(VocabularyBuild.staleReason(vocab, corpus, Shapes.defaults()).orElseThrow().contains("the converter changed"));
    }

    @Test void theConverterDigestCoversEveryStageThePipelineConvertsWith() {
        // the page model and the layouts decide what is extracted as much as the sentence rules do: a change to them
        // must make serve convert again
        Path code = VocabularyBuild.codeLocation();
        assertTrue(code != null && Files.isDirectory(code), "tests run from the class folder");
        for (String stage : java.util.List.of("ingest", "page", "layout", "extract", "model", "export", "ground")) {
            assertTrue(Files.isDirectory(code.resolve("org/medvocab/converter/org/medvocab/" + stage)), stage + " is hashed");
        }
    }

    @Test void fingerprintFileIsDeterministicAndRoundTrips() {
        BuildFingerprint a = BuildFingerprint.current(Path.of("corpus"), Shapes.defaults()).withVocabulary("ab");
        BuildFingerprint b = BuildFingerprint.current(Path.of("corpus"), Shapes.defaults()).withVocabulary("ab");
        assertEquals(a.format(), b.format());
        assertEquals(13, a.documents().size(), a.documents().toString());
        assertTrue(a.documents().containsKey("05-ecmo-encyclopedia.md"), "paths relative to the corpus folder");
        Path f = tmp.resolve("x.fingerprint");
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Files.writeString(f, a.format()));
        assertEquals(a, BuildFingerprint.read(f).orElseThrow());
    }

    @Test void rebuildWritesTheVocabularyAndLeavesItAloneWhenNothingChanged() throws IOException {
        Path corpus = corpusWithOneDocument();
        Path vocab = tmp.resolve("out/vocab.ttl");
        VocabularyBuild.Result first = VocabularyBuild.rebuild(corpus, vocab, Shapes.defaults());
        assertTrue(first.changed());
        assertEquals(1, first.documents());
        assertTrue(first.validation().conforms());
        assertTrue(Files.readString(vocab).contains("syringe pump"));
        byte[] bytes = Files.readAllBytes(vocab);
        VocabularyBuild.Result second = VocabularyBuild.rebuild(corpus, vocab, Shapes.defaults());
        assertFalse(second.changed(), "deterministic output: same bytes");
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(vocab)));
        assertTrue(VocabularyBuild.codeLocation() != null && Files.exists(VocabularyBuild.codeLocation()));
    }
}

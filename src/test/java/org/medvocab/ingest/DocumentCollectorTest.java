package org.medvocab.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCollectorTest {

    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "text");
    }

    @Test
    void folderIsExpandedRecursivelyIntoSortedDocumentFiles() throws Exception {
        Path b = touch("corpus/b.html");
        Path a = touch("corpus/a.txt");
        Path nested = touch("corpus/sub/000_first.md");
        Path upper = touch("corpus/C.HTM");
        Path others = touch("corpus/z.markdown");
        Path text = touch("corpus/t.text");
        Path xhtml = touch("corpus/x.xhtml");

        List<Path> files = DocumentCollector.collect(List.of(dir.resolve("corpus")));

        assertEquals(List.of(upper, a, b, nested, text, xhtml, others), files);
    }

    @Test
    void foldersContributeOnlyDocumentExtensions() throws Exception {
        Path kept = touch("corpus/kept.txt");
        touch("corpus/README");
        touch("corpus/photo.png");
        touch("corpus/notes.txt~");
        touch("corpus/page.html.bak");
        Files.createDirectories(dir.resolve("corpus/folder.md"));

        assertEquals(List.of(kept), DocumentCollector.collect(List.of(dir.resolve("corpus"))));
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws Exception {
        Path kept = touch("corpus/kept.md");
        touch("corpus/.draft.md");
        touch("corpus/.git/notes.txt");
        touch("corpus/.cache/sub/page.html");

        assertEquals(List.of(kept), DocumentCollector.collect(List.of(dir.resolve("corpus"))));
    }

    @Test
    void hiddenFolderNamedExplicitlyIsWalked() throws Exception {
        Path inside = touch(".corpus/a.txt");
        assertEquals(List.of(inside), DocumentCollector.collect(List.of(dir.resolve(".corpus"))));
    }

    @Test
    void fileNamedExplicitlyIsIncludedWhateverItsName() throws Exception {
        Path odd = touch("notes.log");
        Path hidden = touch(".secret.txt");
        Path bare = touch("README");

        assertEquals(List.of(hidden, bare, odd), DocumentCollector.collect(List.of(odd, bare, hidden)));
    }

    @Test
    void inputsAreMergedSortedAndDeduplicated() throws Exception {
        Path a = touch("corpus/a.txt");
        Path b = touch("corpus/b.txt");
        Path extra = touch("extra/0.md");
        Path corpus = dir.resolve("corpus");

        List<Path> files = DocumentCollector.collect(List.of(
                b, corpus, dir.resolve("extra/../corpus/a.txt"), extra, corpus, dir.resolve("./corpus")));

        assertEquals(List.of(a, b, extra), files);
    }

    @Test
    void symbolicLinkToAListedFileIsNotListedTwice() throws Exception {
        Path a = touch("corpus/a.txt");
        try {
            Files.createSymbolicLink(dir.resolve("corpus/link.txt"), a);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        assertEquals(List.of(a), DocumentCollector.collect(List.of(dir.resolve("corpus"))));
    }

    @Test
    void emptyFolderGivesNoFiles() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertTrue(DocumentCollector.collect(List.of(dir.resolve("empty"))).isEmpty());
    }

    @Test
    void nonexistentPathIsAnError() throws Exception {
        touch("corpus/a.txt");
        Path missing = dir.resolve("no-such-corpus");

        IngestException e = assertThrows(IngestException.class,
                () -> DocumentCollector.collect(List.of(dir.resolve("corpus"), missing)));

        assertEquals(missing, e.file());
        assertEquals("no such file or folder", e.reason());
        assertEquals(missing + ": no such file or folder", e.getMessage());
    }

    @Test
    void relativeInputsGiveRelativeNormalisedPaths() throws Exception {
        // Relative to the working directory, which Maven sets to the project root.
        Path fixtures = Path.of("src/test/resources/ingest");
        List<Path> files = DocumentCollector.collect(List.of(Path.of("./src/test/resources/../resources/ingest")));

        assertTrue(files.containsAll(List.of(fixtures.resolve("angina.txt"), fixtures.resolve("catheter.html"),
                fixtures.resolve("glossary.md"))), files::toString);
        assertTrue(files.stream().allMatch(f -> !f.isAbsolute() && f.startsWith(fixtures)), files::toString);
        assertEquals(files.stream().sorted().toList(), files);
    }
}

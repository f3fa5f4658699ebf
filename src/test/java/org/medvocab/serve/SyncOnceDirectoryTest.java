package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncOnceDirectoryTest {

    /** Records the names each sync call asks for. */
    static final class Recording extends FilterDirectory {
        final List<Set<String>> calls = new ArrayList<>();
        Recording(Directory in) { super(in); }
        @Override public void sync(Collection<String> names) throws IOException {
            calls.add(new HashSet<>(names));
            super.sync(names);
        }
    }

    private static void add(IndexWriter w, String text) throws IOException {
        Document d = new Document();
        d.add(new Field("label", text, TextField.TYPE_STORED));
        w.addDocument(d);
    }

    @Test void aCommitSyncsOnlyTheFilesNewSinceTheLastOneAndTheIndexReadsBack(@TempDir Path dir) throws IOException {
        Recording disk = new Recording(FSDirectory.open(dir));
        try (Directory once = new SyncOnceDirectory(disk);
             IndexWriter w = new IndexWriter(once, new IndexWriterConfig(new StandardAnalyzer()))) {
            add(w, "first label");
            w.commit();
            Set<String> first = new HashSet<>();
            disk.calls.forEach(first::addAll);
            assertFalse(first.isEmpty());
            disk.calls.clear();
            add(w, "second label");
            w.commit();
            Set<String> second = new HashSet<>();
            disk.calls.forEach(second::addAll);
            assertFalse(second.isEmpty(), "the new segment and commit point are synced");
            for (String f : second) assertFalse(first.contains(f), f + " was synced again");
            try (DirectoryReader r = DirectoryReader.open(once)) {
                assertEquals(2, r.numDocs());
            }
        }
        try (Directory again = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(again)) {
            assertEquals(2, r.numDocs(), "both commits are on disk");
            assertTrue(r.maxDoc() >= 2);
        }
    }
}

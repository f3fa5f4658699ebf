package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.model.Graphs;
import org.medvocab.validate.Shapes;

/** A TDB2 backup, a wipe, and {@code medvocab restore}: the database and its text index come back as they were. */
class BackupRestoreTest {
    @TempDir Path tmp;

    @Test void restorePutsTheLatestBackupBack() throws Exception {
        Path vocab = tmp.resolve("small.ttl");
        try (InputStream in = getClass().getResourceAsStream("/serve/small.ttl")) {
            Files.copy(in, vocab);
        }
        Path data = tmp.resolve("data");
        long size;
        try (VocabularyStore store = VocabularyStore.open(data, Shapes.defaults())) {
            store.load(Graphs.VOCABULARY, vocab);
            size = store.size(Graphs.VOCABULARY);
            Path backup = store.backup();
            assertTrue(Files.isRegularFile(backup), String.valueOf(backup));
            var dsg = store.unchecked();
            dsg.begin(TxnType.WRITE);
            dsg.deleteAny(Graphs.VOCABULARY, Node.ANY, Node.ANY, Node.ANY);
            dsg.commit();
            dsg.end();
            assertEquals(0, store.size(Graphs.VOCABULARY));
        }
        Backups.Restored r = Backups.restore(data, null, null);
        assertTrue(r.quads() >= size, r.toString());
        try (VocabularyStore store = VocabularyStore.open(data, Shapes.defaults())) {
            assertEquals(size, store.size(Graphs.VOCABULARY));
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?c { ?c text:query (skos:prefLabel \"hemop*\") }";
            assertTrue(!QueryRunner.run(q, store.dataset()).rows().isEmpty(), "the text index finds the restored labels");
        }
    }
}

package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.model.Graphs;
import org.medvocab.model.VocabularyBuilder;
import org.medvocab.validate.Shapes;

/** The TDB2 store: atomic loads that name the file, line or shape; restarts; the write gate; the text index. */
class VocabularyStoreTest {

    static final String NS = "https://example.org/vocab/";
    static String small;
    static Graph shapes;

    @TempDir Path tmp;

    @BeforeAll static void fixtures() throws IOException {
        try (InputStream in = VocabularyStoreTest.class.getResourceAsStream("/serve/small.ttl")) {
            small = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        shapes = Shapes.defaults();
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    static Node iri(String local) { return NodeFactory.createURI(NS + local); }

    @Test void loadPutsEachFileInItsNamedGraphAndTheDefaultGraphIsTheUnion() throws IOException {
        Path file = write("small.ttl", small);
        try (VocabularyStore store = VocabularyStore.inMemory(shapes)) {
            List<VocabularyStore.LoadReport> reports = store.load(List.of(
                VocabularyStore.Part.graph(Graphs.CORE, VocabularyBuilder.coreOntology(), "core", null),
                VocabularyStore.Part.file(Graphs.VOCABULARY, file)));
            assertEquals(2, reports.size());
            assertTrue(reports.get(1).validation().conforms());
            assertEquals(VocabularyBuilder.coreOntology().size(), store.size(Graphs.CORE));
            assertTrue(store.size(Graphs.VOCABULARY) > 100);
            DatasetGraph dsg = store.dataset();
            String union = QueryRunner.run("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", dsg).rows().get(0).get(0);
            assertTrue(Long.parseLong(union) > store.size(Graphs.VOCABULARY));
            assertEquals("true", QueryRunner.run("ASK { <https://example.org/vocab/hemopump> "
                + "<http://www.w3.org/2004/02/skos/core#prefLabel> \"Hemopump\"@en }", dsg).rows().get(0).get(0));
        }
    }

    @Test void aFileWithASyntaxErrorLeavesTheStoreExactlyAsItWas() throws IOException {
        Path good = write("small.ttl", small);
        Path bad = write("bad.ttl", small.replace(":bleeding a owl:Class", ":bleeding a owl:Class ; ;;; ] ."));
        try (VocabularyStore store = VocabularyStore.inMemory(shapes)) {
            store.load(Graphs.VOCABULARY, good);
            long before = store.size(Graphs.VOCABULARY);
            LoadException e = assertThrows(LoadException.class, () -> store.load(Graphs.VOCABULARY, bad));
            assertEquals(bad.toString(), e.source());
            long line = lineOf(Files.readString(bad), ";;; ]");
            assertEquals(line, e.line(), e.getMessage());
            assertTrue(e.getMessage().startsWith(bad + ": line " + line + ", column"), e.getMessage());
            assertTrue(e.getMessage().contains("unchanged"), e.getMessage());
            assertEquals(before, store.size(Graphs.VOCABULARY));
            assertEquals(List.of("https://example.org/vocab/hemopump"), lookupIris(store, "hemopump"));
        }
    }

    @Test void aFileThatFailsShaclLeavesTheStoreExactlyAsItWasAndNamesTheShape() throws IOException {
        Path good = write("small.ttl", small);
        Path invalid = write("invalid.ttl", small.replace("skos:altLabel \"HP\"@en ;", "skos:altLabel \"HP\"@en ; skos:prefLabel \"Hemo pump\"@en ;"));
        try (VocabularyStore store = VocabularyStore.inMemory(shapes)) {
            store.load(Graphs.VOCABULARY, good);
            long before = store.size(Graphs.VOCABULARY);
            LoadException e = assertThrows(LoadException.class, () -> store.load(Graphs.VOCABULARY, invalid));
            assertNotNull(e.validation());
            assertFalse(e.validation().conforms());
            assertTrue(e.getMessage().startsWith(invalid + ": not loaded, it fails SHACL validation"), e.getMessage());
            assertTrue(e.getMessage().contains("mvs:OnePrefLabelPerLanguage") && e.getMessage().contains("<" + NS + "hemopump>"), e.getMessage());
            assertTrue(e.report().contains("OnePrefLabelPerLanguage"), e.report());
            assertEquals(before, store.size(Graphs.VOCABULARY));
            assertTrue(lookupIris(store, "hemo pump").isEmpty() || !lookupMatched(store, "hemo pump").contains("Hemo pump"));
        }
    }

    @Test void loadingIntoOneGraphIsValidatedTogetherWithTheOthers() throws IOException {
        Path good = write("small.ttl", small);
        // alone this is fine; with the vocabulary it gives the syringe pump a second English prefLabel
        Path extra = write("extra.ttl", "<" + NS + "syringe-pump> <" + SKOS.prefLabel.getURI() + "> \"syringe driver pump\"@en .");
        try (VocabularyStore store = VocabularyStore.inMemory(shapes)) {
            store.load(Graphs.VOCABULARY, good);
            LoadException e = assertThrows(LoadException.class, () -> store.load(Graphs.MAPPINGS, extra));
            assertTrue(e.getMessage().contains("OnePrefLabelPerLanguage"), e.getMessage());
            assertEquals(0, store.size(Graphs.MAPPINGS));
        }
    }

    @Test void aRestartServesWhatWasThereAndSkipsUnchangedFiles() throws IOException {
        Path data = tmp.resolve("data");
        Path file = write("small.ttl", small);
        Node hemopump = iri("hemopump");
        Node edited = NodeFactory.createLiteralLang("edited alias", "en");
        try (VocabularyStore store = VocabularyStore.open(data, shapes)) {
            assertFalse(store.loadIfChanged(Graphs.VOCABULARY, file).skipped());
            DatasetGraph dsg = store.dataset();
            dsg.executeWrite(() -> dsg.add(Graphs.VOCABULARY, hemopump, SKOS.altLabel.asNode(), edited));
        }
        assertFalse(Files.exists(data.resolve("tdb2").resolve("tdb.lock")), "no lock file left behind");
        try (VocabularyStore store = VocabularyStore.open(data, shapes)) {
            VocabularyStore.LoadReport r = store.loadIfChanged(Graphs.VOCABULARY, file);
            assertTrue(r.skipped(), "same file: not reloaded");
            DatasetGraph dsg = store.dataset();
            assertTrue(dsg.calculateRead(() -> dsg.contains(Graphs.VOCABULARY, hemopump, SKOS.altLabel.asNode(), edited)), "the edit survived the restart");
            assertEquals(List.of(NS + "hemopump"), lookupIris(store, "edited alias"));
            // a changed file is loaded again, replacing the graph (and the edit)
            Files.writeString(file, small.replace("\"HP\"@en", "\"HPX\"@en"));
            assertFalse(store.loadIfChanged(Graphs.VOCABULARY, file).skipped());
            assertFalse(dsg.calculateRead(() -> dsg.contains(Graphs.VOCABULARY, hemopump, SKOS.altLabel.asNode(), edited)));
            assertTrue(lookupIris(store, "edited alias").isEmpty());
            assertEquals(List.of(NS + "hemopump"), lookupIris(store, "HPX"));
        }
    }

    /** The TDB2 storage folders (Data-NNNN, and any -tmp left over) of a store folder. */
    static List<String> storages(Path data) throws IOException {
        try (var dirs = Files.list(data.resolve("tdb2"))) {
            return dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test void theFirstLoadIntoAnEmptyFolderFillsNewStorageWithTheBulkLoaderAndSurvivesARestart() throws IOException {
        Path data = tmp.resolve("data");
        try (VocabularyStore store = VocabularyStore.open(data, shapes)) {
            assertEquals(List.of("Data-0001"), storages(data));
            store.load(List.of(VocabularyStore.Part.graph(Graphs.CORE, VocabularyBuilder.coreOntology(), "core", null),
                VocabularyStore.Part.file(Graphs.VOCABULARY, write("small.ttl", small))));
            assertEquals(List.of("Data-0002"), storages(data), "the empty storage was replaced by the loaded one");
            assertEquals(VocabularyBuilder.coreOntology().size(), store.size(Graphs.CORE));
            assertEquals("true", QueryRunner.run("ASK { <" + NS + "hemopump> <" + SKOS.prefLabel.getURI() + "> \"Hemopump\"@en }",
                store.dataset()).rows().get(0).get(0), "the default graph is still the union");
            assertEquals(List.of(NS + "syringe-pump"), lookupIris(store, "syringe driver"));
        }
        try (VocabularyStore store = VocabularyStore.open(data, shapes)) {
            assertTrue(store.size(Graphs.VOCABULARY) > 100);
            assertEquals(List.of(NS + "syringe-pump"), lookupIris(store, "syringe driver"));
            store.load(Graphs.VOCABULARY, write("small2.ttl", small.replace("\"HP\"@en", "\"HPX\"@en")));
            assertEquals(List.of(NS + "hemopump"), lookupIris(store, "HPX"), "a store with data is loaded in a transaction");
            assertEquals(List.of("Data-0002"), storages(data));
        }
    }

    @Test void aDatabaseLeftHalfCreatedByAKillIsCreatedAgainButOneWithDataIsNeverRemoved() throws IOException {
        Path data = tmp.resolve("half");
        VocabularyStore.open(data, shapes).close();
        // what a kill -9 while TDB2 makes its files leaves: an empty node index beside the other files
        Path nodes = data.resolve("tdb2").resolve("Data-0001").resolve("nodes.idn");
        Files.write(nodes, new byte[0]);
        try (VocabularyStore store = VocabularyStore.open(data, shapes)) {
            store.load(Graphs.VOCABULARY, write("small.ttl", small));
            assertTrue(store.size(Graphs.VOCABULARY) > 100);
        }
        // the half-created files are moved aside, not deleted
        try (var kept = Files.list(data)) {
            assertEquals(1, kept.filter(f -> f.getFileName().toString().startsWith("tdb2-half-created-")).count());
        }
    }

    @Test void aFirstLoadThatFailsValidationLeavesTheEmptyStorageInUseAndNoTemporaryFolder() throws IOException {
        Path data = tmp.resolve("data");
        Path invalid = write("invalid.ttl", small.replace("skos:altLabel \"HP\"@en ;", "skos:altLabel \"HP\"@en ; skos:prefLabel \"Hemo pump\"@en ;"));
        try (VocabularyStore store = VocabularyStore.open(data, shapes)) {
            LoadException e = assertThrows(LoadException.class, () -> store.load(Graphs.VOCABULARY, invalid));
            assertTrue(e.getMessage().startsWith(invalid + ": not loaded, it fails SHACL validation"), e.getMessage());
            assertEquals(List.of("Data-0001"), storages(data));
            assertEquals(0, store.size(Graphs.VOCABULARY));
            assertTrue(lookupIris(store, "syringe driver").isEmpty(), "the text index took nothing");
            store.load(Graphs.VOCABULARY, write("small.ttl", small));
            assertEquals(List.of(NS + "syringe-pump"), lookupIris(store, "syringe driver"));
        }
    }

    @Test void theTextIndexIsRebuiltWhenItIsMissing() throws IOException {
        Path data = tmp.resolve("data");
        try (VocabularyStore store = VocabularyStore.open(data, null)) {
            store.load(Graphs.VOCABULARY, write("small.ttl", small));
        }
        try (var files = Files.walk(data.resolve("text"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        try (VocabularyStore store = VocabularyStore.open(data, null)) {
            assertEquals(List.of(NS + "syringe-pump"), lookupIris(store, "syringe driver"));
        }
    }

    @Test void writesThroughTheDatasetAreCheckedWhenTheyCommit() throws IOException {
        try (VocabularyStore store = VocabularyStore.inMemory(shapes)) {
            store.load(Graphs.VOCABULARY, write("small.ttl", small));
            DatasetGraph dsg = store.dataset();
            long before = store.size(Graphs.VOCABULARY);
            Node label = NodeFactory.createLiteralLang("second", "en");
            ValidatingDatasetGraph.RejectedWriteException e = assertThrows(ValidatingDatasetGraph.RejectedWriteException.class,
                () -> dsg.executeWrite(() -> dsg.add(Graphs.VOCABULARY, iri("bleeding"), SKOS.prefLabel.asNode(), label)));
            assertTrue(e.getMessage().contains("mvs:OnePrefLabelPerLanguage"), e.getMessage());
            assertFalse(dsg.isInTransaction());
            assertEquals(before, store.size(Graphs.VOCABULARY));

            Node plain = NodeFactory.createLiteralLang("blood loss", "en");
            ValidatingDatasetGraph.RejectedWriteException d = assertThrows(ValidatingDatasetGraph.RejectedWriteException.class,
                () -> dsg.executeWrite(() -> dsg.getDefaultGraph().add(iri("bleeding"), SKOS.altLabel.asNode(), plain)));
            assertTrue(d.getMessage().contains("default graph"), d.getMessage());

            dsg.executeWrite(() -> dsg.add(Graphs.VOCABULARY, iri("bleeding"), SKOS.altLabel.asNode(), plain));
            assertEquals(before + 1, store.size(Graphs.VOCABULARY));
            assertEquals(List.of(NS + "bleeding"), lookupIris(store, "blood loss"));
        }
    }

    @Test void aFolderInUseIsReportedAndAClosedStoreRefusesWork() throws IOException {
        VocabularyStore store = VocabularyStore.open(tmp.resolve("data"), null);
        store.close();
        store.close();
        assertTrue(store.isClosed());
        assertThrows(IllegalStateException.class, () -> store.size(Graphs.VOCABULARY));
        Path notADir = write("file", "x");
        StoreException e = assertThrows(StoreException.class, () -> VocabularyStore.open(notADir, null));
        assertTrue(e.getMessage().startsWith(notADir.toString()), e.getMessage());
    }

    @Test void aMissingFileIsALoadError() {
        try (VocabularyStore store = VocabularyStore.inMemory(null)) {
            LoadException e = assertThrows(LoadException.class, () -> store.load(Graphs.VOCABULARY, tmp.resolve("none.ttl")));
            assertTrue(e.getMessage().contains("none.ttl"), e.getMessage());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    static List<String> lookupIris(VocabularyStore store, String q) {
        try (LookupService l = new LookupService(store.textIndex(), store.dataset())) {
            return l.lookup(q, null, 10).stream().filter(m -> m.kind() != LookupService.MatchKind.FUZZY).map(LookupService.Match::iri).toList();
        }
    }

    static List<String> lookupMatched(VocabularyStore store, String q) {
        try (LookupService l = new LookupService(store.textIndex(), store.dataset())) {
            return l.lookup(q, null, 10).stream().map(LookupService.Match::matched).toList();
        }
    }

    static long lineOf(String text, String needle) {
        int i = text.indexOf(needle);
        return text.substring(0, i).lines().count() + (text.substring(0, i).endsWith("\n") ? 1 : 0);
    }
}

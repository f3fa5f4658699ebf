package org.medvocab.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.medvocab.extract.ConceptExtractor;
import org.medvocab.extract.DocumentExtraction;
import org.medvocab.ingest.DocumentCollector;
import org.medvocab.ingest.DocumentReader;
import org.medvocab.ingest.IngestException;
import org.medvocab.ingest.SourceDocument;

/**
 * documents -> vocabulary: collects the input files, reads each one, extracts its terms and builds one
 * vocabulary graph. A document that cannot be read or converted is reported and skipped; the rest go on.
 */
public final class Converter {

    /** The outcome of a conversion: the vocabulary, its prefixes, and one message per document that failed. */
    public record Result(Graph graph, PrefixMapping prefixes, List<String> errors, int documents, int concepts,
                         List<DocumentExtraction> extractions) {
        public boolean ok() { return errors.isEmpty(); }
    }

    private final VocabularyConfig config;

    public Converter(VocabularyConfig config) { this.config = config; }

    /** Converts files and folders; {@code progress} is told of each document as it is done (may be null). */
    public Result convert(List<Path> inputs, Consumer<Path> progress, Consumer<Integer> total) {
        List<String> errors = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            try {
                files.addAll(DocumentCollector.collect(List.of(in)));
            } catch (IngestException e) {
                errors.add(e.getMessage());
            }
        }
        if (total != null) total.accept(files.size());
        DocumentReader reader = new DocumentReader();
        ConceptExtractor extractor = new ConceptExtractor();
        VocabularyBuilder builder = new VocabularyBuilder(config);
        List<DocumentExtraction> extractions = new ArrayList<>();
        java.util.Map<String, Long> names = new java.util.HashMap<>();
        for (Path f : files) names.merge(f.getFileName().toString(), 1L, Long::sum);
        for (Path f : files) {
            try {
                SourceDocument doc = reader.read(f);
                if (names.get(f.getFileName().toString()) > 1) {
                    // two documents with one file name: tell them apart by their path
                    String id = f.normalize().toString().replace(java.io.File.separatorChar, '/');
                    doc = new SourceDocument(id, doc.path(), doc.format(), doc.text(), doc.sha256(), doc.title(), doc.page());
                }
                DocumentExtraction ex = extractor.extract(doc);
                builder.add(ex);
                extractions.add(ex);
            } catch (IngestException e) {
                errors.add(e.getMessage());
            } catch (RuntimeException e) {
                errors.add(f + ": cannot be converted (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            }
            if (progress != null) progress.accept(f);
        }
        Graph g = builder.build();
        return new Result(g, builder.prefixes(), errors, extractions.size(), builder.conceptCount(), extractions);
    }

    public Result convert(List<Path> inputs) { return convert(inputs, null, null); }
}

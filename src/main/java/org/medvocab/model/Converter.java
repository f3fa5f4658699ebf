package org.medvocab.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.medvocab.curate.CurationOperation;
import org.medvocab.curate.Overlay;
import org.medvocab.extract.ConceptExtractor;
import org.medvocab.extract.DocumentExtraction;
import org.medvocab.ingest.DocumentCollector;
import org.medvocab.ingest.DocumentReader;
import org.medvocab.ingest.IngestException;
import org.medvocab.ingest.SourceDocument;
import org.medvocab.ingest.TextBounds;
import org.medvocab.model.VocabularyBuilder.DocumentTerms;

/**
 * documents -> vocabulary: collects the input files, reads each one, extracts its terms and builds one
 * vocabulary graph. A document that cannot be read or converted is reported and skipped; the rest go on.
 */
public final class Converter {

    /** The outcome of a conversion: the vocabulary, its prefixes, and one message per document that failed. */
    public record Result(Graph graph, PrefixMapping prefixes, List<String> errors, int documents, int concepts,
                         List<DocumentExtraction> extractions, List<String> notes) {
        public boolean ok() { return errors.isEmpty(); }
    }

    private final VocabularyConfig config;

    /** The curation overlay applied after extraction (none by default). */
    private Overlay overlay = Overlay.empty();
    private final int threads;
    /** Whether results keep the documents' extractions (else only what names a document; see {@link #withoutExtractions()}). */
    private boolean keepExtractions = true;

    public Converter(VocabularyConfig config) { this(config, 0); }

    private Converter(VocabularyConfig config, int threads) {
        this.config = config;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The same converter extracting {@code n} documents at once (0: one per core). The output does not depend on it. */
    public Converter withThreads(int n) {
        Converter c = new Converter(config, n);
        c.overlay = overlay;
        c.keepExtractions = keepExtractions;
        return c;
    }

    /** Applies the curation overlay in {@code dir} (every *.tsv; a missing folder is no overlay) after extraction. */
    public Converter withCuration(java.nio.file.Path dir) {
        this.overlay = Overlay.read(dir);
        return this;
    }

    /**
     * Results of this converter do not hold the documents' extractions: as soon as a document is extracted, its text,
     * blocks and extraction are let go and only what the vocabulary builder reads is kept (its term records, kind, topic,
     * and the document's id, path, format, checksum, title and pages) until the vocabulary is built. {@link
     * Result#extractions()} then holds, per document, an empty extraction naming it, and {@link #rebuild} extracts the
     * documents it keeps again from their files. The vocabulary is held in a compact graph ({@link
     * VocabularyBuilder#compact()}). A large conversion holds much less while it builds, validates and writes the
     * vocabulary; the rare rebuild costs the extraction again. (The lexicon, which reads the extractions, needs them kept.)
     */
    public Converter withoutExtractions() {
        this.keepExtractions = false;
        return this;
    }

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
        // documents are extracted in parallel, then added in input order: the output is the same for any thread count
        return build(extractAll(files, progress), errors);
    }

    /**
     * Builds the vocabulary again from some of the documents of a result of this converter (those of {@code kept}), as
     * {@link #assemble} does; when the result holds no extractions ({@link #withoutExtractions()}), the documents are
     * extracted again from their files first (a file that can no longer be read is reported in the errors).
     */
    public Result rebuild(List<DocumentExtraction> kept, List<String> errors) {
        if (keepExtractions) return assemble(kept, errors);
        List<java.util.concurrent.Callable<Extracted>> tasks = new ArrayList<>(kept.size());
        ThreadLocal<DocumentReader> readers = ThreadLocal.withInitial(DocumentReader::new);
        ThreadLocal<ConceptExtractor> extractors = ThreadLocal.withInitial(ConceptExtractor::new);
        for (DocumentExtraction k : kept) {
            SourceDocument d = k.document();
            tasks.add(() -> extract(d.path(), d.id(), readers.get(), extractors.get()));
        }
        return build(org.medvocab.util.InOrder.run(tasks, threads, "medvocab-convert"), new ArrayList<>(errors));
    }

    /**
     * Builds the vocabulary of documents already extracted, then applies the curation overlay: what {@link #convert} does
     * after extraction, and what a rebuild with fewer documents ({@link VocabularyRepair}) does again.
     *
     * @param errors the failures so far, kept in the result
     */
    public Result assemble(List<DocumentExtraction> extractions, List<String> errors) {
        List<DocumentTerms> docs = new ArrayList<>(extractions.size());
        for (DocumentExtraction ex : extractions) docs.add(DocumentTerms.of(ex));
        return assemble(docs, extractions, errors);
    }

    /** The vocabulary of the documents extracted without errors; the errors are added to {@code errors}. */
    private Result build(List<Extracted> extracted, List<String> errors) {
        List<DocumentTerms> docs = new ArrayList<>(extracted.size());
        List<DocumentExtraction> extractions = new ArrayList<>(extracted.size());
        for (Extracted e : extracted) {
            if (e.error() != null) {
                errors.add(e.error());
            } else {
                docs.add(e.terms());
                extractions.add(e.extraction());
            }
        }
        return assemble(docs, extractions, errors);
    }

    private Result assemble(List<DocumentTerms> docs, List<DocumentExtraction> extractions, List<String> errors) {
        VocabularyBuilder builder = new VocabularyBuilder(config);
        if (!keepExtractions) builder.compact();   // no lexicon is built from this result
        docs.forEach(builder::add);
        Graph g = builder.build();
        List<String> notes = new ArrayList<>(overlay.errors());
        CurationOperation.apply(g, overlay, config.base()).stale().forEach(x -> notes.add("curation: " + x + " (no longer applies)"));
        return new Result(g, builder.prefixes(), errors, docs.size(), builder.conceptCount(), List.copyOf(extractions), notes);
    }

    /** The curation overlay this converter applies (empty when none). */
    public Overlay overlay() { return overlay; }

    public Result convert(List<Path> inputs) { return convert(inputs, null, null); }

    /**
     * One document's extraction and what the vocabulary builder reads of it, or the one-line reason it failed. Without
     * kept extractions, the extraction is an empty one naming the document and the terms come without the text.
     */
    private record Extracted(DocumentExtraction extraction, DocumentTerms terms, String error) {
        static Extracted failed(String error) { return new Extracted(null, null, error); }
    }

    /** Reads and extracts every file on {@code threads} threads; the results come back in the order of {@code files}. */
    private List<Extracted> extractAll(List<Path> files, Consumer<Path> progress) {
        java.util.Map<String, Long> names = new java.util.HashMap<>();
        for (Path f : files) names.merge(f.getFileName().toString(), 1L, Long::sum);
        ThreadLocal<DocumentReader> readers = ThreadLocal.withInitial(DocumentReader::new);
        ThreadLocal<ConceptExtractor> extractors = ThreadLocal.withInitial(ConceptExtractor::new);
        Object lock = new Object();
        java.util.function.Function<Path, Extracted> one = f -> {
            // two documents with one file name: tell them apart by their path
            String id = names.get(f.getFileName().toString()) > 1 ? f.normalize().toString().replace(java.io.File.separatorChar, '/') : null;
            Extracted e = extract(f, id, readers.get(), extractors.get());
            if (progress != null) synchronized (lock) { progress.accept(f); }
            return e;
        };
        List<java.util.concurrent.Callable<Extracted>> tasks = new ArrayList<>(files.size());
        for (Path f : files) tasks.add(() -> one.apply(f));
        return org.medvocab.util.InOrder.run(tasks, threads, "medvocab-convert");
    }

    /** Reads and extracts one file; {@code id}, when not null, replaces the document's own id. */
    private Extracted extract(Path f, String id, DocumentReader reader, ConceptExtractor extractor) {
        try {
            SourceDocument doc = TextBounds.apply(reader.read(f));
            if (id != null && !id.equals(doc.id())) doc = doc.withId(id);
            DocumentExtraction ex = extractor.extract(doc);
            if (keepExtractions) return new Extracted(ex, DocumentTerms.of(ex), null);
            DocumentTerms terms = DocumentTerms.of(ex).withoutText();
            return new Extracted(new DocumentExtraction(terms.document(), ex.kind()), terms, null);
        } catch (IngestException e) {
            return Extracted.failed(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Extracted.failed(f + ": cannot be converted (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }
}

package org.medvocab.extract;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.medvocab.ingest.DocumentFormat;
import org.medvocab.ingest.DocumentReader;
import org.medvocab.ingest.IngestException;
import org.medvocab.ingest.SourceDocument;

/** Shared helpers for the extract-stage tests: documents from inline text and look-ups in an extraction. */
final class ExtractFixtures {
    private ExtractFixtures() {}

    /** A plain-text document read through the normal ingest path. */
    static SourceDocument doc(String id, String text) {
        try {
            return new DocumentReader().read(id, text.getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT);
        } catch (IngestException e) {
            throw new AssertionError("test document could not be read: " + e.getMessage(), e);
        }
    }

    /** Runs the extract stage (kind detection and the matching extractor) on inline text. */
    static DocumentExtraction extract(String text) {
        return extract("test.txt", text);
    }

    /** The extraction of {@code text} read as the document {@code id} (a file name the extractor may read a subject from). */
    static DocumentExtraction extract(String id, String text) {
        return new ConceptExtractor().extract(doc(id, text));
    }

    static Optional<TermRecord> find(DocumentExtraction ex, String label, String sense) {
        return ex.terms().stream()
            .filter(t -> t.label().equals(label) && Objects.equals(t.sense(), sense))
            .findFirst();
    }

    /** The record with this exact label and no sense qualifier; fails listing all records when absent. */
    static TermRecord term(DocumentExtraction ex, String label) {
        return term(ex, label, null);
    }

    static TermRecord term(DocumentExtraction ex, String label, String sense) {
        return find(ex, label, sense).orElseGet(() -> fail("no term '" + label + "'"
            + (sense == null ? "" : " (" + sense + ")") + " in " + describe(ex)));
    }

    static boolean has(DocumentExtraction ex, String label) {
        return ex.terms().stream().anyMatch(t -> t.label().equals(label));
    }

    static List<String> labels(DocumentExtraction ex) {
        return ex.terms().stream().map(TermRecord::label).toList();
    }

    static List<String> targets(TermRecord t, RelationKind kind) {
        return t.relations().stream().filter(r -> r.kind() == kind).map(TermRecord.Relation::target).toList();
    }

    static TermRecord.Relation relation(TermRecord t, RelationKind kind, String target) {
        return t.relations().stream().filter(r -> r.kind() == kind && r.target().equals(target)).findFirst()
            .orElseGet(() -> fail("no " + kind + " relation to '" + target + "' on " + t));
    }

    static List<String> broader(TermRecord t) {
        return t.broader().stream().map(TermRecord.Broader::target).toList();
    }

    static List<String> crossRefs(TermRecord t, CrossRefKind kind) {
        return t.crossRefs().stream().filter(c -> c.kind() == kind).map(TermRecord.CrossRef::target).toList();
    }

    static List<String> definitions(TermRecord t) {
        return t.definitions().stream().map(TermRecord.Definition::text).toList();
    }

    /** All records, one per line, for failure messages. */
    static String describe(DocumentExtraction ex) {
        StringBuilder sb = new StringBuilder("[");
        for (TermRecord t : ex.terms()) sb.append("\n  ").append(t);
        return sb.append("\n]").toString();
    }
}

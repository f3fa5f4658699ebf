package org.medvocab.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.medvocab.ingest.DocumentReader;
import org.medvocab.ingest.IngestException;

/**
 * The plain text of source documents, read from the corpus folder the vocabulary was built from (by their
 * {@code dct:identifier}, the file name) and rendered as the converter saw it, so that evidence offsets point into it.
 */
final class SourceTexts {

    private final Path corpus;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    /** @param corpus the corpus folder, or null when there is none (no text is shown) */
    SourceTexts(Path corpus) {
        this.corpus = corpus;
    }

    /** The text of the document with this file name, when the corpus holds it. */
    Optional<String> text(String identifier) {
        if (corpus == null || identifier == null || identifier.isBlank()) return Optional.empty();
        return cache.computeIfAbsent(identifier, this::read);
    }

    private Optional<String> read(String identifier) {
        Path file = corpus.resolve(identifier).normalize();
        if (!file.startsWith(corpus.normalize()) || !Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(new DocumentReader().read(file).text());
        } catch (IngestException e) {
            return Optional.empty();
        }
    }
}

package org.medvocab.extract;

import org.medvocab.ingest.SourceDocument;

/** The extract stage's entry point: detects a document's kind and runs the matching extractor. */
public final class ConceptExtractor {
    private final EncyclopediaExtractor encyclopedia = new EncyclopediaExtractor();
    private final DictionaryExtractor dictionary = new DictionaryExtractor();

    public DocumentExtraction extract(SourceDocument doc) {
        DocumentKind kind = KindDetector.detect(doc.text());
        DocumentExtraction ex = kind == DocumentKind.DICTIONARY ? dictionary.extract(doc) : encyclopedia.extract(doc, kind);
        ex.dropNonTerms(org.medvocab.ground.Grounder.get()::isTerm);
        return ex;
    }
}

package org.medvocab.extract;

import org.medvocab.ingest.SourceDocument;

/** The extract stage's entry point: detects a document's kind and runs the matching extractor. */
public final class ConceptExtractor {
    private final EncyclopediaExtractor encyclopedia = new EncyclopediaExtractor();
    private final DictionaryExtractor dictionary = new DictionaryExtractor();

    /** A word is dropped as a non-term only when the grounding rejects it and it has no noun reading at all. */
    static boolean mayBeTerm(String word) {
        return org.medvocab.ground.Grounder.get().isTerm(word) || org.medvocab.ground.WordNetLexicon.get().readings(word.toLowerCase(java.util.Locale.ROOT))
            .contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN);
    }

    public DocumentExtraction extract(SourceDocument doc) {
        DocumentKind kind = KindDetector.detect(doc.text());
        DocumentExtraction ex = kind == DocumentKind.DICTIONARY ? dictionary.extract(doc) : encyclopedia.extract(doc, kind);
        ex.dropNonTerms(ConceptExtractor::mayBeTerm);
        return ex;
    }
}

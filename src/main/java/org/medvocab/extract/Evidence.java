package org.medvocab.extract;

/** Where a statement came from: the source document and the sentence (character offsets into its text). */
public record Evidence(String documentId, int start, int end, String text) {
    public Evidence {
        text = text == null ? "" : text.strip();
    }
}

package org.medvocab.ingest;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One ingested document, rendered to plain text.
 *
 * <p>The text has one block per line, a blank line between paragraphs, headings on lines of
 * their own and list items as lines starting with {@code "- "} (or {@code "1. "} for numbered
 * Markdown lists). Line ends are LF, the text is in Unicode NFC and non-breaking spaces are
 * plain spaces. Character offsets used downstream (evidence spans) refer to this text.
 *
 * @param id the file name, e.g. {@code "000_abc.txt"}; stable identifier of the document
 * @param path where the document was read from (for in-memory documents, {@code Path.of(id)})
 * @param format the source format
 * @param text the document as plain text
 * @param sha256 lowercase hex SHA-256 of the raw file bytes
 * @param title the {@code <h1>} or {@code <title>} of an HTML document, the first {@code "# "}
 *     heading of a Markdown document, the title of a PDF or Word document, or {@code null}
 * @param pageStarts for a paged source (PDF, Word), the offset in {@code text} at which each page
 *     starts (index 0 is page 1); empty for the other formats
 */
public record SourceDocument(String id, Path path, DocumentFormat format, String text, String sha256,
        String title, List<Integer> pageStarts) {

    /**
     * A document without pages (text, HTML, Markdown).
     *
     * @param id the file name
     * @param path where the document was read from
     * @param format the source format
     * @param text the document as plain text
     * @param sha256 lowercase hex SHA-256 of the raw bytes
     * @param title the document title, or null
     */
    public SourceDocument(String id, Path path, DocumentFormat format, String text, String sha256, String title) {
        this(id, path, format, text, sha256, title, List.of());
    }

    /**
     * Checks that every component except {@code title} is present.
     *
     * @param id the file name
     * @param path where the document was read from
     * @param format the source format
     * @param text the document as plain text
     * @param sha256 lowercase hex SHA-256 of the raw bytes
     * @param title the document title, or null
     * @param pageStarts page start offsets, or empty
     */
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        pageStarts = List.copyOf(pageStarts);
    }

    /**
     * The same document under another id.
     *
     * @param newId the new id
     * @return a copy with that id
     */
    public SourceDocument withId(String newId) {
        return new SourceDocument(newId, path, format, text, sha256, title, pageStarts);
    }

    /**
     * The page a character offset falls on.
     *
     * @param offset an offset in {@code text}
     * @return the 1-based page number, or 0 for a document without pages
     */
    public int page(int offset) {
        int i = Collections.binarySearch(pageStarts, offset);
        if (i < 0) {
            return -i - 1;
        }
        while (i + 1 < pageStarts.size() && pageStarts.get(i + 1) == offset) {
            i++;
        }
        return i + 1;
    }
}

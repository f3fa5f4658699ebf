package org.medvocab.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.medvocab.page.Page;
import org.medvocab.page.PlainTextSegmenter;

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
 *     heading of a Markdown document, or {@code null} (always for plain text)
 * @param page the typed blocks of {@code text} (offsets into {@code text}): from the renderer's
 *     structure for HTML and Markdown, from {@link PlainTextSegmenter} for plain text
 */
public record SourceDocument(String id, Path path, DocumentFormat format, String text, String sha256,
        String title, Page page) {

    /**
     * A document whose page is segmented from its text as plain text.
     *
     * @param id the file name
     * @param path where the document was read from
     * @param format the source format
     * @param text the document as plain text
     * @param sha256 lowercase hex SHA-256 of the raw bytes
     * @param title the document title, or null
     */
    public SourceDocument(String id, Path path, DocumentFormat format, String text, String sha256, String title) {
        this(id, path, format, text, sha256, title, null);
    }

    /**
     * Checks that every component except {@code title} is present; a null {@code page} is
     * segmented from {@code text}.
     *
     * @param id the file name
     * @param path where the document was read from
     * @param format the source format
     * @param text the document as plain text
     * @param sha256 lowercase hex SHA-256 of the raw bytes
     * @param title the document title, or null
     * @param page the blocks of the text, or null to segment the text as plain text
     */
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        if (page == null || !page.text().equals(text)) {
            page = PlainTextSegmenter.segment(text);
        }
    }
}

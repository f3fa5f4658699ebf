package org.medvocab.ingest;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.medvocab.page.Page;
import org.medvocab.page.PlainTextSegmenter;

/**
 * An ingested document: its id and path, the format it was read as, its text, the SHA-256 of its bytes,
 * its title, where its pages start (paged sources) and its typed blocks.
 *
 * @param id the file name
 * @param path where the document was read from
 * @param format the source format
 * @param text the document as plain text
 * @param sha256 lowercase hex SHA-256 of the raw bytes
 * @param title the {@code <h1>}/{@code <title>} of an HTML document, the first heading of a Markdown
 *     document, the title of a PDF or Word document, or {@code null}
 * @param pageStarts for a paged source (PDF, Word), the offset in {@code text} at which each page
 *     starts (index 0 is page 1); empty for the other formats
 * @param page the typed blocks of {@code text} (offsets into {@code text}): from the renderer's
 *     structure for HTML and Markdown, from {@link PlainTextSegmenter} for plain text
 */
public record SourceDocument(String id, Path path, DocumentFormat format, String text, String sha256,
        String title, List<Integer> pageStarts, Page page) {

    /** A document without pages whose blocks are segmented from its text as plain text. */
    public SourceDocument(String id, Path path, DocumentFormat format, String text, String sha256, String title) {
        this(id, path, format, text, sha256, title, List.of(), null);
    }

    /** A document without pages, with the blocks its renderer found (null: segment the text). */
    public SourceDocument(String id, Path path, DocumentFormat format, String text, String sha256, String title, Page page) {
        this(id, path, format, text, sha256, title, List.of(), page);
    }

    /** A paged document (PDF, Word); its blocks are segmented from its text. */
    public SourceDocument(String id, Path path, DocumentFormat format, String text, String sha256, String title,
            List<Integer> pageStarts) {
        this(id, path, format, text, sha256, title, pageStarts, null);
    }

    /** Checks that every component except {@code title} is present; a null {@code page} is segmented from {@code text}. */
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        pageStarts = List.copyOf(pageStarts == null ? List.of() : pageStarts);
        if (page == null || !page.text().equals(text)) {
            page = PlainTextSegmenter.segment(text);
        }
    }

    /** The same document under another id. */
    public SourceDocument withId(String newId) {
        return new SourceDocument(newId, path, format, text, sha256, title, pageStarts, page);
    }

    /** The 1-based page a character offset falls on, or 0 for a document without pages. */
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

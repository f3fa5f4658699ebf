package org.medvocab.ingest;

import java.util.Locale;

/**
 * The source formats medvocab reads. Text, HTML and Markdown are told apart by file-name extension
 * (and HTML also by its content); PDF and Word are recognised by their content only
 * ({@link FormatSniffer}).
 */
public enum DocumentFormat {
    /** Plain text ({@code .txt}, {@code .text}, no extension, or any unrecognised extension). */
    TEXT("text/plain"),
    /** HTML ({@code .html}, {@code .htm}, {@code .xhtml}), rendered to plain text by {@link HtmlText}. */
    HTML("text/html"),
    /** Markdown ({@code .md}, {@code .markdown}), rendered to plain text by {@link MarkdownText}. */
    MARKDOWN("text/markdown"),
    /** PDF (recognised by its {@code %PDF-} signature), rendered to plain text by {@link PdfText}. */
    PDF("application/pdf"),
    /** Word Office Open XML ({@code .docx}: a zip holding {@code word/document.xml}), rendered by {@link DocxText}. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** @return the IANA media type of the format ({@code dct:format} of a source document) */
    public String mediaType() {
        return mediaType;
    }

    /** The formats named in the error for an unsupported file. */
    public static final String SUPPORTED = "plain text, HTML, Markdown, PDF, Word .docx";

    /**
     * The format of a file, judged by its extension (case-insensitive).
     *
     * @param name a file name or path string
     * @return {@link #HTML} for .html/.htm/.xhtml, {@link #MARKDOWN} for .md/.markdown, otherwise
     *     {@link #TEXT} (so a file named explicitly with an odd extension is read as plain text)
     */
    public static DocumentFormat ofFileName(String name) {
        return switch (extension(name)) {
            case "html", "htm", "xhtml" -> HTML;
            case "md", "markdown" -> MARKDOWN;
            default -> TEXT;
        };
    }

    /**
     * Whether a file name carries one of the recognised document extensions
     * (.txt .text .html .htm .xhtml .md .markdown .pdf .docx). Used when scanning folders; a file without
     * an extension is not a document here even though {@link #ofFileName} would read it as text.
     *
     * @param name a file name or path string
     * @return true if the extension is a recognised document extension
     */
    public static boolean isDocumentFileName(String name) {
        return switch (extension(name)) {
            case "txt", "text", "html", "htm", "xhtml", "md", "markdown", "pdf", "docx" -> true;
            default -> false;
        };
    }

    /** Lower-cased extension of the last path segment, or "" if there is none (".profile" has none). */
    private static String extension(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

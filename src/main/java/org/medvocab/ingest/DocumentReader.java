package org.medvocab.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.medvocab.page.Page;
import org.medvocab.page.TaggedLines;

/**
 * Reads a document file, checks that it is UTF-8 text (or a PDF or Word document) and renders it to
 * plain text.
 *
 * <p>Checks, in order, each failing with an {@link IngestException} whose reason is one short
 * phrase: {@code "cannot be read (...)"}, {@code "empty document"} (zero bytes, or only
 * whitespace after rendering), {@code "PNG image, not a supported format (supported: ...)"} for a
 * known binary signature, {@code "binary file, not a supported format (...)"} (a NUL byte, or more than 10% control
 * bytes other than tab, LF, FF and CR), {@code "not UTF-8 (invalid byte 0xNN at offset N)"}
 * (strict decoding; a UTF-8 byte order mark is accepted and stripped) and, for HTML,
 * {@code "no text content"}. The text is then normalised: CRLF and CR become LF, Unicode NFC,
 * non-breaking spaces become spaces; every other character is kept.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class DocumentReader {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final double MAX_CONTROL_RATIO = 0.10;

    /** Renders a paged binary format to text with page offsets. */
    @FunctionalInterface
    private interface PagedRenderer {
        Rendered render(byte[] bytes) throws IOException;
    }

    /** The binary formats read by a renderer of their own, by format. */
    private static final Map<DocumentFormat, PagedRenderer> PAGED = Map.of(
            DocumentFormat.PDF, PdfText::render,
            DocumentFormat.DOCX, DocxText::render);

    /** Creates a reader. */
    public DocumentReader() {}

    /**
     * Reads a document from disk; its id is the file name. PDF, Word and HTML are recognised by
     * their content ({@link FormatSniffer}); otherwise the extension tells Markdown from text
     * ({@link DocumentFormat#ofFileName}). Other binary formats are refused.
     *
     * @param file the document file
     * @return the ingested document
     * @throws IngestException if the file cannot be read or is not a usable document
     */
    public SourceDocument read(Path file) throws IngestException {
        Path name = file.getFileName();
        String id = name == null ? file.toString() : name.toString();
        return read(id, file, readBytes(file), DocumentFormat.ofFileName(id));
    }

    /**
     * Reads a document held in memory. Its path is {@code Path.of(id)}, which is also the file
     * named in error messages.
     *
     * @param id the document id (normally a file name)
     * @param bytes the raw document bytes
     * @param format how to render the bytes
     * @return the ingested document
     * @throws IngestException if the bytes are not a usable document
     */
    public SourceDocument read(String id, byte[] bytes, DocumentFormat format) throws IngestException {
        return read(id, Path.of(id), bytes, format);
    }

    private static SourceDocument read(String id, Path path, byte[] bytes, DocumentFormat named)
            throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(path, "empty document");
        }
        DocumentFormat format = FormatSniffer.detect(path, bytes, named);
        PagedRenderer paged = PAGED.get(format);
        if (paged != null) {
            return readPaged(id, path, bytes, format, paged);
        }
        String decoded = normalise(decode(path, bytes));
        if (decoded.isBlank()) {
            throw new IngestException(path, "empty document");
        }
        String text;
        String title;
        Page page = null;
        switch (format) {
            case HTML -> {
                HtmlText html = HtmlText.render(decoded);
                if (html.body().isBlank()) {
                    throw new IngestException(path, "no text content");
                }
                text = normalise(html.text());
                title = normaliseTitle(html.title());
                page = TaggedLines.page(text, html.lineTags());
            }
            case MARKDOWN -> {
                MarkdownText markdown = MarkdownText.render(decoded);
                text = normalise(markdown.text());
                title = normaliseTitle(markdown.title());
                page = TaggedLines.page(text, markdown.lineTags());
            }
            default -> {
                text = decoded;
                title = null;
            }
        }
        if (text.isBlank()) {
            throw new IngestException(path, "empty document");
        }
        return new SourceDocument(id, path, format, text, sha256(bytes), title, page);
    }

    private static SourceDocument readPaged(String id, Path path, byte[] bytes, DocumentFormat format,
            PagedRenderer renderer) throws IngestException {
        Rendered r;
        try {
            r = renderer.render(bytes);
        } catch (IOException | RuntimeException e) {
            throw new IngestException(path, "cannot be read as " + format + " (" + describe(e) + ")", e);
        }
        if (r.text().isBlank()) {
            throw new IngestException(path, "no text content");
        }
        return new SourceDocument(id, path, format, r.text(), sha256(bytes), normaliseTitle(r.title()),
                r.pageStarts());
    }

    private static byte[] readBytes(Path file) throws IngestException {
        if (Files.isDirectory(file)) {
            throw new IngestException(file, "cannot be read (is a directory)");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file, "cannot be read (" + describe(e) + ")", e);
        }
    }

    /**
     * A short description of an I/O failure, without the path that file-system exceptions put
     * in their message: "no such file", "permission denied", "Is a directory", ...
     */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Checks the raw bytes and decodes them as strict UTF-8, without a leading BOM. */
    private static String decode(Path path, byte[] bytes) throws IngestException {
        if (isBinary(bytes)) {
            throw FormatSniffer.unsupported(path, "binary file");
        }
        int start = FormatSniffer.startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new IngestException(path, String.format(Locale.ROOT,
                    "not UTF-8 (invalid byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset));
        }
        return out.flip().toString();
    }

    /** True if the bytes contain NUL or more than 10% other control bytes (tab, LF, FF, CR allowed). */
    private static boolean isBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if ((b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
                controls++;
            }
        }
        return controls > bytes.length * MAX_CONTROL_RATIO;
    }

    /**
     * Normalises text: CRLF and lone CR become LF, the text is put in Unicode NFC and
     * non-breaking spaces (U+00A0, U+2007, U+202F) become ordinary spaces.
     *
     * @param text any text
     * @return the normalised text
     */
    static String normalise(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(lf, Normalizer.Form.NFC)
                .replace('\u00A0', ' ')
                .replace('\u2007', ' ')
                .replace('\u202F', ' ');
    }

    private static String normaliseTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = normalise(title).strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Lowercase hex SHA-256 of some bytes.
     *
     * @param bytes the raw bytes
     * @return 64 lowercase hex digits
     */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}

package org.medvocab.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private static final String BINARY =
            "binary file, not a supported format (supported: plain text, HTML, Markdown, PDF, Word .docx)";
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(UTF_8));
    }

    private IngestException failure(Path file) {
        return assertThrows(IngestException.class, () -> reader.read(file));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void readsPlainTextKeepingTypographicCharacters() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/ingest/angina.txt")) {
            bytes = in.readAllBytes();
        }
        Path file = write("000_angina.txt", bytes);

        SourceDocument doc = reader.read(file);

        assertEquals("000_angina.txt", doc.id());
        assertEquals(file, doc.path());
        assertEquals(DocumentFormat.TEXT, doc.format());
        assertNull(doc.title());
        assertEquals(new String(bytes, UTF_8), doc.text());
        assertEquals("• Stable angina – brought on by exertion", doc.text().lines().toList().get(4));
    }

    @Test
    void sha256IsTheLowercaseHexDigestOfTheRawBytes() throws Exception {
        byte[] bytes = "\uFEFFFever\r\nis a raised body temperature.\r\n".getBytes(UTF_8);
        SourceDocument doc = reader.read(write("fever.txt", bytes));

        assertEquals(sha256(bytes), doc.sha256());
        assertEquals(64, doc.sha256().length());
        assertEquals(doc.sha256().toLowerCase(), doc.sha256());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'O', 'k'};
        assertEquals("Ok", reader.read(write("bom.txt", bytes)).text());
    }

    @Test
    void lineEndsAreNormalisedToLineFeeds() throws Exception {
        SourceDocument doc = reader.read(write("crlf.txt", "Gout\r\n\r\nA form of arthritis.\rSee also: uric acid.\n"));
        assertEquals("Gout\n\nA form of arthritis.\nSee also: uric acid.\n", doc.text());
    }

    @Test
    void textIsComposedToNfcAndNonBreakingSpacesBecomeSpaces() throws Exception {
        SourceDocument doc = reader.read(write("nfc.txt", "Me\u0301nie\u0300re\u00A0disease, 5\u202Fmg"));
        assertEquals("M\u00E9ni\u00E8re disease, 5 mg", doc.text());
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path file = write("empty.txt", new byte[0]);
        IngestException e = failure(file);
        assertEquals("empty document", e.reason());
        assertEquals(file, e.file());
        assertEquals(file + ": empty document", e.getMessage());
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws Exception {
        assertEquals("empty document", failure(write("blank.txt", " \r\n\t\n\u00A0\n")).reason());
    }

    @Test
    void fileWithNulByteIsBinary() throws Exception {
        assertEquals(BINARY, failure(write("nul.txt", new byte[] {'a', 'b', 0, 'c'})).reason());
    }

    @Test
    void fileWithManyControlCharactersIsBinary() throws Exception {
        byte[] bytes = "abcdefghij".getBytes(UTF_8);
        bytes[3] = 0x01;
        bytes[7] = 0x1B; // 2 of 10 bytes are control characters
        assertEquals(BINARY, failure(write("ctl.txt", bytes)).reason());
    }

    @Test
    void fewControlCharactersAndAllowedWhitespaceAreAccepted() throws Exception {
        String text = "Page one\fPage two\tcolumn\r\n\u001B" + "x".repeat(30);
        assertEquals("Page one\fPage two\tcolumn\n\u001B" + "x".repeat(30), reader.read(write("ok.txt", text)).text());
    }

    @Test
    void latin1BytesAreNotUtf8AndTheOffendingByteIsReported() throws Exception {
        Path file = write("latin1.txt", "Caf\u00E9 au lait".getBytes(ISO_8859_1));
        IngestException e = failure(file);
        assertEquals("not UTF-8 (invalid byte 0xE9 at offset 3)", e.reason());
        assertEquals(file + ": not UTF-8 (invalid byte 0xE9 at offset 3)", e.getMessage());
    }

    @Test
    void invalidByteOffsetCountsFromTheStartOfTheFileIncludingTheBom() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xFF, 'c'};
        assertEquals("not UTF-8 (invalid byte 0xFF at offset 5)", failure(write("bom-bad.txt", bytes)).reason());
    }

    @Test
    void truncatedMultiByteSequenceAtTheEndIsNotUtf8() throws Exception {
        byte[] bytes = {'o', 'k', ' ', (byte) 0xE2, (byte) 0x80};
        assertEquals("not UTF-8 (invalid byte 0xE2 at offset 3)", failure(write("cut.txt", bytes)).reason());
    }

    @Test
    void directoryCannotBeRead() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        IngestException e = failure(folder);
        assertEquals("cannot be read (is a directory)", e.reason());
        assertEquals(folder, e.file());
    }

    @Test
    void missingFileCannotBeRead() {
        Path missing = dir.resolve("missing.txt");
        IngestException e = failure(missing);
        assertEquals("cannot be read (no such file)", e.reason());
        assertEquals(missing + ": cannot be read (no such file)", e.getMessage());
    }

    @Test
    void fileWithoutReadPermissionCannotBeRead() throws Exception {
        Path file = write("secret.txt", "classified");
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(file), "running with privileges that ignore file permissions");
        assertEquals("cannot be read (permission denied)", failure(file).reason());
    }

    @Test
    void htmlWithoutTextContentIsRejected() throws Exception {
        String html = "<html><head><title>Only a title</title><script>var x = 1;</script></head>"
                + "<body><nav><a href='/'>Home</a></nav><footer>Footer</footer></body></html>";
        assertEquals("no text content", failure(write("hollow.html", html)).reason());
    }

    @Test
    void whitespaceOnlyHtmlIsEmptyRatherThanHollow() throws Exception {
        assertEquals("empty document", failure(write("blank.html", "\n  \n")).reason());
    }

    @Test
    void markdownThatRendersToNothingIsEmpty() throws Exception {
        assertEquals("empty document", failure(write("comment.md", "<!-- nothing here yet -->\n\n---\n")).reason());
    }

    @Test
    void formatIsTakenFromTheExtension() throws Exception {
        SourceDocument html = reader.read(write("p.htm", "<title>T</title><p>Body</p>"));
        SourceDocument md = reader.read(write("p.markdown", "# T\n\nBody"));
        SourceDocument other = reader.read(write("p.log", "<p>not parsed</p>"));

        assertEquals(DocumentFormat.HTML, html.format());
        assertEquals("T\n\nBody\n", html.text());
        assertEquals("T", html.title());
        assertEquals(DocumentFormat.MARKDOWN, md.format());
        assertEquals("T\n\nBody\n", md.text());
        assertEquals("T", md.title());
        assertEquals(DocumentFormat.TEXT, other.format());
        assertEquals("<p>not parsed</p>", other.text());
    }

    @Test
    void inMemoryDocumentsUseTheIdAsPath() throws Exception {
        byte[] bytes = "# Asthma\n\nA disease of the airways.".getBytes(UTF_8);
        SourceDocument doc = reader.read("asthma.md", bytes, DocumentFormat.MARKDOWN);

        assertEquals("asthma.md", doc.id());
        assertEquals(Path.of("asthma.md"), doc.path());
        assertEquals("Asthma", doc.title());
        assertEquals("Asthma\n\nA disease of the airways.\n", doc.text());
        assertEquals(sha256(bytes), doc.sha256());

        IngestException e = assertThrows(IngestException.class,
                () -> reader.read("x.txt", new byte[] {(byte) 0xC0, 'a'}, DocumentFormat.TEXT));
        assertEquals("x.txt: not UTF-8 (invalid byte 0xC0 at offset 0)", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}

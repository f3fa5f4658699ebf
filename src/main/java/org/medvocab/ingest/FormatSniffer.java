package org.medvocab.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises a document's format from its content (magic bytes), not its file name: PDF by its
 * {@code %PDF-} signature, Word by a zip archive holding {@code word/document.xml}, HTML by a
 * leading doctype or {@code <html>} tag. Other binary formats with a known signature are refused
 * with an {@link IngestException} naming the format found and the supported ones.
 */
public final class FormatSniffer {
    /** A known file signature: the bytes at offset 0 and the format they mean (null = refuse). */
    private record Signature(byte[] magic, DocumentFormat format, String name) {
        Signature(String hex, DocumentFormat format, String name) {
            this(HexFormat.of().parseHex(hex), format, name);
        }
    }

    /** The signature table; order matters only where one signature is a prefix of another. */
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("255044462d", DocumentFormat.PDF, "PDF"),
            new Signature("504b0304", null, "zip archive"),
            new Signature("d0cf11e0a1b11ae1", null, "legacy Microsoft Office file (.doc/.xls/.ppt)"),
            new Signature("7b5c727466", null, "RTF document"),
            new Signature("89504e47", null, "PNG image"),
            new Signature("ffd8ff", null, "JPEG image"),
            new Signature("47494638", null, "GIF image"),
            new Signature("49492a00", null, "TIFF image"),
            new Signature("4d4d002a", null, "TIFF image"),
            new Signature("1f8b", null, "gzip archive"),
            new Signature("377abcaf271c", null, "7-zip archive"),
            new Signature("7f454c46", null, "executable"));

    /** Zip entries that name the kind of Office Open XML / OpenDocument package a zip is. */
    private static final List<String[]> ZIP_KINDS = List.of(
            new String[] {"xl/", "Excel workbook (.xlsx)"},
            new String[] {"ppt/", "PowerPoint presentation (.pptx)"},
            new String[] {"content.xml", "OpenDocument file"});
    private static final String WORD_PART = "word/document.xml";
    private static final Pattern HTML_START = Pattern.compile(
            "^\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int HTML_SNIFF_BYTES = 1024;

    private FormatSniffer() {}

    /**
     * The format of some bytes.
     *
     * @param path the file, for error messages
     * @param bytes the raw bytes
     * @param byName the format the file name suggests (used to tell Markdown from text)
     * @return PDF or DOCX when the content says so, HTML for HTML content, otherwise {@code byName}
     * @throws IngestException for a binary format that is not supported
     */
    public static DocumentFormat detect(Path path, byte[] bytes, DocumentFormat byName) throws IngestException {
        for (Signature s : SIGNATURES) {
            if (startsWith(bytes, s.magic())) {
                if (s.format() != null) {
                    return s.format();
                }
                String name = s.name().equals("zip archive") ? zipKind(bytes) : s.name();
                if (name == null) {
                    return DocumentFormat.DOCX;
                }
                throw unsupported(path, name);
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, HTML_SNIFF_BYTES), StandardCharsets.UTF_8);
        if (byName != DocumentFormat.HTML && HTML_START.matcher(head).find()) {
            return DocumentFormat.HTML;
        }
        return byName == DocumentFormat.PDF || byName == DocumentFormat.DOCX ? DocumentFormat.TEXT : byName;
    }

    /**
     * The refusal for a format medvocab does not read.
     *
     * @param path the file
     * @param what what the file is ("PNG image", "binary file")
     * @return the exception, whose reason names the supported formats
     */
    static IngestException unsupported(Path path, String what) {
        return new IngestException(path, what + ", not a supported format (supported: "
                + DocumentFormat.SUPPORTED + ")");
    }

    /** What a zip archive is: null for a Word document, else a name for the error message. */
    private static String zipKind(byte[] bytes) {
        String kind = "zip archive";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (name.equals(WORD_PART)) {
                    return null;
                }
                for (String[] k : ZIP_KINDS) {
                    if (name.startsWith(k[0])) {
                        kind = k[1];
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return "damaged zip archive";
        }
        return kind;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

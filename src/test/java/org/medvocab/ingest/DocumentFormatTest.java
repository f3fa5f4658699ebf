package org.medvocab.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentFormatTest {

    @ParameterizedTest
    @CsvSource({
        "000_abc.txt, TEXT",
        "notes.TEXT, TEXT",
        "README, TEXT",
        "data.csv, TEXT",
        ".profile, TEXT",
        "page.html, HTML",
        "PAGE.HTM, HTML",
        "page.xhtml, HTML",
        "corpus/sub.dir/page.htm, HTML",
        "glossary.md, MARKDOWN",
        "glossary.Markdown, MARKDOWN",
        "archive.md.txt, TEXT",
    })
    void formatFollowsTheExtension(String name, DocumentFormat expected) {
        assertEquals(expected, DocumentFormat.ofFileName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "a.text", "a.html", "a.HTM", "a.xhtml", "a.md", "a.markdown", "a.pdf", "a.DOCX"})
    void documentExtensionsAreRecognised(String name) {
        assertTrue(DocumentFormat.isDocumentFileName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"README", "a.doc", "a.png", "a.txt~", "a.html.bak", ".md", "dir.md/file"})
    void otherNamesAreNotDocuments(String name) {
        assertFalse(DocumentFormat.isDocumentFileName(name));
    }
}

package org.medvocab.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medvocab.ingest.DocumentReader;
import org.medvocab.page.Boilerplate;
import org.medvocab.page.Page;

/**
 * One fixture folder per layout under {@code src/test/resources/layouts/<layout-name>/} (more for a layout as
 * {@code <layout-name>--<variant>/}): a page
 * ({@code page.txt}, {@code page.html} or {@code page.md}) and {@code expected.tsv} in the
 * {@link EntryRows} format. For each folder the page is ingested, its chrome removed, the registry
 * (the converter's own classifier) must pick the layout the folder is named after, and its entries must give exactly the expected rows.
 */
class LayoutFixturesTest {
    private static final LayoutRegistry REGISTRY = LayoutRegistry.standard();

    static Stream<Path> folders() throws IOException, URISyntaxException {
        Path root = Path.of(LayoutFixturesTest.class.getResource("/layouts").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void pageGivesTheExpectedEntries(Path folder) throws Exception {
        String layoutName = folder.getFileName().toString().split("--")[0];
        Path pageFile;
        try (Stream<Path> files = Files.list(folder)) {
            pageFile = files.filter(f -> f.getFileName().toString().startsWith("page.")).findFirst().orElseThrow();
        }
        Page page = org.medvocab.extract.ConceptExtractor.boilerplate().content(new DocumentReader().read(pageFile).page());
        assertTrue(REGISTRY.byName(layoutName).isPresent(), "no layout registered as " + layoutName);
        assertEquals(layoutName, REGISTRY.best(page).name(), "layout detected on " + pageFile);
        List<String> actual = EntryRows.of(REGISTRY.best(page).entries(page, pageFile.getFileName().toString()));
        Path expectedFile = folder.resolve("expected.tsv");
        if (Boolean.getBoolean("layouts.print")) {
            System.out.println("### " + layoutName + "\n" + String.join("\n", actual));
        }
        List<String> expected = Files.readAllLines(expectedFile).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual), "entries of " + pageFile);
    }
}

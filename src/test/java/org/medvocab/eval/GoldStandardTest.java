package org.medvocab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading gold TSV files: row kinds, columns, and clear errors naming the file and line. */
class GoldStandardTest {
    static final Path GOLD = Path.of("src/test/resources/eval/corpus/gold");

    @TempDir Path tmp;

    @Test void readsTheFixtureGold() throws Exception {
        GoldStandard g = GoldStandard.read(GOLD.resolve("feeding-tube.tsv"));
        assertEquals("feeding-tube", g.document());
        assertEquals(9, g.rows(RowKind.CONCEPT).size());
        assertEquals(1, g.rows(RowKind.ALT_LABEL).size());
        assertEquals(1, g.rows(RowKind.BROADER).size());
        assertEquals(1, g.rows(RowKind.DEFINITION).size());
        assertEquals(9, g.rows(RowKind.RELATED).size());
        Row first = g.rows().get(0);
        assertEquals(Row.concept("feeding tube").atLine(2), first); // line 1 is a comment
        Row site = g.rows(RowKind.RELATED).stream().filter(r -> r.relation().equals("insertion site")).findFirst().orElseThrow();
        assertEquals("nasogastric tube", site.subject());
        assertEquals("nostril", site.object());
        assertEquals(21, site.line()); // the blank line counts
    }

    @Test void readsAFolderByDocumentName() throws Exception {
        Map<String, GoldStandard> all = GoldStandard.readFolder(GOLD);
        assertEquals(List.of("feeding-tube", "stent"), List.copyOf(all.keySet()));
    }

    @Test void acceptsCrLfBomAndSurroundingSpaces() throws Exception {
        Path f = write("crlf.tsv", "\uFEFFconcept\tpump\r\naltLabel\t pump \tIABP\r\n\r\nrelated\tpump\tInsertion Site\tartery\r\n");
        GoldStandard g = GoldStandard.read(f);
        assertEquals(List.of(Row.concept("pump").atLine(1), Row.altLabel("pump", "IABP").atLine(2),
            Row.related("pump", "insertion site", "artery").atLine(4)), g.rows());
    }

    @Test void badRowKindNamesFileAndLine() throws Exception {
        Path f = write("bad-kind.tsv", "concept\tpump\nnarrower\tpump\tdevice\n");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldStandard.read(f));
        assertEquals(f + ":2: unknown row kind 'narrower' (expected concept, altLabel, broader, definition, related)", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(f, e.file());
    }

    @Test void wrongColumnCountNamesFileAndLine() throws Exception {
        Path f = write("columns.tsv", "concept\tpump\nconcept\tpump\textra\n");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldStandard.read(f));
        assertEquals(f + ":2: a concept row has 2 tab-separated columns (concept, label), found 3", e.getMessage());

        Path g = write("related.tsv", "related\tpump\trisk\n");
        e = assertThrows(GoldFormatException.class, () -> GoldStandard.read(g));
        assertEquals(g + ":1: a related row has 4 tab-separated columns (related, concept, kind, other), found 3", e.getMessage());

        // spaces instead of a tab leave one column
        Path h = write("spaces.tsv", "\n\naltLabel pump IABP\n");
        e = assertThrows(GoldFormatException.class, () -> GoldStandard.read(h));
        assertTrue(e.getMessage().startsWith(h + ":3: unknown row kind 'altLabel pump IABP'"), e.getMessage());
    }

    @Test void badRelatedKindAndEmptyFieldsAreErrors() throws Exception {
        Path f = write("kind.tsv", "related\tpump\tcauses\tbleeding\n");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldStandard.read(f));
        assertTrue(e.getMessage().startsWith(f + ":1: unknown related kind 'causes' (expected one of indication, risk,"), e.getMessage());

        Path g = write("empty.tsv", "definition\tpump\t \n");
        e = assertThrows(GoldFormatException.class, () -> GoldStandard.read(g));
        assertEquals(g + ":1: empty prefix (column 3) in a definition row", e.getMessage());
    }

    @Test void unreadableFilesAreErrors() throws Exception {
        Path f = tmp.resolve("latin1.tsv");
        Files.write(f, new byte[] {'c', 'o', 'n', 'c', 'e', 'p', 't', '\t', (byte) 0xE9, '\n'});
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldStandard.read(f));
        assertEquals(f + ": not UTF-8", e.getMessage());

        Path missing = tmp.resolve("missing.tsv");
        e = assertThrows(GoldFormatException.class, () -> GoldStandard.read(missing));
        assertTrue(e.getMessage().startsWith(missing + ": cannot be read"), e.getMessage());
    }

    @Test void aBadFileInAFolderStopsTheRead() throws Exception {
        write("a.tsv", "concept\tpump\n");
        Path bad = write("b.tsv", "concept\n");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldStandard.readFolder(tmp));
        assertTrue(e.getMessage().startsWith(bad + ":1: a concept row has 2"), e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }
}

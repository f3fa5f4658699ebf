package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.medvocab.link.LinkFixtures.SHARED;
import static org.medvocab.link.LinkFixtures.read;
import static org.medvocab.link.LinkFixtures.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables: TSV with a header and quoted cells, CSV with quoted delimiters and line breaks, Latin-1 pipe files, errors. */
class DelimitedTargetReaderTest {
    @TempDir Path tmp;

    static DelimitedTargetReader reader(String spec) {
        return (DelimitedTargetReader) TargetSpec.parse(spec).reader(new Curies());
    }

    @Test void tsvWithHeaderQuotesRepeatsAndTreeNumbers() {
        DelimitedTargetReader r = reader("file=" + resource("tools.tsv") + ",prefix=TL,id=code,label=name,kind-column=tree");
        LinkFixtures.Collected c = read(r);
        assertEquals(List.of("Sprocket Valve"), c.byId().get("TL:T-1"), "quotes stripped, the repeated row read once");
        assertEquals(List.of("Drip pumps"), c.byId().get("TL:T-2"));
        assertEquals(4, r.rows(), "the empty line is not a row");
        assertEquals(3, r.labels());
        assertEquals(Set.of(Kind.DEVICE), r.kindOf("TL:T-1"), "E07 tree numbers");
        assertEquals(Set.of(Kind.CONDITION), r.kindOf("TL:T-3"));
    }

    @Test void csvWithQuotedCommasDoubledQuotesAndLineBreaks() {
        LinkFixtures.Collected c = read(reader(resource("tools.csv").toString()));
        assertEquals(List.of("Valve, Sprocket"), c.byId().get("X:1"));
        assertEquals(List.of("The \"blue\" duct"), c.byId().get("X:2"));
        assertEquals(List.of("zinc\nion"), c.byId().get("X:3"));
    }

    @Test void latin1PipeFileWithStrayQuotes() throws IOException {
        Path f = tmp.resolve("devices.txt");
        String text = "PANEL|CODE|NAME|NOTE\nAA|QQA|Pump, Drip|a \"stray quote\nAA|QQB|Valve, R\u00f6ntgen|\"\nAA|QQC|Tube, Blue|plain\n";
        Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
        DelimitedTargetReader r = reader("file=" + f + ",prefix=DEV,id=CODE,label=NAME,encoding=ISO-8859-1,quote=none,kind=device");
        LinkFixtures.Collected c = read(r);
        assertEquals(3, r.rows(), "stray quotes do not merge rows");
        assertEquals(List.of("Valve, R\u00f6ntgen"), c.byId().get("DEV:QQB"));
        assertTrue(c.labels.stream().allMatch(l -> l.kindHint().equals(Set.of(Kind.DEVICE))));

        TargetException e = assertThrows(TargetException.class, () -> read(reader("file=" + f + ",prefix=DEV,id=CODE,label=NAME")));
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("not UTF-8") && e.reason().contains("0xF6") && e.reason().contains("ISO-8859-1"), e.getMessage());
    }

    @Test void errorsNameFileLineAndReason() throws IOException {
        Path f = tmp.resolve("short.tsv");
        Files.writeString(f, "id\tlabel\tkind\nA:1\tfirst\tdevice\nA:2\n");
        TargetException e = assertThrows(TargetException.class, () -> read(reader("file=" + f + ",label=label")));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(f + ": line 3: 1 column, expected at least 2"), e.getMessage());

        e = assertThrows(TargetException.class, () -> read(reader("file=" + f + ",label=name")));
        assertTrue(e.reason().contains("no label column 'name'") && e.reason().contains("id, label, kind"), e.getMessage());

        Path noPrefix = tmp.resolve("ids.tsv");
        Files.writeString(noPrefix, "D1\tone\n");
        e = assertThrows(TargetException.class, () -> read(reader(noPrefix.toString())));
        assertEquals(1, e.line());
        assertTrue(e.reason().contains("no prefix"), e.getMessage());
        assertEquals("P:D1", read(reader(noPrefix + ":P")).labels.get(0).id());
    }

    @Test void idPatternSkipsRowsOfAnotherSort() throws IOException {
        Path f = tmp.resolve("terms.tsv");
        Files.writeString(f, "GO:0000001\tsome process\npart_of\tpart of\n");
        DelimitedTargetReader r = (DelimitedTargetReader) TargetSpec.parse(f.toString()).with("id-pattern", "GO:\\d+").reader(new Curies());
        LinkFixtures.Collected c = read(r);
        assertEquals(1, c.labels.size());
        assertEquals(1, r.skipped());
        assertEquals(Set.of(Kind.MECHANISM), c.labels.get(0).kindHint(), "GO prefix");
    }

    @Test void realFdaFileYieldsAllItsRows() throws IOException {
        assumeTrue(LinkFixtures.shared(), "../shared/linking not present");
        Path f = SHARED.resolve("fda-openfda/foiclass.txt");
        DelimitedTargetReader r = reader("file=" + f + ",prefix=FDA_PRODUCT_CODE,id=PRODUCTCODE,label=DEVICENAME,encoding=ISO-8859-1,quote=none,kind=device");
        LinkFixtures.Collected c = read(r);
        long lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1).stream().filter(l -> !l.isBlank()).count() - 1;
        assertEquals(lines, r.rows(), "every data line is one row");
        assertEquals(6162, r.rows());
        assertEquals(List.of("Pump, Infusion"), c.byId().get("FDA_PRODUCT_CODE:FRN"));
        assertEquals(List.of("Console, Heart-Lung Machine, Cardiopulmonary Bypass"), c.byId().get("FDA_PRODUCT_CODE:DTQ"));
        // the few non-ASCII bytes are in the DEFINITION column: read it as the label to see them decoded
        LinkFixtures.Collected defs = read(reader("file=" + f + ",prefix=FDA_PRODUCT_CODE,id=PRODUCTCODE,label=DEFINITION,encoding=ISO-8859-1,quote=none"));
        assertTrue(defs.labels.stream().anyMatch(l -> l.label().chars().anyMatch(ch -> ch > 127 && ch != 0xFFFD)), "Latin-1 characters decoded");
        // with default quote handling (strip whole-field quotes only) the file also reads row by row
        DelimitedTargetReader strip = reader("file=" + f + ",prefix=FDA_PRODUCT_CODE,id=PRODUCTCODE,label=DEVICENAME,encoding=ISO-8859-1");
        read(strip);
        assertEquals(6162, strip.rows());
    }

    @Test void realMeshNamesAndQuotedDiseaseOntologyTable() {
        assumeTrue(LinkFixtures.shared(), "../shared/linking not present");
        DelimitedTargetReader mesh = reader(SHARED.resolve("dhimmel-mesh/terms.tsv") + ":MESH");
        LinkFixtures.Collected m = read(mesh);
        assertEquals(27455, mesh.rows());
        assertEquals(List.of("Heart"), m.byId().get("MESH:D006321"));
        DelimitedTargetReader doid = reader(SHARED.resolve("DO/allXREFinDO.cardio-subset.tsv").toString());
        LinkFixtures.Collected d = read(doid);
        assertEquals(129, doid.rows());
        assertEquals(18, d.labels.size(), "one label per disease, whatever the number of xref rows");
        assertEquals(List.of("hemolytic anemia"), d.byId().get("DOID:583"));
        assertEquals(Set.of(Kind.CONDITION), d.of("DOID:583").get(0).kindHint());
    }
}

package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The OBO reader on a made-up file, on broken files and on the real OBO files of ../shared/linking. */
class OboTargetReaderTest {
    @TempDir Path tmp;

    static OboTargetReader reader(Path p) {
        return new OboTargetReader(p, Set.of(), null, new Curies());
    }

    @Test void namesSynonymsScopesAndTypes() {
        OboTargetReader r = reader(resource("widgets.obo"));
        LinkFixtures.Collected c = read(r);
        List<TargetLabel> pump = c.of("WID:0000001");
        assertEquals("pump for infusions", pump.get(0).label());
        assertEquals(LabelRole.PREFERRED, pump.get(0).role());
        assertTrue(pump.stream().anyMatch(l -> l.label().equals("infusion pump") && l.scope() == Scope.EXACT
            && l.field().equals("oboInOwl:hasExactSynonym")));
        assertTrue(pump.stream().anyMatch(l -> l.label().equals("drip machine") && l.scope() == Scope.RELATED));
        List<TargetLabel> valve = c.of("WID:0000002");
        assertTrue(valve.stream().anyMatch(l -> l.label().equals("sprocket valve") && l.scope() == Scope.BROAD));
        assertTrue(valve.stream().anyMatch(l -> l.label().equals("SPV") && l.role() == LabelRole.ABBREVIATION));
        assertTrue(c.of("WID:0000004").stream().anyMatch(l -> l.label().equals("a \"quoted\" name")), "escaped quotes");
        assertTrue(c.of("WID:0000004").stream().anyMatch(l -> l.label().equals("blue duct") && l.scope() == Scope.NARROW));
        assertEquals("obo:wid.owl", r.source(), "object_source from the ontology header");
    }

    @Test void obsoleteTermsAndTypedefsAreSkipped() {
        LinkFixtures.Collected c = read(reader(resource("widgets.obo")));
        assertTrue(c.of("WID:0000003").isEmpty());
        assertFalse(c.labels.stream().anyMatch(l -> l.label().equals("part of")));
    }

    @Test void kindsComeFromAncestors() {
        OboTargetReader r = reader(resource("widgets.obo"));
        read(r);
        assertEquals(Set.of(Kind.DEVICE), r.kindOf("WID:0000001"), "is_a apparatus is_a COB device");
        assertEquals(Set.of(), r.kindOf("WID:0000004"));
        assertEquals(Set.of(Kind.ANATOMY), r.kindOf("UBERON:0000001"), "prefix rule");
    }

    @Test void badFilesNameFileLineAndReason() throws IOException {
        TargetException e = assertThrows(TargetException.class, () -> read(reader(resource("broken.obo"))));
        assertTrue(e.getMessage().startsWith(resource("broken.obo").toString() + ": line 4: "), e.getMessage());
        assertTrue(e.reason().contains("closing quote"), e.getMessage());

        Path noId = tmp.resolve("no-id.obo");
        Files.writeString(noId, "format-version: 1.2\n\n[Term]\nname: nameless\n");
        e = assertThrows(TargetException.class, () -> read(reader(noId)));
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("without an id"));

        Path noColon = tmp.resolve("no-colon.obo");
        Files.writeString(noColon, "[Term]\nid: X:1\nthis line has no tag\n");
        e = assertThrows(TargetException.class, () -> read(reader(noColon)));
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("tag: value"));

        Path latin1 = tmp.resolve("latin1.obo");
        Files.write(latin1, "[Term]\nid: X:1\nname: caf\u00e9 pump\n".getBytes(StandardCharsets.ISO_8859_1));
        e = assertThrows(TargetException.class, () -> read(reader(latin1)));
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("not UTF-8"));

        e = assertThrows(TargetException.class, () -> read(reader(tmp.resolve("missing.obo"))));
        assertTrue(e.getMessage().endsWith("missing.obo: no such file"), e.getMessage());
    }

    /** Counts [Term] stanzas that are not obsolete, independently of the reader. */
    static long liveTerms(Path obo) throws IOException {
        long terms = 0, obsolete = 0;
        boolean inTerm = false;
        for (String line : Files.readAllLines(obo, StandardCharsets.UTF_8)) {
            if (line.startsWith("[")) inTerm = line.equals("[Term]");
            if (line.equals("[Term]")) terms++;
            if (inTerm && line.equals("is_obsolete: true")) obsolete++;
        }
        return terms - obsolete;
    }

    @Test void realUberonSlimsReadCompletely() throws IOException {
        assumeTrue(LinkFixtures.shared(), "../shared/linking not present");
        for (String f : List.of("uberon/circulatory-minimal.obo", "uberon/digestive-minimal.obo")) {
            Path p = SHARED.resolve(f);
            LinkFixtures.Collected c = read(reader(p));
            long ids = c.labels.stream().filter(l -> l.role() == LabelRole.PREFERRED).map(TargetLabel::id).distinct().count();
            long named = c.labels.stream().map(TargetLabel::id).distinct().count();
            assertTrue(named <= liveTerms(p) && named >= liveTerms(p) - 5, f + ": " + named + " of " + liveTerms(p));
            assertTrue(ids > 1000, f);
        }
        LinkFixtures.Collected c = read(reader(SHARED.resolve("uberon/circulatory-minimal.obo")));
        assertEquals("heart", c.of("UBERON:0000948").get(0).label());
        assertTrue(c.of("UBERON:0002084").stream().anyMatch(l -> l.label().equals("left ventricle") && l.scope() == Scope.EXACT));
        assertTrue(c.of("UBERON:0002060").stream().anyMatch(l -> l.label().equals("femoral artery")));
    }

    @Test void realMaxoAndObi() {
        assumeTrue(LinkFixtures.shared(), "../shared/linking not present");
        OboTargetReader maxo = reader(SHARED.resolve("MAxO/maxo.obo"));
        LinkFixtures.Collected m = read(maxo);
        assertEquals("obo:maxo.owl", maxo.source());
        assertTrue(m.labels.stream().anyMatch(l -> l.label().equals("infusion pump therapy") && l.id().startsWith("MAXO:")));
        assertTrue(m.of("MAXO:0009038").stream().anyMatch(l -> l.label().equals("PCI") && l.role() == LabelRole.ABBREVIATION));
        assertTrue(m.of("CL:0000232").stream().anyMatch(l -> l.label().equals("red blood cell")), "imported CL term");
        assertEquals(Set.of(Kind.PROCEDURE), maxo.kindOf("MAXO:0009038"));

        OboTargetReader obi = reader(SHARED.resolve("OBI/obi.obo"));
        LinkFixtures.Collected o = read(obi);
        assertEquals("catheter", o.of("OBI:0002830").get(0).label());
        assertEquals(Set.of(Kind.DEVICE), obi.kindOf("OBI:0002830"), "catheter is_a COB device");
        assertEquals(Set.of(Kind.DEVICE), obi.kindOf("OBI:0400100"), "syringe pump is_a container is_a device");
        assertEquals("ATP", o.of("CHEBI:15422").get(0).label());
    }
}

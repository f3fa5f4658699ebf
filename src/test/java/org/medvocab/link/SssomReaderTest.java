package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.medvocab.link.LinkFixtures.SHARED;
import static org.medvocab.link.LinkFixtures.read;
import static org.medvocab.link.LinkFixtures.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Existing SSSOM mapping sets: labels of both sides, mappings for reuse and chaining, prefixes, errors. */
class SssomReaderTest {
    @TempDir Path tmp;

    @Test void labelsMappingsAndPrefixes() {
        Curies curies = new Curies().declare("medvocab", "https://example.org/tiny/");
        SssomReader r = new SssomReader(resource("mappings.sssom.tsv"), null, curies);
        LinkFixtures.Collected c = read(r);
        assertEquals("http://id.nlm.nih.gov/mesh/", r.curieMap().get("mesh"));
        assertEquals("https://example.org/tiny-mappings", r.metadata().get("mapping_set_id"));
        assertEquals(4, c.mappings.size());
        ExistingMapping first = c.mappings.get(0);
        assertEquals("WID:0000001", first.subjectId());
        assertEquals("MESH:D900010", first.objectId(), "mesh: becomes MESH:");
        assertEquals(MatchPredicate.EXACT, first.predicate());
        assertEquals(0.95, first.confidence());
        assertTrue(Double.isNaN(c.mappings.get(1).confidence()));
        assertEquals("medvocab:wobble-fever", c.mappings.get(2).subjectId(), "the vocabulary's own prefix");
        assertTrue(c.mappings.get(3).negated(), "predicate_modifier Not");
        assertTrue(c.labels.stream().anyMatch(l -> l.id().equals("MESH:D900011") && l.label().equals("Blue Tubes")));
        assertTrue(c.labels.stream().anyMatch(l -> l.id().equals("WID:0000004") && l.label().equals("tube of blue")));
    }

    @Test void undeclaredPrefixIsAnError() throws IOException {
        Path f = tmp.resolve("bad.sssom.tsv");
        Files.writeString(f, "#curie_map:\n#  A: https://example.org/a/\n#mapping_set_id: https://example.org/s\n"
            + "subject_id\tpredicate_id\tobject_id\tmapping_justification\nA:1\tskos:exactMatch\tZZQ:2\tsemapv:LexicalMatching\n");
        TargetException e = assertThrows(TargetException.class, () -> read(new SssomReader(f, null, new Curies())));
        assertEquals(5, e.line());
        assertTrue(e.reason().contains("'ZZQ'") && e.reason().contains("curie_map"), e.getMessage());

        Path noColumn = tmp.resolve("no-object.sssom.tsv");
        Files.writeString(noColumn, "#mapping_set_id: https://example.org/s\nsubject_id\tpredicate_id\n");
        e = assertThrows(TargetException.class, () -> read(new SssomReader(noColumn, null, new Curies())));
        assertTrue(e.reason().contains("no object_id column"), e.getMessage());
    }

    @Test void realBiomappingsFile() {
        assumeTrue(LinkFixtures.shared(), "../shared/linking not present");
        SssomReader r = new SssomReader(SHARED.resolve("uberon/biomappings.sssom.tsv"), null, new Curies());
        LinkFixtures.Collected c = read(r);
        assertTrue(r.mappings() > 100, "rows: " + r.mappings());
        assertTrue(c.mappings.stream().anyMatch(m -> m.subjectId().equals("UBERON:0000016") && m.objectId().equals("MESH:D007515")));
        assertTrue(c.labels.stream().anyMatch(l -> l.id().equals("MESH:D007515") && l.label().equals("Islets of Langerhans")));
        assertEquals("CC0 1.0".isEmpty() ? "" : "https://creativecommons.org/publicdomain/zero/1.0/", r.metadata().get("license"));
    }
}

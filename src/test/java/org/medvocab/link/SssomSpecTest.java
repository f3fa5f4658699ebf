package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.link.LinkFixtures.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.export.Exporter;

/**
 * The SSSOM TSV against the specification's own lists (src/test/resources/link/sssom-spec.tsv, taken from the
 * SSSOM LinkML schema): every metadata key and column is a slot of its class, every value of an enumerated slot is
 * a permissible value, the cardinalities are those of the declared scope, object_source names the ontology, and the
 * file reads back through {@link SssomReader}.
 */
class SssomSpecTest {
    static Map<String, Set<String>> spec = new HashMap<>();
    static MappingSet set;
    static String tsv;
    static List<String> meta;
    static List<String> header;
    static List<String[]> rows = new ArrayList<>();
    @TempDir Path tmp;

    @BeforeAll static void link() throws IOException {
        for (String line : Files.readAllLines(resource("sssom-spec.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            String key = f[0].equals("values") ? f[1] : f[0];
            spec.computeIfAbsent(key, k -> new HashSet<>()).addAll(f[0].equals("values") ? List.of(f[2].split("\\|")) : List.of(f[1]));
        }
        Linker linker = Linker.of(Exporter.read(resource("vocab.ttl")).graph(), MatchOptions.defaults());
        for (String s : List.of(resource("widgets.obo").toString(), resource("gadgets.rdf").toString(),
            "file=" + resource("tools.tsv") + ",prefix=TL,id=code,label=name,kind-column=tree,source=obo:tools.owl",
            resource("mappings.sssom.tsv").toString())) {
            linker.link(TargetSpec.parse(s).reader(linker.curies()), null);
        }
        set = linker.finish();
        tsv = SssomWriter.toString(set);
        meta = tsv.lines().takeWhile(l -> l.startsWith("#")).toList();
        List<String> body = tsv.lines().dropWhile(l -> l.startsWith("#")).toList();
        header = Arrays.asList(body.get(0).split("\t"));
        for (String r : body.subList(1, body.size())) rows.add(r.split("\t", -1));
        assertTrue(rows.size() > 3, tsv);
    }

    private static List<String> column(String name) {
        int i = header.indexOf(name);
        assertTrue(i >= 0, "no column " + name + " in " + header);
        return rows.stream().map(r -> r[i]).toList();
    }

    @Test void specListIsComplete() {
        assertEquals(38, spec.get("mapping_set").size());
        assertEquals(49, spec.get("mapping").size());
        assertEquals(13, spec.get("mapping_justification").size());
    }

    @Test void everyColumnIsAMappingSlot() {
        for (String c : header) assertTrue(spec.get("mapping").contains(c), "not a mapping slot: " + c);
    }

    @Test void everyMetadataKeyIsAMappingSetSlot() {
        for (String line : meta) {
            if (line.startsWith("#  ")) continue;
            String key = line.substring(1, line.indexOf(':'));
            assertTrue(spec.get("mapping_set").contains(key), "not a mapping set slot: " + key);
        }
        assertTrue(meta.contains("#sssom_version: \"1.1\""), meta.toString());
        assertTrue(spec.get("sssom_version").contains("1.1"));
    }

    @Test void enumeratedValuesComeFromTheSpec() {
        for (String v : column("mapping_justification")) assertTrue(spec.get("mapping_justification").contains(v), v);
        for (String v : column("mapping_cardinality")) assertTrue(spec.get("mapping_cardinality").contains(v), v);
        for (String v : column("confidence")) {
            double d = Double.parseDouble(v);
            assertTrue(d >= 0 && d <= 1, v);
        }
        int scope = meta.indexOf("#cardinality_scope:");
        assertTrue(scope > 0, meta.toString());
        assertEquals(List.of("#  - predicate_id", "#  - object_source"), meta.subList(scope + 1, scope + 3));
        for (String slot : Cardinality.SCOPE) assertTrue(spec.get("mapping").contains(slot));
    }

    @Test void cardinalityIsRecomputedFromTheRowsInTheDeclaredScope() {
        Map<String, Set<String>> objects = new HashMap<>();
        Map<String, Set<String>> subjects = new HashMap<>();
        List<String> s = column("subject_id"), p = column("predicate_id"), o = column("object_id"), src = column("object_source");
        for (int i = 0; i < rows.size(); i++) {
            objects.computeIfAbsent(p.get(i) + src.get(i) + "|" + s.get(i), k -> new HashSet<>()).add(o.get(i));
            subjects.computeIfAbsent(p.get(i) + src.get(i) + "|" + o.get(i), k -> new HashSet<>()).add(s.get(i));
        }
        List<String> card = column("mapping_cardinality");
        for (int i = 0; i < rows.size(); i++) {
            String expected = (subjects.get(p.get(i) + src.get(i) + "|" + o.get(i)).size() > 1 ? "n" : "1") + ":"
                + (objects.get(p.get(i) + src.get(i) + "|" + s.get(i)).size() > 1 ? "n" : "1");
            assertEquals(expected, card.get(i), "row " + Arrays.toString(rows.get(i)));
        }
    }

    private static Mapping row(String subject, String object, String source) {
        return new Mapping(subject, "", "", MatchPredicate.EXACT, object, "", "", "semapv:LexicalMatching", source, "", "",
            1.0, "", "", "", "", subject, object);
    }

    @Test void cardinalityScopeSeparatesVocabulariesAndTheWholeSetDoesNot() {
        List<Mapping> rows = List.of(row("a:1", "X:1", "obo:x.owl"), row("a:1", "Y:1", "obo:y.owl"), row("a:2", "Y:1", "obo:y.owl"));
        assertEquals(List.of("1:1", "n:1", "n:1"),
            Cardinality.apply(rows, Cardinality.SCOPE).stream().map(Mapping::cardinality).toList());
        assertEquals(List.of("1:n", "n:n", "n:1"),
            Cardinality.apply(rows, List.of()).stream().map(Mapping::cardinality).toList());
    }

    @Test void objectSourceIsTheOntologyNotTheFile() {
        Map<String, String> curies = SssomWriter.curieMap(set);
        List<String> o = column("object_id");
        List<String> src = column("object_source");
        List<String> version = column("object_source_version");
        for (int i = 0; i < rows.size(); i++) {
            assertFalse(src.get(i).startsWith("medvocab.target:"), "file named as source: " + Arrays.toString(rows.get(i)));
            assertTrue(curies.containsKey(src.get(i).substring(0, src.get(i).indexOf(':'))), src.get(i));
            String prefix = o.get(i).substring(0, o.get(i).indexOf(':'));
            switch (prefix) {
                case "WID" -> {
                    assertEquals("obo:wid.owl", src.get(i), "from the OBO header");
                    assertEquals("wid/releases/2026-01-01/wid.owl", version.get(i), "from the OBO data-version");
                }
                case "TL" -> assertEquals("obo:tools.owl", src.get(i), "given with source=");
                case "MESH" -> assertEquals("bioregistry:mesh", src.get(i), "from the known-prefix table");
                default -> {
                    if (Character.isUpperCase(prefix.charAt(0))) {
                        assertEquals("obo:" + prefix.toLowerCase() + ".owl", src.get(i), "an OBO prefix");
                    }
                }
            }
        }
        assertTrue(o.stream().anyMatch(x -> x.startsWith("WID:")) && o.stream().anyMatch(x -> x.startsWith("TL:")), o.toString());
    }

    @Test void roundTripsThroughTheSssomReader() throws IOException {
        Path f = tmp.resolve("out.sssom.tsv");
        Files.writeString(f, tsv);
        Curies c = new Curies();
        SssomReader reader = new SssomReader(f, null, c);
        List<ExistingMapping> read = new ArrayList<>();
        reader.read(new TargetSink() {
            @Override public void label(TargetLabel l) { }
            @Override public void mapping(ExistingMapping m) { read.add(m); }
        });
        assertEquals(set.mappings().size(), reader.mappings());
        assertEquals(SssomWriter.curieMap(set), reader.curieMap());
        assertEquals("1.1", reader.metadata().get("sssom_version"));
        assertEquals(set.id(), reader.metadata().get("mapping_set_id"));
        assertEquals(set.license(), reader.metadata().get("license"));
        assertEquals(Cardinality.SCOPE, reader.listMetadata().get("cardinality_scope"));
        for (int i = 0; i < read.size(); i++) {
            Mapping m = set.mappings().get(i);
            ExistingMapping r = read.get(i);
            assertEquals(List.of(m.subjectIri(), m.predicate(), m.objectIri(), m.justification(), m.subjectLabel(), m.objectLabel()),
                List.of(c.expand(r.subjectId()), r.predicate(), c.expand(r.objectId()), r.justification(), r.subjectLabel(), r.objectLabel()));
            assertEquals(m.confidence(), r.confidence(), 1e-9);
        }
    }
}

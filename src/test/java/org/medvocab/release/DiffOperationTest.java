package org.medvocab.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.CliRun;
import org.medvocab.release.DiffOperation.Aspect;
import org.medvocab.release.DiffOperation.Change;

/** {@code medvocab diff}: each kind of change on two small releases written for this test, the formats and exit codes. */
class DiffOperationTest {

    private static final String PREFIXES = """
        @prefix : <https://example.org/v/> . @prefix mvo: <https://w3id.org/medvocab/core#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dct: <http://purl.org/dc/terms/> .
        @prefix ext: <https://example.org/ext/> .
        """;

    static final String OLD = PREFIXES + """
        <https://example.org/v> a owl:Ontology ; owl:versionIRI <https://example.org/v/releases/1> .
        :pump a skos:Concept ; skos:prefLabel "pump"@en ; skos:altLabel "impeller"@en ; skos:definition "A machine that moves fluid."@en ;
            skos:broader mvo:Device ; mvo:risk :clot ; skos:exactMatch ext:P1 .
        :clot a skos:Concept ; skos:prefLabel "clot"@en .
        :drip a skos:Concept ; skos:prefLabel "drip"@en .
        :gone a skos:Concept ; skos:prefLabel "gone"@en .
        :old a owl:Class ; rdfs:label "old"@en ; owl:deprecated true .
        """;

    static final String NEW = PREFIXES + """
        <https://example.org/v> a owl:Ontology ; owl:versionIRI <https://example.org/v/releases/2> ; owl:priorVersion <https://example.org/v/releases/1> .
        :pump a skos:Concept ; skos:prefLabel "pump"@en ; skos:altLabel "rotor"@en ; skos:definition "A device that moves a liquid."@en ;
            skos:broader :machine ; mvo:indication :clot ; skos:closeMatch ext:P1 .
        :machine a skos:Concept ; skos:prefLabel "machine"@en .
        :clot a skos:Concept ; skos:prefLabel "clot"@en .
        :drip a owl:Class ; rdfs:label "drip"@en ; owl:deprecated true ; dct:isReplacedBy :pump .
        :old a skos:Concept ; skos:prefLabel "old"@en .
        """;

    private static Graph g(String ttl) { return RDFParser.fromString(ttl, Lang.TURTLE).toGraph(); }

    @Test void everyKindOfChangeIsReported() {
        DiffReport r = DiffOperation.diff(g(OLD), g(NEW));
        assertEquals(1, r.count(Aspect.CONCEPT, Change.ADDED));       // machine
        assertEquals(1, r.count(Aspect.CONCEPT, Change.REMOVED));     // gone
        assertEquals(1, r.count(Aspect.CONCEPT, Change.DEPRECATED));  // drip
        assertEquals(1, r.count(Aspect.CONCEPT, Change.REINSTATED));  // old
        assertEquals(2, r.count(Aspect.LABEL, Change.ADDED), "rotor, and the prefLabel of the reinstated concept");
        assertEquals(2, r.count(Aspect.LABEL, Change.REMOVED), "impeller, and the prefLabel of the deprecated concept");
        assertEquals(2, r.count(Aspect.DEFINITION, Change.ADDED) + r.count(Aspect.DEFINITION, Change.REMOVED));
        assertEquals(2, r.count(Aspect.HIERARCHY, Change.ADDED) + r.count(Aspect.HIERARCHY, Change.REMOVED));
        assertEquals(2, r.count(Aspect.RELATION, Change.ADDED) + r.count(Aspect.RELATION, Change.REMOVED));
        assertEquals(2, r.count(Aspect.MAPPING, Change.ADDED) + r.count(Aspect.MAPPING, Change.REMOVED));
        assertEquals(3, r.count(Aspect.VERSION, Change.ADDED) + r.count(Aspect.VERSION, Change.REMOVED));
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefix("", "https://example.org/v/").setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        String text = r.render(DiffReport.Format.TEXT, pm);
        assertTrue(text.contains("~ concept     :drip \"drip\" replaced by :pump"), text);
        assertTrue(text.contains("+ label       :pump \"pump\" skos:altLabel \"rotor\"@en"), text);
        assertTrue(text.contains("- label       :pump \"pump\" skos:altLabel \"impeller\"@en"), text);
        String md = r.render(DiffReport.Format.MARKDOWN, pm);
        assertTrue(md.contains("## Mappings") && md.contains("| added | `:pump` | pump | `skos:closeMatch` |"), md);
        List<String> tsv = r.render(DiffReport.Format.TSV, pm).lines().toList();
        assertEquals("change\taspect\tconcept\tlabel\tproperty\tvalue", tsv.get(0));
        assertEquals(r.rows().size() + 1, tsv.size());
        assertTrue(tsv.contains("removed\tconcept\thttps://example.org/v/gone\tgone\t\t"), tsv.toString());
    }

    @Test void identicalReleasesHaveNoRows() {
        DiffReport r = DiffOperation.diff(g(OLD), g(OLD));
        assertTrue(r.identical());
        assertEquals("no differences", r.summary());
    }

    @TempDir Path tmp;

    @Test void theCommandExitsZeroOneOrTwo() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.ttl"), OLD);
        Path b = Files.writeString(tmp.resolve("b.ttl"), NEW);
        CliRun same = CliRun.run("diff", a.toString(), a.toString());
        assertEquals(0, same.status(), same.err());
        assertTrue(same.out().contains("no differences"));
        CliRun differ = CliRun.run("diff", a.toString(), b.toString(), "--format", "tsv");
        assertEquals(1, differ.status(), differ.err());
        assertTrue(differ.out().startsWith("change\taspect\t"), differ.out());
        CliRun md = CliRun.run("diff", a.toString(), b.toString(), "-f", "markdown");
        assertTrue(md.out().startsWith("# Differences"), md.out());
        CliRun missing = CliRun.run("diff", a.toString(), tmp.resolve("missing.ttl").toString());
        assertEquals(2, missing.status());
        assertEquals(1, missing.errLines().size(), missing.err());
        assertTrue(missing.err().contains("missing.ttl"), missing.err());
        Path broken = Files.writeString(tmp.resolve("broken.ttl"), "@prefix : <x> . :a :b");
        CliRun bad = CliRun.run("diff", broken.toString(), a.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("medvocab diff: " + broken), bad.err());
        assertEquals(2, CliRun.run("diff", a.toString(), b.toString(), "-f", "yaml").status());
    }
}

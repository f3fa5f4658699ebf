package org.medvocab.link;

import static org.medvocab.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.link.LinkFixtures.resource;

import org.medvocab.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.Sparql;

/** {@code medvocab link} end to end: outputs, target syntax, one-line errors and exit codes. */
class LinkCommandTest {
    @TempDir Path tmp;



    String vocab() { return resource("vocab.ttl").toString(); }

    @Test void linksAndWritesSssomAndRdf() throws Exception {
        Path sssom = tmp.resolve("out/m.sssom.tsv");
        Path ttl = tmp.resolve("out/m.ttl");
        CliRun r = run("link", vocab(), "--target", resource("widgets.obo").toString(),
            "--target", resource("tools.tsv") + ":TL", "--id-column", "code", "--label-column", "name", "--kind-column", "tree",
            "--target", "file=" + resource("gadgets.ttl") + ",prefix=GAD",
            "-o", sssom.toString(), "--rdf", ttl.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("medvocab link: 3 targets"), r.err());
        String text = Files.readString(sssom);
        assertTrue(text.startsWith("#curie_map:\n"));
        assertTrue(text.contains("medvocab:infusion-pump\tinfusion pump\tdevice\tskos:exactMatch\tWID:0000001\tpump for infusions"), text);
        assertTrue(text.contains("\tskos:exactMatch\tTL:T-1\tSprocket Valve\t"), text);
        var g = RDFParser.source(ttl).lang(Lang.TURTLE).toGraph();
        assertTrue(Sparql.ask(g, "ASK { <https://example.org/tiny/infusion-pump> skos:exactMatch <http://purl.obolibrary.org/obo/WID_0000001> }"));
        assertFalse(Files.list(tmp.resolve("out")).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    @Test void standardOutputAndQuiet() {
        CliRun r = run("link", vocab(), "--target", resource("widgets.obo").toString(), "-o", "-", "-q");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("#curie_map:"));
        assertEquals("", r.err());
    }

    @Test void goldScoresArePrinted() throws Exception {
        Path gold = tmp.resolve("gold.tsv");
        Files.writeString(gold, "subject_label\tpredicate_id\tobject_id\tobject_label\tnote\n"
            + "infusion pump\tskos:exactMatch\tWID:0000001\tpump for infusions\t\nnot in this vocabulary\tskos:exactMatch\tWID:1\tx\t\n");
        CliRun r = run("link", vocab(), "--target", resource("widgets.obo").toString(), "-o", tmp.resolve("o.tsv").toString(), "-q", "--gold", gold.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("skos:exactMatch\\s+1\\s+1\\s+1\\s+1\\.000\\s+1\\.000")), r.err());
        assertTrue(r.err().contains("gold rows skipped (subject not in the vocabulary): 1"), r.err());
    }

    @Test void aBadTargetIsOneLineNamingFileAndLineAndNothingIsWritten() {
        Path out = tmp.resolve("never.sssom.tsv");
        CliRun r = run("link", vocab(), "--target", resource("widgets.obo").toString(), "--target", resource("broken.obo").toString(),
            "-o", out.toString(), "-q");
        assertEquals(1, r.status());
        assertEquals(1, r.errLines().size(), r.err());
        assertEquals("medvocab link: " + resource("broken.obo") + ": line 4: synonym: missing closing quote", r.errLines().get(0));
        assertFalse(Files.exists(out));

        r = run("link", vocab(), "--target", tmp.resolve("nothing.tsv").toString(), "-o", out.toString(), "-q");
        assertEquals(1, r.status());
        assertEquals("medvocab link: " + tmp.resolve("nothing.tsv") + ": no such file", r.errLines().get(0));

        r = run("link", resource("broken.ttl").toString(), "--target", resource("widgets.obo").toString(), "-o", out.toString(), "-q");
        assertEquals(1, r.status(), "an unreadable vocabulary");
        assertTrue(r.errLines().get(0).startsWith("medvocab link: " + resource("broken.ttl")), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test void usageErrorsExitTwo() {
        assertEquals(2, run("link", vocab(), "-o", "x.tsv").status(), "no target");
        CliRun r = run("link", vocab(), "--target", "file=x.tsv,colour=blue", "-o", "x.tsv");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unknown target option 'colour'"), r.err());
        assertEquals(2, run("link", vocab(), "--target", resource("widgets.obo").toString(), "-o", "x.tsv", "--close-threshold", "0.95").status(),
            "close threshold above the exact threshold");
        assertEquals(2, run("link", vocab(), "--target", resource("widgets.obo").toString()).status(), "no -o");
    }

    @Test void versionAndHelp() {
        CliRun r = run("link", "--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("medvocab "));
        assertTrue(run("link", "--help").out().contains("--exact-threshold"));
    }
}

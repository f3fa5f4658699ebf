package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.link.LinkFixtures.resource;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.medvocab.cli.LinkCommand;

/** The two spellings of a target and the choice of reader. */
class TargetSpecTest {

    @Test void fileAndFileWithPrefix() {
        TargetSpec s = TargetSpec.parse("some/dir/foiclass.txt:FDA_PRODUCT_CODE");
        assertEquals("some/dir/foiclass.txt", s.get("file"));
        assertEquals("FDA_PRODUCT_CODE", s.get("prefix"));
        assertEquals("some/dir/terms.tsv", TargetSpec.parse("some/dir/terms.tsv").get("file"));
        assertEquals("https://example.org/sparql", TargetSpec.parse("https://example.org/sparql").get("endpoint"));
    }

    @Test void keyValueOptions() {
        TargetSpec s = TargetSpec.parse("file=foiclass.txt,prefix=FDA_PRODUCT_CODE,id=PRODUCTCODE,label=DEVICENAME,encoding=ISO-8859-1,delimiter=|,quote=none");
        assertEquals("|", s.get("delimiter"));
        assertEquals("DEVICENAME", s.get("label"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetSpec.parse("file=x.tsv,colour=blue"));
        assertTrue(e.getMessage().contains("unknown target option 'colour'"));
        assertThrows(IllegalArgumentException.class, () -> TargetSpec.parse("prefix=X"));
    }

    @Test void formatFromTheFileName() {
        Curies c = new Curies();
        assertInstanceOf(OboTargetReader.class, TargetSpec.parse(resource("widgets.obo").toString()).reader(c));
        assertInstanceOf(RdfTargetReader.class, TargetSpec.parse(resource("gadgets.ttl").toString()).reader(c));
        assertInstanceOf(RdfTargetReader.class, TargetSpec.parse(resource("gadgets.rdf").toString()).reader(c));
        assertInstanceOf(RdfTargetReader.class, TargetSpec.parse(resource("mesh-like.nt").toString()).reader(c));
        assertInstanceOf(SssomReader.class, TargetSpec.parse(resource("mappings.sssom.tsv").toString()).reader(c));
        assertInstanceOf(DelimitedTargetReader.class, TargetSpec.parse(resource("tools.tsv").toString()).reader(c));
        assertInstanceOf(DelimitedTargetReader.class, TargetSpec.parse(resource("tools.csv").toString()).reader(c));
        TargetException missing = assertThrows(TargetException.class, () -> TargetSpec.parse("no/such/file.obo").reader(c));
        assertTrue(missing.getMessage().endsWith("no such file"));
    }

    @Test void delimiterNames() {
        assertEquals('\t', TargetSpec.delimiter("tab"));
        assertEquals(',', TargetSpec.delimiter("comma"));
        assertEquals('|', TargetSpec.delimiter("pipe"));
        assertEquals(';', TargetSpec.delimiter(";"));
        assertThrows(IllegalArgumentException.class, () -> TargetSpec.delimiter("two"));
    }

    @Test void optionsAfterATargetBelongToIt() {
        List<TargetSpec> specs = LinkCommand.targetSpecs("v.ttl", "--target", "a.txt:FDA", "--id-column", "CODE", "--encoding", "ISO-8859-1",
            "--target", "b.obo", "--endpoint", "http://localhost:1/sparql", "-o", "out.tsv");
        assertEquals(3, specs.size());
        assertEquals("CODE", specs.get(0).get("id"));
        assertEquals("ISO-8859-1", specs.get(0).get("encoding"));
        assertEquals(null, specs.get(1).get("id"));
        assertEquals("http://localhost:1/sparql", specs.get(2).get("endpoint"));
    }
}

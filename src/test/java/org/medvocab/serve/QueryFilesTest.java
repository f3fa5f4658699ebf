package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result tables and expected-results files. */
class QueryFilesTest {

    @TempDir Path tmp;

    static final QueryRunner.Table TABLE = new QueryRunner.Table(List.of("top", "label", "concepts"), List.of(
        List.of("mvo:Device", "device", "55"),
        List.of("mvo:Condition", "condition", "38")));

    @Test void expectedRowsMayUseWildcardsAndLowerBounds() throws IOException {
        Path f = Files.writeString(tmp.resolve("x.expected.tsv"), "# comment\n\ntop\tconcepts\nmvo:Device\t>=30\nmvo:Condition\t*\n");
        ExpectedResults e = ExpectedResults.read(f);
        assertEquals(List.of("top", "concepts"), e.columns());
        assertEquals(List.of(), e.missing(TABLE));
        Path g = Files.writeString(tmp.resolve("y.expected.tsv"), "top\tconcepts\nmvo:Device\t>=60\nmvo:Procedure\t*\n");
        assertEquals(List.of(List.of("mvo:Device", ">=60"), List.of("mvo:Procedure", "*")), ExpectedResults.read(g).missing(TABLE));
    }

    @Test void anUnknownColumnOrARaggedRowIsAnError() throws IOException {
        Path f = Files.writeString(tmp.resolve("x.expected.tsv"), "?nope\nx\n");
        assertThrows(IllegalArgumentException.class, () -> ExpectedResults.read(f).missing(TABLE));
        Path g = Files.writeString(tmp.resolve("y.expected.tsv"), "top\tlabel\nmvo:Device\n");
        assertThrows(IllegalArgumentException.class, () -> ExpectedResults.read(g));
        assertEquals(tmp.resolve("q.expected.tsv"), ExpectedResults.fileFor(tmp.resolve("q.rq")));
    }

    @Test void tablesAreAlignedAndTermsAbbreviated() {
        String t = TABLE.render();
        assertEquals(List.of("top            label      concepts", "-".repeat(34),
            "mvo:Device     device     55", "mvo:Condition  condition  38", "(2 rows)"), t.lines().toList());
        assertEquals("top\tlabel\tconcepts\nmvo:Device\tdevice\t55\nmvo:Condition\tcondition\t38\n", TABLE.tsv());
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefix("", "https://w3id.org/medvocab/vocab/")
            .setNsPrefix("v", "https://w3id.org/medvocab/");
        assertEquals(":hemopump", QueryRunner.cell(NodeFactory.createURI("https://w3id.org/medvocab/vocab/hemopump"), pm));
        assertEquals("<https://w3id.org/medvocab/vocab/a/b>", QueryRunner.cell(NodeFactory.createURI("https://w3id.org/medvocab/vocab/a/b"), pm));
        assertEquals("Hemopump", QueryRunner.cell(NodeFactory.createLiteralLang("Hemopump", "en"), pm));
        assertEquals("", QueryRunner.cell(null, pm));
    }

    @Test void askAndConstructBecomeTables() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> dsg.getDefaultGraph().add(NodeFactory.createURI("urn:a"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("x")));
        assertEquals(List.of(List.of("true")), QueryRunner.run("ASK { ?s ?p ?o }", dsg).rows());
        QueryRunner.Table c = QueryRunner.run("CONSTRUCT WHERE { ?s ?p ?o }", dsg);
        assertEquals(List.of("subject", "predicate", "object"), c.columns());
        assertEquals(List.of(List.of("<urn:a>", "<urn:p>", "x")), c.rows());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryRunner.run("SELEC * {}", dsg));
        assertTrue(e.getMessage().startsWith("not a valid SPARQL query"), e.getMessage());
    }
}

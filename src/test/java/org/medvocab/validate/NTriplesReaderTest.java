package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.bench.SyntheticVocabulary;
import org.medvocab.export.Exporter;

/**
 * The N-Triples reader gives the graph Jena's parser gives, node for node and with the same ids (the triples in the same
 * order), on odd literals, language tags, datatypes, blank nodes, escapes and line forms, whole or cut into parts; what
 * is outside its subset it refuses, and {@link CompactGraph#read} then reads the file as before.
 */
class NTriplesReaderTest {
    @TempDir Path tmp;

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** Lines Jena's parser takes without a warning; CRLF and LF endings, no line feed at the end. */
    static final String DATA = String.join("\n",
        "# a comment line",
        "",
        "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .",
        "<http://ex.org/a>\t<http://ex.org/p>\t\"tab\tand space\" .\r",
        "<http://ex.org/a> <http://ex.org/p> \"\" .",
        "<http://ex.org/a> <http://ex.org/p> \"esc \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u00E9 \\u00e9 \\U0001F600 end\" .",
        "<http://ex.org/a> <http://ex.org/p> \"raw é \u00a0 \uD83D\uDE00 \u4e2d\"@zh-Hant-TW .",
        "<http://ex.org/a> <http://ex.org/p> \"word\"@en .",
        "<http://ex.org/a> <http://ex.org/p> \"word\"@en-GB .",
        "<http://ex.org/a> <http://ex.org/p> \"Word\"@EN-gb .",
        "<http://ex.org/a> <http://ex.org/p> \"word\" .",
        "<http://ex.org/a> <http://ex.org/p> \"word\"^^<" + XSD + "string> .",
        "<http://ex.org/a> <http://ex.org/p> \"01\"^^<" + XSD + "int> .",
        "<http://ex.org/a> <http://ex.org/p> \"1\"^^<" + XSD + "int> .",
        "<http://ex.org/a> <http://ex.org/p> \"1\"^^<" + XSD + "integer> .",
        "<http://ex.org/a> <http://ex.org/p> \"1.0e0\"^^<" + XSD + "double> .",
        "<http://ex.org/a> <http://ex.org/p> \"true\"^^<" + XSD + "boolean> .",
        "<http://ex.org/a> <http://ex.org/p> \"2024-01-31\"^^<" + XSD + "date> .",
        "<http://ex.org/a> <http://ex.org/p> \"abc\"^^<" + XSD + "int> .",
        "<http://ex.org/a> <http://ex.org/p> \"x\"^^<http://ex.org/myType> .",
        "<http://ex.org/a> <http://ex.org/p> \"word\"@en .   # the same triple again, a comment after it",
        "_:b1 <http://ex.org/p> _:b1 .",
        "_:b1 <http://ex.org/q> _:x_2-y .",
        "_:x_2-y <http://ex.org/p> \"blank\"   .",
        "_:0start <http://ex.org/p> <http://ex.org/a?q=1&r=%20#frag> .",
        "<urn:uuid:0b3a2c5e-1d9f-4c1e-9a63-7b1a0e2f3d44> <http://ex.org/p> <mailto:someone@example.org> .",
        "<http://ex.org/b> <http://ex.org/p> <http://ex.org/a>.",
        "<http://ex.org/b><http://ex.org/q><http://ex.org/b> .",
        "<http://ex.org/b> <http://ex.org/q> \"after\" .");

    private Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Jena's graph of an N-Triples file, strict (any warning fails the test). */
    private static Graph jena(Path f) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(f).lang(Lang.NTRIPLES).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(g);
        return g;
    }

    /** The compact graph of Jena's parser feeding a builder, as {@link CompactGraph#read} did for N-Triples. */
    private static CompactGraph jenaCompact(Path f) {
        CompactGraph.Builder b = new CompactGraph.Builder();
        RDFParser.source(f).lang(Lang.NTRIPLES).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(b);
        return b.build();
    }

    /**
     * The triples of both graphs, in their find order, are equal but for blank nodes, which correspond one to one: so
     * both hold the same nodes under the same ids.
     */
    private static void assertSameInOrder(Graph expected, Graph actual) {
        List<Triple> e = expected.find().toList(), a = actual.find().toList();
        assertEquals(e.size(), a.size());
        Map<Node, Node> blanks = new HashMap<>(), back = new HashMap<>();
        for (int i = 0; i < e.size(); i++) {
            Node[] x = nodes(e.get(i)), y = nodes(a.get(i));
            for (int k = 0; k < 3; k++) {
                if (x[k].isBlank() && y[k].isBlank()) {
                    blanks.putIfAbsent(x[k], y[k]);
                    back.putIfAbsent(y[k], x[k]);
                    assertEquals(blanks.get(x[k]), y[k], "blank node of " + e.get(i));
                    assertEquals(back.get(y[k]), x[k], "blank node of " + e.get(i));
                } else {
                    assertEquals(x[k], y[k], "triple " + i);
                }
            }
        }
    }

    private static Node[] nodes(Triple t) {
        return new Node[] {t.getSubject(), t.getPredicate(), t.getObject()};
    }

    @Test void givesJenasGraphNodeForNode() throws Exception {
        Path f = write("odd.nt", DATA);
        Graph jena = jena(f);
        CompactGraph read = NTriplesReader.read(f, 1).build();
        assertTrue(jena.isIsomorphicWith(read));
        assertEquals(jena.size(), read.size());
        assertSameInOrder(jenaCompact(f), read);
        assertTrue(read.contains(Node.ANY, Node.ANY, org.apache.jena.graph.NodeFactory.createLiteralString(
            "esc \t \b \n \r \f \" ' \\ \u00e9 \u00e9 \uD83D\uDE00 end")));
        assertTrue(read.contains(Node.ANY, Node.ANY, org.apache.jena.graph.NodeFactory.createLiteralLang("word", "en-GB")));
    }

    @Test void cutIntoPartsGivesTheSameGraphAndIds() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) text.append(DATA.replace("_:b1", "_:b" + (i % 7))).append('\n');
        Path f = write("many.nt", text.toString());
        CompactGraph whole = NTriplesReader.read(f, 1).build();
        for (int parts : new int[] {2, 3, 7, 50}) {
            CompactGraph cut = NTriplesReader.read(f, parts).build();
            assertSameInOrder(whole, cut);
            assertEquals(whole.nodeCount(), cut.nodeCount());
        }
        assertSameInOrder(jenaCompact(f), NTriplesReader.read(f, 4).build());
        Path vocab = tmp.resolve("v.nt");
        SyntheticVocabulary.write(vocab, 400, 4);
        assertSameInOrder(jenaCompact(vocab), NTriplesReader.read(vocab, 3).build());
    }

    @Test void refusesWhatIsOutsideItsSubset() throws Exception {
        String ok = "<http://ex.org/a> <http://ex.org/p> ";
        for (String line : List.of(
                ok + "<http://ex.org/\\u0062> .",          // an escape in an IRI
                ok + "<http://ex.org/\u00e9> .",            // non-ASCII in an IRI
                ok + "<http://ex.org/a b> .",               // a space in an IRI (Jena: error)
                ok + "<http://ex.org/a|b> .",               // Jena warns
                ok + "\"x\"@en.",                           // a language tag not followed by a space
                ok + "\"x\" @en .",
                ok + "\"\\uD800\" .",                       // an escaped surrogate
                ok + "\"\\x\" .",                           // not an escape
                ok + "\"a\u0001b\" .",                      // a control character
                ok + "_:a.b .",
                ok + "xsd:int .",
                ok + "<http://ex.org/b>",                   // no dot
                ok + "<http://ex.org/b> . <http://ex.org/c>",
                "\uFEFF" + ok + "<http://ex.org/b> .",      // a byte order mark
                "<< <http://ex.org/a> <http://ex.org/p> <http://ex.org/b> >> <http://ex.org/p> <http://ex.org/c> .",
                ok + "<http://[bad/x> .")) {               // Jena's IRI parser objects
            Path f = write("refused.nt", DATA + "\n" + line + "\n");
            assertThrows(NTriplesReader.Unsupported.class, () -> NTriplesReader.read(f, 1), line);
        }
    }

    @Test void compactReadFallsBackToJenasParser() throws Exception {
        Path escaped = write("escaped.nt", DATA + "\n<http://ex.org/a> <http://ex.org/p> <http://ex.org/\\u0062> .\n");
        Exporter.LoadedGraph read = CompactGraph.read(escaped);
        assertTrue(read.graph() instanceof CompactGraph);
        assertTrue(Exporter.read(escaped).graph().isIsomorphicWith(read.graph()));
        assertTrue(read.graph().contains(Node.ANY, Node.ANY, org.apache.jena.graph.NodeFactory.createURI("http://ex.org/b")));

        Path bad = write("bad.nt", DATA + "\n<http://ex.org/a> <http://ex.org/p> .\n");
        Exporter.ReadException plain = assertThrows(Exporter.ReadException.class, () -> Exporter.read(bad));
        Exporter.ReadException compact = assertThrows(Exporter.ReadException.class, () -> CompactGraph.read(bad));
        assertEquals(plain.getMessage(), compact.getMessage());

        Path good = write("good.nt", DATA);
        Exporter.LoadedGraph fast = CompactGraph.read(good);
        assertTrue(fast.graph() instanceof CompactGraph);
        assertTrue(Exporter.read(good).graph().isIsomorphicWith(fast.graph()));
        assertEquals(Exporter.read(good).prefixes().getNsPrefixMap(), fast.prefixes().getNsPrefixMap());
    }
}

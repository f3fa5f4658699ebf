package org.medvocab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalTurtleWriterTest {

    static final String EX = "http://example.org/vocab#";

    /**
     * A vocabulary exercising everything the writer has to get right: IRIs that need {@code <>},
     * OWL restrictions nested two levels, owl:unionOf collections, owl:Axiom annotations, a shared
     * blank node, a blank node cycle, literals with quotes, newlines and non-ASCII, typed literals.
     * No control characters other than tab/newline so that RDF/XML can carry it too.
     */
    static final String RICH = """
            @prefix ex:   <http://example.org/vocab#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix unused: <http://unused.example/> .

            ex:A a owl:Class , skos:Concept ;
                rdfs:label "A \\"quoted\\" label\\nsecond line"@en , "Ünïcödé ✓ 𝄞 é"@fr ;
                rdfs:subClassOf ex:Top ,
                    [ a owl:Restriction ;
                      owl:onProperty ex:p ;
                      owl:someValuesFrom [ a owl:Class ;
                                           owl:unionOf ( ex:B ex:C
                                                         [ a owl:Restriction ; owl:onProperty ex:q ; owl:hasValue ex:D ] ) ] ] ,
                    [ a owl:Restriction ; owl:onProperty ex:q ; owl:allValuesFrom ex:B ] ;
                ex:shared _:s .
            ex:B ex:shared _:s ; ex:nothing () .
            _:s ex:value "shared\\ttabbed" .

            <http://example.org/vocab#thing(1)> ex:weight "5"^^xsd:integer , "2.5"^^xsd:decimal , "abc" ;
                ex:backslash "C:\\\\path\\\\" ;
                ex:related <http://example.org/vocab#ends.> , <urn:isbn:0451450523> .

            [] a owl:Axiom ;
                owl:annotatedSource ex:A ;
                owl:annotatedProperty rdfs:subClassOf ;
                owl:annotatedTarget ex:Top ;
                ex:evidence "A is a kind of Top." .
            [] a owl:Axiom ;
                owl:annotatedSource ex:A ;
                owl:annotatedProperty rdfs:label ;
                owl:annotatedTarget "A" ;
                ex:evidence "Called \\"A\\"." .

            _:c1 ex:next _:c2 .
            _:c2 ex:next _:c1 ; rdfs:label "in a cycle" .
            """;

    static Graph parse(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
    }

    static PrefixMapping prefixes(Graph g) {
        return g.getPrefixMapping();
    }

    /** Copies {@code g} with fresh blank nodes, inserting the triples in a shuffled order. */
    static Graph relabelAndShuffle(Graph g, long seed) {
        List<Triple> triples = new ArrayList<>(g.find().toList());
        Collections.shuffle(triples, new Random(seed));
        Map<Node, Node> fresh = new HashMap<>();
        Graph copy = GraphFactory.createDefaultGraph();
        for (Triple t : triples) {
            copy.add(Triple.create(relabel(t.getSubject(), fresh), t.getPredicate(), relabel(t.getObject(), fresh)));
        }
        return copy;
    }

    private static Node relabel(Node n, Map<Node, Node> fresh) {
        return n.isBlank() ? fresh.computeIfAbsent(n, k -> NodeFactory.createBlankNode()) : n;
    }

    private static Node ex(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /**
     * A graph with more IRI subjects than one rendering task takes (their blocks are rendered on the cores): nested
     * blank nodes, IRIs without a prefix, and a prefix that only the last subjects use.
     */
    static Graph large(int concepts) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("ex", EX).setNsPrefix("owl", OWL.getURI()).setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("late", "http://late.example/").setNsPrefix("unused", "http://unused.example/");
        for (int i = 0; i < concepts; i++) {
            Node c = ex(String.format("c%05d", i));
            g.add(c, RDF.type.asNode(), OWL.Class.asNode());
            g.add(c, RDFS.label.asNode(), NodeFactory.createLiteralLang("concept " + i, "en"));
            Node r = NodeFactory.createBlankNode();
            g.add(c, RDFS.subClassOf.asNode(), r);
            g.add(r, RDF.type.asNode(), OWL.Restriction.asNode());
            g.add(r, OWL.onProperty.asNode(), ex("partOf"));
            g.add(r, OWL.someValuesFrom.asNode(), ex(String.format("c%05d", (i + 1) % concepts)));
            g.add(c, RDFS.seeAlso.asNode(), NodeFactory.createURI("http://other.example/page/" + i + "/"));
            if (i >= concepts - 3) g.add(c, RDFS.isDefinedBy.asNode(), NodeFactory.createURI("http://late.example/v" + i));
        }
        return g;
    }

    @Test
    void largeGraphRoundTripsAndDoesNotDependOnOrder() {
        Graph g = large(7_000);
        String ttl = CanonicalTurtleWriter.toString(g, prefixes(g));
        assertTrue(ttl.contains("@prefix late: <http://late.example/> ."), "a prefix used only by the last subjects is declared");
        assertFalse(ttl.contains("@prefix unused:"));
        Graph back = parse(ttl);
        assertTrue(g.isIsomorphicWith(back));
        assertEquals(ttl, CanonicalTurtleWriter.toString(relabelAndShuffle(g, 7), prefixes(g)));
        assertEquals(ttl, CanonicalTurtleWriter.toString(back, prefixes(g)));
    }

    /**
     * More top-level blank nodes (axiom annotations) than one sorted run holds, and a body larger than the in-memory
     * spool: the blocks merged from the runs in temporary files come out in the order of their text, the bytes written
     * equal the text, and they do not depend on the order the triples were added in.
     */
    @Test
    void manyAxiomsAreSortedAcrossRunsAndStreamed() {
        int n = CanonicalTurtleWriter.ROOT_RUN * 2 + 1_234;
        Graph g = large(3_000);
        Random random = new Random(5);
        for (int i = 0; i < n; i++) {
            Node ax = NodeFactory.createBlankNode();
            g.add(ax, RDF.type.asNode(), OWL.Axiom.asNode());
            g.add(ax, OWL.annotatedSource.asNode(), ex(String.format("c%05d", random.nextInt(3_000))));
            g.add(ax, OWL.annotatedProperty.asNode(), RDFS.subClassOf.asNode());
            g.add(ax, RDFS.comment.asNode(), NodeFactory.createLiteralString("evidence " + random.nextInt(n) + " é ✓ 𝄞 " + "x".repeat(200)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CanonicalTurtleWriter.write(g, prefixes(g), bytes);
        String ttl = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(bytes.size() > 8 << 20, "the body is larger than the in-memory spool");
        assertEquals(ttl, CanonicalTurtleWriter.toString(g, prefixes(g)));
        List<String> roots = new ArrayList<>();
        for (String block : ttl.split("\n\n")) if (block.startsWith("[")) roots.add(block);
        assertEquals(n, roots.size());
        List<String> sorted = new ArrayList<>(roots);
        Collections.sort(sorted);
        assertEquals(sorted, roots, "top-level blank-node blocks in the order of their text");
        assertTrue(g.isIsomorphicWith(parse(ttl)));
        ByteArrayOutputStream shuffled = new ByteArrayOutputStream();
        CanonicalTurtleWriter.write(relabelAndShuffle(g, 3), prefixes(g), shuffled);
        assertArrayEquals(bytes.toByteArray(), shuffled.toByteArray());
    }

    @Test
    void roundTripsToIsomorphicGraph() {
        Graph g = parse(RICH);
        String ttl = CanonicalTurtleWriter.toString(g, prefixes(g));
        Graph back = parse(ttl);
        assertTrue(g.isIsomorphicWith(back), () -> "not isomorphic after round trip:\n" + ttl);
        assertEquals(g.size(), back.size());
    }

    @Test
    void outputIsAFixedPointOfParseAndWrite() {
        Graph g = parse(RICH);
        String once = CanonicalTurtleWriter.toString(g, prefixes(g));
        Graph back = parse(once);
        assertEquals(once, CanonicalTurtleWriter.toString(back, prefixes(back)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234567})
    void outputIsIndependentOfInsertionOrderAndBlankNodeLabels(long seed) {
        Graph g = parse(RICH);
        Graph shuffled = relabelAndShuffle(g, seed);
        assertTrue(g.isIsomorphicWith(shuffled));
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CanonicalTurtleWriter.write(g, prefixes(g), a);
        CanonicalTurtleWriter.write(shuffled, prefixes(g), b);
        assertArrayEquals(a.toByteArray(), b.toByteArray(), () -> a + "\n----\n" + b);
    }

    @Test
    void outputIsIndependentOfPrefixMappingOrder() {
        Graph g = parse(RICH);
        PrefixMapping reversed = PrefixMapping.Factory.create();
        List<Map.Entry<String, String>> entries = new ArrayList<>(g.getPrefixMapping().getNsPrefixMap().entrySet());
        Collections.reverse(entries);
        entries.forEach(e -> reversed.setNsPrefix(e.getKey(), e.getValue()));
        assertEquals(CanonicalTurtleWriter.toString(g, g.getPrefixMapping()),
                CanonicalTurtleWriter.toString(g, reversed));
    }

    @Test
    void sameTriplesBuiltInTwoOrdersGiveSameBytes() {
        // ex:A rdfs:subClassOf [ a owl:Restriction ; owl:onProperty ex:p ; owl:someValuesFrom ex:B ]
        // plus an axiom annotation, built by hand in two orders with different blank node labels.
        Graph first = GraphFactory.createDefaultGraph();
        Node r1 = NodeFactory.createBlankNode("restriction");
        Node ax1 = NodeFactory.createBlankNode("axiom");
        first.add(Triple.create(ex("A"), RDFS.subClassOf.asNode(), r1));
        first.add(Triple.create(r1, RDF.type.asNode(), OWL.Restriction.asNode()));
        first.add(Triple.create(r1, OWL.onProperty.asNode(), ex("p")));
        first.add(Triple.create(r1, OWL.someValuesFrom.asNode(), ex("B")));
        first.add(Triple.create(ax1, RDF.type.asNode(), OWL.Axiom.asNode()));
        first.add(Triple.create(ax1, OWL.annotatedSource.asNode(), ex("A")));
        first.add(Triple.create(ax1, OWL.annotatedTarget.asNode(), r1));

        Graph second = GraphFactory.createDefaultGraph();
        Node r2 = NodeFactory.createBlankNode("zzz");
        Node ax2 = NodeFactory.createBlankNode("aaa");
        second.add(Triple.create(ax2, OWL.annotatedTarget.asNode(), r2));
        second.add(Triple.create(r2, OWL.someValuesFrom.asNode(), ex("B")));
        second.add(Triple.create(ax2, OWL.annotatedSource.asNode(), ex("A")));
        second.add(Triple.create(r2, OWL.onProperty.asNode(), ex("p")));
        second.add(Triple.create(ax2, RDF.type.asNode(), OWL.Axiom.asNode()));
        second.add(Triple.create(r2, RDF.type.asNode(), OWL.Restriction.asNode()));
        second.add(Triple.create(ex("A"), RDFS.subClassOf.asNode(), r2));

        PrefixMapping pm = PrefixMapping.Factory.create()
                .setNsPrefix("ex", EX).setNsPrefix("owl", OWL.NS).setNsPrefix("rdfs", RDFS.uri);
        String a = CanonicalTurtleWriter.toString(first, pm);
        assertEquals(a, CanonicalTurtleWriter.toString(second, pm));
        // The restriction is the object of two triples, so it is labelled rather than nested.
        assertEquals("""
                @prefix ex: <http://example.org/vocab#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

                ex:A rdfs:subClassOf _:b0 .

                [
                    a owl:Axiom ;
                    owl:annotatedSource ex:A ;
                    owl:annotatedTarget _:b0
                ] .

                _:b0 a owl:Restriction ;
                    owl:onProperty ex:p ;
                    owl:someValuesFrom ex:B .
                """, a);
        assertTrue(first.isIsomorphicWith(parse(a)));
    }

    @Test
    void writesTheDocumentedLayout() {
        Graph g = parse("""
                @prefix ex:   <http://example.org/vocab#> .
                @prefix owl:  <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
                @prefix dct:  <http://purl.org/dc/terms/> .
                ex:Z rdfs:label "zed" .
                ex:A rdfs:subClassOf [ owl:someValuesFrom ex:B ; a owl:Restriction ; owl:onProperty ex:p ] , ex:Top ;
                     rdfs:label "b" , "a"@en , "a" , "5"^^xsd:integer ;
                     a owl:Class ;
                     owl:equivalentClass [ a owl:Class ; owl:unionOf ( ex:C ex:B ) ] .
                """);
        assertEquals("""
                @prefix ex: <http://example.org/vocab#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

                ex:A a owl:Class ;
                    rdfs:label "5"^^xsd:integer, "a", "a"@en, "b" ;
                    rdfs:subClassOf ex:Top, [
                        a owl:Restriction ;
                        owl:onProperty ex:p ;
                        owl:someValuesFrom ex:B
                    ] ;
                    owl:equivalentClass [
                        a owl:Class ;
                        owl:unionOf ( ex:C ex:B )
                    ] .

                ex:Z rdfs:label "zed" .
                """, CanonicalTurtleWriter.toString(g, g.getPrefixMapping()));
    }

    @Test
    void declaresOnlyUsedPrefixesAndPrefersTheLongestNamespace() {
        Graph g = parse("<http://example.org/a/b/c> <http://example.org/a/p> <http://example.org/x> .");
        PrefixMapping pm = PrefixMapping.Factory.create()
                .setNsPrefix("long", "http://example.org/a/b/")
                .setNsPrefix("short", "http://example.org/a/")
                .setNsPrefix("", "http://example.org/")
                .setNsPrefix("unused", "http://unused.example/");
        assertEquals("""
                @prefix : <http://example.org/> .
                @prefix long: <http://example.org/a/b/> .
                @prefix short: <http://example.org/a/> .

                long:c short:p :x .
                """, CanonicalTurtleWriter.toString(g, pm));
    }

    @Test
    void writesIriReferencesWhenNoPrefixedNameFits() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(ex("thing(1)"), ex("p"), ex("ends.")));
        g.add(Triple.create(ex("ok.name-1_x"), ex("p"), NodeFactory.createURI("urn:isbn:0451450523")));
        g.add(Triple.create(ex("ok.name-1_x"), ex("q"), NodeFactory.createURI("http://example.org/vocab#a/b")));
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefix("ex", EX);
        String ttl = CanonicalTurtleWriter.toString(g, pm);
        assertEquals("""
                @prefix ex: <http://example.org/vocab#> .

                ex:ok.name-1_x ex:p <urn:isbn:0451450523> ;
                    ex:q <http://example.org/vocab#a/b> .

                <http://example.org/vocab#thing(1)> ex:p <http://example.org/vocab#ends.> .
                """, ttl);
        assertTrue(g.isIsomorphicWith(parse(ttl)));
    }

    @Test
    void escapesLiteralsWithoutLongQuotes() {
        Graph g = GraphFactory.createDefaultGraph();
        String tricky = "say \"hi\"\nback\\slash\ttab\r\b\f\u0001 ünï 𝄞 '''";
        g.add(Triple.create(ex("s"), ex("p"), NodeFactory.createLiteralString(tricky)));
        g.add(Triple.create(ex("s"), ex("q"), NodeFactory.createLiteralLang("chat", "fr")));
        g.add(Triple.create(ex("s"), ex("r"), NodeFactory.createLiteralDT("2024-01-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        String ttl = CanonicalTurtleWriter.toString(g, PrefixMapping.Factory.create().setNsPrefix("ex", EX));
        assertEquals("""
                @prefix ex: <http://example.org/vocab#> .

                ex:s ex:p "say \\"hi\\"\\nback\\\\slash\\ttab\\r\\b\\f\\u0001 ünï 𝄞 '''" ;
                    ex:q "chat"@fr ;
                    ex:r "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .
                """, ttl);
        assertFalse(ttl.contains("\"\"\""));
        Graph back = parse(ttl);
        assertTrue(g.isIsomorphicWith(back));
        assertEquals(tricky, back.find(ex("s"), ex("p"), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void writesDirectionalLanguageTags() {
        Graph g = parse("<http://example.org/a> <http://example.org/b> \"abc\"@ar--rtl , \"x\"@en .");
        String ttl = CanonicalTurtleWriter.toString(g, null);
        assertEquals("<http://example.org/a> <http://example.org/b> \"abc\"@ar--rtl, \"x\"@en .\n", ttl);
        assertTrue(g.isIsomorphicWith(parse(ttl)));
    }

    @Test
    void writesEncodedUtf8() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(ex("s"), ex("p"), NodeFactory.createLiteralString("é")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CanonicalTurtleWriter.write(g, null, out);
        assertEquals("<http://example.org/vocab#s> <http://example.org/vocab#p> \"é\" .\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTopLevelBlankNodesAfterIriSubjectsSortedByText() {
        Graph g = parse(RICH);
        String ttl = CanonicalTurtleWriter.toString(g, g.getPrefixMapping());
        int lastIriBlock = ttl.indexOf("<http://example.org/vocab#thing(1)>");
        int firstAxiom = ttl.indexOf("[\n    a owl:Axiom ;");
        int secondAxiom = ttl.indexOf("[\n    a owl:Axiom ;", firstAxiom + 1);
        assertTrue(lastIriBlock >= 0 && firstAxiom > lastIriBlock && secondAxiom > firstAxiom, ttl);
        // Sorted by text: the first difference is ex:evidence "A is ..." < ex:evidence "Called ...".
        assertTrue(ttl.indexOf("owl:annotatedProperty rdfs:subClassOf") < ttl.indexOf("owl:annotatedProperty rdfs:label"));
        assertFalse(ttl.contains("unused:"), "unused prefix declared");
        assertFalse(ttl.contains("rdf:first"), "collection not written with ( )");
        assertTrue(ttl.contains("owl:unionOf ( ex:B ex:C [\n"), ttl);
        assertTrue(ttl.contains("ex:nothing ()"), ttl);
    }

    @Test
    void labelsSharedAndCyclicBlankNodes() {
        Graph g = parse("""
                @prefix ex: <http://example.org/vocab#> .
                ex:a ex:p _:shared . ex:b ex:p _:shared . _:shared ex:v "s" .
                _:x ex:next _:y . _:y ex:next _:x .
                _:self ex:loop _:self .
                """);
        String ttl = CanonicalTurtleWriter.toString(g, g.getPrefixMapping());
        assertTrue(ttl.contains("_:b0") && ttl.contains("_:b3"), ttl);
        assertFalse(ttl.contains("_:b4"), ttl);
        assertTrue(g.isIsomorphicWith(parse(ttl)), ttl);
        for (long seed = 0; seed < 5; seed++) {
            assertEquals(ttl, CanonicalTurtleWriter.toString(relabelAndShuffle(g, seed), g.getPrefixMapping()));
        }
    }

    @Test
    void writesMalformedListsAsPlainBlankNodes() {
        Graph g = parse("""
                @prefix ex: <http://example.org/vocab#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                ex:s ex:p [ rdf:first ex:a ; rdf:rest [ rdf:first ex:b ; rdf:rest rdf:nil ] ; ex:extra "x" ] .
                ex:s ex:q [ rdf:first ex:a ] .
                """);
        String ttl = CanonicalTurtleWriter.toString(g, g.getPrefixMapping());
        assertTrue(ttl.contains("rdf:rest ( ex:b )"), ttl);
        assertTrue(g.isIsomorphicWith(parse(ttl)), ttl);
    }

    @Test
    void emptyGraphGivesEmptyOutput() {
        assertEquals("", CanonicalTurtleWriter.toString(GraphFactory.createDefaultGraph(),
                PrefixMapping.Factory.create().setNsPrefix("ex", EX)));
    }

    @Test
    void rejectsTriplesTurtleCannotExpress() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createLiteralString("lit"), ex("p"), ex("o")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CanonicalTurtleWriter.toString(g, null));
        assertTrue(e.getMessage().contains("Turtle"));
    }

    @Test
    void typedLiteralsUsePrefixedDatatypes() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(ex("s"), ex("p"), NodeFactory.createLiteralDT("5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefix("ex", EX).setNsPrefix("xsd", XSD.NS);
        assertTrue(CanonicalTurtleWriter.toString(g, pm).contains("ex:s ex:p \"5\"^^xsd:integer ."));
    }
}

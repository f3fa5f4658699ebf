package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.bench.SyntheticVocabulary;
import org.medvocab.export.Exporter;

/**
 * The compact graph answers every find pattern, {@code contains}, {@code size} and SPARQL queries exactly as Jena's
 * default in-memory graph loaded with the same triples, and the compact read gives the graph the plain read gives.
 */
class CompactGraphTest {
    @TempDir Path tmp;

    /**
     * Literals of several datatypes (some equal in value, not in term), language tags in two cases, blank nodes as
     * subject and object, a node that is object and subject, a triple written twice.
     */
    static final String DATA = """
        @prefix : <http://example.org/t#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        :a :p 1 , "01"^^xsd:integer , "1"^^xsd:int , 1.0 , "1.0e0"^^xsd:double , true , "abc"^^xsd:int ,
              "word" , "word"@en , "word"@en-GB , "Word"@EN-gb , "mot"@fr , "2024-01-31"^^xsd:date .
        :a :q :b , [ :p :b ; :r "inside" ] .
        :b :p :a ; :q :b ; :r "word"@en .
        _:x :p _:x ; :q "blank" .
        :c :p 1 .
        :c :p 1 .
        :a :q :b .
        """;

    /** The triples of {@link #DATA}, parsed once, so both graphs get the same blank nodes. */
    private static List<Triple> triples() {
        List<Triple> out = new ArrayList<>();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override public void triple(Triple t) { out.add(t); }
        });
        out.addAll(out.subList(0, 5));   // repeated triples
        return out;
    }

    private static Graph[] both() {
        Graph mem = GraphFactory.createDefaultGraph();
        CompactGraph.Builder b = new CompactGraph.Builder();
        for (Triple t : triples()) {
            mem.add(t);
            b.add(t);
        }
        return new Graph[] {mem, b.build()};
    }

    @Test void everyFindPatternAnswersAsTheDefaultGraph() {
        Graph[] g = both();
        Graph mem = g[0], compact = g[1];
        assertEquals(mem.size(), compact.size());
        Set<Node> nodes = new LinkedHashSet<>();
        mem.find().forEachRemaining(t -> nodes.addAll(List.of(t.getSubject(), t.getPredicate(), t.getObject())));
        nodes.addAll(List.of(Node.ANY, Var.alloc("v"), NodeFactory.createURI("http://example.org/t#absent"),
            NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("001", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralLang("word", "en"), NodeFactory.createLiteralString("absent"), NodeFactory.createBlankNode()));
        int patterns = 0, nonEmpty = 0;
        for (Node s : nodes) for (Node p : nodes) for (Node o : nodes) {
            List<Triple> expected = mem.find(s, p, o).toList(), actual = compact.find(s, p, o).toList();
            assertEquals(new HashSet<>(expected), new HashSet<>(actual), s + " " + p + " " + o);
            assertEquals(expected.size(), actual.size(), "no triple twice: " + s + " " + p + " " + o);
            assertEquals(mem.contains(s, p, o), compact.contains(s, p, o), s + " " + p + " " + o);
            patterns++;
            if (!actual.isEmpty()) nonEmpty++;
        }
        assertTrue(nonEmpty > 100 && nonEmpty < patterns, nonEmpty + " of " + patterns);
        assertTrue(mem.isIsomorphicWith(compact));
    }

    /** {@code forEach(s, p, …)} gives the predicate and object of each triple {@code find(s, p, ANY)} gives, in its order. */
    @Test void forEachGivesWhatFindGivesInOrder() {
        CompactGraph compact = (CompactGraph) both()[1];
        Set<Node> nodes = new LinkedHashSet<>();
        compact.find().forEachRemaining(t -> nodes.addAll(List.of(t.getSubject(), t.getPredicate(), t.getObject())));
        nodes.addAll(List.of(NodeFactory.createURI("http://example.org/t#absent"), NodeFactory.createBlankNode()));
        int nonEmpty = 0;
        for (Node s : nodes) for (Node p : concat(nodes, Node.ANY)) {
            List<List<Node>> expected = new ArrayList<>(), actual = new ArrayList<>();
            compact.find(s, p, Node.ANY).forEachRemaining(t -> expected.add(List.of(t.getPredicate(), t.getObject())));
            compact.forEach(s, p, (q, v) -> actual.add(List.of(q, v)));
            assertEquals(expected, actual, s + " " + p);
            if (!actual.isEmpty()) nonEmpty++;
        }
        assertTrue(nonEmpty >= 15, "patterns with triples: " + nonEmpty);
        assertThrows(IllegalArgumentException.class, () -> compact.forEach(Node.ANY, Node.ANY, (q, v) -> { }));
    }

    private static List<Node> concat(Set<Node> nodes, Node more) {
        List<Node> all = new ArrayList<>(nodes);
        all.add(more);
        return all;
    }

    @Test void theNodesAreTheParsedOnes() {
        Graph compact = both()[1];
        Node a = NodeFactory.createURI("http://example.org/t#a"), p = NodeFactory.createURI("http://example.org/t#p");
        // term equality: the integer 1 written as "01" is another term; its value is kept
        assertEquals(1, compact.find(a, p, NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger)).toList().size());
        Node ill = compact.find(a, p, NodeFactory.createLiteralDT("abc", XSDDatatype.XSDint)).next().getObject();
        assertFalse(ill.getLiteral().isWellFormed());
        assertTrue(compact.find(a, p, Node.ANY).toList().stream().anyMatch(t -> t.getObject().getLiteralValue() instanceof Number));
    }

    static final List<String> QUERIES = List.of(
        "SELECT ?s ?o { ?s :p ?o }",
        "SELECT ?s { ?s :p 1 }",
        "SELECT ?s ?o { ?s :p ?o FILTER(?o = 1) }",
        "SELECT ?s ?o { ?s :p ?o FILTER(langMatches(lang(?o), 'en')) }",
        "SELECT ?x ?y { ?x (:p|:q)+ ?y }",
        "SELECT ?x ?y { ?x ^:q/:p* ?y }",
        "SELECT ?x (COUNT(*) AS ?n) { ?x ?p ?o } GROUP BY ?x",
        "SELECT * { ?s ?p ?o OPTIONAL { ?o ?q ?z } }",
        "SELECT ?s { ?s :p ?o FILTER NOT EXISTS { ?o :p ?s } }",
        "SELECT ?o { :a :p ?o FILTER(isLiteral(?o) && datatype(?o) = xsd:int) }",
        "SELECT ?s { ?s :r \"word\"@en }",
        "SELECT (COUNT(*) AS ?n) { ?s ?p ?o . ?o ?q ?z }");

    @Test void sparqlAnswersAsOnTheDefaultGraph() {
        Graph[] g = both();
        for (String q : QUERIES) {
            String query = "PREFIX : <http://example.org/t#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + q;
            ResultSetRewindable expected = select(g[0], query), actual = select(g[1], query);
            assertTrue(expected.size() > 0, q);
            assertTrue(ResultSetCompare.equalsByTerm(expected, actual), q);
        }
        try (var qe = QueryExecutionFactory.create("ASK { <http://example.org/t#a> <http://example.org/t#p> \"word\"@en }",
                ModelFactory.createModelForGraph(g[1]))) {
            assertTrue(qe.execAsk());
        }
    }

    private static ResultSetRewindable select(Graph g, String query) {
        try (var qe = QueryExecutionFactory.create(QueryFactory.create(query), ModelFactory.createModelForGraph(g))) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }

    @Test void readOnly() {
        Graph compact = both()[1];
        Triple t = compact.find().next();
        assertThrows(AddDeniedException.class, () -> compact.add(Triple.create(t.getSubject(), t.getPredicate(), t.getSubject())));
        assertThrows(DeleteDeniedException.class, () -> compact.delete(t));
        assertFalse(compact.getCapabilities().addAllowed());
    }

    @Test void theCompactReadGivesThePlainReadsGraphAndPrefixes() throws Exception {
        Path ttl = tmp.resolve("d.ttl");
        Files.writeString(ttl, DATA.replace(" , \"abc\"^^xsd:int", ""), StandardCharsets.UTF_8);
        Exporter.LoadedGraph plain = Exporter.read(ttl), compact = CompactGraph.read(ttl);
        assertTrue(compact.graph() instanceof CompactGraph);
        assertTrue(plain.graph().isIsomorphicWith(compact.graph()));
        assertEquals(plain.prefixes().getNsPrefixMap(), compact.prefixes().getNsPrefixMap());
        Path nt = tmp.resolve("v.nt");
        SyntheticVocabulary.write(nt, 300, 4);
        Graph compactNt = CompactGraph.read(nt).graph();
        assertTrue(compactNt instanceof CompactGraph);
        assertTrue(Exporter.read(nt).graph().isIsomorphicWith(compactNt));
    }

    @Test void aFileWithParserWarningsIsReadThePlainWay() throws Exception {
        Path ttl = tmp.resolve("warn.ttl");
        Files.writeString(ttl, DATA, StandardCharsets.UTF_8);   // "abc"^^xsd:int: Jena warns, and Exporter.read logs it
        Exporter.LoadedGraph read = CompactGraph.read(ttl);
        assertFalse(read.graph() instanceof CompactGraph);
        assertTrue(Exporter.read(ttl).graph().isIsomorphicWith(read.graph()));
    }

    @Test void aBadFileFailsAsThePlainRead() throws Exception {
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "@prefix : <http://example.org/> .\n:a :b :c .\n:a :b .\n", StandardCharsets.UTF_8);
        Exporter.ReadException plain = assertThrows(Exporter.ReadException.class, () -> Exporter.read(bad));
        Exporter.ReadException compact = assertThrows(Exporter.ReadException.class, () -> CompactGraph.read(bad));
        assertEquals(plain.getMessage(), compact.getMessage());
        assertEquals(3, compact.line());
        assertThrows(Exporter.ReadException.class, () -> CompactGraph.read(tmp.resolve("missing.nt")));
    }
}

package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation reads the compact graph as it reads Jena's default graph: the same report with the built-in shapes (Java
 * checks and Jena's SHACL Core), with edited shapes (their SPARQL queries), on every fixture, and with SHACL Core
 * constraints that compare literal values (sh:in, sh:hasValue, sh:datatype, ranges, language tags, sh:lessThan).
 */
class CompactValidationTest {
    @TempDir Path tmp;

    private static final org.apache.jena.shacl.Shapes SHAPES = Shapes.parse(Shapes.defaults(), "shapes");

    static CompactGraph compact(Graph g) {
        CompactGraph.Builder b = new CompactGraph.Builder();
        g.find().forEachRemaining(b::add);
        g.getPrefixMapping().getNsPrefixMap().forEach(b::prefix);
        return b.build();
    }

    @Test void sameReportWithAViolationOfEveryShapeAndWithEditedShapes() {
        Graph mem = ShapeChecksTest.broken(tmp);
        CompactGraph compact = compact(mem);
        List<String> expected = BulkSparqlTest.entries(BulkSparql.validate(SHAPES, mem));
        assertTrue(expected.size() > 38, "a violation of every shape");
        assertEquals(expected, BulkSparqlTest.entries(BulkSparql.validate(SHAPES, compact)));
        org.apache.jena.shacl.Shapes edited = ShapeChecksTest.edited();
        List<String> byQueries = BulkSparqlTest.entries(BulkSparql.validate(edited, mem));
        assertTrue(byQueries.stream().anyMatch(l -> l.contains("An edited message.")));
        assertEquals(byQueries, BulkSparqlTest.entries(BulkSparql.validate(edited, compact)));
        assertEquals(rows(Validator.validate(mem)), rows(Validator.validate(compact)));
    }

    @Test void sameRowsOnEveryFixture() {
        for (String name : Fixtures.names()) {
            Graph mem = Fixtures.load(name);
            ValidationResult expected = Validator.validate(mem), actual = Validator.validate(compact(mem));
            assertEquals(rows(expected), rows(actual), name);
            assertEquals(ReportWriter.text(expected), ReportWriter.text(actual), name);
        }
    }

    /** SHACL Core constraints on literal values and terms, over data with values equal but not the same term. */
    static final String DATA = """
        @prefix : <http://example.org/v#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        :a a :Thing ; :n 1 , "01"^^xsd:integer , "1"^^xsd:int , "abc"^^xsd:int ; :low 5 ; :high 3 ;
           :name "one"@en , "One"@EN , "un"@fr , "plain" ; :same :b ; :other :b .
        :b a :Thing ; :n 2 ; :low 1 ; :high 4 ; :name "two"@en-GB ; :same :b ; :other :a ; :next :a .
        [] a :Thing ; :n 1.0 ; :name "blank" ; :next [ :n 3 ] .
        """;

    static final String CORE_SHAPES = """
        @prefix : <http://example.org/v#> .
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        :S a sh:NodeShape ; sh:targetClass :Thing ;
          sh:property [ sh:path :n ; sh:in ( 1 2 ) ] ;
          sh:property [ sh:path :n ; sh:datatype xsd:integer ] ;
          sh:property [ sh:path :n ; sh:minInclusive 1 ; sh:maxExclusive 2 ] ;
          sh:property [ sh:path :n ; sh:hasValue 1 ] ;
          sh:property [ sh:path :name ; sh:languageIn ( "en" ) ; sh:uniqueLang true ] ;
          sh:property [ sh:path :low ; sh:lessThan :high ] ;
          sh:property [ sh:path :same ; sh:equals :other ] ;
          sh:property [ sh:path :same ; sh:disjoint :other ] ;
          sh:property [ sh:path ( :next :n ) ; sh:maxCount 0 ] ;
          sh:property [ sh:path [ sh:inversePath :next ] ; sh:class :Thing ; sh:maxCount 0 ] ;
          sh:property [ sh:path [ sh:zeroOrMorePath :next ] ; sh:nodeKind sh:IRI ] .
        """;

    @Test void sameCoreReportOnLiteralValues() {
        Graph mem = GraphFactory.createDefaultGraph(), shapesGraph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(mem);
        RDFParser.fromString(CORE_SHAPES, Lang.TURTLE).parse(shapesGraph);
        org.apache.jena.shacl.Shapes shapes = Shapes.parse(shapesGraph, "core");
        List<String> expected = BulkSparqlTest.entries(ShaclValidator.get().validate(shapes, mem));
        assertTrue(expected.size() > 10, String.join("\n", expected));
        assertFalse(expected.stream().anyMatch(l -> l.contains("HasValueConstraintComponent") && l.contains("v#a ")),
            "the integer 1 is a value of :a");
        assertEquals(expected, BulkSparqlTest.entries(ShaclValidator.get().validate(shapes, compact(mem))));
    }

    private static List<String> rows(ValidationResult r) {
        return r.rows().stream().map(Object::toString).sorted().toList();
    }
}

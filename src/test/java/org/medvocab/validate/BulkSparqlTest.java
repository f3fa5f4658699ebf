package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.bench.SyntheticVocabulary;
import org.medvocab.export.Exporter;

/** The bulk evaluation of SPARQL constraints gives Jena's SHACL report, entry for entry. */
class BulkSparqlTest {
    @TempDir Path tmp;

    private static final org.apache.jena.shacl.Shapes SHAPES = Shapes.parse(Shapes.defaults(), "shapes");

    /** The entries as sorted lines: shape, severity, focus, path, value, component, message. */
    static List<String> entries(ValidationReport r) {
        List<String> out = new ArrayList<>();
        for (ReportEntry e : r.getEntries()) {
            out.add(e.source() + " " + e.severity().level() + " " + e.focusNode() + " " + e.resultPath() + " " + e.value()
                + " " + e.sourceConstraintComponent() + " " + e.message());
        }
        out.sort(null);
        return out;
    }

    private static void same(Graph data, String what) {
        List<String> jena = entries(ShaclValidator.get().validate(SHAPES, data));
        List<String> bulk = entries(BulkSparql.validate(SHAPES, data));
        assertEquals(jena, bulk, what);
    }

    @Test void sameReportOnEveryFixture() {
        int nonEmpty = 0;
        for (String name : Fixtures.names()) {
            Graph g = Fixtures.load(name);
            same(g, name);
            if (!ShaclValidator.get().validate(SHAPES, g).conforms()) nonEmpty++;
        }
        same(Fixtures.base(), "base");
        same(Fixtures.cycleAndValveWithoutDefinition(), "cycle and valve");
        assertTrue(nonEmpty > 10, "fixtures with results: " + nonEmpty);
    }

    @Test void sameReportOnTheCorpusVocabularyAndAGeneratedOne() {
        same(Exporter.read(Path.of("ontology/medvocab.ttl")).graph(), "ontology/medvocab.ttl");
        Path f = tmp.resolve("v.nt");
        SyntheticVocabulary.write(f, 600, 2);
        same(Exporter.read(f).graph(), "generated");
    }

    @Test void mostSparqlShapesRunInBulk() {
        long eligible = SHAPES.getTargetShapes().stream().filter(s -> BulkSparql.eligible(SHAPES.getGraph(), s)).count();
        assertTrue(eligible >= 20, "eligible shapes: " + eligible);
        assertFalse(SHAPES.getTargetShapes().stream().filter(s -> !s.getConstraints().isEmpty()
            && s.getConstraints().stream().noneMatch(c -> c instanceof org.apache.jena.shacl.engine.constraint.SparqlConstraint))
            .anyMatch(s -> BulkSparql.eligible(SHAPES.getGraph(), s)), "core-only shapes stay with Jena");
    }
}

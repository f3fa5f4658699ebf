package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.parser.Shape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One deliberately broken vocabulary per shape (src/test/resources/validate/*.ttl): each yields exactly the results
 * its {@code # expect:} lines name (shape, severity, focus node, path, value) and nothing else.
 */
class ValidatorFixturesTest {
    static Graph shapes;

    @BeforeAll static void loadShapes() {
        shapes = Shapes.defaults();
    }

    static List<String> fixtures() { return Fixtures.names(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureYieldsExactlyTheExpectedResults(String name) {
        List<Fixtures.Expected> expected = Fixtures.expectations(name);
        ValidationResult result = Validator.validate(Fixtures.load(name), shapes);
        List<ValidationRow> unmatched = new ArrayList<>(result.rows());
        List<Fixtures.Expected> missing = new ArrayList<>();
        for (Fixtures.Expected e : expected) {
            ValidationRow hit = unmatched.stream().filter(e::matches).findFirst().orElse(null);
            if (hit == null) missing.add(e);
            else unmatched.remove(hit);
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            fail(name + ":\n  missing: " + missing + "\n  unexpected: "
                + unmatched.stream().map(ValidatorFixturesTest::describe).collect(Collectors.joining("\n              "))
                + "\n" + ReportWriter.text(result));
        }
        assertEquals(expected.size(), result.rows().size());
        // the counts agree with the expectations
        long violations = expected.stream().filter(e -> e.severity() == Severity.VIOLATION).count();
        assertEquals(violations, result.violations(), name);
        assertEquals(violations == 0, result.conforms(), name);
    }

    @Test void everyShapeHasAFixtureThatTriggersIt() {
        Set<String> shapeIris = new TreeSet<>();
        for (Shape s : org.apache.jena.shacl.Shapes.parse(shapes)) {
            if (s.hasTarget()) shapeIris.add(s.getShapeNode().getURI());
        }
        Set<String> covered = new TreeSet<>();
        for (String name : Fixtures.names()) {
            for (Fixtures.Expected e : Fixtures.expectations(name)) covered.add(e.shape().getURI());
        }
        Set<String> uncovered = new TreeSet<>(shapeIris);
        uncovered.removeAll(covered);
        assertTrue(uncovered.isEmpty(), "shapes without a fixture: " + uncovered);
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(shapeIris);
        assertTrue(unknown.isEmpty(), "fixtures expect shapes that do not exist: " + unknown);
    }

    @Test void eachFixtureIsAboutOneShape() {
        for (String name : Fixtures.names()) {
            Set<Node> shapesOfFixture = Fixtures.expectations(name).stream().map(Fixtures.Expected::shape).collect(Collectors.toSet());
            assertTrue(shapesOfFixture.size() <= 1, name + " expects results of several shapes: " + shapesOfFixture);
        }
    }

    @Test void theCleanFixturesYieldNothing() {
        assertTrue(Validator.validate(Fixtures.base(), shapes).rows().isEmpty(),
            () -> ReportWriter.text(Validator.validate(Fixtures.base(), shapes)));
        assertTrue(Fixtures.expectations("valid.ttl").isEmpty());
        ValidationResult valid = Validator.validate(Fixtures.load("valid.ttl"), shapes);
        assertTrue(valid.rows().isEmpty(), () -> ReportWriter.text(valid));
        assertFalse(Fixtures.names().isEmpty());
    }

    @Test void expectationTokensKeepQuotedLiteralsWhole() {
        assertEquals(List.of("mvs:X", "Violation", ":a", "skos:altLabel", "\"IV \\\"x\\\" pump\"@en"),
            Fixtures.tokens("mvs:X Violation :a  skos:altLabel \"IV \\\"x\\\" pump\"@en"));
    }

    private static String describe(ValidationRow r) {
        return r.shape() + " " + r.severity() + " " + r.focus() + " " + r.property() + " " + r.value();
    }
}

package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Validating only the nodes a write touched finds what the whole-graph validation finds for those nodes, and only that (every shape fixture). */
class ValidateFocusTest {

    @Test void findsTheProblemsOfTheChangedNodesOnly() {
        List<String> names;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/validate"))) {
            names = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".ttl") && !f.equals("base.ttl") && !f.equals("valid.ttl"))
                .sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(names.size() > 30, names.toString());
        for (String name : names) {
            Graph g = Fixtures.load(name);
            ValidationResult whole = Validator.validate(g);
            assertTrue(!whole.rows().isEmpty(), name);
            Set<Node> focus = new java.util.HashSet<>();
            for (ValidationRow r : whole.rows()) focus.add(r.focus());
            ValidationResult part = Validator.validateFocus(g, Shapes.defaults(), focus);
            assertEquals(whole.rows(), part.rows(), name);
            Node untouched = NodeFactory.createURI("https://example.org/nothing-here");
            assertTrue(Validator.validateFocus(g, Shapes.defaults(), Set.of(untouched)).rows().isEmpty(), name);
        }
    }
}

package org.medvocab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/** The text, Turtle and JSON reports. */
class ReportWriterTest {

    static ValidationResult cycleAndValveWithoutDefinition() {
        return Validator.validate(Fixtures.cycleAndValveWithoutDefinition());
    }

    @Test void textGroupsResultsByShapeViolationsFirstAndEndsWithTheSummary() {
        String text = ReportWriter.text(cycleAndValveWithoutDefinition());
        List<String> lines = text.lines().toList();
        assertEquals("Violation mvs:NoBroaderCycle: no cycle in the broader hierarchy (2)", lines.get(0));
        assertTrue(lines.get(1).startsWith("  The broader hierarchy goes round in a circle"), text);
        int first = lines.indexOf("  - infusion pump <https://example.org/vocab/infusion-pump>");
        assertTrue(first > 0, text);
        assertEquals("      skos:broader  pump <https://example.org/vocab/pump>", lines.get(first + 1));
        assertEquals("  - pump <https://example.org/vocab/pump>", lines.get(first + 2));
        assertEquals("      skos:broader  infusion pump <https://example.org/vocab/infusion-pump>", lines.get(first + 3));
        int warning = lines.indexOf("Warning mvs:ConceptHasDefinition: concept has a definition (1)");
        assertTrue(warning > first, text);
        assertTrue(lines.contains("      skos:definition"), "a missing property is named without a value:\n" + text);
        assertEquals("2 violations, 1 warning", lines.get(lines.size() - 1));
        assertEquals(1, text.split("The broader hierarchy goes round", -1).length - 1, "the message once per shape:\n" + text);
        assertTrue(lines.stream().allMatch(l -> l.length() <= ReportWriter.WIDTH || l.contains("<http")), text);
    }

    @Test void textShowsControlCharactersEscaped() {
        String text = ReportWriter.text(Validator.validate(Fixtures.load("label-no-control-characters.ttl")));
        assertTrue(text.contains("      skos:altLabel  \"infusion\\tset pump\"@en\n"), text);
        assertFalse(text.contains("\t"), text);
        String ws = ReportWriter.text(Validator.validate(Fixtures.load("label-no-surrounding-whitespace.ttl")));
        assertTrue(ws.contains("      skos:prefLabel  \" infusion pump\"@en\n"), ws);
        assertTrue(ws.contains("      skos:altLabel  \"IV pump\\u00A0\"@en\n"), "a no-break space is shown:\n" + ws);
        assertTrue(ws.contains("  - \" infusion pump\" <https://example.org/vocab/infusion-pump>\n"), "a bad label is quoted:\n" + ws);
    }

    @Test void anEmptyReportIsTheSummaryLine() {
        assertEquals("0 violations, 0 warnings\n", ReportWriter.text(Validator.validate(Fixtures.load("valid.ttl"))));
    }

    @Test void jsonHasTheCountsAndOneObjectPerResult() {
        ValidationResult r = cycleAndValveWithoutDefinition();
        JsonObject o = JSON.parse(ReportWriter.json(r));
        assertFalse(o.get("conforms").getAsBoolean().value());
        assertEquals(2, o.get("violations").getAsNumber().value().intValue());
        assertEquals(1, o.get("warnings").getAsNumber().value().intValue());
        assertEquals("2 violations, 1 warning", o.get("summary").getAsString().value());
        JsonArray results = o.get("results").getAsArray();
        assertEquals(3, results.size());
        JsonObject first = results.get(0).getAsObject();
        assertEquals("https://w3id.org/medvocab/shapes#NoBroaderCycle", first.get("shape").getAsString().value());
        assertEquals("Violation", first.get("severity").getAsString().value());
        assertEquals("uri", first.get("focus").getAsObject().get("type").getAsString().value());
        assertEquals("https://example.org/vocab/infusion-pump", first.get("focus").getAsObject().get("value").getAsString().value());
        assertEquals("infusion pump", first.get("label").getAsString().value());
        assertEquals("http://www.w3.org/2004/02/skos/core#broader", first.get("path").getAsString().value());
        assertEquals("pump", first.get("valueLabel").getAsString().value());
        assertTrue(first.get("message").getAsString().value().startsWith("The broader hierarchy"));
        assertTrue(results.get(2).getAsObject().get("value").isNull());
    }

    @Test void jsonEncodesLiteralsAndEscapes() {
        JsonObject o = JSON.parse(ReportWriter.json(Validator.validate(Fixtures.load("label-no-control-characters.ttl"))));
        JsonObject value = o.get("results").getAsArray().get(0).getAsObject().get("value").getAsObject();
        assertEquals("literal", value.get("type").getAsString().value());
        assertEquals("infusion\tset pump", value.get("value").getAsString().value());
        assertEquals("en", value.get("xml:lang").getAsString().value());
        JsonObject empty = JSON.parse(ReportWriter.json(Validator.validate(Fixtures.load("valid.ttl"))));
        assertTrue(empty.get("conforms").getAsBoolean().value());
        assertEquals(0, empty.get("results").getAsArray().size());
        assertEquals("\"a\\\"b\\\\c\\u0001\\n\"", ReportWriter.str("a\"b\\c\u0001\n"));
    }

    @Test void turtleIsTheShaclReportGraph() {
        ValidationResult r = cycleAndValveWithoutDefinition();
        String ttl = ReportWriter.turtle(r);
        assertTrue(ttl.contains("mvs:NoBroaderCycle"), ttl);
        Graph g = RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
        ValidationReport report = ValidationReport.fromGraph(g);
        assertEquals(3, report.getEntries().size());
        assertFalse(report.conforms());
    }

    @Test void reportsAreDeterministic() {
        for (ReportFormat f : ReportFormat.values()) {
            assertEquals(ReportWriter.render(cycleAndValveWithoutDefinition(), f), ReportWriter.render(cycleAndValveWithoutDefinition(), f), f.name());
        }
    }

    @Test void formatNames() {
        assertEquals(ReportFormat.TEXT, ReportFormat.fromName("text"));
        assertEquals(ReportFormat.TURTLE, ReportFormat.fromName("TTL"));
        assertEquals(ReportFormat.JSON, ReportFormat.fromName("Json"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.fromName("xml"));
        assertTrue(e.getMessage().contains("text, turtle or json"), e.getMessage());
    }
}

package org.medvocab.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.extract.DocumentExtraction;
import org.medvocab.validate.Severity;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.ValidationRow;
import org.medvocab.validate.Validator;

/**
 * Makes a converted vocabulary valid without losing documents to their own extraction (issue 9, item 5). Each
 * violation of the shapes is repaired where the statement at fault is known:
 * <ul>
 *   <li>a domain relation whose value has the wrong kind is demoted to {@code skos:related} (both ways), keeping its
 *       evidence on the axiom;</li>
 *   <li>a {@code skos:broader} / {@code rdfs:subClassOf} link on a cycle or across kinds is dropped with its mirror;</li>
 *   <li>a {@code skos:related} link between a concept and one above or below it is dropped both ways;</li>
 * </ul>
 * each reported as a warning with its evidence sentence. What cannot be repaired that way leaves out the documents that
 * state the concepts at fault: they are reported and the rest is rebuilt and written. The SHACL gate is unchanged for
 * hand-edited input (validate, serve loads and writes).
 */
public final class VocabularyRepair {
    private VocabularyRepair() {}

    /** Rounds of repair before documents are left out. */
    static final int ROUNDS = 4;

    /**
     * The repaired conversion, the repairs made (warnings) and the documents left out (errors); {@code validation} is
     * the report on the repaired graph as it is returned when the last round validated it unchanged (so it need not be
     * validated again), else null.
     */
    public record Outcome(Converter.Result result, List<String> warnings, List<String> leftOut, ValidationResult validation) {}

    private static final Node BROADER = SKOS.broader.asNode();
    private static final Node NARROWER = SKOS.narrower.asNode();
    private static final Node RELATED = SKOS.related.asNode();
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private static final Node ON_PROPERTY = OWL2.onProperty.asNode();
    private static final Node SOME_VALUES = OWL2.someValuesFrom.asNode();
    private static final Node ANN_SOURCE = OWL2.annotatedSource.asNode();
    private static final Node ANN_PROPERTY = OWL2.annotatedProperty.asNode();
    private static final Node ANN_TARGET = OWL2.annotatedTarget.asNode();
    private static final Set<Node> RELATIONS = Set.of(MVO.indication, MVO.risk, MVO.insertionSite, MVO.location, MVO.component, MVO.mechanism);

    /**
     * Repairs {@code r} (converted by {@code converter}) until it passes {@code shapes}. Documents left out are rebuilt by
     * the same converter, so its curation overlay still applies.
     */
    public static Outcome repair(Converter.Result r, Converter converter, Graph shapes) {
        List<String> warnings = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Converter.Result current = r;
        ValidationResult last = null;
        for (int round = 0; round < ROUNDS; round++) {
            ValidationResult v = Validator.validate(current.graph(), shapes, current.prefixes());
            if (v.conforms()) {
                last = v;
                break;
            }
            List<ValidationRow> rest = new ArrayList<>();
            for (ValidationRow row : v.rows()) {
                if (row.severity() != Severity.VIOLATION) continue;
                String fixed = fix(current.graph(), row);
                if (fixed == null) rest.add(row);
                else if (!fixed.isEmpty()) warnings.add(fixed); // empty: the mirror of a link already repaired
            }
            if (!rest.isEmpty()) current = leaveOut(current, converter, rest, leftOut);
        }
        List<String> errors = new ArrayList<>(current.errors());
        errors.addAll(leftOut);
        Converter.Result out = new Converter.Result(current.graph(), current.prefixes(), errors, current.documents(),
            current.concepts(), current.extractions(), current.notes());
        return new Outcome(out, warnings, leftOut, last);
    }

    /** Repairs one violation in place; the warning, "" when it was repaired already, or null when it has no local repair. */
    private static String fix(Graph g, ValidationRow row) {
        Node f = row.focus();
        Node p = row.property();
        Node v = row.value();
        // the other side of a related link dropped both ways a moment ago
        if (RELATED.equals(p) && v != null && f != null && !g.contains(f, RELATED, v)) return "";
        if (f == null || p == null || v == null || !v.isURI() || !g.contains(f, p, v) && !g.contains(f, SUBCLASS, v)) return null;
        String evidence = evidence(g, f, p, v);
        if (RELATIONS.contains(p)) {
            g.delete(f, p, v);
            dropRestrictions(g, f, p, v);
            for (Node ax : axioms(g, f, p, v)) {
                g.delete(ax, ANN_PROPERTY, p);
                g.add(ax, ANN_PROPERTY, RELATED);
            }
            g.add(f, RELATED, v);
            g.add(v, RELATED, f);
            return "demoted " + name(g, f) + " " + p.getLocalName() + " " + name(g, v) + " to skos:related (" + row.shape().getLocalName() + ")" + evidence;
        }
        if (p.equals(RELATED)) {
            // "related" between a concept and one above or below it (once documents are merged): the hierarchy says more
            g.delete(f, RELATED, v);
            g.delete(v, RELATED, f);
            dropAxioms(g, f, RELATED, v);
            dropAxioms(g, v, RELATED, f);
            return "dropped " + name(g, f) + " related " + name(g, v) + " (" + row.shape().getLocalName() + ")" + evidence;
        }
        if (p.equals(BROADER) || p.equals(SUBCLASS)) {
            g.delete(f, BROADER, v);
            g.delete(v, NARROWER, f);
            g.delete(f, SUBCLASS, v);
            dropAxioms(g, f, BROADER, v);
            return "dropped " + name(g, f) + " broader " + name(g, v) + " (" + row.shape().getLocalName() + ")" + evidence;
        }
        return null;
    }

    private static void dropRestrictions(Graph g, Node f, Node p, Node v) {
        for (Triple t : g.find(f, SUBCLASS, Node.ANY).toList()) {
            Node r = t.getObject();
            if (r.isBlank() && g.contains(r, ON_PROPERTY, p) && g.contains(r, SOME_VALUES, v)) {
                g.delete(t);
                g.find(r, Node.ANY, Node.ANY).toList().forEach(g::delete);
            }
        }
    }

    /** Deletes the reified axioms (evidence and all) of the statement f p v. */
    private static void dropAxioms(Graph g, Node f, Node p, Node v) {
        for (Node ax : axioms(g, f, p, v)) g.find(ax, Node.ANY, Node.ANY).toList().forEach(g::delete);
    }

    private static List<Node> axioms(Graph g, Node f, Node p, Node v) {
        return g.find(Node.ANY, ANN_SOURCE, f).mapWith(Triple::getSubject)
            .filterKeep(ax -> g.contains(ax, ANN_PROPERTY, p) && g.contains(ax, ANN_TARGET, v)).toList();
    }

    private static String evidence(Graph g, Node f, Node p, Node v) {
        for (Node ax : axioms(g, f, p, v)) {
            var e = g.find(ax, MVO.evidence, Node.ANY).toList();
            if (!e.isEmpty()) return ": \"" + e.get(0).getObject().getLiteralLexicalForm() + "\"";
        }
        return "";
    }

    private static String name(Graph g, Node n) {
        var l = g.find(n, SKOS.prefLabel.asNode(), Node.ANY).toList();
        return l.isEmpty() ? "<" + n.getURI() + ">" : "'" + l.get(0).getObject().getLiteralLexicalForm() + "'";
    }

    /** Rebuilds without the documents that are sources of the concepts at fault (all of them if none is known). */
    private static Converter.Result leaveOut(Converter.Result r, Converter converter, List<ValidationRow> rows, List<String> leftOut) {
        Graph g = r.graph();
        Set<String> culprits = new LinkedHashSet<>();
        Map<String, String> reasons = new java.util.HashMap<>();
        for (ValidationRow row : rows) {
            if (row.focus() == null) continue;
            g.find(row.focus(), DCTerms.source.asNode(), Node.ANY).forEachRemaining(t ->
                g.find(t.getObject(), DCTerms.identifier.asNode(), Node.ANY).forEachRemaining(id -> {
                    String doc = id.getObject().getLiteralLexicalForm();
                    culprits.add(doc);
                    reasons.putIfAbsent(doc, row.shape().getLocalName() + " on " + (row.focusLabel() != null ? row.focusLabel() : row.focus().toString()));
                }));
        }
        List<DocumentExtraction> kept = new ArrayList<>();
        for (DocumentExtraction ex : r.extractions()) {
            String id = ex.document().id();
            if (culprits.isEmpty() || culprits.contains(id)) {
                leftOut.add(ex.document().path() + ": left out, its extraction fails the shapes ("
                    + reasons.getOrDefault(id, rows.get(0).shape().getLocalName()) + ")");
            } else {
                kept.add(ex);
            }
        }
        return converter.rebuild(kept, r.errors());
    }
}

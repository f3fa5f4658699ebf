package org.medvocab.validate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.MVO;

/**
 * The table of Java checks: for each built-in SPARQL-based shape (by its IRI), the {@link ShapeCheck} that gives, per focus
 * node, the answers of the shape's query, reading the graph's indexes instead of evaluating the query (a property path
 * such as {@code (skos:broader|rdfs:subClassOf)*} per focus node was most of the time of validating a large
 * vocabulary). A check is used only for a shape equal to the built-in shape of that IRI (same targets, severity,
 * messages and query); a changed or new shape is validated by SPARQL as before. {@code ShapeChecksTest} proves that the
 * report equals Jena SHACL's on the fixtures and on a generated vocabulary with a violation of every shape.
 */
final class ShapeChecks {
    private ShapeChecks() {}

    private static final Node BROADER = SKOS.broader.asNode(), NARROWER = SKOS.narrower.asNode(),
        SUBCLASS = RDFS.subClassOf.asNode(), TYPE = RDF.type.asNode(), CONCEPT = SKOS.Concept.asNode();
    /** The domain relations whose values have a kind. */
    private static final List<Node> RELATIONS = List.of(MVO.indication, MVO.risk, MVO.insertionSite, MVO.location,
        MVO.component, MVO.mechanism);
    /** The label properties of the label shapes. */
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
        SKOS.hiddenLabel.asNode(), RDFS.label.asNode());

    // the label shapes' regular expressions, as Jena's REGEX runs them (java.util.regex, find)
    private static final Pattern BLANK = Pattern.compile("^[\\s\\p{Z}]*$");
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}]|[\\s\\p{Z}]$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    /** The checks, by shape IRI: one entry per built-in SPARQL-based shape. */
    static final Map<Node, ShapeCheck> TABLE = Map.ofEntries(
        kind("IndicationKind", MVO.indication, MVO.Condition, MVO.Procedure),
        kind("RiskKind", MVO.risk, MVO.Condition),
        kind("InsertionSiteKind", MVO.insertionSite, MVO.AnatomicalStructure),
        kind("LocationKind", MVO.location, MVO.AnatomicalStructure),
        kind("ComponentKind", MVO.component, MVO.Device, MVO.Substance),
        kind("MechanismKind", MVO.mechanism, MVO.BiologicalMechanism, MVO.Substance, MVO.Device),
        entry("RelationValueKindKnown", new KindKnown()),
        entry("OneKindPerConcept", new OneKind()),
        entry("DefinitionHasSource", new Traced(SKOS.definition.asNode())),
        entry("ConceptHasSource", new Untraced(DCTerms.source.asNode())),
        entry("UniquePrefLabelInScheme", new SharedLabel()),
        entry("LabelHasLanguageTag", new LabelForm(v -> !v.isLiteral() || v.getLiteralLanguage().isEmpty())),
        entry("LabelNotEmpty", new LabelForm(v -> v.isLiteral() && BLANK.matcher(v.getLiteralLexicalForm()).find())),
        entry("LabelNoSurroundingWhitespace", new LabelForm(v -> v.isLiteral() && !BLANK.matcher(v.getLiteralLexicalForm()).find()
            && EDGE_SPACE.matcher(v.getLiteralLexicalForm()).find())),
        entry("LabelNoControlCharacters", new LabelForm(v -> v.isLiteral() && CONTROL.matcher(v.getLiteralLexicalForm()).find())),
        entry("TopConceptHasNoBroader", new EveryValue(BROADER)),
        entry("BroaderHasNarrower", new Inverse(BROADER, NARROWER)),
        entry("NarrowerHasBroader", new Inverse(NARROWER, BROADER)),
        entry("NoBroaderCycle", new Cycle(BROADER)),
        entry("NoSubClassCycle", new Cycle(SUBCLASS)),
        entry("RelatedNotBroaderTransitive", new RelatedInHierarchy()),
        entry("ExactMatchDisjoint", new MappingClash()),
        entry("OrphanConcept", new Orphan()),
        entry("PunnedClassHasLabel", new PunnedLabel()),
        entry("BroaderMirroredBySubClassOf", new Mirror(OWL2.Class.asNode(), BROADER, SUBCLASS, false)),
        entry("SubClassOfMirroredByBroader", new Mirror(CONCEPT, SUBCLASS, BROADER, true)));

    private static Map.Entry<Node, ShapeCheck> entry(String shape, ShapeCheck c) {
        return Map.entry(NodeFactory.createURI(Shapes.NS + shape), c);
    }

    private static Map.Entry<Node, ShapeCheck> kind(String shape, Node relation, Node... allowed) {
        int mask = 0;
        for (Node a : allowed) mask |= Indexes.bit(a);
        return entry(shape, new RelationKind(relation, mask));
    }

    // ---- which shapes are checked in Java ------------------------------------------------------

    /** The built-in shapes' descriptions, by IRI (parsed once). */
    private static final class BuiltIn {
        static final Map<Node, String> SIGNATURES = signatures();

        private static Map<Node, String> signatures() {
            Map<Node, String> m = new java.util.HashMap<>();
            for (Shape s : Shapes.parse(Shapes.defaults(), "built-in shapes").getTargetShapes()) m.put(s.getShapeNode(), signature(s));
            return m;
        }
    }

    /**
     * The check of {@code s}, or null when there is none or {@code s} differs from the built-in shape of its IRI (a
     * user's edited shapes are validated by their queries).
     */
    static ShapeCheck of(Shape s) {
        ShapeCheck c = TABLE.get(s.getShapeNode());
        if (c == null || sparql(s) == null) return null;
        return signature(s).equals(BuiltIn.SIGNATURES.get(s.getShapeNode())) ? c : null;
    }

    /** The only constraint of a checked shape, its SPARQL one (null when the shape has another). */
    static SparqlConstraint sparql(Shape s) {
        if (s.getConstraints().size() != 1 || !s.getPropertyShapes().isEmpty()) return null;
        Constraint c = s.getConstraints().iterator().next();
        return c instanceof SparqlConstraint sc ? sc : null;
    }

    /** Everything a shape says that its results depend on: Jena's print of it, its messages, severity and queries. */
    static String signature(Shape s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.print(out, new NodeFormatterNT());
        StringBuilder b = new StringBuilder(out.toString(StandardCharsets.UTF_8));
        b.append('\n').append(s.getSeverity()).append(' ').append(s.deactivated()).append(' ').append(s.getMessages());
        for (org.apache.jena.shacl.engine.Target t : s.getTargets()) b.append('\n').append(t.getTargetType()).append(' ').append(t.getObject());
        for (Constraint c : s.getConstraints()) {
            b.append('\n').append(c.getClass().getName());
            if (c instanceof SparqlConstraint sc) b.append(' ').append(sc.getMessage()).append('\n').append(sc.getQuery());
        }
        return b.toString();
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Calls {@code each} with the object of every {@code (s, p, ?)} triple. */
    private static void objects(Graph g, Node s, Node p, java.util.function.Consumer<Node> each) {
        if (s.isLiteral()) return;
        pairs(g, s, p, (q, v) -> each.accept(v));
    }

    /**
     * Calls {@code each} with the property and object of every triple of {@code s} whose property is one of
     * {@code properties}, in the order of the list: one scan of the subject's triples instead of one per property.
     */
    private static void objects(Graph g, Node s, List<Node> properties, java.util.function.BiConsumer<Node, Node> each) {
        if (s.isLiteral()) return;
        List<Node[]> found = new java.util.ArrayList<>();
        pairs(g, s, Node.ANY, (q, v) -> {
            if (properties.contains(q)) found.add(new Node[] {q, v});
        });
        for (Node p : properties) for (Node[] t : found) if (t[0].equals(p)) each.accept(p, t[1]);
    }

    /**
     * Calls {@code each} with the property and object of every {@code (s, p, ?)} triple ({@code p} may be
     * {@link Node#ANY}), in the order {@code find} gives them; on a {@link CompactGraph} without making the triples.
     */
    private static void pairs(Graph g, Node s, Node p, java.util.function.BiConsumer<Node, Node> each) {
        if (g instanceof CompactGraph c) {
            c.forEach(s, p, each);
            return;
        }
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                each.accept(t.getPredicate(), t.getObject());
            }
        } finally {
            it.close();
        }
    }

    private static boolean has(Graph g, Node s, Node p, Node o) {
        return !s.isLiteral() && g.contains(s, p, o);
    }

    private static boolean inCore(Node n) {
        return n.isURI() && n.getURI().startsWith(MVO.NS);
    }

    // ---- the kinds of check ---------------------------------------------------------------------

    /** A relation's value whose kind is known but not one allowed (mvs:RiskKind …). */
    private record RelationKind(Node relation, int allowed) implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            Hierarchy kinds = ix.kinds();
            objects(g, focus, relation, v -> {
                int m = kinds.marks(v);
                if (m != 0 && (m & allowed) == 0) out.add(relation, v);
            });
        }
    }

    /** A relation's value of no known kind (mvs:RelationValueKindKnown). */
    private record KindKnown() implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            Hierarchy kinds = ix.kinds();
            objects(g, focus, RELATIONS, (p, v) -> {
                if (kinds.marks(v) == 0) out.add(p, v);
            });
        }
    }

    /** A concept of two or more kinds: one answer per top class reached (mvs:OneKindPerConcept). */
    private record OneKind() implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            int m = ix.kinds().marks(focus);
            if (Integer.bitCount(m) < 2) return;
            for (int i = 0; i < Indexes.TOP_CLASSES.size(); i++) {
                if ((m & (1 << i)) != 0) out.add(BROADER, Indexes.TOP_CLASSES.get(i));
            }
        }
    }

    /** A value of {@code property} that no owl:Axiom traces to a source document (mvs:DefinitionHasSource). */
    private record Traced(Node property) implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            if (inCore(focus)) return;
            objects(g, focus, property, v -> {
                if (!traced(focus, v, g, ix)) out.add(property, v);
            });
        }

        private boolean traced(Node focus, Node value, Graph g, Indexes ix) {
            ExtendedIterator<Triple> axioms = g.find(Node.ANY, OWL2.annotatedSource.asNode(), focus);
            try {
                while (axioms.hasNext()) {
                    Node ax = axioms.next().getSubject();
                    if (!has(g, ax, TYPE, OWL2.Axiom.asNode()) || !has(g, ax, OWL2.annotatedProperty.asNode(), property)
                        || !has(g, ax, OWL2.annotatedTarget.asNode(), value)) continue;
                    boolean[] doc = {false};
                    objects(g, ax, DCTerms.source.asNode(), d -> doc[0] |= ix.isSourceDocument(d));
                    if (doc[0]) return true;
                }
                return false;
            } finally {
                axioms.close();
            }
        }
    }

    /** A resource outside the core with no {@code property} at all; the answer has no value (mvs:ConceptHasSource). */
    private record Untraced(Node property) implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            if (!inCore(focus) && !has(g, focus, property, Node.ANY)) out.add(property, focus);
        }
    }

    /** A preferred label another resource of one of the focus's schemes has too (mvs:UniquePrefLabelInScheme). */
    private record SharedLabel() implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            Node pref = SKOS.prefLabel.asNode(), inScheme = SKOS.inScheme.asNode();
            List<Node> schemes = focus.isLiteral() ? List.of() : g.find(focus, inScheme, Node.ANY).mapWith(Triple::getObject).toList();
            if (schemes.isEmpty()) return;
            objects(g, focus, pref, v -> {
                List<Node> others = g.find(Node.ANY, pref, v).mapWith(Triple::getSubject).filterDrop(focus::equals).toList();
                for (Node o : others) {
                    if (schemes.stream().anyMatch(s -> g.contains(o, inScheme, s))) {
                        out.add(pref, v);
                        return;
                    }
                }
            });
        }
    }

    /** A value of a label property that is malformed (mvs:LabelHasLanguageTag, mvs:LabelNotEmpty …). */
    private record LabelForm(Predicate<Node> bad) implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            objects(g, focus, LABELS, (p, v) -> {
                if (bad.test(v)) out.add(p, v);
            });
        }
    }

    /** Every value of {@code property} (mvs:TopConceptHasNoBroader). */
    private record EveryValue(Node property) implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            objects(g, focus, property, v -> out.add(property, v));
        }
    }

    /** A value of {@code property} that does not link back with {@code inverse} (mvs:BroaderHasNarrower …). */
    private record Inverse(Node property, Node inverse) implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            objects(g, focus, property, v -> {
                if (!has(g, v, inverse, focus)) out.add(property, v);
            });
        }
    }

    /** A link of {@code property} that is on a cycle of its links (mvs:NoBroaderCycle, mvs:NoSubClassCycle). */
    private record Cycle(Node property) implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            Hierarchy h = ix.cycles(property);
            objects(g, focus, property, v -> {
                if (v.equals(focus) || h != null && h.sameCycle(focus, v)) out.add(property, v);
            });
        }
    }

    /** A related concept that is above or below the focus in the broader hierarchy (mvs:RelatedNotBroaderTransitive). */
    private record RelatedInHierarchy() implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            Node related = SKOS.related.asNode();
            List<Node> values = focus.isLiteral() ? List.of() : g.find(focus, related, Node.ANY).mapWith(Triple::getObject).toList();
            if (values.isEmpty()) return;
            Map<Node, Node[]> up = ix.up();
            Set<Node> above = above(up, focus, null);
            for (Node v : new java.util.LinkedHashSet<>(values)) {
                if (above.contains(v) || above(up, v, focus).contains(focus)) out.add(related, v);
            }
        }

        /**
         * The nodes reached from {@code n} through one or more skos:broader or skos:broaderTransitive links, or, once
         * {@code stop} is reached (when not null), those found so far.
         */
        private static Set<Node> above(Map<Node, Node[]> up, Node n, Node stop) {
            Set<Node> seen = new HashSet<>();
            ArrayDeque<Node> todo = new ArrayDeque<>(List.of(n));
            while (!todo.isEmpty()) {
                Node[] ys = up.get(todo.pop());
                if (ys == null) continue;
                for (Node y : ys) {
                    if (!seen.add(y)) continue;
                    if (y.equals(stop)) return seen;
                    todo.push(y);
                }
            }
            return seen;
        }
    }

    /** An exact match that is also a broad, narrow or related match, either way (mvs:ExactMatchDisjoint). */
    private record MappingClash() implements ShapeCheck {
        private static final List<Node> OTHERS = List.of(SKOS.broadMatch.asNode(), SKOS.narrowMatch.asNode(), SKOS.relatedMatch.asNode());

        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            Node exact = SKOS.exactMatch.asNode();
            objects(g, focus, exact, v -> {
                if (OTHERS.stream().anyMatch(p -> has(g, focus, p, v) || has(g, v, p, focus))) out.add(exact, v);
            });
        }
    }

    /** A concept with no broader concept that is no top concept either; no value (mvs:OrphanConcept). */
    private record Orphan() implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            if (has(g, focus, BROADER, Node.ANY) || has(g, focus, SKOS.topConceptOf.asNode(), Node.ANY)
                || g.contains(Node.ANY, SKOS.hasTopConcept.asNode(), focus)) return;
            out.add(BROADER, focus);
        }
    }

    /** A class that is a concept too but has no rdfs:label; no value (mvs:PunnedClassHasLabel). */
    private record PunnedLabel() implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            Node label = RDFS.label.asNode();
            if (has(g, focus, TYPE, CONCEPT) && !has(g, focus, label, Node.ANY)) out.add(label, focus);
        }
    }

    /**
     * For a focus of type {@code type}, a value of {@code property} not stated with {@code mirror} too; with
     * {@code conceptValues}, only values that are IRIs of concepts (mvs:BroaderMirroredBySubClassOf …).
     */
    private record Mirror(Node type, Node property, Node mirror, boolean conceptValues) implements ShapeCheck {
        @Override public void check(Node focus, Graph g, Indexes ix, Found out) {
            if (!has(g, focus, TYPE, type)) return;
            objects(g, focus, property, v -> {
                if (conceptValues && !(v.isURI() && g.contains(v, TYPE, CONCEPT))) return;
                if (!g.contains(focus, mirror, v)) out.add(property, v);
            });
        }
    }
}

package org.medvocab.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.medvocab.util.InOrder;

/**
 * SHACL validation with Jena's results, fast on large graphs. Jena runs a SPARQL-based constraint once per focus node
 * (planning and optimising the query each time), which is most of the cost of validating a large vocabulary. Here the
 * SELECT constraints of top-level node shapes run once per shard of focus nodes: the shard is joined in front of the
 * query as {@code VALUES $this}, and each answer becomes the report entry Jena would make (same message, path, value,
 * shape and constraint). For queries without OPTIONAL, MINUS, sub-queries, SERVICE or GRAPH that join is Jena's
 * pre-binding; every other constraint (SHACL Core, property shapes, queries that use {@code $currentShape} or message
 * templates) is left to Jena.
 * The built-in SPARQL-based shapes do not even run their queries on a whole graph: a Java check per shape
 * ({@link ShapeChecks}) gives the same answers from the graph's indexes. Jena's part runs in shards of focus nodes.
 * {@code BulkSparqlTest} and {@code ShapeChecksTest} check that the reports are equal to Jena's.
 */
final class BulkSparql {
    private BulkSparql() {}

    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");
    private static final Var PATH = Var.alloc("path");
    /** Focus nodes per query. */
    static final int SHARD = 20_000;

    /** The eligible shapes, and the shapes with their SPARQL constraints removed (for Jena); null when none is eligible. */
    private record Split(List<Shape> bulk, org.apache.jena.shacl.Shapes rest) {}

    /** Splits, parsed once per set of shapes (a write gate validates every write against the same shapes). */
    private static final Map<org.apache.jena.shacl.Shapes, Split> SPLITS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static Split split(org.apache.jena.shacl.Shapes shapes) {
        return SPLITS.computeIfAbsent(shapes, sh -> {
            List<Shape> bulk = new ArrayList<>();
            for (Shape s : sh.getTargetShapes()) if (eligible(sh.getGraph(), s)) bulk.add(s);
            if (bulk.isEmpty()) return new Split(bulk, sh);
            Graph reduced = GraphFactory.createDefaultGraph();
            sh.getGraph().find().forEachRemaining(reduced::add);
            reduced.getPrefixMapping().setNsPrefixes(sh.getGraph().getPrefixMapping());
            for (Shape s : bulk) reduced.remove(s.getShapeNode(), SHACL.sparql, Node.ANY);
            return new Split(bulk, org.apache.jena.shacl.Shapes.parse(reduced));
        });
    }

    /**
     * Validates {@code data}: a Java check for each built-in SPARQL-based shape ({@link ShapeChecks}), one query per
     * shard of focus nodes for other eligible SPARQL constraints, Jena for the rest (sharded by focus nodes too).
     */
    static ValidationReport validate(org.apache.jena.shacl.Shapes shapes, Graph data) {
        Split split = split(shapes);
        if (split.bulk().isEmpty()) return ShaclValidator.get().validate(shapes, data);
        // Jena's shards, the checks and the bulk queries run at once on the cores (the graph is only read, which Jena
        // allows from several threads); the answers are reported in task order, so the report does not depend on it
        FocusNodes focusNodes = new FocusNodes(data);
        List<Callable<List<Entry>>> queries = bulkTasks(split.bulk(), data, focusNodes);
        // an in-memory or compact graph may be read from several threads; any other (a TDB2 graph in the caller's
        // transaction) is not
        boolean parallel = data instanceof org.apache.jena.mem.GraphMemBase || data instanceof CompactGraph
            || data instanceof EditableCompactGraph;
        List<Callable<ValidationReport>> jena = jenaShards(split.rest(), data, focusNodes);
        ValidationReport[] rest = new ValidationReport[jena.size()];
        List<Callable<List<Entry>>> all = new ArrayList<>();
        for (int i = 0; i < jena.size(); i++) {
            int slot = i;
            all.add(() -> {
                rest[slot] = jena.get(slot).call();
                return List.of();
            });
        }
        all.addAll(queries);
        List<List<Entry>> answers = InOrder.run(all, parallel ? Runtime.getRuntime().availableProcessors() : 1, "medvocab-validate");
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        for (List<Entry> entries : answers) for (Entry e : entries) e.report(vCxt);
        ValidationReport.Builder out = new ValidationReport.Builder();
        out.addPrefixes(ValidationContext.create(split.rest(), data).generateReport().getModel().getGraph().getPrefixMapping());
        for (ValidationReport r : rest) r.getEntries().forEach(out::addReportEntry);
        vCxt.generateReport().getEntries().forEach(out::addReportEntry);
        return out.build();
    }

    /**
     * Validates only {@code nodes}, each against the shapes it is a focus node of, with the entries Jena's per-node
     * validation makes: Jena for what is not eligible, and one query per eligible constraint for all the nodes together
     * (a write touches a handful of resources, and planning one query per node and constraint was most of its cost).
     */
    static ValidationReport validateFocus(org.apache.jena.shacl.Shapes shapes, Graph data, java.util.Collection<Node> nodes) {
        Split split = split(shapes);
        ValidationReport.Builder out = new ValidationReport.Builder();
        for (Node n : nodes) ShaclValidator.get().validate(split.rest(), data, n).getEntries().forEach(out::addReportEntry);
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        for (Shape s : split.bulk()) {
            Map<Node, Integer> focus = new HashMap<>();
            for (Node n : nodes) if (VLib.isFocusNode(s, n, data)) focus.put(n, 1);
            if (focus.isEmpty()) continue;
            for (Constraint c : s.getConstraints()) {
                if (c instanceof SparqlConstraint sc) run(vCxt, data, s, sc, focus);
            }
        }
        vCxt.generateReport().getEntries().forEach(out::addReportEntry);
        return out.build();
    }

    /** The tasks of the eligible shapes: a shape's Java check in shards of focus nodes, or else its queries. */
    private static List<Callable<List<Entry>>> bulkTasks(List<Shape> bulk, Graph data, FocusNodes focusNodes) {
        List<Callable<List<Entry>>> tasks = new ArrayList<>();
        Indexes ix = new Indexes(data);
        for (Shape s : bulk) {
            List<Node> nodes = focusNodes.of(s);
            ShapeCheck check = ShapeChecks.of(s);
            if (check != null) {
                tasks.addAll(checks(data, s, check, ix, nodes));
                continue;
            }
            Map<Node, Integer> focus = new HashMap<>();
            for (Node f : nodes) focus.merge(f, 1, Integer::sum);
            if (focus.isEmpty()) continue;
            for (Constraint c : s.getConstraints()) {
                if (c instanceof SparqlConstraint sc) tasks.add(() -> run(data, s, sc, focus));
            }
        }
        return tasks;
    }

    /**
     * Jena's validation of {@code shapes} (what is left to Jena: SHACL Core and shapes not run in bulk) sharded by focus
     * nodes: each task validates a shard of one shape's focus nodes the way Jena's plain validation does
     * ({@link VLib#validateShape} per focus node) in a context of its own.
     */
    private static List<Callable<ValidationReport>> jenaShards(org.apache.jena.shacl.Shapes shapes, Graph data, FocusNodes focusNodes) {
        List<Callable<ValidationReport>> tasks = new ArrayList<>();
        for (Shape s : shapes.getTargetShapes()) {
            if (s.getConstraints().isEmpty() && s.getPropertyShapes().isEmpty()) continue;
            List<Node> nodes = focusNodes.of(s);
            for (int from = 0; from < nodes.size(); from += SHARD) {
                List<Node> part = nodes.subList(from, Math.min(nodes.size(), from + SHARD));
                tasks.add(() -> {
                    ValidationContext vCxt = ValidationContext.create(shapes, data);
                    for (Node f : part) VLib.validateShape(vCxt, data, s, f);
                    return vCxt.generateReport();
                });
            }
        }
        return tasks;
    }

    /**
     * The Java {@link ShapeCheck} of a built-in shape over its focus nodes, one task per shard of them; each answer becomes
     * the entry its query's answer would (the shape's only constraint is that query).
     */
    private static List<Callable<List<Entry>>> checks(Graph data, Shape shape, ShapeCheck check, Indexes ix, List<Node> nodes) {
        SparqlConstraint sc = ShapeChecks.sparql(shape);
        List<Callable<List<Entry>>> tasks = new ArrayList<>();
        for (int from = 0; from < nodes.size(); from += SHARD) {
            List<Node> part = nodes.subList(from, Math.min(nodes.size(), from + SHARD));
            tasks.add(() -> {
                List<Entry> out = new ArrayList<>();
                for (Node f : part) check.check(f, data, ix, (path, value) -> out.add(Entry.of(shape, sc, f, path, value)));
                return out;
            });
        }
        return tasks;
    }

    /**
     * The focus nodes of shapes ({@link VLib#focusNodes}: the union of their targets' nodes), each target's found once
     * per validation: most shapes share a target such as {@code sh:targetClass skos:Concept}, whose nodes Jena finds
     * through the subclasses of the class.
     */
    private static final class FocusNodes {
        private final Graph data;
        private final Map<List<Node>, List<Node>> byTarget = new HashMap<>();

        FocusNodes(Graph data) { this.data = data; }

        /** The focus nodes of {@code s}, each once (a list shared with the other shapes of the same target). */
        List<Node> of(Shape s) {
            if (s.getTargets().size() == 1) return target(s.getTargets().iterator().next());
            java.util.Set<Node> all = new java.util.LinkedHashSet<>();
            for (org.apache.jena.shacl.engine.Target t : s.getTargets()) all.addAll(target(t));
            return new ArrayList<>(all);
        }

        private List<Node> target(org.apache.jena.shacl.engine.Target t) {
            if (t.getObject() == null) return new ArrayList<>(VLib.focusNodes(data, t));
            List<Node> key = List.of(org.apache.jena.graph.NodeFactory.createLiteralString(t.getTargetType().name()), t.getObject());
            return byTarget.computeIfAbsent(key, k -> new ArrayList<>(VLib.focusNodes(data, t)));
        }
    }

    /** A report entry made by a bulk query or a check, kept until it is reported in order. */
    private record Entry(String message, Shape shape, Node focus, Node path, Node value, SparqlConstraint constraint) {
        /** The entry of one answer ({@code value} is the focus when the query binds none), with the constraint's message. */
        static Entry of(Shape shape, SparqlConstraint sc, Node focus, Node path, Node value) {
            String msg = sc.getMessage() == null
                ? "SPARQL SELECT constraint for " + ShLib.displayStr(focus) + " returns " + ShLib.displayStr(value)
                : sc.getMessage();
            return new Entry(msg, shape, focus, path, value, sc);
        }

        void report(ValidationContext vCxt) {
            vCxt.reportEntry(message, shape, focus, path == null ? null : PathFactory.pathLink(path), value, constraint);
        }
    }

    /** One run of a constraint's query; an entry per answer and per time its focus node is a target. */
    private static void run(ValidationContext vCxt, Graph data, Shape shape, SparqlConstraint sc, Map<Node, Integer> focus) {
        for (Entry e : run(data, shape, sc, focus)) e.report(vCxt);
    }

    /** The entries of one constraint's query over {@code focus}, in answer order. */
    private static List<Entry> run(Graph data, Shape shape, SparqlConstraint sc, Map<Node, Integer> focus) {
        List<Entry> out = new ArrayList<>();
        List<Node> nodes = new ArrayList<>(focus.keySet());
        for (int from = 0; from < nodes.size(); from += SHARD) {
            run(out, data, shape, sc, focus, withFocus(sc.getQuery(), nodes.subList(from, Math.min(nodes.size(), from + SHARD))));
        }
        return out;
    }

    /** The query with {@code VALUES $this { … }} as the first element of its pattern. */
    private static Query withFocus(Query query, List<Node> nodes) {
        Query q = query.cloneQuery();
        ElementData values = new ElementData();
        values.add(THIS);
        for (Node n : nodes) values.add(BindingFactory.binding(THIS, n));
        ElementGroup g = new ElementGroup();
        g.addElement(values);
        if (q.getQueryPattern() instanceof ElementGroup old) old.getElements().forEach(g::addElement);
        else g.addElement(q.getQueryPattern());
        q.setQueryPattern(g);
        return q;
    }

    private static void run(List<Entry> out, Graph data, Shape shape, SparqlConstraint sc, Map<Node, Integer> focus, Query query) {
        try (QueryExecution qe = QueryExecutionFactory.create(query, ModelFactory.createModelForGraph(data))) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                Binding row = rs.nextBinding();
                Node f = row.get(THIS);
                Integer times = f == null ? null : focus.get(f);
                if (times == null) continue;
                Node value = row.get(VALUE) != null ? row.get(VALUE) : f;
                Entry e = Entry.of(shape, sc, f, row.get(PATH), value);
                for (int i = 0; i < times; i++) out.add(e);
            }
        }
    }

    /**
     * A node shape with targets, used by no other shape, whose SPARQL constraints are all SELECT queries that return
     * {@code $this}, need nothing else pre-bound, have none of OPTIONAL, MINUS, sub-queries, SERVICE or GRAPH, and
     * have a plain message.
     */
    static boolean eligible(Graph shapesGraph, Shape s) {
        if (!s.isNodeShape() || !s.hasTarget() || s.deactivated()) return false;
        if (shapesGraph.contains(Node.ANY, Node.ANY, s.getShapeNode())) return false;
        boolean any = false;
        for (Constraint c : s.getConstraints()) {
            if (!(c instanceof SparqlConstraint sc)) continue;
            any = true;
            Query q = sc.getQuery();
            String text = q.toString();
            if (!q.isSelectType() || text.contains("currentShape") || text.contains("shapesGraph") || text.contains("?PATH")
                || text.contains("$PATH") || (sc.getMessage() != null && sc.getMessage().matches("(?s).*\\{[?$].*"))
                || !(q.isQueryResultStar() || q.getProjectVars().contains(THIS)) || !plain(q.getQueryPattern())) return false;
        }
        return any;
    }

    private static boolean plain(Element where) {
        boolean[] ok = {true};
        ElementWalker.walk(where, new ElementVisitorBase() {
            @Override public void visit(ElementOptional el) { ok[0] = false; }
            @Override public void visit(ElementMinus el) { ok[0] = false; }
            @Override public void visit(ElementSubQuery el) { ok[0] = false; }
            @Override public void visit(ElementService el) { ok[0] = false; }
            @Override public void visit(ElementNamedGraph el) { ok[0] = false; }
            @Override public void visit(ElementLateral el) { ok[0] = false; }
        });
        return ok[0];
    }

}

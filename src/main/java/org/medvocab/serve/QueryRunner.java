package org.medvocab.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * Runs a SPARQL query against the service over HTTP or against a local dataset, and returns the result as a table of
 * strings: IRIs as prefixed names where the query's prefixes allow (else {@code <iri>}), literals as their lexical form,
 * unbound cells empty. SELECT gives its variables as columns; ASK one column {@code ask}; CONSTRUCT and DESCRIBE the
 * columns subject, predicate, object.
 */
public final class QueryRunner {
    private QueryRunner() {}

    /** A result table. */
    public record Table(List<String> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** The table with aligned columns and a rule under the header, one row per line, and a count. */
        public String render() {
            int[] w = new int[columns.size()];
            for (int i = 0; i < w.length; i++) w[i] = columns.get(i).length();
            for (List<String> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], display(r.get(i)).length());
            StringBuilder b = new StringBuilder();
            line(b, columns, w);
            int total = 0;
            for (int x : w) total += x;
            b.append("-".repeat(total + 2 * Math.max(0, w.length - 1))).append('\n');
            for (List<String> r : rows) line(b, r.stream().map(Table::display).toList(), w);
            b.append('(').append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)").append('\n');
            return b.toString();
        }

        /** Tab-separated: a header line of column names, then one line per row (tabs and line breaks in cells become spaces). */
        public String tsv() {
            StringBuilder b = new StringBuilder(String.join("\t", columns)).append('\n');
            for (List<String> r : rows) b.append(String.join("\t", r.stream().map(Table::display).toList())).append('\n');
            return b.toString();
        }

        private static String display(String cell) {
            return cell.replaceAll("[\\t\\r\\n]+", " ");
        }

        private static void line(StringBuilder b, List<String> cells, int[] w) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) l.append("  ");
                l.append(cells.get(i));
                if (i < cells.size() - 1) l.append(" ".repeat(w[i] - cells.get(i).length()));
            }
            b.append(l.toString().stripTrailing()).append('\n');
        }
    }

    /** Parses a query, with a one-line error naming the line and column. */
    public static Query parse(String queryText) {
        try {
            return QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("not a valid SPARQL query: " + VocabularyStore.oneLine(e.getMessage()), e);
        }
    }

    /** Runs {@code queryText} at a SPARQL endpoint, e.g. {@code http://localhost:3030/vocab/sparql}. */
    public static Table run(String queryText, String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        Query q = parse(queryText);
        try (QueryExec exec = QueryExecHTTP.service(endpoint).query(queryText).build()) {
            return table(q, exec);
        }
    }

    /** Runs {@code queryText} on a local dataset (in a read transaction). */
    public static Table run(String queryText, DatasetGraph dsg) {
        Query q = parse(queryText);
        return VocabularyStore.Txn.read(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
                return table(q, exec);
            }
        });
    }

    private static Table table(Query q, QueryExec exec) {
        PrefixMapping pm = q.getPrefixMapping();
        if (q.isSelectType()) {
            RowSet rs = exec.select();
            List<Var> vars = rs.getResultVars();
            List<List<String>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                Binding b = rs.next();
                List<String> row = new ArrayList<>();
                for (Var v : vars) row.add(cell(b.get(v), pm));
                rows.add(row);
            }
            return new Table(vars.stream().map(Var::getVarName).toList(), rows);
        }
        if (q.isAskType()) return new Table(List.of("ask"), List.of(List.of(Boolean.toString(exec.ask()))));
        Graph g = q.isConstructType() ? exec.construct() : exec.describe();
        List<List<String>> rows = new ArrayList<>();
        for (Triple t : g.find().toList()) {
            rows.add(List.of(cell(t.getSubject(), pm), cell(t.getPredicate(), pm), cell(t.getObject(), pm)));
        }
        rows.sort((a, b) -> String.join("\t", a).compareTo(String.join("\t", b)));
        return new Table(List.of("subject", "predicate", "object"), rows);
    }

    /** How a term is shown in a table cell. */
    public static String cell(Node n, PrefixMapping pm) {
        if (n == null) return "";
        if (n.isURI()) {
            String uri = n.getURI();
            String best = null;
            int bestNs = -1;
            for (var e : new java.util.TreeMap<>(pm.getNsPrefixMap()).entrySet()) {
                String ns = e.getValue();
                if (!uri.startsWith(ns) || ns.length() <= bestNs) continue;
                String local = uri.substring(ns.length());
                if (local.isEmpty() || local.matches("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*") && !local.endsWith(".")) {
                    best = e.getKey() + ":" + local;
                    bestNs = ns.length();
                }
            }
            return best != null ? best : "<" + uri + ">";
        }
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }
}

package org.medvocab;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/** SPARQL over an in-memory graph for assertions; every query gets the usual prefixes. */
public final class Sparql {
    private Sparql() {}

    public static final String PREFIXES = """
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX owl:  <http://www.w3.org/2002/07/owl#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX dct:  <http://purl.org/dc/terms/>
        PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
        PREFIX spdx: <http://spdx.org/rdf/terms#>
        PREFIX mvo:  <https://w3id.org/medvocab/core#>
        """;

    public static boolean ask(Graph g, String query) {
        try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + query, ModelFactory.createModelForGraph(g))) {
            return qe.execAsk();
        }
    }

    /** Values of one variable, as strings (IRIs as IRIs, literals as lexical forms). */
    public static List<String> values(Graph g, String query, String var) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + query, ModelFactory.createModelForGraph(g))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                var n = s.get(var);
                if (n == null) continue;
                out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
        }
        return out;
    }

    /** The IRI of the concept with this preferred label (English). */
    public static String concept(Graph g, String prefLabel) {
        List<String> v = values(g, "SELECT ?c { ?c skos:prefLabel \"" + prefLabel + "\"@en }", "c");
        return v.isEmpty() ? null : v.get(0);
    }
}

package org.medvocab.link;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.graph.Node;

/**
 * Reads the labels of a remote SPARQL endpoint with one SELECT query whose results are streamed (the endpoint's
 * whole label set is never held). The default query asks for {@code rdfs:label}, {@code skos:prefLabel},
 * {@code skos:altLabel} and the four oboInOwl synonym properties of IRI subjects, in English or untagged; a custom
 * query must bind {@code ?id} (an IRI) and {@code ?label}, and may bind {@code ?property} (one of those properties,
 * giving the scope).
 */
public final class SparqlEndpointReader implements TargetReader {
    /** The default label query. */
    public static final String QUERY = """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX oio: <http://www.geneontology.org/formats/oboInOwl#>
        SELECT ?id ?property ?label WHERE {
          VALUES ?property { rdfs:label skos:prefLabel skos:altLabel oio:hasExactSynonym oio:hasRelatedSynonym
                             oio:hasBroadSynonym oio:hasNarrowSynonym }
          ?id ?property ?label .
          FILTER(isIRI(?id) && isLiteral(?label) && (lang(?label) = "" || langMatches(lang(?label), "en")))
        }""";

    private final String endpoint;
    private final String query;
    private final Set<Kind> kind;
    private final Curies curies;
    private final String source;
    private final boolean declared;
    private long rows;

    /**
     * @param endpoint the SPARQL query URL
     * @param query    a custom SELECT (see the class comment), or null for {@link #QUERY}
     * @param prefix   CURIE prefix for IRIs no known prefix covers, or null
     * @param namespace the namespace of that prefix, or null
     * @param kind     a kind for every term, or empty
     * @param source   SSSOM object_source, or null for the endpoint URL
     * @param curies   prefix registry
     */
    public SparqlEndpointReader(String endpoint, String query, String prefix, String namespace, Set<Kind> kind, String source, Curies curies) {
        this.endpoint = endpoint;
        this.query = query == null ? QUERY : query;
        this.kind = kind == null ? Kind.none() : kind;
        this.curies = curies;
        if (prefix != null && namespace != null) curies.declare(Curies.canonicalPrefix(prefix), namespace);
        this.source = source != null ? source : curies.curieFor(endpoint);
        this.declared = source != null;
    }

    @Override public String name() { return endpoint; }

    @Override public String source() { return source; }

    @Override public boolean sourceDeclared() { return declared; }

    /** Result rows read by the last {@link #read}. */
    public long rows() { return rows; }

    @Override public Set<Kind> kindOf(String id) { return kind.isEmpty() ? KindRules.ofPrefix(id) : kind; }

    @Override public void read(TargetSink sink) {
        Query q;
        try {
            q = QueryFactory.create(query);
        } catch (QueryParseException e) {
            throw new TargetException(endpoint, e.getLine(), "label query is not valid SPARQL: " + e.getMessage());
        }
        if (!q.isSelectType()) throw new TargetException(endpoint, -1, "label query must be a SELECT");
        Var id = Var.alloc("id");
        Var label = Var.alloc("label");
        Var property = Var.alloc("property");
        rows = 0;
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(q).build()) {
            RowSet rs = RowSet.adapt(qe.execSelect());
            while (rs.hasNext()) {
                Binding b = rs.next();
                rows++;
                Node s = b.get(id);
                Node l = b.get(label);
                if (s == null || l == null || !s.isURI() || !l.isLiteral()) continue;
                String text = l.getLiteralLexicalForm();
                if (text.isBlank()) continue;
                Node p = b.get(property);
                String prop = p != null && p.isURI() ? p.getURI() : "http://www.w3.org/2000/01/rdf-schema#label";
                Scope scope = Scope.EXACT;
                LabelRole role = LabelRole.SYNONYM;
                if (prop.endsWith("#label") || prop.endsWith("#prefLabel")) role = LabelRole.PREFERRED;
                else if (prop.endsWith("hasRelatedSynonym")) scope = Scope.RELATED;
                else if (prop.endsWith("hasBroadSynonym")) scope = Scope.BROAD;
                else if (prop.endsWith("hasNarrowSynonym")) scope = Scope.NARROW;
                if (role != LabelRole.PREFERRED && LabelNormalizer.isAbbreviation(text)) role = LabelRole.ABBREVIATION;
                String curie = curies.curieFor(s.getURI());
                sink.label(new TargetLabel(curie, text, scope, kind.isEmpty() ? KindRules.ofPrefix(curie) : kind, source, role, curies.compress(prop)));
                if ((rows & 0x3FF) == 0) sink.progress(rows, -1);
            }
            sink.progress(rows, rows);
        } catch (HttpException e) {
            throw new TargetException(endpoint, -1, "SPARQL endpoint error: " + (e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " : "")
                + (e.getMessage() == null ? "" : e.getMessage()));
        } catch (TargetException e) {
            throw e;
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getMessage() == null) t = t.getCause();
            throw new TargetException(endpoint, -1, "SPARQL endpoint cannot be queried (" + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()) + ")");
        }
    }

    @Override public Map<String, String> preferredLabels(Set<String> ids) {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        StringBuilder values = new StringBuilder();
        for (String id : ids) {
            String iri = curies.expand(id);
            if (iri.startsWith("http")) values.append('<').append(iri).append("> ");
        }
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "SELECT ?id ?label { VALUES ?id { " + values + "} ?id rdfs:label|skos:prefLabel ?label "
            + "FILTER(lang(?label) = \"\" || langMatches(lang(?label), \"en\")) }";
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(q).build()) {
            RowSet rs = RowSet.adapt(qe.execSelect());
            while (rs.hasNext()) {
                Binding b = rs.next();
                Node s = b.get(Var.alloc("id"));
                Node l = b.get(Var.alloc("label"));
                if (s != null && l != null && l.isLiteral()) out.putIfAbsent(curies.compress(s.getURI()), l.getLiteralLexicalForm());
            }
        } catch (RuntimeException e) {
            // labels are a nicety: keep the matched ones
        }
        return out;
    }
}

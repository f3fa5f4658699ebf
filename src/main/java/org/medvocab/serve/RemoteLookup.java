package org.medvocab.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.SKOS;

/**
 * Label lookup over a remote SPARQL endpoint. The candidates come from the endpoint's jena-text index
 * ({@code text:query} on prefLabel, altLabel and hiddenLabel: prefix and fuzzy terms) when it has one, otherwise from
 * a plain {@code CONTAINS} filter over the labels (no typo tolerance); they are ranked exactly as
 * {@link LookupService} ranks the local index's candidates.
 */
public final class RemoteLookup implements Lookup {

    /** How many candidates are ranked. */
    private static final int CANDIDATES = 300;
    private static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#>\nPREFIX skos: <" + SKOS.getURI() + ">\n";
    /** Label fields and their properties, in the order of {@link TextIndexes#LABEL_FIELDS}. */
    private static final Map<String, Node> FIELDS = new LinkedHashMap<>();
    static {
        FIELDS.put(TextIndexes.PREF_LABEL, SKOS.prefLabel.asNode());
        FIELDS.put(TextIndexes.ALT_LABEL, SKOS.altLabel.asNode());
        FIELDS.put(TextIndexes.HIDDEN_LABEL, SKOS.hiddenLabel.asNode());
    }

    private final RemoteStore store;
    private volatile Boolean textIndex;

    RemoteLookup(RemoteStore store) {
        this.store = store;
    }

    /**
     * Whether the endpoint has a jena-text index over the labels: a word of some preferred label is looked up with
     * {@code text:query} (a store without jena-text reads {@code text:query} as an ordinary property and finds nothing).
     */
    public boolean hasTextIndex() {
        Boolean t = textIndex;
        if (t == null) {
            List<Binding> one = store.select(PREFIXES + "SELECT ?l WHERE { ?s skos:prefLabel ?l } LIMIT 1");
            String word = one.isEmpty() ? "" : LookupService.normalize(one.get(0).get("l").getLiteralLexicalForm()).split(" ")[0];
            // (a store with jena-text but no index configured answers one row with ?s unbound)
            t = !word.isEmpty() && store.select(PREFIXES + "SELECT ?s WHERE { ?s text:query (skos:prefLabel "
                + FmtUtils.stringForString(word) + " 1) } LIMIT 1").stream().anyMatch(b -> b.get("s") != null);
            textIndex = t;
        }
        return t;
    }

    @Override public List<LookupService.Match> lookup(String query, String lang, int limit) {
        String q = LookupService.normalize(query == null ? "" : query);
        if (q.isEmpty()) return List.of();
        int lim = Math.max(1, Math.min(LookupService.MAX_LIMIT, limit));
        String language = lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT);
        List<String> tokens = List.of(q.split(" "));
        if (tokens.size() > 8) tokens = tokens.subList(0, 8);
        List<Binding> rows = store.select(hasTextIndex() ? textQuery(tokens, language) : containsQuery(tokens, language));
        Map<String, LookupService.Match> best = new HashMap<>();
        for (Binding b : rows) {
            Node s = b.get("s");
            Node l = b.get("l");
            String field = field(b.get("p"));
            if (s == null || !s.isURI() || l == null || !l.isLiteral() || field == null) continue;
            LookupService.Ranked r = LookupService.rank(q, l.getLiteralLexicalForm(), field);
            if (r == null) continue;
            LookupService.Match m = new LookupService.Match(s.getURI(), null, l.getLiteralLexicalForm(), field,
                l.getLiteralLanguage(), r.kind(), r.score());
            best.merge(s.getURI(), m, (a, c) -> LookupService.ORDER.compare(a, c) <= 0 ? a : c);
        }
        List<LookupService.Match> sorted = new ArrayList<>(best.values());
        sorted.sort(LookupService.ORDER);
        return LookupService.withPrefLabels(store.dataset(), sorted.subList(0, Math.min(lim, sorted.size())), language);
    }

    private static String field(Node p) {
        for (Map.Entry<String, Node> e : FIELDS.entrySet()) if (e.getValue().equals(p)) return e.getKey();
        return null;
    }

    /** {@code text:query} on each label field: every word as a prefix, and as a fuzzy term when it is long enough. */
    private static String textQuery(List<String> tokens, String lang) {
        List<String> terms = new ArrayList<>();
        for (String t : tokens) {
            int edits = LookupService.allowedEdits(t.length());
            terms.add(edits > 0 ? "(" + t + "* OR " + t + "~" + edits + ")" : t + "*");
        }
        String lucene = FmtUtils.stringForString(String.join(" OR ", terms));
        String langArg = lang == null ? "" : " " + FmtUtils.stringForString("lang:" + lang);
        List<String> unions = new ArrayList<>();
        for (Node p : FIELDS.values()) {
            String prop = NodeFmtLib.strNT(p);
            unions.add("{ (?s ?score ?l) text:query (" + prop + " " + lucene + " " + CANDIDATES + langArg + ") BIND(" + prop + " AS ?p) }");
        }
        return PREFIXES + "SELECT ?s ?p ?l WHERE { " + String.join(" UNION ", unions) + " }";
    }

    /** Labels that contain the longest word of the query (a store without a text index). */
    private static String containsQuery(List<String> tokens, String lang) {
        String longest = tokens.stream().max(Comparator.comparingInt(String::length)).orElse("");
        String langFilter = lang == null ? "" : " FILTER(langMatches(lang(?l), " + FmtUtils.stringForString(lang) + "))";
        return PREFIXES + "SELECT ?s ?p ?l WHERE { VALUES ?p { skos:prefLabel skos:altLabel skos:hiddenLabel } ?s ?p ?l ."
            + " FILTER(isLiteral(?l) && CONTAINS(LCASE(STR(?l)), " + FmtUtils.stringForString(longest) + "))" + langFilter
            + " } LIMIT " + CANDIDATES;
    }
}

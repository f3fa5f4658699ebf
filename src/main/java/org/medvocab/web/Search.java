package org.medvocab.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.serve.LookupService;
import org.medvocab.serve.VocabularySource;
import org.medvocab.web.Model.Hit;
import org.medvocab.web.Model.Hits;

/**
 * Search over labels and definitions: the label hits of the lookup (exact, prefix, word, fuzzy; ranked),
 * then concepts whose definition matches (Lucene, through jena-text), each with its kind, broader concepts and first
 * definition. Filters by language and kind; pages with offset and limit.
 */
public final class Search {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = LookupService.MAX_LIMIT;
    /** Definition hits rank below every label hit. */
    private static final double DEFINITION_SCORE = 0.3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String DEFINITION_QUERY = "PREFIX text: <http://jena.apache.org/text#>\n"
        + "PREFIX skos: <" + SKOS.getURI() + ">\n"
        + "SELECT ?c ?score ?d { (?c ?score ?d) text:query (skos:definition %s %d %s) } ORDER BY DESC(?score)";

    private final VocabularyView view;
    private final VocabularySource source;

    /** @param source where the label lookup and the definition query run (the local store or a remote endpoint) */
    public Search(VocabularyView view, VocabularySource source) {
        this.view = view;
        this.source = source;
    }

    /**
     * @param q      what the user typed
     * @param lang   a language tag, or null for any
     * @param kind   a top class label ("device"), or null for any
     * @param limit  page size 1–{@value #MAX_LIMIT}
     * @param offset hits to skip
     */
    public Hits search(String q, String lang, String kind, int limit, int offset) {
        String query = q == null ? "" : q.strip();
        int lim = Math.max(1, Math.min(MAX_LIMIT, limit));
        int off = Math.max(0, offset);
        if (query.isEmpty()) return new Hits(query, List.of(), 0, off, lim);
        String k = kind == null || kind.isBlank() ? null : kind.strip().toLowerCase(Locale.ROOT);
        return view.read(() -> {
            Map<String, Candidate> found = new LinkedHashMap<>();
            for (LookupService.Match m : source.lookup().lookup(query, lang, MAX_LIMIT)) {
                found.putIfAbsent(m.iri(), new Candidate(NodeFactory.createURI(m.iri()), m.matched(), m.field(), m.score()));
            }
            definitionHits(query, lang, found);
            List<Candidate> all = new ArrayList<>();
            // the kind is worked out for every candidate only when the results are filtered by it
            for (Candidate c : found.values()) if (k == null || view.kind(c.concept()).equalsIgnoreCase(k)) all.add(c);
            List<Hit> page = new ArrayList<>();
            for (int i = off; i < Math.min(all.size(), off + lim); i++) page.add(hit(all.get(i)));
            return new Hits(query, page, all.size(), off, lim);
        });
    }

    /** A concept found, before its details (kind, broader, definition) are looked up for the page shown. */
    private record Candidate(Node concept, String matched, String field, double score) {}

    private Hit hit(Candidate c) {
        Node n = c.concept();
        String def = Queries.text(view.dsg, n, SKOS.definition.asNode(), "");
        return new Hit(view.labels.ref(n), c.matched(), c.field(), c.score(), view.kind(n), view.labels.sorted(view.parentNodes(n)), def);
    }

    private void definitionHits(String query, String lang, Map<String, Candidate> found) {
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(query.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < 8) words.add(m.group());
        if (words.isEmpty()) return;
        String lucene = String.join(" AND ", words) + "*";
        String langArg = lang == null || lang.isBlank() ? "" : FmtUtils.stringForString("lang:" + lang.strip());
        String sparql = String.format(Locale.ROOT, DEFINITION_QUERY, FmtUtils.stringForString(lucene), MAX_LIMIT, langArg);
        try {
            double top = -1;
            for (Binding b : source.select(sparql)) {
                Node c = b.get("c");
                double score = ((Number) b.get("score").getLiteralValue()).doubleValue();
                if (top < 0) top = score;
                if (c.isURI() && !found.containsKey(c.getURI())) {
                    double rel = top > 0 ? DEFINITION_SCORE * score / top : DEFINITION_SCORE;
                    found.put(c.getURI(), new Candidate(c, b.get("d").getLiteralLexicalForm(), "definition", Math.round(rel * 1000) / 1000.0));
                }
            }
        } catch (RuntimeException e) {
            // a query the text index cannot parse finds no definitions; the label hits stand
        }
    }
}

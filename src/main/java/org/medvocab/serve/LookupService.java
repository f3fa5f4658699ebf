package org.medvocab.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;

/**
 * Concept lookup for autocomplete over the labels in the text index (skos:prefLabel, skos:altLabel, skos:hiddenLabel).
 *
 * <p>Lucene finds the candidates (term, prefix and fuzzy queries over the label fields, filtered by language). Each
 * candidate label is then ranked against the query, after lower-casing and folding accents and punctuation:
 *
 * <ol>
 *   <li>{@code exact}: the label is the query ("ECG");</li>
 *   <li>{@code prefix}: the label starts with the query ("cathe" for "catheter valve");</li>
 *   <li>{@code word-prefix}: a word of the label starts with the query ("valve" for "catheter valve");</li>
 *   <li>{@code words}: each word of the query starts a word of the label, in any order;</li>
 *   <li>{@code fuzzy}: the query is within 1 edit (queries of 4–5 characters) or 2 edits (6 or more) of the start of
 *       the label or of one of its words, counting a swap of two letters as one edit ("stnet" for "Stent").</li>
 * </ol>
 *
 * Within a kind of match a prefLabel ranks above an altLabel, which ranks above a hiddenLabel, and shorter labels rank
 * first. Each concept is listed once, with its best match. Scores are between 0 and 1.
 */
public final class LookupService implements Lookup, AutoCloseable {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** How many Lucene hits are re-ranked. */
    private static final int CANDIDATES = 300;

    /** How a label matched the query, best first. */
    public enum MatchKind {
        EXACT("exact", 1.0), PREFIX("prefix", 0.8), WORD_PREFIX("word-prefix", 0.65), WORDS("words", 0.55), FUZZY("fuzzy", 0.45);

        private final String label;
        private final double base;

        MatchKind(String label, double base) {
            this.label = label;
            this.base = base;
        }

        public String label() { return label; }
    }

    /**
     * One concept found.
     *
     * @param iri       the concept
     * @param prefLabel its preferred label (in the requested language when it has one)
     * @param matched   the label that matched the query
     * @param field     which label matched: prefLabel, altLabel or hiddenLabel
     * @param lang      the language tag of the matched label
     * @param kind      how it matched
     * @param score     rank score, 0–1
     */
    public record Match(String iri, String prefLabel, String matched, String field, String lang, MatchKind kind, double score) {}

    private final TextIndexLucene index;
    private final DatasetGraph dsg;
    private SearcherManager manager;

    /**
     * @param index the text index of the store
     * @param dsg   the dataset, for the preferred labels
     */
    public LookupService(TextIndexLucene index, DatasetGraph dsg) {
        this.index = Objects.requireNonNull(index, "index");
        this.dsg = Objects.requireNonNull(dsg, "dsg");
    }

    /**
     * Finds concepts whose labels match {@code query}.
     *
     * @param query what the user typed (at least one letter or digit; otherwise nothing is found)
     * @param lang  a language tag ("en" also matches "en-GB"), or null/blank for labels in any language
     * @param limit the most concepts to return (1–{@value #MAX_LIMIT})
     * @return the matches, best first
     */
    @Override public List<Match> lookup(String query, String lang, int limit) {
        String q = normalize(query == null ? "" : query);
        if (q.isEmpty()) return List.of();
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
        String language = lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT);
        List<String> tokens = tokens(query);
        if (tokens.isEmpty()) tokens = List.of(q.split(" "));

        Map<String, Match> best = new HashMap<>();
        IndexSearcher searcher = acquire();
        if (searcher == null) return List.of();
        try {
            for (ScoreDoc sd : searcher.search(luceneQuery(tokens, language), CANDIDATES).scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                String iri = doc.get(TextIndexes.ENTITY_FIELD);
                if (iri == null) continue;
                for (String field : TextIndexes.LABEL_FIELDS) {
                    String label = doc.get(field);
                    if (label == null) continue;
                    Ranked r = rank(q, label, field);
                    if (r == null) continue;
                    String docLang = doc.get(TextIndexes.LANG_FIELD);
                    Match m = new Match(iri, null, label, field, docLang == null ? "" : docLang, r.kind, r.score);
                    best.merge(iri, m, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
        List<Match> sorted = new ArrayList<>(best.values());
        sorted.sort(ORDER);
        List<Match> top = sorted.subList(0, Math.min(limit, sorted.size()));
        return withPrefLabels(dsg, top, language);
    }

    /** Best first: score, then shorter label, then label, then IRI. */
    static final Comparator<Match> ORDER = Comparator.comparingDouble(Match::score).reversed()
        .thenComparingInt(m -> m.matched().length())
        .thenComparing(Match::matched, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Match::iri);

    /** The JSON the lookup endpoint returns: {@code {"query":…,"lang":…,"results":[{iri, prefLabel, matched, field, lang, match, score}]}}. */
    public static JsonObject toJson(String query, String lang, List<Match> matches) {
        JsonObject o = new JsonObject();
        o.put("query", query == null ? "" : query);
        if (lang != null && !lang.isBlank()) o.put("lang", lang);
        JsonArray a = new JsonArray();
        for (Match m : matches) {
            JsonObject r = new JsonObject();
            r.put("iri", m.iri());
            r.put("prefLabel", m.prefLabel() == null ? "" : m.prefLabel());
            r.put("matched", m.matched());
            r.put("field", m.field());
            r.put("lang", m.lang());
            r.put("match", m.kind().label());
            r.put("score", org.apache.jena.atlas.json.JsonNumber.value(m.score()));
            a.add(r);
        }
        o.put("results", a);
        return o;
    }

    @Override public synchronized void close() {
        if (manager != null) {
            try {
                manager.close();
            } catch (IOException e) {
                // closing a reader of a folder that is going away
            }
            manager = null;
        }
    }

    // ---- ranking ---------------------------------------------------------------------------------------------------

    /** How one label matched: the kind and the score. */
    record Ranked(MatchKind kind, double score) {}

    /** How {@code label} matches the normalised query {@code q}; null if it does not. */
    static Ranked rank(String q, String label, String field) {
        String l = normalize(label);
        if (l.isEmpty()) return null;
        MatchKind kind;
        double extra = 0;
        if (l.equals(q)) {
            kind = MatchKind.EXACT;
        } else if (l.startsWith(q)) {
            kind = MatchKind.PREFIX;
        } else if (startsAWord(l, q)) {
            kind = MatchKind.WORD_PREFIX;
        } else if (q.indexOf(' ') > 0 && everyWordStartsAWord(q, l)) {
            kind = MatchKind.WORDS;
        } else {
            int allowed = allowedEdits(q.length());
            if (allowed == 0) return null;
            int d = Integer.MAX_VALUE;
            boolean atStart = false;
            for (int i = 0; i < l.length(); i++) {
                if (i > 0 && l.charAt(i - 1) != ' ') continue;
                int di = prefixDistance(q, l.substring(i));
                if (di < d || (di == d && i == 0)) {
                    d = di;
                    atStart = i == 0;
                }
            }
            if (d > allowed) return null;
            kind = MatchKind.FUZZY;
            extra = -0.1 * d + (atStart ? 0.03 : 0);
        }
        double fieldBonus = switch (field) {
            case TextIndexes.PREF_LABEL -> 0.03;
            case TextIndexes.ALT_LABEL -> 0.015;
            default -> 0;
        };
        double lengthBonus = 0.02 * Math.min(1.0, (double) q.length() / l.length());
        double score = kind.base + extra + fieldBonus + lengthBonus;
        return new Ranked(kind, Math.round(Math.min(1.0, score) * 1000) / 1000.0);
    }

    /** Edits a query of this length may be away from a label: none below 4 characters, 1 up to 5, then 2. */
    static int allowedEdits(int length) {
        return length < 4 ? 0 : length <= 5 ? 1 : 2;
    }

    private static boolean startsAWord(String l, String q) {
        for (int i = l.indexOf(' '); i >= 0; i = l.indexOf(' ', i + 1)) {
            if (l.startsWith(q, i + 1)) return true;
        }
        return false;
    }

    private static boolean everyWordStartsAWord(String q, String l) {
        String padded = " " + l;
        for (String w : q.split(" ")) {
            if (!padded.contains(" " + w)) return false;
        }
        return true;
    }

    /**
     * The smallest edit distance (insertions, deletions, substitutions and swaps of neighbours) between {@code q} and a
     * prefix of {@code s}.
     */
    static int prefixDistance(String q, String s) {
        int n = q.length();
        int m = Math.min(s.length(), n + 3);
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = q.charAt(i - 1) == s.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && q.charAt(i - 1) == s.charAt(j - 2) && q.charAt(i - 2) == s.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        int min = Integer.MAX_VALUE;
        for (int j = 0; j <= m; j++) min = Math.min(min, d[n][j]);
        return min;
    }

    /** Lower case, accents and punctuation folded to spaces, spaces collapsed. */
    static String normalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    // ---- Lucene ----------------------------------------------------------------------------------------------------

    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Analyzer analyzer = index.getAnalyzer();
        try (TokenStream ts = analyzer.tokenStream(TextIndexes.PREF_LABEL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < 8) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Query luceneQuery(List<String> tokens, String lang) {
        BooleanQuery.Builder labels = new BooleanQuery.Builder();
        for (String field : TextIndexes.LABEL_FIELDS) {
            for (String t : tokens) {
                Term term = new Term(field, t);
                labels.add(new BoostQuery(new TermQuery(term), 4f), Occur.SHOULD);
                labels.add(new BoostQuery(new PrefixQuery(term), 2f), Occur.SHOULD);
                int edits = allowedEdits(t.length());
                if (edits > 0) labels.add(new FuzzyQuery(term, edits, 0, 50, true), Occur.SHOULD);
            }
        }
        labels.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(labels.build(), Occur.MUST);
        if (lang != null) {
            BooleanQuery.Builder l = new BooleanQuery.Builder();
            l.add(new TermQuery(new Term(TextIndexes.LANG_FIELD, lang)), Occur.SHOULD);
            l.add(new PrefixQuery(new Term(TextIndexes.LANG_FIELD, lang + "-")), Occur.SHOULD);
            q.add(l.build(), Occur.FILTER);
        }
        return q.build();
    }

    private synchronized IndexSearcher acquire() {
        try {
            if (manager == null) manager = new SearcherManager(index.getDirectory(), null);
            manager.maybeRefresh();
            return manager.acquire();
        } catch (IndexNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void release(IndexSearcher s) {
        try {
            if (manager != null) manager.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matches with the concepts' preferred labels (in {@code lang} when they have one, else English, else any). */
    static List<Match> withPrefLabels(DatasetGraph dsg, List<Match> matches, String lang) {
        if (matches.isEmpty()) return matches;
        Node pref = SKOS.prefLabel.asNode();
        return VocabularyStore.Txn.read(dsg, () -> {
            List<Match> out = new ArrayList<>(matches.size());
            for (Match m : matches) {
                Node s = NodeFactory.createURI(m.iri());
                String label = null;
                int rank = Integer.MAX_VALUE;
                var it = dsg.find(Node.ANY, s, pref, Node.ANY);
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (!o.isLiteral()) continue;
                    String l = o.getLiteralLanguage().toLowerCase(Locale.ROOT);
                    int r = lang != null && (l.equals(lang) || l.startsWith(lang + "-")) ? 0 : l.equals("en") ? 1 : l.isEmpty() ? 2 : 3;
                    if (r < rank || (r == rank && o.getLiteralLexicalForm().compareTo(label) < 0)) {
                        rank = r;
                        label = o.getLiteralLexicalForm();
                    }
                }
                out.add(new Match(m.iri(), label, m.matched(), m.field(), m.lang(), m.kind(), m.score()));
            }
            return out;
        });
    }
}

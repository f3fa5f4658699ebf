package org.medvocab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.extract.Chrome;
import org.medvocab.extract.CrossRefKind;
import org.medvocab.extract.Lexicon;
import org.medvocab.extract.Nlp;
import org.medvocab.link.Kind;
import org.medvocab.model.MVO;

/**
 * The table of quality checks, in the manner of ROBOT report and qSKOS: one row per check, each a SPARQL query
 * (selecting {@code ?concept} and {@code ?value}) or a Java rule. Word lists come from the extract stage's
 * {@link Lexicon}; cue patterns from {@link CrossRefKind} and {@link Chrome}.
 */
public final class Checks {
    private Checks() {}

    private static final String PREFIXES = """
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX owl:  <http://www.w3.org/2002/07/owl#>
        PREFIX mvo:  <https://w3id.org/medvocab/core#>
        PREFIX sssom: <https://w3id.org/sssom/>
        """;

    /** The domain relations and skos:related: links that keep a concept from being an orphan. */
    private static final String LINKS = "skos:related mvo:indication mvo:risk mvo:insertionSite mvo:location mvo:component mvo:mechanism";

    public static final List<Check> ALL = List.of(
        new Check("non-term", Level.WARNING,
            "a concept named by a single adjective or a generic word (not a term)", Checks::nonTerms),
        new Check("hierarchy-inversion", Level.ERROR,
            "a concept is narrower than a compound of its own label (X under 'ultrasonic X'): the head is the broader one",
            sparql("""
                SELECT ?concept ?value {
                  ?concept skos:broader ?b ; skos:prefLabel ?cl . ?b skos:prefLabel ?bl .
                  BIND(LCASE(REPLACE(STR(?cl), " \\\\(.*\\\\)$", "")) AS ?c)
                  FILTER(STRENDS(LCASE(STR(?bl)), CONCAT(" ", ?c)))
                  BIND(CONCAT(STR(?cl), " broader ", STR(?bl)) AS ?value)
                }""")),
        new Check("definition-cross-reference", Level.ERROR,
            "a definition that is only a cross-reference ('See also X.'), not a definition",
            definitions(CrossRefKind::opensText)),
        new Check("definition-copyright", Level.ERROR,
            "a definition that is a copyright line or other page furniture", definitions(Chrome::isChrome)),
        new Check("qualified-label", Level.WARNING,
            "a label that still carries an evaluative qualifier (severe, high-risk, ...) the extractor strips",
            Checks::qualifiedLabels),
        new Check("kind-grounding", Level.ERROR,
            "an exact match to a term whose vocabulary puts it in an incompatible kind", Checks::kindGrounding),
        new Check("duplicate-definition", Level.WARNING, "two concepts share one definition", sparql("""
            SELECT ?concept ?value {
              ?concept skos:definition ?d . ?other skos:definition ?d FILTER(?concept != ?other)
              BIND(CONCAT(STR(?d), " (also ", STR(?other), ")") AS ?value)
            }""")),
        new Check("orphan", Level.INFO,
            "a concept with no parent but its kind, no children and no relation in or out", sparql("""
            SELECT ?concept ?value {
              ?concept a skos:Concept ; skos:inScheme ?s ; skos:prefLabel ?value .
              FILTER NOT EXISTS { ?concept skos:broader ?b . ?b skos:inScheme ?s FILTER NOT EXISTS { ?b skos:topConceptOf ?s } }
              FILTER NOT EXISTS { ?n skos:broader ?concept }
              FILTER NOT EXISTS { ?concept ?p ?x VALUES ?p { %1$s } }
              FILTER NOT EXISTS { ?y ?q ?concept VALUES ?q { %1$s } }
              FILTER NOT EXISTS { ?concept skos:topConceptOf ?s2 }
            }""".formatted(LINKS))),
        new Check("mapping-hierarchy-clash", Level.ERROR,
            "mappings that contradict the hierarchy: one target exactly matched by a concept and its ancestor, or "
                + "matched both exactly and as broader/narrower", sparql("""
            SELECT ?concept ?value {
              { ?concept skos:broader+ ?b . ?concept skos:exactMatch ?x . ?b skos:exactMatch ?x
                BIND(CONCAT(STR(?x), " also exact match of ancestor ", STR(?b)) AS ?value) }
              UNION
              { ?concept skos:exactMatch ?x . { ?concept skos:broadMatch ?x } UNION { ?concept skos:narrowMatch ?x }
                BIND(CONCAT(STR(?x), " both exact and broad/narrow match") AS ?value) }
            }""")));

    /** The check with this id, or null. */
    public static Check byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    // ---- rules ------------------------------------------------------------------------------------------

    static Check.Rule sparql(String select) {
        Query q = QueryFactory.create(PREFIXES + select);
        return g -> {
            List<Check.Hit> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(q, ModelFactory.createModelForGraph(g))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(new Check.Hit(text(s.get("concept")), text(s.get("value"))));
                }
            }
            return out;
        };
    }

    private static String text(RDFNode n) {
        return n == null ? "" : n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static Check.Rule definitions(java.util.function.Predicate<String> bad) {
        return g -> {
            List<Check.Hit> out = new ArrayList<>();
            g.find(Node.ANY, SKOS.definition.asNode(), Node.ANY).forEach(t -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral() && bad.test(t.getObject().getLiteralLexicalForm())) {
                    out.add(new Check.Hit(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm()));
                }
            });
            return out;
        };
    }

    /** Concepts of the scheme (not the core top classes), with their preferred label. */
    private static Map<String, String> prefLabels(Graph g) {
        return g.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
            .filter(t -> t.getSubject().isURI() && !t.getSubject().getURI().startsWith(MVO.NS)
                && g.contains(t.getSubject(), SKOS.inScheme.asNode(), Node.ANY))
            .collect(Collectors.toMap(t -> t.getSubject().getURI(), t -> t.getObject().getLiteralLexicalForm(), (a, b) -> a,
                java.util.TreeMap::new));
    }

    static List<Check.Hit> nonTerms(Graph g) {
        List<Check.Hit> out = new ArrayList<>();
        for (var e : prefLabels(g).entrySet()) {
            String label = e.getValue().replaceAll(" \\(.*\\)$", "").strip();
            if (label.contains(" ")) continue;
            String w = label.toLowerCase(Locale.ROOT);
            if (Lexicon.NON_TERMS.contains(w) || Lexicon.isGenericGenus(w) || Lexicon.QUALIFIERS.contains(w)) {
                out.add(new Check.Hit(e.getKey(), label + " (generic word)"));
            } else if (isAdjective(w, evidence(g, NodeFactory.createURI(e.getKey())))) {
                out.add(new Check.Hit(e.getKey(), label + " (adjective)"));
            }
        }
        return out;
    }

    /** The evidence sentences of the statements a concept takes part in (as subject or value). */
    private static List<String> evidence(Graph g, Node concept) {
        List<String> out = new ArrayList<>();
        for (Node p : List.of(OWL2.annotatedSource.asNode(), OWL2.annotatedTarget.asNode())) {
            g.find(Node.ANY, p, concept).forEach(t -> g.find(t.getSubject(), MVO.evidence, Node.ANY)
                .forEach(e -> out.add(e.getObject().getLiteralLexicalForm())));
        }
        return out;
    }

    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ");

    /**
     * An adjective by how the documents use the word: in every evidence sentence OpenNLP tags what follows it as
     * nominal (directly, or after a comma of a modifier chain: "complex, high-risk procedures"), so the word only
     * ever modifies a head and never is one. Without evidence, an adjective when even the noun slot of a neutral
     * frame ("The X is here.") is tagged ADJ.
     */
    private static boolean isAdjective(String word, List<String> sentences) {
        int uses = 0;
        for (String s : sentences) {
            List<Nlp.Token> tokens = Nlp.get().analyse(s, 0).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).lower().equals(word)) continue;
                int next = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(",") ? i + 2 : i + 1;
                if (next >= tokens.size() || !NOMINAL.contains(tokens.get(next).pos())) return false;
                uses++;
            }
        }
        if (uses > 0) return true;
        var tokens = Nlp.get().analyse("The " + word + " is here.", 0).tokens();
        return tokens.size() > 2 && tokens.get(1).is("ADJ");
    }

    static List<Check.Hit> qualifiedLabels(Graph g) {
        List<Check.Hit> out = new ArrayList<>();
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            g.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (!t.getSubject().isURI() || t.getSubject().getURI().startsWith(MVO.NS) || !t.getObject().isLiteral()) return;
                String label = t.getObject().getLiteralLexicalForm();
                String[] words = label.toLowerCase(Locale.ROOT).split("\\s+");
                for (int i = 0; i < words.length - 1; i++) {
                    if (Lexicon.QUALIFIERS.contains(words[i])) {
                        out.add(new Check.Hit(t.getSubject().getURI(), label + " (" + words[i] + ")"));
                        break;
                    }
                }
            });
        }
        return out;
    }

    private static final Check.Rule GROUNDING = sparql("""
        SELECT ?concept ?value {
          ?ax owl:annotatedSource ?concept ; owl:annotatedProperty skos:exactMatch ; owl:annotatedTarget ?x ;
              sssom:object_category ?value .
        }""");

    private static final Check.Rule KIND = sparql("""
        SELECT ?concept ?value { ?concept rdfs:subClassOf* ?value . ?value skos:topConceptOf ?s FILTER(STRSTARTS(STR(?value), STR(mvo:))) }""");

    static List<Check.Hit> kindGrounding(Graph g) {
        Map<String, List<String>> kinds = KIND.run(g).stream().collect(Collectors.groupingBy(Check.Hit::concept,
            Collectors.mapping(Check.Hit::value, Collectors.toList())));
        List<Check.Hit> out = new ArrayList<>();
        for (Check.Hit h : GROUNDING.run(g)) {
            Kind target;
            try {
                target = Kind.parse(h.value());
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (String top : kinds.getOrDefault(h.concept(), List.of())) {
                Kind own = Kind.ofTopClass(top);
                if (own != null && !Kind.compatible(own, target)) {
                    out.add(new Check.Hit(h.concept(), own.label() + " but exact match is a " + target.label()));
                }
            }
        }
        return out;
    }
}

package org.medvocab.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.MVO;
import org.medvocab.model.Vocab;
import org.medvocab.web.Model.Concept;
import org.medvocab.web.Model.Definition;
import org.medvocab.web.Model.Label;
import org.medvocab.web.Model.Metadata;
import org.medvocab.web.Model.Ref;
import org.medvocab.web.Model.Relation;
import org.medvocab.web.Model.Restriction;
import org.medvocab.web.Model.Source;

/**
 * The vocabulary as the browser reads it: a small read-only API over the served {@link DatasetGraph} (the union of the
 * vocabulary, core and mapping graphs), each call in its own read transaction.
 *
 * <pre>{@code
 * VocabularyView view = new VocabularyView(dsg, new IriPaths(null));
 * Optional<Model.Concept> c = view.concept(NodeFactory.createURI("https://w3id.org/medvocab/vocab/stent"));
 * List<Model.Ref> top = view.topConcepts();
 * }</pre>
 */
public final class VocabularyView {

    /** Quantifier words of OWL restrictions, by the property that carries the filler. */
    static final Map<Node, String> QUANTIFIERS = Map.of(
        OWL2.someValuesFrom.asNode(), "some",
        OWL2.allValuesFrom.asNode(), "only",
        OWL2.hasValue.asNode(), "value");

    private static final Node BROADER = SKOS.broader.asNode();
    private static final Node NARROWER = SKOS.narrower.asNode();
    private static final Node RELATED = SKOS.related.asNode();
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node TYPE = RDF.type.asNode();

    final DatasetGraph dsg;
    final IriPaths paths;
    final Labels labels;

    public VocabularyView(DatasetGraph dsg, IriPaths paths) {
        this.dsg = dsg;
        this.paths = paths;
        this.labels = new Labels(dsg, paths);
    }

    public IriPaths paths() { return paths; }

    <T> T read(Supplier<T> body) {
        return dsg.isInTransaction() ? body.get() : Txn.calculateRead(dsg, body);
    }

    /** A link to a resource, with its preferred label. */
    public Ref ref(Node n) { return read(() -> labels.ref(n)); }

    /** Whether anything is said about the resource. */
    public boolean exists(Node n) {
        return n.isURI() && read(() -> dsg.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext());
    }

    /** Whether the resource is a skos:Concept. */
    public boolean isConcept(Node n) {
        return read(() -> dsg.contains(Node.ANY, n, TYPE, SKOS.Concept.asNode()));
    }

    /** Whether the resource is a source document. */
    public boolean isSource(Node n) {
        return read(() -> dsg.contains(Node.ANY, n, TYPE, MVO.SourceDocument));
    }

    /** The concept scheme: the subject typed skos:ConceptScheme in the vocabulary, not the core's own scheme. */
    public Optional<Node> scheme() {
        return read(() -> Queries.subjects(dsg, TYPE, SKOS.ConceptScheme.asNode()).stream()
            .filter(s -> !s.equals(MVO.CoreScheme)).findFirst());
    }

    /** The namespace of the scheme's concepts (vann:preferredNamespaceUri), by default {@code <base>vocab/}. */
    public String namespace() {
        return read(() -> scheme().map(s -> Queries.text(dsg, s, Vocab.VANN_preferredNamespaceUri, null)).orElse(paths.base() + "vocab/"));
    }

    /** The scheme's title and version (cheap: no counting), for every page's header and the ETags. */
    public String[] titleAndVersion() {
        return read(() -> {
            Node s = scheme().orElse(null);
            if (s == null) return new String[] {"Vocabulary", ""};
            return new String[] {Queries.text(dsg, s, DCTerms.title.asNode(), "Vocabulary"), Queries.text(dsg, s, OWL2.versionInfo.asNode(), "")};
        });
    }

    /** Title, version, licence and counts of the vocabulary. */
    public Metadata metadata() {
        return read(() -> {
            Node s = scheme().orElse(null);
            long concepts = Queries.subjects(dsg, TYPE, SKOS.Concept.asNode()).size();
            long sources = Queries.subjects(dsg, TYPE, MVO.SourceDocument).size();
            long mappings = 0;
            for (Node p : Mappings.PREDICATES) mappings += Queries.count(dsg.find(Node.ANY, Node.ANY, p, Node.ANY));
            if (s == null) return new Metadata(null, "Vocabulary", "", "", "", "", paths.base(), concepts, mappings, sources);
            return new Metadata(labels.ref(s), Queries.text(dsg, s, DCTerms.title.asNode(), "Vocabulary"),
                Queries.text(dsg, s, DCTerms.description.asNode(), ""), Queries.text(dsg, s, OWL2.versionInfo.asNode(), ""),
                Queries.text(dsg, s, DCTerms.issued.asNode(), ""), Queries.text(dsg, s, DCTerms.license.asNode(), ""),
                Queries.text(dsg, s, Vocab.VANN_preferredNamespaceUri, paths.base()), concepts, mappings, sources);
        });
    }

    /** The top concepts of the scheme (skos:hasTopConcept / skos:topConceptOf), by label. */
    public List<Ref> topConcepts() {
        return read(() -> {
            Set<Node> tops = new LinkedHashSet<>(Queries.objects(dsg, Node.ANY, SKOS.hasTopConcept.asNode()));
            tops.addAll(Queries.subjects(dsg, SKOS.topConceptOf.asNode(), Node.ANY));
            return labels.sorted(tops);
        });
    }

    /** The narrower concepts (skos:narrower and the inverse of skos:broader), by label. */
    public List<Ref> children(Node n) {
        return read(() -> labels.sorted(childNodes(n)));
    }

    Set<Node> childNodes(Node n) {
        Set<Node> out = new LinkedHashSet<>(Queries.objects(dsg, n, NARROWER));
        out.addAll(Queries.subjectsOf(dsg, BROADER, n));
        out.remove(n);
        return out;
    }

    Set<Node> parentNodes(Node n) {
        Set<Node> out = new LinkedHashSet<>(Queries.objects(dsg, n, BROADER));
        out.addAll(Queries.subjectsOf(dsg, NARROWER, n));
        out.remove(n);
        return out;
    }

    /** Every broader concept, transitively, nearest first. */
    public List<Ref> ancestors(Node n) {
        return read(() -> {
            Set<Node> seen = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(n));
            while (!todo.isEmpty()) {
                for (Node p : labels.sortedNodes(parentNodes(todo.poll()))) {
                    if (!p.equals(n) && seen.add(p)) todo.add(p);
                }
            }
            return seen.stream().map(labels::ref).toList();
        });
    }

    /** One path from a top concept down to {@code n} (following the first broader concept by label), top first. */
    public List<Ref> pathToTop(Node n) {
        return read(() -> {
            List<Ref> path = new ArrayList<>();
            Set<Node> seen = new LinkedHashSet<>();
            for (Node c = n; c != null && seen.add(c); ) {
                path.add(0, labels.ref(c));
                List<Node> up = labels.sortedNodes(parentNodes(c));
                c = up.isEmpty() ? null : up.get(0);
            }
            return path;
        });
    }

    /** The top class a concept descends from (a core term such as "device"), or "". */
    public String kind(Node n) {
        return read(() -> {
            if (n.isURI() && n.getURI().startsWith(MVO.NS)) return labels.label(n);
            Set<Node> seen = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(n));
            while (!todo.isEmpty()) {
                for (Node p : parentNodes(todo.poll())) {
                    if (p.isURI() && p.getURI().startsWith(MVO.NS)) return labels.label(p);
                    if (seen.add(p)) todo.add(p);
                }
            }
            return "";
        });
    }

    /** Everything the concept page shows, or empty when nothing is said about {@code n}. */
    public Optional<Concept> concept(Node n) {
        if (!exists(n)) return Optional.empty();
        return Optional.of(read(() -> new Concept(labels.ref(n), kind(n), conceptLabels(n), definitions(n),
            labels.sorted(parentNodes(n)), labels.sorted(childNodes(n)), labels.sorted(Queries.objects(dsg, n, RELATED)),
            relations(n), restrictions(n), new Mappings(dsg, labels).groups(n),
            labels.sorted(Queries.objects(dsg, n, DCTerms.source.asNode())), pathToTop(n),
            labels.sorted(Queries.objects(dsg, n, TYPE)), new LexicalLayer(dsg, labels).entries(n))));
    }

    /** The mappings of a concept, grouped by predicate. */
    public List<Model.MappingGroup> mappings(Node n) {
        return read(() -> new Mappings(dsg, labels).groups(n));
    }

    private List<Label> conceptLabels(Node n) {
        List<Label> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : Labels.ROLES.entrySet()) {
            Queries.objects(dsg, n, e.getValue()).stream().filter(Node::isLiteral)
                .sorted(Comparator.comparing(Node::getLiteralLexicalForm))
                .forEach(l -> out.add(new Label(l.getLiteralLexicalForm(), l.getLiteralLanguage(), e.getKey())));
        }
        return out;
    }

    private List<Definition> definitions(Node n) {
        List<Definition> out = new ArrayList<>();
        for (Node d : Queries.objects(dsg, n, SKOS.definition.asNode())) {
            if (!d.isLiteral()) continue;
            List<Node> axioms = Queries.axioms(dsg, n, SKOS.definition.asNode(), d);
            if (axioms.isEmpty()) out.add(new Definition(d.getLiteralLexicalForm(), d.getLiteralLanguage(), null, null, -1, -1, -1));
            for (Node ax : axioms) {
                Node src = Queries.object(dsg, ax, DCTerms.source.asNode());
                out.add(new Definition(d.getLiteralLexicalForm(), d.getLiteralLanguage(), src == null ? null : labels.ref(src),
                    Queries.text(dsg, ax, MVO.evidence, null), Queries.integer(dsg, ax, MVO.evidenceStart),
                    Queries.integer(dsg, ax, MVO.evidenceEnd), Queries.integer(dsg, ax, MVO.evidencePage)));
            }
        }
        return out;
    }

    /** Domain relations (sub-properties of skos:related), grouped by property. */
    private List<Relation> relations(Node n) {
        Map<Node, Set<Node>> byProperty = new LinkedHashMap<>();
        dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node p = q.getPredicate();
            if (!p.equals(RELATED) && q.getObject().isURI() && isDomainRelation(p)) {
                byProperty.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(q.getObject());
            }
        });
        List<Relation> out = new ArrayList<>();
        for (Node p : labels.sortedNodes(byProperty.keySet())) out.add(new Relation(labels.ref(p), labels.sorted(byProperty.get(p))));
        return out;
    }

    private boolean isDomainRelation(Node p) {
        return dsg.contains(Node.ANY, p, RDFS.subPropertyOf.asNode(), RELATED);
    }

    /** OWL restrictions the class is a subclass of, in words. */
    private List<Restriction> restrictions(Node n) {
        List<Restriction> out = new ArrayList<>();
        for (Node r : Queries.objects(dsg, n, RDFS.subClassOf.asNode())) {
            if (!r.isBlank()) continue;
            Node p = Queries.object(dsg, r, OWL2.onProperty.asNode());
            if (p == null) continue;
            for (Map.Entry<Node, String> q : QUANTIFIERS.entrySet()) {
                Node filler = Queries.object(dsg, r, q.getKey());
                if (filler != null) out.add(new Restriction(labels.ref(p), q.getValue(), labels.ref(filler)));
            }
        }
        out.sort(Comparator.comparing(Restriction::words));
        return out;
    }

    /** Every source document with the concepts drawn from it. */
    public List<Source> sources() {
        return read(() -> labels.sortedNodes(Queries.subjects(dsg, TYPE, MVO.SourceDocument)).stream().map(this::sourceOf).toList());
    }

    /** A source document with the concepts drawn from it. */
    public Optional<Source> source(Node n) {
        return isSource(n) ? Optional.of(read(() -> sourceOf(n))) : Optional.empty();
    }

    private Source sourceOf(Node n) {
        Set<Node> concepts = new LinkedHashSet<>();
        for (Node s : Queries.subjectsOf(dsg, DCTerms.source.asNode(), n)) {
            Node c = s.isBlank() ? Queries.object(dsg, s, OWL2.annotatedSource.asNode()) : s;
            if (c != null && c.isURI()) concepts.add(c);
        }
        return new Source(labels.ref(n), Queries.text(dsg, n, DCTerms.identifier.asNode(), ""),
            Queries.text(dsg, n, DCTerms.format.asNode(), ""), Queries.text(dsg, n, MVO.documentKind, ""), labels.sorted(concepts));
    }

    /** Concepts whose preferred label starts with {@code letter} (a letter a–z, or '#' for anything else), by label. */
    public List<Ref> index(char letter) {
        char want = Character.toLowerCase(letter);
        return read(() -> {
            Set<Node> out = new LinkedHashSet<>();
            dsg.find(Node.ANY, Node.ANY, PREF, Node.ANY).forEachRemaining(q -> {
                if (!q.getObject().isLiteral() || !q.getSubject().isURI()) return;
                if (initial(q.getObject().getLiteralLexicalForm()) == want) out.add(q.getSubject());
            });
            return labels.sorted(out);
        });
    }

    /** The index letter of a label: its first letter a–z, or '#'. */
    static char initial(String label) {
        String n = java.text.Normalizer.normalize(label.strip(), java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        char c = n.isEmpty() ? '#' : n.charAt(0);
        return c >= 'a' && c <= 'z' ? c : '#';
    }

    /** All quads of the named graph (used for the core ontology). */
    public Iterable<Quad> graph(Node graphName) {
        return read(() -> Queries.list(dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY)));
    }
}

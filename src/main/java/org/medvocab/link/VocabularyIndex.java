package org.medvocab.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.model.MVO;

/**
 * The vocabulary side of a match: every concept with its preferred, alternative and hidden labels, normalised by
 * {@link LabelNormalizer}, and its kinds (the core top classes it reaches through {@code skos:broader}). The index is
 * small (a few hundred labels) and is what each streamed target label is looked up in, so memory does not grow with
 * the size of the targets.
 */
public final class VocabularyIndex {

    /**
     * A concept of the vocabulary.
     *
     * @param iri       the concept IRI
     * @param curie     its CURIE in the mapping set ({@code medvocab:infusion-pump})
     * @param prefLabel its preferred label
     * @param kinds     the core top classes it falls under
     */
    public record Concept(String iri, String curie, String prefLabel, Set<Kind> kinds) {}

    /**
     * One label of a concept in one comparison form.
     *
     * @param concept      the concept
     * @param label        the label as written
     * @param role         preferred, synonym (altLabel) or hidden
     * @param field        {@code skos:prefLabel}, {@code skos:altLabel} or {@code skos:hiddenLabel}
     * @param abbreviation whether the label is an abbreviation ({@link LabelNormalizer#isAbbreviation(String)})
     * @param form         the comparison form
     */
    public record Entry(Concept concept, String label, LabelRole role, String field, boolean abbreviation, LabelNormalizer.Form form) {}

    private final List<Concept> concepts;
    private final Map<String, Concept> byIri = new HashMap<>();
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, List<Entry>> byBag = new HashMap<>();
    private final Map<String, List<Entry>> byHead = new HashMap<>();
    /** Per head word, the {@link #signature} of each entry of {@link #byHead}, in the same order. */
    private final Map<String, long[]> headSignatures = new HashMap<>();
    private final Set<String> tokens = new HashSet<>();
    private final String namespace;
    private final String prefix;
    private final String schemeIri;

    private VocabularyIndex(List<Concept> concepts, Map<Concept, List<String[]>> labels, String prefix, String namespace, String schemeIri) {
        this.concepts = List.copyOf(concepts);
        this.prefix = prefix;
        this.namespace = namespace;
        this.schemeIri = schemeIri;
        for (Concept c : concepts) {
            byIri.put(c.iri(), c);
            for (String[] l : labels.get(c)) {
                LabelRole role = LabelRole.valueOf(l[1]);
                boolean abbreviation = LabelNormalizer.isAbbreviation(l[0]);
                for (LabelNormalizer.Form f : LabelNormalizer.forms(l[0])) {
                    Entry e = new Entry(c, l[0], role, l[2], abbreviation, f);
                    byKey.computeIfAbsent(f.key(), k -> new ArrayList<>(1)).add(e);
                    byBag.computeIfAbsent(f.bag(), k -> new ArrayList<>(1)).add(e);
                    if (f.head() != null && !abbreviation) byHead.computeIfAbsent(f.head(), k -> new ArrayList<>(2)).add(e);
                    tokens.addAll(f.tokens());
                }
            }
        }
        byHead.forEach((head, entries) -> {
            long[] sig = new long[entries.size()];
            for (int i = 0; i < sig.length; i++) sig[i] = signature(entries.get(i).form().tokens());
            headSignatures.put(head, sig);
        });
    }

    /**
     * A 64-bit summary of a label's words (one bit per word, from its hash): when a word of label A is in label B, A's
     * bits are all in B's, so {@code (sig(A) & ~sig(B)) != 0} proves a word of A is missing from B without comparing words.
     */
    public static long signature(List<String> words) {
        long sig = 0;
        for (String w : words) sig |= 1L << (w.hashCode() & 63);
        return sig;
    }

    /** The {@link #signature}s of {@link #byHead}'s entries for this head, in the same order. */
    public long[] headSignatures(String head) { return headSignatures.getOrDefault(head, new long[0]); }

    private static final Node SKOS_CONCEPT = SKOS.Concept.asNode();
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
    private static final Node HIDDEN = SKOS.hiddenLabel.asNode();
    private static final Node BROADER = SKOS.broader.asNode();
    private static final Node CONCEPT_SCHEME = SKOS.ConceptScheme.asNode();
    private static final Node VANN_URI = NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespaceUri");

    /**
     * Builds the index of a vocabulary graph. Concepts of the core ontology (the top classes) are left out: they
     * name kinds, not things to link.
     *
     * @param graph    the vocabulary
     * @param prefix   the CURIE prefix of the vocabulary's concepts in the mapping set (e.g. {@code medvocab})
     */
    public static VocabularyIndex of(Graph graph, String prefix) {
        String schemeIri = null;
        String namespace = null;
        for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), CONCEPT_SCHEME).toList()) {
            if (t.getSubject().isURI() && (schemeIri == null || t.getSubject().getURI().compareTo(schemeIri) < 0)) schemeIri = t.getSubject().getURI();
        }
        if (schemeIri != null) {
            for (Triple t : graph.find(NodeFactory.createURI(schemeIri), VANN_URI, Node.ANY).toList()) {
                if (t.getObject().isLiteral()) namespace = t.getObject().getLiteralLexicalForm();
            }
        }
        List<Concept> concepts = new ArrayList<>();
        Map<Concept, List<String[]>> labels = new LinkedHashMap<>();
        List<Node> subjects = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), SKOS_CONCEPT).toList()) {
            if (t.getSubject().isURI() && !t.getSubject().getURI().startsWith(MVO.NS)) subjects.add(t.getSubject());
        }
        subjects.sort(Comparator.comparing(Node::getURI));
        if (namespace == null) namespace = commonNamespace(subjects);
        for (Node s : subjects) {
            String pref = first(graph, s, PREF);
            if (pref == null) continue;
            String iri = s.getURI();
            String curie = namespace != null && iri.startsWith(namespace) && iri.length() > namespace.length()
                ? prefix + ":" + iri.substring(namespace.length()) : iri;
            Concept c = new Concept(iri, curie, pref, kinds(graph, s));
            concepts.add(c);
            List<String[]> ls = new ArrayList<>();
            ls.add(new String[] {pref, LabelRole.PREFERRED.name(), "skos:prefLabel"});
            for (String a : all(graph, s, ALT)) ls.add(new String[] {a, LabelRole.SYNONYM.name(), "skos:altLabel"});
            for (String h : all(graph, s, HIDDEN)) ls.add(new String[] {h, LabelRole.HIDDEN.name(), "skos:hiddenLabel"});
            labels.put(c, ls);
        }
        return new VocabularyIndex(concepts, labels, prefix, namespace, schemeIri);
    }

    private static String commonNamespace(List<Node> subjects) {
        if (subjects.isEmpty()) return null;
        String iri = subjects.get(0).getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut > 0 ? iri.substring(0, cut + 1) : null;
    }

    private static boolean english(Node o) {
        if (!o.isLiteral()) return false;
        String lang = o.getLiteralLanguage();
        return lang.isEmpty() || lang.toLowerCase().startsWith("en");
    }

    private static String first(Graph g, Node s, Node p) {
        List<String> all = all(g, s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> all(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        for (Triple t : g.find(s, p, Node.ANY).toList()) if (english(t.getObject())) out.add(t.getObject().getLiteralLexicalForm());
        Collections.sort(out);
        return out;
    }

    private static Set<Kind> kinds(Graph g, Node start) {
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        Set<Node> seen = new HashSet<>();
        Deque<Node> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            if (!seen.add(n)) continue;
            if (n.isURI()) {
                Kind k = Kind.ofTopClass(n.getURI());
                if (k != null) {
                    kinds.add(k);
                    continue;
                }
            }
            for (Triple t : g.find(n, BROADER, Node.ANY).toList()) queue.add(t.getObject());
        }
        return kinds.isEmpty() ? Kind.none() : Collections.unmodifiableSet(kinds);
    }

    public List<Concept> concepts() { return concepts; }

    public Concept concept(String iri) { return byIri.get(iri); }

    /** Entries whose main or variant form has this key. */
    public List<Entry> byKey(String key) { return byKey.getOrDefault(key, List.of()); }

    /** Entries whose bag of words (sorted words) equals this one. */
    public List<Entry> byBag(String bag) { return byBag.getOrDefault(bag, List.of()); }

    /** Entries (not abbreviations) that are plain compounds with this head word. */
    public List<Entry> byHead(String head) { return byHead.getOrDefault(head, List.of()); }

    /** True when the word occurs in some label of the vocabulary (for a quick rejection of target labels). */
    public boolean hasToken(String token) { return tokens.contains(token); }

    /** True when some compound of the vocabulary has this head word. */
    public boolean hasHead(String head) { return byHead.containsKey(head); }

    /** The namespace of the concepts (from vann:preferredNamespaceUri, else the concepts' common namespace). */
    public String namespace() { return namespace; }

    /** The CURIE prefix of the concepts in the mapping set. */
    public String prefix() { return prefix; }

    /** The IRI of the concept scheme, or null. */
    public String schemeIri() { return schemeIri; }

    public int labelCount() {
        int n = 0;
        for (List<Entry> l : byKey.values()) n += l.size();
        return n;
    }
}

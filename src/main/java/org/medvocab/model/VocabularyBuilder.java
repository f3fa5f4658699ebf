package org.medvocab.model;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.medvocab.extract.DocumentExtraction;
import org.medvocab.extract.Evidence;
import org.medvocab.extract.Labels;
import org.medvocab.extract.Lexicon;
import org.medvocab.extract.Phrases;
import org.medvocab.extract.RelationKind;
import org.medvocab.extract.TermRecord;
import org.medvocab.extract.TopClass;
import org.medvocab.ground.ExactMatches;
import org.medvocab.link.Kind;
import org.medvocab.ingest.SourceDocument;

/**
 * The model stage: merges the term records of all documents into concepts (one concept per term and sense,
 * synonyms folded together), builds the hierarchy (stated kinds, head nouns of compound terms, core top
 * classes), and writes the vocabulary as a Jena graph: SKOS concepts punned as OWL classes, definitions and
 * relations annotated with their source sentence, and a concept scheme describing the source documents.
 */
public final class VocabularyBuilder {

    private final VocabularyConfig config;
    /** Grounds concepts in the medical lexicon (a skos:exactMatch the link stage keeps). */
    private final ExactMatches grounding = ExactMatches.shared();
    private final List<DocumentTerms> documents = new ArrayList<>();
    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    private int order;
    /** Keys of the documents' own topics (article titles, dictionary headwords): preferred over synonyms. */
    private final Set<String> topics = new HashSet<>();
    /** The sense concepts of each base key (senses are never merged away, so the index only grows). */
    private final Map<String, List<Concept>> sensesByBase = new HashMap<>();
    /** After merging: the one concept having an alternative label of each key, or {@link #AMBIGUOUS}. */
    private final Map<String, Concept> byAltLabel = new HashMap<>();
    private static final Concept AMBIGUOUS = new Concept("", null, -1);

    public VocabularyBuilder(VocabularyConfig config) { this.config = config; }

    /** Whether {@link #build} writes the vocabulary into a compact graph (else Jena's in-memory graph). */
    private boolean compact;

    /**
     * {@link #build} writes the vocabulary into a compact graph ({@code EditableCompactGraph}: each node once, the
     * triples as int columns, about a fifth of the memory of Jena's in-memory graph), for a large conversion. The
     * triples are the same; only the order {@code find} gives them in differs, which the Turtle writer and the
     * validation report do not depend on (the lexicon's choice among concepts sharing a label still does, so a
     * conversion that builds the lexicon keeps Jena's graph).
     */
    public VocabularyBuilder compact() {
        this.compact = true;
        return this;
    }

    public VocabularyBuilder add(DocumentExtraction ex) {
        return add(DocumentTerms.of(ex));
    }

    public VocabularyBuilder add(DocumentTerms doc) {
        documents.add(doc);
        return this;
    }

    /**
     * What the builder reads of one document's extraction: the document (its id, title, format, checksum and pages),
     * its kind, its topic and its term records.
     */
    public record DocumentTerms(SourceDocument document, org.medvocab.extract.DocumentKind kind, String topic, List<TermRecord> terms) {
        public static DocumentTerms of(DocumentExtraction ex) {
            return new DocumentTerms(ex.document(), ex.kind(), ex.topic(), ex.terms());
        }

        /** The same without the document's text and blocks, which the builder does not read (a large conversion holds less). */
        public DocumentTerms withoutText() {
            SourceDocument d = document;
            return new DocumentTerms(new SourceDocument(d.id(), d.path(), d.format(), "", d.sha256(), d.title(), d.pageStarts(), null),
                kind, topic, terms);
        }
    }

    /** Prefixes used by the generated vocabulary. */
    public PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("", config.base());
        pm.setNsPrefix(MVO.PREFIX, MVO.NS);
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("owl", OWL2.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("dct", DCTerms.getURI());
        pm.setNsPrefix("spdx", Vocab.SPDX_NS);
        pm.setNsPrefix("vann", Vocab.VANN_NS);
        pm.setNsPrefix("sssom", org.medvocab.link.MappingGraph.SSSOM);
        return pm;
    }

    /** Builds the vocabulary graph from every document added so far. */
    /**
     * The IRI of a source document.
     *
     * @param base the vocabulary base IRI
     * @param documentId the document id (file name)
     * @return {@code <base>source/<slug of the id>}
     */
    public static Node sourceIri(String base, String documentId) {
        return NodeFactory.createURI(base + "source/" + Labels.slug(documentId));
    }

    public Graph build() {
        concepts.clear();
        sensesByBase.clear();
        byAltLabel.clear();
        order = 0;
        List<DocumentTerms> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparing(d -> d.document().id()));
        topics.clear();
        for (DocumentTerms ex : docs) {
            if (ex.topic() != null) topics.add(Labels.key(ex.topic()));
            for (TermRecord r : ex.terms()) {
                Concept c = concept(r.label(), r.sense());
                if (r.properName() && !c.proper) c.label = r.label();
                c.absorb(r, ex.document().id());
            }
        }
        mergeSynonyms();
        foldPlainIntoSenses();
        resolveReferences();
        inferKinds();
        headNounHierarchy();
        reduceBroader();
        inferKinds();
        mintIris();
        return emit(docs);
    }

    // ---- merging --------------------------------------------------------------------------------------

    private Concept concept(String label, String sense) {
        Concept probe = new Concept(label, sense, order);
        Concept c = concepts.get(probe.key);
        if (c == null) {
            c = probe;
            order++;
            concepts.put(c.key, c);
            if (c.sense != null) sensesByBase.computeIfAbsent(c.baseKey, k -> new ArrayList<>()).add(c);
        } else if (!c.proper && preferWritten(label, c.label)) {
            c.label = label;
        }
        return c;
    }

    /** Of two spellings of one label, keep the proper-name casing or the one with fewer capitals. */
    private static boolean preferWritten(String candidate, String current) {
        return !candidate.equals(current) && candidate.chars().filter(Character::isUpperCase).count()
            < current.chars().filter(Character::isUpperCase).count() && !Labels.hasInnerCapital(current);
    }

    /**
     * Folds concepts named as synonyms of each other (not abbreviations) into one. Concepts are taken in order of first
     * appearance and each is merged until none of its alternative labels names another concept; a merge changes only the
     * concept kept, so when that one comes earlier it is taken again at once (the result of restarting the whole scan
     * after every merge, without the quadratic cost).
     */
    private void mergeSynonyms() {
        List<Concept> all = uniqueConcepts();
        Map<Concept, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) position.put(all.get(i), i);
        for (int i = 0; i < all.size(); i++) {
            Concept c = all.get(i);
            while (c != null) {
                Concept keep = mergeOnce(c);
                if (keep == null) break;
                c = keep == c || position.get(keep) < i ? keep : null;
            }
        }
    }

    /** Merges {@code c} with the concept its first foldable alternative label names; returns the concept kept, or null. */
    private Concept mergeOnce(Concept c) {
        if (!concepts.containsKey(c.key) || c.sense != null) return null;
        for (String alt : List.copyOf(c.altLabels)) {
            Concept other = concepts.get(Labels.key(alt));
            // an abbreviation folds only a concept named by exactly that abbreviation ("PCI" -> its long form)
            if (isAbbreviation(alt) && (other == null || !other.label.equals(alt) || !other.definitions.isEmpty())) continue;
            if (other == null || other == c || other.sense != null) continue;
            boolean cTopic = topics.contains(c.baseKey), oTopic = topics.contains(other.baseKey);
            Concept keep = isAbbreviation(alt) ? c
                : cTopic != oTopic ? (cTopic ? c : other) : (c.order <= other.order ? c : other);
            Concept drop = keep == c ? other : c;
            keep.absorb(drop);
            keep.altLabels.removeIf(a -> Labels.key(a).equals(keep.baseKey));
            concepts.remove(drop.key);
            concepts.put(drop.key + "\u0000alias", keep); // lookups by the dropped label still resolve
            return keep;
        }
        return null;
    }

    static boolean isAbbreviation(String label) {
        return label.length() <= 12 && !label.contains(" ") && label.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** A plain concept whose label also has senses is the sense its kind matches. */
    private void foldPlainIntoSenses() {
        for (Concept c : List.copyOf(uniqueConcepts())) {
            if (c.sense != null) continue;
            List<Concept> senses = senses(c.baseKey);
            if (senses.isEmpty()) continue;
            Concept target = pickSense(senses, c.kind);
            target.absorb(c);
            target.altLabels.removeIf(a -> Labels.key(a).equals(target.baseKey));
            concepts.remove(c.key);
            concepts.put(c.key + "\u0000alias", target);
        }
    }

    private List<Concept> senses(String baseKey) {
        List<Concept> out = new ArrayList<>(sensesByBase.getOrDefault(baseKey, List.of()));
        out.sort(Comparator.comparingInt(c -> c.order));
        return out;
    }

    private static Concept pickSense(List<Concept> senses, TopClass kind) {
        if (kind != null) for (Concept s : senses) if (s.kind == kind) return s;
        return senses.get(0);
    }

    private List<Concept> uniqueConcepts() {
        List<Concept> out = new ArrayList<>();
        Set<Concept> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Concept c : concepts.values()) if (seen.add(c)) out.add(c);
        return out;
    }

    /** The concept a label names; for a label with several senses, the one whose kind fits. */
    private Concept lookup(String label, TopClass kind) {
        String key = Labels.key(label);
        Concept c = concepts.get(key);
        if (c != null) return c;
        List<Concept> senses = senses(key);
        if (!senses.isEmpty()) return pickSense(senses, kind);
        c = concepts.get(key + "\u0000alias");
        if (c != null) return c;
        // an alternative label (synonym or abbreviation) of exactly one concept
        Concept found = byAltLabel.get(key);
        return found == AMBIGUOUS ? null : found;
    }

    /**
     * Indexes the alternative labels once merging is over (from then on concepts are only added, with no alternative
     * labels, so the index stays right).
     */
    private void indexAltLabels() {
        byAltLabel.clear();
        for (Concept x : uniqueConcepts()) {
            for (String alt : x.altLabels) byAltLabel.merge(Labels.key(alt), x, (a, b) -> a == b ? a : AMBIGUOUS);
        }
    }

    private Concept lookupOrCreate(String label, TopClass kind) {
        Concept c = lookup(label, kind);
        if (c == null) {
            c = concept(label, null);
            c.kind = kind;
        }
        return c;
    }

    // ---- hierarchy and relations ----------------------------------------------------------------------

    private final Map<Concept, List<ResolvedRelation>> relations = new HashMap<>();
    private final Map<Concept, List<ResolvedXref>> xrefs = new HashMap<>();

    private record ResolvedRelation(RelationKind kind, Concept target, String qualifier, Evidence evidence) {}
    private record ResolvedXref(Concept target, String label, Evidence evidence) {}

    private void resolveReferences() {
        relations.clear();
        xrefs.clear();
        indexAltLabels();
        for (Concept c : List.copyOf(uniqueConcepts())) {
            for (TermRecord.Broader b : c.broaderRefs) {
                TopClass k = Lexicon.kindOfHead(Phrases.head(b.target()));
                Concept t = lookupOrCreate(b.target(), k != null ? k : c.kind);
                if (b.evidence() != null) t.sources.add(b.evidence().documentId());
                addBroader(c, t, b.evidence());
            }
            for (TermRecord.Relation r : c.relationRefs) {
                Concept t = lookupOrCreate(r.target(), r.kind().expectedTarget());
                if (t == c) continue;
                List<ResolvedRelation> list = relations.computeIfAbsent(c, x -> new ArrayList<>());
                if (list.stream().noneMatch(x -> x.kind() == r.kind() && x.target() == t)) {
                    list.add(new ResolvedRelation(r.kind(), t, r.qualifier(), r.evidence()));
                }
            }
        }
        // A cross-reference names a term of the reference work: it is a concept, defined or not.
        for (Concept c : List.copyOf(uniqueConcepts())) {
            for (TermRecord.CrossRef x : c.crossRefs) {
                Concept t = lookup(x.target(), null);
                if (t == null) {
                    t = lookupOrCreate(x.target(), Lexicon.kindOfHead(Phrases.head(x.target())));
                    if (x.evidence() != null) t.sources.add(x.evidence().documentId());
                }
                if (t == c) continue;
                List<ResolvedXref> list = xrefs.computeIfAbsent(c, k -> new ArrayList<>());
                if (list.stream().noneMatch(y -> Labels.key(y.label()).equals(Labels.key(x.target())))) {
                    list.add(new ResolvedXref(t, x.target(), x.evidence()));
                }
            }
        }
    }

    private void addBroader(Concept child, Concept parent, Evidence ev) {
        if (child == parent || parent.hasAncestor(child) || child.broader.contains(parent)) return;
        child.broader.add(parent);
        if (ev != null) child.broaderEvidence.put(parent, ev);
    }

    /** Kinds: from the genus, else from a broader concept, else from how relations use the concept. */
    private void inferKinds() {
        for (Concept c : uniqueConcepts()) {
            if (c.kind == null) c.kind = Lexicon.kindOfHead(Phrases.head(c.label));
        }
        for (List<ResolvedRelation> list : relations.values()) {
            for (ResolvedRelation r : list) if (r.target().kind == null) r.target().kind = r.kind().expectedTarget();
        }
        for (int round = 0; round < 4; round++) {
            for (Concept c : uniqueConcepts()) {
                if (c.kind != null) continue;
                for (Concept b : c.broader) if (b.kind != null) { c.kind = b.kind; break; }
            }
            for (Concept c : uniqueConcepts()) {
                if (c.kind == null) continue;
                for (Concept b : c.broader) if (b.kind == null) b.kind = c.kind;
            }
        }
    }

    /**
     * A compound term is narrower than its head when the head is itself a concept: "gear pump" is a
     * "pump"; "left atrial appendage occluder" is an "appendage occluder". The longest such head wins.
     */
    private void headNounHierarchy() {
        for (Concept c : uniqueConcepts()) {
            if (c.onlyRecognised) continue; // a term only recognised in passing gets no hierarchy from its words
            String[] words = c.baseKey.split(" ");
            for (int i = 1; i < words.length; i++) {
                String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                if (Lexicon.isGenericGenus(suffix)) break;
                Concept head = lookup(suffix, c.kind);
                if (head == null || head == c) continue;
                // a head of another kind is another sense of the word, not a genus ("X valve" the heart part vs the device)
                if (c.kind != null && head.kind != null && c.kind != head.kind) break;
                if (!c.hasAncestor(head)) addBroader(c, head, null);
                break;
            }
        }
    }

    /**
     * Transitive reduction of the hierarchy, as {@code robot reduce} does: a direct broader concept that is already an
     * ancestor through another direct broader is dropped ("left ventricular assist device" is a "pump" because it is a
     * "ventricular assist device", which is a "mechanical pump").
     */
    private void reduceBroader() {
        for (Concept c : uniqueConcepts()) {
            if (c.broader.size() < 2) continue;
            List<Concept> redundant = new ArrayList<>();
            for (Concept b : c.broader) {
                for (Concept other : c.broader) {
                    if (other != b && other.hasAncestor(b)) { redundant.add(b); break; }
                }
            }
            c.broader.removeAll(redundant);
            redundant.forEach(c.broaderEvidence::remove);
        }
    }

    private void mintIris() {
        Map<String, Concept> taken = new TreeMap<>();
        List<Concept> all = uniqueConcepts();
        all.sort(Comparator.comparing((Concept c) -> c.key));
        for (Concept c : all) {
            String slug = Labels.slug(c.label) + (c.sense == null ? "" : "-" + Labels.slug(c.sense));
            String s = slug;
            for (int n = 2; taken.containsKey(s); n++) s = slug + "-" + n;
            taken.put(s, c);
            c.iri = config.base() + s;
        }
    }

    // ---- output ---------------------------------------------------------------------------------------

    private static final Map<TopClass, Node> TOP = Map.of(TopClass.DEVICE, MVO.Device, TopClass.PROCEDURE, MVO.Procedure,
        TopClass.CONDITION, MVO.Condition, TopClass.ANATOMY, MVO.AnatomicalStructure,
        TopClass.MECHANISM, MVO.BiologicalMechanism, TopClass.SUBSTANCE, MVO.Substance);

    private static final Map<RelationKind, Node> RELATION = Map.of(RelationKind.INDICATION, MVO.indication,
        RelationKind.RISK, MVO.risk, RelationKind.INSERTION_SITE, MVO.insertionSite, RelationKind.LOCATION, MVO.location,
        RelationKind.COMPONENT, MVO.component, RelationKind.MECHANISM, MVO.mechanism);

    /**
     * Writes the vocabulary into Jena's in-memory graph or, when {@link #compact()}, into a compact graph which the
     * curation overlay and the repair then edit a little.
     */
    private Graph emit(List<DocumentTerms> docs) {
        org.medvocab.validate.CompactGraph.Builder compactGraph = compact ? new org.medvocab.validate.CompactGraph.Builder() : null;
        Graph g = compact ? compactGraph.sink() : org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Node scheme = emitScheme(g);
        SourceIndex sourceNodes = emitSources(g, scheme, docs);
        Graph core = coreOntology();
        Set<Node> usedTop = new HashSet<>();
        List<Concept> all = uniqueConcepts();
        all.sort(Comparator.comparing(c -> c.iri));
        for (Concept c : all) {
            Node n = NodeFactory.createURI(c.iri);
            Node top = emitLabels(g, n, c, scheme, sourceNodes);
            emitHierarchy(g, n, c, top, scheme, sourceNodes, usedTop);
            emitRelations(g, n, c, sourceNodes);
        }
        emitTopClasses(g, scheme, usedTop, core);
        Graph vocabulary = compact ? org.medvocab.validate.EditableCompactGraph.of(compactGraph) : g;
        OwlDeclarations.declare(vocabulary, core);
        return vocabulary;
    }

    /** The concept scheme, which is also the OWL ontology, with its release metadata. */
    private Node emitScheme(Graph g) {
        Node scheme = NodeFactory.createURI(config.schemeIri());
        Node a = RDF.type.asNode();
        g.add(scheme, a, SKOS.ConceptScheme.asNode());
        g.add(scheme, a, OWL2.Ontology.asNode());
        g.add(scheme, OWL2.imports.asNode(), NodeFactory.createURI(MVO.ONTOLOGY_IRI));
        g.add(scheme, DCTerms.title.asNode(), en(config.title()));
        g.add(scheme, DCTerms.description.asNode(), en(config.description()));
        g.add(scheme, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(config.version()));
        g.add(scheme, OWL2.versionIRI.asNode(), NodeFactory.createURI(config.versionIri()));
        g.add(scheme, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString(config.version()));
        g.add(scheme, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(config.issued(), XSDDatatype.XSDdate));
        g.add(scheme, DCTerms.license.asNode(), NodeFactory.createURI(config.license()));
        g.add(scheme, DCTerms.creator.asNode(), NodeFactory.createLiteralString("medvocab " + config.version()));
        g.add(scheme, Vocab.VANN_preferredNamespaceUri, NodeFactory.createLiteralString(config.base()));
        return scheme;
    }

    /** One source-document node per document, with its identifier, title, format, kind and checksum. */
    private SourceIndex emitSources(Graph g, Node scheme, List<DocumentTerms> docs) {
        Node a = RDF.type.asNode();
        SourceIndex sourceNodes = new SourceIndex(new HashMap<>(), new HashMap<>());
        for (DocumentTerms ex : docs) {
            SourceDocument d = ex.document();
            Node src = sourceIri(config.base(), d.id());
            sourceNodes.nodes().put(d.id(), src);
            sourceNodes.documents().put(d.id(), d);
            g.add(scheme, DCTerms.source.asNode(), src);
            g.add(src, a, MVO.SourceDocument);
            g.add(src, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(d.id()));
            String title = ex.topic() != null ? ex.topic() : d.id();
            g.add(src, DCTerms.title.asNode(), NodeFactory.createLiteralString(d.title() != null ? d.title() : title));
            g.add(src, DCTerms.format.asNode(), NodeFactory.createLiteralString(d.format().mediaType()));
            g.add(src, MVO.documentKind, NodeFactory.createLiteralString(ex.kind().name().toLowerCase(Locale.ROOT)));
            Node sum = NodeFactory.createBlankNode();
            g.add(src, Vocab.SPDX_checksum, sum);
            g.add(sum, a, Vocab.SPDX_Checksum);
            g.add(sum, Vocab.SPDX_algorithm, Vocab.SPDX_sha256);
            g.add(sum, Vocab.SPDX_checksumValue, NodeFactory.createLiteralDT(d.sha256(), XSDDatatype.XSDhexBinary));
        }
        return sourceNodes;
    }

    /** A concept's types, labels, sources, exact matches and definitions; returns its top class (or null). */
    private Node emitLabels(Graph g, Node n, Concept c, Node scheme, SourceIndex sourceNodes) {
        Node a = RDF.type.asNode();
        g.add(n, a, SKOS.Concept.asNode());
        g.add(n, a, OWL2.Class.asNode());
        g.add(n, SKOS.inScheme.asNode(), scheme);
        String pref = c.prefLabel();
        g.add(n, SKOS.prefLabel.asNode(), en(pref));
        g.add(n, RDFS.label.asNode(), en(pref));
        if (c.sense != null) {
            g.add(n, SKOS.hiddenLabel.asNode(), en(c.label));
            g.add(n, MVO.senseQualifier, en(c.sense));
        }
        Set<String> altKeys = new HashSet<>();
        altKeys.add(Labels.key(pref));
        for (String alt : c.altLabels) {
            if (altKeys.add(alt.strip().toLowerCase(Locale.ROOT))) {
                Node lit = en(alt.strip());
                g.add(n, SKOS.altLabel.asNode(), lit);
                Evidence ev = c.altEvidence.get(alt);
                if (ev != null) annotate(g, n, SKOS.altLabel.asNode(), lit, ev, sourceNodes, null);
            }
        }
        for (String src : c.sources) g.add(n, DCTerms.source.asNode(), sourceNodes.node(src));
        Node top = c.kind == null ? null : TOP.get(c.kind);
        grounding.choose(c.label, c.altLabels, top == null ? null : Kind.ofTopClass(top.getURI()))
            .ifPresent(m -> ExactMatches.write(g, n, pref, m));
        for (var d : c.definitions.entrySet()) {
            Node lit = en(d.getKey());
            g.add(n, SKOS.definition.asNode(), lit);
            annotate(g, n, SKOS.definition.asNode(), lit, d.getValue(), sourceNodes, null);
        }
        return top;
    }

    /** broader/narrower/subClassOf to the concept's broader concepts, else to its top class or the scheme. */
    private void emitHierarchy(Graph g, Node n, Concept c, Node top, Node scheme, SourceIndex sourceNodes, Set<Node> usedTop) {
        if (c.broader.isEmpty()) {
            if (top != null) {
                usedTop.add(top);
                g.add(n, SKOS.broader.asNode(), top);
                g.add(top, SKOS.narrower.asNode(), n);
                g.add(n, RDFS.subClassOf.asNode(), top);
            } else {
                g.add(n, SKOS.topConceptOf.asNode(), scheme);
                g.add(scheme, SKOS.hasTopConcept.asNode(), n);
            }
        }
        for (Concept b : c.broader) {
            Node bn = NodeFactory.createURI(b.iri);
            g.add(n, SKOS.broader.asNode(), bn);
            g.add(bn, SKOS.narrower.asNode(), n);
            g.add(n, RDFS.subClassOf.asNode(), bn);
            Evidence ev = c.broaderEvidence.get(b);
            if (ev != null) annotate(g, n, RDFS.subClassOf.asNode(), bn, ev, sourceNodes, null);
        }
    }

    /** Domain relations with their OWL restrictions, and cross-references (skos:related or rdfs:seeAlso). */
    private void emitRelations(Graph g, Node n, Concept c, SourceIndex sourceNodes) {
        Node a = RDF.type.asNode();
        Set<Concept> hierarchical = new HashSet<>(c.ancestors());
        for (ResolvedRelation r : relations.getOrDefault(c, List.of())) {
            Node p = RELATION.get(r.kind());
            Node t = NodeFactory.createURI(r.target().iri);
            g.add(n, p, t);
            annotate(g, n, p, t, r.evidence(), sourceNodes, r.qualifier());
            Node restriction = NodeFactory.createBlankNode();
            g.add(n, RDFS.subClassOf.asNode(), restriction);
            g.add(restriction, a, OWL2.Restriction.asNode());
            g.add(restriction, OWL2.onProperty.asNode(), p);
            g.add(restriction, OWL2.someValuesFrom.asNode(), t);
        }
        for (ResolvedXref x : xrefs.getOrDefault(c, List.of())) {
            if (x.target() != null) {
                if (hierarchical.contains(x.target()) || x.target().ancestors().contains(c)) continue;
                Node t = NodeFactory.createURI(x.target().iri);
                g.add(n, SKOS.related.asNode(), t);
                g.add(t, SKOS.related.asNode(), n);
                if (x.evidence() != null) annotate(g, n, SKOS.related.asNode(), t, x.evidence(), sourceNodes, null);
            } else {
                Node t = NodeFactory.createURI(config.base() + "term/" + Labels.slug(x.label()));
                g.add(n, RDFS.seeAlso.asNode(), t);
                g.add(t, RDFS.label.asNode(), en(x.label()));
            }
        }
    }

    /** The core top classes the vocabulary uses, described as top concepts of this scheme. */
    private void emitTopClasses(Graph g, Node scheme, Set<Node> usedTop, Graph core) {
        Node a = RDF.type.asNode();
        for (Node top : usedTop) {
            g.add(scheme, SKOS.hasTopConcept.asNode(), top);
            g.add(top, SKOS.topConceptOf.asNode(), scheme);
            g.add(top, SKOS.inScheme.asNode(), scheme);
            g.add(top, a, SKOS.Concept.asNode());
            g.add(top, a, OWL2.Class.asNode());
            for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), SKOS.definition.asNode())) {
                core.find(top, p, Node.ANY).forEach(t -> g.add(top, p, t.getObject()));
            }
        }
    }

    /** The source documents by id: their IRIs, and the documents themselves for the pages of evidence offsets. */
    private record SourceIndex(Map<String, Node> nodes, Map<String, SourceDocument> documents) {
        Node node(String id) { return nodes.get(id); }

        /** The 1-based page of an offset in a paged document (PDF, Word), or 0. */
        int page(String id, int offset) {
            SourceDocument d = documents.get(id);
            return d == null || d.pageStarts().isEmpty() ? 0 : d.page(offset);
        }
    }

    /** An owl:Axiom annotation saying where a statement came from (document, sentence, offsets and, when paged, page). */
    private static void annotate(Graph g, Node s, Node p, Node o, Evidence ev, SourceIndex sources, String qualifier) {
        if (ev == null && qualifier == null) return;
        Node ax = Axioms.axiom(g, s, p, o);
        if (ev != null) {
            Node src = sources.node(ev.documentId());
            if (src != null) g.add(ax, DCTerms.source.asNode(), src);
            int page = sources.page(ev.documentId(), ev.start());
            if (page > 0) g.add(ax, MVO.evidencePage, NodeFactory.createLiteralDT(Integer.toString(page), XSDDatatype.XSDpositiveInteger));
            g.add(ax, MVO.evidence, NodeFactory.createLiteralString(ev.text()));
            g.add(ax, MVO.evidenceStart, NodeFactory.createLiteralDT(Integer.toString(ev.start()), XSDDatatype.XSDnonNegativeInteger));
            g.add(ax, MVO.evidenceEnd, NodeFactory.createLiteralDT(Integer.toString(ev.end()), XSDDatatype.XSDnonNegativeInteger));
        }
        if (qualifier != null) g.add(ax, MVO.qualifier, en(qualifier));
    }

    private static Node en(String s) { return NodeFactory.createLiteralLang(s, "en"); }

    /** The core ontology shipped in the jar (ontology/core.ttl). */
    public static Graph coreOntology() {
        try (InputStream in = VocabularyBuilder.class.getResourceAsStream("/org/medvocab/ontology/core.ttl")) {
            if (in == null) throw new IllegalStateException("core ontology missing from the classpath");
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Number of concepts in the last build. */
    public int conceptCount() { return uniqueConcepts().size(); }

}

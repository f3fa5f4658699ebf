package org.medvocab.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.AtlasException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Streams an RDF file in any syntax Jena reads (N-Triples, Turtle, RDF/XML and OWL in RDF/XML, N-Quads, TriG,
 * JSON-LD; optionally gzipped) through Jena RIOT's {@code StreamRDF}, without building a model. It reads
 * <ul>
 *   <li>SKOS vocabularies: {@code skos:prefLabel} (preferred), {@code skos:altLabel} and {@code skos:hiddenLabel}
 *       (exact synonyms), {@code skos:broader} (hierarchy);</li>
 *   <li>OWL ontologies: {@code rdfs:label}, the oboInOwl exact, related, broad and narrow synonyms, IAO alternative
 *       terms, {@code rdfs:subClassOf} (hierarchy), {@code owl:deprecated} (obsolete terms are dropped);</li>
 *   <li>MeSH RDF: the descriptor's {@code rdfs:label}, and the labels of its terms joined through
 *       descriptor -&gt; {@code meshv:preferredConcept}/{@code meshv:concept} -&gt;
 *       {@code meshv:preferredTerm}/{@code meshv:term} -&gt; {@code meshv:prefLabel}/{@code meshv:altLabel}. Terms of
 *       the preferred concept are exact synonyms; terms of a narrower concept are NARROW synonyms (they name
 *       something narrower than the descriptor); other concepts' terms are related. Tree numbers give kinds. Only the small
 *       maps these joins need are kept; qualifiers, tree numbers and descriptor-qualifier pairs are not labels.</li>
 * </ul>
 * Only English or untagged literals are read. IRIs become CURIEs with medvocab's prefixes (OBO PURLs, MeSH), the
 * target's {@code prefix=}/{@code namespace=} options, or a prefix the file declares.
 */
public final class RdfTargetReader implements TargetReader {
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String OIO = "http://www.geneontology.org/formats/oboInOwl#";
    private static final String OWL = "http://www.w3.org/2002/07/owl#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String MESHV = "http://id.nlm.nih.gov/mesh/vocab#";
    private static final Pattern MESH_RECORD = Pattern.compile("[DC]\\d+");
    private static final Pattern MESH_CONCEPT = Pattern.compile("M\\d+");
    private static final Pattern MESH_TERM = Pattern.compile("T\\d+");

    private final Path file;
    private final String prefix;
    private final String namespace;
    private final Set<Kind> kind;
    private final String sourceOverride;
    private final Curies curies;
    private String source;
    private String ontologyIri;
    /** owl:versionIRI (preferred) or owl:versionInfo of each subject that states one. */
    private final Map<String, String> ontologyVersions = new HashMap<>();

    private final Hierarchy hierarchy = new Hierarchy();
    private final Set<String> obsolete = new HashSet<>();
    private final Map<String, String> filePrefixes = new HashMap<>();
    private final Map<String, Set<Kind>> meshKinds = new HashMap<>();
    // MeSH joins: descriptor -> concepts (preferred first), concept -> terms, term -> labels, concept relations
    private final Map<String, List<String>> meshConcepts = new LinkedHashMap<>();
    private final Map<String, String> meshPreferredConcept = new HashMap<>();
    private final Map<String, List<String>> meshTerms = new HashMap<>();
    private final Map<String, String> meshPreferredTerm = new HashMap<>();
    private final Map<String, List<String[]>> meshTermLabels = new HashMap<>();
    private final Map<String, String> meshConceptLabel = new HashMap<>();
    private final Set<String> meshNarrower = new HashSet<>();   // "M1 M2": M2 is narrower than M1
    private final Map<String, String> meshDescriptorLabel = new HashMap<>();

    /**
     * @param file      the RDF file
     * @param prefix    CURIE prefix for the target's own IRIs (when no known prefix applies), or null
     * @param namespace the namespace that prefix stands for, or null to take it from the file
     * @param kind      a kind for every term (overrides the other rules), or empty
     * @param source    SSSOM object_source, or null for the file's owl:Ontology (else the file)
     * @param curies    prefix registry
     */
    public RdfTargetReader(Path file, String prefix, String namespace, Set<Kind> kind, String source, Curies curies) {
        this.file = file;
        this.prefix = prefix;
        this.namespace = namespace;
        this.kind = kind == null ? Kind.none() : kind;
        this.sourceOverride = source;
        this.curies = curies;
        this.source = source != null ? source : "medvocab.target:" + TargetSpec.slug(file.getFileName().toString());
        if (prefix != null && namespace != null) curies.declare(Curies.canonicalPrefix(prefix), namespace);
    }

    @Override public String name() { return file.toString(); }

    @Override public String source() { return source; }

    @Override public boolean sourceDeclared() { return sourceOverride != null; }

    @Override public String sourceVersion() {
        return ontologyIri == null ? null : ontologyVersions.get(ontologyIri);
    }

    @Override public boolean isObsolete(String id) { return obsolete.contains(id); }

    @Override public Set<Kind> kindOf(String id) {
        if (!kind.isEmpty()) return kind;
        Set<Kind> k = meshKinds.get(id);
        if (k != null) return k;
        k = KindRules.ofPrefix(id);
        return k.isEmpty() && !hierarchy.isEmpty() ? hierarchy.kindFromAncestors(id) : k;
    }

    /** The RDF syntax of a file name (a trailing .gz is ignored), or null. */
    static Lang lang(Path file) {
        String n = file.getFileName().toString();
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return RDFLanguages.pathnameToLang(n);
    }

    @Override public void read(TargetSink sink) {
        parse(new Collector(sink), sink);
        emitMesh(sink);
    }

    private void parse(StreamRDFBase dest, TargetSink sink) {
        TextLines.check(file);
        Lang lang = lang(file);
        if (lang == null) {
            throw new TargetException(name(), -1, "unknown RDF syntax: expected .nt, .ttl, .rdf, .owl, .nq, .trig or .jsonld");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new TargetException(name(), -1, "cannot be read (" + e.getMessage() + ")");
        }
        try (InputStream raw = Files.newInputStream(file)) {
            TextLines.CountingInputStream counter = new TextLines.CountingInputStream(raw);
            InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(counter, 1 << 16) : counter;
            Thread reporter = null;
            if (sink != null) {
                reporter = new Thread(() -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            sink.progress(counter.count, size);
                            Thread.sleep(200);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "medvocab-link-progress");
                reporter.setDaemon(true);
                reporter.start();
            }
            try {
                RDFParser.create().source(in).lang(lang).base(file.toUri().toString()).errorHandler(new Fail()).parse(dest);
            } finally {
                if (reporter != null) {
                    reporter.interrupt();
                    try {
                        reporter.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    sink.progress(size, size);
                }
            }
        } catch (RiotParseException e) {
            throw new TargetException(name(), e.getLine(), "not valid " + lang.getLabel() + ": " + e.getOriginalMessage(), e);
        } catch (TargetException e) {
            throw e;
        } catch (RiotException | AtlasException | UncheckedIOException e) {
            throw new TargetException(name(), -1, "not valid " + lang.getLabel() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TargetException(name(), -1, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Turns parser errors into one-line {@link TargetException}s with the line. */
    private final class Fail implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { }

        @Override public void error(String message, long line, long col) {
            throw new TargetException(name(), line, "not valid RDF: " + message);
        }

        @Override public void fatal(String message, long line, long col) {
            throw new TargetException(name(), line, "not valid RDF: " + message);
        }
    }

    private static boolean english(Node o) {
        if (!o.isLiteral()) return false;
        String l = o.getLiteralLanguage();
        return l.isEmpty() || l.regionMatches(true, 0, "en", 0, 2) && (l.length() == 2 || l.charAt(2) == '-');
    }

    /** CURIE for a subject IRI of this target. */
    String id(String iri) {
        String c = curies.compress(iri);
        if (!c.equals(iri)) return c;
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        if (cut > 0 && cut < iri.length() - 1) {
            String ns = iri.substring(0, cut + 1);
            String p = prefix != null ? Curies.canonicalPrefix(prefix) : null;
            if (p == null) {
                for (Map.Entry<String, String> e : filePrefixes.entrySet()) {
                    if (e.getValue().equals(ns) && !e.getKey().isEmpty() && !curies.isDeclared(e.getKey()) && !Curies.isKnown(e.getKey())) p = e.getKey();
                }
            }
            if (p != null && !curies.isDeclared(p) && !Curies.isKnown(p)) {
                curies.declare(p, ns);
                return curies.compress(iri);
            }
        }
        return curies.curieFor(iri);
    }

    private static String local(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }

    private static boolean isMesh(String iri) {
        return iri.startsWith(Curies.MESH_NS) && iri.indexOf('/', Curies.MESH_NS.length()) < 0 && !iri.startsWith(MESHV);
    }

    /** The streaming handler. */
    private final class Collector extends StreamRDFBase {
        private final TargetSink sink;

        Collector(TargetSink sink) { this.sink = sink; }

        @Override public void prefix(String p, String iri) { filePrefixes.put(p, iri); }

        @Override public void quad(Quad q) { triple(q.asTriple()); }

        @Override public void triple(Triple t) {
            Node s = t.getSubject();
            if (!s.isURI()) return;
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            String si = s.getURI();
            if (p.startsWith(MESHV) || isMesh(si)) {
                if (mesh(si, p, o)) return;
            }
            switch (p) {
                case RDFS + "label", SKOS + "prefLabel", "http://purl.obolibrary.org/obo/IAO_0000111" ->
                    label(si, o, Scope.EXACT, LabelRole.PREFERRED, p);
                case SKOS + "altLabel", SKOS + "hiddenLabel", "http://purl.obolibrary.org/obo/IAO_0000118" ->
                    label(si, o, Scope.EXACT, LabelRole.SYNONYM, p);
                case OIO + "hasExactSynonym" -> label(si, o, Scope.EXACT, LabelRole.SYNONYM, p);
                case OIO + "hasRelatedSynonym" -> label(si, o, Scope.RELATED, LabelRole.SYNONYM, p);
                case OIO + "hasBroadSynonym" -> label(si, o, Scope.BROAD, LabelRole.SYNONYM, p);
                case OIO + "hasNarrowSynonym" -> label(si, o, Scope.NARROW, LabelRole.SYNONYM, p);
                case RDFS + "subClassOf", SKOS + "broader" -> {
                    if (o.isURI()) hierarchy.add(id(si), id(o.getURI()));
                }
                case OWL + "versionIRI" -> {
                    if (o.isURI()) ontologyVersions.put(si, o.getURI());
                }
                case OWL + "versionInfo" -> {
                    if (o.isLiteral()) ontologyVersions.putIfAbsent(si, o.getLiteralLexicalForm());
                }
                case OWL + "deprecated" -> {
                    if (o.isLiteral() && o.getLiteralLexicalForm().equalsIgnoreCase("true")) obsolete.add(id(si));
                }
                case RDF_TYPE -> {
                    if (o.isURI() && o.getURI().equals(OWL + "Ontology") && ontologyIri == null) ontologyIri = si;
                    if (o.isURI() && o.getURI().equals(OWL + "Ontology") && sourceOverride == null && source.startsWith("medvocab.target:")) {
                        source = curies.curieFor(si);
                    }
                }
                default -> { }
            }
        }

        private void label(String si, Node o, Scope scope, LabelRole role, String property) {
            if (!english(o)) return;
            String text = o.getLiteralLexicalForm();
            if (text.isBlank()) return;
            String id = id(si);
            Set<Kind> hint = kind.isEmpty() ? KindRules.ofPrefix(id) : kind;
            if (role != LabelRole.PREFERRED && LabelNormalizer.isAbbreviation(text)) role = LabelRole.ABBREVIATION;
            sink.label(new TargetLabel(id, text, scope, hint, source, role, curies.compress(property)));
        }

        /** MeSH triples; true when handled. */
        private boolean mesh(String si, String p, Node o) {
            String sl = local(si);
            String ol = o.isURI() ? local(o.getURI()) : null;
            switch (p) {
                case RDFS + "label" -> {
                    if (!english(o)) return true;
                    String text = o.getLiteralLexicalForm();
                    if (MESH_RECORD.matcher(sl).matches()) {
                        meshDescriptorLabel.put(sl, text);
                        label(si, o, Scope.EXACT, LabelRole.PREFERRED, p);
                    } else if (MESH_CONCEPT.matcher(sl).matches()) {
                        meshConceptLabel.put(sl, text);
                    }
                    return true; // terms, qualifiers, tree numbers, pairs: not labels of their own
                }
                case MESHV + "preferredConcept", MESHV + "concept" -> {
                    if (ol != null && MESH_RECORD.matcher(sl).matches()) {
                        List<String> cs = meshConcepts.computeIfAbsent(sl, k -> new ArrayList<>(2));
                        if (!cs.contains(ol)) cs.add(ol);
                        if (p.endsWith("preferredConcept")) meshPreferredConcept.put(sl, ol);
                    }
                    return true;
                }
                case MESHV + "preferredTerm", MESHV + "term" -> {
                    if (ol != null && MESH_CONCEPT.matcher(sl).matches()) {
                        List<String> ts = meshTerms.computeIfAbsent(sl, k -> new ArrayList<>(2));
                        if (!ts.contains(ol)) ts.add(ol);
                        if (p.endsWith("preferredTerm")) meshPreferredTerm.put(sl, ol);
                    }
                    return true;
                }
                case MESHV + "prefLabel", MESHV + "altLabel" -> {
                    if (english(o) && MESH_TERM.matcher(sl).matches()) {
                        meshTermLabels.computeIfAbsent(sl, k -> new ArrayList<>(1))
                            .add(new String[] {o.getLiteralLexicalForm(), p.endsWith("prefLabel") ? "meshv:prefLabel" : "meshv:altLabel"});
                    }
                    return true;
                }
                case MESHV + "narrowerConcept" -> {
                    if (ol != null) meshNarrower.add(sl + " " + ol);
                    return true;
                }
                case MESHV + "broaderConcept" -> {
                    if (ol != null) meshNarrower.add(ol + " " + sl);
                    return true;
                }
                case MESHV + "treeNumber" -> {
                    if (ol != null && MESH_RECORD.matcher(sl).matches()) {
                        Kind k = KindRules.ofMeshTree(ol);
                        if (k != null) meshKinds.merge("MESH:" + sl, Kind.of(k), Kind::union);
                    }
                    return true;
                }
                default -> {
                    return p.startsWith(MESHV);
                }
            }
        }
    }

    /** Emits the joined MeSH term labels, descriptor by descriptor. */
    private void emitMesh(TargetSink sink) {
        if (meshConcepts.isEmpty()) return;
        curies.use("meshv");
        for (Map.Entry<String, List<String>> d : meshConcepts.entrySet()) {
            String id = "MESH:" + d.getKey();
            String pref = meshPreferredConcept.get(d.getKey());
            Set<Kind> hint = kind.isEmpty() ? meshKinds.getOrDefault(id, Kind.none()) : kind;
            List<String> concepts = new ArrayList<>(d.getValue());
            if (pref != null) {
                concepts.remove(pref);
                concepts.add(0, pref);
            }
            for (String m : concepts) {
                boolean preferred = m.equals(pref);
                Scope scope = preferred ? Scope.EXACT : pref != null && meshNarrower.contains(pref + " " + m) ? Scope.NARROW : Scope.RELATED;
                List<String> terms = meshTerms.getOrDefault(m, List.of());
                boolean any = false;
                for (String t : terms) {
                    for (String[] l : meshTermLabels.getOrDefault(t, List.of())) {
                        any = true;
                        boolean main = preferred && t.equals(meshPreferredTerm.get(m)) && l[1].equals("meshv:prefLabel");
                        LabelRole role = main ? LabelRole.PREFERRED : LabelNormalizer.isAbbreviation(l[0]) ? LabelRole.ABBREVIATION : LabelRole.SYNONYM;
                        sink.label(new TargetLabel(id, l[0], scope, hint, source, role, l[1]));
                    }
                }
                String cl = meshConceptLabel.get(m);
                if (!any && cl != null) {
                    sink.label(new TargetLabel(id, cl, scope, hint, source, preferred ? LabelRole.PREFERRED : LabelRole.SYNONYM, "rdfs:label"));
                }
            }
        }
    }

    @Override public Map<String, String> preferredLabels(Set<String> ids) {
        Map<String, String> out = new HashMap<>();
        for (String id : ids) {
            if (id.startsWith("MESH:")) {
                String l = meshDescriptorLabel.get(id.substring(5));
                if (l != null) out.put(id, l);
            }
        }
        if (out.size() == ids.size()) return out;
        parse(new StreamRDFBase() {
            @Override public void quad(Quad q) { triple(q.asTriple()); }

            @Override public void triple(Triple t) {
                if (!t.getSubject().isURI() || !english(t.getObject())) return;
                String p = t.getPredicate().getURI();
                if (!p.equals(RDFS + "label") && !p.equals(SKOS + "prefLabel")) return;
                String id = curies.compress(t.getSubject().getURI());
                if (ids.contains(id)) out.putIfAbsent(id, t.getObject().getLiteralLexicalForm());
            }
        }, null);
        return out;
    }
}

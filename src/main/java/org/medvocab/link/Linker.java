package org.medvocab.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.medvocab.export.Exporter;
import org.medvocab.model.VocabularyConfig;

/**
 * Links a vocabulary to target vocabularies: the library API behind {@code medvocab link}.
 *
 * <pre>{@code
 * Linker linker = Linker.of(Exporter.read(Path.of("ontology/medvocab.ttl")).graph(), MatchOptions.defaults());
 * linker.link(TargetSpec.parse("../shared/linking/MAxO/maxo.obo").reader(linker.curies()), null);
 * MappingSet set = linker.finish();
 * SssomWriter.write(set, out);
 * }</pre>
 */
public final class Linker {
    /** CURIE prefix of the vocabulary's concepts in the mapping set. */
    public static final String PREFIX = "medvocab";

    private final Graph vocabulary;
    private final VocabularyIndex index;
    private final Curies curies = new Curies();
    private final Matcher matcher;
    private final MatchOptions options;
    private final List<String> targets = new ArrayList<>();
    /** Sources given explicitly for a target ({@code source=}): they win over the object's prefix. */
    private final java.util.Set<String> declaredSources = new java.util.HashSet<>();
    /** The version each target file states for the source it declares. */
    private final Map<String, String> sourceVersions = new java.util.HashMap<>();

    private Linker(Graph vocabulary, MatchOptions options) {
        this.vocabulary = vocabulary;
        this.options = options;
        this.index = VocabularyIndex.of(vocabulary, PREFIX);
        String ns = index.namespace() != null ? index.namespace() : VocabularyConfig.DEFAULT_BASE;
        curies.declare(PREFIX, ns);
        curies.declare("medvocab.target", parent(index.schemeIri() != null ? index.schemeIri() : ns) + "target/");
        curies.declare("w3id", "https://w3id.org/");
        this.matcher = new Matcher(index, options, curies);
        GroundedMappings.read(vocabulary, curies).forEach(matcher::keep);
    }

    public static Linker of(Graph vocabulary, MatchOptions options) {
        return new Linker(vocabulary, options);
    }

    /** Reads a vocabulary file (any RDF syntax). */
    public static Linker of(Path vocabulary, MatchOptions options) {
        return new Linker(Exporter.read(vocabulary).graph(), options);
    }

    public Curies curies() { return curies; }

    public VocabularyIndex index() { return index; }

    public Matcher.Stats stats() { return matcher.stats(); }

    /** Streams one target through the matcher. */
    public void link(TargetReader reader, BiConsumer<Long, Long> progress) {
        matcher.read(reader, progress);
        targets.add(reader.source());
        if (reader.sourceDeclared()) declaredSources.add(reader.source());
        if (reader.sourceVersion() != null) sourceVersions.putIfAbsent(reader.source(), reader.sourceVersion());
    }

    /** Chooses the mappings and wraps them with the set's metadata, taken from the vocabulary. */
    public MappingSet finish() {
        List<Mapping> rows = new ArrayList<>();
        for (Mapping m : matcher.finish()) {
            String source = ObjectSources.resolve(m.objectId(), m.objectSource(), declaredSources.contains(m.objectSource()), curies);
            rows.add(m.withObjectSource(source, sourceVersions.get(source)));
        }
        rows = Cardinality.apply(rows, Cardinality.SCOPE);
        String scheme = index.schemeIri() != null ? index.schemeIri() : curies.namespace(PREFIX);
        String version = literal(scheme, "http://www.w3.org/2002/07/owl#versionInfo");
        String license = iri(scheme, "http://purl.org/dc/terms/license");
        String issued = literal(scheme, "http://purl.org/dc/terms/issued");
        String title = literal(scheme, "http://purl.org/dc/terms/title");
        String toolVersion = VocabularyConfig.defaults().version();
        String description = "Mappings of " + (title == null ? "the vocabulary" : "the " + title)
            + " to other medical vocabularies, found by medvocab link by lexical matching of normalised labels and"
            + " synonyms with kind checks (thresholds: exact " + options.exactThreshold() + ", close "
            + options.closeThreshold() + ", margin " + options.margin() + ", at most " + options.maxNarrow()
            + " narrow matches by word containment per concept and target vocabulary"
            + (options.strictScope() ? "; synonym scopes read strictly" : "") + ").";
        Map<String, String> namespaces = new LinkedHashMap<>();
        for (Mapping m : rows) {
            for (String c : new String[] {m.subjectId(), m.objectId(), m.justification(), m.objectSource(),
                m.subjectMatchField(), m.objectMatchField(), m.predicate().curie()}) {
                addNamespace(namespaces, c);
            }
        }
        String subjectSource = curies.curieFor(scheme);
        addNamespace(namespaces, subjectSource);
        return new MappingSet(parent(scheme) + "mappings", version, (title == null ? "medvocab" : title) + ": mappings to other vocabularies",
            description, license, subjectSource, version, "medvocab link", toolVersion, issued, rows, namespaces);
    }

    /** The IRI up to and including the '/' before its last path segment ({@code https://w3id.org/medvocab/vocab} gives {@code https://w3id.org/medvocab/}). */
    static String parent(String iri) {
        String s = iri.endsWith("/") || iri.endsWith("#") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = s.lastIndexOf('/');
        return cut > "https://".length() ? s.substring(0, cut + 1) : s + "/";
    }

    private void addNamespace(Map<String, String> namespaces, String curie) {
        if (curie == null || curie.isEmpty() || curie.startsWith("http")) return;
        int colon = curie.indexOf(':');
        if (colon <= 0) return;
        String p = curie.substring(0, colon);
        String ns = curies.namespace(p);
        if (ns != null) namespaces.put(p, ns);
    }

    private String literal(String subject, String property) {
        for (Triple t : vocabulary.find(NodeFactory.createURI(subject), NodeFactory.createURI(property), Node.ANY).toList()) {
            if (t.getObject().isLiteral()) return t.getObject().getLiteralLexicalForm();
        }
        return null;
    }

    private String iri(String subject, String property) {
        for (Triple t : vocabulary.find(NodeFactory.createURI(subject), NodeFactory.createURI(property), Node.ANY).toList()) {
            if (t.getObject().isURI()) return t.getObject().getURI();
        }
        return null;
    }

    /** The sources of the targets linked so far, in order. */
    public List<String> targets() { return List.copyOf(targets); }
}

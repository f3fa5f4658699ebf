package org.medvocab.link;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.medvocab.export.CanonicalTurtleWriter;
import org.medvocab.model.Graphs;

/**
 * The mapping set as RDF: one {@code skos:exactMatch} (closeMatch, broadMatch, narrowMatch) triple per row, so that
 * SPARQL over the vocabulary and the mappings together works without knowing SSSOM, plus the SSSOM/RDF form of the
 * set (the {@code sssom:MappingSet} named by its mapping_set_id, with {@code dcterms:license} and the other set
 * metadata, and one {@code owl:Axiom} per mapping under {@code sssom:mappings} with its source, property and target,
 * justification, confidence, labels, match fields, match string and comment). The service loads this graph into
 * the named graph {@link Graphs#MAPPINGS}.
 */
public final class MappingGraph {
    private MappingGraph() {}

    public static final String SSSOM = "https://w3id.org/sssom/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String PAV = "http://purl.org/pav/";

    /** SSSOM slots written on a mapping's {@code owl:Axiom} (here and on the grounded matches of a vocabulary). */
    public static final Node MAPPING_JUSTIFICATION = sssom("mapping_justification");
    public static final Node MAPPING_TOOL = sssom("mapping_tool");
    public static final Node CONFIDENCE = sssom("confidence");
    public static final Node SUBJECT_LABEL = sssom("subject_label");
    public static final Node OBJECT_LABEL = sssom("object_label");
    public static final Node MATCH_STRING = sssom("match_string");

    private static Node iri(String s) { return NodeFactory.createURI(s); }

    private static Node sssom(String local) { return NodeFactory.createURI(SSSOM + local); }

    /** The graph of a mapping set. */
    public static Graph build(MappingSet set, Curies curies) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ms = iri(set.id());
        g.add(ms, RDF.type.asNode(), sssom("MappingSet"));
        literal(g, ms, iri(DCTERMS + "title"), set.title());
        literal(g, ms, iri(DCTERMS + "description"), set.description());
        if (set.license() != null) g.add(ms, iri(DCTERMS + "license"), iri(set.license()));
        literal(g, ms, OWL2.versionInfo.asNode(), set.version());
        if (set.subjectSource() != null) g.add(ms, sssom("subject_source"), iri(curies.expand(set.subjectSource())));
        literal(g, ms, sssom("subject_source_version"), set.subjectSourceVersion());
        literal(g, ms, sssom("mapping_tool"), set.tool());
        literal(g, ms, sssom("mapping_tool_version"), set.toolVersion());
        if (set.date() != null && !set.date().isEmpty()) {
            g.add(ms, iri(PAV + "authoredOn"), NodeFactory.createLiteralDT(set.date(), XSDDatatype.XSDdate));
        }
        for (Mapping m : set.mappings()) {
            Node s = iri(m.subjectIri());
            Node o = iri(m.objectIri());
            Node p = iri(m.predicate().iri());
            g.add(s, p, o);
            Node a = NodeFactory.createBlankNode();
            g.add(ms, sssom("mappings"), a);
            g.add(a, RDF.type.asNode(), OWL2.Axiom.asNode());
            g.add(a, OWL2.annotatedSource.asNode(), s);
            g.add(a, OWL2.annotatedProperty.asNode(), p);
            g.add(a, OWL2.annotatedTarget.asNode(), o);
            g.add(a, sssom("mapping_justification"), iri(curies.expand(m.justification())));
            g.add(a, sssom("confidence"), NodeFactory.createLiteralDT(SssomWriter.number(m.confidence()), XSDDatatype.XSDdouble));
            literal(g, a, sssom("subject_label"), m.subjectLabel());
            literal(g, a, sssom("object_label"), m.objectLabel());
            literal(g, a, sssom("subject_category"), m.subjectCategory());
            literal(g, a, sssom("object_category"), m.objectCategory());
            literal(g, a, sssom("match_string"), m.matchString());
            literal(g, a, sssom("mapping_cardinality"), m.cardinality());
            literal(g, a, RDFS.comment.asNode(), m.comment());
            resource(g, a, sssom("object_source"), m.objectSource(), curies);
            literal(g, a, sssom("object_source_version"), m.objectSourceVersion());
            resource(g, a, sssom("subject_match_field"), m.subjectMatchField(), curies);
            resource(g, a, sssom("object_match_field"), m.objectMatchField(), curies);
        }
        return g;
    }

    private static void literal(Graph g, Node s, Node p, String v) {
        if (v != null && !v.isEmpty()) g.add(s, p, NodeFactory.createLiteralString(v));
    }

    private static void resource(Graph g, Node s, Node p, String curie, Curies curies) {
        if (curie == null || curie.isEmpty()) return;
        String iri = curies.expand(curie);
        if (iri.startsWith("http://") || iri.startsWith("https://")) g.add(s, p, iri(iri));
    }

    /** Prefixes for writing the graph: the set's curie_map plus the RDF vocabularies the graph uses. */
    public static PrefixMapping prefixes(MappingSet set) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        for (Map.Entry<String, String> e : SssomWriter.curieMap(set).entrySet()) {
            if (!e.getKey().contains(".")) pm.setNsPrefix(e.getKey(), e.getValue());
        }
        pm.setNsPrefix("skos", MatchPredicate.SKOS);
        pm.setNsPrefix("owl", OWL2.NS);
        pm.setNsPrefix("rdf", RDF.uri);
        pm.setNsPrefix("rdfs", RDFS.uri);
        pm.setNsPrefix("sssom", SSSOM);
        pm.setNsPrefix("semapv", "https://w3id.org/semapv/vocab/");
        pm.setNsPrefix("dcterms", DCTERMS);
        pm.setNsPrefix("pav", PAV);
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        return pm;
    }

    /**
     * Writes the graph: canonical Turtle for .ttl (the default), TriG or N-Quads with the triples in the named graph
     * {@link Graphs#MAPPINGS} for .trig and .nq, any other RDF syntax by file extension.
     */
    public static void write(Graph g, PrefixMapping prefixes, Path name, OutputStream out) {
        String n = name == null ? "out.ttl" : name.getFileName().toString().toLowerCase(Locale.ROOT);
        Lang lang = n.equals("-") ? Lang.TURTLE : RDFLanguages.pathnameToLang(n);
        if (lang == null || lang.equals(Lang.TURTLE)) {
            CanonicalTurtleWriter.write(g, prefixes, out);
            return;
        }
        if (RDFLanguages.isQuads(lang)) {
            DatasetGraph ds = DatasetGraphFactory.createGeneral();
            ds.addGraph(Graphs.MAPPINGS, g);
            ds.prefixes().putAll(prefixes);
            RDFDataMgr.write(out, ds, lang);
        } else {
            g.getPrefixMapping().setNsPrefixes(prefixes);
            RDFDataMgr.write(out, g, lang);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

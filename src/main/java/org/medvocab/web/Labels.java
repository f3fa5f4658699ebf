package org.medvocab.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.web.Model.Ref;

/** The display label of a resource: its English skos:prefLabel, else any prefLabel, rdfs:label, dct:title, or the end of its IRI. */
final class Labels {

    /** The label roles the concept page lists, in order. */
    static final Map<String, Node> ROLES = new LinkedHashMap<>();
    static {
        ROLES.put("prefLabel", SKOS.prefLabel.asNode());
        ROLES.put("altLabel", SKOS.altLabel.asNode());
        ROLES.put("hiddenLabel", SKOS.hiddenLabel.asNode());
    }

    /** How the pages name label roles and search fields. */
    static final Map<String, String> ROLE_WORDS = Map.of("prefLabel", "preferred label", "altLabel", "alternative label",
        "hiddenLabel", "hidden label", "definition", "definition");

    /** Where a display label is looked for, best first. */
    private static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode());

    private final DatasetGraph dsg;
    private final IriPaths paths;

    Labels(DatasetGraph dsg, IriPaths paths) {
        this.dsg = dsg;
        this.paths = paths;
    }

    Ref ref(Node n) {
        String iri = n.isURI() ? n.getURI() : n.toString();
        return new Ref(iri, label(n), n.isURI() ? paths.href(iri) : "");
    }

    String label(Node n) {
        for (Node p : LABEL_PROPERTIES) {
            String best = null;
            Iterator<Quad> it = dsg.find(Node.ANY, n, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) continue;
                String lang = o.getLiteralLanguage().toLowerCase(Locale.ROOT);
                if (lang.equals("en") || lang.startsWith("en-")) return o.getLiteralLexicalForm();
                if (best == null) best = o.getLiteralLexicalForm();
            }
            if (best != null) return best;
        }
        return localName(n);
    }

    static String localName(Node n) {
        if (!n.isURI()) return n.toString();
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** Refs sorted by label (case-insensitive), then IRI. */
    List<Ref> sorted(Collection<Node> nodes) {
        return nodes.stream().filter(Node::isURI).map(this::ref).sorted(BY_LABEL).toList();
    }

    List<Node> sortedNodes(Collection<Node> nodes) {
        return nodes.stream().filter(Node::isURI).map(n -> Map.entry(n, label(n)))
            .sorted(Map.Entry.<Node, String>comparingByValue(String.CASE_INSENSITIVE_ORDER).thenComparing(e -> e.getKey().getURI()))
            .map(Map.Entry::getKey).toList();
    }

    static final Comparator<Ref> BY_LABEL = Comparator.comparing(Ref::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Ref::iri);
}

package org.medvocab.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.link.Curies;
import org.medvocab.link.MappingGraph;
import org.medvocab.web.Model.Mapping;
import org.medvocab.web.Model.MappingGroup;

/** The mappings of a concept (skos:*Match triples) with their SSSOM metadata (owl:Axiom annotations of the mapping graph). */
final class Mappings {

    /** The mapping predicates, in the order the page lists them, with their names in words. */
    private static final Map<Node, String> WORDS = new LinkedHashMap<>();
    static {
        WORDS.put(SKOS.exactMatch.asNode(), "exact match");
        WORDS.put(SKOS.closeMatch.asNode(), "close match");
        WORDS.put(SKOS.broadMatch.asNode(), "broader match");
        WORDS.put(SKOS.narrowMatch.asNode(), "narrower match");
        WORDS.put(SKOS.relatedMatch.asNode(), "related match");
    }
    static final List<Node> PREDICATES = List.copyOf(WORDS.keySet());

    static final Node OBJECT_LABEL = NodeFactory.createURI(MappingGraph.SSSOM + "object_label");
    static final Node CONFIDENCE = NodeFactory.createURI(MappingGraph.SSSOM + "confidence");
    static final Node JUSTIFICATION = NodeFactory.createURI(MappingGraph.SSSOM + "mapping_justification");

    private static final Curies CURIES = new Curies();

    private final DatasetGraph dsg;
    private final Labels labels;

    Mappings(DatasetGraph dsg, Labels labels) {
        this.dsg = dsg;
        this.labels = labels;
    }

    List<MappingGroup> groups(Node concept) {
        List<MappingGroup> out = new ArrayList<>();
        for (Node p : PREDICATES) {
            List<Mapping> rows = new ArrayList<>();
            for (Node target : Queries.objects(dsg, concept, p)) {
                if (target.isURI()) rows.add(mapping(concept, p, target));
            }
            rows.sort(Comparator.comparing(Mapping::curie));
            if (!rows.isEmpty()) out.add(new MappingGroup(new Model.Ref(p.getURI(), WORDS.get(p), p.getURI()), rows));
        }
        return out;
    }

    private Mapping mapping(Node concept, Node p, Node target) {
        String label = "";
        String justification = "";
        Double confidence = null;
        for (Node ax : Queries.axioms(dsg, concept, p, target)) {
            label = Queries.text(dsg, ax, OBJECT_LABEL, label);
            justification = Labels.localName(NodeFactory.createURI(Queries.text(dsg, ax, JUSTIFICATION, "")));
            String c = Queries.text(dsg, ax, CONFIDENCE, null);
            if (c != null) {
                try {
                    confidence = Double.valueOf(c);
                } catch (NumberFormatException e) {
                    // not a number: shown without a confidence
                }
            }
        }
        String iri = target.getURI();
        String curie;
        synchronized (CURIES) {
            curie = CURIES.compress(iri);
        }
        return new Mapping(labels.ref(p), iri, label, curie, justification, confidence);
    }
}

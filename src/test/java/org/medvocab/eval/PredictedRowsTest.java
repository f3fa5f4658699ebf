package org.medvocab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.medvocab.model.MVO;

/** Rows read off a hand-built vocabulary graph, shaped like the converter's output. */
class PredictedRowsTest {
    static final String V = "https://w3id.org/medvocab/vocab/";

    static Node iri(String local) { return NodeFactory.createURI(V + local); }

    static Node en(String s) { return NodeFactory.createLiteralLang(s, "en"); }

    static Graph vocabulary() {
        Graph g = GraphFactory.createDefaultGraph();
        Node type = RDF.type.asNode();
        Node concept = SKOS.Concept.asNode();
        Node pref = SKOS.prefLabel.asNode();
        // a core top class: never a row
        g.add(MVO.Device, type, concept);
        g.add(MVO.Device, pref, en("device"));
        Node drain = iri("wound-drain");
        Node tube = iri("tube-apparatus");
        Node skin = iri("skin");
        Node seroma = iri("seroma");
        Node suction = iri("suction");
        for (Node c : List.of(drain, tube, skin, seroma, suction)) g.add(c, type, concept);
        g.add(drain, pref, en("wound drain"));
        g.add(drain, RDFS.label.asNode(), en("wound drain"));
        g.add(drain, SKOS.altLabel.asNode(), en("surgical drain"));
        g.add(drain, SKOS.altLabel.asNode(), en("WD"));
        g.add(drain, SKOS.definition.asNode(), en("A tube that lets fluid leave a wound."));
        // a sense concept is scored by its bare word
        g.add(tube, pref, en("tube (apparatus)"));
        g.add(tube, SKOS.hiddenLabel.asNode(), en("tube"));
        g.add(tube, MVO.senseQualifier, en("apparatus"));
        g.add(skin, pref, en("skin"));
        g.add(seroma, pref, en("seroma"));
        g.add(suction, pref, en("suction"));
        g.add(drain, SKOS.broader.asNode(), tube);
        g.add(tube, SKOS.broader.asNode(), MVO.Device); // to a top class: not a row
        g.add(drain, MVO.insertionSite, skin);
        g.add(drain, MVO.mechanism, suction);
        g.add(drain, MVO.risk, seroma);
        // skos:related both ways gives one row
        g.add(skin, SKOS.related.asNode(), seroma);
        g.add(seroma, SKOS.related.asNode(), skin);
        // rdfs:seeAlso to a labelled term resource
        Node term = iri("term/closed-suction-system");
        g.add(drain, RDFS.seeAlso.asNode(), term);
        g.add(term, RDFS.label.asNode(), en("closed suction system"));
        return g;
    }

    @Test void rowsOfEachKind() {
        List<Row> rows = PredictedRows.from(vocabulary());
        assertEquals(List.of(
            "concept\tseroma",
            "concept\tskin",
            "concept\tsuction",
            "concept\ttube",
            "concept\twound drain",
            "altLabel\twound drain\tWD",
            "altLabel\twound drain\tsurgical drain",
            "broader\twound drain\ttube",
            "definition\twound drain\tA tube that lets fluid leave a wound.",
            "related\tseroma\tsee also\tskin",
            "related\twound drain\tsee also\tclosed suction system",
            "related\twound drain\trisk\tseroma",
            "related\twound drain\tinsertion site\tskin",
            "related\twound drain\tmechanism\tsuction"), rows.stream().map(Row::toTsv).toList());
    }

    @Test void everyDomainRelationHasItsKind() {
        Graph g = GraphFactory.createDefaultGraph();
        Node a = iri("a");
        Node b = iri("b");
        g.add(a, RDF.type.asNode(), SKOS.Concept.asNode());
        g.add(a, SKOS.prefLabel.asNode(), en("a"));
        g.add(b, RDF.type.asNode(), SKOS.Concept.asNode());
        g.add(b, SKOS.prefLabel.asNode(), en("b"));
        for (Node p : List.of(MVO.indication, MVO.risk, MVO.insertionSite, MVO.location, MVO.component, MVO.mechanism)) {
            g.add(a, p, b);
        }
        List<String> kinds = PredictedRows.from(g).stream().filter(r -> r.kind() == RowKind.RELATED).map(Row::relation).toList();
        assertEquals(List.of("component", "indication", "insertion site", "location", "mechanism", "risk"), kinds);
    }

    @Test void anEmptyGraphGivesNoRows() {
        assertEquals(List.of(), PredictedRows.from(GraphFactory.createDefaultGraph()));
    }
}

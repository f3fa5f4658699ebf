package org.medvocab.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.assembler.JA;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.medvocab.serve.TextIndexes;

/**
 * The configuration file of a stock Apache Jena Fuseki server for a packaged store: one read-only service over a
 * TDB2 dataset whose default graph is the union of the named graphs, wrapped in a jena-text dataset whose Lucene
 * index has the fields of {@link TextIndexes#entityDefinition()}, and a server-wide query timeout.
 *
 * @param serviceName the dataset name in the URLs ({@code /vocab/sparql})
 * @param tdbLocation the TDB2 folder, relative to the folder the server runs in
 * @param textLocation the Lucene folder, relative to the folder the server runs in
 * @param queryTimeout the time limit of every query
 */
public record FusekiConfig(String serviceName, String tdbLocation, String textLocation, Duration queryTimeout) {

    /** The namespace of the resources this configuration names. */
    private static final String NS = "urn:medvocab:fuseki:";

    /**
     * The configuration as an RDF model (written to {@code config.ttl} by {@link FusekiPackage}).
     *
     * @return a new model
     */
    public Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("fuseki", FusekiVocab.NS);
        m.setNsPrefix("rdf", RDF.getURI());
        m.setNsPrefix("ja", JA.getURI());
        m.setNsPrefix("tdb2", VocabTDB2.getURI());
        m.setNsPrefix("text", TextVocab.NS);
        m.setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.getURI());
        m.setNsPrefix("", NS);

        Resource timeout = m.createResource()
            .addProperty(JA.cxtName, "arq:queryTimeout")
            .addProperty(JA.cxtValue, Long.toString(queryTimeout.toMillis()));
        m.createResource(NS + "server", FusekiVocab.tServer).addProperty(JA.context, timeout);

        Resource tdb = m.createResource(NS + "tdb", VocabTDB2.tDatasetTDB2)
            .addProperty(VocabTDB2.pLocation, tdbLocation)
            .addLiteral(VocabTDB2.pUnionDefaultGraph, true);
        Resource index = m.createResource(NS + "index", TextVocab.textIndexLucene)
            .addProperty(TextVocab.pDirectory, textLocation)
            .addLiteral(TextVocab.pStoreValues, true)
            .addProperty(TextVocab.pEntityMap, entityMap(m));
        Resource dataset = m.createResource(NS + "dataset", TextVocab.textDataset)
            .addProperty(TextVocab.pDataset, tdb)
            .addProperty(TextVocab.pIndex, index);

        m.createResource(NS + "service", FusekiVocab.fusekiService)
            .addProperty(FusekiVocab.pServiceName, serviceName)
            .addProperty(FusekiVocab.pEndpoint, endpoint(m, FusekiVocab.opQuery, "sparql"))
            .addProperty(FusekiVocab.pEndpoint, endpoint(m, FusekiVocab.opQuery, "query"))
            .addProperty(FusekiVocab.pEndpoint, endpoint(m, FusekiVocab.opGSP_r, "get"))
            .addProperty(FusekiVocab.pDataset, dataset);
        return m;
    }

    private static Resource endpoint(Model m, Resource operation, String name) {
        return m.createResource().addProperty(FusekiVocab.pOperation, operation).addProperty(FusekiVocab.pEndpointName, name);
    }

    /** The entity map: the same fields, predicates and special fields as the embedded index. */
    private static Resource entityMap(Model m) {
        EntityDefinition def = TextIndexes.entityDefinition();
        List<RDFNode> fields = new ArrayList<>();
        for (String field : def.fields()) {
            for (Node p : def.getPredicates(field)) {
                fields.add(m.createResource().addProperty(TextVocab.pField, field)
                    .addProperty(TextVocab.pPredicate, m.createResource(p.getURI())));
            }
        }
        return m.createResource(NS + "entityMap", TextVocab.entityMap)
            .addProperty(TextVocab.pEntityField, def.getEntityField())
            .addProperty(TextVocab.pDefaultField, def.getPrimaryField())
            .addProperty(TextVocab.pGraphField, def.getGraphField())
            .addProperty(TextVocab.pLangField, def.getLangField())
            .addProperty(TextVocab.pUidField, def.getUidField())
            .addProperty(TextVocab.pMap, m.createList(fields.iterator()));
    }
}

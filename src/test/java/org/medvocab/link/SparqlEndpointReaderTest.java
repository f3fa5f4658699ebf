package org.medvocab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.link.LinkFixtures.read;
import static org.medvocab.link.LinkFixtures.resource;

import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The endpoint reader against a second, in-process Fuseki server holding a small SKOS vocabulary. */
class SparqlEndpointReaderTest {
    static FusekiServer server;
    static String endpoint;

    @BeforeAll static void start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg.getDefaultGraph(), resource("gadgets.ttl").toString());
        RDFDataMgr.read(dsg.getDefaultGraph(), resource("gadgets.rdf").toString());
        server = FusekiServer.create().port(0).loopback(true).add("/targets", dsg).build().start();
        endpoint = "http://localhost:" + server.getHttpPort() + "/targets/sparql";
    }

    @AfterAll static void stop() {
        if (server != null) server.stop();
    }

    @Test void labelsAndScopesFromTheEndpoint() {
        Curies curies = new Curies();
        SparqlEndpointReader r = new SparqlEndpointReader(endpoint, null, "GAD", "https://example.org/gadgets/", Set.of(), null, curies);
        LinkFixtures.Collected c = read(r);
        assertTrue(c.of("GAD:g1").stream().anyMatch(l -> l.label().equals("Pumps, Infusion") && l.role() == LabelRole.PREFERRED));
        assertTrue(c.of("GAD:g1").stream().anyMatch(l -> l.label().equals("drip pumps") && l.role() == LabelRole.SYNONYM));
        assertTrue(c.of("GDO:0000001").stream().anyMatch(l -> l.label().equals("wobble") && l.scope() == Scope.BROAD));
        assertTrue(c.labels.stream().noneMatch(l -> l.label().equals("Sprockenventil")), "English only");
        assertEquals("Pumps, Infusion", r.preferredLabels(Set.of("GAD:g1")).get("GAD:g1"));
        assertTrue(r.source().contains(":"), "a CURIE for the endpoint: " + r.source());
    }

    @Test void linkingThroughTheEndpoint() {
        Linker linker = Linker.of(org.medvocab.export.Exporter.read(resource("vocab.ttl")).graph(), MatchOptions.defaults());
        linker.link(TargetSpec.endpoint("endpoint=" + endpoint + ",prefix=GAD,namespace=https://example.org/gadgets/").reader(linker.curies()), null);
        List<Mapping> rows = linker.finish().mappings();
        assertTrue(rows.stream().anyMatch(m -> m.subjectId().equals("medvocab:infusion-pump") && m.predicate() == MatchPredicate.EXACT
            && m.objectId().equals("GAD:g1") && m.objectLabel().equals("Pumps, Infusion")), rows.toString());
    }

    @Test void aBadQueryOrADeadEndpointIsAOneLineError() {
        TargetException e = assertThrows(TargetException.class,
            () -> read(new SparqlEndpointReader(endpoint, "SELECT ?id WHERE {", null, null, Set.of(), null, new Curies())));
        assertTrue(e.reason().contains("not valid SPARQL"), e.getMessage());
        e = assertThrows(TargetException.class,
            () -> read(new SparqlEndpointReader("http://localhost:" + server.getHttpPort() + "/nothing-here/sparql", null, null, null, Set.of(), null, new Curies())));
        assertTrue(e.getMessage().startsWith("http://localhost:"), e.getMessage());
        assertTrue(e.reason().contains("404") || e.reason().contains("endpoint"), e.getMessage());
    }
}

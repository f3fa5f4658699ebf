package org.medvocab.serve;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SHACL_Validation;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SHACL validation service ({@code POST shapes to /vocab/shacl?graph=…}) limited to SHACL Core: shapes with
 * SPARQL-based constraints or targets ({@code sh:sparql}, {@code sh:select}, {@code sh:ask}, …) are refused with 400,
 * because they run arbitrary queries (including SERVICE calls) outside the query timeout. The body is bounded by
 * {@link RequestGuard} and the request by its concurrency limit.
 */
final class GuardedShacl extends SHACL_Validation {

    private static final Node[] SPARQL_TERMS = {
        SHACL.sparql, SHACL.select, SHACL.ask, SHACL.construct, SHACL.update, SHACL.SPARQLConstraint,
        SHACL.SPARQLConstraintComponent, SHACL.SPARQLTarget, SHACL.SPARQLTargetType, SHACL.SPARQLFunction,
        SHACL.target, SHACL.declare, SHACL.prefixes };

    @Override protected void doPost(HttpAction action) {
        MediaType mediaType = ActionLib.contentNegotation(action, DEF.rdfOffer, DEF.acceptTurtle);
        Lang lang = RDFLanguages.contentTypeToLang(mediaType.getContentTypeStr());
        if (lang == null) lang = RDFLanguages.TTL;
        Graph shapesGraph;
        Shapes shapes;
        try {
            shapesGraph = ActionLib.readFromRequest(action, Lang.TTL);
            refuseSparql(shapesGraph);
            shapes = Shapes.parse(shapesGraph);
        } catch (RiotException | org.apache.jena.shacl.parser.ShaclParseException e) {
            ServletOps.errorBadRequest("the shapes do not parse: " + VocabularyStore.oneLine(e.getMessage()));
            return;
        }
        action.beginRead();
        try {
            Graph data = target(action);
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            action.getResponse().setStatus(HttpSC.OK_200);
            ActionLib.graphResponse(action, report.getGraph(), lang);
        } finally {
            action.endRead();
        }
    }

    /** {@code ?graph=IRI}, or {@code default}/{@code union} (also when absent): the union of the named graphs. */
    private static Graph target(HttpAction action) {
        String name = action.getRequestParameter("graph");
        var dsg = action.getActiveDSG();
        if (name == null || name.equals("default") || name.equals("union")) return dsg.getUnionGraph();
        return dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(name));
    }

    private static void refuseSparql(Graph shapes) {
        for (Node term : SPARQL_TERMS) {
            if (shapes.contains(Node.ANY, term, Node.ANY) || shapes.contains(Node.ANY, Node.ANY, term)) {
                ServletOps.errorBadRequest("SHACL-SPARQL (" + term.getLocalName() + ") is not accepted by this service: "
                    + "its queries would run outside the query timeout. Use SHACL Core shapes.");
            }
        }
    }
}

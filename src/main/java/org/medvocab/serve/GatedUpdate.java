package org.medvocab.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotNotFoundException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update with the service's rules:
 * <ul>
 *   <li>a {@code LOAD} from, or {@code SERVICE} call to, an IRI the {@link OutboundPolicy} does not allow is refused
 *       with 400 before anything runs;</li>
 *   <li>a {@code LOAD} that fails (not found, does not parse) is a 400 with the reason, not a server error;</li>
 *   <li>a commit refused by {@link ValidatingDatasetGraph} is a 422 with the reason. (Fuseki's own handler would report
 *       success, because it ignores Fuseki errors raised during the commit; the data is unchanged either way.)</li>
 * </ul>
 */
final class GatedUpdate extends SPARQL_Update {
    private final OutboundPolicy policy;

    GatedUpdate(OutboundPolicy policy) { this.policy = policy; }

    GatedUpdate() { this(OutboundPolicy.none()); }

    @Override public void execute(HttpAction action) {
        ValidatingDatasetGraph.takeRejection();
        try {
            super.execute(action);
        } finally {
            ValidatingDatasetGraph.RejectedWriteException e = ValidatingDatasetGraph.takeRejection();
            if (e != null) throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, e.getMessage(), null);
        }
    }

    @Override protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        try {
            UpdateRequest request = UpdateFactory.read(new ByteArrayInputStream(body));
            policy.check(request);
        } catch (OutboundPolicy.RefusedException e) {
            ServletOps.errorBadRequest(e.getMessage());
        } catch (QueryParseException e) {
            // Fuseki's parse below gives the standard message
        }
        try {
            super.execute(action, new ByteArrayInputStream(body));
        } catch (ActionErrorException e) {
            if (e.getRC() == HttpSC.INTERNAL_SERVER_ERROR_500 && loadFailure(e.getCause() != null ? e.getCause() : e)) {
                throw new ActionErrorException(HttpSC.BAD_REQUEST_400, "the update failed: " + VocabularyStore.oneLine(e.getMessage()), null);
            }
            throw e;
        } catch (JenaException e) {
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, "the update failed: " + VocabularyStore.oneLine(e.getMessage()), null);
        }
    }

    private static boolean loadFailure(Throwable t) {
        return t instanceof RiotException || t instanceof RiotNotFoundException || t instanceof org.apache.jena.update.UpdateException
            || t instanceof JenaException;
    }
}

package org.medvocab.serve;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update, answering HTTP 422 with the reason when the commit is refused by
 * {@link ValidatingDatasetGraph}. (Fuseki's own handler would report success, because it ignores Fuseki errors raised
 * during the commit; the data is unchanged either way.)
 */
final class GatedUpdate extends SPARQL_Update {
    @Override public void execute(HttpAction action) {
        ValidatingDatasetGraph.takeRejection();
        try {
            super.execute(action);
        } finally {
            ValidatingDatasetGraph.RejectedWriteException e = ValidatingDatasetGraph.takeRejection();
            if (e != null) throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, e.getMessage(), null);
        }
    }
}

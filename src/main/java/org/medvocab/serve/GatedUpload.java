package org.medvocab.serve;

import java.util.regex.Pattern;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.UploadRDF;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's file upload ({@code /vocab/upload}, HTML form or {@code curl -F file=@x.ttl}) with client errors reported as
 * such: a file that does not parse is HTTP 400 (Fuseki says 500) and a write refused by {@link ValidatingDatasetGraph}
 * is HTTP 422. In both cases the transaction was aborted and the data is unchanged.
 */
final class GatedUpload extends UploadRDF {

    /** Jena parser messages start with the position, "[line: 3, col: 9 ]". */
    private static final Pattern PARSE_ERROR = Pattern.compile("^\\[line: *\\d+");

    @Override public void execute(HttpAction action) {
        ValidatingDatasetGraph.takeRejection();
        try {
            super.execute(action);
        } catch (ActionErrorException e) {
            ValidatingDatasetGraph.RejectedWriteException r = ValidatingDatasetGraph.takeRejection();
            if (r != null) throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, r.getMessage(), null);
            if (e.getRC() == HttpSC.INTERNAL_SERVER_ERROR_500 && e.getMessage() != null && PARSE_ERROR.matcher(e.getMessage()).find()) {
                throw new ActionErrorException(HttpSC.BAD_REQUEST_400, e.getMessage(), null);
            }
            throw e;
        }
        ValidatingDatasetGraph.RejectedWriteException r = ValidatingDatasetGraph.takeRejection();
        if (r != null) throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, r.getMessage(), null);
    }
}

package org.medvocab.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query over the dataset, with two rules: a SERVICE call to an endpoint the {@link OutboundPolicy} does
 * not allow is refused with 400 before the query runs, and an anonymous query gets at most
 * {@link Guards#anonymousRowLimit()} rows (its LIMIT is lowered to that).
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final OutboundPolicy policy;
    private final int anonymousRowLimit;

    GuardedQuery(OutboundPolicy policy, int anonymousRowLimit) {
        this.policy = policy;
        this.anonymousRowLimit = anonymousRowLimit;
    }

    @Override protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        try {
            policy.check(query);
        } catch (OutboundPolicy.RefusedException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        if (anonymousRowLimit > 0 && action.getUser() == null && (query.isSelectType() || query.isConstructType() || query.isDescribeType())
            && (!query.hasLimit() || query.getLimit() > anonymousRowLimit)) {
            query.setLimit(anonymousRowLimit);
        }
    }
}

package org.medvocab.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query over the dataset, with two rules: a SERVICE call to an endpoint the {@link OutboundPolicy} does
 * not allow is refused with 400 before the query runs, and an anonymous query gets at most
 * {@link Guards#anonymousRowLimit()} rows (its LIMIT is lowered to that). Running queries are listed in
 * {@link RunningQueries}, so that stopping the server cancels them.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final OutboundPolicy policy;
    private final int anonymousRowLimit;
    private final RunningQueries running;
    private final ThreadLocal<QueryExec> current = new ThreadLocal<>();

    GuardedQuery(OutboundPolicy policy, int anonymousRowLimit, RunningQueries running) {
        this.policy = policy;
        this.anonymousRowLimit = anonymousRowLimit;
        this.running = running;
    }

    @Override protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec q = super.createQueryExec(action, query, dataset);
        current.set(q);
        running.add(q);
        return q;
    }

    @Override protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } finally {
            running.remove(current.get());
            current.remove();
        }
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

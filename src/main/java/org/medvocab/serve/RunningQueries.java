package org.medvocab.serve;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.sparql.exec.QueryExec;

/**
 * The SPARQL queries running on a server, so that stopping the server can cancel them: a query cut off by the stop
 * ends its TDB2 read transaction at once, instead of running on to its timeout after the server has gone (when the
 * database could not be closed: "active transactions").
 */
final class RunningQueries {
    private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();

    void add(QueryExec q) { running.add(q); }

    void remove(QueryExec q) { if (q != null) running.remove(q); }

    int size() { return running.size(); }

    /** Cancels every running query (each ends with a cancellation in its own thread). */
    void abortAll() {
        for (QueryExec q : running) {
            try {
                q.abort();
            } catch (RuntimeException e) {
                // already finished
            }
        }
    }
}

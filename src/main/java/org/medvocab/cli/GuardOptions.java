package org.medvocab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.medvocab.serve.Guards;
import org.medvocab.serve.OutboundPolicy;
import picocli.CommandLine.Option;

/** The {@code serve} options of {@link Guards}: outbound requests, body limits, row cap, write gate, admin access. */
final class GuardOptions {

    @Option(names = "--allow-endpoint", paramLabel = "IRI",
        description = "An IRI prefix that SPARQL SERVICE and LOAD may reach (repeatable). Default: none, every outbound request is refused with 400.")
    List<String> allowEndpoints = new ArrayList<>();

    @Option(names = "--max-query-bytes", paramLabel = "N", defaultValue = "" + Guards.DEFAULT_MAX_QUERY_BYTES,
        description = "Largest body of a query, lookup or SHACL request (default: ${DEFAULT-VALUE}; larger gets 413).")
    long maxQueryBytes;

    @Option(names = "--max-write-bytes", paramLabel = "N", defaultValue = "" + Guards.DEFAULT_MAX_WRITE_BYTES,
        description = "Largest body of an update, Graph Store write or upload (default: ${DEFAULT-VALUE}; larger gets 413).")
    long maxWriteBytes;

    @Option(names = "--anonymous-row-limit", paramLabel = "N", defaultValue = "" + Guards.DEFAULT_ANONYMOUS_ROW_LIMIT,
        description = "Most result rows an anonymous query gets (default: ${DEFAULT-VALUE}; 0: no cap).")
    int anonymousRowLimit;

    @Option(names = "--max-removed-share", paramLabel = "FRACTION", defaultValue = "" + Guards.DEFAULT_MAX_REMOVED_SHARE,
        description = "Largest share of the vocabulary graph's triples or concepts one write may remove without ?force=true (default: ${DEFAULT-VALUE}).")
    double maxRemovedShare;

    @Option(names = "--max-concurrent-queries", paramLabel = "N",
        description = "Queries, lookups, SHACL requests and searches run at once (default: one per core, at least 2).")
    Integer maxConcurrentQueries;

    @Option(names = "--max-queued-queries", paramLabel = "N",
        description = "Such requests that wait for a turn, up to the timeout; one more gets 503 at once (default: three times as many as run at once, within the thread pool less 6 threads).")
    Integer maxQueuedQueries;

    @Option(names = "--admin-from-localhost",
        description = "Serve /$/server, /$/stats and /$/metrics to local clients without authentication (default: authenticated users only).")
    boolean adminFromLocalhost;

    /** The guards; the audit log goes to {@code DIR/audit.log} for a database folder. */
    Guards toGuards(Path data) {
        Guards g = Guards.defaults()
            .withOutbound(new OutboundPolicy(allowEndpoints))
            .withBodyLimits(maxQueryBytes, maxWriteBytes)
            .withAnonymousRowLimit(anonymousRowLimit)
            .withMaxRemovedShare(maxRemovedShare)
            .withAdminFromLocalhost(adminFromLocalhost)
            .withAuditLog(data == null ? null : data.resolve("audit.log"));
        if (maxConcurrentQueries != null) g = g.withMaxConcurrentReads(maxConcurrentQueries);
        return maxQueuedQueries == null ? g : g.withMaxQueuedReads(maxQueuedQueries);
    }
}

package org.medvocab.serve;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The service's protections and bounds, all configurable ({@code medvocab serve} options):
 *
 * @param outbound           which endpoints SERVICE and LOAD may reach (none by default)
 * @param maxQueryBytes      largest request body of a query, lookup or SHACL request (HTTP 413 above it)
 * @param maxWriteBytes      largest request body of an update, Graph Store write or upload (HTTP 413 above it)
 * @param anonymousRowLimit  most result rows an anonymous query gets (its LIMIT is lowered to this); 0: no cap
 * @param maxRemovedShare    largest share (0–1) of the vocabulary graph's triples or of its scheme's concepts that one
 *                           write may remove without {@code ?force=true}
 * @param adminFromLocalhost serve {@code /$/server}, {@code /$/stats} and {@code /$/metrics} to loopback clients without
 *                           authentication (otherwise only to authenticated users)
 * @param auditLog           file every accepted write is appended to, or null for none
 * @param maxConcurrentReads queries, lookups, SHACL requests and searches run at once
 * @param maxQueuedReads     such requests that wait for a turn (up to the query timeout); one more is refused at once
 *                           with 503 and {@code Retry-After}, so waiting requests never starve the thread pool ({@link Admission})
 */
public record Guards(OutboundPolicy outbound, long maxQueryBytes, long maxWriteBytes, int anonymousRowLimit,
                     double maxRemovedShare, boolean adminFromLocalhost, Path auditLog, int maxConcurrentReads,
                     int maxQueuedReads) {

    public static final long DEFAULT_MAX_QUERY_BYTES = 1L << 20;
    public static final long DEFAULT_MAX_WRITE_BYTES = 64L << 20;
    public static final int DEFAULT_ANONYMOUS_ROW_LIMIT = 10_000;
    public static final double DEFAULT_MAX_REMOVED_SHARE = 0.2;

    public Guards {
        Objects.requireNonNull(outbound, "outbound");
        if (maxQueryBytes < 1 || maxWriteBytes < 1) throw new IllegalArgumentException("body limits must be positive");
        if (anonymousRowLimit < 0) throw new IllegalArgumentException("anonymousRowLimit must be >= 0");
        if (!(maxRemovedShare >= 0 && maxRemovedShare <= 1)) throw new IllegalArgumentException("maxRemovedShare must be 0-1");
        if (maxConcurrentReads < 1) throw new IllegalArgumentException("maxConcurrentReads must be >= 1");
        if (maxQueuedReads < 0) throw new IllegalArgumentException("maxQueuedReads must be >= 0");
    }

    /** No outbound requests, 1 MiB queries, 64 MiB writes, 10,000 anonymous rows, 20 % removal, admin authenticated, no audit file, one read per core (at least 2: more would only share the same cores and slow every answer, {@code /$/ping} included) and three times as many waiting (within the thread pool, see {@link Admission}). */
    public static Guards defaults() {
        int reads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return new Guards(OutboundPolicy.none(), DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_WRITE_BYTES, DEFAULT_ANONYMOUS_ROW_LIMIT,
            DEFAULT_MAX_REMOVED_SHARE, false, null, reads, 3 * reads);
    }

    public Guards withOutbound(OutboundPolicy p) { return new Guards(p, maxQueryBytes, maxWriteBytes, anonymousRowLimit, maxRemovedShare, adminFromLocalhost, auditLog, maxConcurrentReads, maxQueuedReads); }
    public Guards withBodyLimits(long query, long write) { return new Guards(outbound, query, write, anonymousRowLimit, maxRemovedShare, adminFromLocalhost, auditLog, maxConcurrentReads, maxQueuedReads); }
    public Guards withAnonymousRowLimit(int n) { return new Guards(outbound, maxQueryBytes, maxWriteBytes, n, maxRemovedShare, adminFromLocalhost, auditLog, maxConcurrentReads, maxQueuedReads); }
    public Guards withMaxRemovedShare(double s) { return new Guards(outbound, maxQueryBytes, maxWriteBytes, anonymousRowLimit, s, adminFromLocalhost, auditLog, maxConcurrentReads, maxQueuedReads); }
    public Guards withAdminFromLocalhost(boolean b) { return new Guards(outbound, maxQueryBytes, maxWriteBytes, anonymousRowLimit, maxRemovedShare, b, auditLog, maxConcurrentReads, maxQueuedReads); }
    public Guards withAuditLog(Path p) { return new Guards(outbound, maxQueryBytes, maxWriteBytes, anonymousRowLimit, maxRemovedShare, adminFromLocalhost, p, maxConcurrentReads, maxQueuedReads); }
    public Guards withMaxConcurrentReads(int n) { return new Guards(outbound, maxQueryBytes, maxWriteBytes, anonymousRowLimit, maxRemovedShare, adminFromLocalhost, auditLog, n, maxQueuedReads); }
    public Guards withMaxQueuedReads(int n) { return new Guards(outbound, maxQueryBytes, maxWriteBytes, anonymousRowLimit, maxRemovedShare, adminFromLocalhost, auditLog, maxConcurrentReads, n); }
}

package org.medvocab.serve;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Load shedding for expensive requests (queries, lookups, SHACL, search): at most {@code running} run at once and at
 * most {@code queued} more wait for a turn, each for at most {@code maxWaitMillis}. A request that finds every place
 * taken is refused at once (HTTP 503 with {@code Retry-After}), so that waiting requests never hold more Jetty threads
 * than {@code running + queued}: the rest of the pool stays free for {@code /$/ping}, static files and the refusals
 * themselves, which are never queued here.
 *
 * <pre>{@code
 * Admission a = Admission.forPool(4, 4, 24, 5000);
 * Admission.Ticket t = a.enter();
 * if (t.admitted()) try { ... } finally { a.leave(); } else refuse(503, t.reason());
 * }</pre>
 */
final class Admission {

    /**
     * Jetty threads kept out of the admission budget: the connector's acceptor and selector, and threads for ping,
     * static files and 503 answers.
     */
    static final int RESERVED_THREADS = 6;

    /** Whether a request may run, and why not. */
    enum Ticket {
        ADMITTED(null),
        FULL("the server is busy with other queries (every place to run or wait is taken); try again later"),
        WAITED("the server is busy with other queries (no turn came while waiting); try again later");

        private final String reason;

        Ticket(String reason) { this.reason = reason; }

        boolean admitted() { return this == ADMITTED; }

        String reason() { return reason; }
    }

    private final int running;
    private final int queued;
    private final Semaphore turns;
    private final Semaphore places;
    private final long maxWaitMillis;

    Admission(int running, int queued, long maxWaitMillis) {
        if (running < 1 || queued < 0 || maxWaitMillis < 0) throw new IllegalArgumentException("need running >= 1, queued >= 0, wait >= 0");
        this.running = running;
        this.queued = queued;
        this.turns = new Semaphore(running, true);
        this.places = new Semaphore(running + queued);
        this.maxWaitMillis = maxWaitMillis;
    }

    /**
     * An admission that fits a Jetty pool of {@code maxThreads}: running and waiting requests together hold at most
     * {@code maxThreads - }{@link #RESERVED_THREADS} threads (at least one runs).
     */
    static Admission forPool(int running, int queued, int maxThreads, long maxWaitMillis) {
        int budget = Math.max(1, maxThreads - RESERVED_THREADS);
        int r = Math.min(running, budget);
        return new Admission(r, Math.max(0, Math.min(queued, budget - r)), maxWaitMillis);
    }

    int running() { return running; }

    int queued() { return queued; }

    /** Takes a place and waits for a turn; {@link #leave()} must follow an admitted ticket. */
    Ticket enter() {
        if (!places.tryAcquire()) return Ticket.FULL;
        boolean in = false;
        try {
            in = turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!in) places.release();
        }
        return in ? Ticket.ADMITTED : Ticket.WAITED;
    }

    /** Gives back the turn and the place of an admitted request. */
    void leave() {
        turns.release();
        places.release();
    }
}

package org.medvocab.serve;

/**
 * What the HTTP layer knows about the write being handled on this thread (set by {@link RequestGuard} around a write
 * request): whether an administrator asked to {@code force} a large removal, and, once the transaction commits, what
 * the {@link WriteGate} measured, for the audit log.
 */
final class WriteContext {
    private static final ThreadLocal<WriteContext> CURRENT = new ThreadLocal<>();

    final boolean force;
    /** Vocabulary graph size before and after the last committed write of this request; -1 until one commits. */
    volatile long triplesBefore = -1;
    volatile long triplesAfter = -1;
    volatile long conceptsBefore = -1;
    volatile long conceptsAfter = -1;

    private WriteContext(boolean force) { this.force = force; }

    static WriteContext begin(boolean force) {
        WriteContext c = new WriteContext(force);
        CURRENT.set(c);
        return c;
    }

    static void end() { CURRENT.remove(); }

    /** The write of this thread's request, or null outside an HTTP write. */
    static WriteContext current() { return CURRENT.get(); }

    boolean committed() { return triplesAfter >= 0; }
}

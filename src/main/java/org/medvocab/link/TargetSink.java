package org.medvocab.link;

/** Receives what a {@link TargetReader} streams: labels, existing mappings (SSSOM) and progress. */
public interface TargetSink {
    /** One label of one target term. */
    void label(TargetLabel label);

    /** One mapping of an existing mapping set. */
    default void mapping(ExistingMapping mapping) {}

    /** Progress of the read: {@code done} of {@code total} units (bytes of a file; total -1 when unknown). */
    default void progress(long done, long total) {}
}

package org.medvocab.report;

/** One quality problem: which check found it, how serious it is, the concept (IRI) and the offending value. */
public record Finding(String check, Level level, String concept, String value) {}

package org.medvocab.report;

import java.util.List;

import org.apache.jena.graph.Graph;

/** One row of the check table: an id, a level, what it looks for, and the rule that finds (concept, value) pairs. */
public record Check(String id, Level level, String description, Rule rule) {

    /** A concept and the value that makes it a finding. */
    public record Hit(String concept, String value) {}

    /** Finds the hits of a check in a vocabulary graph (with its mappings, when they are given). */
    @FunctionalInterface
    public interface Rule {
        List<Hit> run(Graph vocabulary);
    }
}

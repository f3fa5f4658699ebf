package org.medvocab.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A Java check of one kind of built-in SPARQL-based shape: given a focus node, it finds the answers the shape's query
 * would give for that node ({@code ?path} and {@code ?value}), reading the graph's indexes and the {@link Indexes}
 * shared by all checks of one validation. The table of checks is {@link ShapeChecks#TABLE}.
 */
interface ShapeCheck {

    /** Where a check puts what it finds: one answer of the query for the focus node. */
    interface Found {
        /** One answer; {@code value} is the focus node itself when the query binds no {@code ?value}. */
        void add(Node path, Node value);
    }

    /** Finds the answers for {@code focus} in {@code data}. Called from several threads at once on one graph. */
    void check(Node focus, Graph data, Indexes ix, Found out);
}

package org.medvocab.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.core.Prologue;

/**
 * One result of a validation: which shape found what, where.
 *
 * @param shape      the shape that produced the result ({@code sh:sourceShape}), e.g. {@code mvs:NoBroaderCycle}
 * @param severity   its severity
 * @param focus      the resource that is wrong, usually a concept ({@code sh:focusNode})
 * @param focusLabel the focus node's preferred label (or rdfs:label), or null if it has none
 * @param path       the property that is wrong ({@code sh:resultPath}), or null
 * @param value      the offending value ({@code sh:value}), or null
 * @param valueLabel the value's preferred label when it is a labelled resource, or null
 * @param message    what is wrong and how to fix it ({@code sh:resultMessage})
 */
public record ValidationRow(Node shape, Severity severity, Node focus, String focusLabel, Path path, Node value,
                            String valueLabel, String message) {

    /** @return the property of a one-step path, or null if there is no path or it is a longer path */
    public Node property() {
        return path instanceof P_Link link ? link.getNode() : null;
    }

    /** @return the path in SPARQL syntax, with prefixed names where {@code prefixes} allow; null if none */
    public String pathString(PrefixMapping prefixes) {
        if (path == null) return null;
        Prologue prologue = new Prologue(prefixes == null ? PrefixMapping.Factory.create() : prefixes);
        return PathWriter.asString(path, prologue);
    }
}

package org.medvocab.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;

/** Small lookups over the quads of a dataset (all named graphs); callers hold a read transaction. */
final class Queries {
    private Queries() {}

    static Set<Node> objects(DatasetGraph dsg, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    static Set<Node> subjects(DatasetGraph dsg, Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** Subjects with {@code p o}, URIs only. */
    static Set<Node> subjectsOf(DatasetGraph dsg, Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> {
            if (!q.getSubject().isLiteral()) out.add(q.getSubject());
        });
        return out;
    }

    static Node object(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The lexical form (or IRI) of the first value of {@code s p}, or {@code dflt}. */
    static String text(DatasetGraph dsg, Node s, Node p, String dflt) {
        Node o = object(dsg, s, p);
        if (o == null) return dflt;
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : dflt;
    }

    static int integer(DatasetGraph dsg, Node s, Node p) {
        Node o = object(dsg, s, p);
        if (o == null || !o.isLiteral()) return -1;
        try {
            return Integer.parseInt(o.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The owl:Axiom nodes annotating the statement {@code s p o}. */
    static List<Node> axioms(DatasetGraph dsg, Node s, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        for (Node ax : subjects(dsg, OWL2.annotatedSource.asNode(), s)) {
            if (dsg.contains(Node.ANY, ax, OWL2.annotatedProperty.asNode(), p) && dsg.contains(Node.ANY, ax, OWL2.annotatedTarget.asNode(), o)) {
                out.add(ax);
            }
        }
        return out;
    }

    static long count(Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) n++;
        return n;
    }

    static <T> List<T> list(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}

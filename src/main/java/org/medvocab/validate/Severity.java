package org.medvocab.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/** The severity of a validation result, after {@code sh:severity}: violations fail a vocabulary, warnings and infos do not. */
public enum Severity {
    /** {@code sh:Violation}: the vocabulary is wrong and must be fixed. */
    VIOLATION(SHACL.Violation, "violation", "violations"),
    /** {@code sh:Warning}: worth a look, but the vocabulary passes. */
    WARNING(SHACL.Warning, "warning", "warnings"),
    /** {@code sh:Info}: for information only. */
    INFO(SHACL.Info, "info", "infos");

    private final Node iri;
    private final String singular;
    private final String plural;

    Severity(Node iri, String singular, String plural) {
        this.iri = iri;
        this.singular = singular;
        this.plural = plural;
    }

    /** @return the SHACL IRI, {@code sh:Violation}, {@code sh:Warning} or {@code sh:Info} */
    public Node iri() { return iri; }

    /** @return the local name of the SHACL IRI: Violation, Warning or Info */
    public String title() { return iri.getLocalName(); }

    /** @return "3 violations", "1 warning", "0 infos" */
    public String count(int n) { return n + " " + (n == 1 ? singular : plural); }

    /**
     * Maps a SHACL severity IRI. A custom severity (SHACL allows any IRI) counts as a violation, so that a
     * result of unknown weight never lets a vocabulary pass unnoticed.
     */
    public static Severity of(Node iri) {
        for (Severity s : values()) {
            if (s.iri.equals(iri)) return s;
        }
        return VIOLATION;
    }
}

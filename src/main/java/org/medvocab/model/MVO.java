package org.medvocab.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The medvocab core ontology (ontology/core.ttl): top classes, domain relations and the
 * annotation properties that carry provenance. Constants only, in the manner of Jena's SKOS class.
 */
public final class MVO {
    private MVO() {}

    public static final String NS = "https://w3id.org/medvocab/core#";
    public static final String PREFIX = "mvo";
    /** IRI of the core ontology itself. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/medvocab/core";

    private static Node n(String local) { return NodeFactory.createURI(NS + local); }

    /** The core ontology's own concept scheme, holding the top classes. */
    public static final Node CoreScheme = n("CoreScheme");

    // Top classes (also skos:Concept: the roots every generated concept descends from).
    public static final Node Device = n("Device");
    public static final Node Procedure = n("Procedure");
    public static final Node Condition = n("Condition");
    public static final Node AnatomicalStructure = n("AnatomicalStructure");
    public static final Node BiologicalMechanism = n("BiologicalMechanism");
    public static final Node Substance = n("Substance");

    // Domain relations: owl:ObjectProperty, rdfs:subPropertyOf skos:related.
    public static final Node indication = n("indication");
    public static final Node risk = n("risk");
    public static final Node insertionSite = n("insertionSite");
    public static final Node location = n("location");
    public static final Node component = n("component");
    public static final Node mechanism = n("mechanism");

    // Provenance and statement notes (owl:AnnotationProperty), used on owl:Axiom annotations.
    /** The sentence a statement was extracted from. */
    public static final Node evidence = n("evidence");
    /** Character offset (inclusive) of the evidence sentence in its source document. */
    public static final Node evidenceStart = n("evidenceStart");
    /** Character offset (exclusive) of the evidence sentence in its source document. */
    public static final Node evidenceEnd = n("evidenceEnd");
    /** The page (1-based) on which the evidence sentence starts, for a paged source document (PDF, Word). */
    public static final Node evidencePage = n("evidencePage");
    /** Qualifier words dropped from a term ("severe", "high-risk"), kept as a note on the statement. */
    public static final Node qualifier = n("qualifier");
    /** The dictionary sense a concept stands for ("apparatus", "mechanism"). */
    public static final Node senseQualifier = n("senseQualifier");
    /** The kind of document a source is: encyclopedia, dictionary or prose. */
    public static final Node documentKind = n("documentKind");
    /** The curation decision (an {@link #Decision}) that made a statement: written on its owl:Axiom annotation. */
    public static final Node curatedBy = n("curatedBy");
    /** Class of the editor decisions of the curation overlay (author dct:creator, dct:date, reason skos:editorialNote). */
    public static final Node Decision = n("Decision");
    /** Class of the source documents a vocabulary was built from. */
    public static final Node SourceDocument = n("SourceDocument");
}

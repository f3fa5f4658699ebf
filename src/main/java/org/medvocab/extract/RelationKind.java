package org.medvocab.extract;

/** Domain relations between concepts, each a sub-property of skos:related in the core ontology. */
public enum RelationKind {
    INDICATION(TopClass.CONDITION), RISK(TopClass.CONDITION), INSERTION_SITE(TopClass.ANATOMY),
    LOCATION(TopClass.ANATOMY), COMPONENT(TopClass.DEVICE), MECHANISM(TopClass.MECHANISM);

    private final TopClass expectedTarget;

    RelationKind(TopClass expectedTarget) { this.expectedTarget = expectedTarget; }

    /** The kind the target of this relation has when nothing else says otherwise. */
    public TopClass expectedTarget() { return expectedTarget; }
}

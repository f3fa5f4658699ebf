package org.medvocab.extract;

/** The kinds of thing the core ontology distinguishes (its top classes). */
public enum TopClass { DEVICE, PROCEDURE, CONDITION, ANATOMY, MECHANISM, SUBSTANCE }

package org.medvocab.extract;

/** Kinds of cross-reference a reference work makes between its entries. */
public enum CrossRefKind { SEE, SEE_ALSO, CF, COMPARE, RELATED_TERM }

package org.medvocab.extract;

/** The layouts medvocab knows how to read. */
public enum DocumentKind { ENCYCLOPEDIA, DICTIONARY, PROSE }

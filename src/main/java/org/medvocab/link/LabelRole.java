package org.medvocab.link;

/** What a label is for its term: the preferred name, a synonym, an abbreviation, or a hidden (search-only) label. */
public enum LabelRole { PREFERRED, SYNONYM, ABBREVIATION, HIDDEN }

package org.medvocab.ingest;

import java.util.List;

/**
 * A paged document (PDF, Word) rendered to the plain-text layout.
 *
 * @param text the text, already normalised
 * @param title the document title, or null
 * @param pageStarts the offset at which each page starts (index 0 is page 1)
 */
record Rendered(String text, String title, List<Integer> pageStarts) {}

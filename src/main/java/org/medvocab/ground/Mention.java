package org.medvocab.ground;

/**
 * A lexicon term found inside a phrase or sentence by {@link Grounder#mentions}.
 *
 * @param start     index of the first token
 * @param end       index after the last token
 * @param text      the tokens joined by single spaces
 * @param grounding the assessment of the matched span (always a {@link Grounding.Evidence#LEXICON} match)
 */
public record Mention(int start, int end, String text, Grounding grounding) {}

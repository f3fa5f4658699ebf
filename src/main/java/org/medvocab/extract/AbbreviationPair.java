package org.medvocab.extract;

import java.util.Objects;

/**
 * An abbreviation definition found in a sentence by {@link Abbreviations#find(String)}.
 *
 * <p>{@code start} and {@code end} delimit, in the sentence that was searched, the whole
 * definition: from the first character of whichever form is written first (the long form in
 * "end-to-end anastomosis (EEA)", the short form in "CSF (cerebrospinal fluid)") to
 * just after the closing parenthesis. {@code start} is inclusive and {@code end} exclusive, as
 * in {@link String#substring(int, int)}.
 *
 * @param longForm  the expanded form, as written in the sentence (runs of white space collapsed
 *                  to one space), for example "end-to-end anastomosis"
 * @param shortForm the abbreviation as written, for example "EEA", "PPIs" or "Ca2+"
 * @param start     offset (inclusive) of the definition in the sentence
 * @param end       offset (exclusive) of the definition in the sentence, just after the
 *                  closing parenthesis
 */
public record AbbreviationPair(String longForm, String shortForm, int start, int end) {

    /**
     * Checks the components.
     *
     * @param longForm  the expanded form
     * @param shortForm the abbreviation
     * @param start     offset (inclusive) of the definition
     * @param end       offset (exclusive) of the definition
     * @throws NullPointerException     if a form is null
     * @throws IllegalArgumentException if the offsets are negative or out of order
     */
    public AbbreviationPair {
        Objects.requireNonNull(longForm, "longForm");
        Objects.requireNonNull(shortForm, "shortForm");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}

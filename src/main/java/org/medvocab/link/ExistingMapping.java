package org.medvocab.link;

/**
 * A mapping read from an existing SSSOM file, kept to reuse it (when one side is a concept of the vocabulary) or to
 * chain through it (our concept -> its subject -> its object).
 *
 * @param subjectId     canonical CURIE of the subject
 * @param subjectLabel  label of the subject, or ""
 * @param predicate     the SKOS mapping relation (other predicates are not kept)
 * @param objectId      canonical CURIE of the object
 * @param objectLabel   label of the object, or ""
 * @param justification the file's mapping_justification CURIE
 * @param confidence    the file's confidence, or NaN when absent
 * @param negated       true when the file says the mapping does not hold (predicate_modifier Not)
 * @param source        the mapping set it comes from
 */
public record ExistingMapping(String subjectId, String subjectLabel, MatchPredicate predicate, String objectId,
                              String objectLabel, String justification, double confidence, boolean negated, String source) {}

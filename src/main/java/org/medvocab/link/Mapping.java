package org.medvocab.link;

/**
 * One row of the mapping set (SSSOM slot names in brackets).
 *
 * @param subjectId        [subject_id] CURIE of the vocabulary concept
 * @param subjectLabel     [subject_label] its preferred label
 * @param subjectCategory  [subject_category] its kinds ("device", "condition|mechanism"), or ""
 * @param predicate        [predicate_id]
 * @param objectId         [object_id] CURIE of the target term
 * @param objectLabel      [object_label] its preferred label (or the matched label when the target has none)
 * @param objectCategory   [object_category] its kinds as far as the target tells, or ""
 * @param justification    [mapping_justification] semapv CURIE
 * @param objectSource     [object_source] the vocabulary of the object (see {@link ObjectSources})
 * @param objectSourceVersion [object_source_version] its version when the target file states it, or ""
 * @param cardinality      [mapping_cardinality] 1:1, 1:n, n:1 or n:n among the rows of the same
 *                         {@link Cardinality#SCOPE}
 * @param confidence       [confidence] the match score
 * @param subjectMatchField [subject_match_field] the vocabulary property matched
 * @param objectMatchField [object_match_field] the target property matched
 * @param matchString      [match_string] the normalised string both sides share
 * @param comment          [comment] how the match was made and any flag, or ""
 * @param subjectIri       the subject's IRI (for the RDF graph)
 * @param objectIri        the object's IRI (for the RDF graph)
 */
public record Mapping(String subjectId, String subjectLabel, String subjectCategory, MatchPredicate predicate,
                      String objectId, String objectLabel, String objectCategory, String justification,
                      String objectSource, String objectSourceVersion, String cardinality, double confidence, String subjectMatchField,
                      String objectMatchField, String matchString, String comment, String subjectIri, String objectIri) {

    /** The CURIE prefix of the object ({@code MESH} for {@code MESH:D006321}). */
    public String objectPrefix() { return prefixOf(objectId); }

    static String prefixOf(String id) {
        int colon = id.indexOf(':');
        return colon > 0 && !id.startsWith("http") ? id.substring(0, colon) : id;
    }

    Mapping withCardinality(String c) {
        return new Mapping(subjectId, subjectLabel, subjectCategory, predicate, objectId, objectLabel, objectCategory,
            justification, objectSource, objectSourceVersion, c, confidence, subjectMatchField, objectMatchField, matchString,
            comment, subjectIri, objectIri);
    }

    Mapping withObjectSource(String source, String version) {
        return new Mapping(subjectId, subjectLabel, subjectCategory, predicate, objectId, objectLabel, objectCategory,
            justification, source, version == null ? "" : version, cardinality, confidence, subjectMatchField,
            objectMatchField, matchString, comment, subjectIri, objectIri);
    }
}

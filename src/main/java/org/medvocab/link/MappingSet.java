package org.medvocab.link;

import java.util.List;
import java.util.Map;

/**
 * A mapping set: its metadata, its rows and the namespaces of the prefixes it may use.
 *
 * @param id                 mapping_set_id (an IRI)
 * @param version            mapping_set_version (the vocabulary's version)
 * @param title              mapping_set_title
 * @param description        mapping_set_description
 * @param license            license (an IRI)
 * @param subjectSource      subject_source (a CURIE for the vocabulary)
 * @param subjectSourceVersion subject_source_version
 * @param tool               mapping_tool
 * @param toolVersion        mapping_tool_version
 * @param date               mapping_date (ISO date; the vocabulary's release date, so that output is reproducible)
 * @param mappings           the rows, sorted
 * @param namespaces         prefix -> namespace for every prefix the rows and metadata may use
 */
public record MappingSet(String id, String version, String title, String description, String license,
                         String subjectSource, String subjectSourceVersion, String tool, String toolVersion, String date,
                         List<Mapping> mappings, Map<String, String> namespaces) {

    /** Rows with this predicate. */
    public List<Mapping> with(MatchPredicate p) {
        return mappings.stream().filter(m -> m.predicate() == p).toList();
    }
}

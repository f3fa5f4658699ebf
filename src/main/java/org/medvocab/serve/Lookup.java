package org.medvocab.serve;

import java.util.List;

/**
 * Concept lookup by label, for autocomplete and search: {@link LookupService} over the local Lucene index, or
 * {@link RemoteLookup} over a remote SPARQL endpoint.
 */
public interface Lookup {

    /**
     * Finds concepts whose labels match {@code query}.
     *
     * @param query what the user typed
     * @param lang  a language tag ("en" also matches "en-GB"), or null/blank for any
     * @param limit the most concepts to return (1–{@value LookupService#MAX_LIMIT})
     * @return the matches, best first, each with the concept's preferred label
     */
    List<LookupService.Match> lookup(String query, String lang, int limit);
}

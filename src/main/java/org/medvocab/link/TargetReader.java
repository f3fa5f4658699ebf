package org.medvocab.link;

import java.util.Map;
import java.util.Set;

/**
 * Reads one target vocabulary as a stream of labels. Implementations never hold the whole target: they keep only
 * what they need to join or to answer the questions below (a term's parents, tree numbers, obsolete flags), which
 * grows with the number of terms, not with the file size.
 *
 * <p>Implementations: {@link RdfTargetReader} (any RDF syntax Jena reads, SKOS, OWL and MeSH RDF),
 * {@link OboTargetReader} (OBO 1.4 flat files), {@link DelimitedTargetReader} (TSV, CSV, pipe tables),
 * {@link SssomReader} (existing SSSOM mapping sets) and {@link SparqlEndpointReader} (a remote SPARQL endpoint).
 */
public interface TargetReader {
    /** The file or endpoint, as named in messages. */
    String name();

    /** The target as SSSOM {@code object_source} (CURIE or IRI); may change once the target has been read. */
    String source();

    /**
     * Streams every label to {@code sink}.
     *
     * @throws TargetException when the target cannot be read (the message names the file, line and reason)
     */
    void read(TargetSink sink);

    /** True when {@link #source()} was given explicitly for this target (it then wins over the object's prefix). */
    default boolean sourceDeclared() { return false; }

    /** The version the target states for itself (OBO data-version, owl:versionIRI or owl:versionInfo), or null. */
    default String sourceVersion() { return null; }

    /** Kinds known for a term once the whole target has been read (tree numbers, parents); empty when unknown. */
    default Set<Kind> kindOf(String id) { return Kind.none(); }

    /** True when the term turned out to be obsolete or deprecated after its labels were streamed. */
    default boolean isObsolete(String id) { return false; }

    /**
     * Preferred labels of terms matched only through a synonym, for the SSSOM {@code object_label}. Readers that
     * stream a term's labels together never need this; RDF readers may read the file a second time.
     */
    default Map<String, String> preferredLabels(Set<String> ids) { return Map.of(); }
}

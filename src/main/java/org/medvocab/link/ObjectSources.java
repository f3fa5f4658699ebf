package org.medvocab.link;

import java.util.Locale;
import java.util.Map;

/**
 * The SSSOM {@code object_source} of a mapping: the IRI (as a CURIE) of the ontology or vocabulary its object
 * belongs to, not the file it was read from. In order of precedence: the source given for the target
 * ({@code source=} option), the vocabulary of the object's prefix (OBO prefixes: {@code obo:<prefix>.owl}; a few
 * other vocabularies: their Bioregistry entry), the ontology the target file declares in its header, and at last
 * the target file itself ({@code medvocab.target:<file>}).
 */
public final class ObjectSources {
    private ObjectSources() {}

    /** The namespace of the Bioregistry's registry pages, which name the vocabularies below. */
    public static final String BIOREGISTRY_PREFIX = "bioregistry";

    /** Vocabularies outside the OBO library, by canonical CURIE prefix. */
    private static final Map<String, String> KNOWN = Map.of(
        "MESH", BIOREGISTRY_PREFIX + ":mesh",
        "EFO", BIOREGISTRY_PREFIX + ":efo",
        "SNOMEDCT", BIOREGISTRY_PREFIX + ":snomedct",
        "ICD10CM", BIOREGISTRY_PREFIX + ":icd10cm",
        "ICD9CM", BIOREGISTRY_PREFIX + ":icd9cm",
        "UMLS", BIOREGISTRY_PREFIX + ":umls",
        "OMIM", BIOREGISTRY_PREFIX + ":omim",
        "ORDO", BIOREGISTRY_PREFIX + ":orphanet.ordo");

    /**
     * The vocabulary an identifier's prefix stands for, or null when the prefix is not known.
     *
     * @param objectId a CURIE such as {@code HP:0001919}
     * @param curies the prefix registry (OBO prefixes are those whose namespace is an OBO PURL)
     * @return a CURIE such as {@code obo:hp.owl} or {@code bioregistry:mesh}, or null
     */
    public static String ofPrefix(String objectId, Curies curies) {
        String prefix = Mapping.prefixOf(objectId);
        if (prefix.equals(objectId)) return null;
        String p = Curies.canonicalPrefix(prefix);
        String known = KNOWN.get(p);
        if (known != null) return known;
        String ns = curies.namespace(p);
        boolean obo = !Curies.isKnown(p) && ns != null && ns.equals(curies.namespace("obo") + p + "_");
        return obo ? "obo:" + p.toLowerCase(Locale.ROOT) + ".owl" : null;
    }

    /**
     * The object_source of one row.
     *
     * @param objectId the row's object
     * @param readerSource the source the target reader gave (its header's ontology, or the file)
     * @param declared true when that source was given explicitly for the target
     * @param curies the prefix registry
     * @return the source to write
     */
    public static String resolve(String objectId, String readerSource, boolean declared, Curies curies) {
        if (declared) return readerSource;
        String known = ofPrefix(objectId, curies);
        return known != null ? known : readerSource;
    }
}

package org.medvocab.link;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * CURIE prefixes: a registry of the prefixes of medical vocabularies (following the conventions of
 * {@code ../shared/linking/SOURCES.md}: {@code MESH:D006321}, {@code UBERON:0000948}, {@code NCIT:C51999},
 * {@code SYMP:0000007}, {@code FDA_PRODUCT_CODE:FRN}) plus the prefixes a mapping set uses, for its {@code curie_map}.
 *
 * <p>Spellings of the same prefix found in real files ({@code mesh:}, {@code MeSH:}, {@code NCI:}, {@code ncit:},
 * {@code SNOMEDCT_US:}) are folded to one canonical prefix. Any other upper-case prefix is taken to be an OBO
 * Foundry prefix, expanding to {@code http://purl.obolibrary.org/obo/PREFIX_}.
 */
public final class Curies {
    public static final String OBO = "http://purl.obolibrary.org/obo/";
    public static final String MESH_NS = "http://id.nlm.nih.gov/mesh/";

    /** Canonical prefix -> namespace, for the prefixes that are not plain OBO ones. */
    private static final Map<String, String> KNOWN = Map.ofEntries(
        Map.entry("MESH", MESH_NS),
        Map.entry("FDA_PRODUCT_CODE", "https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfPCD/classification.cfm?ID="),
        Map.entry("UMLS", "https://uts.nlm.nih.gov/uts/umls/concept/"),
        Map.entry("SNOMEDCT", "http://snomed.info/id/"),
        Map.entry("ICD10CM", "http://purl.bioontology.org/ontology/ICD10CM/"),
        Map.entry("ICD9CM", "http://purl.bioontology.org/ontology/ICD9CM/"),
        Map.entry("OMIM", "https://omim.org/entry/"),
        Map.entry("GARD", "https://rarediseases.info.nih.gov/diseases/"),
        Map.entry("ORDO", "http://www.orpha.net/ORDO/Orphanet_"),
        Map.entry("EFO", "http://www.ebi.ac.uk/efo/EFO_"),
        Map.entry("orcid", "https://orcid.org/"),
        Map.entry("obo", OBO),
        Map.entry(ObjectSources.BIOREGISTRY_PREFIX, "https://bioregistry.io/registry/"),
        Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
        Map.entry("semapv", "https://w3id.org/semapv/vocab/"),
        Map.entry("sssom", "https://w3id.org/sssom/"),
        Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
        Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
        Map.entry("dcterms", "http://purl.org/dc/terms/"),
        Map.entry("pav", "http://purl.org/pav/"),
        Map.entry("oboInOwl", "http://www.geneontology.org/formats/oboInOwl#"),
        Map.entry("meshv", "http://id.nlm.nih.gov/mesh/vocab#"),
        Map.entry("mvo", "https://w3id.org/medvocab/core#"));

    /** Other spellings of a prefix -> canonical prefix. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
        Map.entry("mesh", "MESH"), Map.entry("msh", "MESH"),
        Map.entry("nci", "NCIT"), Map.entry("ncit", "NCIT"), Map.entry("ncithesaurus", "NCIT"),
        Map.entry("snomedct", "SNOMEDCT"), Map.entry("snomedct_us", "SNOMEDCT"), Map.entry("snomed", "SNOMEDCT"),
        Map.entry("sctid", "SNOMEDCT"),
        Map.entry("umls", "UMLS"), Map.entry("umls_cui", "UMLS"),
        Map.entry("mim", "OMIM"), Map.entry("omim", "OMIM"),
        Map.entry("orphanet", "ORDO"), Map.entry("ordo", "ORDO"),
        Map.entry("oio", "oboInOwl"), Map.entry("oboinowl", "oboInOwl"), Map.entry("dct", "dcterms"),
        Map.entry("fda", "FDA_PRODUCT_CODE"), Map.entry("fda_product_code", "FDA_PRODUCT_CODE"));

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Pattern OBO_LOCAL = Pattern.compile("([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_]+)");
    private static final Pattern SNOMED_VERSIONED = Pattern.compile("SNOMEDCT_US_\\d{4}_\\d{2}_\\d{2}", Pattern.CASE_INSENSITIVE);

    /** Prefixes used so far -> namespace (sorted for the curie_map). */
    private final Map<String, String> used = new TreeMap<>();
    /** Extra prefixes declared by targets or the vocabulary -> namespace. */
    private final Map<String, String> declared = new HashMap<>();

    /** Declares (or re-declares) a prefix, e.g. the vocabulary's own. */
    public Curies declare(String prefix, String namespace) {
        declared.put(prefix, namespace);
        return this;
    }

    /** True when the prefix was declared (by the vocabulary, a target option or a target file). */
    public boolean isDeclared(String prefix) { return declared.containsKey(prefix); }

    /** True when the prefix is in medvocab's registry of known prefixes. */
    public static boolean isKnown(String prefix) { return KNOWN.containsKey(canonicalPrefix(prefix)); }

    /** True for a syntactically valid prefix name. */
    public static boolean isPrefixName(String s) {
        return s != null && PREFIX.matcher(s).matches();
    }

    /** The canonical spelling of a prefix ({@code mesh} -> {@code MESH}, {@code NCI} -> {@code NCIT}). */
    public static String canonicalPrefix(String prefix) {
        if (KNOWN.containsKey(prefix)) return prefix;
        String seen = CANONICAL.get(prefix);
        if (seen != null) return seen;
        String c = canonicalPrefixOf(prefix);
        if (CANONICAL.size() < 4096) CANONICAL.put(prefix, c);   // a table names few prefixes, once per row
        return c;
    }

    /** {@link #canonicalPrefix} results of prefixes seen (bounded). */
    private static final Map<String, String> CANONICAL = new java.util.concurrent.ConcurrentHashMap<>();

    private static String canonicalPrefixOf(String prefix) {
        if (SNOMED_VERSIONED.matcher(prefix).matches()) return "SNOMEDCT";
        String alias = ALIASES.get(prefix.toLowerCase(Locale.ROOT));
        return alias != null ? alias : prefix;
    }

    /** The namespace of a prefix: declared, known, or the OBO PURL pattern for an upper-case prefix; null if none. */
    public String namespace(String prefix) {
        String p = canonicalPrefix(prefix);
        String ns = declared.get(p);
        if (ns == null) ns = KNOWN.get(p);
        if (ns == null && !p.isEmpty() && Character.isUpperCase(p.charAt(0))) ns = OBO + p + "_";
        return ns;
    }

    /**
     * Canonical form of a CURIE ({@code mesh:D1} -> {@code MESH:D1}); an IRI is compressed when a known prefix
     * matches. Marks the prefix as used.
     */
    public String canonical(String id) {
        if (id.startsWith("http://") || id.startsWith("https://")) return compress(id);
        int colon = id.indexOf(':');
        if (colon <= 0) return id;
        String p = canonicalPrefix(id.substring(0, colon));
        String curie = p + ":" + id.substring(colon + 1);
        use(p);
        return curie;
    }

    /** Expands a CURIE to an IRI; returns the input when it is already an IRI or its prefix is unknown. */
    public String expand(String curie) {
        if (curie.startsWith("http://") || curie.startsWith("https://")) return curie;
        int colon = curie.indexOf(':');
        if (colon <= 0) return curie;
        String ns = namespace(curie.substring(0, colon));
        return ns == null ? curie : ns + curie.substring(colon + 1);
    }

    /**
     * Compresses an IRI to a CURIE with the declared or known prefix of the longest matching namespace; OBO PURLs
     * become OBO CURIEs ({@code obo:SYMP_0000007} -> {@code SYMP:0000007}). Returns the IRI unchanged when nothing
     * matches. Marks the prefix used.
     */
    public String compress(String iri) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : declared.entrySet()) {
            if (iri.startsWith(e.getValue()) && e.getValue().length() > bestNs.length()) {
                best = e.getKey();
                bestNs = e.getValue();
            }
        }
        for (Map.Entry<String, String> e : KNOWN.entrySet()) {
            if (!e.getKey().equals("obo") && iri.startsWith(e.getValue()) && e.getValue().length() > bestNs.length()
                && !declared.containsKey(e.getKey())) {
                best = e.getKey();
                bestNs = e.getValue();
            }
        }
        if (best == null && iri.startsWith(OBO)) {
            var m = OBO_LOCAL.matcher(iri.substring(OBO.length()));
            if (m.matches()) {
                String p = canonicalPrefix(m.group(1));
                use(p);
                return p + ":" + m.group(2);
            }
            best = "obo";
            bestNs = OBO;
        }
        if (best != null && iri.length() > bestNs.length()) {
            if (best.equals("MESH") && (iri.indexOf('/', bestNs.length()) >= 0 || iri.indexOf('#', bestNs.length()) >= 0)) return iri;
            use(best);
            return best + ":" + iri.substring(bestNs.length());
        }
        return iri;
    }

    /** True for a prefix medvocab knows without a declaration (the registry, its aliases, built-in SSSOM prefixes). */
    public boolean isWellKnown(String prefix) {
        String p = canonicalPrefix(prefix);
        return KNOWN.containsKey(p) || declared.containsKey(p) || !p.equals(prefix) || OBO_PREFIXES.contains(p);
    }

    /** OBO Foundry prefixes that appear in medical vocabularies. */
    private static final java.util.Set<String> OBO_PREFIXES = java.util.Set.of("UBERON", "CL", "GO", "CHEBI", "DOID", "HP",
        "MAXO", "OBI", "SYMP", "NCIT", "MONDO", "PR", "BFO", "RO", "IAO", "COB", "PATO", "ENVO", "FOODON", "NCBITaxon",
        "BTO", "FMA", "IDOMAL", "VO", "MP", "ZFA", "OGMS", "OAE", "UO", "SO", "ECTO", "EMAPA", "MA", "NBO", "OBA", "VT");

    /**
     * A CURIE for an IRI: compressed with a known or declared prefix when possible, otherwise a prefix is declared
     * for the IRI's namespace (everything up to its last '/' or '#'), named after it ("src", "src2", ...).
     */
    public String curieFor(String iri) {
        String c = compress(iri);
        if (!c.equals(iri)) return c;
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        if (cut <= 0 || cut == iri.length() - 1) cut = iri.length();
        String ns = iri.substring(0, Math.min(cut + 1, iri.length()));
        String local = cut >= iri.length() ? "" : iri.substring(cut + 1);
        for (Map.Entry<String, String> e : declared.entrySet()) {
            if (e.getValue().equals(ns)) {
                use(e.getKey());
                return e.getKey() + ":" + local;
            }
        }
        String name = "src";
        for (int i = 2; declared.containsKey(name) || KNOWN.containsKey(name); i++) name = "src" + i;
        declare(name, ns);
        use(name);
        return name + ":" + local;
    }

    /** Marks a prefix as used, so that it appears in {@link #used()}. */
    public void use(String prefix) {
        if (used.containsKey(prefix)) return;
        String ns = namespace(prefix);
        if (ns != null) used.put(prefix, ns);
    }

    /** Marks the prefix of a CURIE as used. */
    public void useCurie(String curie) {
        int colon = curie.indexOf(':');
        if (colon > 0 && !curie.startsWith("http")) use(curie.substring(0, colon));
    }

    /** The prefixes used so far, sorted by name. */
    public Map<String, String> used() {
        return java.util.Collections.unmodifiableMap(used);
    }
}

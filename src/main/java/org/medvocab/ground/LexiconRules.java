package org.medvocab.ground;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What goes into the medical lexicon, and what stays out (each rule in one place):
 *
 * <ul>
 *   <li><b>Vocabularies</b>: only identifiers with a prefix of {@link #PREFIXES} (MeSH, UBERON, CL, DOID, SYMP, HP,
 *       MAxO, CHEBI, GO, OBI, NCIT and FDA product codes). Other terms the OBO files import (PATO qualities,
 *       NCBITaxon, BFO/RO/IAO upper-level and relation terms, FOODON, and PR proteins, whose synonyms are gene
 *       symbols such as "AIM" and "CD69") are left out. MeSH identifiers are descriptors only ({@code D} numbers):
 *       the supplementary chemical records of the MeSH RDF sample have no tree number, hence no kind.</li>
 *   <li><b>Kinds required</b>: an identifier of {@link #KIND_REQUIRED} (OBI, NCIT) is kept only when its kind is known
 *       (OBI: from its place under the COB device, planned-process, molecule or anatomical-part classes; NCIT: from
 *       the MeSH descriptor it is mapped to), because most of OBI's data items and NCIT's mapped rows are not
 *       things extraction names.</li>
 *   <li><b>MeSH branches</b>: a descriptor is left out when all its tree numbers are in {@link #MESH_EXCLUDED_BRANCHES}
 *       (I social sciences, K humanities, L information science, V publication types, Z geographic places), whose
 *       names ("Writing", "Review", "Letter", "Language") are ordinary English words, not medical terms.</li>
 *   <li><b>GO</b>: only biological processes. The GO file has no namespace column, so a molecular function is
 *       recognised by its last word ("... activity", "... binding") and a cellular component by its head word
 *       ({@link #GO_COMPONENT_HEADS}: complex, membrane, vesicle, ...). Molecular functions (12,000 names) would add
 *       size without adding names that occur in reference pages; cellular components would be mislabelled as
 *       mechanisms, and the ones that matter (mitochondrion, nucleus, ribosome) are MeSH anatomy (A11).</li>
 *   <li><b>Labels</b>: only names and EXACT synonyms (related, broad and narrow synonyms name other things); no label
 *       whose key is one or two characters or has no letter (pure numbers, "II"), is a closed-class word
 *       ({@link WordNetLexicon#CLOSED_CLASS}: HP's root is named "All"), or has more than {@value #MAX_WORDS} words
 *       (long GO and OBI names never occur as such in prose).</li>
 * </ul>
 */
public final class LexiconRules {
    private LexiconRules() {}

    /** Vocabularies the lexicon keeps. */
    public static final Set<String> PREFIXES = Set.of("MESH", "UBERON", "CL", "DOID", "SYMP", "HP", "MAXO", "CHEBI",
        "GO", "OBI", "NCIT", "FDA_PRODUCT_CODE");

    /** Vocabularies whose terms are kept only with a known kind. */
    public static final Set<String> KIND_REQUIRED = Set.of("OBI", "NCIT");

    /** MeSH tree branches of ordinary-English headings. */
    public static final Set<Character> MESH_EXCLUDED_BRANCHES = Set.of('I', 'K', 'L', 'V', 'Z');

    /** Longest label kept, in words. */
    public static final int MAX_WORDS = 8;

    /** Head words of GO cellular-component names. */
    public static final Set<String> GO_COMPONENT_HEADS = Set.of("complex", "subcomplex", "membrane", "body", "nucleus",
        "lumen", "vesicle", "vacuole", "part", "synapse", "microtubule", "mitochondrion", "junction", "granule",
        "reticulum", "chromosome", "matrix", "cytoskeleton", "region", "envelope", "wall", "endosome", "cytosol",
        "cortex", "kinetochore", "telomere", "organelle", "fiber", "space", "site", "ring", "spliceosome",
        "heterochromatin", "euchromatin", "zone", "periphery", "filament", "capsid", "particle", "cytoplasm",
        "chromatin", "center", "flagellum", "cilium", "golgi", "snrnp", "projection", "peroxisome", "dendrite",
        "compartment", "apparatus", "raft", "cisterna", "centromere", "bouton", "presynapse", "postsynapse", "lysosome",
        "coat", "bundle", "tube", "thylakoid", "ribosome", "patch", "plate", "pole", "axon", "tip", "subunit", "dimer",
        "trimer", "tetramer", "holoenzyme", "domain", "layer", "stroma", "edge", "cluster", "network", "pit", "pore",
        "channel", "spindle", "centriole", "centrosome", "nucleolus", "nucleoplasm", "plastid", "chloroplast", "virion",
        "cell", "cells", "surface", "side", "leaflet", "lamina", "sarcomere", "myofibril", "band", "disc",
        "disk", "tubule", "cap", "mitochondria", "endosomes", "fraction", "organelles", "cortices", "structure");

    private static final Pattern MESH_DESCRIPTOR = Pattern.compile("MESH:D\\d+");
    private static final Pattern NO_LETTER = Pattern.compile("[^\\p{L}]*");
    private static final List<String> GO_FUNCTION_ENDINGS = List.of(" activity", " binding");

    /** True for a CURIE whose vocabulary the lexicon keeps. */
    public static boolean keepsPrefix(String id) {
        int colon = id.indexOf(':');
        if (colon <= 0 || !PREFIXES.contains(id.substring(0, colon))) return false;
        return !id.startsWith("MESH:") || MESH_DESCRIPTOR.matcher(id).matches();
    }

    /** The prefix of a CURIE ("" when none). */
    public static String prefix(String id) {
        int colon = id.indexOf(':');
        return colon > 0 ? id.substring(0, colon) : "";
    }

    /** True for a normalised key worth a lexicon row: three characters or more, a letter, at most MAX_WORDS words. */
    public static boolean usefulKey(String key) {
        if (key.length() <= 2 || NO_LETTER.matcher(key).matches() || WordNetLexicon.CLOSED_CLASS.contains(key)) return false;
        int words = 1;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') words++;
        return words <= MAX_WORDS;
    }

    /** True for a GO name that is a molecular function or a cellular component (by its wording). */
    public static boolean isGoFunctionOrComponent(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (String e : GO_FUNCTION_ENDINGS) if (l.endsWith(e)) return true;
        String head = l;
        int of = head.indexOf(" of ");
        if (of > 0 && !head.startsWith("regulation") && !head.contains("regulation of")) head = head.substring(0, of);
        if (head.contains("regulation of") || head.startsWith("response to") || head.contains(" response to ")) return false;
        int sp = head.lastIndexOf(' ');
        String last = head.substring(sp + 1).replaceAll("[^a-z]", "");
        return GO_COMPONENT_HEADS.contains(last);
    }

    /** True when a MeSH descriptor with these tree numbers is kept (no tree numbers: kept). */
    public static boolean keepsMeshTrees(List<String> trees) {
        if (trees == null || trees.isEmpty()) return true;
        for (String t : trees) if (!t.isEmpty() && !MESH_EXCLUDED_BRANCHES.contains(Character.toUpperCase(t.charAt(0)))) return true;
        return false;
    }
}

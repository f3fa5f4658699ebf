package org.medvocab.link;

import java.util.Map;
import java.util.Set;

/**
 * Kind hints for target terms, from what a target says about them:
 *
 * <ul>
 *   <li>MeSH tree numbers: A anatomy, C diseases (conditions), D chemicals (substances), E07 equipment and supplies
 *       (devices), the rest of E techniques and procedures, F03 mental disorders (conditions), G phenomena and
 *       processes (mechanisms); other branches give no kind;</li>
 *   <li>the CURIE prefix of OBO-style vocabularies: UBERON, CL, FMA anatomy; DOID, HP, SYMP, MONDO conditions; MAXO
 *       procedures; CHEBI and PR substances; GO mechanisms; FDA_PRODUCT_CODE devices;</li>
 *   <li>ancestors in the target's own hierarchy, for vocabularies whose prefix says nothing (OBI): the COB device
 *       class, COB planned processes (procedures), COB atoms, molecules and complexes (substances), COB gross
 *       anatomical part, CHEBI chemical entity, UBERON anatomical entity, HP phenotypic abnormality, MAXO medical
 *       action.</li>
 * </ul>
 */
public final class KindRules {
    private KindRules() {}

    private static final Map<String, Kind> PREFIX_KINDS = Map.ofEntries(
        Map.entry("UBERON", Kind.ANATOMY), Map.entry("CL", Kind.ANATOMY), Map.entry("FMA", Kind.ANATOMY),
        Map.entry("DOID", Kind.CONDITION), Map.entry("HP", Kind.CONDITION), Map.entry("SYMP", Kind.CONDITION),
        Map.entry("MONDO", Kind.CONDITION), Map.entry("ORDO", Kind.CONDITION),
        Map.entry("MAXO", Kind.PROCEDURE),
        Map.entry("CHEBI", Kind.SUBSTANCE), Map.entry("PR", Kind.SUBSTANCE),
        Map.entry("GO", Kind.MECHANISM),
        Map.entry("FDA_PRODUCT_CODE", Kind.DEVICE));

    /** Classes whose descendants have a known kind (in the target's own hierarchy). */
    private static final Map<String, Kind> ROOTS = Map.ofEntries(
        Map.entry("COB:0001300", Kind.DEVICE),          // device
        Map.entry("OBI:0000968", Kind.DEVICE),          // device (older OBI releases)
        Map.entry("COB:0000082", Kind.PROCEDURE),       // planned process
        Map.entry("COB:0000035", Kind.PROCEDURE),       // completely executed planned process
        Map.entry("OBI:0000011", Kind.PROCEDURE),       // planned process (older OBI releases)
        Map.entry("COB:0000011", Kind.SUBSTANCE),       // atom
        Map.entry("COB:0000013", Kind.SUBSTANCE),       // molecule
        Map.entry("COB:0000080", Kind.SUBSTANCE),       // complex of molecules
        Map.entry("CHEBI:24431", Kind.SUBSTANCE),       // chemical entity
        Map.entry("COB:0000021", Kind.ANATOMY),         // gross anatomical part
        Map.entry("UBERON:0001062", Kind.ANATOMY),      // anatomical entity
        Map.entry("HP:0000118", Kind.CONDITION),        // phenotypic abnormality
        Map.entry("MAXO:0000001", Kind.PROCEDURE));     // medical action

    /** The kind the CURIE prefix of {@code id} implies, or empty. */
    public static Set<Kind> ofPrefix(String id) {
        int colon = id.indexOf(':');
        if (colon <= 0) return Kind.none();
        return Kind.of(PREFIX_KINDS.get(id.substring(0, colon)));
    }

    /** The kind a class with this CURIE gives its descendants, or null. */
    public static Kind ofRoot(String id) {
        return ROOTS.get(id);
    }

    /** The kind of one MeSH tree number ({@code E07.505} -> device), or null. */
    public static Kind ofMeshTree(String tree) {
        if (tree == null || tree.isEmpty()) return null;
        char c = Character.toUpperCase(tree.charAt(0));
        return switch (c) {
            case 'A' -> Kind.ANATOMY;
            case 'C' -> Kind.CONDITION;
            case 'D' -> Kind.SUBSTANCE;
            case 'E' -> tree.startsWith("E07") ? Kind.DEVICE : Kind.PROCEDURE;
            case 'F' -> tree.startsWith("F03") ? Kind.CONDITION : null;
            case 'G' -> Kind.MECHANISM;
            default -> null;
        };
    }

    /** True for a MeSH tree number such as {@code C14.907.355}. */
    public static boolean isMeshTree(String s) {
        return s != null && s.matches("[A-Z]\\d\\d(\\.\\d{3})*");
    }

    /** Kind from a table cell: a MeSH tree number or a kind name; null when neither. */
    public static Kind ofCell(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) return null;
        if (isMeshTree(s)) return ofMeshTree(s);
        try {
            return Kind.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.medvocab.link;

import java.util.Objects;
import java.util.Set;

/**
 * One label of one term of a target vocabulary, as a reader streams it.
 *
 * @param id       the term's CURIE ({@code MESH:D006321}, {@code UBERON:0000948}, {@code FDA_PRODUCT_CODE:FRN})
 * @param label    the label text as written in the target
 * @param scope    how the label relates to the term (OBO synonym scope; EXACT for names and SKOS labels)
 * @param kindHint what the reader knows of the term's kind when it emits the label (may be empty; readers can add
 *                 more after the whole target has been read, see {@link TargetReader#kindOf(String)})
 * @param source   the target the label comes from (a CURIE or IRI, written as SSSOM {@code object_source})
 * @param role     preferred name, synonym, abbreviation or hidden label
 * @param field    the property the label was read from, as a CURIE ({@code rdfs:label},
 *                 {@code oboInOwl:hasExactSynonym}), written as SSSOM {@code object_match_field}
 */
public record TargetLabel(String id, String label, Scope scope, Set<Kind> kindHint, String source, LabelRole role, String field) {
    public TargetLabel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (scope == null) scope = Scope.EXACT;
        if (kindHint == null) kindHint = Kind.none();
        if (role == null) role = LabelRole.PREFERRED;
        if (field == null) field = "rdfs:label";
    }

    /** A preferred label with no kind hint, for tests and simple readers. */
    public static TargetLabel of(String id, String label, String source) {
        return new TargetLabel(id, label, Scope.EXACT, Kind.none(), source, LabelRole.PREFERRED, "rdfs:label");
    }
}

package org.medvocab.ground;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.medvocab.link.Kind;

/**
 * One identifier a normalised label of the medical lexicon names.
 *
 * @param id    the ontology CURIE ({@code MESH:D006321}, {@code UBERON:0000948}, {@code FDA_PRODUCT_CODE:FRN})
 * @param label the identifier's preferred label, as its source writes it
 * @param kinds the identifier's kinds (from its source: see {@link LexiconOperation}); empty when unknown, several
 *              when a MeSH descriptor sits in several tree branches
 * @param role  how the matched label relates to the identifier
 */
public record LexiconEntry(String id, String label, Set<Kind> kinds, Role role) {
    /** How the matched label relates to the identifier. */
    public enum Role {
        /** the preferred name */
        PREFERRED("P"),
        /** an exact synonym or entry term */
        SYNONYM("S"),
        /** an exact synonym that is an abbreviation ("ECMO") */
        ABBREVIATION("A");

        final String code;

        Role(String code) { this.code = code; }

        static Role ofCode(String c) {
            for (Role r : values()) if (r.code.equals(c)) return r;
            throw new IllegalArgumentException("unknown role '" + c + "'");
        }
    }

    /** The vocabulary the identifier belongs to: its CURIE prefix ("MESH", "UBERON"). */
    public String source() { return LexiconRules.prefix(id); }

    /**
     * Which kind wins when an identifier has several (a MeSH descriptor in several tree branches): the more concrete
     * one, so "Blood Pressure" (E01 diagnosis, G09 physiology) is a mechanism and a descriptor in E07 equipment and E05
     * techniques a device.
     */
    public static final List<Kind> PRECEDENCE = List.of(Kind.ANATOMY, Kind.DEVICE, Kind.SUBSTANCE, Kind.CONDITION,
        Kind.MECHANISM, Kind.PROCEDURE);

    /** The identifier's kind: its only one, else the first of {@link #PRECEDENCE} it has; empty when unknown. */
    public Optional<Kind> kind() {
        for (Kind k : PRECEDENCE) if (kinds.contains(k)) return Optional.of(k);
        return Optional.empty();
    }
}

package org.medvocab.validate;

import java.util.Locale;

/** The forms a validation report can be written in. */
public enum ReportFormat {
    /** For people: results grouped by shape, with labels, messages and a summary line. */
    TEXT,
    /** The SHACL validation report graph ({@code sh:ValidationReport}), as canonical Turtle. */
    TURTLE,
    /** For programs: counts and one object per result. */
    JSON;

    /**
     * @param name text, turtle (ttl) or json, in any case
     * @return the format
     * @throws IllegalArgumentException for any other name
     */
    public static ReportFormat fromName(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "text", "txt" -> TEXT;
            case "turtle", "ttl" -> TURTLE;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("unknown report format '" + name + "': expected text, turtle or json");
        };
    }
}

package org.medvocab.report;

import java.util.Locale;

/** How serious a quality finding is, most serious first (as in ROBOT report). */
public enum Level {
    ERROR, WARNING, INFO;

    /** True when this level is {@code threshold} or more serious. */
    public boolean atLeast(Level threshold) { return ordinal() <= threshold.ordinal(); }

    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** Parses error, warning or info (any case). */
    public static Level parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level '" + s + "' (expected error, warning or info)");
        }
    }
}

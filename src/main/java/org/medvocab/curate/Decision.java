package org.medvocab.curate;

/** One editor decision of the curation overlay: a row of curation/*.tsv. */
public record Decision(String id, Action action, String subject, String object, String author, String date, String reason) {

    /** What a decision does; the TSV names are the lower-case names with '-' for '_'. */
    public enum Action {
        REJECT, PREF_LABEL, ADD_SYNONYM, REMOVE_SYNONYM, ADD_BROADER, REMOVE_BROADER, MERGE, SET_KIND, DEFINITION_OWNER;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

        public static Action parse(String s) {
            for (Action a : values()) if (a.label().equals(s.strip().toLowerCase(java.util.Locale.ROOT))) return a;
            throw new IllegalArgumentException("unknown action '" + s + "'");
        }

        /** True when the action needs an object (a label, a concept or a kind). */
        public boolean needsObject() { return this != REJECT; }
    }
}

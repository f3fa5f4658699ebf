package org.medvocab.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one document says about one term (one sense of it). Extractors fill these in; the model stage
 * merges records of all documents into concepts.
 */
public final class TermRecord {
    /** A definition sentence and where it is. */
    public record Definition(String text, Evidence evidence) {}
    /** "this is a kind of target". */
    public record Broader(String target, Evidence evidence) {}
    /** A domain relation to another term; qualifier keeps dropped words such as "severe". */
    public record Relation(RelationKind kind, String target, String qualifier, Evidence evidence) {}
    /** A cross-reference to another term. */
    public record CrossRef(CrossRefKind kind, String target, Evidence evidence) {}

    private final String label;
    private final String sense;
    private TopClass kind;
    private boolean properName;
    private boolean recognisedOnly;
    private Evidence mention;
    private final Set<String> altLabels = new LinkedHashSet<>();
    private final java.util.Map<String, Evidence> altEvidence = new java.util.HashMap<>();
    private final List<Definition> definitions = new ArrayList<>();
    private final List<Broader> broader = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<CrossRef> crossRefs = new ArrayList<>();
    /** Optional lexical data of dictionary entries (for the OntoLex lexicon): respellings and part of speech. */
    private final Set<String> pronunciations = new LinkedHashSet<>();
    private String partOfSpeech;

    public TermRecord(String label, String sense) {
        this.label = label;
        this.sense = sense;
    }

    public String label() { return label; }
    /** Sense qualifier (genus word such as "apparatus") when the document gives several noun senses; else null. */
    public String sense() { return sense; }
    public TopClass kind() { return kind; }
    public boolean properName() { return properName; }
    public Evidence mention() { return mention; }
    /** True when the record exists only because the terminology recognised the term in the text. */
    public boolean recognisedOnly() { return recognisedOnly; }
    public TermRecord recognisedOnly(boolean r) { this.recognisedOnly = r; return this; }
    public Set<String> altLabels() { return altLabels; }
    /** The sentence an alternative label was found in, or null. */
    public Evidence altEvidence(String alt) { return altEvidence.get(alt); }
    public List<Definition> definitions() { return definitions; }
    public List<Broader> broader() { return broader; }
    public List<Relation> relations() { return relations; }
    public List<CrossRef> crossRefs() { return crossRefs; }
    /** Pronunciation respellings the document gives for the term, in order; empty when none. */
    public Set<String> pronunciations() { return pronunciations; }
    /** The part-of-speech label the document gives ("noun", "n."), or null. */
    public String partOfSpeech() { return partOfSpeech; }

    public void addPronunciation(String p) { if (p != null && !p.isBlank()) pronunciations.add(p.strip()); }
    public void partOfSpeech(String pos) { if (partOfSpeech == null && pos != null && !pos.isBlank()) partOfSpeech = pos.strip(); }

    public TermRecord kind(TopClass k) { if (k != null && kind == null) kind = k; return this; }
    public TermRecord properName(boolean p) { this.properName |= p; return this; }
    public TermRecord mention(Evidence e) { if (mention == null) mention = e; return this; }

    public void addAltLabel(String alt) { addAltLabel(alt, null); }

    /** A name opens with a letter or a digit, or with a bracket or quote before one. */
    private static final java.util.regex.Pattern NAME_START = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]|[(\"'\u2018\u201c]\\s*[\\p{L}\\p{N}]");

    /** A usage or register note in brackets before a name: "(informally)", "(chiefly British)", "(dated)". */
    private static final String USAGE = "(?:chiefly\\s+|mainly\\s+|also\\s+)?(?:informal(?:ly)?|colloquial(?:ly)?|dated|old-fashioned"
        + "|obsolete|archaic|slang|british|american|us|uk|australian|technical|formal|rare|trademark)";
    private static final java.util.regex.Pattern USAGE_NOTE = java.util.regex.Pattern.compile(
        "^\\(" + USAGE + "\\)\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** "informal" taken out of "bionic ear (informal)": a usage note alone, no name. */
    private static final java.util.regex.Pattern USAGE_ONLY = java.util.regex.Pattern.compile(USAGE, java.util.regex.Pattern.CASE_INSENSITIVE);
    /** "intrauterine system (IUS)": a name, then its short form in brackets. */
    private static final java.util.regex.Pattern NAME_AND_SHORT_FORM = java.util.regex.Pattern.compile("^(\\p{L}[^()]{2,80}?)\\s*\\(([^()]{2,10})\\)$");

    /** Adds an alternative label, with the sentence that gives it. */
    public void addAltLabel(String alt, Evidence ev) {
        if (alt == null || alt.isBlank()) return;
        // "(informally) drip line", "(chiefly British) deaf aid": the usage note before a name is not part of it
        String a = USAGE_NOTE.matcher(alt.strip()).replaceFirst("");
        if (USAGE_ONLY.matcher(a).matches() && !a.equals(a.toUpperCase(java.util.Locale.ROOT))) return; // ("US" may be ultrasound)
        // "intrauterine system (IUS)": a name and its short form, two labels
        java.util.regex.Matcher pair = NAME_AND_SHORT_FORM.matcher(a);
        if (pair.matches() && Abbreviations.isCapitalShortForm(pair.group(2))) {
            addAltLabel(pair.group(1), ev);
            addAltLabel(pair.group(2), ev);
            return;
        }
        if (Labels.key(a).equals(Labels.key(label))) return;
        // "embolism (noun)": a part of speech in brackets is no name
        if (org.medvocab.page.HeadLines.isPartOfSpeech(a)) return;
        if (!NAME_START.matcher(a).lookingAt()) return; // "<5mm", "> 10 cm": a measure compared, no name
        altLabels.add(a);
        if (ev != null) altEvidence.putIfAbsent(a, ev);
    }

    public void addDefinition(String text, Evidence ev) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return;
        for (Definition d : definitions) if (d.text().equals(t)) return;
        definitions.add(new Definition(t, ev));
    }

    public void addBroader(String target, Evidence ev) {
        if (target == null || Labels.key(target).equals(Labels.key(label))) return;
        // "air embolism" over "embolism": a name ending in this term's name is a kind of it, never its broader term
        if (Labels.key(target).endsWith(" " + Labels.key(label))) return;
        for (Broader b : broader) if (Labels.key(b.target()).equals(Labels.key(target))) return;
        broader.add(new Broader(target, ev));
    }

    public void addRelation(RelationKind kind, String target, String qualifier, Evidence ev) {
        if (target == null || Labels.key(target).equals(Labels.key(label))) return;
        for (Relation r : relations) if (r.kind() == kind && Labels.key(r.target()).equals(Labels.key(target))) return;
        relations.add(new Relation(kind, target, qualifier, ev));
    }

    public void addCrossRef(CrossRefKind kind, String target, Evidence ev) {
        if (target == null || Labels.key(target).equals(Labels.key(label))) return;
        for (CrossRef c : crossRefs) if (Labels.key(c.target()).equals(Labels.key(target))) return;
        crossRefs.add(new CrossRef(kind, target, ev));
    }

    @Override public String toString() {
        return label + (sense == null ? "" : " (" + sense + ")") + " kind=" + kind + " alt=" + altLabels
            + " broader=" + broader.stream().map(Broader::target).toList()
            + " rel=" + relations.stream().map(r -> r.kind() + ":" + r.target()).toList()
            + " xref=" + crossRefs.stream().map(c -> c.kind() + ":" + c.target()).toList()
            + " defs=" + definitions.size();
    }
}

package org.medvocab.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label/value rows of an article's summary box ("Other names | X |", "Complications: A, B", or, where a page
 * was copied without its table cells, "TreatmentA, B" with the label glued to its value). The field names are
 * those of the common medical summary boxes; each field says what its values are to the topic. Rows of any
 * other label ("ICD-10 | 123 |", "Specialty | ...") are recognised as rows and skipped, so they are never
 * read as headings or prose.
 */
final class InfoboxRules {
    private InfoboxRules() {}

    /** What the values of a field are to the article's topic. */
    enum Role { ALT_LABEL, DEFINITION, RISK, TREATS_TOPIC, INDICATION, MENTION, SEE_ALSO, BROADER, NARROWER, COMPONENT, PART_OF, SKIP }

    /** Field name (lower case) → role. One table: a new field is one row. */
    static final Map<String, Role> FIELDS = Map.ofEntries(
        Map.entry("other names", Role.ALT_LABEL), Map.entry("synonyms", Role.ALT_LABEL),
        Map.entry("also known as", Role.ALT_LABEL), Map.entry("also called", Role.ALT_LABEL),
        Map.entry("abbreviation", Role.ALT_LABEL), Map.entry("abbreviations", Role.ALT_LABEL),
        Map.entry("short description", Role.DEFINITION), Map.entry("definition", Role.DEFINITION),
        Map.entry("meaning", Role.DEFINITION),
        Map.entry("complications", Role.RISK), Map.entry("side effects", Role.RISK), Map.entry("risks", Role.RISK),
        Map.entry("treatment", Role.TREATS_TOPIC), Map.entry("medication", Role.TREATS_TOPIC),
        Map.entry("medications", Role.TREATS_TOPIC), Map.entry("prevention", Role.TREATS_TOPIC),
        Map.entry("drugs", Role.TREATS_TOPIC), Map.entry("therapy", Role.TREATS_TOPIC),
        Map.entry("uses", Role.INDICATION), Map.entry("indications", Role.INDICATION), Map.entry("used for", Role.INDICATION),
        Map.entry("diagnostic method", Role.MENTION), Map.entry("see also", Role.SEE_ALSO),
        Map.entry("specialty", Role.SKIP), Map.entry("symptoms", Role.SKIP), Map.entry("causes", Role.SKIP),
        Map.entry("risk factors", Role.SKIP), Map.entry("differential diagnosis", Role.SKIP),
        Map.entry("frequency", Role.SKIP), Map.entry("deaths", Role.SKIP), Map.entry("usual onset", Role.SKIP),
        Map.entry("duration", Role.SKIP), Map.entry("prognosis", Role.SKIP),
        // the rows of a WordNet-style entry (and "Types" in a summary box): the word's place in the hierarchy
        Map.entry("type of", Role.BROADER), Map.entry("hypernyms", Role.BROADER), Map.entry("hypernym", Role.BROADER),
        Map.entry("kind of", Role.BROADER), Map.entry("type", Role.BROADER), Map.entry("class", Role.BROADER), Map.entry("broader", Role.BROADER), Map.entry("subclass of", Role.BROADER),
        Map.entry("superclass", Role.BROADER), Map.entry("subclasses", Role.NARROWER),
        Map.entry("types", Role.NARROWER), Map.entry("hyponyms", Role.NARROWER), Map.entry("narrower", Role.NARROWER),
        Map.entry("has parts", Role.COMPONENT), Map.entry("components", Role.COMPONENT), Map.entry("part meronyms", Role.COMPONENT), Map.entry("parts", Role.COMPONENT),
        // WordNet's holonyms: the whole the word is part of (a body part lies in it; a device's part is its component)
        Map.entry("part of", Role.PART_OF), Map.entry("part holonyms", Role.PART_OF), Map.entry("holonyms", Role.PART_OF),
        Map.entry("pronunciation", Role.SKIP), Map.entry("field", Role.SKIP),
        Map.entry("diagnosis", Role.MENTION), Map.entry("onset", Role.SKIP), Map.entry("differential", Role.SKIP),
        // a catalogue's record of the page itself ("Subject: Hot water bottle, Heat pack", "Collection: ..."): not facts
        Map.entry("subject", Role.SKIP), Map.entry("subjects", Role.SKIP), Map.entry("collection", Role.SKIP),
        Map.entry("publisher", Role.SKIP), Map.entry("author", Role.SKIP), Map.entry("language", Role.SKIP),
        Map.entry("keywords", Role.SKIP), Map.entry("categories", Role.SKIP), Map.entry("specialties", Role.SKIP),
        Map.entry("medical specialties", Role.SKIP), Map.entry("medical specialty", Role.SKIP));

    /** Field names longest first, so "side effects" wins over a shorter prefix. */
    private static final List<String> NAMES = FIELDS.keySet().stream()
        .sorted((a, b) -> b.length() - a.length() != 0 ? b.length() - a.length() : a.compareTo(b)).toList();

    /** "Label | value |" or "| Label | value |" (a table row copied as text, with or without its outer rule). */
    private static final Pattern PIPE_ROW = Pattern.compile("^(?:\\|\\s*)?([^|\\[\\]]{1,40}?)\\s*\\|\\s*(.*?)\\s*\\|?\\s*$");
    /** "---|---|": a table rule. */
    private static final Pattern RULE_ROW = Pattern.compile("^[-|: ]+$");
    private static final Pattern REFS = Pattern.compile("\\[[^\\]]{1,20}\\]");
    private static final Pattern ETC = Pattern.compile("(?i),?\\s*\\betc\\.?$");
    private static final Pattern GLOSS = Pattern.compile("^(.+?)\\s*\\(([^()]{2,40})\\)$");

    /** "Type of:", "Types:", "Synonyms:" alone on a line: the label of a block of rows below it, or null. */
    private static final Pattern LABEL_ONLY = Pattern.compile("^\\s*([\\p{L} ]{2,30}?)\\s*:\\s*$");

    /** The role of a label standing alone on its line (its values on the lines below), or null. */
    static Role labelOnly(String line) {
        // "Hyponyms for the word X", "Synonyms of X": a dictionary's caption over its related words
        // (a bare "Types" or "Synonyms" on a page of entries may head a section, or a thesaurus box of loose relations)
        Role captioned = captionRole(org.medvocab.page.WordRelations.captionForWord(line));
        if (captioned != null) return captioned;
        Matcher m = LABEL_ONLY.matcher(line);
        if (!m.matches()) return null;
        Role r = FIELDS.get(m.group(1).strip().toLowerCase(Locale.ROOT));
        return r == null || r == Role.SKIP || r == Role.DEFINITION ? null : r;
    }

    /** The role of the words under a word-relation caption ("Synonyms", "Exact synonyms", "Type of"), or null for none. */
    static Role captionRole(java.util.Optional<org.medvocab.page.WordRelations.Relation> caption) {
        return caption.map(c -> switch (c) {
            case SYNONYMS -> Role.ALT_LABEL;
            case BROADER -> Role.BROADER;
            case NARROWER -> Role.NARROWER;
        }).orElse(null);
    }

    /**
     * Applies the values listed under a label line ("Type of:" then "orthopedic device", and perhaps a gloss line of
     * that value under it) to the term the entry defines.
     */
    static void applyBlock(Role role, List<String> values, TermRecord term, DocumentExtraction ex, Evidence ev) {
        String previous = null;
        for (String v : values) {
            String t = v.strip();
            // "a device that supports ...": a gloss of the value above it, not a value
            if (previous != null && (GLOSS_LINE.matcher(t).lookingAt() || t.split("\\s+").length > 5)) {
                DefinitionRules.define(ex, ex.term(previous), t, ev.start(), ev.end());
                previous = null;
                continue;
            }
            apply(new Row(role, t), term, ex, ev);
            // a gloss below "tube, tubing" glosses the first word of the synset
            Phrases.Term c = Phrases.clean(t.split("\\s*[,;]\\s*")[0]);
            previous = c == null ? null : c.label();
        }
    }

    private static final Pattern GLOSS_LINE = Pattern.compile("(?i)(?:an?|the|any|one|to)\\s");

    /** A bullet before a row. */
    private static final Pattern ROW_BULLET = Pattern.compile("^[-*\u2022]\\s+");

    /** A recognised row: its role and its value text. */
    record Row(Role role, String value) {}

    /** The row a line is, or null when it is not a summary-box row. */
    static Row row(String line) {
        String t = ROW_BULLET.matcher(line.strip()).replaceFirst(""); // "- Symptoms: ...": a box printed as a list
        if (t.contains("|") && RULE_ROW.matcher(t).matches()) return new Row(Role.SKIP, "");
        Matcher pipe = PIPE_ROW.matcher(t);
        if (t.contains("|") && pipe.matches()) {
            Role r = FIELDS.get(pipe.group(1).strip().toLowerCase(Locale.ROOT));
            return new Row(r == null ? Role.SKIP : r, pipe.group(2));
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String name : NAMES) {
            if (!lower.startsWith(name) || t.length() <= name.length()) continue;
            char next = t.charAt(name.length());
            String rest = t.substring(name.length());
            // glued ("TreatmentAnticoagulation") or "Label: value"
            if (Character.isUpperCase(next) && Character.isLowerCase(t.charAt(name.length() - 1))) return new Row(FIELDS.get(name), rest);
            if (next == ':' && FIELDS.get(name) != Role.ALT_LABEL) return new Row(FIELDS.get(name), rest.substring(1).strip());
            // "Other names<TAB>CI, bionic ear": the label's cell and the value's, a tab between them
            if (next == '\t') return new Row(FIELDS.get(name), rest.strip());
        }
        return null;
    }

    /** "[n]", "[v]", "n.", "noun": a part-of-speech mark before a definition. */
    private static final Pattern POS_MARK = Pattern.compile("(?i)^(?:\\[(\\p{L}{1,4})\\]|(n|noun|v|verb|adj|adjective|adv)\\.?(?=\\s))\\s*");

    private static final Pattern ARTICLE = Pattern.compile("(?i)(?:an?|one)\\s");

    /** A definition row: a non-noun sense adds nothing; a noun sense defines the topic and gives its genus. */
    private static void define(String value, TermRecord topic, Evidence ev) {
        Matcher pos = POS_MARK.matcher(value);
        if (pos.lookingAt()) {
            String mark = (pos.group(1) != null ? pos.group(1) : pos.group(2)).toLowerCase(Locale.ROOT);
            if (!mark.startsWith("n")) return;
            value = value.substring(pos.end());
        }
        value = REFS.matcher(value).replaceAll("").strip();
        if (value.isBlank()) return;
        topic.addDefinition(value, ev);
        Genus g = Genus.of(value);
        if (g == null) return;
        topic.kind(g.kind());
        // "a rigid support that ..." names a class; "Formation of a clot in ..." describes an event
        if (g.broader() != null && ARTICLE.matcher(value).lookingAt()) topic.addBroader(g.broader(), ev);
    }

    /** Applies a row to the topic; the evidence is the row's line. */
    static void apply(Row row, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        if (row.role() == Role.DEFINITION) {
            define(row.value().strip(), topic, ev);
            return;
        }
        String value = ETC.matcher(REFS.matcher(row.value()).replaceAll("").strip()).replaceFirst("").strip();
        if (value.isEmpty() || row.role() == Role.SKIP) return;
        TermRecord synsetHead = null;
        String previousItem = null;
        for (String item : value.split("\\s*[,;]\\s*")) {
            Matcher g = GLOSS.matcher(item.strip());
            boolean synonymOfPrevious = previousItem != null
                && org.medvocab.ground.WordNetLexicon.get().synonyms(Labels.key(previousItem), Labels.key(item));
            String before = previousItem;
            previousItem = item;
            // "Type of: tube, tubing": when the first word is too general to be a term, so are its synonyms (a WordNet
            // hypernym is most often such a word; the dev corpus's gold never counts it as a broader term)
            if (synonymOfPrevious && synsetHead == null && Phrases.clean(before.strip()) == null) continue;
            // "Hypernyms: operation, surgery, surgical operation": WordNet lists a synset, the first word and its synonyms
            if (synsetHead != null && (row.role() == Role.BROADER || row.role() == Role.NARROWER || row.role() == Role.PART_OF)
                && org.medvocab.ground.WordNetLexicon.get().synonyms(Labels.key(synsetHead.label()), Labels.key(item))) {
                Phrases.Term syn = Phrases.clean(item.strip());
                if (syn != null) synsetHead.addAltLabel(syn.label(), ev);
                continue;
            }
            Phrases.Term t = Phrases.clean(g.matches() ? g.group(1) : item);
            if (t == null) continue;
            if (row.role() == Role.ALT_LABEL) {
                topic.addAltLabel(TextRules.lowerUnlessProper(t.label()), ev);
                if (g.matches()) topic.addAltLabel(g.group(2).strip(), ev);
                continue;
            }
            if (RelationRules.isTopic(t.label(), topic)) continue;
            TermRecord term = ex.term(t.label()).mention(ev);
            if (g.matches()) {
                Phrases.Term gloss = Phrases.clean(g.group(2));
                if (gloss != null) term.addAltLabel(gloss.label(), ev);
            }
            switch (row.role()) {
                case RISK -> topic.addRelation(RelationKind.RISK, t.label(), t.qualifier(), ev);
                case TREATS_TOPIC -> term.addRelation(RelationKind.INDICATION, topic.label(), t.qualifier(), ev);
                case INDICATION -> topic.addRelation(RelationKind.INDICATION, t.label(), t.qualifier(), ev);
                case SEE_ALSO -> topic.addCrossRef(CrossRefKind.SEE_ALSO, t.label(), ev);
                case BROADER -> { topic.addBroader(t.label(), ev); synsetHead = term; }
                case NARROWER -> { term.addBroader(topic.label(), ev); synsetHead = term; }
                case COMPONENT -> topic.addRelation(RelationKind.COMPONENT, t.label(), t.qualifier(), ev);
                case PART_OF -> {
                    if (topic.kind() == TopClass.DEVICE) term.addRelation(RelationKind.COMPONENT, topic.label(), null, ev);
                    else topic.addRelation(RelationKind.LOCATION, t.label(), t.qualifier(), ev);
                    synsetHead = term;
                }
                default -> { }
            }
        }
    }
}

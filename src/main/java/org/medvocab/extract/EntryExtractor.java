package org.medvocab.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.medvocab.ingest.SourceDocument;
import org.medvocab.layout.Entry;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;

/**
 * Pages that a layout has cut into dictionary entries (a stacked multi-dictionary page, a one-line entry):
 * each entry's headword is a term, its variants are synonyms, its noun senses are definitions read by the
 * shared {@link DefinitionRules}, and its run-in sub-entries are terms of their own whose abbreviated
 * headword ("sinus a.") is written out in full. Entries of other parts of speech than the noun add nothing:
 * a vocabulary names things, and "to catheterize" is not one.
 */
final class EntryExtractor {

    /** An abbreviated run-in form of the headword: "sinus a.", "cardiac a.". */
    private static final Pattern ABBREVIATED = Pattern.compile("(?:^|\\s)\\p{L}\\.$");
    /** A part of speech that is not a noun. */
    private static final Pattern NOT_NOUN = Pattern.compile("(?i)^(?:adj|adjective|adv|adverb|v|vb|verb|vt|vi|prep|conj|interj)\\b.*");
    /** A sense that is only a pronunciation and a part of speech: "/ˈhi mə/, adjective". */
    private static final Pattern HEAD_LINE_ONLY = Pattern.compile("(?i)^(?:/[^/]{1,80}/|\\[[^\\]]{1,80}\\])?[\\s,]*"
        + "(noun|n\\.|verb|v\\.|adjective|adj\\.|adverb|adv\\.)$");
    /** "to insert a catheter": a verb sense. */
    /** Blocks of an entry that are running text. */
    private static final Set<BlockType> PROSE = EnumSet.of(BlockType.PARAGRAPH, BlockType.LIST_ITEM, BlockType.NUMBERED_ITEM);
    /** Longest caption, in words. */
    private static final int CAPTION_WORDS = 6;
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
    /** A sense that is only a synonym reference: "SYN: other term.", "= other term". */
    private static final Pattern SYNONYM_ONLY = Pattern.compile("(?i)^(?:syn(?:onyms?)?\\.?\\s*:?|=)\\s*([^.;:]{2,60}?)\\.*$");

    /**
     * @param doc the document
     * @param entries its entries, in page order, from the layout that fits it
     * @return the extraction
     */
    DocumentExtraction extract(SourceDocument doc, List<Entry> entries) {
        DocumentExtraction ex = new DocumentExtraction(doc, DocumentKind.DICTIONARY);
        Heads heads = new Heads(FileNameSubject.of(doc, EntryExtractor::label), invertedHeads(entries));
        String topic = topic(entries, heads);
        if (topic != null) ex.topic(topic);
        List<String> headwords = new ArrayList<>();
        for (Entry e : entries) {
            // an "Etymology" or "History" block read as an entry is about the word, not a term of its own
            if (e.headword() != null && SECTIONS_ABOUT_THE_WORD.contains(Lexicon.section(e.headword()))) continue;
            int before = ex.terms().size();
            read(ex, e, null, topic, heads);
            if (ex.terms().size() > before && e.headword() != null) headwords.add(heads.of(e.headword()));
        }
        kindsAmongEntries(ex, headwords);
        ex.applyAbbreviations();
        ex.applyMentions();
        return ex;
    }

    /**
     * "air embolism" and "embolism" entries on one page of a glossary or a printed dictionary: the head noun makes the
     * one a kind of the other, as it does a sub-entry of its entry.
     */
    private static void kindsAmongEntries(DocumentExtraction ex, List<String> headwords) {
        java.util.Map<String, String> byKey = new LinkedHashMap<>();
        for (String h : headwords) byKey.putIfAbsent(Labels.key(h), h);
        for (String h : headwords) {
            String key = Labels.key(h);
            for (int cut = key.indexOf(' '); cut > 0; cut = key.indexOf(' ', cut + 1)) {
                String broader = byKey.get(key.substring(cut + 1));
                if (broader == null) continue;
                if (ex.has(h) && ex.has(broader)) {
                    TermRecord t = ex.term(h);
                    t.addBroader(ex.term(broader).label(), t.mention());
                }
                break;
            }
        }
    }

    private static final Set<Lexicon.Section> SECTIONS_ABOUT_THE_WORD = EnumSet.of(Lexicon.Section.SKIP, Lexicon.Section.CHROME);

    /**
     * A top-level entry's headword, checked against the subject the file name gives (see {@link FileNameSubject}),
     * in natural order when the page inverts its head ({@link #invertedHeads}).
     */
    private record Heads(FileNameSubject subject, Set<String> inverted) {
        String of(String headword) {
            return subject.headword(label(Labels.uninvertedUnder(headword, inverted)));
        }
    }

    /** How many entries must invert one head noun before the page's convention is to invert it. */
    private static final int INVERTED_ENTRIES = 2;

    /**
     * The head nouns (keys) a page writes first in entry after entry ("forceps, Adson", "forceps, Kelly"): a
     * dictionary's convention for the kinds of a term, read in natural order whatever their modifiers are.
     */
    private static Set<String> invertedHeads(List<Entry> entries) {
        Map<String, Integer> count = new java.util.HashMap<>();
        for (Entry e : entries) {
            String head = Labels.invertedHead(e.headword());
            if (head != null) count.merge(head, 1, Integer::sum);
        }
        Set<String> out = new java.util.HashSet<>();
        count.forEach((head, n) -> {
            if (n >= INVERTED_ENTRIES) out.add(head);
        });
        return out;
    }

    /** The headword most entries share (the first one on a tie): the page's topic. */
    private static String topic(List<Entry> entries, Heads heads) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, String> label = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.headword() == null || e.headword().isBlank()) continue;
            String l = heads.of(e.headword());
            count.merge(Labels.key(l), 1, Integer::sum);
            label.putIfAbsent(Labels.key(l), l);
        }
        return count.entrySet().stream().max((a, b) -> a.getValue() - b.getValue() != 0 ? a.getValue() - b.getValue() : 0)
                .map(m -> label.get(m.getKey())).orElse(null);
    }

    private static String label(String headword) {
        String h = headword.strip();
        // "OTOSCOPE": a headword some pages print in capitals, in lower case (a short one may be an initialism)
        if (h.length() >= CAPITALS_WORD_MIN && !h.contains(" ") && h.equals(h.toUpperCase(Locale.ROOT))) h = h.toLowerCase(Locale.ROOT);
        return TextRules.lowerUnlessProper(Labels.singularPhrase(h));
    }

    /** The shortest headword in capitals read as a word, not an initialism. */
    private static final int CAPITALS_WORD_MIN = 5;

    /** One entry and its sub-entries. */
    private static void read(DocumentExtraction ex, Entry e, String parent, String topic, Heads heads) {
        if (e.headword() == null || e.headword().isBlank() || isNotNoun(e.partOfSpeech())) return;
        String named = parent == null ? heads.of(e.headword()) : label(e.headword());
        // "IUD" with the variant "Intrauterine Device": the entry names the thing in full, the short form is its other label
        String full = Abbreviations.isCapitalShortForm(named) ? e.variants().stream()
            .filter(v -> org.medvocab.layout.RunInForms.spellsOut(named, v)).findFirst().orElse(null) : null;
        String own = full == null ? named : label(full);
        String owner = parent == null ? own : parent;
        List<Line> senses = senses(ex, e, owner);
        if (senses == null) return;
        synonymReferences(ex, e, owner);
        // a sub-entry that only refers on ("Sugar tongs. See under Sugar.") is a term all the same
        if (!belongs(e, senses, topic) && (parent == null || e.crossReferences().stream().allMatch(x -> x.kind().equals("syn")))) return;
        TermRecord term = ex.term(own);
        if (e.partOfSpeech() != null) term.partOfSpeech(e.partOfSpeech());
        if (e.pronunciation() != null) term.addPronunciation(e.pronunciation());
        Evidence head = ex.evidence(e.start(), Math.max(e.start(), Math.min(e.end(), e.start() + e.headword().length())));
        if (full != null) term.addAltLabel(named, head);
        for (String v : e.variants()) {
            if (!ABBREVIATED.matcher(v.strip()).find() && !Labels.key(v).equals(Labels.key(term.label()))) {
                term.addAltLabel(TextRules.lowerUnlessProper(v.strip()), head);
            }
        }
        define(ex, term, e, senses, owner);
        for (Entry.Sense s : e.senses()) {   // a sense that only refers on ("See under Sugar.") gives its reference
            // "2. roentgenogram, x ray, x-ray picture": the words of a WordNet sense, the entry's among them
            DefinitionRules.wordsOfSense(s.text(), term, ex.evidence(s.start(), s.end()), true);
            if (CrossRefKind.opensText(s.text())) {
                TextRules.crossRefs(TextRules.SEE_UNDER.matcher(s.text().strip()).replaceFirst("$1 "), term, ex.evidence(s.start(), s.end()));
            }
        }
        // "sugar tongs" under "tongs": the head noun makes the sub-entry a kind of its entry, defined or not
        if (parent != null && endsInName(own, ex.term(parent))) term.addBroader(parent, head);
        if (parent != null) { // "a TEE done during ..." under "transesophageal echocardiography (TEE)": the genus is the entry
            TermRecord p = ex.term(parent);
            term.broader().removeIf(b -> Abbreviations.isCapitalShortForm(b.target()) && p.altLabels().contains(b.target()));
            if (term.broader().stream().noneMatch(b -> b.target().equals(parent)) && p.altLabels().stream().anyMatch(a ->
                    Abbreviations.isCapitalShortForm(a) && definitions(term).anyMatch(d -> d.startsWith("a " + a + " ") || d.startsWith("an " + a + " ")))) {
                term.addBroader(parent, head);
            }
        }
        for (Block b : e.body()) {
            List<String> otherNames = DefinitionRules.otherNames(b.text(), false);
            if (!otherNames.isEmpty()) { // "Acronym: IABP" below the entry
                otherNames.forEach(n -> term.addAltLabel(n, ex.evidence(b.start(), b.end())));
                continue;
            }
            if (isCaption(b)) break; // "Usage examples of ...", "Related terms": what follows is about the word
            if (isMoreText(b, e)) DefinitionRules.define(ex, term, b.text(), b.start(), b.end(), false, owner);
            else TextRules.crossRefs(b.text(), term, ex.evidence(b.start(), b.end())); // "Compare ophthalmoscope"
        }
        for (Entry sub : e.subEntries()) read(ex, sub, term.label(), topic, heads);
        hierarchy(ex, e, term);
    }

    private static java.util.stream.Stream<String> definitions(TermRecord t) {
        return t.definitions().stream().map(d -> d.text());
    }

    /** "copper IUD" under "intrauterine device (IUD)": the label ends in the term's name or its short form. */
    private static boolean endsInName(String label, TermRecord term) {
        String key = Labels.key(label);
        if (key.endsWith(" " + Labels.key(term.label()))) return true;
        return term.altLabels().stream().anyMatch(a -> Abbreviations.isCapitalShortForm(a) && key.endsWith(" " + Labels.key(a)));
    }

    /**
     * "Type of: X" rows make X the broader term, "Types: Y" rows make Y a narrower one, "Related Terms" items related
     * ones, "Components: Y" and "Part of: X" rows parts.
     */
    private static void hierarchy(DocumentExtraction ex, Entry e, TermRecord term) {
        for (Entry.CrossReference x : e.crossReferences()) {
            Evidence ev = ex.evidence(x.start(), x.end());
            if (x.kind().equals("type of")) {
                term.addBroader(label(x.target()), ev);
            } else if (x.kind().equals("types")) {
                ex.term(label(x.target())).addBroader(term.label(), ev);
            } else if (x.kind().equals("see also")) {
                term.addCrossRef(CrossRefKind.SEE_ALSO, label(x.target()), ev); // under a "Related Terms" caption
            } else if (x.kind().equals("parts")) {
                term.addRelation(RelationKind.COMPONENT, label(x.target()), null, ev); // "Components: handle; blade"
            } else if (x.kind().equals("part of")) {
                ex.term(label(x.target())).addRelation(RelationKind.COMPONENT, term.label(), null, ev);
            }
        }
    }

    /** "flapping t. SYN: asterixis": the entry's headword is a synonym of the term referred to. */
    private static void synonymReferences(DocumentExtraction ex, Entry e, String owner) {
        for (Entry.CrossReference x : e.crossReferences()) {
            if (x.kind().equals("syn")) {
                ex.term(label(org.medvocab.layout.RunInForms.expand(x.target(), owner)))
                    .addAltLabel(label(e.headword()), ex.evidence(x.start(), x.end()));
            }
        }
    }

    /** A short paragraph without a verb that announces what follows: a sub-heading written as text. */
    private static boolean isCaption(Block b) {
        String t = b.text().strip();
        return b.type() == BlockType.PARAGRAPH && t.split("\\s+").length <= CAPTION_WORDS && !t.endsWith("?")
                && Nlp.get().analyse(t, 0).tokens().stream().noneMatch(k -> k.is("VERB") || k.is("AUX"));
    }

    /** A block of running text of the entry beyond its senses (not a head line, pronunciation or credit). */
    private static boolean isMoreText(Block b, Entry e) {
        // a line ending in a colon announces what follows ("A Dictionary of English:"): it defines nothing
        // "The surgeon repaired a small hernia ...": a sentence using the word, after its senses, is an example
        return PROSE.contains(b.type()) && b.text().strip().split("\\s+").length >= 3 && !b.text().strip().endsWith(":")
                && (e.senses().isEmpty() || !Entry.isUsage(b, e.headword()))
                && !HEAD_LINE_ONLY.matcher(b.text().strip()).matches() && !Entry.isHeadLine(b.text())
                && e.senses().stream().noneMatch(s -> s.start() < b.end() && s.end() > b.start())
                && e.subEntries().stream().noneMatch(sub -> sub.start() < b.end() && sub.end() > b.start());
    }

    private static boolean isNotNoun(String partOfSpeech) {
        return partOfSpeech != null && NOT_NOUN.matcher(partOfSpeech.strip()).matches();
    }

    /**
     * An entry for another word than the page's own is kept when it names a term: not a shouted label
     * ("ADVERTISEMENT") and with at least one sense that reads as a definition rather than a caption.
     */
    private static boolean belongs(Entry e, List<Line> senses, String topic) {
        String h = e.headword().strip();
        if (topic != null && Labels.key(label(h)).equals(Labels.key(topic))) return true;
        // a word in capitals no dictionary knows ("MEDLEXICON") is a site's name; "LIGAND" in a glossary set in capitals is a term
        if (h.length() > 5 && h.equals(h.toUpperCase(Locale.ROOT)) && !h.contains(" ")
            && !ConceptExtractor.mayBeTerm(h.toLowerCase(Locale.ROOT))) return false;
        return senses.stream().anyMatch(l -> l.text().split("\\s+").length >= 3 && !l.text().strip().endsWith(":"))
                || !e.subEntries().isEmpty();
    }

    /**
     * The entry's noun senses, cleaned: domain label dropped, run-in abbreviations written out; etymologies
     * and synonym references left out. Null when a sense shows the entry is not a noun ("/ˈ.../, adjective").
     */
    private static List<Line> senses(DocumentExtraction ex, Entry e, String owner) {
        List<Line> lines = new ArrayList<>();
        boolean medicalLabels = e.senses().stream().anyMatch(s -> DefinitionRules.medicalField(s.text()));
        for (Entry.Sense s : e.senses()) {
            if (DefinitionRules.otherField(s.text())) continue; // "(Mach.) A kind of brake ...": another field's sense
            // "1. A mirror ... 3. (Surg.) An instrument ...": beside a sense labelled medicine's, an everyday meaning
            if (medicalLabels && !DefinitionRules.fieldLabelled(s.text())) continue;
            // "1. Pathology." over sub-senses: the field they belong to, not a sense
            if (org.medvocab.page.Fields.isFieldName(s.text())) continue;
            String text = DefinitionRules.withoutLeadingLabel(s.text().strip());
            Matcher pos = HEAD_LINE_ONLY.matcher(text);
            if (pos.matches()) {
                if (isNotNoun(pos.group(1))) return null;
                continue;
            }
            if (DefinitionRules.isEtymology(DefinitionRules.withoutSenseLabels(text)) || SYNONYM_ONLY.matcher(text).matches()) continue;
            if (DefinitionRules.VERB_SENSE.matcher(text).matches() || DefinitionRules.isWordsOf(text, owner, true)) continue;
            if (CrossRefKind.opensText(text)) continue; // "See under Sugar.": a reference (kept as one), no definition
            int start = s.end() - text.length();
            lines.add(new Line(text, Math.max(s.start(), start), s.end()));
        }
        return lines;
    }

    /** One definition, or several numbered senses of one or more concepts. */
    private static void define(DocumentExtraction ex, TermRecord term, Entry e, List<Line> all, String owner) {
        // "Plural / Gizmo fevers": the headword's own form under a label row names the entry, it defines nothing
        List<Line> senses = all.stream().filter(l -> !Labels.key(Labels.singularPhrase(TRAILING_DOTS.matcher(l.text()).replaceAll("")))
            .equals(Labels.key(Labels.singularPhrase(owner)))).toList();
        if (senses.isEmpty()) return;
        boolean numbered = e.senses().stream().anyMatch(s -> !s.number().isEmpty());
        if (numbered && senses.size() > 1) {
            DefinitionRules.senses(ex, term, senses, owner);
            return;
        }
        for (Line l : senses) DefinitionRules.define(ex, term, l.text(), l.start(), l.end(), true, owner);
    }

}

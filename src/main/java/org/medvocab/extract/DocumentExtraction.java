package org.medvocab.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.medvocab.ingest.SourceDocument;

/** Everything extracted from one document: its kind, its topic and the term records. */
public final class DocumentExtraction {
    private final SourceDocument document;
    private final DocumentKind kind;
    private String topic;
    private final Map<String, TermRecord> terms = new LinkedHashMap<>();
    private final List<AbbreviationPair> abbreviations = new ArrayList<>();
    private final java.util.Map<AbbreviationPair, Evidence> abbreviationEvidence = new java.util.HashMap<>();

    public DocumentExtraction(SourceDocument document, DocumentKind kind) {
        this.document = document;
        this.kind = kind;
    }

    /** The document's text without its wiki markup, when the extraction reads that rather than the text as written. */
    private org.medvocab.page.WikiMarkup.Readable readable;

    /**
     * The text the sentence rules read: the document's text, or, after {@link #readWithoutMarkup()}, the text without
     * its wiki markup (offsets given to {@link #evidence} are then offsets into this text).
     */
    public String text() {
        return readable == null ? document.text() : readable.text();
    }

    /** Reads the document without its wiki markup (bold quotes, links, templates), when it has any; evidence still points into the original. */
    public void readWithoutMarkup() {
        readable = org.medvocab.page.WikiMarkup.readable(document.text()).orElse(null);
    }

    public SourceDocument document() { return document; }
    public DocumentKind kind() { return kind; }
    public String topic() { return topic; }
    public void topic(String t) { this.topic = t; }
    public List<TermRecord> terms() { return List.copyOf(terms.values()); }
    /** Long form / short form pairs found anywhere in the document. */
    public List<AbbreviationPair> abbreviations() { return abbreviations; }

    /** Records the abbreviations a sentence defines, with the sentence. */
    public void addAbbreviations(List<AbbreviationPair> pairs, Evidence sentence) {
        for (AbbreviationPair p : pairs) {
            abbreviations.add(p);
            if (sentence != null) abbreviationEvidence.put(p, sentence);
        }
    }

    /** The record for a label (and sense), created on first use. */
    public TermRecord term(String label, String sense) {
        // "Mask, oxygen" is the oxygen mask; "lancet  arch" from a page padded with spaces is "lancet arch"
        String natural = Labels.uninverted(WHITESPACE.matcher(label.strip()).replaceAll(" "));
        String k = Labels.key(natural) + (sense == null ? "" : "#" + Labels.key(sense));
        return terms.computeIfAbsent(k, x -> new TermRecord(natural, sense));
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    public TermRecord term(String label) { return term(label, null); }

    public boolean has(String label) { return terms.containsKey(Labels.key(Labels.uninverted(label))); }

    /**
     * Drops a broader term that another broader term of the same term already lies under ("postmenopausal
     * osteoporosis" under both "primary osteoporosis" and "osteoporosis", the first under the second): the hierarchy
     * keeps the nearest one, as SKOS asks of stated links.
     */
    public void reduceBroader() {
        for (TermRecord t : terms.values()) {
            if (t.broader().size() < 2) continue;
            java.util.Set<String> implied = new java.util.HashSet<>();
            for (TermRecord.Broader b : t.broader()) {
                TermRecord mid = terms.get(Labels.key(Labels.uninverted(b.target())));
                if (mid != null && mid != t) mid.broader().forEach(up -> implied.add(Labels.key(up.target())));
            }
            t.broader().removeIf(b -> implied.contains(Labels.key(b.target())));
        }
    }

    /**
     * Abbreviations defined in the text ("long form (SF)") become alternative labels of the term their long
     * form names, whether the document describes that term or only refers to it (as a broader term or a
     * relation's target).
     */
    public void applyAbbreviations() {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (TermRecord t : terms.values()) {
            named.add(Labels.key(t.label()));
            t.broader().forEach(b -> named.add(Labels.key(b.target())));
            t.relations().forEach(r -> named.add(Labels.key(r.target())));
            t.crossRefs().forEach(c -> named.add(Labels.key(c.target())));
        }
        for (AbbreviationPair p : abbreviations) {
            Phrases.Term longForm = Phrases.clean(p.longForm());
            if (longForm == null) continue;
            String key = Labels.key(longForm.label());
            String shortForm = Abbreviations.singularShortForm(p.shortForm());
            if (named.contains(key)) {
                term(longForm.label()).addAltLabel(shortForm, abbreviationEvidence.get(p));
                continue;
            }
            TermRecord owner = altLabelOwner(key);
            if (owner != null) {
                // "X, also known as Y (ABBR)": the abbreviation of a synonym is another label of X
                owner.addAltLabel(shortForm, abbreviationEvidence.get(p));
                continue;
            }
            // "long form (SF)" introduces a term of its own (names of bodies, "X and Y", stay out)
            String lf = longForm.label();
            if (lf.split(" ").length <= 5 && !lf.matches("(?i).*\\b(?:and|for|or|with|in|on|at|to|by)\\b.*")) {
                term(lf).mention(abbreviationEvidence.get(p)).addAltLabel(shortForm, abbreviationEvidence.get(p));
            }
        }
    }

    /**
     * Gives the topic the short forms defined for it so far ("Extracorporeal membrane oxygenation (ECMO) ..."), so that
     * later sentences that open with the short form ("ECMO is also used ...") are read as being about the topic.
     */
    public void applyTopicAbbreviations(TermRecord topic) {
        String key = Labels.key(topic.label());
        for (AbbreviationPair p : abbreviations) {
            Phrases.Term longForm = Phrases.clean(p.longForm());
            if (longForm != null && Labels.key(longForm.label()).equals(key)) {
                topic.addAltLabel(Abbreviations.singularShortForm(p.shortForm()), abbreviationEvidence.get(p));
            }
        }
    }

    /** The term one of whose alternative labels has this key, or null. */
    private TermRecord altLabelOwner(String key) {
        for (TermRecord t : terms.values()) {
            for (String a : t.altLabels()) if (Labels.key(a).equals(key)) return t;
        }
        return null;
    }

    /** A term recognised in the text by the terminology, kept back until the document's own names are known. */
    public record PendingMention(String label, TopClass kind, Evidence evidence) {}

    private final List<PendingMention> pendingMentions = new ArrayList<>();

    /** Records a recognised term; it becomes a record by {@link #applyMentions()} unless it names a known term. */
    public void addMention(String label, TopClass kind, Evidence ev) {
        pendingMentions.add(new PendingMention(label, kind, ev));
    }

    /**
     * Turns recognised mentions into records, except those that are already a term or an alternative label of
     * one (the document's own naming wins over the terminology's).
     */
    public void applyMentions() {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (TermRecord t : terms.values()) {
            known.add(Labels.key(t.label()));
            t.altLabels().forEach(a -> known.add(Labels.key(a)));
        }
        for (PendingMention m : pendingMentions) {
            if (known.contains(Labels.key(m.label()))) continue;
            term(m.label()).mention(m.evidence()).kind(m.kind()).recognisedOnly(true);
        }
        pendingMentions.clear();
    }

    /**
     * Drops one-word names that are not terms ("walking", "alteration"): their records, unless the document
     * defines them, and the relations, broader links and cross-references that point at them.
     */
    public void dropNonTerms(java.util.function.Predicate<String> isTerm) {
        java.util.function.Predicate<String> junk = label -> !Lexicon.termShaped(label) || !label.contains(" ") && !isTerm.test(label)
            || endsInAdjective(label);
        String topicKey = topic == null ? "" : Labels.key(topic);
        // a label no term has ("noun,plural ...", "Pronunciation:", "Medical dictionary. 2011") goes, definitions and all
        terms.values().removeIf(t -> !Labels.key(t.label()).equals(topicKey)
            && (t.definitions().isEmpty() && junk.test(t.label()) || !Lexicon.termShaped(t.label())));
        for (TermRecord t : terms.values()) {
            t.relations().removeIf(r -> junk.test(r.target()));
            t.broader().removeIf(b -> junk.test(b.target()));
            t.crossRefs().removeIf(c -> junk.test(c.target()));
        }
    }

    /** "© OstomyFriends 2024", "Copyright 2026 WordSite.", "WordSite. All rights reserved.": the name a copyright line credits. */
    private static final java.util.regex.Pattern COPYRIGHT_HOLDER = java.util.regex.Pattern.compile(
        "(?:©|\\(c\\)|copyright)\\s*(?:[\\d\\s–-]{4,12})?\\s*([\\p{Lu}][\\p{L}\\p{N}'’&.-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}'’&.-]*){0,3})",
        java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The page's publisher is no concept: a term named like the holder its copyright line credits ("OstomyFriends — the
     * charity for ..." over "© OstomyFriends 2024") goes, with the relations that point to it.
     */
    public void dropPublishers(String text) {
        java.util.Set<String> holders = new java.util.HashSet<>();
        java.util.regex.Matcher m = COPYRIGHT_HOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("[.,]+$", "").strip();
            if (!name.isEmpty()) holders.add(Labels.key(name));
        }
        if (holders.isEmpty()) return;
        String topicKey = topic == null ? "" : Labels.key(topic);
        java.util.function.Predicate<String> publisher = label -> holders.contains(Labels.key(label)) && !Labels.key(label).equals(topicKey);
        terms.values().removeIf(t -> publisher.test(t.label()));
        for (TermRecord t : terms.values()) {
            t.relations().removeIf(r -> publisher.test(r.target()));
            t.broader().removeIf(b -> publisher.test(b.target()));
            t.crossRefs().removeIf(c -> publisher.test(c.target()));
        }
    }

    /**
     * "lancet arch" among the other words of a sense of "lancet" ("[syn: {lancet arch}]") when the page defines "lancet
     * arch" as an entry of its own: a compound that opens with the word and ends in another noun, with a definition of
     * its own, names another thing, and stays a concept of its own instead of a name of the word's.
     */
    public void separateDefinedCompounds() {
        for (TermRecord t : terms.values()) {
            String word = Labels.key(t.label());
            t.altLabels().removeIf(a -> {
                String key = Labels.key(Labels.uninverted(WHITESPACE.matcher(a.strip()).replaceAll(" ")));
                TermRecord own = terms.get(key);
                return key.startsWith(word + " ") && own != null && own != t && !own.definitions().isEmpty();
            });
        }
    }

    /**
     * "appendicitis" on a page that names the appendix, "oophorectomy" on one that names the ovary: a condition or
     * procedure whose name is built from a part's root is about that part (see {@link CombiningForms}).
     */
    public void placeBuiltWords() {
        List<TermRecord> parts = terms.values().stream().filter(t -> Lexicon.bodyPart(Phrases.head(t.label()))).toList();
        for (TermRecord t : terms.values()) {
            String[] words = t.label().split(" ");
            String word = words[words.length - 1];
            // "open rhinoplasty" under "rhinoplasty": a kind is where its broader term is; the broader term carries it
            String last = Labels.key(word);
            if (Lexicon.bodyPart(Phrases.head(t.label())) || words.length > 1
                && (has(word) || t.broader().stream().anyMatch(b -> Labels.key(b.target()).endsWith(last)))) continue;
            String root = CombiningForms.root(word);
            for (TermRecord part : parts) {
                if (root != null && part != t && part.mention() != null && CombiningForms.names(root, part.label())) {
                    t.addRelation(RelationKind.LOCATION, part.label(), null, part.mention());
                }
            }
            relateBuiltWords(t, word);
        }
    }

    /**
     * "appendectomy" on a page that names appendicitis: the operation on a part treats its inflammation; "cystoscopy" on
     * a page that names the cystoscope: the procedure is done with the instrument.
     */
    private void relateBuiltWords(TermRecord t, String word) {
        for (TermRecord other : terms.values()) {
            if (other == t || other.mention() == null || other.label().contains(" ")) continue;
            if (CombiningForms.doneWith(word, other.label())) t.addRelation(RelationKind.COMPONENT, other.label(), null, other.mention());
            if (CombiningForms.treats(word, other.label())) t.addRelation(RelationKind.INDICATION, other.label(), null, other.mention());
        }
    }

    /** "mouthguards available": a phrase whose last word WordNet reads only as an adjective is no noun phrase. */
    private static boolean endsInAdjective(String label) {
        String[] w = WHITESPACE.split(label.strip());
        return w.length > 1 && org.medvocab.ground.WordNetLexicon.get().onlyAs(w[w.length - 1], org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE);
    }

    /** WordNet's files of everyday things and happenings: a sense whose genus is filed only here is no medical sense. */
    private static final java.util.Set<String> EVERYDAY_FILES = java.util.Set.of("noun.object", "noun.location", "noun.event",
        "noun.phenomenon", "noun.animal", "noun.plant", "noun.person", "noun.group", "noun.time", "noun.quantity",
        "noun.possession", "noun.food", "noun.shape");

    /**
     * A word with a medical sense and everyday ones (one word for a clouding of the eye's lens and for a waterfall): when some of a
     * term's definitions have a genus of a medical kind, the definitions whose genus WordNet files, in every noun sense,
     * among everyday things and the grounding gives no kind are of another word, and go with the broader terms they gave
     * ("a band or strap ..." stays: a band may be a made thing).
     */
    public void dropEverydaySenses() {
        var wordnet = org.medvocab.ground.WordNetLexicon.get();
        for (TermRecord t : terms.values()) {
            if (t.definitions().size() < 2) continue;
            java.util.List<TermRecord.Definition> everyday = new java.util.ArrayList<>();
            boolean medical = false;
            for (TermRecord.Definition d : t.definitions()) {
                Genus g = Genus.of(d.text());
                if (g == null) continue;
                if (g.kind() != null) medical = true;
                java.util.List<String> files = wordnet.lexFiles(g.head());
                if (g.kind() == null && !files.isEmpty() && EVERYDAY_FILES.containsAll(files)
                    && org.medvocab.ground.Grounder.get().kind(g.head()).isEmpty()) everyday.add(d);
            }
            if (!medical || everyday.isEmpty()) continue;
            java.util.Set<Evidence> gone = new java.util.HashSet<>();
            everyday.forEach(d -> gone.add(d.evidence()));
            t.definitions().removeAll(everyday);
            t.broader().removeIf(b -> gone.contains(b.evidence()));
        }
    }

    /** Removes a record (used when an entry turns out to be only a synonym of another). */
    public void remove(TermRecord t) {
        terms.values().removeIf(x -> x == t);
    }

    /**
     * Declares that {@code alias} is another name of {@code preferred}: the alias record is folded into the
     * preferred term's record as an alternative label, keeping its definitions and cross-references.
     */
    /**
     * A page titled by a short form ("TENS") that spells it out ("transcutaneous electrical nerve stimulation (TENS),
     * a method of ...") describes one thing: the short form's record folds into the spelled-out term that names it as
     * another label, and a topic written as the short form becomes the spelled-out term.
     */
    public void foldAbbreviations() {
        for (TermRecord t : new java.util.ArrayList<>(terms.values())) {
            if (!Abbreviations.isCapitalShortForm(t.label())) continue;
            TermRecord full = terms.values().stream().filter(o -> o != t && o.altLabels().contains(t.label())).findFirst().orElse(null);
            if (full == null) continue;
            boolean wasTopic = topic != null && topic.equals(t.label());
            alias(t, full.label());
            full.broader().removeIf(b -> Labels.key(b.target()).equals(Labels.key(full.label())));
            if (wasTopic) topic = full.label();
        }
    }

    public TermRecord alias(TermRecord alias, String preferred) {
        TermRecord target = term(preferred);
        if (target == alias) return target;
        remove(alias);
        target.addAltLabel(alias.label(), alias.mention());
        for (String a : alias.altLabels()) target.addAltLabel(a, alias.altEvidence(a));
        alias.definitions().forEach(d -> target.addDefinition(d.text(), d.evidence()));
        alias.crossRefs().forEach(c -> target.addCrossRef(c.kind(), c.target(), c.evidence()));
        alias.broader().forEach(b -> target.addBroader(b.target(), b.evidence()));
        alias.relations().forEach(r -> target.addRelation(r.kind(), r.target(), r.qualifier(), r.evidence()));
        target.kind(alias.kind());
        target.mention(alias.mention());
        return target;
    }

    public Evidence evidence(int start, int end) {
        String text = text();
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        if (readable == null) return new Evidence(document.id(), s, e, text.substring(s, e));
        // the words read, at the place in the original they came from
        int from = readable.sourceStart(s);
        return new Evidence(document.id(), from, Math.max(from, readable.sourceEnd(e)), text.substring(s, e));
    }
}

package org.medvocab.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The genus of a definition ("an apparatus for ...", "a type of film oxygenator in which ...",
 * "X is a compact, battery-powered, gear pump intended to ..."): the kind it signals and, when the genus
 * is specific rather than generic, the broader term it names.
 *
 * @param head     the genus head noun in lower case (e.g. "apparatus", "pump")
 * @param kind     the top class the genus signals, or null
 * @param broader  a specific broader term named by the genus (null for generic words such as "device")
 * @param qualifier words dropped from the genus phrase
 */
public record Genus(String head, TopClass kind, String broader, String qualifier, boolean stated) {

    Genus(String head, TopClass kind, String broader, String qualifier) {
        this(head, kind, broader, qualifier, false);
    }

    private static final Pattern KIND_OF = Pattern.compile(
        "^(?:(?:a|an|the|one)\\s+)?(?:\\w+\\s+){0,2}?(?:type|kind|form|class|family|group|sort|variety|subtype|category|member|example)s?\\s+of\\s+(.*)$",
        Pattern.CASE_INSENSITIVE);

    /**
     * "a large oval mass of lymphoid tissue", "rounded bodies of lymphatic tissue": a word for a quantity of matter
     * before "of" and a stuff written in the singular; the thing is that stuff ("a bundle of fibres", plural, is not).
     */
    private static final Pattern PORTION_OF = Pattern.compile(
        "^(?:(?:a|an|the|one|two|some)\\s+)?(?:[\\p{L}\\-]+,?\\s+){0,3}?(?:mass|masses|body|bodies|lump|lumps|portion|portions|collection)\\s+of\\s+"
            + "(?!(?:a|an|the|one|two|several|many|some)\\s)((?:[\\p{L}\\-]+\\s+(?!(?:in|on|at|of|from|with|by|to|into|around|under|over|between|behind|inside|within|near|that|which)\\s))?[\\p{L}\\-]*[^s\\s,.;])(?=$|[\\s,.;(])(.*)$",
        Pattern.CASE_INSENSITIVE);

    /** "the (membrane) enzyme H+,K+-ATPase": a class noun followed by the name of the member meant. */
    private static final Pattern NAMED_MEMBER = Pattern.compile(
        "^(?:the|an?)\\s+(?<cls>(?:[a-z][a-z\\-]+\\s+){0,2}?(?<noun>[a-z]+))\\s+(?<name>[\\p{L}\\p{N}+\\-,/()]*[\\p{Lu}\\p{N}+][\\p{L}\\p{N}+\\-,/()]*)(?=[\\s,;.]|$)");

    private static final Pattern TRAILING_COMMA_PAREN = Pattern.compile("[,(]+$");

    /**
     * The name a genus gives in apposition to a class noun ("the enzyme H+,K+-ATPase ..." gives "H+,K+-ATPase"), or
     * null: the defined term is that member, so the name is another label of it and the class noun its genus.
     */
    public static String namedMember(String phrase) {
        if (phrase == null) return null;
        Matcher m = NAMED_MEMBER.matcher(phrase.strip());
        if (!m.find() || !Lexicon.APPOSITIVE_CLASSES.contains(m.group("noun").toLowerCase(Locale.ROOT))) return null;
        return TRAILING_COMMA_PAREN.matcher(m.group("name")).replaceAll("");
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern LETTERS_HYPHENS = Pattern.compile("[\\p{L}-]+");
    private static final Pattern LIKE_FUL_LESS_WORD = Pattern.compile("[a-z]+(?:like|ful|less|ish)");

    /** The genus of a phrase that starts where the definition's genus starts (after "is", or at a dictionary definition's start). */
    /** A third-person verb first ("Measures", "Removes"), then an article: a noun never runs on into "the". */
    private static boolean opensWithVerb(List<Nlp.Token> toks) {
        String first = toks.get(0).lower();
        if (!first.endsWith("s") || !toks.get(1).is("DET")) return false;
        String base = first.substring(0, first.length() - 1);
        var wn = org.medvocab.ground.WordNetLexicon.get();
        return wn.readings(base).contains(org.medvocab.ground.WordNetLexicon.Reading.VERB)
            || base.endsWith("e") && wn.readings(base.substring(0, base.length() - 1)).contains(org.medvocab.ground.WordNetLexicon.Reading.VERB);
    }

    private static boolean onlyAdverb(String word) {
        return org.medvocab.ground.WordNetLexicon.get().onlyAs(word, org.medvocab.ground.WordNetLexicon.Reading.ADVERB);
    }

    public static Genus of(String phrase) {
        if (phrase == null || phrase.isBlank()) return null;
        String p = phrase.strip();
        if (TextRules.TERM_FOR.matcher(p).matches()) return null; // "the medical term for X": a name of X, not a kind
        String member = namedMember(p);
        if (member != null) p = SPACES.matcher(p.replaceFirst(Pattern.quote(member), "")).replaceAll(" ");
        Matcher k = KIND_OF.matcher(p);
        boolean typeOf = false;
        if (k.matches()) { p = k.group(1); typeOf = true; }
        Matcher portion = PORTION_OF.matcher(p);
        if (!typeOf && portion.matches() && stuff(portion.group(1)) && !pooled(p, portion.group(1))) p = portion.group(1) + portion.group(2);
        List<Nlp.Token> toks = Nlp.get().analyse(p, 0).tokens();
        // "Measures the pressure inside the eye": a gloss opening with a verb says what the thing does, names no genus
        if (toks.size() > 1 && opensWithVerb(toks)) return null;
        List<String> segment = new ArrayList<>();
        List<List<String>> segments = new ArrayList<>();
        String lastPos = null;
        boolean afterConj = false; // the word after "or" in "battery or mains driven devices" is a noun whatever its tag
        boolean describes = false; // an adverb or coordinated modifiers: the words describe the head, they name no class
        int i = 0;
        while (i < toks.size() && (toks.get(i).is("DET") || toks.get(i).lower().equals("one"))) i++;
        for (; i < toks.size(); i++) {
            Nlp.Token t = toks.get(i);
            String pos = t.pos();
            // "an instrument consisting of ...", "a tube leading to ...": a participle and its phrase end the genus
            if (!segment.isEmpty() && t.lower().endsWith("ing") && i + 1 < toks.size() && toks.get(i + 1).is("ADP")) break;
            boolean nounish = nounish(toks, i, segment, afterConj);
            afterConj = false;
            // "electrically driven portable devices", "a severe, often recurring headache": an adverb before a participle
            if (pos.equals("ADV") && (t.lower().endsWith("ly") || onlyAdverb(t.lower())) && i + 2 < toks.size() && toks.get(i + 1).is("VERB")
                && (toks.get(i + 2).isNoun() || toks.get(i + 2).is("ADJ"))) { nounish = true; describes = true; }
            // "a minimally invasive procedure": an adverb before an adjective that leads on to the head
            if (pos.equals("ADV") && t.lower().endsWith("ly") && i + 2 < toks.size() && toks.get(i + 1).is("ADJ")
                && (toks.get(i + 2).isNoun() || toks.get(i + 2).is("ADJ"))) { nounish = true; describes = true; }
            if (nounish) { segment.add(t.text()); lastPos = pos; continue; }
            // "a rodlike or threadlike device": adjectives joined by a conjunction still lead to the noun
            if (t.is("CCONJ") && !segment.isEmpty() && ("ADJ".equals(lastPos) || !endsInNoun(segment)) && i + 1 < toks.size()
                && (toks.get(i + 1).is("ADJ") || toks.get(i + 1).isNoun())) continue;
            // "battery or mains electrically driven devices": coordinated nouns that modify a head still to come
            if (t.is("CCONJ") && !segment.isEmpty() && i + 2 < toks.size() && (toks.get(i + 1).isNoun() || org.medvocab.ground
                    .WordNetLexicon.get().readings(toks.get(i + 1).lower()).contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN))
                && (toks.get(i + 2).is("ADV") && toks.get(i + 2).lower().endsWith("ly") || toks.get(i + 2).is("ADJ"))) {
                afterConj = true;
                describes = true;
                continue;
            }
            boolean participleNext = i + 2 < toks.size() && toks.get(i + 1).is("VERB") && toks.get(i + 1).lower().endsWith("ed")
                && (toks.get(i + 2).isNoun() || toks.get(i + 2).is("ADJ"));
            if (t.text().equals(",") && !segment.isEmpty() && i + 1 < toks.size() && !toks.get(i + 1).is("CCONJ")
                && (!toks.get(i + 1).is("VERB") || participleNext) && !toks.get(i + 1).is("ADP") && !toks.get(i + 1).is("PRON")) {
                segments.add(segment); segment = new ArrayList<>(); continue;
            }
            break;
        }
        if (!segment.isEmpty()) segments.add(segment);
        if (segments.isEmpty()) return null;
        // the genus ends in a noun; a segment of adjectives only ("small,") names nothing
        while (!segments.isEmpty() && !endsInNoun(segments.get(segments.size() - 1))) segments.remove(segments.size() - 1);
        if (segments.isEmpty()) return null;
        return fromSegments(segments, describes, typeOf);
    }

    /**
     * Whether token {@code i} continues a genus phrase as a noun or modifier: nouns, adjectives, numbers and hyphenated
     * words, and the verb tags a noun compound's words or a participle used as an adjective get ("suction drain",
     * "infusion pumps", "battery-powered pump", "electrically driven").
     */
    private static boolean nounish(List<Nlp.Token> toks, int i, List<String> segment, boolean afterConj) {
        Nlp.Token t = toks.get(i);
        String pos = t.pos();
        boolean nounish = pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM")
            || (pos.equals("X") || pos.equals("SYM")) && HAS_LETTER.matcher(t.text()).matches()
            || t.text().contains("-") && LETTERS_HYPHENS.matcher(t.text()).matches();
        // "computerized device", "battery-powered pump": a participle used as an adjective
        if (pos.equals("VERB") && t.lower().endsWith("ed") && i + 1 < toks.size()
            && (toks.get(i + 1).isNoun() || toks.get(i + 1).is("ADJ"))) nounish = true;
        // "suction drain", "feeding bottle": a compound's first word mis-tagged as a verb
        if (pos.equals("VERB") && segment.isEmpty() && i + 1 < toks.size() && toks.get(i + 1).isNoun()) nounish = true;
        // "infusion pumps": a plural head noun mis-tagged as a verb after a noun
        if (pos.equals("VERB") && !segment.isEmpty() && t.lower().endsWith("s") && i > 0 && toks.get(i - 1).isNoun()
            && (i + 1 == toks.size() || !toks.get(i + 1).isNoun() && !toks.get(i + 1).is("DET"))) nounish = true;
        // "assist device", "drainage bag": a word tagged as a verb inside a noun compound
        if (pos.equals("VERB") && !segment.isEmpty() && i + 1 < toks.size() && toks.get(i + 1).isNoun()
            && !t.lower().endsWith("ed") && !t.lower().endsWith("ing")) nounish = true;
        if (pos.equals("VERB") && t.lower().endsWith("ing") && i + 1 < toks.size() && toks.get(i + 1).isNoun() && segment.isEmpty()) nounish = true;
        // "electrically driven portable": the participle after such an adverb
        if (pos.equals("VERB") && i > 0 && toks.get(i - 1).is("ADV") && !segment.isEmpty()
            && segment.get(segment.size() - 1).equals(toks.get(i - 1).text()) && i + 1 < toks.size()
            && (toks.get(i + 1).isNoun() || toks.get(i + 1).is("ADJ"))) nounish = true;
        if (afterConj && pos.equals("VERB") && org.medvocab.ground.WordNetLexicon.get().readings(t.lower())
            .contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN)) nounish = true;
        return nounish;
    }

    /** The genus the noun-phrase segments of a definition give: the last segment names it, the others qualify it. */
    private static Genus fromSegments(List<List<String>> segments, boolean describes, boolean typeOf) {
        List<String> qual = new ArrayList<>();
        for (int s = 0; s < segments.size() - 1; s++) qual.add(String.join(" ", segments.get(s)));
        String main = String.join(" ", segments.get(segments.size() - 1));
        // physical descriptors belong to the definition, not to the broader term
        List<String> mainWords = new ArrayList<>(List.of(SPACES.split(main)));
        while (mainWords.size() > 1 && describesOnly(mainWords)) qual.add(mainWords.remove(0));
        if (describes && mainWords.size() > 1) {
            qual.add(String.join(" ", mainWords.subList(0, mainWords.size() - 1)));
            mainWords = new ArrayList<>(mainWords.subList(mainWords.size() - 1, mainWords.size()));
        }
        main = String.join(" ", mainWords);
        Phrases.Term term = Phrases.clean(main);
        String head = Phrases.head(main);
        head = Labels.singular(head);
        TopClass kind = Lexicon.kindOfHead(head);
        // "a molecular structure in a cell membrane": a molecule, not a part of the body
        if (kind == TopClass.ANATOMY && mainWords.stream().anyMatch(w -> Lexicon.MOLECULAR_MODIFIERS.contains(w.toLowerCase(Locale.ROOT)))) {
            kind = TopClass.SUBSTANCE;
        }
        if (head.endsWith("ing") && SPACES.split(main).length == 1) return new Genus(head, kind, null, null); // "the blocking of ..."
        if (term != null && term.qualifier() != null) qual.add(term.qualifier());
        String q = qual.isEmpty() ? null : String.join(", ", qual);
        if (term == null) return new Genus(head, kind, null, q);
        String label = term.label();
        String[] words = label.split(" ");
        String labelHead = Labels.singular(words[words.length - 1].toLowerCase(Locale.ROOT));
        if (words.length == 1 && Lexicon.NON_TERMS.contains(labelHead) || Lexicon.NON_TERM_HEADS.contains(labelHead)) {
            return new Genus(head, kind, null, q); // "a bundle of ...", "a kind of ...": no broader term
        }
        if (namesAChange(labelHead)) return new Genus(head, kind, null, q); // "a localized widening of ...": a change, whatever qualifies it
        // A generic genus ("device", "medical device", "electronic device") only signals the kind.
        boolean generic = Lexicon.isGenericGenus(Phrases.head(label)) && (words.length == 1 || allModifiersGeneric(words));
        if (generic && !typeOf) return new Genus(head, kind, null, q);
        if (generic && words.length == 1) return new Genus(head, kind, null, q);
        return new Genus(head, kind, label, q, typeOf);
    }

    /**
     * Whether the first word of a genus phrase only describes the thing: a physical descriptor or qualifier, a
     * "-like"/"-ful"/"-less" word, or a word WordNet reads only as a quality ("a transparent ... portion", "a peculiar
     * ... organ"), unless the words from it on are a name the vocabularies know ("small intestine").
     */
    private static boolean describesOnly(List<String> words) {
        String w = words.get(0).toLowerCase(Locale.ROOT);
        boolean describes = Lexicon.GENUS_DESCRIPTORS.contains(w) || Lexicon.QUALIFIERS.contains(w)
            || LIKE_FUL_LESS_WORD.matcher(w).matches() || org.medvocab.ground.WordNetLexicon.get().onlyDescriptive(w);
        return describes && !Phrases.establishedNoun(String.join(" ", words));
    }

    /**
     * The broader term, for a definition on a page: "a protrusion", "an opacity", "a band" — a one-word genus that the
     * medical vocabularies do not know, WordNet does not file as a made thing, and the page names nowhere as a term —
     * is an everyday word that describes the thing, not a class of the vocabulary; a stated "type of" keeps it.
     */
    public String broaderIn(DocumentExtraction ex) {
        if (broader == null || stated || broader.contains(" ") || medicalWord(broader) || ex.has(broader)) return broader;
        return null;
    }

    /** A substance or tissue: WordNet files the phrase's last word with substances or body parts ("tissue", "fat"). */
    private static boolean stuff(String phrase) {
        String[] w = SPACES.split(phrase.strip());
        String last = w[w.length - 1].toLowerCase(Locale.ROOT);
        return org.medvocab.ground.WordNetLexicon.get().kindLexFile(last)
            .map(f -> f.equals("noun.substance") || f.equals("noun.body")).orElse(false);
    }

    private static final Pattern COLLECTION_OF = Pattern.compile("(?i)\\bcollection\\s+of\\s");

    /**
     * "a collection of air around the lungs", "a collection of blood under the skin": a fluid or a body's fluid gathered
     * where it should not be is a condition, not that fluid ("a collection of lymphoid tissue" is that tissue).
     */
    private static boolean pooled(String phrase, String stuff) {
        if (!COLLECTION_OF.matcher(phrase).find()) return false;
        String[] w = SPACES.split(stuff.strip());
        String last = w[w.length - 1].toLowerCase(Locale.ROOT);
        var wordNet = org.medvocab.ground.WordNetLexicon.get();
        return last.equals("fluid") || wordNet.isA(last, "fluid") || wordNet.isA(last, "body substance");
    }

    /** A word the medical lexicon knows as a term, or a head noun the kind table lists. */
    private static boolean medicalWord(String word) {
        String w = Labels.singular(word.toLowerCase(Locale.ROOT));
        return Lexicon.KIND_HEADS.containsKey(w)
            || org.medvocab.ground.Grounder.get().assess(word).evidence() == org.medvocab.ground.Grounding.Evidence.LEXICON
            // a made thing ("pump", "knife"): the devices a vocabulary of medical equipment is built from
            || org.medvocab.ground.WordNetLexicon.get().kind(w).map(k -> k == org.medvocab.link.Kind.DEVICE).orElse(false);
    }

    /** Lexicographer files of a word whose usual sense is an event, act or quality rather than a class of things. */
    private static final java.util.Set<String> CHANGE_LEX_FILES = java.util.Set.of("noun.event", "noun.act",
        "noun.attribute", "noun.possession", "noun.cognition", "noun.communication", "noun.relation", "noun.process");

    /**
     * "an alteration in ...", "any deviation from ...", "loss of ...": a one-word genus all of whose senses are
     * events, acts, processes or qualities (none a thing) and that no medical vocabulary lists names no broader class.
     */
    private static boolean namesAChange(String word) {
        List<String> files = org.medvocab.ground.WordNetLexicon.get().lexFiles(word);
        if (files.isEmpty() || !CHANGE_LEX_FILES.containsAll(files)) return false;
        return org.medvocab.ground.Grounder.get().assess(word).evidence() != org.medvocab.ground.Grounding.Evidence.LEXICON;
    }

    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("[a-z][a-z\\-]*(?:ed|ous|ive|ible|able|like|ful|less)");

    /** "a tool essential for ...", "a sac-like bulge": a segment ending in an adjective (no noun reading) names nothing. */
    private static boolean endsInNoun(List<String> segment) {
        String last = segment.get(segment.size() - 1).toLowerCase(Locale.ROOT);
        // after a noun, a word read mostly as an adjective follows it ("tool essential"): the noun phrase ended before
        boolean postposed = segment.size() > 1 && !last.endsWith("ing") && org.medvocab.ground.WordNetLexicon.get().mostFrequentReading(last)
            == org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE;
        return !Lexicon.QUALIFIERS.contains(last) && !ADJECTIVE_ENDING.matcher(last).matches() && !postposed;
    }

    private static final Pattern MODIFIER_ENDING = Pattern.compile("[a-z]+(?:able|ible|al|ic|ive|ous|ed|ar)|[a-z]+-[a-z]+");
    private static final Pattern GENERIC_MODIFIER_WORDS = Pattern.compile("(medical|electronic|mechanical|surgical|electrical|clinical|therapeutic|diagnostic|implantable|wearable|external|internal|automated|automatic|biological|chemical|physical|pathological|abnormal|serious|life-threatening|molecular)");

    private static boolean allModifiersGeneric(String[] words) {
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (MODIFIER_ENDING.matcher(w).matches()) continue;
            if (!(Lexicon.QUALIFIERS.contains(w) || GENERIC_MODIFIER_WORDS.matcher(w).matches())) return false;
        }
        return true;
    }
}

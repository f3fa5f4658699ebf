package org.medvocab.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.medvocab.ground.Grounder;
import org.medvocab.ground.Grounding;
import org.medvocab.ground.Mention;
import org.medvocab.link.Kind;

/**
 * Terms a sentence mentions that a medical terminology knows (see {@link Grounder}): the anatomy, substances,
 * conditions, procedures and devices a page says something about become concepts of the page, as MetaMap or
 * cTAKES recognise concepts with a dictionary. A single word is taken only when it names a condition and is a
 * technical word (see {@link #specificWord}): there one word is often the whole term.
 */
final class MentionRules {
    private MentionRules() {}

    /**
     * Kinds for which a one-word mention is specific enough to be a concept: a disease is often named by one word
     * ("anemia", "gangrene"), while a one-word body part or substance ("blood", "water") is mostly said in passing.
     */
    private static final Set<Kind> ONE_WORD_KINDS = Set.of(Kind.CONDITION);

    /**
     * Tagged uses in WordNet's sense-tagged corpus above which a word is an everyday word ("pain", "death"): in a
     * sentence it is rarely the name of the clinical entity. Technical names of conditions have a handful or none.
     */
    private static final int EVERYDAY_USES = 30;

    static void apply(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        sharedHeadLists(sentence, topic, ex, ev);
        bracketedSynonyms(sentence, ex, ev);
        kindSentence(sentence, ex, ev);
        examplesOfAClass(sentence, ex, ev);
        kindsNamedAfterTopic(sentence, topic, ex, ev);
        elidedAlternatives(sentence, ex, ev);
        List<Mention> found = Grounder.get().mentions(sentence);
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            // "renal vein thrombosis": a body part and the disorder that follows it name one condition
            if (i + 1 < found.size() && sitedCondition(m, found.get(i + 1))) {
                Phrases.Term t = Phrases.clean(m.text() + " " + found.get(i + 1).text());
                if (t != null && !RelationRules.isTopic(t.label(), topic)) {
                    ex.addMention(t.label(), TopClass.CONDITION, ev);
                    // "a renal vein thrombosis" on the page about thrombosis: a kind of the topic
                    if (topic != null && RelationRules.isTopic(found.get(i + 1).text(), topic)) ex.term(t.label()).addBroader(topic.label(), ev);
                }
                i++;
                continue;
            }
            Grounding g = m.grounding();
            boolean oneWord = m.end() - m.start() == 1;
            if (oneWord && !specificWord(m.text(), g)) continue;
            Phrases.Term t = Phrases.clean(m.text());
            if (t == null || RelationRules.isTopic(t.label(), topic) || Lexicon.genericClass(t.label())) continue;
            ex.addMention(t.label(), g.kind().map(k -> TopClass.valueOf(k.name())).orElse(null), ev);
        }
    }

    /**
     * "A traditional clinical thermometer consists of ...", "an oral thermometer is placed ...": the topic's name with one
     * classifying word before it names a kind of the topic (the head noun makes it plain). Words that grade or
     * describe rather than classify ("modern", "small", "traditional", see {@link Lexicon#QUALIFIERS}) name no kind.
     */
    private static void kindsNamedAfterTopic(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        if (topic == null) return;
        String[] name = topic.label().toLowerCase(java.util.Locale.ROOT).split(" ");
        if (!sentence.toLowerCase(java.util.Locale.ROOT).contains(name[name.length - 1])) return; // no tagging without the head word
        List<Nlp.Token> toks = Nlp.get().analyse(sentence, 0).tokens();
        for (int i = 1; i + name.length <= toks.size(); i++) {
            if (!writesName(toks, i, name)) continue;
            Nlp.Token modifier = toks.get(i - 1);
            String w = modifier.lower();
            boolean classifying = (modifier.is("ADJ") || modifier.isNoun()) && !Lexicon.QUALIFIERS.contains(w) && !LY_WORD.matcher(w).find()
                && !Lexicon.DETERMINERS.contains(w) && !Lexicon.NON_TERMS.contains(w) && writtenLower(modifier, i == 1 || SENTENCE_END.matcher(toks.get(i - 2).text()).matches())
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && org.medvocab.ground.WordNetLexicon.get().mostFrequentReading(w) != org.medvocab.ground.WordNetLexicon.Reading.VERB;
            // "the glass capillary tube", "deep vein thrombosis": a modifier that is itself modified belongs to a longer
            // name, left alone; the word before must end the noun phrase (an article, a preposition, a verb, a mark)
            boolean modified = i >= 2 && !NP_BOUNDARY_TAGS.contains(toks.get(i - 2).pos()) && !Lexicon.QUALIFIERS.contains(toks.get(i - 2).lower());
            // "tube feeding pump": before a name of several words a noun may bind to the name's first word ("tube feeding")
            boolean bindsToFirstWord = name.length > 1 && !modifier.is("ADJ");
            if (!classifying || modified || bindsToFirstWord) continue;
            // the name as this sentence writes it ("intestinal lactase" under the title "Lactase")
            String written = withoutFullStop(sentence.substring(modifier.start(), toks.get(i + name.length - 1).end()));
            String head = withoutFullStop(sentence.substring(toks.get(i).start(), toks.get(i + name.length - 1).end()));
            ex.term(Labels.singularPhrase(TextRules.lowerUnlessProper(written))).mention(ev)
                .addBroader(Labels.singularPhrase(TextRules.lowerUnlessProper(head)), ev);
        }
    }

    /**
     * A modifier written in lower case, or capitalised only because it opens the sentence ("Spoon-shaped curette.",
     * a caption) while WordNet knows it as a common word; elsewhere a capital writes a name ("Michelson curette").
     */
    private static boolean writtenLower(Nlp.Token modifier, boolean opensSentence) {
        if (Character.isLowerCase(modifier.text().charAt(0))) return true;
        if (!opensSentence || !modifier.text().substring(1).chars().noneMatch(Character::isUpperCase)) return false;
        return !org.medvocab.ground.WordNetLexicon.get().readings(commonHead(modifier.lower())).isEmpty();
    }

    /** The word a hyphenated modifier is built on for a dictionary look-up: "spoon" of "spoon-shaped". */
    private static String commonHead(String w) {
        int dash = w.indexOf('-');
        return dash > 0 ? w.substring(0, dash) : w;
    }

        /** Tags of a word that a noun phrase cannot run on through. */
    private static final Set<String> NP_BOUNDARY_TAGS = Set.of("DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "VERB", "AUX", "PRON", "NUM", "PART", "ADV");
    /** A word the tokenizer left glued to the sentence's full stop ("rasp."), without it. */
    private static String withoutFullStop(String word) {
        return word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /** A full stop, question or exclamation mark: the word after it opens a sentence the splitter may have run on. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");
    /** "newly-invented", "highly": a word made with an adverb. */
    private static final Pattern LY_WORD = Pattern.compile("ly(?:-|$)");

        /** Whether the tokens from {@code i} write the name (its last word may be plural). */
    private static boolean writesName(List<Nlp.Token> toks, int i, String[] name) {
        for (int k = 0; k < name.length; k++) {
            String t = withoutFullStop(toks.get(i + k).lower());
            boolean last = k == name.length - 1;
            if (!t.equals(name[k]) && !(last && Labels.singular(t).equals(name[k]))) return false;
        }
        // "thermometer reading": the name is a modifier of the noun after it
        return i + name.length >= toks.size() || !toks.get(i + name.length).isNoun();
    }

        /** A one-word mention names a concept when it is a condition's technical name, not an everyday word. */
    private static boolean specificWord(String word, Grounding g) {
        var wordNet = org.medvocab.ground.WordNetLexicon.get();
        String w = word.toLowerCase(java.util.Locale.ROOT);
        // "run", "fit": a word read mostly as a verb is rarely a condition's name in running text
        return g.kind().map(ONE_WORD_KINDS::contains).orElse(false)
            && wordNet.useCount(w, org.medvocab.ground.WordNetLexicon.Reading.NOUN) < EVERYDAY_USES
            && wordNet.mostFrequentReading(w) != org.medvocab.ground.WordNetLexicon.Reading.VERB;
    }

    /** A body part's mention right before a condition's (no word between): the condition at that site. */
    private static boolean sitedCondition(Mention site, Mention condition) {
        return site.end() == condition.start() && site.grounding().kind().orElse(null) == Kind.ANATOMY
            && condition.grounding().kind().orElse(null) == Kind.CONDITION;
    }

    /** "A, B, C or D tube": a list of modifiers before one head (only the last item is written in full). */
    private static final java.util.regex.Pattern SHARED_HEAD_LIST = java.util.regex.Pattern.compile(
        "(?<![\\p{L}\\-])((?:[\\p{L}][\\p{L}\\-]*,\\s*){1,6}(?:[\\p{L}][\\p{L}\\-]*,?\\s+)?(?:and/or|and|or)\\s+[\\p{L}][\\p{L}\\-]*\\s+[\\p{L}][\\p{L}\\-]*)");

    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile(",?\\s+(?:and/or|and|or)\\s+|,\\s*");

    /**
     * "through a nasogastric, nasoduodenal or gastrostomy tube": each modifier with the shared head is a term the
     * sentence names, when the medical terminology knows the whole phrase.
     */
    private static void sharedHeadLists(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        java.util.regex.Matcher m = SHARED_HEAD_LIST.matcher(sentence);
        while (m.find()) {
            List<String> items = List.of(LIST_SEPARATOR.split(m.group(1).strip()));
            if (items.size() < 3 || continuesWithNoun(sentence, m.end())) continue;
            String last = items.get(items.size() - 1);
            String head = last.substring(last.lastIndexOf(' ') + 1);
            // one bare item that can only modify ("nasogastric") makes the list a list of modifiers of the one head
            boolean modifiers = items.stream().anyMatch(w -> !w.contains(" ") && Phrases.isAdjective(w));
            for (String written : items) {
                String item = written.contains(" ") ? written : written + " " + head;
                Grounding g = Grounder.get().assess(item);
                if (g.evidence() != Grounding.Evidence.LEXICON && !modifiers) continue;
                Phrases.Term t = Phrases.clean(item);
                if (t == null || RelationRules.isTopic(t.label(), topic)) continue;
                ex.addMention(t.label(), g.kind().map(k -> TopClass.valueOf(k.name())).orElse(null), ev);
            }
        }
    }

    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("^\\s+([a-z]+)\\b");

    /**
     * "electrical, chemical and hot water bottles": the last item goes on past the two words read as modifier and head,
     * so which word the bare modifiers share is not known (a word that may be a noun, not a function word, follows).
     */
    private static boolean continuesWithNoun(String sentence, int end) {
        java.util.regex.Matcher next = NEXT_WORD.matcher(sentence.substring(end));
        if (!next.find()) return false;
        String w = next.group(1);
        var readings = org.medvocab.ground.WordNetLexicon.get().readings(Labels.singular(w));
        return readings.contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN) && !org.medvocab.page.Words.isStopWord(w);
    }

    /** "later microaxial pumps such as the Impella": a plural class noun phrase, then its examples (a Hearst pattern). */
    private static final Pattern SUCH_AS = Pattern.compile("(?<np>(?:[\\p{L}][\\p{L}\\-]*\\s+){0,3}[a-z][a-z\\-]*[^s\\W]s),?\\s+such as\\s+");
    /** Words that cannot be inside the class noun phrase: where it starts is after the last of them. */
    private static final Pattern NP_START = Pattern.compile("(?i)^(?:.*\\b(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|but|than|as|"
        + "is|are|was|were|be|been|has|have|had|its|their|this|these|those|some|many|other|several|various|certain)\\s+)");

    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\-]+");

    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:ic|al|ous|ive|ary|ful|less|able|ible)$");

    /** "Xs such as A, B and C": each example is a kind of X, unless X is a generic word that only signals a kind. */
    private static void examplesOfAClass(String sentence, DocumentExtraction ex, Evidence ev) {
        if (!sentence.contains("such as")) return;   // what SUCH_AS needs, without its search at every position
        Matcher m = SUCH_AS.matcher(sentence);
        while (m.find()) {
            Phrases.Term cls = Phrases.clean(nounsBefore(sentence, NP_START.matcher(m.group("np")).replaceFirst(""), m.end("np")));
            if (cls == null || cls.label().split(" ").length > 4 || Lexicon.isGenericGenus(Phrases.head(cls.label()))
                || Lexicon.NON_TERM_HEADS.contains(Phrases.head(cls.label())) || !EncyclopediaExtractor.nounPhrase(cls.label())) continue;
            String broader = Labels.singularPhrase(cls.label());
            for (String item : Phrases.coordinated(Phrases.listAt(sentence, m.end()))) {
                String raw = leadingNouns(item);
                Phrases.Term t = Phrases.clean(raw);
                // "the Impella": a capitalised word no dictionary knows is a name and keeps its capital
                if (t != null && CAPITALISED_WORD.matcher(raw.strip()).matches() && org.medvocab.ground.WordNetLexicon.get()
                    .readings(t.label()).isEmpty()) t = new Phrases.Term(raw.strip(), t.qualifier());
                if (t == null || t.label().split(" ").length > 4
                    || Labels.key(t.label()).equals(Labels.key(broader))) continue;
                // "other sizes such as pediatric or bariatric": an adjective alone names no kind of thing
                String headWord = Phrases.head(t.label()).toLowerCase(java.util.Locale.ROOT);
                var wordNet = org.medvocab.ground.WordNetLexicon.get();
                if (wordNet.knownNot(headWord, org.medvocab.ground.WordNetLexicon.Reading.NOUN)) continue;
                // ("bariatric", unknown to WordNet: a lone word with an adjective's ending)
                if (wordNet.readings(headWord).isEmpty() && !t.label().contains(" ") && ADJECTIVE_ENDING.matcher(headWord).find()) continue;
                ex.term(t.label()).mention(ev).addBroader(broader, ev);
            }
        }
    }

    /** The end of {@code phrase} (which ends at {@code end} in the sentence) that the tagger reads as nouns and adjectives. */
    private static String nounsBefore(String sentence, String phrase, int end) {
        int start = end - phrase.length();
        int from = end;
        List<Nlp.Token> toks = Nlp.get().analyse(sentence, 0).tokens();
        for (int i = toks.size() - 1; i >= 0; i--) {
            Nlp.Token t = toks.get(i);
            if (t.end() > end) continue;
            if (t.start() < start || !(t.isNoun() || t.is("ADJ") || t.text().contains("-")) || onlyAVerb(t.lower())) break;
            from = t.start();
        }
        return sentence.substring(from, end);
    }

    /** "the Impella grew": the noun phrase an item opens with, without the verb that follows it. */
    private static String leadingNouns(String item) {
        List<Nlp.Token> toks = Nlp.get().analyse(item, 0).tokens();
        int end = 0;
        for (Nlp.Token t : toks) {
            if (end == 0 && t.is("DET")) continue;
            // a capitalised word inside a sentence is a name whatever the tagger makes of it
            if (!(t.isNoun() || t.is("ADJ") || t.is("NUM") || t.text().contains("-") || Character.isUpperCase(t.text().charAt(0)))) break;
            end = t.end();
        }
        return item.substring(0, end);
    }

    /** Whether an ontology of the medical lexicon has the label as an identifier's preferred name. */
    private static boolean preferredName(String label) {
        return org.medvocab.ground.Grounder.get().lexicon().lookup(label).stream()
            .anyMatch(e -> e.role() == org.medvocab.ground.LexiconEntry.Role.PREFERRED);
    }

    /** "relieves" in "This relieves symptoms such as ...": a word WordNet knows only as a verb (or adverb). */
    private static boolean onlyAVerb(String word) {
        var readings = org.medvocab.ground.WordNetLexicon.get().readings(word);
        return !readings.isEmpty() && !readings.contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN)
            && !readings.contains(org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE);
    }


    /** "a myocardial infarction (heart attack)", "the larynx (the voice box)": a noun phrase and a bracketed lay or technical name. */
    private static final Pattern BRACKET_NAME = Pattern.compile("((?:[a-z][a-z\\-]+\\s){0,3}[a-z][a-z\\-]+)\\s\\(\\s*(?:(?:the|an?)\\s+)?([a-z][a-z\\-]+(?:\\s[a-z][a-z\\-]+){0,3})\\s*\\)");

    private static final Pattern SPACE = Pattern.compile("\\s");

    /**
     * The bracket is another name of the phrase before it when a dictionary says so: WordNet lists both in one synset,
     * or the medical lexicon grounds both to the same identifier. A bracketed hypernym ("cystic fibrosis (lung
     * disease)") or gloss is neither.
     */
    private static void bracketedSynonyms(String sentence, DocumentExtraction ex, Evidence ev) {
        if (sentence.indexOf('(') < 0) return;   // the pattern needs a bracket: no search at every position
        Matcher m = BRACKET_NAME.matcher(sentence);
        while (m.find()) {
            String[] words = SPACE.split(m.group(1));
            String name = m.group(2);
            for (int i = 0; i < words.length; i++) { // the longest tail of the phrase that names the same thing
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                if (!sameThing(phrase, name)) continue;
                Phrases.Term t = Phrases.clean(phrase);
                if (t == null) break;
                // "near-sightedness (myopia)": the name an ontology prefers is the concept's, the other its synonym
                if (preferredName(name) && !preferredName(t.label())) ex.term(Labels.singularPhrase(name)).mention(ev).addAltLabel(t.label(), ev);
                else ex.term(t.label()).mention(ev).addAltLabel(name, ev);
                break;
            }
        }
    }

    /** "the auscultatory, or acoustic, method", "the mercury, or Riva-Rocci sphygmomanometer": two modifiers, one head. */
    private static final Pattern ELIDED_OR = Pattern.compile("\\b(?i:the)\\s+([\\p{L}][\\p{L}\\-]*),\\s+or\\s+([\\p{L}][\\p{L}\\-]*),?\\s+([\\p{L}][\\p{L}\\-]*)(?=[\\s,.;:)]|$)");

    /**
     * A head written once after two modifiers set off by "or" names one thing twice: the name written in full is the
     * term, the other one of its names ("acoustic method", also "auscultatory method"). A single word that the other
     * name is a synonym of ("the larynx, or voice box") is no modifier.
     */
    private static void elidedAlternatives(String sentence, DocumentExtraction ex, Evidence ev) {
        if (sentence.indexOf(", or ") < 0) return;
        Matcher m = ELIDED_OR.matcher(sentence);
        while (m.find()) {
            if (!elided(m)) continue;
            String a = m.group(1), b = m.group(2), head = m.group(3);
            String written = TextRules.lowerUnlessProper(b + " " + head);
            ex.term(Labels.singularPhrase(written)).mention(ev).addAltLabel(Labels.singularPhrase(TextRules.lowerUnlessProper(a + " " + head)), ev);
        }
    }

    /** Whether "the A, or B HEAD" found at {@code at} shares its head (see {@link #elidedAlternatives}). */
    static boolean elidedAt(String sentence, int at) {
        Matcher m = ELIDED_OR.matcher(sentence);
        return m.find(at) && m.start() == at && elided(m);
    }

    private static boolean elided(Matcher m) {
        String a = m.group(1), b = m.group(2), head = m.group(3);
        var wn = org.medvocab.ground.WordNetLexicon.get();
        if (Lexicon.DETERMINERS.contains(b.toLowerCase(java.util.Locale.ROOT)) || NOT_A_NAME_WORD.matcher(head).matches()
            || NOT_A_NAME_WORD.matcher(b).matches() || !modifierWord(b)
            || !wn.readings(head.toLowerCase(java.util.Locale.ROOT)).contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN)) return false;
        return !sameThing(a, TextRules.lowerUnlessProper(b + " " + head)) && !sameThing(a, b);
    }

    /** Words after the modifiers that end the phrase instead of heading it. */
    private static final Pattern NOT_A_NAME_WORD = Pattern.compile("(?i)(?:is|are|was|were|and|or|of|in|to|for|with|by|from|on|at|named|called|which|that)");

    /** A word that can modify a head: a name (capitalised), or a noun or adjective WordNet knows. */
    private static boolean modifierWord(String w) {
        if (Character.isUpperCase(w.charAt(0))) return true;
        var r = org.medvocab.ground.WordNetLexicon.get().readings(w.toLowerCase(java.util.Locale.ROOT));
        return r.contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN) || r.contains(org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE);
    }

    private static boolean sameThing(String a, String b) {
        if (org.medvocab.ground.WordNetLexicon.get().synonyms(a, b)) return true;
        Optional<String> x = Grounder.get().assess(a).id(), y = Grounder.get().assess(b).id();
        return x.isPresent() && x.equals(y);
    }

    /** "Analytical nebulizers are another form of nebulizer": a sentence that says what kind of thing its subject is. */
    private static final Pattern KIND_SENTENCE = Pattern.compile("^(?<x>[\\p{L}][\\p{L}\\-]*(?:\\s[\\p{L}\\-]+){0,4})\\s+(?:is|are)\\s+"
        + "(?:also\\s+)?(?:another|a|an|one)\\s+(?:(?:special|particular|common|rare|specific)\\s+)?(?:form|type|kind|variety|class|subtype)s?\\s+of\\s+");

    private static void kindSentence(String sentence, DocumentExtraction ex, Evidence ev) {
        Matcher m = KIND_SENTENCE.matcher(sentence.strip());
        if (!m.find()) return;
        Phrases.Term x = Phrases.clean(m.group("x"));
        Phrases.Term y = Phrases.clean(Phrases.phraseAt(sentence.strip(), m.end()));
        if (x == null || y == null || x.label().split(" ").length > 5 || y.label().split(" ").length > 4
            || Labels.key(x.label()).equals(Labels.key(y.label())) || Lexicon.isGenericGenus(Phrases.head(y.label()))) return;
        String label = Labels.singularPhrase(x.label());
        ex.term(label).mention(ev).addBroader(Labels.singularPhrase(y.label()), ev);
    }
}

package org.medvocab.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that name or define a term other than the article's topic, wherever they stand:
 * <ul>
 *   <li>an appositive synonym: "a nasal feeding tube, or NF tube, runs ..." (the second name is another label
 *       of the first; a sentence that opens with it this way describes that term);</li>
 *   <li>a bracketed synonym after a noun phrase: "a clot of blood (also called a thrombus)";</li>
 *   <li>naming: "Fast heartbeats are called tachycardias", "A and B are collectively called C (ABBR)",
 *       "when ..., it is called X", "a condition known as X";</li>
 *   <li>a generic definition of another term: "A splint is a rigid device that ...".</li>
 * </ul>
 * Each rule describes how medical writing introduces terms; none depends on the words of a particular page.
 */
final class NamingRules {
    private NamingRules() {}

    private static final String NP = "((?:[\\p{L}\\p{N}][\\p{L}\\p{N}'+/\\-]*\\s){0,4}[\\p{L}\\p{N}][\\p{L}\\p{N}'+/\\-]*)";
    private static final String NAME = "((?:[\\p{L}\\p{N}][\\p{L}\\p{N}'+/\\-]*\\s){0,5}[\\p{L}\\p{N}][\\p{L}\\p{N}'+/\\-]*)";

    /** "a X, or Y, ..." — an appositive second name. */
    private static final Pattern APPOSITIVE = Pattern.compile("(?i)(?:^|\\b(?:a|an|the)\\s)" + NP + ",\\s+or\\s+(?!to\\s)(?:an?\\s+|the\\s+)?" + NP + ",\\s"); // "to contract, or to relax,": verbs
    private static final Pattern OF_AHEAD = Pattern.compile("(?i)of\\s");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\p{L}+");
    private static final Pattern COPULA_WORD = Pattern.compile("(?i)\\b(?:is|are|was|were)\\b");
    /** "X (also called Y)" — a bracketed synonym of the noun phrase before it. */
    private static final Pattern BRACKET_SYNONYM = Pattern.compile(
        "(?i)" + NP + "\\s\\(\\s*(?:also|sometimes|often|commonly)?\\s*(?:called|known as|termed|referred to as)\\s+(?:an?\\s+|the\\s+)?" + NP + "\\s*\\)");
    /** "S is/are (collectively) called N" and "it is called N". */
    private static final Pattern NAMING = Pattern.compile(
        "(?i)^(?:(?:if|when|where|while|as)\\b[^,]{3,120},\\s*)?(.{1,80}?)\\s+(?:is|are)\\s+(?:then\\s+|also\\s+|sometimes\\s+|often\\s+|usually\\s+|commonly\\s+)?"
            + "(collectively\\s+|together\\s+|jointly\\s+)?(?:called|termed|named|known as|referred to as)\\s+(?:an?\\s+|the\\s+)?" + NAME + "(?:\\s*\\(([^()]{1,80})\\))?"
            // "... are collectively called N and are caused by ...": a second predicate about the same subject may follow
            + "(?:\\s*[.;,]?\\s*|\\s+and\\s+(?:is|are|can|may|have|has)\\s+[^,;]+?[.;]?\\s*)$");
    /** "(as in A and B)", "(e.g. A, B)": examples of the name, after it. */
    private static final Pattern EXAMPLES = Pattern.compile("(?i)^(?:as in|e\\.g\\.,?|for example,?|such as|including)\\s+(.+)$");
    /** "..., a condition known as N": a named instance inside a sentence. */
    private static final Pattern KNOWN_AS = Pattern.compile(
        "(?i)\\b(?:a|an|the)\\s+(?:condition|disorder|disease|complication|process|procedure|device|technique|state|phenomenon)\\s+(?:known as|called|termed)\\s+" + NP);
    /** "A/An X is a/an Y ...", "An X is something that ...": a generic definition. */
    private static final Pattern GENERIC_DEFINITION = Pattern.compile("(?i)^(?:an?)\\s+" + NP + "\\s+is\\s+(?:an?|one|something|anything|any)\\s+.+");
    /** Words that end a noun phrase read backwards (articles, prepositions, verbs, conjunctions). */
    private static final Set<String> STOP_BACK = Set.of("a", "an", "the", "of", "in", "into", "to", "with", "for", "from", "by",
        "on", "at", "through", "via", "and", "or", "is", "are", "was", "were", "be", "that", "which", "as", "its", "their",
        "this", "these", "while", "when", "called", "known");
    private static final Pattern PRONOUN = Pattern.compile("(?i)it|they|this|these|that|those|such");

    /**
     * Applies the rules to one sentence. Returns the term the sentence defines (so that a following "It ..."
     * refers to it), or null.
     */
    static TermRecord apply(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        TermRecord kind = kindDefined(sentence, topic, ex, ev);
        if (kind != null) return kind;
        TermRecord called = restrictedKindCalled(sentence, ex, ev);
        if (called != null) return called;
        bracketSynonyms(sentence, topic, ex, ev);
        knownAs(sentence, topic, ex, ev);
        TermRecord defined = appositives(sentence, topic, ex, ev);
        TermRecord named = naming(sentence, topic, ex, ev);
        if (named != null) return named;
        if (defined != null) return defined;
        return genericDefinition(sentence, topic, ex, ev);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern TRAILING_LIST_PUNCTUATION = Pattern.compile("[\\s,.;]+$");
    /** A list item that names a term has at most this many words. */
    private static final int LISTED_NAME_WORDS = 6;

    /**
     * A list item that is only a name, made of modifiers and the topic's name ("- Split-thickness skin graft" on a page
     * about skin grafts), is a kind of the topic; under a sentence that opens the list ("The kinds of hematoma
     * include:"), a name ending in the topic's head noun is too. Returns the kind, or null.
     */
    /** "The third main form, ": an item's ordinal apposition before the kind it names. */
    private static final Pattern ORDINAL_APPOSITION = Pattern.compile("(?i)^the\\s+\\p{L}+\\s+(?:main\\s+|common\\s+|major\\s+)?(?:form|type|kind)\\s*,\\s*");
    /** A listed sentence's subject before its verb: "Type 1 DM results from ...", "Pernicious anemia occurs when ...". */
    private static final Pattern KIND_SUBJECT = Pattern.compile("^(?:(?i:the|a|an)\\s+)?((?:[\\p{L}\\d][\\p{L}\\d\\-]*\\s*){1,4}?)"
        // "Hepatitis D, or delta, is ...": another name in apposition
        + "(?:,\\s*or\\s+(?<alt>[\\p{L}][\\p{L}\\-]*(?:\\s+[\\p{L}][\\p{L}\\-]*){0,2}),\\s+)?(?:results?|infects?|spreads?|occurs?|is|are|develops?|happens?|affects?|involves?|causes?|means?"
        // a listed kind described without a verb: "Folding frames that fold flat", "Wheeled frames with wheels ..."
        + "|that|which|with|without|equipped|fitted|having|made|designed)\\b");
    /** "A", "2", "IV": what tells kinds of one class apart ("hepatitis A", "type 2 diabetes"). */
    private static final Pattern DESIGNATOR = Pattern.compile("\\p{Lu}|\\d{1,2}|I{1,3}|IV|V");
    private static final Pattern QUOTES = Pattern.compile("[\"\u201c\u201d\u2018\u2019]");
    /** "This form was previously referred to as X": another name of the kind the item describes. */
    private static final Pattern FORM_CALLED = Pattern.compile("(?i)^this\\s+(?:form|type|kind)\\s+(?:was|is)\\s+(?:\\p{L}+\\s+)?(?:" + TextRules.NAMING_VERBS + ")\\b");
    /**
     * "Type 1 DM results from ...", "The third main form, aplastic anemia occurs when ...": a sentence listed under
     * "There are three main types of X (ABBR)." whose subject names a kind of X (its head noun, or the short form the
     * opener gave it). The kind gets X as its broader term, the first sentence as its definition, and the names "This form
     * was called Y" gives it. False when the item is no such sentence.
     *
     * @param item the item's text, without its bullet
     * @param kindsClass the class the opener names
     * @param kindsShort the short form the opener gives the class, or null
     * @param start the item's offset in the document
     * @param end the end of the item's line
     */
    static boolean kindSentence(String item, String kindsClass, String kindsShort, DocumentExtraction ex, int start, int end) {
        Matcher m = KIND_SUBJECT.matcher(ORDINAL_APPOSITION.matcher(item).replaceFirst(""));
        if (!m.lookingAt()) return false;
        String name = m.group(1).strip();
        String[] words = SPACES.split(name);
        String last = words[words.length - 1];
        // the class's head may be its last word ("heart disease") or its first ("diabetes mellitus")
        java.util.Set<String> classWords = java.util.Arrays.stream(SPACES.split(kindsClass)).map(Labels::key).collect(java.util.stream.Collectors.toSet());
        boolean namesClass = classWords.contains(Labels.key(Labels.singular(last)));
        // "Hepatitis A", "Type 2 diabetes": the class's head and a letter or number that tells the kinds apart
        boolean designated = classWords.contains(Labels.key(words[0])) && DESIGNATOR.matcher(last).matches();
        if (words.length < 2 || !namesClass && !designated && !last.equals(kindsShort)) return false;
        Evidence ev = ex.evidence(start, end);
        // "Folding frames that ...": a kind listed in the plural names one class
        if (namesClass && !Labels.singular(last).equals(last)) name = Labels.singularPhrase(name);
        TermRecord kind = ex.term(TextRules.lowerUnlessProper(name)).mention(ev);
        if (m.group("alt") != null) kind.addAltLabel(TextRules.lowerUnlessProper(m.group("alt")), ev);
        kind.addBroader(ex.term(kindsClass).label(), ev);
        List<Nlp.Sentence> sentences = EncyclopediaExtractor.sentences(item, start);
        if (!sentences.isEmpty()) kind.addDefinition(sentences.get(0).text(), ex.evidence(sentences.get(0).start(), sentences.get(0).end()));
        for (Nlp.Sentence st : sentences) {
            if (TextRules.NAMES_ONLY.matcher(st.text()).lookingAt() || FORM_CALLED.matcher(st.text()).lookingAt()) {
                TextRules.synonyms(st.text()).forEach(a -> kind.addAltLabel(TextRules.lowerUnlessProper(QUOTES.matcher(a).replaceAll("").strip()), ev));
            }
            RelationRules.apply(st.text(), ex.evidence(st.start(), st.end()), kind, Lexicon.Section.GENERAL, true, true, ex);
        }
        return true;
    }

    static TermRecord listedKind(String item, TermRecord topic, DocumentExtraction ex, Evidence ev, boolean listOfKinds) {
        String name = TRAILING_LIST_PUNCTUATION.matcher(item.strip()).replaceFirst("");
        // "Primary (not associated with other health problems)": the kind, then a remark on it
        if (listOfKinds) name = TRAILING_REMARK.matcher(name).replaceFirst("").strip();
        if (topic == null || name.isEmpty() || SPACES.split(name).length > LISTED_NAME_WORDS) return null;
        String label = listOfKinds && elidedHead(name) ? name.toLowerCase(Locale.ROOT) + " " + topic.label() : kindName(name, topic, listOfKinds);
        if (label == null) return null;
        TermRecord t = ex.term(label).mention(ev).kind(topic.kind());
        t.addBroader(topic.label(), ev);
        return t;
    }

    private static final Pattern TRAILING_REMARK = Pattern.compile("\\s*\\([^()]{2,80}\\)\\s*$");
    private static final Pattern ONE_WORD = Pattern.compile("\\p{L}[\\p{L}\\-]+");

    /**
     * "Chronic", "Primary" under a heading of kinds: a word WordNet reads as an adjective, alone on its item, qualifies the
     * topic's name left out after it ("chronic insomnia"); a name of its own is a noun the lexicon or WordNet knows only
     * as one.
     */
    private static boolean elidedHead(String name) {
        if (!ONE_WORD.matcher(name).matches()) return false;
        var readings = org.medvocab.ground.WordNetLexicon.get().readings(name.toLowerCase(Locale.ROOT));
        return readings.contains(org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE)
            && !org.medvocab.ground.Grounder.get().assess(name).known();
    }

    /**
     * The label of a name that is a kind of the topic: modifiers, then the topic's name (or, with {@code byHead}, its
     * head noun). Null when the name is the topic or something else.
     */
    private static String kindName(String name, TermRecord topic, boolean byHead) {
        String label = wholeName(name);
        if (label == null || RelationRules.isTopic(label, topic)) return null;
        String tail = Labels.key(byHead ? Phrases.head(topic.label()) : topic.label());
        String key = Labels.key(label);
        if (!key.endsWith(" " + tail)) return null;
        // the words before the topic's name qualify it ("continuous", "single-shot"): no verb, article or preposition
        return modifiersOnly(key.substring(0, key.length() - tail.length()).strip()) ? label : null;
    }

    /**
     * True when every word may qualify a name: WordNet reads it (or each part of a hyphenated word) as a noun or an
     * adjective, or does not know it (a Latin or proper word), or it is a past participle; an article, preposition or verb
     * does not.
     */
    private static boolean modifiersOnly(String words) {
        if (words.isEmpty()) return false;
        var wordNet = org.medvocab.ground.WordNetLexicon.get();
        for (String w : SPACES.split(words)) {
            if (Lexicon.DETERMINERS.contains(w) || STOP_BACK.contains(w)) return false;
            for (String part : w.split("-")) {
                if (part.isEmpty() || part.chars().allMatch(Character::isDigit)) continue;
                // "hinged", "padded": a past participle qualifies a made thing's name as an adjective does
                if (part.length() > 4 && part.endsWith("ed")) continue;
                var readings = wordNet.readings(part);
                if (!readings.isEmpty() && !readings.contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN)
                    && !readings.contains(org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE)) return false;
            }
        }
        return true;
    }

    /** A name as a term's label, its qualifiers kept: a name given as such ("upper lobectomy") is all of it. */
    private static String wholeName(String name) {
        Phrases.Term t = Phrases.clean(name);
        if (t == null) return null;
        return t.qualifier() == null ? t.label() : Phrases.casing(t.qualifier().replace(", ", " ")) + " " + t.label();
    }

    /** "'Unilateral mastectomy' is the removal of one breast": a name, perhaps quoted, then a copula and a gloss. */
    private static final Pattern NAME_IS_GLOSS = Pattern.compile("^['\u2018\"\u201c]?(?<name>\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*){1,5}?)"
        + "['\u2019\"\u201d]?\\s+(?:(?:is|are)\\s+(?:an?|the|one|any)|refers?\\s+to|means|describes)\\s+\\S.*");

    /**
     * "Bilateral mastectomy is the removal of both breasts" on a page about mastectomy: a sentence that defines a name
     * made of modifiers and the topic's own name defines a kind of the topic. Returns that kind, or null.
     */
    private static TermRecord kindDefined(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        if (topic == null) return null;
        Matcher m = NAME_IS_GLOSS.matcher(sentence.strip());
        String label = m.matches() ? kindName(m.group("name"), topic, false) : null;
        if (label == null) return null;
        TermRecord kind = ex.term(label).mention(ev).kind(topic.kind());
        kind.addDefinition(sentence, ev);
        kind.addBroader(topic.label(), ev);
        return kind;
    }

    /**
     * "An embolism in which the embolus is a piece of thrombus is called a thromboembolism": a class narrowed by a
     * relative clause, then the name of what it narrows to. The name is a kind of the class, defined by the sentence.
     */
    static final Pattern RESTRICTED_KIND_CALLED = Pattern.compile("^(?:An?|The)\\s+(?<cls>\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*){0,2}?)"
        + "\\s+(?:in which|that|which|where|whose|with)\\s.{3,200}?\\s(?:is|are)\\s+(?:then\\s+)?(?:called|termed|known as|named)\\s+(?:an?\\s+)?"
        + "['\u2018\"\u201c]?(?<name>\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*){0,3}?)['\u2019\"\u201d]?\\s*\\.?$");

    private static TermRecord restrictedKindCalled(String sentence, DocumentExtraction ex, Evidence ev) {
        Matcher m = RESTRICTED_KIND_CALLED.matcher(sentence.strip());
        if (!m.matches()) return null;
        String cls = Labels.singularPhrase(m.group("cls").toLowerCase(Locale.ROOT));
        if (!ex.has(cls) || Labels.key(cls).equals(Labels.key(m.group("name")))) return null;
        TermRecord kind = ex.term(Labels.singularPhrase(TextRules.lowerUnlessProper(m.group("name")))).mention(ev);
        kind.addDefinition(sentence.strip(), ev);
        kind.addBroader(ex.term(cls).label(), ev);
        return kind;
    }

    /** The noun phrase that ends a stretch of words: the words after the last article, preposition or verb. */
    static Phrases.Term tail(String words) {
        String[] w = SPACES.split(words.strip());
        int from = 0;
        for (int i = w.length - 1; i >= 0; i--) {
            if (STOP_BACK.contains(w[i].toLowerCase(Locale.ROOT))) { from = i + 1; break; }
        }
        if (from >= w.length) return null;
        String np = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
        if (!EncyclopediaExtractor.nounPhrase(np)) return null;
        return Phrases.clean(np);
    }

    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:an?|the)\\s+");
    private static final Pattern HAS_CAPITAL = Pattern.compile(".*\\p{Lu}.*");

    private static TermRecord appositives(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        Matcher m = APPOSITIVE.matcher(sentence);
        TermRecord first = null;
        while (m.find()) {
            // "the auscultatory, or acoustic, method": one head after two modifiers (MentionRules reads it)
            if (MentionRules.elidedAt(sentence, m.start())) continue;
            // "the inflammation, or swelling, of a tendon": two heads of one longer phrase, neither a name of its own
            if (OF_AHEAD.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) continue;
            // "in males, or of the mammæ, in females": two prepositional phrases coordinated, no second name
            if (Phrases.POSTMODIFIER_PREPOSITIONS.contains(FIRST_WORD.matcher(m.group(2).strip()).results().findFirst()
                .map(r -> r.group().toLowerCase(java.util.Locale.ROOT)).orElse(""))) continue;
            Phrases.Term name = tail(m.group(1));
            Phrases.Term other = Phrases.clean(m.group(2));
            if (name == null || other == null || other.label().split(" ").length > 4) continue;
            TermRecord t = RelationRules.isTopic(name.label(), topic) ? topic : ex.term(name.label()).mention(ev);
            String written = LEADING_ARTICLE.matcher(m.group(2).strip()).replaceFirst("");
            t.addAltLabel(HAS_CAPITAL.matcher(written).matches() ? written : other.label(), ev);
            // "Tendinitis is the A, or B, ...": a name after the sentence's own verb is no subject it defines
            if (m.start() == 0 && t != topic && !COPULA_WORD.matcher(m.group(1)).find()) {
                t.addDefinition(sentence, ev);
                first = t;
            }
        }
        return first;
    }

    private static void bracketSynonyms(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        if (sentence.indexOf('(') < 0) return;   // the pattern needs a bracket: no search at every position
        Matcher m = BRACKET_SYNONYM.matcher(sentence);
        while (m.find()) {
            Phrases.Term np = tail(m.group(1));
            Phrases.Term syn = Phrases.clean(m.group(2));
            if (np == null || syn == null || RelationRules.isTopic(np.label(), topic)) continue;
            // a one-word technical name is preferred over a descriptive phrase ("clot of blood (thrombus)")
            boolean technical = !syn.label().contains(" ") && np.label().contains(" ");
            TermRecord t = ex.term(technical ? syn.label() : np.label()).mention(ev);
            t.addAltLabel(technical ? np.label() : syn.label(), ev);
        }
    }

    private static void knownAs(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        Matcher m = KNOWN_AS.matcher(sentence);
        while (m.find()) {
            Phrases.Term t = Phrases.clean(Phrases.phraseAt(sentence, m.start(1)));
            if (t != null && !RelationRules.isTopic(t.label(), topic)) ex.term(t.label()).mention(ev);
        }
    }

    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\p{N}+\\-/]{2,10}s?");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");

    private static TermRecord naming(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        Matcher m = NAMING.matcher(sentence.strip());
        if (!m.matches()) return null;
        // "This operation is known as an A or B": one thing (a singular subject) under two names
        Matcher pair = ONE_OR_OTHER.matcher(Phrases.phraseAt(m.group(3), 0));
        boolean twoNames = pair.matches() && SINGULAR_SUBJECT.matcher(m.group(1).strip()).matches() && m.group(2) == null;
        if (!twoNames && namesSeveral(m.group(3), m.group(1), topic, ex, ev)) return null;
        Phrases.Term named = Phrases.clean(twoNames ? pair.group(1) : Phrases.phraseAt(m.group(3), 0));
        if (named == null || named.label().split(" ").length > 5 || RelationRules.isTopic(named.label(), topic)) return null;
        TermRecord term = ex.term(named.label()).mention(ev);
        Phrases.Term other = twoNames ? Phrases.clean(pair.group(2)) : null;
        if (other != null) term.addAltLabel(other.label(), ev);
        if (m.group(4) != null && ACRONYM.matcher(m.group(4)).matches()) term.addAltLabel(Abbreviations.singularShortForm(m.group(4)), ev);
        Matcher examples = m.group(4) == null ? null : EXAMPLES.matcher(m.group(4).strip());
        if (examples != null && examples.matches()) {
            for (Phrases.Term e : Phrases.terms(examples.group(1))) ex.term(e.label()).mention(ev).addBroader(named.label(), ev);
        }
        String subject = m.group(1).strip();
        // "This operation is known as X": the subject points back at what was said before, which defines X
        if (!DEMONSTRATIVE_START.matcher(subject).lookingAt()) term.addDefinition(sentence, ev);
        if (PRONOUN.matcher(subject).matches()) return term;
        String plain = PARENTHESES.matcher(subject).replaceAll("");
        if (m.group(2) != null) {
            for (Phrases.Term part : Phrases.terms(plain)) {
                TermRecord p = RelationRules.isTopic(part.label(), topic) ? topic : ex.term(part.label()).mention(ev);
                p.addBroader(named.label(), ev);
            }
        } else {
            String broader = broaderOfQualified(plain);
            if (broader != null && !Labels.key(broader).equals(Labels.key(named.label()))) term.addBroader(broader, ev);
        }
        return term;
    }

    private static final Pattern DEMONSTRATIVE_START = Pattern.compile("(?i)(?:this|that|these|those)\\s");
    /** "an A or B": two names, each of up to four words, joined by "or". */
    private static final Pattern ONE_OR_OTHER = Pattern.compile("(?i)^(?:an?\\s+|the\\s+)?(\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*){0,3}?)"
        + "\\s+or\\s+(?:an?\\s+|the\\s+)?(\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*){0,3})$");
    /** "This operation", "The procedure", "It": a subject that is one thing. */
    private static final Pattern SINGULAR_SUBJECT = Pattern.compile("(?i)^(?:it|(?:this|that|the)\\s+(?:\\p{L}+\\s+)?\\p{L}+(?<!s))$");

    /** "Of the types of X, ...": a subject that speaks of kinds of something. */
    private static final Pattern KINDS_OF = Pattern.compile("(?i)\\b(?:types|kinds|forms|varieties|classes)\\s+of\\b");

    /**
     * "the most common are called open-angle glaucoma and closed-angle glaucoma": a naming sentence that names several
     * things defines none of them; each is a term, and a kind of the topic when the subject speaks of its kinds or
     * the name ends in the topic's head. False when the name is one thing.
     */
    private static boolean namesSeveral(String names, String subject, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        List<String> items = Phrases.coordinated(Phrases.phraseAt(names, 0));
        if (items.size() < 2) return false;
        for (String item : items) {
            Phrases.Term t = Phrases.clean(item);
            if (t == null || RelationRules.isTopic(t.label(), topic)) continue;
            TermRecord term = ex.term(t.label()).mention(ev);
            if (topic != null && (KINDS_OF.matcher(subject).find() || Phrases.head(t.label()).equals(Phrases.head(topic.label()))))
                term.addBroader(topic.label(), ev);
        }
        return true;
    }

    /** "Rapid arrhythmias" → "arrhythmia": a head noun phrase after leading adjectives, when there are any. */
    static String broaderOfQualified(String subject) {
        // a capital only because the sentence starts here would make the tagger read a name ("Rapid")
        String s = subject.length() > 1 && Character.isUpperCase(subject.charAt(0)) && Character.isLowerCase(subject.charAt(1))
            ? Character.toLowerCase(subject.charAt(0)) + subject.substring(1) : subject;
        List<Nlp.Token> toks = Nlp.get().analyse(s, 0).tokens();
        int i = 0;
        while (i < toks.size() && toks.get(i).is("DET")) i++;
        int adjectives = 0;
        // "Slow arrhythmias": an adjective the tagger misreads at the start of a sentence, known to WordNet as one
        while (i < toks.size() && (toks.get(i).is("ADJ") || i + 1 < toks.size() && org.medvocab.ground.WordNetLexicon.get()
                .readings(toks.get(i).lower()).contains(org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE))) { i++; adjectives++; }
        if (adjectives == 0 || i >= toks.size()) return null;
        List<String> rest = new ArrayList<>();
        for (; i < toks.size(); i++) {
            // a plural head read alone is often tagged as a verb ("rapid arrhythmias")
            boolean pluralHead = i == toks.size() - 1 && toks.get(i).lower().endsWith("s") && (toks.get(i).is("VERB")
                || org.medvocab.ground.WordNetLexicon.get().readings(toks.get(i).lower()).contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN));
            if (!toks.get(i).isNoun() && !pluralHead) return null;
            rest.add(toks.get(i).text());
        }
        Phrases.Term t = Phrases.clean(String.join(" ", rest));
        return t == null ? null : t.label();
    }

    private static TermRecord genericDefinition(String sentence, TermRecord topic, DocumentExtraction ex, Evidence ev) {
        Matcher m = GENERIC_DEFINITION.matcher(sentence.strip());
        if (!m.matches()) return null;
        String np = m.group(1);
        if (!EncyclopediaExtractor.nounPhrase(np)) return null;
        Phrases.Term t = Phrases.clean(np);
        if (t == null || RelationRules.isTopic(t.label(), topic)) return null;
        TermRecord term = TextRules.definedBy(sentence, ex.term(t.label()).mention(ev), ev);
        return term;
    }
}

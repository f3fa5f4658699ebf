package org.medvocab.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence-level rules shared by the document extractors: subjects, copulas, cross-references, glossary lines. */
final class TextRules {
    private TextRules() {}

    /**
     * "Term (ABBR): definition" or "Term: definition" on one line (glossary and "Related Terms" lists); a dash written
     * close up before a lower-case gloss ("Term\u2014a test that ...") separates them too.
     */
    /** "Definition 1", "Sense 2", "Meaning": the caption of one of the headword's senses, never a term. */
    static final Pattern SENSE_CAPTION = Pattern.compile("(?i)(?:definition|sense|meaning)(?:\\s*#?\\d{1,2})?");

    static final Pattern GLOSSARY = Pattern.compile(
        // "\u201cDermatome (instrument)\u201d: A ...": the label may stand in quotation marks
        "^(?:[-*\u2022\u00b7]\\s*)?[\"\u201c]?([\\p{L}\\p{N}][\\p{L}\\p{N}+'/\\- ,]{0,70}?)\\s*(?:\\(([^()]{1,60})\\))?[\"\u201d]?\\s*(?:[:\u2013\u2014]\\s+|[\u2013\u2014](?=\\p{Ll}))(.{8,})$");

    /** "(instrument)", "(anatomy)": one lower-case word in brackets after a label, the sense it names, not another name. */
    static final Pattern SENSE_QUALIFIER = Pattern.compile("\\p{Ll}{3,}");

    /** Fewest words of a sentence that opens a list ("The kinds include:"); "Causes:" is a label. */
    private static final int LIST_OPENING_WORDS = 4;

    /**
     * "The kinds of X include:": a sentence (with a verb of its own) that opens a list says what follows; it defines
     * nothing. A gloss before its examples ("the making of an opening ...:") is a sense.
     */
    static boolean opensList(String text) {
        String t = text.strip();
        return t.endsWith(":") && Character.isUpperCase(t.charAt(0)) && SPACES.split(t).length >= LIST_OPENING_WORDS
            && hasFiniteVerb(t);
    }

    private static final Pattern INNER_SENTENCE_BREAK = Pattern.compile("(?<=\\p{Ll}{2}[.!?])\\s+(?=\\p{Lu})");

    /**
     * "A small device ... for several years. The two main kinds are:": a dictionary's sense whose last sentence opens a
     * list of kinds, without that sentence; the text as it is otherwise.
     */
    static String withoutListOpening(String text) {
        String t = text.strip();
        if (!t.endsWith(":")) return text;
        Matcher m = INNER_SENTENCE_BREAK.matcher(t);
        int last = -1;
        while (m.find()) last = m.start();
        return last > 0 && opensList(t.substring(last).strip()) ? t.substring(0, last) : text;
    }

    /** Words that say a list or a section gives kinds: "types", "classified into", "divided into". */
    /** Plural nouns that name kinds of a class: "types of X", "the main kinds are". */
    static final String KIND_NOUNS = "types|kinds|forms|varieties|classes|categories|subtypes";
    static final Pattern NAMES_KINDS = Pattern.compile("(?i)\\b(?:" + KIND_NOUNS + "|classification|"
        + "classified|divided|subdivided|categori[sz]ed|grouped)\\b");

    /** A sentence that opens a list of kinds ("X can be classified into:") or a heading over kinds ("Types"). */
    /**
     * "There are three main types of diabetes mellitus (DM).", "There are five major types of viral hepatitis, or liver
     * inflammation, plus ...": a sentence that announces kinds of a class, and its short form.
     */
    static final Pattern THERE_ARE_KINDS = Pattern.compile("(?i)^there\\s+are\\s+(?:[\\p{L}\\d]+\\s+){0,3}?(?:" + KIND_NOUNS
        + ")\\s+of\\s+(?:the\\s+)?([\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){0,2}?)\\s*(?:\\((\\p{Lu}{2,6})\\))?\\s*(?:,[^.:]*)?[.:]$");

    /** The comma or semicolon between the items of a list of names. */
    static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    /** The part-of-speech marks old dictionaries print after a word ("n.", "a." for an adjective, "vt."). */
    static final String PART_OF_SPEECH_MARKS = "n|noun|a|adj|v|vt|vi|adv";

    static boolean namesKinds(String text) {
        return NAMES_KINDS.matcher(text).find();
    }

    /** A list item line. */
    static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*\u2022\u00b7]|\\d+[.)])\\s+(.+)$");

    /** Copula after a subject: "is a", "are", "refers to", "is defined as", "describes". */
    /** Connectives that link a sentence to the one before it ("Instead, X is ..."), before its subject. */
    static final String CONNECTIVES = "instead|however|thus|therefore|hence|moreover|furthermore|additionally|indeed|"
        + "consequently|nevertheless|nonetheless|otherwise|in fact|in short|in general|in contrast|by contrast|in other words|"
        + "in practice|in essence|put simply|simply put";
    static final Pattern COPULA = Pattern.compile(
        "(?i)^(?:(?:" + CONNECTIVES + "),\\s+)?(.{1,200}?)\\s+(?:is|are|was|refers to|is defined as|describes|denotes|means)\\s+(?:(?:a|an|the|one)\\s+)?(.+)$");

    /** A cross-reference in brackets right after a sentence's end: "(See X.)", "(Compare X.)" (capitalised: a sentence). */
    private static final Pattern BRACKETED_REFERENCE = Pattern.compile("(?:(?<=[.;!?])\\s*|^\\s*)\\((See also|See|Compare|Cf\\.?)(?=\\s)");
        static final Pattern XREF = Pattern.compile(
        "(?i)(?:^|(?<=[.;])\\s*|\\s[\u2013\u2014-]+\\s*)(see also|see|cf\\.?|compare|compared with|distinguished from|as distinguished from|as opposed to)\\s*:?\\s+([^.;()]+?)\\s*(?=[.;)]|$)");

    /** ", also known as X and Y," inside a subject: names, not part of the subject's length. */
    private static final Pattern APPOSITION = Pattern.compile("(?i),?\\s*(?:also|sometimes|often|formerly)?\\s*(?:known as|called|termed)\\s+[^,]+,?");

    /** "Generally, it ...", "Typically, the pump ...": an adverb before the subject. */
    /** "Generally, it ...", "On a urology ward, it ...": an opening adverb or setting phrase before the subject. */
    private static final Pattern SENTENCE_ADVERB = Pattern.compile("^(?:\\p{L}+ly|(?i:in|during|for|after|before|at|on|under|today|nowadays)(?:\\s[^,]{1,40})?),\\s+(?=(?i:it|they|this|these|the)\\b|\\p{Lu})"
        // "Therapeutically it may be used ...": an adverb run on to the pronoun without a comma
        + "|^\\p{Lu}\\p{Ll}+ly\\s+(?=(?:it|they)\\s)");

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
        "(?i)^(?:it|they|(?:this|these|the)\\s+(?:process|processes|mechanism|reaction|action|movement|transport|procedure|treatment))\\b|^(?i:it|they)\\b");

    /**
     * "Larger models are ...", "Newer versions ...": unnamed members of the topic's family (a name in apposition,
     * "A version ..., the X RP, ...", makes the sentence about that member instead).
     */
    private static final Pattern FAMILY_SUBJECT = Pattern.compile("(?i)^(?:(?:the|its|their)\\s+)?(?:(?:larger|smaller|newer|older|"
        + "later|earlier|early|some|most|all|many|current|modern|adult|pediatric|paediatric|portable|implantable|external)\\s+)?"
        + "(?:models|versions|variants|designs|generations)\\b(?!\\s*,)(?!\\s+(?:of|for)\\s+(?!it\\b|them\\b|the device\\b))");

    /**
     * Whether the sentence opens with {@code label} as its whole subject: "Beta blocker doses are ..." does
     * not open with the subject "beta blocker", because a noun continues the compound.
     */
    /** "a nebuliser or nebulizer is ...": a subject written in two spellings joined by "or". */
    private static final Pattern VARIANT_SUBJECT = Pattern.compile("(?i)^(?:(?:the|this|an?)\\s+)?([\\p{L}\\-]+(?:\\s[\\p{L}\\-]+){0,2})\\s+or\\s+(?:(?:the|an?)\\s+)?");

    /** The other spelling a sentence's subject gives for {@code label} ("nebuliser" for "nebulizer"), or null. */
    static String subjectVariant(String sentence, String label) {
        Matcher v = VARIANT_SUBJECT.matcher(TopicFinder.LEAD_IN.matcher(sentence.strip()).replaceFirst(""));
        if (!v.find() || !spellingVariant(v.group(1), label)) return null;
        return v.group(1);
    }

    /**
     * Two spellings of one word or phrase in the British and American alternations: -ise/-ize, ae/oe/e, -our/-or,
     * -re/-er, doubled l ("haemolysis" and "hemolysis", "nebuliser" and "nebulizer", "labelling" and "labeling").
     */
    static boolean spellingVariant(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT), y = b.toLowerCase(Locale.ROOT);
        return !x.equals(y) && x.length() >= 4 && spellingKey(x).equals(spellingKey(y));
    }

    private static final Pattern SPELLING_ALTERNATIONS = Pattern.compile("ae|oe|(?<=[a-z])our\\b|(?<=[a-z])re\\b|ll|z");

    private static String spellingKey(String w) {
        Matcher m = SPELLING_ALTERNATIONS.matcher(w);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String r = switch (m.group()) {
                case "ae", "oe" -> "e";
                case "our" -> "or";
                case "re" -> "er";
                case "ll" -> "l";
                default -> "s";
            };
            m.appendReplacement(sb, r);
        }
        return m.appendTail(sb).toString();
    }

    /** Label patterns kept per thread: a document asks for its few labels on every sentence. */
    private static final int OPENINGS_KEPT = 1024;
    private static final ThreadLocal<Map<String, Pattern>> OPENINGS = ThreadLocal.withInitial(() ->
        new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<String, Pattern> e) { return size() > OPENINGS_KEPT; }
        });

    /** {@code label} at the start of a text, its words split by spaces or hyphens, a plural ending allowed. */
    private static Pattern opening(String label) {
        StringBuilder p = new StringBuilder("(?iu)^");
        String[] words = SPACES_OR_HYPHENS.split(label.strip());
        for (int i = 0; i < words.length; i++) {
            if (i > 0) p.append("[\\s\\-]+");
            p.append(Pattern.quote(words[i]));
        }
        p.append("(?:e?s)?(?![\\p{L}\\p{N}])");
        return Pattern.compile(p.toString());
    }

    private static final Pattern LEADING_DETERMINER = Pattern.compile("(?i)^(?:the|this|these|those|such|an?)\\s+");
    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s\\-]+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,.;:()]+");
    private static final Pattern PREDICATE_WORDS = Pattern.compile("is|are|was|were|has|have|had|can|could|may|might|will|would|should|must|does|do|did|also|often|usually|typically|generally|then|works|acts|refers|consists|helps|uses|allows|provides|moves|removes|contains|includes|carries|delivers|supports|requires|involves|occurs|causes|results|means");

    static boolean opensWith(String sentence, String label) {
        String s = TopicFinder.LEAD_IN.matcher(sentence.strip()).replaceFirst("");
        if (subjectVariant(s, label) != null) s = VARIANT_SUBJECT.matcher(s).replaceFirst("");
        s = LEADING_DETERMINER.matcher(s).replaceFirst("");
        Matcher m = OPENINGS.get().computeIfAbsent(label, TextRules::opening).matcher(s);
        if (!m.find()) return false;
        String rest = s.substring(m.end()).strip();
        if (rest.isEmpty() || rest.startsWith("(") || rest.startsWith(",") || rest.startsWith(":")) return true;
        String[] after = WORD_SEPARATORS.split(rest);
        if (after.length == 0) return true;     // only punctuation follows ("Pump.")
        String next = after[0].toLowerCase(Locale.ROOT);
        if (PREDICATE_WORDS.matcher(next).matches()) return true;
        // otherwise ask the tagger whether the next word continues the noun phrase
        List<Nlp.Token> toks = Nlp.get().analyse(s, 0).tokens();
        for (Nlp.Token t : toks) {
            if (t.start() >= m.end()) return !(t.isNoun() || t.is("ADJ") || t.is("NUM"));
        }
        return true;
    }

    private static final Pattern LEADING_THE_THIS = Pattern.compile("^(?:the|this|an?)\\s+");
    private static final Pattern DETERMINER_START = Pattern.compile("(?i)^(?:the|this|these|such)\\s.*");
    private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]+");

    /** Whether a sentence's subject is the topic: its label, a pronoun, or "the device" (the topic's genus). */
    static boolean topicSubject(String sentence, TermRecord topic, String genusHead) {
        String s = SENTENCE_ADVERB.matcher(sentence.strip()).replaceFirst("");
        if (PRONOUN_SUBJECT.matcher(s).find() || FAMILY_SUBJECT.matcher(s).find()) return true;
        if (opensWith(s, topic.label())) return true;
        for (String a : topic.altLabels()) if (opensWith(s, a)) return true;
        String lower = LEADING_THE_THIS.matcher(s.toLowerCase(Locale.ROOT)).replaceFirst("");
        String head = Phrases.head(topic.label());
        if (DETERMINER_START.matcher(s).matches()) {
            // "The device ...", "This pump ...": a definite noun phrase naming the topic by its head or genus
            if (opensWith(s, head) || genusHead != null && opensWith(s, genusHead)) return true;
            String first = SPACES_OR_COMMAS.split(lower)[0];
            // "This operation ..." on a page about a disease speaks of something else: the kinds must agree
            TopClass kind = topic.kind() != null ? topic.kind() : Lexicon.kindOfHead(head);
            return Lexicon.isGenericGenus(first) && opensWith(s, first)
                && (kind == null || Lexicon.kindOfHead(first) == kind);
        }
        return false;
    }

    /** "In form, ...", "In appearance, ...": a sentence about what something looks like. */
    private static final Pattern LOOK_LEAD_IN = Pattern.compile("(?i)^in\\s+(?:its\\s+|their\\s+)?(?:form|shape|appearance|outline|profile|looks?),\\s");

    /** Whether a sentence says what its subject looks like rather than what it is ("In form, the X is a small rod"). */
    static boolean describesLook(String sentence) {
        return LOOK_LEAD_IN.matcher(sentence.strip()).lookingAt();
    }

    private static final Pattern QUANTIFIER = Pattern.compile("(?i)^(?:most|many|some|all|nearly all|the majority of)\\s+");

    /**
     * "Most deep vein clots occur in ...": a quantified plural of the topic's head or genus speaks for the topic's
     * relations (where it occurs, what it causes), not for its names or genus ("Some such enzymes are X" names a subset).
     */
    static boolean quantifiedFamily(String sentence, TermRecord topic, String genusHead) {
        java.util.Set<String> heads = new java.util.HashSet<>();
        heads.add(Phrases.head(topic.label()).toLowerCase(Locale.ROOT));
        if (genusHead != null) heads.add(Phrases.head(genusHead).toLowerCase(Locale.ROOT));
        for (TermRecord.Broader b : topic.broader()) heads.add(Phrases.head(b.target()).toLowerCase(Locale.ROOT));
        Matcher q = QUANTIFIER.matcher(SENTENCE_ADVERB.matcher(sentence.strip()).replaceFirst(""));
        if (!q.lookingAt()) return false;
        String[] w = SPACES_OR_COMMAS.split(q.replaceFirst(""));
        for (int k = 0; k < Math.min(4, w.length - 1); k++) {
            String word = w[k].toLowerCase(Locale.ROOT);
            if (!word.endsWith("s") || w[k + 1].equalsIgnoreCase("of")) continue;
            String one = Labels.singular(word);
            if (heads.contains(one)) return true;
        }
        return false;
    }

    /** Whether a sentence opens with the topic's own name as subject (not a pronoun). */
    static boolean namesTopic(String sentence, TermRecord topic) {
        if (opensWith(sentence, topic.label())) return true;
        for (String a : topic.altLabels()) if (opensWith(sentence, a)) return true;
        return false;
    }

    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");
    /** "a", "an" or "the" opening a phrase, any case (one pattern for the package's readers). */
    static final Pattern LEADING_ARTICLE_CI = Pattern.compile("(?i)^(?:the|an?)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The subject of "X is a Y ..." in the first sentence of a text, or null. */
    private static final Pattern UNCLOSED_BRACKET = Pattern.compile("\\s*\\([^)]*$");

    static String copulaSubject(String text) {
        Matcher m = COPULA.matcher(text.strip());
        if (!m.matches()) return null;
        // "Blister (from French ... is the ...": a bracket the page never closed ends the subject all the same
        String subject = LEADING_ARTICLE_CI.matcher(UNCLOSED_BRACKET.matcher(PARENTHESES.matcher(m.group(1)).replaceAll(""))
            .replaceFirst("")).replaceFirst("").strip();
        return subject.isEmpty() || SPACES.split(subject).length > 6 ? null : subject;
    }

    /** The genus phrase of "X is a Y ...", or null when the sentence has no copula. */
    private static final Pattern NAMING_PREDICATE = Pattern.compile("(?i)^(?:\\w+ly\\s+)?(?:called|termed|named|known as|referred to as)\\b");

    private static final Pattern LEADING_DEFINING_VERB = Pattern.compile("(?i)^\\s+(?:is|are|was|refers to|is defined as|describes|denotes|means)\\s+");

    static String copulaGenus(String sentence) {
        Matcher m = COPULA.matcher(sentence.strip());
        if (!m.matches()) return null;
        String subject = APPOSITION.matcher(PARENTHESES.matcher(m.group(1)).replaceAll("")).replaceAll("");
        if (SPACES.split(subject).length > 12) return null;
        // the genus keeps its article: a tagger reads "an enzyme that ..." better than "enzyme that ..."
        String stripped = sentence.strip();
        String article = LEADING_DEFINING_VERB.matcher(stripped.substring(m.end(1), m.start(2))).replaceFirst("");
        String genus = article.isBlank() ? m.group(2) : article + m.group(2);
        // "A and B are collectively called N": a naming sentence (NamingRules reads it), not a genus
        return NAMING_PREDICATE.matcher(genus).lookingAt() ? null : genus;
    }

    /** The verbs that give a thing another name: "known as", "called", "termed", "named", "referred to as". */
    static final String NAMING_VERBS = "known as|called|termed|named|referred to as";
    /** ", less often,", ", informally,": an aside between a naming verb and the name. */
    private static final String ASIDE = "(?:\\s*,\\s*(?:\\p{L}+\\s+){0,2}\\p{L}+\\s*,)?";
    private static final Pattern AKA = Pattern.compile(
        "(?i)\\b(?:also|formerly|sometimes|commonly|often|simply|otherwise|once|(?!collectively|jointly)\\p{L}+ly)?\\s*(?:" + NAMING_VERBS
        + "|abbreviated (?:to|as)|shortened to)" + ASIDE + "\\s+(?:also\\s+)?(?:simply\\s+)?");
    /**
     * Whether a name given as another name of a term adds words before the term's whole name ("electronic stethoscope"
     * for a sense of "stethoscope"): it names a kind of the term, which the sense describes, not a synonym.
     */
    /**
     * The other names a sentence gives its subject ({@link #synonyms}), as labels of the term; but several names that
     * each add modifiers to the term's own name ("is called ethmoid, frontal or sphenoid sinusitis, according to the
     * site") name its kinds, not the one thing again: narrower terms.
     */
    static void otherNamesOrKinds(String sentence, TermRecord term, DocumentExtraction ex, Evidence ev) {
        List<String> names = synonyms(sentence);
        boolean kinds = names.size() >= 2 && names.stream().allMatch(n -> namesAKindOf(n, term.label())
            && !Labels.key(Labels.singularPhrase(n)).equals(Labels.key(Labels.singularPhrase(term.label()))));
        for (String n : names) {
            if (kinds) ex.term(lowerUnlessProper(n)).mention(ev).addBroader(term.label(), ev);
            else term.addAltLabel(lowerUnlessProper(n), ev);
        }
    }

    static boolean namesAKindOf(String otherName, String label) {
        String k = Labels.key(label);
        return !k.isEmpty() && (" " + Labels.key(Labels.singularPhrase(otherName))).endsWith(" " + Labels.key(Labels.singularPhrase(label)));
    }

    /** "Also called X.", "Called also X.": a sentence that only names its paragraph's subject again. */
    static final Pattern NAMES_ONLY = Pattern.compile("(?i)^(?:also\\s+)?(?:known as|called|termed)" + ASIDE + "\\s+(?:also\\s+)?(?=\\p{L})");
    /** "lumbar puncture (or LP, and ...) is": another name in a bracket right after the subject. */
    /** "An orthopedic cast, body cast, plaster cast, or surgical cast, is a ...": names of one thing listed as the subject. */
    private static final Pattern SUBJECT_NAMES = Pattern.compile("^(?:An?\\s+|The\\s+)?\\p{L}[\\p{L}\\- ]{1,40}?,\\s+"
        + "(?<rest>(?:(?:an?\\s+|the\\s+)?\\p{L}[\\p{L}\\- ]{1,40}?,\\s+)*)or\\s+(?<last>(?:an?\\s+|the\\s+)?\\p{L}[\\p{L}\\- ]{1,40}?),?\\s+(?:is|are)\\s+(?:an?|the|one)\\s");
    private static final Pattern LIST_COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern SUBJECT_OR = Pattern.compile("^[^()]{1,60}?\\s\\(\\s*or\\s+(\\p{L}[\\p{L}\\-]*(?:\\s[\\p{L}\\-]+){0,3}?)\\s*[,;)]");
    /**
     * "A walker (North American English) or walking frame (British English) is a device ...": the subject's other name
     * after "or", each name perhaps with a bracketed note of where it is used.
     */
    /** Words between a sentence's start and ", also known as": past these the name is of something else than the subject. */
    private static final int FAR_FROM_SUBJECT_WORDS = 12;
    private static final Pattern SUBJECT_OR_NAME = Pattern.compile("^(?:(?:An?|The)\\s+)?[\\p{L}-]+(?:\\s[\\p{L}-]+){0,3}?(?:\\s\\([^()]{1,40}\\))?"
        + "\\s+or\\s+(\\p{L}[\\p{L}-]*(?:\\s[\\p{L}-]+){0,3}?)(?:\\s\\([^()]{1,40}\\))?\\s+(?:is|are)\\s+(?:an?|the)\\s");
    /** "(congestive) cardiac failure": a bracketed lower-case word at the start of a name, before more of it. */
    private static final Pattern OPTIONAL_WORD = Pattern.compile("(?<=^|,\\s|\\band\\s|\\bor\\s|^\\s)\\(([a-z][a-z\\-]+)\\)\\s+(?=[a-z])");
    /** A short bracketed form after a name: "(c-line)", "(CVC)". */
    private static final Pattern SHORT_BRACKET = Pattern.compile("\\s*\\(([\\p{L}][\\p{L}\\p{N}+\\-/ ]{0,18})\\)");
    /** Everything from the main verb on: what follows the names in "X, also known as Y, is a ...". */
    private static final Pattern COPULA_AHEAD = Pattern.compile("(?is)[,\\s]+(?:is|are|was|were|has|have)\\s.*$");
    private static final Pattern QUOTED = Pattern.compile("['\"\u2018\u201c]([^'\"\u2019\u201d]{2,60})['\"\u2019\u201d]");

    private static final Pattern TRAILING_FREQUENCY_ADVERB = Pattern.compile("(?<=[,;])\\s*(?:(?:and|or)\\b\\s*)?(?:sometimes|often|commonly|usually|occasionally|also|(?!collectively|jointly)\\p{L}+ly)?$");
    private static final Pattern ENDS_WITH_COPULA = Pattern.compile("(?s).*\\b(?:is|are|was|were|be|been)$");
    private static final Pattern HAS_COPULA = Pattern.compile("(?s).*\\s(?:is|are|was|were)\\s.*");
    private static final Pattern QUOTED_START = Pattern.compile("(?s)^\\s*(?:(?:the|an?)\\s+)?['\"\u2018\u201c].*");
    private static final Pattern OR_SIMPLY_BETWEEN = Pattern.compile("(?i)[\\s,]*(?:or|and)?\\s*(?:simply|the)?\\s*");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,;:]+$");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");

    /**
     * Synonyms a sentence gives for its subject: "also known as X", "commonly called X or Y", "formerly
     * termed 'X'". Quoted names are taken as written; otherwise the coordinated noun phrases after the cue.
     */
    /** A preposition's object right before a bracket: "of a blood clot (". */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("\\b(?:of|in|into|with|from|by|within|on)\\s+(?:(?:an?|the)\\s+)?[\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){0,2}\\s*\\($");

    /**
     * "another name for X", "the medical term for X": a phrase that says the subject is a name of X, so X is another
     * name of the subject (group 1), not its genus.
     */
    static final Pattern TERM_FOR = Pattern.compile("(?i)^(?:an?\\s+|the\\s+)?(?:(?:obsolete|old|older|former|archaic|"
        + "outdated|another|other|alternative|alternate|informal|colloquial|popular|common|lay|british|american|"
        + "medical|clinical|scientific|technical|formal|proper|correct|usual|everyday|general)\\s+)*"
        // ("an old name for any severe sore throat": a quantifier makes a description of what the word named, no name)
        + "(?:term|name|word|synonym|spelling)\\s+(?:for|of)\\s+(?!(?:any|every|all|some|each|various)\\s)([^.;:,]{2,60}?)\\.?$");

    /** "A lay term for sepsis is blood poisoning": the name for X said first, then the other name. */
    private static final Pattern NAME_FOR_IS = Pattern.compile("(?i)^(?:an?\\s+|the\\s+)?(?:(?:obsolete|old|older|former|archaic|another|other|"
        + "alternative|informal|colloquial|popular|common|lay|layman's|everyday|british|american|medical|clinical|scientific|technical)\\s+)*"
        + "(?:term|name|word)\\s+for\\s+(?:an?\\s+|the\\s+)?(?<of>[^,.;()]{2,60}?)\\s+(?:is|was)\\s+(?:an?\\s+|the\\s+)?['\u2018\"\u201c]?"
        + "(?<name>\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*){0,3}?)['\u2019\"\u201d]?(?=\\s*(?:[,.;]|$))");

    /** The other name "A lay term for X is Y" gives when X is {@code label}, or null. */
    static String nameFor(String sentence, String label) {
        Matcher m = NAME_FOR_IS.matcher(sentence.strip());
        return m.find() && Labels.key(Labels.singularPhrase(m.group("of"))).equals(Labels.key(Labels.singularPhrase(label))) ? m.group("name") : null;
    }

    /** The other names the subject itself is written with: "X (or Y)", "A X or Y is", "An X, Y, or W, is", "a term for Y". */
    private static List<String> subjectNames(String sentence) {
        List<String> out = new java.util.ArrayList<>();
        String genus = copulaGenus(sentence);
        Matcher termFor = genus == null ? null : TERM_FOR.matcher(genus.strip());
        if (termFor != null && termFor.matches()) out.add(LEADING_ARTICLE_CI.matcher(termFor.group(1).strip()).replaceFirst(""));
        Matcher or = SUBJECT_OR.matcher(sentence);
        if (or.find()) out.add(or.group(1).strip());
        Matcher orName = SUBJECT_OR_NAME.matcher(sentence);
        if (orName.find()) out.add(orName.group(1).strip());
        // "An X, Y, Z, or W, is a ...": the subject written as a list of its names
        Matcher names = SUBJECT_NAMES.matcher(sentence);
        if (names.find()) {
            for (String n : LIST_COMMA.split(names.group("rest"))) if (!n.isBlank()) out.add(LEADING_ARTICLE_CI.matcher(n.strip()).replaceFirst(""));
            out.add(LEADING_ARTICLE_CI.matcher(names.group("last").strip()).replaceFirst(""));
        }
        return out;
    }

    /** The rest of a sentence after a name given without its opening comma: the name, its closing comma, the verb. */
    private static final Pattern BARE_ASIDE_REST = Pattern.compile("^[^,.;()]{1,60},\\s*(?:is|are|was|were)\\s");
    private static final Pattern ALSO = Pattern.compile("(?i)also\\s");
    /** Most words a subject has before a name given without its opening comma. */
    private static final int BARE_ASIDE_SUBJECT_WORDS = 4;

    /**
     * "Pneumothorax also known as a collapsed lung, is a ...": an "also known as" right after a short subject, closed
     * by a comma before the verb, is the subject's other name even when the page left out the comma that opens it.
     */
    private static boolean bareAside(String sentence, Matcher cue, String before) {
        return ALSO.matcher(cue.group()).lookingAt() && SPACES.split(before).length <= BARE_ASIDE_SUBJECT_WORDS
            && BARE_ASIDE_REST.matcher(sentence.substring(cue.end())).find();
    }

    static List<String> synonyms(String sentence) {
        List<String> out = subjectNames(sentence);
        Matcher m = AKA.matcher(sentence);
        while (m.find()) {
            // the cue must follow the subject: "X, also known as Y", "X is called Y", "(also termed Y)"
            String before = TRAILING_FREQUENCY_ADVERB.matcher(sentence.substring(0, m.start()).strip().toLowerCase(Locale.ROOT)).replaceFirst(""); // "...; sometimes also called Y"
            if (!(before.isEmpty() || before.endsWith(",") || before.endsWith(";") || before.endsWith("(")
                || ENDS_WITH_COPULA.matcher(before).matches() || bareAside(sentence, m, before))) continue;
            // "An embolism in which ... is called a thromboembolism": the name is of a kind of the subject (NamingRules)
            if (NamingRules.RESTRICTED_KIND_CALLED.matcher(sentence.strip()).matches()) continue;
            // "X is a Y (also called Z)": the bracket names Y again, not the subject
            if (before.endsWith("(") && HAS_COPULA.matcher(before).matches()) continue;
            // "... the gradient of another ion (sometimes called an X)": a bracket far from the subject names what it follows
            if (before.endsWith("(") && SPACES.split(before).length > 6) continue;
            // "... there are also wheeled walkers having four wheels, also known as rollators": far from the subject, the
            // name is of the noun phrase the clause ends with
            if (before.endsWith(",") && SPACES.split(before).length > FAR_FROM_SUBJECT_WORDS) continue;
            // "Formation of a blood clot (called a thrombus)": a bracket after a preposition's object names that object
            if (before.endsWith("(") && OBJECT_BEFORE.matcher(before).find()) continue;
            String rest = sentence.substring(m.end());
            Matcher q = QUOTED.matcher(rest);
            if (QUOTED_START.matcher(rest).matches()) {
                int consumed = 0;
                while (q.find()) {
                    String between = rest.substring(consumed, q.start());
                    if (consumed > 0 && !OR_SIMPLY_BETWEEN.matcher(between).matches()) break;
                    out.add(q.group(1).strip());
                    consumed = q.end();
                }
            } else {
                // "known as a drip line (d-line), drip tube or ...": bracketed short forms are names too
                // "and (congestive) cardiac failure": a bracketed word before a name is an optional word of it
                Matcher optional = OPTIONAL_WORD.matcher(rest);
                while (optional.find()) {
                    // the name is written with and without the word: "cardiac failure" is a name too
                    List<String> without = Phrases.coordinated(Phrases.phraseAt(SHORT_BRACKET.matcher(rest.substring(optional.end())).replaceAll(""), 0));
                    if (!without.isEmpty() && SPACES.split(without.get(0)).length <= 4) out.add(TRAILING_SEPARATORS.matcher(without.get(0)).replaceAll("").strip());
                }
                rest = OPTIONAL_WORD.matcher(rest).replaceAll("$1 ");
                String clause = COPULA_AHEAD.matcher(rest).replaceFirst("");
                Matcher bracket = SHORT_BRACKET.matcher(clause);
                while (bracket.find()) out.add(bracket.group(1).strip());
                rest = SHORT_BRACKET.matcher(rest).replaceAll("");
                for (String item : Phrases.coordinated(Phrases.phraseAt(rest, 0))) {
                    String t = TRAILING_SEPARATORS.matcher(LEADING_ARTICLE_CI.matcher(item).replaceFirst("")).replaceAll("").strip();
                    if (!t.isEmpty() && SPACES.split(t).length <= 5 && HAS_LETTER.matcher(t).matches()) out.add(t);
                }
            }
        }
        return out;
    }

    /** "X is a Y ...": the sentence is the term's definition, and its genus gives the kind and a specific broader term. */
    static TermRecord definedBy(String sentence, TermRecord term, Evidence ev) {
        term.addDefinition(sentence, ev);
        Genus g = Genus.of(copulaGenus(sentence));
        if (g != null) {
            term.kind(g.kind());
            if (g.broader() != null) term.addBroader(g.broader(), ev);
        }
        return term;
    }

    private static final Pattern DEFINITION_SENTENCE = Pattern.compile("(?is)^.{1,160}?\\s(?:is|are|was)\\s+(?:a|an|the|one|any|each|some|two|three|many|several)\\b.*");

    /** Whether "X is ..." continues with an article or quantifier ("is a", "is one of"), as a genus does. */
    static boolean copulaWithArticle(String sentence) {
        return DEFINITION_SENTENCE.matcher(sentence).matches();
    }

    /** "See under Dressing": the entry that defines the sub-entry, which it refers to. */
    static final Pattern SEE_UNDER = Pattern.compile("(?i)^(see)\\s+under\\s+");

    /** Cross-references ("See X.", "See also X.", "Cf X", "— compare X") in a definition. */
    private static final Pattern RELATIVE_TAIL = Pattern.compile("(?i),?\\s+(?:which|that|who|where|when|whose)\\b.*$");

    private static final Pattern TRAILING_SPACES_OR_COMMAS = Pattern.compile("[\\s,]+$");
    private static final Pattern LEADING_ARTICLE_BEFORE_LETTER = Pattern.compile("(?i)^(?:an?|the)\\s+(?=\\p{L})");
    private static final Pattern CROSS_REFERENCE_WORD = Pattern.compile("(?i)(?:below|above|text|figure|fig|table|under|entry|illust|illustration|plate)\\b.*"
        // "See Chalkstone, n., 2.": the part of speech and sense number of the entry referred to
        + "|(?:" + PART_OF_SPEECH_MARKS + ")\\.?|\\d{1,2}\\.?|[a-z]\\)");

    /** A leading bracket before a cross-reference cue ("(See X.)"). */
    private static final Pattern LEADING_BRACKET = Pattern.compile("^\\(\\s*");

    /**
     * Whether a sentence of running text refers its reader to another entry: it opens with a cue ("See digestive
     * system.", "(Compare X.)") or ends with a bracketed sentence that does ("... digestion. (See digestive system.)").
     */
    static boolean refersOn(String sentence) {
        return CrossRefKind.opensText(LEADING_BRACKET.matcher(sentence).replaceFirst("")) || BRACKETED_REFERENCE.matcher(sentence).find();
    }

    static void crossRefs(String text, TermRecord term, Evidence ev) {
        // "... for digestion. (See digestive system.)": a bracketed sentence of its own that refers the reader on
        String scanned = BRACKETED_REFERENCE.matcher(text).replaceAll(" $1");
        Matcher m = XREF.matcher(scanned);
        while (m.find()) {
            if (org.medvocab.page.Words.insideSquareBrackets(scanned, m.start())) continue; // "[L. speculum. See Spy.]": the word's history
            String word = m.group(1).toLowerCase(Locale.ROOT).replace(".", "");
            CrossRefKind kind = switch (word) {
                case "see also" -> CrossRefKind.SEE_ALSO;
                case "see" -> CrossRefKind.SEE;
                case "cf" -> CrossRefKind.CF;
                default -> CrossRefKind.COMPARE;
            };
            // "distinguished from embolism, which is produced by ...": the clause describes the term referred to
            String target = RELATIVE_TAIL.matcher(m.group(2)).replaceFirst("");
            for (String item : Phrases.coordinated(target)) {
                String t = LEADING_ARTICLE_BEFORE_LETTER.matcher(SPACES.matcher(TRAILING_SPACES_OR_COMMAS.matcher(item).replaceAll("")).replaceAll(" ").strip()).replaceFirst("");
                if (t.isEmpty() || t.split(" ").length > 6) continue;
                if (CROSS_REFERENCE_WORD.matcher(t).matches()) continue;
                term.addCrossRef(kind, lowerUnlessProper(SHOUTED_NAME.matcher(t).matches() ? t.toLowerCase(Locale.ROOT) : t), ev);
            }
        }
        notConfused(scanned, term, ev);
    }

    /** "..., but it should not be confused with X or Y": a contrast anywhere in a sentence, the reader's cf. */
    private static final Pattern NOT_CONFUSED = Pattern.compile(
        "(?i)\\bnot\\s+(?:to\\s+)?be\\s+(?:confused|mistaken)\\s+(?:with|for)\\s+([^.;()]+?)\\s*(?=[.;)]|$)");

    /** The terms a sentence says its subject is not to be confused with, as cf references. */
    static void notConfused(String text, TermRecord term, Evidence ev) {
        for (Pattern p : List.of(NOT_CONFUSED, SIMILAR_TO)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (String item : Phrases.coordinated(RELATIVE_TAIL.matcher(m.group(1)).replaceFirst(""))) {
                    String t = LEADING_ARTICLE_BEFORE_LETTER.matcher(SPACES.matcher(TRAILING_SPACES_OR_COMMAS.matcher(item).replaceAll("")).replaceAll(" ").strip()).replaceFirst("");
                    if (!t.isEmpty() && t.split(" ").length <= (p == SIMILAR_TO ? 4 : 6)) term.addCrossRef(CrossRefKind.CF, lowerUnlessProper(t), ev);
                }
            }
        }
    }

    /** "It is similar in function to a splint": the thing its subject is likened to, the reader's cf. */
    private static final Pattern SIMILAR_TO = Pattern.compile(
        "(?i)\\b(?:is|are)\\s+(?:(?:very|quite|somewhat|broadly)\\s+)?similar\\s+(?:in\\s+\\p{L}+\\s+)?to\\s+(?!(?:that|those|what|how)\\b)((?:an?\\s+|the\\s+)?\\p{L}[\\p{L}\\- ]{1,40}?)\\s*(?=[.;,)]|$)");

    private static final Pattern TRAILING_SEE_ALSO = Pattern.compile("(?i)(?:^|(?<=[.;])\\s*)(?:see also|see|cf\\.?|compare)\\s*:?\\s+[^.;]+[.;]?\\s*$");
    private static final Pattern TRAILING_COMPARE = Pattern.compile("\\s[\u2013\u2014]+\\s*compare\\s+.*$");

    /** The text of a definition without its cross-reference sentences. */
    static String withoutCrossRefs(String text) {
        String t = text.strip();
        for (String prev = null; !t.equals(prev); ) {
            prev = t;
            t = TRAILING_SEE_ALSO.matcher(t).replaceAll("").strip();
        }
        t = TRAILING_COMPARE.matcher(TRAILING_SEE_ALSO.matcher(t).replaceAll("")).replaceAll("").strip();
        return t.isEmpty() ? text.strip() : t;
    }

    /** "SCALPEL", "ENDOTRACHEAL TUBE": a name set in capitals (a dictionary's small capitals), words of five letters or more. */
    private static final Pattern SHOUTED_NAME = Pattern.compile("\\p{Lu}{5,}(?:[ -]\\p{Lu}{2,})*|\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,})*[ -]\\p{Lu}{5,}");

    static String lowerUnlessProper(String t) {
        StringBuilder sb = new StringBuilder();
        for (String w : t.split(" ")) {
            // "hepatitis B", "vitamin A": a capital letter after the first word is a letter of the name
            boolean letter = sb.length() > 0 && w.length() == 1 && Character.isUpperCase(w.charAt(0));
            if (sb.length() > 0) sb.append(' ');
            sb.append(letter ? w : Phrases.casing(w));
        }
        return sb.toString();
    }

    /** Abbreviation pairs of a sentence, recorded on the extraction. */
    static void abbreviations(String sentence, DocumentExtraction ex, Evidence ev) {
        ex.addAbbreviations(Abbreviations.find(sentence), ev);
    }

    /** Marks a term as a proper name when the text writes it capitalised in mid-sentence. */
    static boolean writtenAsProperName(String text, String label) {
        if (label.isEmpty() || !Character.isLetter(label.charAt(0))) return false;
        String cap = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        Matcher m = Pattern.compile("(?<=[a-z,;]\\s(?:the\\s|a\\s|an\\s)?)" + Pattern.quote(cap) + "\\b").matcher(text);
        if (!m.find()) return false;
        // a name is capitalised wherever it stands: "a walker", "the walker" more often than "Walker" inside a sentence
        // make it a common noun (the capital ones quote a title: "A summary of Walker (mobility)")
        int capitals = 1;
        while (m.find()) capitals++;
        String lower = label.toLowerCase(Locale.ROOT);
        if (!lower.equals(label)) {
            Matcher l = Pattern.compile("\\b" + Pattern.quote(lower) + "(?:e?s)?\\b").matcher(text);
            int lowers = 0;
            while (l.find()) lowers++;
            if (lowers > capitals) return false;
        }
        // Title Case in running text is not enough when every word is capitalised as in a heading.
        return label.split(" ").length == 1;
    }

    /**
     * Whether a text has a finite verb: "Diagram showing a line inserted into a vein" (a caption) has none,
     * "The line is inserted into a vein" has one.
     */
    static boolean hasFiniteVerb(String text) {
        for (Nlp.Token t : Nlp.get().analyse(text, 0).tokens()) {
            String w = t.lower();
            if (t.is("AUX") || t.is("VERB") && !w.endsWith("ing") && !w.endsWith("ed")) return true;
        }
        return false;
    }
}

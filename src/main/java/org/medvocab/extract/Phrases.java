package org.medvocab.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medvocab.ground.WordNetLexicon;

/** Noun-phrase handling on tagged tokens: cleaning a mention into a term label, splitting coordinated lists. */
public final class Phrases {
    private Phrases() {}

    /** A cleaned term: its label and the qualifier words removed from the mention (or null). */
    public record Term(String label, String qualifier) {}

    /** Where a phrase that follows a trigger ends. */
    private static final Pattern BOUNDARY = Pattern.compile(
        "[.;:!?()\\[\\]]|\\s[\u2013\u2014]\\s|,\\s*(?:also|formerly|or simply|where|which|who|when|while|as|especially|particularly|"
        + "that|because|so|but|although|though|thereby|thus|usually|often|typically|in|on|at|for|to|by|with|from|during|"
        // ", according to the site", ", depending on ...": a participle that works as a preposition opens no name
        + "according|depending|regarding|concerning)\\b"
        + "|\\s(?:then|who|which|that|where|when|while|because|since|if|as|by|to|for|from|during|until|after|before|with|"
        + "in|on|at|into|onto|through|via|using|so|than|but|is|are|was|were|be|been|can|could|may|might|will|would|should|must|has|have|had|"
        + "do|does|did|due|within|without|between|across|along|around|against|toward|towards|under|over|up|down|out|upon|"
        + "beyond|below|above|beneath|behind|beside|throughout|among|underneath|except|"
        + "inside|outside|whose|whom|what|how|why)\\s"
        // "a large vein close to the heart": a phrase of nearness says where, it is not part of the name
        + "|\\s(?:close|next|near|adjacent|proximal|distal|closer|nearer) to\\s|\\s(?:rather than|instead of)\\s"
        // "a closed chamber able to withstand pressure": an adjective with its complement after the noun describes it
        + "|\\s(?:able|unable|capable|incapable|suitable|sufficient|resistant|impermeable|permeable)\\s+(?:to|of|for)\\s"
        // "a vein deep in the body", "a tube high in the chest": a place adverb and its phrase say where
        + "|\\s(?:deep|high|low|far|just|located|situated|lying|found)\\s(?=in|within|inside|under|below|above|from|beneath)\\b"
        // "the viral pneumonia associated with COVID-19": a participle and its phrase describe the noun before them
        + "|\\s(?=[a-z]{3,}ed\\s(?:with|by|to|from)\\s)");

    private static final Pattern PERSON_POSSESSIVE = Pattern.compile(
        "(?i)(?:patient|person|individual|user|wearer|adult|child|infant|baby|mother|woman|man)(?:'s|s')");
    private static final Pattern THING_POSSESSIVE = Pattern.compile("\\b([a-z]+'s)\\s+[a-z]");
    private static final Pattern PARTICIPLE_START = Pattern.compile("^(?i:[a-z]+ed)\\b");
    private static final Pattern ITEM_MODIFIER = Pattern.compile("\\s+(?:at|in|of|on|from|with|after|during|within|around|near|for)\\s");
    /** A list that goes on after its first item: ", B, and C" (two or more further items) to the end of the clause. */
    private static final Pattern LIST_CONTINUES = Pattern.compile(
        "^[^,;:.]{1,60}?((?:,\\s*[^,;:.]{1,40}){1,8}?,?\\s+(?:and|or)\\s+[^,;:.]{1,40})(?=[.;:]|$)");

    private static final Pattern LIST_SPLIT = Pattern.compile(",\\s*(?:and|or|and/or)\\s+|\\s+(?:and|or|and/or)\\s+|,\\s+|\\s*/\\s*(?=[a-z])");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The items of a written list ("A, B and C"), split at its commas and conjunctions only (no adjectives stacked). */
    static List<String> items(String list) {
        return List.of(LIST_SPLIT.split(list));
    }

    private static final Pattern LOWER_ONE_OR_TWO_WORDS = Pattern.compile("[a-z][a-z\\-]+(?: [a-z][a-z\\-]+)?");
    /** What ends a phrase cut at a boundary and names nothing: a conjunction, or examples announced but not given. */
    private static final Pattern TRAILING_CONJUNCTION = Pattern.compile("(?i)[\\s,]+(?:and|or|and/or|but|as well as|such as|including)$");

    /** " of the ", " of its ": the start of a phrase that names where. */
    private static final Pattern OF_THE = Pattern.compile("(?i)\\s+of\\s+(?:the|a|an|all|each|every|some|many|most|its|their|this|these)\\s");

    /** The text from {@code from} up to the end of the phrase (first clause boundary). */
    public static String phraseAt(String sentence, int from) {
        String rest = sentence.substring(Math.min(from, sentence.length())).replace("such as ", "such\u00a0as ");
        Matcher m = BOUNDARY.matcher(rest);
        String phrase = (m.find() ? rest.substring(0, m.start()) : rest).strip().replace("such\u00a0as", "such as");
        // "the goblet cells of the colon lining": an "of the" phrase names where, not what
        Matcher ofThe = OF_THE.matcher(phrase);
        if (ofThe.find() && ofThe.start() > 0) {
            // "the chambers of the heart": a part named after its whole is the compound "heart chamber"
            String[] before = SPACES.split(phrase.substring(0, ofThe.start()).strip());
            String whole = phrase.substring(ofThe.end()).strip();
            String part = Labels.singular(before[before.length - 1].toLowerCase(Locale.ROOT));
            phrase = before.length <= 2 && Lexicon.PART_NOUNS.contains(part) && LOWER_ONE_OR_TWO_WORDS.matcher(whole).matches()
                ? whole + " " + part
                // "sections of the digestive tract": a vague share of a whole names the whole
                : before.length <= 2 && PARTITIVE_NOUNS.contains(part) && LOWER_ONE_OR_TWO_WORDS.matcher(whole).matches()
                ? whole : phrase.substring(0, ofThe.start());
        }
        return TRAILING_CONJUNCTION.matcher(phrase).replaceAll("").strip();
    }

    /** Nouns for an unnamed share of a whole ("sections of the gut", "a portion of the liver"). */
    private static final Set<String> PARTITIVE_NOUNS = Set.of("section", "portion", "segment", "part", "region", "area", "length");

    private static final Pattern LEADING_COMMA = Pattern.compile("^,\\s*");

    /**
     * The phrase at {@code from} like {@link #phraseAt}, but when its first item carries a modifying phrase and the
     * list goes on ("bleeding at the access site, limb ischemia, infection, and thromboembolism"), the following
     * items are kept: each is cut where its own modifier starts, so the result reads "A, B, C, and D".
     */
    public static String listAt(String sentence, int from) {
        String first = phraseAt(sentence, from);
        String rest = sentence.substring(Math.min(from, sentence.length())).strip();
        if (first.isEmpty() || rest.startsWith(first + ",") || !rest.startsWith(first)) return first;
        Matcher m = LIST_CONTINUES.matcher(rest);
        if (!m.find()) return first;
        List<String> items = new ArrayList<>(List.of(first));
        for (String item : LIST_SPLIT.split(LEADING_COMMA.matcher(m.group(1)).replaceFirst(""))) {
            String whole = item.strip();
            String cut = phraseAt(whole, 0);
            // each item is a noun phrase, whole or with a place or time phrase after it; a participle ("passed into
            // the atrium"), a purpose ("to function as") or a clause means the commas were not a list
            if (cut.isEmpty() || PARTICIPLE_START.matcher(cut).find()
                || !cut.equals(whole) && !ITEM_MODIFIER.matcher(whole.substring(cut.length())).lookingAt()) return first;
            items.add(cut);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static final Pattern POSITION_WORDS = Pattern.compile("right|left|upper|lower|anterior|posterior|inferior|superior|internal|external|common|proximal|distal");

    /**
     * Splits "A, B, and C" / "A or B" into items. Items made only of qualifier words ("severe" in
     * "severe, refractory shock") are folded into the next item.
     */
    public static List<String> coordinated(String phrase) {
        List<String> raw = new ArrayList<>(List.of(LIST_SPLIT.split(phrase)));
        // "ethmoid, frontal, maxillary or sphenoid sinusitis": single words joined by a conjunction are alternatives that
        // share the last item's head, where "severe, refractory shock" stacks two adjectives on one noun
        boolean alternatives = raw.size() > 2 && CONJUNCTION.matcher(phrase).find()
            && raw.subList(0, raw.size() - 1).stream().map(String::strip).allMatch(w -> !w.isEmpty() && !w.contains(" "));
        List<String> out = new ArrayList<>();
        String carry = "";
        for (int k = 0; k < raw.size(); k++) {
            String t = raw.get(k).strip();
            if (t.isEmpty()) continue;
            boolean more = k + 1 < raw.size();
            if (onlyQualifiers(t) || more && !alternatives && lonelyAdjective(t, phrase)) { carry = carry + t + ", "; continue; }
            // "left atrium or ventricle": a position word shared by anatomical items
            if (!out.isEmpty() && !t.contains(" ")) {
                String[] prev = SPACES.split(out.get(out.size() - 1).strip());
                if (prev.length >= 2 && POSITION_WORDS.matcher(prev[prev.length - 2].toLowerCase(Locale.ROOT)).matches()
                    && Lexicon.kindOfHead(prev[prev.length - 1]) == TopClass.ANATOMY && Lexicon.kindOfHead(t) == TopClass.ANATOMY) {
                    t = prev[prev.length - 2] + " " + t;
                }
            }
            out.add(carry + t);
            carry = "";
        }
        return sharedHead(out);
    }

    private static final Pattern CONJUNCTION = Pattern.compile("\\s(?:or|and)\\s");
    private static final Pattern LETTER_WORD = Pattern.compile("[\\p{L}][\\p{L}\\-]*");
    private static final Pattern LETTER_DIGIT_WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}\\-]*");

    /** Qualifier words ("severe", "refractory") at the start of an item. */
    private static final Pattern LEADING_QUALIFIERS = Pattern.compile("^(?:(?i:" + String.join("|", Lexicon.QUALIFIERS) + ")\\s+)+");

    /**
     * "large and small volume pumps", "P-type, F-type and V-type ATPases", "heart and lung failure": modifiers
     * coordinated before one head share it. An earlier single-word item takes the last item's head when it is a
     * modifier (an adjective or a hyphenated "-type" word) or when the phrase it makes is a known term.
     */
    static List<String> sharedHead(List<String> items) {
        if (items.size() < 2) return items;
        String[] last = SPACES.split(items.get(items.size() - 1).strip());
        // "T-pipe, and a screw valve": a last item with its own article is a whole noun phrase, its head not shared
        if (last.length < 2 || Lexicon.DETERMINERS.contains(last[0].toLowerCase(Locale.ROOT))) return items;
        String head = String.join(" ", java.util.Arrays.copyOfRange(last, 1, last.length));
        List<String> out = new ArrayList<>();
        // a coordination is of one kind: when one bare item can only modify ("nasogastric"), every bare item modifies
        boolean modifiers = items.subList(0, items.size() - 1).stream().map(String::strip)
            .anyMatch(w -> LETTER_WORD.matcher(w).matches() && isAdjective(w));
        for (int i = 0; i < items.size() - 1; i++) {
            String item = items.get(i).strip();
            // "profound heart and lung failure": leading qualifiers do not stop the head being shared
            String core = LEADING_QUALIFIERS.matcher(item).replaceFirst("");
            boolean single = !core.contains(" ") && LETTER_DIGIT_WORD.matcher(core).matches();
            String joined = item + " " + head;
            boolean modifier = single && (modifiers || core.contains("-") || isAdjective(core));
            boolean known = single && !modifier && org.medvocab.ground.Grounder.get().assess(core + " " + head).evidence()
                == org.medvocab.ground.Grounding.Evidence.LEXICON;
            out.add(modifier || known ? joined : items.get(i));
        }
        out.add(items.get(items.size() - 1));
        return out;
    }

    /** Adjective endings of medical words WordNet does not list ("nasogastric", "transfemoral", "subcutaneous"). */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("[a-z]{4,}(?:ic|al|ous|ive|ary|oid|eal)");

    /** An adjective by its most frequent WordNet reading, or, for a word WordNet does not know, by its ending. */
    static boolean isAdjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        var wordNet = org.medvocab.ground.WordNetLexicon.get();
        if (wordNet.readings(w).isEmpty()) return ADJECTIVE_ENDING.matcher(w).matches();
        return wordNet.mostFrequentReading(w) == org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE;
    }

    /** A heading inverted the way indexes write them: a name, a comma, then the qualifiers that precede it. */
    private static final Pattern INVERTED = Pattern.compile("^([\\p{L}][\\p{L}'\\-]*(?:\\s+[\\p{L}][\\p{L}'\\-]*){0,3}),\\s*"
        + "([\\p{L}][\\p{L}\\-]*(?:\\s+[\\p{L}][\\p{L}\\-]*){0,2})$");

    /**
     * "coronary angioplasty, percutaneous transluminal" gives "percutaneous transluminal coronary angioplasty": an
     * index heading names the term with its qualifiers moved behind a comma; null when the heading is not one (the part
     * after the comma is not made of adjectives, or the part before it ends in one).
     */
    static String uninverted(String heading) {
        Matcher m = INVERTED.matcher(heading.strip());
        if (!m.matches()) return null;
        String[] before = SPACES.split(m.group(1));
        if (isAdjective(before[before.length - 1])) return null;
        var wordNet = org.medvocab.ground.WordNetLexicon.get();
        for (String w : SPACES.split(m.group(2).toLowerCase(Locale.ROOT))) {
            // an adjective in any of its readings ("spinal" is also a noun) or, unknown to WordNet, by its ending
            if (!wordNet.readings(w).contains(org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE) && !isAdjective(w)) return null;
        }
        return m.group(2) + " " + m.group(1);
    }

    /** "complex, high-risk procedures": a single adjective before a comma modifies what follows. */
    private static boolean lonelyAdjective(String item, String phrase) {
        if (item.contains(" ")) return false;
        int at = phrase.indexOf(item + ",");
        if (at < 0) return false;
        // "ovary, vagina": a word the dictionary knows only as a noun is no adjective, whatever the tagger guesses
        if (WordNetLexicon.get().knownNot(item, WordNetLexicon.Reading.ADJECTIVE)) return false;
        for (Nlp.Token t : Nlp.get().analyse(phrase, 0).tokens()) {
            if (t.start() == at) return t.is("ADJ");
        }
        return false;
    }

    private static boolean onlyQualifiers(String t) {
        for (String w : SPACES.split(t.toLowerCase(Locale.ROOT))) {
            if (!Lexicon.QUALIFIERS.contains(w) && !Lexicon.DETERMINERS.contains(w)) return false;
        }
        return true;
    }

    /**
     * Cleans a mention into a term label: determiners, quantities and qualifiers dropped from the front,
     * a possessive or "of"-construction on a non-term head resolved, the last word made singular, words in
     * lower case except acronyms and names with inner capitals or digits ("BiPAP", "Ca2+"). Whether a
     * capitalised word is a proper name is decided by the extractors, which see the whole document.
     * Returns null when nothing term-like remains.
     */
    /**
     * "catheter-directed", "drug-induced", "image-guided", "ventilator-associated": a participle of cause, means or
     * relation led by a noun classifies what it modifies (it names a kind); "battery-powered", "catheter-mounted",
     * "screw-shaped", "twin-channeled" or "well-tolerated" describe how one is built or behaves.
     */
    private static final Pattern CLASSIFYING_PARTICIPLE = Pattern.compile(
        "[a-z]+-(?:directed|guided|assisted|induced|associated|acquired|related|mediated|based|activated|gated|coupled|borne)");

    private static boolean nounParticiple(String word) {
        if (!CLASSIFYING_PARTICIPLE.matcher(word).matches()) return false;
        String first = word.substring(0, word.indexOf('-'));
        return org.medvocab.ground.WordNetLexicon.get().mostFrequentReading(first) == org.medvocab.ground.WordNetLexicon.Reading.NOUN;
    }

    private static final Pattern CURLY_POSSESSIVE = Pattern.compile("(?<=\\p{L})\u2019(?=s\\b)");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\u2018\u2019\"`]");
    private static final Pattern LEADING_BULLET = Pattern.compile("^[\\-\u2022*\u00b7]+\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.;:]+$");
    private static final Pattern WORD_BREAK = Pattern.compile("\\s+|,\\s+|,$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern HYPHENATED_PARTICIPLE = Pattern.compile("[a-z]+-[a-z]+ed");
    private static final Pattern TRAILING_ADVERB_WORDS = Pattern.compile("[a-z]+ly|then|too|also|only|alone|here|there");
    private static final Pattern IRREGULAR_PARTICIPLE_WORDS = Pattern.compile("found|made|done|seen|given|known|taken|held|put|driven|worn|shown|built|kept|left|lost|sent|told|thought|brought|caught|taught|bound|wound|ground|spread|cut|hit|shut|split");
    private static final Pattern PERSON_WORDS = Pattern.compile("patient|person|people|individual|user|adult|child|children|infant|doctor|physician|surgeon|nurse|clinician|case|use");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");
    private static final Pattern FUNCTION_WORDS = Pattern.compile("(is|are|was|were|be|been|being|has|have|had|do|does|did|it|they|which|that|who|what|whom|whose|how|why|not|also|can|may|will|would)");
    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("'s$");

    /** "the term X", "the word X": a noun about language before the name it introduces. */
    private static final Pattern NAME_INTRODUCER = Pattern.compile("(?i)^the\\s+((?:term|word|name|expression)\\s+)(?=\\S)");

    /** "kinds of X", "the use of X": a head word, "of", and the rest. */
    private static final Pattern HEAD_OF = Pattern.compile("^(?:(?:a|an|the|some|certain|many|several)\\s+)?(\\w+)\\s+of\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    /** Whether WordNet or the medical lexicon knows the words as one name. */
    private static boolean establishedName(List<String> words) {
        return established(String.join(" ", words), false);
    }

    /** Whether WordNet (as a noun) or the medical lexicon knows the phrase as a name ("plasma membrane"). */
    static boolean establishedNoun(String phrase) {
        return established(phrase, true);
    }

    private static boolean established(String phrase, boolean nounOnly) {
        String singular = Labels.singularPhrase(phrase.toLowerCase(Locale.ROOT));
        var readings = org.medvocab.ground.WordNetLexicon.get().readings(singular);
        return (nounOnly ? readings.contains(org.medvocab.ground.WordNetLexicon.Reading.NOUN) : !readings.isEmpty())
            || org.medvocab.ground.Grounder.get().lexicon().contains(singular);
    }

        public static Term clean(String mention) {
        if (mention == null) return null;
        String m = SPACES.matcher(QUOTE_MARKS.matcher(CURLY_POSSESSIVE.matcher(mention).replaceAll("'")).replaceAll("")).replaceAll(" ").strip();
        // "the heart's contraction": a thing's possessive describes, it does not name (an eponym is capitalised, a
        // person's possessive is dropped below)
        Matcher possessive = THING_POSSESSIVE.matcher(m);
        if (possessive.find() && !PERSON_POSSESSIVE.matcher(possessive.group(1)).matches()) return null;
        m = TRAILING_PUNCTUATION.matcher(LEADING_BULLET.matcher(m).replaceAll("")).replaceAll("");
        // "kinds of X", "use of X", "risk of X": the term is X
        Matcher of = HEAD_OF.matcher(m);
        if (of.matches() && (Lexicon.NON_TERM_HEADS.contains(Labels.singular(of.group(1).toLowerCase(Locale.ROOT)))
            || Lexicon.NON_TERMS.contains(Labels.singular(of.group(1).toLowerCase(Locale.ROOT))))) {
            m = of.group(2);
        }
        // "the term hypoglycemia": a word about words before the name it introduces
        // (unless the words make a name with it, as "the word processor" does)
        Matcher introducer = NAME_INTRODUCER.matcher(m);
        if (introducer.lookingAt() && !establishedName(List.of(m.substring(introducer.start(1)).split("\\s+")))) m = m.substring(introducer.end());
        List<String> words = new ArrayList<>(List.of(WORD_BREAK.split(m)));
        words.removeIf(String::isEmpty);
        List<String> dropped = new ArrayList<>();
        // "an individual's gastrointestinal tract": a person's possessive is a determiner, not part of the name
        if (words.size() > 2 && PERSON_POSSESSIVE.matcher(words.get(1)).matches()
            && Lexicon.DETERMINERS.contains(words.get(0).toLowerCase(Locale.ROOT))) words.remove(0);
        if (words.size() > 1 && PERSON_POSSESSIVE.matcher(words.get(0)).matches()) words.remove(0);
        dropLeadingWords(words, dropped);
        while (words.size() > 1 && TRAILING_ADVERB_WORDS.matcher(words.get(words.size() - 1).toLowerCase(Locale.ROOT)).matches()) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) return null;
        String lastWord = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (lastWord.length() > 3 && lastWord.endsWith("ed") && !lastWord.endsWith("eed")) return null; // a participle ("used"), not a noun
        if (IRREGULAR_PARTICIPLE_WORDS.matcher(lastWord).matches()) return null;
        if (words.size() > 1 && WordNetLexicon.get().onlyAs(lastWord, WordNetLexicon.Reading.VERB)) return null; // "graft involve": the clause's verb
        if (words.size() > 1 && PERSON_WORDS.matcher(Labels.singular(words.get(0).toLowerCase(Locale.ROOT))).matches()) {
            return null; // "patients undergoing ...": a clause about people, not a term
        }
        String last = words.get(words.size() - 1);
        String lastLower = Labels.singular(last.toLowerCase(Locale.ROOT));
        if (words.size() == 1 && (Lexicon.NON_TERMS.contains(lastLower) || Lexicon.isGenericGenus(lastLower))) return null;
        if (Lexicon.NON_TERM_HEADS.contains(lastLower)) return null;
        if (words.size() > 6) return null;
        // "Section 4", "Figure 2.1", "Question 1 of 6": a division of the document and its number
        if ((words.size() == 2 || words.size() == 4 && words.get(2).equalsIgnoreCase("of") && DIVISION_NUMBER.matcher(words.get(3)).matches())
            && Lexicon.DOCUMENT_DIVISIONS.contains(words.get(0).toLowerCase(Locale.ROOT))
            && DIVISION_NUMBER.matcher(words.get(1)).matches()) return null;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (!HAS_LETTER_OR_DIGIT.matcher(w).matches()) return null;
            if (Lexicon.DETERMINERS.contains(lw) && !lw.equals("one") && !(w == words.get(0) && QUANTIFIER_IN_NAMES.contains(lw))) return null;
            if (FUNCTION_WORDS.matcher(lw).matches()) return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i == words.size() - 1) w = singularHead(words, w);
            if (sb.length() > 0) sb.append(' ');
            sb.append(casing(w));
        }
        String label = TRAILING_POSSESSIVE.matcher(sb.toString()).replaceAll("").strip();
        if (label.length() < 2) return null;
        return new Term(label, dropped.isEmpty() ? null : String.join(", ", dropped));
    }

    /**
     * Drops what opens a mention but is no part of a name: determiners and numbers, naming verbs, a verb's past form,
     * and qualifiers (kept in {@code dropped}) unless they belong to an established name.
     */
    private static void dropLeadingWords(List<String> words, List<String> dropped) {
        while (!words.isEmpty()) {
            String w = words.get(0).toLowerCase(Locale.ROOT);
            // ("multiple sclerosis", "multiple myeloma": a quantifier that is part of an established name stays)
            if (QUANTIFIER_IN_NAMES.contains(w) && words.size() > 1 && establishedName(words)) break;
            if (Lexicon.DETERMINERS.contains(w) || DIGITS.matcher(w).matches()) { words.remove(0); continue; }
            // "of asthma" (from "one of the causes of asthma"): a preposition left before a name opens no name
            if (words.size() > 1 && w.equals("of")) { words.remove(0); continue; }
            // "severe to profound hearing loss", "mild-to-moderate": a range of qualifiers, dropped from its "to" on
            if (words.size() > 2 && !dropped.isEmpty() && (w.equals("to") || w.equals("or")) && Lexicon.QUALIFIERS.contains(words.get(1).toLowerCase(Locale.ROOT))) {
                dropped.add(words.remove(0));
                continue;
            }
            // "called laparoscopic X", "suffered severe damage": a naming verb or a verb's past form opens no name
            // ("hinged brace": before a noun the participle is a modifier)
            if (words.size() > 1 && (NAMING_WORDS.contains(w) || w.endsWith("ed") && WordNetLexicon.get().onlyAs(w, WordNetLexicon.Reading.VERB)
                && !WordNetLexicon.get().reads(words.get(1), WordNetLexicon.Reading.NOUN))) { words.remove(0); continue; }
            // "small intestine", "common bile duct": a qualifier that is part of an established name stays
            if (words.size() > 1 && Lexicon.QUALIFIERS.contains(w) && establishedName(words)) break;
            if (words.size() > 1 && (Lexicon.QUALIFIERS.contains(w) || w.endsWith("ly") || HYPHENATED_PARTICIPLE.matcher(w).matches() && !nounParticiple(w))) { dropped.add(words.remove(0)); continue; }
            break;
        }
    }

    /** The number of a document's division: "4", "2.1", "IV", "B". */
    private static final Pattern DIVISION_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*|[IVXLC]+|\\p{Lu}");

    /** Quantifiers that open some established names ("multiple sclerosis", "multiple myeloma"). */
    private static final Set<String> QUANTIFIER_IN_NAMES = Set.of("multiple");

    /** Words that give a name ("called X", "termed X"), not part of it. */
    private static final Set<String> NAMING_WORDS = Set.of("called", "termed", "named", "so-called", "dubbed");

    /**
     * The singular of a phrase's head word. Regular plurals ("pumps", "arteries") follow the spelling rule in
     * {@link Labels#singular}; irregular ones ("teeth", "thrombi", "criteria") take the OpenNLP lemma when
     * the tagger reads the word as a plural noun in its phrase.
     */
    static String singularHead(List<String> words, String head) {
        // "vas deferens": the whole name, known as written, keeps its last word
        if (words.size() > 1 && head.endsWith("s")) {
            String whole = String.join(" ", words);
            if (Labels.singularPhrase(whole).equals(whole)) return head;
        }
        String rule = Labels.singularPhrase(head);
        if (!rule.equals(head) || head.endsWith("s") || head.length() < 4 || !head.equals(head.toLowerCase(Locale.ROOT))) return rule;
        List<Nlp.Token> toks = Nlp.get().analyse(String.join(" ", words), 0).tokens();
        if (toks.isEmpty()) return rule;
        Nlp.Token last = toks.get(toks.size() - 1);
        String lemma = last.lemma();
        if (last.is("NOUN") && last.text().equals(head) && lemma != null && !lemma.equals(head) && lemma.length() >= 3
            && lemma.chars().allMatch(Character::isLetter) && lemma.charAt(0) == head.charAt(0)) {
            return lemma;
        }
        return rule;
    }

    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    /** Lower-cases an ordinary word; keeps acronyms, words with inner capitals or digits (Cl-, BiPAP, Ca2+). */
    public static String casing(String w) {
        if (w.length() > 1 && (Labels.hasInnerCapital(w) || HAS_DIGIT.matcher(w).matches() || w.endsWith("+"))) return w;
        return w.toLowerCase(Locale.ROOT);
    }

    /** Prepositions that open a noun phrase's post-modifier ("administration of fluids", "cancer in situ"). */
    static final Set<String> POSTMODIFIER_PREPOSITIONS = Set.of("of", "for", "in", "on", "with", "without", "to",
        "from", "by", "at", "into", "under", "within", "over", "about");

    /**
     * The head noun of a label, lower case: the last word of an English noun compound, before any prepositional
     * post-modifier ("feeding tube" -&gt; tube, "administration of a vaccine" -&gt; administration).
     */
    public static String head(String label) {
        String[] ws = SPACES.split(label.strip());
        int end = ws.length;
        for (int i = 1; i < ws.length - 1; i++) {
            if (POSTMODIFIER_PREPOSITIONS.contains(ws[i].toLowerCase(Locale.ROOT))) { end = i; break; }
        }
        return ws[end - 1].toLowerCase(Locale.ROOT);
    }

    /** All cleaned terms of a coordinated phrase. */
    public static List<Term> terms(String phrase) {
        List<Term> out = new ArrayList<>();
        for (String item : coordinated(phrase)) {
            Term t = clean(item);
            if (t != null) out.add(t);
        }
        return out;
    }
}

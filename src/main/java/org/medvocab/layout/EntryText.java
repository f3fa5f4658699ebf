package org.medvocab.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Words;

/**
 * Reads the parts of dictionary text the layouts share: a head line (headword glued to its
 * pronunciation, part of speech and domain labels), run-in sub-entries with the headword
 * abbreviated ("Foley c."), "term: definition" pairs, inline sense numbers and cross-references.
 * The part-of-speech and cross-reference cue words live here only.
 */
final class EntryText {
    private EntryText() {}

    static final Pattern POS = Pattern.compile("(?i)^(?:" + org.medvocab.page.HeadLines.PARTS_OF_SPEECH
            + ")\\.?(?=[\\s,;:]|$)");
    private static final Pattern PRON_BRACKETED = Pattern.compile("^(?:\\[[^\\]]{1,80}\\]|/[^/\\s][^/]{0,80}/"
            + "|\\\\[^\\\\]{1,80}\\\\|\\([^()]{0,80}[ˈˌ′″'ˊ-][^()]{0,80}\\)"
            // "Sci*at"i*ca (?), n.": the mark a copy of the Webster 1913 leaves where it could not print the respelling
            + "|\\(\\?\\))");
    private static final Pattern PRON_BARE = Pattern.compile("^\\S*[ˈˌ′″'ˊəāēīōūŏĭĕăŭ]\\S*(?=\\s)");
    /** "<medicine>", and after a part of speech the old dictionaries' abbreviated field: "(Med.)", "(Surg.)". */
    private static final Pattern DOMAIN = Pattern.compile("^<([^<>]{2,80})>");
    private static final Pattern FIELD_ABBREVIATION = Pattern.compile("^\\((\\p{Lu}\\p{Ll}{1,8}\\.(?:\\s*\\p{Lu}\\p{Ll}{1,8}\\.)?|\\p{Lu}\\p{Ll}{1,4})\\)"
            // "Sci*at"i*ca (?), n. [NL.] Med.": the field written without brackets as the last word of the head line
            + "|^(\\p{Lu}\\p{Ll}{1,8}\\.)\\s*$");
    /** "1:" right after the part of speech: the number of the first of WordNet's plain-text senses. */
    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\d{1,2}:(?=\\s)");
    /** The word's history in square brackets after its part of speech (the Webster 1913 head line); a page cut short may not close it. */
    /** "[L. ...]", and "Etym: [Trachea + Gr. ...]" as some copies of the Webster 1913 label it. */
    private static final Pattern ETYMOLOGY = Pattern.compile("^(?:Etym(?:ology)?\\.?:\\s*)?\\[[^\\[\\]]{2,600}(?:\\]\\.?|$)");
    /** "tracheotomy (plural tracheotomies)", "(countable and uncountable, plural ...)": a wiki dictionary's inflection line. */
    private static final Pattern INFLECTION = Pattern.compile("(?i)^\\((?:plural|pl\\.|countable|uncountable|usually plural)\\b[^()]{0,60}\\)");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s,;:.]+");
    private static final Pattern SYLLABLE_MARK = Pattern.compile("[·•‧\\\\\"*`]");
    private static final Pattern CROSS_REF = Pattern.compile(
            "(?i)(?<![\\p{L}])(see also|see|cf\\.?|compare|syn)(?![\\p{L}])\\s*[:.]?\\s*:?\\s*([\\p{L}][^.;:\\[\\]()]{0,60}?(?:\\s\\p{Ll}\\.)?)(?=\\s*(?:[.;\\[\\]()]|$))");
    private static final Pattern RUN_IN = Pattern.compile(
            "^((?:[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*\\s){1,3}?)(\\p{Ll})(\\.|\\.,|['’]s,)\\s+(\\S.*)$");
    private static final Pattern TERM_PAIR = Pattern.compile("^([^:]{1,70}?)\\s*[:–—]\\s+(\\S.*)$");
    private static final Pattern INLINE_NUMBER = Pattern.compile("(?:^|\\s)(\\d{1,2})\\.?\\s+(?=[\\p{Lu}(\\p{Ll}])");
    private static final int MAX_TERM_WORDS = 6;
    /** A word, then a word with syllable marks. */
    private static final Pattern WORD_THEN_SYLLABLES = Pattern.compile("^(\\p{L}[\\p{L}\\-]*)\\s+(\\S*[·•‧]\\S*)");
        /** One to three words, then a respelling between backslashes (the Webster 1913 head line). */
    private static final Pattern WORDS_BEFORE_RESPELLING = Pattern.compile(
            "^(\\p{L}[\\p{L}'\\-]*(?:\\s\\p{L}[\\p{L}'\\-]*){0,2})\\s+(?=\\\\[^\\\\\\s][^\\\\]{0,80}\\\\"
            // "embolus  (em´bo-lus)": a respelling in brackets, told by its stress marks, breves or syllable hyphens
            + "|\\((?=[^()]{0,40}(?:[´ˈˌ′″ˊ]|[ăĕĭŏŭāēīōūə]|\\p{L}-\\p{L}+-))[^()\\s]{2,40}\\))");
    /** A usage example: marked with "//" or quoted. */
    private static final Pattern EXAMPLE = Pattern.compile("^(?://|[“\"‘])");

    /**
     * Label rows of a thesaurus-backed entry, cue words here only: "synonyms: a, b", "Type of:", "Types:".
     * Kinds: "syn", "type of", "types".
     */
    private static final Pattern LABEL = Pattern.compile("(?i)^(" + org.medvocab.page.WordRelations.CAPTION_WORDS + ")\\s*:\\s*(.*)$");
    /** "inhaler, inhalator a dispenser that ...": the names a gloss row gives, then the gloss. */
    private static final Pattern GLOSS_ROW = Pattern.compile(
            // "air splint – a plastic sleeve ...": a dash or colon may stand between the names and the gloss
            "^(\\p{L}[\\p{L}'’ -]{0,40}?(?:,\\s*\\p{L}[\\p{L}'’ -]{0,40}?)*)(?:\\s+[–—-]|\\s*:)?\\s+((?:an?|the|any|one|some)\\s.*)$");

    /** A label row: its kind ("syn", "type of", "types") and its value (may be empty). */
    record Label(String kind, String value) {}

    /** @return the label row the text is, or null */
    static Label label(String text) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String kind = switch (org.medvocab.page.WordRelations.relation(m.group(1))) {
            case SYNONYMS -> "syn";
            case BROADER -> "type of";
            case NARROWER -> "types";
        };
        return new Label(kind, m.group(2).strip());
    }

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    /** "inhaler, inhalator a dispenser that ..." gives ["inhaler", "inhalator", gloss]; null when it names nothing. */
    static List<String> glossRow(String text) {
        Matcher m = GLOSS_ROW.matcher(text.strip());
        List<String> out = new ArrayList<>();
        if (!m.matches()) {
            if (Words.count(text) <= 3 && !text.strip().endsWith(".")) {
                out.add(text.strip()); // a name alone
                out.add("");
                return out;
            }
            return null;
        }
        for (String n : COMMA.split(m.group(1))) {
            out.add(n.strip());
        }
        out.add(m.group(2).strip());
        return out;
    }

    private static final int USAGE_MAX_WORDS = 16;
    private static final Pattern NOT_NOUN_MARK = Pattern.compile("(?i)^\\[(?:v|vt|vi|verb|adj|adjective|adv|adverb)\\]$");

    /** @return true for a sense marker that names another part of speech than the noun ("[v]", "[adj]") */
    static boolean isOtherPartOfSpeech(String marker) {
        return marker != null && NOT_NOUN_MARK.matcher(marker.strip()).matches();
    }

    private static final Pattern LEADING_DETERMINER = Pattern.compile("^(?:an?|the|this|that)\\s+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?]$");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile(".*[.!?]\\s.*");

    private static final Pattern LOWER_GLOSS = Pattern.compile("(?:an?|any|one)\\s+\\p{Ll}");

    /**
     * A usage example after the senses: one short sentence that uses the headword but is not about it as its
     * subject ("She tightened the tourniquet ...", "The nurse flushed the catheter ...").
     */
    static boolean isUsage(Block block, String headword) {
        // a list of example sentences is as much usage as a paragraph of one
        if (headword == null || block.type() != BlockType.PARAGRAPH && block.type() != BlockType.LIST_ITEM
                || fullRunIn(block, headword) != null || bracedRunIn(block, headword) != null
                // "a radiogram made by exposing film to X rays": a gloss in lower case, opening with its genus
                || LOWER_GLOSS.matcher(block.text().strip()).lookingAt()) {
            return false;
        }
        String t = normal(block.text());
        String h = normal(headword);
        int at = t.indexOf(h);
        String lead = LEADING_DETERMINER.matcher(t).replaceFirst("");
        return !h.isEmpty() && at > 0 && !lead.startsWith(h) && Words.count(block.text()) <= USAGE_MAX_WORDS
                && !INNER_SENTENCE_END.matcher(ENDS_SENTENCE.matcher(block.text().strip()).replaceFirst("")).matches();
    }

    /** @return true for a usage example block ("// the medic tied ...", "“He fitted ...”") */
    static boolean isExample(Block block) {
        return EXAMPLE.matcher(block.text().strip()).lookingAt();
    }

    /**
     * A parsed head line.
     *
     * @param headword the headword (syllable marks removed), or null when the line names none
     * @param pronunciation the pronunciation as written, or null
     * @param partOfSpeech the part of speech, or null
     * @param domains domain labels
     * @param rest where the definition starts in the line
     */
    record Head(String headword, String pronunciation, String partOfSpeech, List<String> domains, int rest) {
        boolean marked() {
            return pronunciation != null || partOfSpeech != null || !domains.isEmpty();
        }
    }

    /**
     * The headword of a line that is only a head ("gastrostomy gas·tros·to·my (gās-trŏs'tə-mē)": a headword and its
     * marks, no definition), or null.
     */
    static String headOnly(String text, String headword) {
        String t = text.strip();
        Head head = head(t, headword);
        return head.headword() != null && head.marked() && head.rest() >= t.length() ? head.headword() : null;
    }

    /**
     * Reads what stands before a definition: domain labels, pronunciation, part of speech; a
     * headword first when the line starts with {@code headword} (any case, syllable marks ignored)
     * or with a syllabified word.
     */
    static Head head(String text, String headword) {
        Head marked = headAfterPartOfSpeech(text, headword);
        if (marked != null) return marked;
        HeadParts h = new HeadParts();
        int i = leadingWord(text, headword, h);
        while (i < text.length()) {
            i = skip(text, i);
            int used = part(text.substring(i), h);
            if (used < 0) break;
            i += used;
        }
        return new Head(h.word, h.pron, h.pos, h.domains, Math.min(text.length(), skip(text, i)));
    }

    /** A verb after a sentence's subject: "is", "are", "refers to", "means". */
    private static final Pattern SUBJECT_VERB = Pattern.compile("\\s+(?:is|are|was|were|refers?\\s+to|means)\\s");

    /** What a head line has given so far. */
    private static final class HeadParts {
        String word;
        String pron;
        String pos;
        final List<String> domains = new ArrayList<>();
    }

    /**
     * The headword at the start of a head line (when it starts with {@code headword} or a syllabified word), put in
     * {@code h}; returns where the rest begins.
     */
    private static int leadingWord(String text, String headword, HeadParts h) {
        int consumed = headwordLength(text, headword);
        // "Catheter is a slender tube ...": the word as a sentence's subject, which the definition keeps
        if (consumed <= 0 || SUBJECT_VERB.matcher(text).region(consumed, text.length()).lookingAt()) return 0;
        // "gastrostomy gas·tros·to·my": the headword, then the same word syllabified; the word once
        Matcher twice = WORD_THEN_SYLLABLES.matcher(text);
        boolean syllabified = twice.lookingAt() && twice.end(1) <= consumed && stripMarks(twice.group(2)).equalsIgnoreCase(twice.group(1));
        h.word = syllabified ? twice.group(1) : stripMarks(text.substring(0, consumed)).strip();
        // "noun \\he-pa-rin\\": a part of speech over the senses, where the headword is left out
        if (Topic.NOT_SUBJECTS.contains(h.word.toLowerCase(java.util.Locale.ROOT))) {
            h.pos = h.word;
            h.word = null;
        }
        return syllabified ? twice.end(2) : consumed;
    }

    /** The length of the headword in brackets at the start of {@code rest} ("(splint)" after "splint"), or 0. */
    private static int echoedWord(String rest, HeadParts h) {
        if (h.word == null || h.pron != null || !rest.startsWith("(")) return 0;
        int close = rest.indexOf(')');
        return close > 1 && rest.substring(1, close).strip().equalsIgnoreCase(h.word.strip()) ? close + 1 : 0;
    }

    /** Reads one part of a head line at the start of {@code rest} into {@code h}: the characters it used, or -1 at the gloss. */
    private static int part(String rest, HeadParts h) {
        Matcher m;
        int echoed = echoedWord(rest, h);
        if (echoed > 0) {
            h.pron = rest.substring(0, echoed); // "splint  (splint)": a one-syllable word respelled as it is written
            return echoed;
        }
        if ((m = DOMAIN.matcher(rest)).lookingAt()) {
            for (String d : m.group(1).split(",")) {
                h.domains.add(d.strip());
            }
        } else if (h.pron == null && ((m = PRON_BRACKETED.matcher(rest)).lookingAt()
                || h.word != null && (m = PRON_BARE.matcher(rest)).lookingAt())) {
            h.pron = m.group().strip();
        } else if (h.pos == null && (m = POS.matcher(rest)).lookingAt() && (h.word != null || h.pron != null
                || m.group().endsWith(".") || rest.length() == m.end())) {
            h.pos = m.group().strip();
        } else if (h.word != null && (m = INFLECTION.matcher(rest)).lookingAt()) { // the word's forms
        } else if (h.word != null && (m = BRACKETED_FIELD.matcher(rest)).lookingAt() && org.medvocab.page.Fields.isFieldName(m.group(1))) {
            h.domains.add(m.group(1)); // "cholera (pathology) Any of several ...": the field after the headword
        } else if ((h.pos != null || h.word != null && h.pron == null) && (m = FIELD_ABBREVIATION.matcher(rest)).lookingAt()) {
            // "Mumps (Med) A specific ...": some copies print the field right after the headword
            h.domains.add(m.group(1) != null ? m.group(1) : m.group(2));
        } else if (h.pos != null && (m = NUMBER_MARK.matcher(rest)).lookingAt()) {
            // "n. pl.": the grammatical number after the part of speech
        } else if (h.pos != null && rest.startsWith("[") && bracketEnd(rest) > 0) {
            // "Hemorrhoids \Hem"or*rhoids\, n. pl. [L. ... h['e]morrho["i]des. See {Rheum}.]": a history, brackets within
            return bracketEnd(rest);
        } else if (h.pos != null && (m = ETYMOLOGY.matcher(rest)).lookingAt()) {
            // "Lancet \Lan"cet\, n. [F. lancette ...]": the word's history, not its sense
        } else if (h.pos != null && (m = SENSE_NUMBER.matcher(rest)).lookingAt()) {
            // "retractor n 1: a surgical instrument ...": the first sense's number after the part of speech
        } else {
            return -1;
        }
        return m.end();
    }

    private static final Pattern NUMBER_MARK = Pattern.compile("(?i)^(?:pl|sing|plural|singular)\\.?(?=[\\s,;:\\[]|$)");
    /** Longest word history in brackets. */
    private static final int ETYMOLOGY_CHARS = 600;

    /** The length of a bracket at the text's start up to its matching "]" (and a full stop), or -1. */
    private static int bracketEnd(String text) {
        int depth = 0;
        for (int i = 0; i < Math.min(text.length(), ETYMOLOGY_CHARS); i++) {
            char c = text.charAt(i);
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0) return i + 1 < text.length() && text.charAt(i + 1) == '.' ? i + 2 : i + 1;
        }
        return -1;
    }

    private static int skip(String text, int i) {
        Matcher m = SEPARATOR.matcher(text).region(i, text.length());
        return m.lookingAt() ? m.end() : i;
    }

    /** Length of the headword at the start of the text, or 0. */
    /** The word most of the texts write right after a part of speech ("noun cholera ..."), or null when none does twice. */
    static String commonMarkedHeadword(List<String> texts) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String t : texts) {
            Matcher m = LEADING_POS.matcher(t);
            if (!m.lookingAt()) continue;
            List<String> words = Words.of(t.substring(m.end()));
            if (!words.isEmpty()) counts.merge(words.get(0).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).max(java.util.Map.Entry.comparingByValue())
            .map(java.util.Map.Entry::getKey).orElse(null);
    }

    static boolean opensWithPartOfSpeechAndHeadword(String text, String headword) {
        Matcher leading = LEADING_POS.matcher(text);
        return headword != null && !headword.isBlank() && leading.lookingAt()
            && headwordLength(text.substring(leading.end()), headword) > 0;
    }

    /**
     * "Mumps (Med) A specific ...", "n mumps A drinking game.": an item that opens with the headword (perhaps after its
     * part of speech) and goes on to a sense; on a page of several dictionaries each such item is one entry's sense.
     */
    static boolean opensWithHeadword(String text, String headword) {
        if (headword == null || headword.isBlank()) return false;
        Head h = head(text, headword);
        return h.headword() != null && normal(h.headword()).equals(normal(headword)) && h.rest() < text.length()
            && Character.isLetter(text.charAt(h.rest()));
    }

    /** "n mumps an acute ...": a part of speech before the headword it belongs to, as some WordNet copies print it; else null. */
    private static Head headAfterPartOfSpeech(String text, String headword) {
        Matcher leading = LEADING_POS.matcher(text);
        if (!opensWithPartOfSpeechAndHeadword(text, headword) || !leading.lookingAt()) return null;
        Head after = head(text.substring(leading.end()), headword);
        return new Head(after.headword(), after.pronunciation(), after.partOfSpeech() != null ? after.partOfSpeech()
            : leading.group(1), after.domains(), leading.end() + after.rest());
    }

    /** A field's name in brackets, written out in lower case: "(pathology)". */
    private static final Pattern BRACKETED_FIELD = Pattern.compile("^\\((\\p{Ll}{3,20})\\)");

    /** A part of speech, abbreviated or not, written before the headword: "n mumps", "noun: mumps". */
    private static final Pattern LEADING_POS = Pattern.compile("(?i)^((?:(?:" + org.medvocab.page.HeadLines.QUALIFIERS + ")\\s+)?"
        + "(?:n|noun|adj|adjective|v|verb))\\.?:?\\s+");

    private static int headwordLength(String text, String headword) {
        if (headword != null && !headword.isBlank()) {
            String want = normal(headword);
            int end = 0;
            StringBuilder seen = new StringBuilder();
            while (end < text.length() && seen.length() < want.length() + 4) {
                char c = text.charAt(end++);
                if (!SYLLABLE_MARK.matcher(String.valueOf(c)).matches()) {
                    seen.append(Character.toLowerCase(c));
                }
                if (seen.toString().equals(want) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    return end;
                }
            }
        }
        // "Speculum \\Spec"u*lum\\, n.": words followed by a respelling between backslashes are the headword
        Matcher respelled = WORDS_BEFORE_RESPELLING.matcher(text);
        if (respelled.lookingAt()) return respelled.end(1);
        // "gastrostomy gas·tros·to·my (...)": the headword, then the same word syllabified
        Matcher twice = WORD_THEN_SYLLABLES.matcher(text);
        if (twice.lookingAt() && stripMarks(twice.group(2)).equalsIgnoreCase(twice.group(1))) return twice.end(1);
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        return first.contains("·") || first.contains("•") && first.length() > 3 ? first.length() : 0;
    }

    static String stripMarks(String word) {
        return SYLLABLE_MARK.matcher(word).replaceAll("");
    }

    static String normal(String s) {
        return stripMarks(s).toLowerCase(Locale.ROOT).strip();
    }

    /**
     * A run-in sub-entry "angiographic c. A thin-walled ...": the term, its expansion with the
     * headword and where the definition starts; null when the line is none or the letter is not the
     * headword's initial. Definitions in lower case are accepted only in list items.
     */
    static RunIn runIn(Block block, String headword) {
        if (opensWithPartOfSpeechAndHeadword(block.text(), headword)) {
            return null; // "n mumps an acute ...": the headword after its part of speech, no sub-entry
        }
        RunIn braced = bracedRunIn(block, headword);
        if (braced != null) {
            return braced;
        }
        Matcher m = RUN_IN.matcher(block.text());
        if (!m.matches() || headword == null || headword.isBlank()) {
            return headword == null || headword.isBlank() ? null : fullRunIn(block, headword);
        }
        String last = lastWord(headword);
        if (last.isEmpty()) {
            return null;
        }
        char initial = Character.toLowerCase(last.charAt(0));
        boolean upperDefinition = Character.isUpperCase(m.group(4).charAt(0));
        // "pneumatic t. a tourniquet consisting of ...": a lower-case definition in a paragraph opens with an article,
        // unless a comma sets the abbreviated term off ("rotating t's, tourniquets applied ...")
        boolean comma = m.group(3).endsWith(",");
        if (m.group(2).charAt(0) != initial
                || !(upperDefinition || comma || block.type().isItem() || ARTICLE_OPENING.matcher(m.group(4)).lookingAt())) {
            return null;
        }
        String term = m.group(1).strip();
        if (Words.isStopWord(Words.lastWord(term)) || Words.count(term) > 3) {
            return null;
        }
        return new RunIn(term + " " + m.group(2) + ".", term + " " + last, m.start(4));
    }

    /** A gloss that opens with an article: "a tube ...", "an instrument ...", "the part ...". */
    private static final Pattern ARTICLE_OPENING = Pattern.compile("(?:an?|the)\\s+\\p{L}");

    /** A run-in sub-entry: the abbreviated form, the expanded term and where its definition starts. */
    record RunIn(String abbreviated, String term, int definition) {}

    /**
     * "Dental splint a moulded appliance ...", "drum widget a widget that ...": a run-in sub-entry that writes the headword
     * out, then its definition; the Webster 1913's copies without its braces put the field and a comma between
     * ("Compound widget (Mech.), a widget ...").
     */
    private static final Pattern FULL_RUN_IN = Pattern.compile("^(\\p{L}[\\p{L}'’\\-]*(?:\\s[\\p{L}'’\\-]+){0,2})(?:\\s*" + org.medvocab.page.Fields.BRACKETED_ABBREVIATION + "\\s*,)?"
        // "body cast  A cast that encloses ...", "leg cast  covering of plaster ...": or a column's gap of two spaces before a gloss
        + "(?:\\s+(?=(?:an?|the)\\s+\\S)|\\s{2,}(?=\\p{L})"
        // "copper widget — a widget with ...": a dash between the sub-entry and its gloss
        + "|\\s+[–—]\\s+(?=(?:an?|the|any)\\s+\\S|\\p{Lu})"
        // "pneumatic tourniquet, an inflatable cuff ...": a comma before a gloss opening with an article
        + "|\\s*,\\s+(?=(?:an?|the|any)\\s+\\S))(\\S.*)$");

    /** A sub-entry run in with the headword written in full ("Dental splint a ..." under "splint"), or null. */
    private static RunIn fullRunIn(Block block, String headword) {
        Matcher m = FULL_RUN_IN.matcher(block.text());
        String last = lastWord(headword);
        if (!m.matches() || last.isEmpty()) {
            return null;
        }
        String term = m.group(1).strip();
        List<String> words = Words.of(term);
        if (words.size() < 2 || !words.get(words.size() - 1).equalsIgnoreCase(last)
                || words.stream().anyMatch(Words::isStopWord)) {
            return null;
        }
        return new RunIn(term, term, m.start(2));
    }

    /**
     * "{Thumb lancet} (Surg.), a broad lancet ...": a sub-entry whose term the dictionary sets in braces (the Webster 1913
     * markup), then perhaps its field, then its definition.
     */
    private static final Pattern BRACED_RUN_IN = Pattern.compile("^\\{([^{}]{2,60})\\}\\s*(?:\\([^()]{1,30}\\))?\\s*[,.:]?\\s*(\\S.*)$");

    /** "Sugar tongs. See under Sugar.": a sub-entry written out in full that only refers to the entry defining it. */
    private static final Pattern REFERRING_RUN_IN = Pattern.compile(
            "^(\\p{L}[\\p{L}'’\\-]*(?:\\s[\\p{L}'’\\-]+){1,2})\\.\\s+(?=(?i:see|cf\\.?|compare)\\b)");
    private static final Pattern UNDER = Pattern.compile("(?i)^under\\s+");

    /**
     * A sub-entry with its term in braces ("{Thumb lancet}" under "lancet"), or written out in full and only referring on
     * ("Sugar tongs. See under Sugar."), whose term names the headword's last word; or null.
     */
    private static RunIn bracedRunIn(Block block, String headword) {
        Matcher m = BRACED_RUN_IN.matcher(block.text());
        if (!m.matches()) {
            m = REFERRING_RUN_IN.matcher(block.text());
            if (!m.lookingAt()) {
                return null;
            }
        }
        if (headword == null || headword.isBlank()) {
            return null;
        }
        String term = m.group(1).strip();
        String last = stripMarks(lastWord(headword));
        boolean named = Words.of(term).stream().anyMatch(w -> w.equalsIgnoreCase(last) || w.equalsIgnoreCase(last + "s"));
        return named && Words.count(term) >= 2 ? new RunIn(term, term, m.groupCount() >= 2 ? m.start(2) : m.end()) : null;
    }

    /** Expands "sinus a." to "sinus arrhythmia" under the headword "arrhythmia"; other text is returned as is. */
    static String expand(String text, String headword) {
        return RunInForms.expand(text, headword);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String lastWord(String headword) {
        String[] words = SPACES.split(headword.strip());
        return words[words.length - 1];
    }

    /**
     * "Basal rate: the rate at which ...": the term and where its definition starts, or null. A section about the word
     * ("History: ...", "Etymology: ...") is no term.
     */
    static int[] termPair(String text) {
        Matcher m = TERM_PAIR.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String term = m.group(1).strip();
        int words = Words.count(term);
        if (words == 0 || words > MAX_TERM_WORDS || Words.isStopWord(Words.lastWord(term))
                || Words.isStopWord(Words.of(term).get(0)) || Topic.NOT_SUBJECTS.contains(term.toLowerCase(java.util.Locale.ROOT))
                || term.chars().filter(c -> c == '(').count()
                != term.chars().filter(c -> c == ')').count() || term.endsWith(".") || Words.count(m.group(2)) < 3
                // "Exact Synonyms: A ; B": a caption of the entry's related words, not a term it defines
                || org.medvocab.page.WordRelations.caption(term).isPresent()) {
            return null;
        }
        return new int[] {term.length(), m.start(2)};
    }

    /** The term's {start, end} in a definition worded "\"Term\" means ..." (the whole sentence defines it), or null. */
    static int[] quotedTerm(String text) {
        Matcher m = org.medvocab.page.HeadLines.QUOTED_DEFINITION.matcher(text);
        if (!m.lookingAt() || Words.count(m.group(1)) > MAX_TERM_WORDS) return null;
        return new int[] {m.start(1), m.end(1)};
    }

    /** Between a table's cells on a line: a tab, a run of spaces, or a bar between spaces. */
    private static final Pattern CELL_GAP = Pattern.compile("\\t+|\\s{2,}|\\s+\\|\\s+");
    /** Fewest words of a definition cell. */
    private static final int DEFINITION_CELL_MIN_WORDS = 5;

    /**
     * "needle holder    portaagujas    A clamp-like instrument used to grip ...", "Platelet | A small cell fragment ... |
     * clotting": a table row whose first cell is a term and whose longest other cell defines it (the cells beside it, a
     * translation, a code, a see-also, are left aside); {term end, definition start, definition end} offsets into the
     * text, or null when the row is not one.
     */
    static int[] tableTerm(String text) {
        int end = text.stripTrailing().length();
        int start = text.length() - text.stripLeading().length();
        Matcher gap = CELL_GAP.matcher(text).region(start, end);
        if (!gap.find() || gap.start() == start) return null;
        int termEnd = gap.start();
        int[] best = null;
        int bestWords = 0;
        for (int from = gap.end(); from < end; ) {
            int to = gap.find() ? gap.start() : end;
            int words = Words.count(text.substring(from, to));
            if (words > bestWords) {
                best = new int[] {from, to};
                bestWords = words;
            }
            from = to == end ? end : gap.end();
        }
        String term = text.substring(start, termEnd);
        int words = Words.count(term);
        if (best == null || words == 0 || words > MAX_TERM_WORDS || !Character.isLetter(term.charAt(0)) || term.endsWith(".")
                || Words.isStopWord(Words.of(term).get(0)) || bestWords < DEFINITION_CELL_MIN_WORDS
                || Topic.NOT_SUBJECTS.contains(term.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new int[] {termEnd, best[0], best[1]};
    }

    /** A short form in capitals (and digits, hyphens): the first cell of an abbreviation table's row. */
    private static final Pattern SHORT_FORM_CELL = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}-]{1,9}");

    /**
     * "APC    Argon Plasma Coagulation    Medicine › Endoscopy": a table row whose first cell is a short form in capitals and
     * whose next cell spells it out; {short form, full name} or null.
     */
    static String[] shortFormRow(String text) {
        String[] cells = CELL_GAP.split(text.strip());
        if (cells.length < 2 || !SHORT_FORM_CELL.matcher(cells[0]).matches()) return null;
        String full = cells[1].strip();
        return RunInForms.spellsOut(cells[0], full) ? new String[] {cells[0], full} : null;
    }

    private static final Pattern TRAILING_DOTS = Pattern.compile("\\.+$");

    /**
     * "the same ending you see in telescope": a cue word in lower case straight after a word of the sentence is a verb;
     * a cross-reference's cue opens the text, a sentence or a bracket, or is capitalised ("See X", "(see X)", "; cf. X").
     */
    private static boolean verbInProse(String text, int at) {
        if (at >= text.length() || !Character.isLowerCase(text.charAt(at))) return false;
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
    }

    /** The cross-references in a block's text, offsets into the document. */
    static List<Entry.CrossReference> crossReferences(Block block, String headword) {
        List<Entry.CrossReference> out = new ArrayList<>();
        Matcher m = CROSS_REF.matcher(block.text());
        while (m.find()) {
            String target = UNDER.matcher(m.group(2).strip()).replaceFirst("");   // "See under Sugar": the entry Sugar
            if (verbInProse(block.text(), m.start(1)) || Words.count(target) == 0 || Words.count(target) > MAX_TERM_WORDS || Words.insideSquareBrackets(block.text(), m.start())) {
                continue;
            }
            String kind = m.group(1).toLowerCase(Locale.ROOT).replace(".", "");
            out.add(new Entry.CrossReference(kind, TRAILING_DOTS.matcher(expand(target, headword)).replaceAll(""),
                    block.offsetOf(m.end(2) - target.length()), block.offsetOf(m.start(2) + m.group(2).strip().length())));
        }
        return out;
    }

    /**
     * Splits a definition into its numbered senses when it numbers them inline ("1 A device ... 2 A
     * spray"), numbers counting up from 1; otherwise one unnumbered sense.
     */
    /** "... II. transitive verb to pierce ...": a numbered homograph of another part of speech, which ends the noun's senses. */
    private static final Pattern OTHER_PART_OF_SPEECH = Pattern.compile("\\s[IVX]{1,4}\\.\\s+(?:(?:transitive|intransitive)\\s+)?(?:verb|adjective|adverb)\\b");

    static List<Entry.Sense> senses(Block block, int from) {
        String whole = block.text();
        Matcher other = OTHER_PART_OF_SPEECH.matcher(whole).region(Math.min(from, whole.length()), whole.length());
        String text = other.find() ? whole.substring(0, other.start()) : whole;
        List<int[]> marks = new ArrayList<>();
        Matcher m = INLINE_NUMBER.matcher(text).region(Math.min(from, text.length()), text.length());
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expected) {
                marks.add(new int[] {expected, m.start(1), m.end()});
                expected++;
            }
        }
        List<Entry.Sense> out = new ArrayList<>();
        if (marks.size() < 2) {
            if (from < text.length()) {
                out.add(sense("", block, from, text.length()));
            }
            return out;
        }
        for (int k = 0; k < marks.size(); k++) {
            int end = k + 1 < marks.size() ? marks.get(k + 1)[1] : text.length();
            out.add(sense(String.valueOf(marks.get(k)[0]), block, marks.get(k)[2], end));
        }
        return out;
    }

    static Entry.Sense sense(String number, Block block, int from, int to) {
        String raw = block.text().substring(from, to);
        int lead = raw.length() - raw.stripLeading().length();
        String text = raw.strip();
        return new Entry.Sense(number, text, block.offsetOf(from + lead), block.offsetOf(from + lead + text.length()));
    }
}

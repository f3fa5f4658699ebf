package org.medvocab.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head lines of a dictionary entry as a page prints them, one per line: a part-of-speech line
 * ("noun", "countable noun", "n."), a pronunciation line ("/ˈkæθ.ɪ.tər/", "tour·ni·quet | \ ˈtər-ni-kət \"),
 * and the headword line just above them. Head lines stand alone: they are never joined to the line
 * before or after as a wrapped paragraph. The part-of-speech words live here only.
 */
public final class HeadLines {
    private HeadLines() {}

    /** The parts of speech, full and abbreviated, as a regex alternation. */
    public static final String PARTS_OF_SPEECH = "noun|verb|adjective|adverb|n|v|adj|adv|vt|vi|pl|plural|abbr|abbreviation";
    /** Grammatical qualifiers a dictionary writes before a part of speech ("countable noun", "transitive verb"). */
    public static final String QUALIFIERS = "countable|uncountable|count|mass|plural|proper|collective|transitive|intransitive"
            + "|attributive|predicative|singular";
    private static final Pattern PART_OF_SPEECH_LINE = Pattern.compile("(?i)^(?:(?:" + QUALIFIERS + ")\\s+)?(?:"
            + PARTS_OF_SPEECH + ")\\.?(?:\\s*\\[[\\p{Lu}, ]{1,8}\\])?"
            // "verb (transitive)", "verb transitive", "noun (countable)": the qualifier after the part of speech
            + "(?:\\s+\\(?(?:" + QUALIFIERS + ")\\)?)?"
            + "(?:\\s*,\\s*(?:plural|pl\\.?)\\s+[\\p{L}·‧]+\\.?)?"
            + "(?:\\s*\\((?:used\\s+)?(?:with|without)\\s+object\\)(?:,\\s*[\\p{L}·‧-]+){0,3}\\.?)?"
            // "verb (cast, casting)": the inflected forms in brackets
            + "(?:\\s*\\(\\p{L}+(?:,\\s*\\p{L}+){1,3}\\))?"
            // "noun Medicine/Medical.": the fields the sense belongs to after the part of speech
            + "(?:(?:,?\\s+|(?<=\\.)\\s*)(?:medical|" + Fields.ALTERNATION + ")\\.?(?:\\s*/\\s*(?:medical|" + Fields.ALTERNATION + ")\\.?)*)?$");
    /** A respelling or IPA between slashes, backslashes, brackets or parentheses, possibly after a syllabified word. */
    private static final Pattern PRONUNCIATION_LINE = Pattern.compile(
            "^(?:[\\p{L}·‧•-]+\\s*\\|?\\s*)?(?:/[^/]{1,60}/|\\\\[^\\\\]{1,60}\\\\|\\[[^\\]]{1,60}\\]|\\([^()]{1,60}\\))"
            + "(?:\\s*,?\\s*(?:\\p{L}{1,4}\\s+)?(?:/[^/]{1,60}/|\\\\[^\\\\]{1,60}\\\\|\\[[^\\]]{1,60}\\]|\\([^()]{1,60}\\)))*"
            + "(?:\\s+(?:plural|pl\\.)\\s+\\p{L}+)?$");
    /** A character only a pronunciation uses: stress marks, schwa, syllable dots. */
    private static final Pattern PHONETIC = Pattern.compile("[ˈˌ′əɪʊæɛɔʌθðŋʃʒ·‧ːɜɒ]|-");
    private static final int HEADWORD_MAX_WORDS = 4;

    /** @return true for a line that is only a part of speech, with grammatical qualifier or codes */
    public static boolean isPartOfSpeech(String line) {
        return PART_OF_SPEECH_LINE.matcher(line.strip()).matches();
    }

    /** "tourniquet  noun", "stent noun [C]": a head line of the headword and its part of speech written out, nothing else. */
    /** "tourniquet  noun", "stent noun [C]": one to three words, then the part of speech written out, nothing else. */
    private static final Pattern HEADWORD_AND_PART_OF_SPEECH = Pattern.compile("(?i)^(\\p{L}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*){0,2})\\s+(?:(?:"
            + QUALIFIERS + ")\\s+)?(?:noun|verb|adjective|adverb)(?:\\s*\\[[^\\]]{1,20}\\])?$");

    /** @return true for a line that is a headword and its part of speech ("tourniquet noun") */
    public static boolean isHeadwordAndPartOfSpeech(String line) {
        return headwordBeforePartOfSpeech(line) != null;
    }

    /** @return the headword of a line that is a headword and its part of speech ("pulse oximetry noun"), else null */
    public static String headwordBeforePartOfSpeech(String line) {
        Matcher m = HEADWORD_AND_PART_OF_SPEECH.matcher(line.strip());
        // "Types of noun" names no word
        return m.matches() && !Words.isStopWord(Words.lastWord(m.group(1))) ? m.group(1) : null;
    }

    /** "n. a surgeon's knife", "noun A small knife ...": a definition glued to the part of speech before it. */
    private static final Pattern OPENS_WITH_PART_OF_SPEECH = Pattern.compile("(?i)^(?:" + PARTS_OF_SPEECH
            + ")\\.\\s+\\p{L}.*|^(?:noun|verb|adjective|adverb)\\s+(?-i:\\p{Lu}|an?\\s|the\\s).*");

    /** @return true for a definition that opens with a part of speech ("n. a ...", "noun A ...") */
    public static boolean opensWithPartOfSpeech(String line) {
        return OPENS_WITH_PART_OF_SPEECH.matcher(line.strip()).matches();
    }

    /**
     * "Lancet \\Lan"cet\\, n. (Surg.) A pointed ...", "lancet /ˈlɑnsɪt/ n. a ...": a whole dictionary head (a headword
     * of up to three words, its respelling between backslashes or slashes, a part of speech) glued to its definition.
     */
    private static final Pattern OPENS_WITH_HEAD = Pattern.compile("(?i)^\\p{L}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*){0,2}\\s*"
            + "(?:\\\\[^\\\\]{1,60}\\\\|/[^/\\s][^/]{0,59}/)\\s*,?\\s*(?:" + PARTS_OF_SPEECH + ")\\.?[,;]?\\s+\\S.*");

    /** @return true for a definition under its whole head line (headword, respelling, part of speech) */
    public static boolean opensWithHead(String line) {
        return OPENS_WITH_HEAD.matcher(line.strip()).matches();
    }

    /**
     * "bronchiole (brong-ki-ohl) n. one of the small airways ...", "brown fat n. a kind of fat tissue ...": a printed
     * dictionary's head, the headword in lower case, perhaps its respelling in brackets, then an abbreviated part of
     * speech with its full stop.
     */
    private static final Pattern PRINTED_HEAD = Pattern.compile("^(\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Ll}[\\p{L}'’-]*){0,2})\\s+"
            + "(?:\\(([^()]{2,40})\\)\\s+)?(n|adj|vb|v|adv|pl|abbr)\\.(?=\\s|$)");

    /** A printed dictionary's head: its headword, respelling (or null), part of speech, and where the gloss starts. */
    public record PrintedHead(String headword, String pronunciation, String partOfSpeech, int rest) {}

    /** @return the printed dictionary head the line opens with, or null */
    public static PrintedHead printedHead(String line) {
        Matcher m = PRINTED_HEAD.matcher(line);
        if (!m.lookingAt()) return null;
        int rest = m.end();
        while (rest < line.length() && Character.isWhitespace(line.charAt(rest))) rest++;
        return new PrintedHead(m.group(1), m.group(2), m.group(3) + ".", rest);
    }

    /** An audio button (a speaker or play sign) or a variety label in capitals ("UK", "US") outside a respelling. */
    private static final Pattern AUDIO_OR_VARIETY = Pattern.compile("[\\x{1F508}-\\x{1F50A}▶►♪]|(?<=^|\\s)\\p{Lu}{2,3}(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "ăzmə, ăs-": respellings written bare, in letters only a respelling uses (breves, macrons, schwa), comma-separated. */
    private static final Pattern BARE_RESPELLING_LINE = Pattern.compile("^[\\p{L}ˈˌ′'-]+(?:,\\s*[\\p{L}ˈˌ′'-]+){0,3}$");
    private static final Pattern RESPELLING_LETTER = Pattern.compile("[əăĕĭŏŭāēīōūˈˌ′]");

    /** @return true for a line that is only a pronunciation (with the syllabified headword before it) */
    public static boolean isPronunciation(String line) {
        // "/ˈtʊə.nɪ.keɪ/ 🔊 UK  /ˈtɝː.nɪ.kɪt/ 🔊 US": the audio buttons and the variety labels beside each respelling
        String s = SPACES.matcher(AUDIO_OR_VARIETY.matcher(line).replaceAll(" ")).replaceAll(" ").strip();
        return PRONUNCIATION_LINE.matcher(s).matches() && PHONETIC.matcher(s).find()
                || !s.contains(" ") && s.contains("·") && s.length() < 40
                || s.length() < 40 && BARE_RESPELLING_LINE.matcher(s).matches() && RESPELLING_LETTER.matcher(s).find();
    }

    /** A learner's dictionary's level of a word (the CEFR's A1 to C2), printed by the headword. */
    private static final Pattern LEVEL_LINE = Pattern.compile("^[ABC][12]$");

    /** @return true for a part-of-speech, pronunciation or word-level line */
    public static boolean isMark(String line) {
        return isPartOfSpeech(line) || isPronunciation(line) || LEVEL_LINE.matcher(line.strip()).matches();
    }

    /**
     * "\"Walker\" means a frame ...": a term in quotation marks and the verb that defines it, as a policy or a statute
     * words its definitions (a definition, though it opens with a quotation mark as a quoted example does).
     */
    public static final Pattern QUOTED_DEFINITION = Pattern.compile(
        "^[\"\u201c]([^\"\u201c\u201d]{1,60})[\"\u201d]\\s+(?:means|refers\\s+to|is\\s+defined\\s+as)\\s+\\S");

    /** "Type of:", "synonyms: a, b, c": a short label with nothing after it or a short list. */
    private static final Pattern LABEL_ROW = Pattern.compile("^\\p{L}[\\p{L} ]{0,25}:(?:\\s+[^.;:]{1,80})?$");
    private static final int LABEL_MAX_WORDS = 3;

    /**
     * A label row of a dictionary entry: a label of at most three words and a colon, alone or with a short list
     * (no sentence). It stands alone: a label row never continues a wrapped line and is never continued.
     *
     * @param line the line
     * @return true for a label row
     */
    public static boolean isLabelRow(String line) {
        String s = line.strip();
        int colon = s.indexOf(':');
        return LABEL_ROW.matcher(s).matches() && Words.count(s.substring(0, colon)) <= LABEL_MAX_WORDS
                && (colon == s.length() - 1 || shortList(s.substring(colon + 1)) || Words.count(s.substring(colon)) <= 2);
    }

    /** "A bulge around ...", "The sticky plate ...": a gloss opens as a sentence does, with a capital article. */
    private static final Pattern GLOSS_START = Pattern.compile("^\\s*(?:An?|The)\\s");

    /**
     * "brace, orthotic, orthotic device": a list after a label; a capitalised gloss with commas in it ("Stoma: An opening
     * on the skin, made ...") or one with a clause between its commas is a definition, which runs on over the lines it
     * is wrapped onto.
     */
    private static boolean shortList(String value) {
        String[] items = LIST_COMMA.split(BRACKETED_NOTE.matcher(value).replaceAll(" "));
        return items.length >= 2 && !GLOSS_START.matcher(value).lookingAt()
            && java.util.Arrays.stream(items).allMatch(i -> Words.count(i) <= LIST_ITEM_MAX_WORDS);
    }

    /** The most words an item of a label's list has ("orthotic device"); a longer run is a clause of a gloss. */
    private static final int LIST_ITEM_MAX_WORDS = 4;
    private static final Pattern LIST_COMMA = Pattern.compile(",");
    /** "scrutiny (the act of examining something closely)": a note in brackets on a list's item. */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("\\([^()]*\\)");

    private static final Pattern ENDS_PUNCTUATED = Pattern.compile(".*[.;:,!?]$");

    /**
     * A headword line: a short line that does not end a sentence, directly followed by a part-of-speech or
     * pronunciation line.
     *
     * @param line the line
     * @param next the next non-blank line, or null
     * @return true when {@code line} heads a dictionary entry
     */
    public static boolean isHeadword(String line, String next) {
        String s = line.strip();
        return next != null && isMark(next) && !isMark(s) && Words.count(s) <= HEADWORD_MAX_WORDS
                && !s.isEmpty() && !ENDS_PUNCTUATED.matcher(s).matches();
    }

    /**
     * A short line that stands on its own more than once on the page: the headword of a page that gives
     * several dictionaries' entries in turn, one under each repetition.
     *
     * @param line the line
     * @param lines all lines of the page
     * @return true when the line is repeated as a line of its own
     */
    public static boolean isRepeatedHeadword(String line, List<String> lines) {
        String s = line.strip();
        if (s.isEmpty() || Words.count(s) > HEADWORD_MAX_WORDS || ENDS_PUNCTUATED.matcher(s).matches()) {
            return false;
        }
        return lines.stream().filter(l -> l.strip().equalsIgnoreCase(s)).count() >= 2;
    }
}

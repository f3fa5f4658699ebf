package org.medvocab.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.medvocab.extract.Lexicon.Section;
import org.medvocab.ingest.SourceDocument;

/**
 * Dictionary pages that gather several dictionaries' entries for a headword: pronunciations, part-of-speech
 * lines, numbered senses, run-in sub-entries (a term line then its definition line, synonyms after a comma),
 * definitions that are only another term, and cross-references. When the first definitions carry no
 * headword, the headword is worked out from the text: the term the definitions name, checked against the
 * pronunciation respelling and the page's sub-entries.
 */
public final class DictionaryExtractor {

    private enum Type { BLANK, CHROME, PRON, POS, POS_HEAD, SENSE, ALSO, XREF, TERM, BRACED, DEF, SEPARATOR, SKIP_BLOCK, SYLLABIFIED }

    /** "throm·bo·sis (pron) n the formation of ...": a syllabified headword, its pronunciation and definition on one line. */
    /** "catheter (kath-et-er) [Gr. ...] A tube passed ...": headword, pronunciation, etymology and definition on one line. */
    private static final Pattern HEAD_PRON_DEF = Pattern.compile(
        "^([\\p{L}][\\p{L}'\\-]*(?: [\\p{L}][\\p{L}'\\-]*){0,3})(?:\\s+\\((\\p{Lu}[\\p{Lu}\\d]{1,7})\\))?\\s+(?:\\(([^()]{2,40})\\)|/([^/]{2,40})/)\\s*(?:\\[[^\\]]{0,120}\\]\\s*)?,?\\s*"
        + "(?:(?:n|noun|adj|v)\\.?\\s+)?((?:[Aa]n?|[Tt]he|[Oo]ne)\\s.{10,}|[A-Z][a-z].{10,})$");

    private static final Pattern SYLLABIFIED_ENTRY = Pattern.compile(
        "^([\\p{L}'\\-]*[\\p{L}][\u00b7\u2027][\\p{L}\u00b7\u2027'\\-]*)\\s+(.*)$");

    /** Blocks about a word rather than the thing: etymology, inflected forms, word lists, browsing aids. */
    private static final Pattern SKIP_BLOCK = Pattern.compile("(?i)^(?:origin of|word origin|origin$|etymology|other words from|"
        + "other (?:medicine|medical|science|related) (?:terms|words)|related (?:words|forms)|derived forms?|browse|"
        + "nearby words|words near|see more|examples? (?:of|from)|synonyms? (?:of|for)|rhymes with|translations?|"
        + "patient discussion about|more discussions about|want to thank|mentioned in|references in periodicals|"
        + "(?:medical|encyclopedia|dictionary) browser|popular in|trending|quiz|word of the (?:day|week|moment|month)|"
        + "q\\.\\s|a\\.\\s|(?:historical|literary|recent|contemporary) (?:examples?|usage)|example sentences?|examples?$|"
        + "usage examples?|lexicographical neighbou?rs|words? that rhyme|cite this|first known use|word history|word usage|usage notes?)\\b.*");
    /**
     * "Alternate forms of X": a caption over the word's spellings and the rows after it ("Hypernyms: ..."), which still
     * say what the word names; the caption alone is the page's.
     */
    private static final Pattern WORD_FORMS_CAPTION = Pattern.compile("(?i)^(?:alternate|alternative|other|variant) (?:forms|spellings) of\\b.{1,60}$");

    /** A line's first sentence, and what follows it. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.*?\\p{Ll}[.!?])\\s+\\p{Lu}.*$");
    /** A line that speaks to the reader ("If you've ever ...", "Sign up, it's free"): the site's voice, not a dictionary's. */
    private static final Pattern READER_ADDRESS = Pattern.compile("(?i)\\b(?:you|your|you're|you've|you'll|yourself)\\b|^sign (?:up|in)\\b");

    /** A heading of example sentences or quotations: what follows shows the word in use. */
    private static final Pattern EXAMPLES = Pattern.compile("(?i)\\bexamples?\\b|\\busage\\b|\\bquotations?\\b");

    /** A cross-reference on a line of its own: "Compare thrombus", "SEE: raphe; SEE: synarthrosis", "cf. embolism". */
    private static final Pattern XREF_LINE = Pattern.compile("(?i)^(?:see also|see|cf\\.?|compare)\\s*:?\\s+[^.]{2,80}\\.?$");


    /** A bullet before a line: "- Esmarch t. ...", "\u2022 ...". */
    private static final Pattern BULLET = Pattern.compile("^[-\u2022*\u2013\u25aa]\\s+");
    /** How a gloss opens: an article or a determiner ("a device ...", "any of ..."), or "one of". */
    private static final Pattern GLOSS_OPENING = Pattern.compile("(?i)(?:a|an|the|any|one|some|each|either)\\s");
    /** A list item that names a term has at most this many words (with its bullet). */
    private static final int LIST_ITEM_WORDS = 7;
    /** A source note on a line of its own: "Source: example.org", "\u00b9 Source: a wiki". */
    private static final Pattern SOURCE_NOTE = Pattern.compile("^[\\p{No}*\\s]*(?:(?i:source|from)\\s*:\\s*\\S.{0,80}|via\\s+\\p{Lu}[^.]{0,60})$");
    /** A letter index after a label: "Dictionary: A B C ... Z". */
    private static final Pattern LABELLED_LETTERS = Pattern.compile("^[\\p{L} ]{0,30}:?\\s*(?:\\p{Lu}[\\s|\u00b7,-]+){10,}\\p{Lu}$");
    /** "{Prostatic catheter}, one adapted for ...": a run-in sub-entry marked with braces. */
    private static final Pattern BRACED = Pattern.compile("^\\{([^{}]{2,60})\\}\\s*[,.;:]\\s*(.*)$");
    /** "Definition of X", "Meaning of X", "Definitions for X in English:": a heading that names the headword. */
    private static final Pattern NAMING_HEADING = Pattern.compile("(?i)^(?:(?:medical|scientific)\\s+)?(?:definitions?|meaning)\\s+(?:of|for)\\s+"
        + "[\"\u201c\u00ab]?([\\p{L}][\\p{L}'\\- ]{1,60}?(?:,\\s[\\p{L}][\\p{L}'\\- ]{1,40}?)?)[\"\u201d\u00bb]?(?:\\s+(?:noun|verb|adjective))?"
        // "... in English", "... in Medicine", "... from the Oxford Advanced Learner's Dictionary"
        + "(?:\\s+in\\s+(?:english|medicine)|\\s+(?:from|in)\\s+(?:the\\s+)?\\p{Lu}.*(?:" + Lexicon.REFERENCE_WORKS + "))?\\s*[:.]?$");
    /** Navigation inside the page: "jump to other results", "skip to definition". */
    /** A respelling line: phonetic letters between slashes, perhaps after a variety label ("BrE //k\u0259\u02c8l\u0252st\u0259mi//"). */
    /**
     * "-- Gouty kidney, an affection ...", "Gout stones. See Chalkstone.": a capitalised word and one to three more, then a
     * comma and a lower-case gloss, or a full stop and a reference.
     */
    private static final Pattern RUN_IN_COMPOUND = Pattern.compile("^(?:--\\s*)?(\\p{Lu}\\p{Ll}+)\\s+(\\p{Ll}+(?:\\s+\\p{Ll}+){0,2})"
        + "(?:,\\s+(\\p{Ll}.{10,})|\\.\\s+(?<see>See\\s+\\p{Lu}.{1,60}))$");
    /**
     * "n. [ F. goutte a drop, fr. L. gutta drop. ]", "a.": a part of speech alone or before the word's history in brackets,
     * perhaps glued to the headword ("endoscopen. [Endo- + -scope.].").
     */
    private static final Pattern POS_ETYMOLOGY = Pattern.compile("(?i)^(?:\\p{L}{3,}(?=(?:n|adj|v)\\.\\s*\\[))?(?:" + TextRules.PART_OF_SPEECH_MARKS + ")\\.(?:\\s*\\[[^\\[\\]]{2,240}\\]\\.?)?"
        // "n. [NL.] Med.": the field the sense belongs to after the history
        + "(?:\\s+\\p{Lu}\\p{Ll}{1,8}\\.)?$");
    /** "endoscopic adj. endoscopically adv. endoscopist n.": the forms derived from the headword, each with its mark. */
    private static final Pattern DERIVED_FORMS = Pattern.compile("^(?:[\\p{L}-]+\\s+(?:" + TextRules.PART_OF_SPEECH_MARKS + ")\\.\\s*){2,}$");
    /** A quotation signed by its author's name, as old dictionaries print one under a sense: "... of blood. Shak." */
    private static final Pattern CITED_QUOTATION = Pattern.compile("^\\p{Lu}.{10,200}[.!?;]\\s+\\p{Lu}[\\p{L}'.]{1,15}\\.$");
    /** "mag`net´ic res´on`ance": the headword again with its stress marks, a pronunciation (two marks or more). */
    private static final Pattern STRESS_MARKED = Pattern.compile("^(?=(?:[^`\u00b4\u02c8\u02cc\u2032\u2033*]*[`\u00b4\u02c8\u02cc\u2032\u2033*]){2})"
        + "\\p{L}[\\p{L}`\u00b4\u02c8\u02cc\u2032\u2033*]*(?:\\s+\\p{L}[\\p{L}`\u00b4\u02c8\u02cc\u2032\u2033*]*){0,5}$");
    private static final Pattern RESPELLING_LINE = Pattern.compile("^[;,(\\s]*(?:\\p{L}{2,5}\\s*){0,2}/{1,2}[^/]{2,40}/{1,2}[;,)\\s]*$");

    private static final Pattern DOMAIN_TAG = Pattern.compile("^<[^>]{2,80}>\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("(?i)^(?:(?:medical|scientific|cultural|legal|british|american)\\s+)?"
        + "(?:definitions?|dictionary|meaning)\\s+(?:of|for)\\s+.*|^\\* \\* \\*$|^(?:other words from|origin of|word origin|"
        + "full definition of|medical definition of|definition of)\\b.*");
    private static final Pattern RUN_IN = Pattern.compile("^((?:[\\p{L}][\\p{L}'\\-]*\\s+){0,3}[\\p{L}][\\p{L}'\\-]*)\\s+([a-z])\\.\\s+([A-Za-z(].{10,})$");

    /** The colon after a headword that opens its definition: "Thrombosis:The formation ...", "Thrombosis: the ...". */
    private static final Pattern HEAD_COLON = Pattern.compile("\\s*:\\s*(?=(?:An?|The|Any|One|\\p{Lu}\\p{Ll}+)\\s|\\p{Ll})");

    /** Lines that end the values of a label row: a blank, a sense, another dictionary, a section skipped. */
    private static final java.util.Set<Type> ENDS_LABEL_BLOCK = java.util.EnumSet.of(Type.BLANK, Type.SENSE, Type.SEPARATOR,
        Type.SKIP_BLOCK, Type.CHROME);
    /** "Definitions related to X:", "Medical definition:": a label over the senses, which ends a skipped block. */
    private static final Pattern DEFINITIONS_LABEL = Pattern.compile("(?i)^(?:[\\p{L}]+\\s+)?(?:definitions?|meanings?)\\b[^.:]{0,40}:$");
    /** A sub-entry written out in full and run in with its definition: modifiers, the headword, an article. */
    private static final Pattern FULL_RUN_IN = Pattern.compile("^((?:[\\p{L}][\\p{L}'\\-]*\\s+){1,3}?)([\\p{L}][\\p{L}\\-]*)"
        // the Webster 1913's copies without its braces: the field and a comma before the gloss ("Compound widget (Mech.), a ...")
        + "(?:\\s*" + org.medvocab.page.Fields.BRACKETED_ABBREVIATION + ")?"
        // "Register widget, or Self-registering widget, a widget ...": another name of the sub-entry
        + "(?:,\\s+or\\s+(?<alt>[\\p{L}][\\p{L}'\\-]*(?:\\s+[\\p{L}][\\p{L}'\\-]*){0,3}))?\\s*,?\\s+(?<gloss>(?:a|an|one|any)\\s.{10,})$");
    /** "Dressing forceps. See under Dressing.": a sub-entry written out in full whose entry is elsewhere. */
    private static final Pattern FULL_RUN_IN_XREF = Pattern.compile("^((?:[\\p{L}][\\p{L}'\\-]*\\s+){1,3}?)([\\p{L}][\\p{L}\\-]*)\\.\\s+(?<gloss>(?i:see|cf\\.?|compare)\\s.{2,})$");
    private static final Pattern FULL_RUN_IN_SENTENCE = Pattern.compile("^((?:\\p{Lu}[\\p{L}'\\-]*\\s+)(?:[\\p{L}][\\p{L}'\\-]*\\s+){0,2}?)([\\p{L}][\\p{L}\\-]*)\\.\\s+(?<gloss>\\p{Lu}.{10,})$");
    /** Words that never modify a sub-entry's name: prepositions, verbs of a caption ("Using a ..."). */
    private static final Pattern NOT_A_MODIFIER = Pattern.compile("of|for|with|in|on|to|by|from|and|or|\\p{L}+ing|see|also");

    private record Entry(TermRecord term, boolean noun) {}

    /** Rows that place the entry in a hierarchy ("Type of:", "Hypernyms:", "Hyponyms:", "Has parts:"). */
    private static final java.util.Set<InfoboxRules.Role> HIERARCHY_ROWS = java.util.EnumSet.of(
        InfoboxRules.Role.BROADER, InfoboxRules.Role.NARROWER, InfoboxRules.Role.COMPONENT, InfoboxRules.Role.PART_OF);

    public DocumentExtraction extract(SourceDocument doc) {
        DocumentExtraction ex = new DocumentExtraction(doc, DocumentKind.DICTIONARY);
        ex.readWithoutMarkup();
        List<Line> lines = Line.unwrap(Line.split(ex.text())).stream().map(DictionaryExtractor::withoutRepeatedHead)
            .flatMap(DictionaryExtractor::headAndRespelling).toList();
        Type[] types = new Type[lines.size()];
        for (int i = 0; i < lines.size(); i++) types[i] = classify(lines, i);
        if (Boolean.getBoolean("medvocab.debugLines")) for (int i = 0; i < lines.size(); i++) System.err.println(types[i] + "\t" + lines.get(i).text());
        Reader reader = new Reader(ex, lines, types);
        for (int i = 0; i < lines.size(); i++) i = reader.line(i);
        reader.headlessDefinitions();
        reader.numberedSenses();
        ex.applyAbbreviations();
        ex.applyMentions();
        return ex;
    }

    private static final Pattern POS_PREFIX = Pattern.compile("^(n|noun|adj|adjective|v|vt|vi|verb|adv)\\.?\\s+(.*)$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BACKSLASH_HEAD_NOT_NOUN = Pattern.compile("^\\\\[^\\\\]+\\\\,?\\s*(?:v|a|adj|adv)\\.(?:\\s.*|$)");
    /** "(n·mōn′yə) noun Pathol.": a respelling in brackets, with stress or syllable marks, then the noun's mark and a field. */
    private static final Pattern BRACKETED_RESPELLING_NOUN = Pattern.compile("^\\([^()]*[\u2032\u02c8\u00b7\u02cc\u0259][^()]*\\)\\s*(?:noun|n\\.)(?:\\s+\\p{Lu}\\p{L}*\\.?)?\\s*$");
    /** "SU'TURE, n. [L. sutura ...]": an older dictionary's head line, the headword in capitals with its stress mark. */
    private static final Pattern CAPITALS_HEAD = Pattern.compile("^\\p{Lu}[\\p{Lu}'\u2019`\\-]*\\p{Lu},\\s+(n|v|a|adj|adv)\\.(?:\\s*[ti]\\.)?(?:\\s+\\[.*)?$");
    private static final Pattern NOUN_OR_PLURAL_MARK = Pattern.compile("(?:noun|n\\.|plural|pl\\.)(?:[\\s,].*)?");
    private static final Pattern DEFINITION_OPENING = Pattern.compile("^(?:\\([\\p{L}. ]{2,20}\\)\\s+)?(?:\\p{Ll}|(?:A|An)\\s).*");
    private static final Pattern CAPITAL_START = Pattern.compile("^\\p{Lu}.*");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern TWO_SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern RESPELLING_TAIL = Pattern.compile("\\s+\\S*[-()\u02c8'].*$");
    private static final Pattern SEE_START = Pattern.compile("(?i)^(?:see|cf)\\b.*");
    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)\\}");
    private static final Pattern ONE_THAT_THOSE = Pattern.compile("^(?i:one|that|those)\\s+");
    private static final Pattern SYLLABLE_DOT = Pattern.compile("[\u00b7\u2027]");
    private static final Pattern POS_AFTER_COMMA = Pattern.compile("(?i).*,\\s*(?:adjective|adj\\.?|verb|adverb|adv\\.?)$");
    private static final Pattern LEADING_PRONUNCIATION = Pattern.compile("^\\s*(?:\\[[^\\]]*\\]|/[^/]*/)[\\s,]*");
    private static final Pattern LEADING_RESPELLINGS = Pattern.compile("^(?:\\([^)]*\\)|\\\\[^\\\\]*\\\\|\\S*[\u02c8\u02cc'\u0301\u2033\u2032\u0491.][^\\s]*|\\S*-\\S*)(?:\\s+(?:\\([^)]*\\)|\\S*-\\S*))*\\s*");
    private static final Pattern POS_AT_END = Pattern.compile("\\s+[a-z\\-]+\\s+(?:adj|n|v|adv)\\.?$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[?!]+$");
    private static final Pattern SEMICOLON_START = Pattern.compile("^\\s*;.*");
    private static final Pattern COLON_START = Pattern.compile("^\\s*:.*");

    /** What reading a dictionary page remembers from line to line: the headword, the current entry, senses, sub-entries. */
    private static final class Reader {
        final DocumentExtraction ex;
        final List<Line> lines;
        final Type[] types;
        final String body;
        String headword;
        TermRecord current;
        boolean noun = true;
        final List<Line> headless = new ArrayList<>();           // definitions before any headword
        final List<String> headlessMentions = new ArrayList<>();  // term lines among them
        String pronunciation;
        final List<Line> senses = new ArrayList<>();
        TermRecord senseOwner;
        final List<String> subEntries = new ArrayList<>();
        final List<Line> pendingRows = new ArrayList<>();           // hierarchy rows read before any headword
        final List<Line> spellingLines = new ArrayList<>();         // other spellings written in a skipped block
        boolean sensesPending;
        String kindsClass;     // the class "There are three main types of X." announced kinds of, while its items last
        String kindsShort;     // the short form the announcement gives the class ("DM"), or null
        boolean sawSyllabified;
        boolean skipping;
        boolean examples;                                           // the skipped block shows the word in use
        boolean listOpen;                                           // the last text line opened a list ("... include:")

        /** The subject the file name or address gives and the page confirms. */
        final FileNameSubject named;
        /** That subject's label, or null. */
        final String idTopic;

        Reader(DocumentExtraction ex, List<Line> lines, Type[] types) {
            this.ex = ex;
            this.named = FileNameSubject.of(ex.document(), DictionaryExtractor::headName);
            this.idTopic = named.subject();
            this.lines = lines;
            this.types = types;
            this.body = String.join("\n", lines.stream().map(Line::text).toList()).toLowerCase(Locale.ROOT);
        }

        /** Reads line {@code i}; returns the index of the last line it used. */
        int line(int i) {
            Line line = lines.get(i);
            String text = line.text();
            if (types[i] == Type.SKIP_BLOCK) { skipping = true; examples = EXAMPLES.matcher(text).find(); return i; }
            if (skipping && stillSkipping(i)) return i;
            if (kindsListed(i, line, text)) return i;
            InfoboxRules.Role block = current == null ? null : InfoboxRules.labelOnly(text);
            if (block != null) return labelBlock(ex, lines, types, i, block, current);
            // "Type of: bladder, vesica" is a row whatever its line looked like (a short line reads as a name)
            InfoboxRules.Row row = types[i] == Type.DEF || types[i] == Type.TERM || types[i] == Type.ALSO ? InfoboxRules.row(text) : null;
            if (row != null && row.role() == InfoboxRules.Role.SEE_ALSO && current != null) {
                InfoboxRules.apply(row, current, ex, ex.evidence(line.start(), line.end()));
                return i;
            }
            if (row != null && HIERARCHY_ROWS.contains(row.role())) {
                // "Hypernyms: operation, surgery": a row of the entry's place in the hierarchy
                if (current != null) InfoboxRules.apply(row, current, ex, ex.evidence(line.start(), line.end()));
                else pendingRows.add(line);
                return i;
            }
            if (listItem(i)) return i;
            switch (types[i]) {
                case BLANK, CHROME, SKIP_BLOCK -> { }
                case SYLLABIFIED -> syllabified(line);
                case SEPARATOR -> separator(text);
                case POS_HEAD -> posHead(line);
                case XREF -> { return crossReferences(i); }
                case BRACED -> braced(line);
                case PRON -> {
                    if (pronunciation == null) pronunciation = text;
                    current = headword == null ? null : ex.term(headword);
                    if (current != null) current.addPronunciation(text);
                    // "\\Cath"e*ter*ize\\, v. t.": a headword line that names a verb or an adjective
                    noun = !(KindDetector.BACKSLASH_HEAD.matcher(text).matches() && BACKSLASH_HEAD_NOT_NOUN.matcher(text).matches());
                    Matcher capitals = CAPITALS_HEAD.matcher(text);
                    if (capitals.matches()) noun = capitals.group(1).startsWith("n");
                }
                case POS -> {
                    noun = NOUN_OR_PLURAL_MARK.matcher(text.toLowerCase(Locale.ROOT)).matches();
                    if (current != null) current.partOfSpeech(text);
                }
                case ALSO -> {
                    if (current != null) {
                        for (String alt : DefinitionRules.otherNames(text)) current.addAltLabel(alt, ex.evidence(line.start(), line.end()));
                    }
                }
                case SENSE -> sense(line);
                case TERM -> term(i);
                case DEF -> definition(line);
            }
            return i;
        }

        /**
         * Whether line {@code i} is a short bulleted name in a list that a sentence opened ("The kinds of X include:"):
         * the sentence's object, not a sense of the entry. A bulleted sense reads as a gloss ("a device for ..."), and a
         * label line ("Noun:") opens senses, not names.
         */
        private boolean listItem(int i) {
            if (types[i] == Type.BLANK) return false;
            String text = lines.get(i).text().strip();
            boolean bullet = BULLET.matcher(text).lookingAt();
            boolean item = listOpen && bullet && types[i] == Type.DEF && !GLOSS_OPENING.matcher(BULLET.matcher(text).replaceFirst("")).lookingAt()
                && SPACES.split(text).length <= LIST_ITEM_WORDS;
            if (!bullet) listOpen = types[i] == Type.DEF && TextRules.opensList(text);
            if (item) listed(lines.get(i));
            return item;
        }

        /** A listed name ending in the headword's head noun ("subdural hematoma" under "hematoma") is a kind of it. */
        private void listed(Line line) {
            String head = headword != null ? headword : ex.topic();
            if (head == null) return;
            NamingRules.listedKind(BULLET.matcher(line.text().strip()).replaceFirst(""), ex.term(head), ex,
                ex.evidence(line.start(), line.end()), true);
        }

        /**
         * Whether line {@code i} is still inside a skipped block (examples, word history): a skipped block ends where a
         * new entry or dictionary starts. "Also especially British, ..." under the word's origin is another spelling of
         * the entry's word, kept.
         */
        private boolean stillSkipping(int i) {
            Line line = lines.get(i);
            String text = line.text();
            int next = i + 1;
            while (next < lines.size() && types[next] == Type.BLANK) next++;
            // a row of the entry's own ("Type of: bladder") ends a block of word forms or origins as a new caption does
            InfoboxRules.Row row = InfoboxRules.row(text);
            boolean entryRow = InfoboxRules.labelOnly(text) != null || row != null && HIERARCHY_ROWS.contains(row.role());
            if (entryRow || types[i] == Type.SEPARATOR || DEFINITIONS_LABEL.matcher(text).matches() || types[i] == Type.PRON || types[i] == Type.POS || types[i] == Type.POS_HEAD
                || types[i] == Type.TERM && next < lines.size() && (types[next] == Type.PRON || types[next] == Type.POS)
                || examples && types[i] == Type.DEF && definitionShaped(text)) {
                skipping = false;
                return false;
            }
            if (!DefinitionRules.namesSpelling(text)) return true;
            if (current != null) DefinitionRules.spellings(text, current, ex.evidence(line.start(), line.end()));
            else spellingLines.add(line);
            return true;
        }

        /** Another dictionary's entry for the same headword begins; "Definition of X" names it. */
        private void separator(String text) {
            Matcher naming = NAMING_HEADING.matcher(text);
            boolean names = naming.matches() && SPACES.split(naming.group(1).strip()).length <= 5;
            String named = names ? naturalOrder(naming.group(1)) : null; // "Tube, endotracheal": an index heading
            // a masthead line taken for the head, nothing defined yet: "Definition of X" names the real one
            if (names && headword != null && !Labels.key(headName(named)).equals(Labels.key(headword))
                && ex.term(headword).definitions().isEmpty() && senses.isEmpty() && headless.isEmpty() && subEntries.isEmpty()) {
                ex.remove(ex.term(headword));
                headword = null;
            }
            if (headword == null && names) {
                headword = head(headName(named));
                ex.topic(headword);
                keepDefiningHeadless(headword);
            }
            current = headword == null ? null : ex.term(headword);
            noun = true;
        }

        /**
         * Whether a line in a skipped block (examples, word history) is a definition again, so that the block has ended:
         * it starts as a definition does (a subject label, a lower-case word, or "a"/"an"), is not a title in capitals,
         * and does not use the headword (example sentences are written to show it).
         */
        private boolean definitionShaped(String text) {
            String t = text.strip();
            if (t.length() < 30 || !DEFINITION_OPENING.matcher(t).matches()) return false;
            String[] words = SPACES.split(t);
            long capitalised = java.util.Arrays.stream(words).filter(w -> CAPITAL_START.matcher(w).matches()).count();
            if (capitalised * 2 > words.length) return false;
            String head = headword != null ? headword : ex.topic();
            String key = " " + Labels.key(t) + " ";
            if (head != null) return !key.contains(Labels.key(head));
            // no headword yet: the words of the file name or address stand for it
            return named.words().stream().noneMatch(w -> w.length() >= 5 && key.contains(" " + w));
        }

        /**
         * When the page's head line comes after some text, that text is its masthead unless it defines the headword
         * ("In medicine, a cannula is a thin tube ..."): only such lines stay, as definitions of the headword.
         */
        private void keepDefiningHeadless(String head) {
            TermRecord t = ex.term(head);
            headless.removeIf(l -> {
                List<Nlp.Sentence> ss = Nlp.get().sentences(l.text(), 0);
                return ss.isEmpty() || !TextRules.namesTopic(ss.get(0).text(), t) || TextRules.copulaGenus(ss.get(0).text()) == null;
            });
            headlessMentions.clear();
        }

        /**
         * "Compare thrombus", "SEE: raphe; SEE: synarthrosis" on a line of their own, and the terms listed on the lines
         * right below ("See Also:" over a list): cross-references of the entry. Returns the index of the last line used.
         */
        private int crossReferences(int i) {
            Line line = lines.get(i);
            TermRecord owner = current != null ? current : fromDocumentId();
            if (owner == null) return i;
            TextRules.crossRefs(line.text(), owner, ex.evidence(line.start(), line.end()));
            int j = i + 1;
            for (; j < lines.size() && types[j] == Type.TERM; j++) {
                Line item = lines.get(j);
                String name = PARENTHESES.matcher(item.text()).replaceAll("").strip();
                if (name.isEmpty() || Labels.key(name).equals(Labels.key(owner.label()))) continue;
                owner.addCrossRef(CrossRefKind.SEE_ALSO, TextRules.lowerUnlessProper(name), ex.evidence(item.start(), item.end()));
            }
            return j - 1;
        }

        /** "Noun: catheter  ka-thi-tu(r)": the part of speech, the headword and its respelling on one line. */
        private void posHead(Line line) {
            Matcher m = KindDetector.POS_HEAD.matcher(line.text());
            if (!m.matches()) return;
            noun = m.group(1).toLowerCase(Locale.ROOT).startsWith("n");
            String name = RESPELLING_TAIL.matcher(TWO_SPACES.split(m.group(2).strip())[0]).replaceAll("").strip();
            if (name.isEmpty() || SPACES.split(name).length > 5) return;
            name = headName(name);
            if (headword == null) name = head(name);
            if (headword == null) {
                headword = name;
                ex.topic(name);
                keepDefiningHeadless(name);
            } else if (!Labels.key(name).equals(Labels.key(headword)) && noun) subEntries.add(name);
            current = noun ? ex.term(name) : null;
            if (current != null) current.partOfSpeech(m.group(1));
        }

        /** "{Prostatic catheter}, one adapted for ...": a run-in sub-entry; "{X}. See under {Y}." only points elsewhere. */
        private void braced(Line line) {
            Matcher m = BRACED.matcher(line.text());
            if (!m.matches() || SEE_START.matcher(m.group(2)).matches()) return;
            String name = TextRules.lowerUnlessProper(m.group(1).strip());
            if (SPACES.split(name).length > 5) return;
            TermRecord sub = ex.term(name);
            subEntries.add(sub.label());
            String def = ONE_THAT_THOSE.matcher(BRACES.matcher(m.group(2)).replaceAll("$1")).replaceFirst("");
            if (def.length() > 10) DefinitionRules.define(ex, sub, def, line.start() + line.text().indexOf(m.group(2)), line.end());
        }

        private void sense(Line line) {
            if (!noun) return;
            // "3. Compound widget (Mech.), a widget ...": a sub-entry the dictionary numbered among the senses
            String head = headword != null ? headword : idTopic;
            if (head != null && fullRunIn(line.text().strip(), head, line, line.text())) return;
            // "2. roentgenogram, x ray, x-ray picture" over its gloss: the words of a WordNet sense, the headword among them
            if (head != null && DefinitionRules.wordsOfSense(SENSE_NUMBER.matcher(line.text().strip()).replaceFirst(""), ex.term(head),
                ex.evidence(line.start(), line.end()), true)) return;
            if (senses.isEmpty()) {
                senseOwner = headword != null && headless.isEmpty() ? ex.term(headword) : null;
                sensesPending = senseOwner == null;
            }
            senses.add(line);
        }

        /** A head line with its syllabification: "splint (splint) ... definition", or "ca·the·ter (...) n. definition". */
        private void syllabified(Line line) {
            String text = line.text();
            Matcher hp = HEAD_PRON_DEF.matcher(text);
            if (!SYLLABIFIED_ENTRY.matcher(text).matches() && hp.matches()) {
                String word = TextRules.lowerUnlessProper(hp.group(1));
                if (headword == null) { headword = word; ex.topic(word); }
                else if (!Labels.key(word).equals(Labels.key(headword))) subEntries.add(word);
                current = ex.term(word);
                // "transcutaneous electrical nerve stimulation (TENS) /…/, a method ...": the short form is another name
                if (hp.group(2) != null) current.addAltLabel(hp.group(2), ex.evidence(line.start(), line.end()));
                sawSyllabified = true;
                noun = true;
                DefinitionRules.define(ex, current, hp.group(5), line.start() + text.indexOf(hp.group(5)), line.end());
                return;
            }
            Matcher m = SYLLABIFIED_ENTRY.matcher(text);
            if (!m.matches()) return;
            String word = SYLLABLE_DOT.matcher(m.group(1)).replaceAll("");
            if (headword == null) { headword = word; ex.topic(word); }
            current = ex.term(word);
            sawSyllabified = true;
            // drop the pronunciation (a run of respelling tokens or a parenthesis) and the part of speech
            if (POS_AFTER_COMMA.matcher(m.group(2)).matches()) { noun = false; return; }
            String rest = LEADING_RESPELLINGS.matcher(LEADING_PRONUNCIATION.matcher(LEADING_PRONUNCIATION.matcher(m.group(2)).replaceAll("")).replaceAll("")).replaceFirst("");
            Matcher pos = POS_PREFIX.matcher(rest);
            noun = true;
            if (pos.matches()) { noun = pos.group(1).startsWith("n"); rest = pos.group(2); }
            rest = POS_AT_END.matcher(rest).replaceFirst("");
            if (noun && rest.length() > 10) DefinitionRules.define(ex, current, rest, line.end() - (text.length() - text.indexOf(rest)) - 0, line.end());
        }

        /**
         * The title line, unless the text hardly writes it and is about another name it offers (a site's name over a
         * leaflet); a short form written often does not replace the title, which the page's entries spell out.
         */
        private String supportedTitle(String title) {
            String supported = org.medvocab.layout.Topic.supportedOr(ex.document().page(), ex.document().id(), title);
            return Abbreviations.isCapitalShortForm(supported) ? title : supported;
        }

        /** A term line: the headword, a sub-entry with its definition below, or a term named on its own. */
        private void term(int i) {
            Line line = lines.get(i);
            String text = line.text();
            if (headword == null && labelOverSubject(i)) return;
            // the page's title line may name the site's page too: "X - Definition, Meaning & Synonyms", "X Meaning, Definition & Usage"
            String label = headword == null ? TopicFinder.recurringPart(EncyclopediaExtractor.cleanTitle(supportedTitle(text)), body) : text;
            // "tracheostomy, tracheotomy" on a page filed under one of them: that one is the headword, the others its names
            String listed = headword == null ? label : null;
            if (listed != null) label = TopicFinder.memberNamed(listed, lines, ex.document().id());
            // a row label below ("Type of:") is about the entry above, not a definition of this line
            boolean followedByDefinition = i + 1 < lines.size() && (types[i + 1] == Type.DEF || types[i + 1] == Type.SENSE)
                && InfoboxRules.labelOnly(lines.get(i + 1).text()) == null;
            if (headword != null && current != null && synonymsOfSense(i, followedByDefinition)) return;
            if (headword != null && DefinitionRules.wordsOfSense(SENSE_NUMBER.matcher(text.strip()).replaceFirst(""), ex.term(headword),
                ex.evidence(line.start(), line.end()), true)) return;
            List<String> names = names(label, followedByDefinition);
            if (names.isEmpty()) return;
            if (headword == null && headless.isEmpty() && subEntries.isEmpty() && senses.isEmpty()) {
                names.set(0, TRAILING_MARKS.matcher(EncyclopediaExtractor.cleanTitle(names.get(0))).replaceAll("").strip());
                headword = head(names.get(0));
                current = ex.term(headword);
                ex.topic(headword);
                boolean named = headword.equals(names.get(0));
                for (String n : named ? names.subList(1, names.size()) : List.<String>of()) current.addAltLabel(n, ex.evidence(line.start(), line.end()));
                if (!listed.equals(label)) {
                    for (String n : names(listed, false)) current.addAltLabel(n, ex.evidence(line.start(), line.end()));
                }
                noun = true;
            } else if (followedByDefinition) {
                current = ex.term(names.get(0));
                for (String n : names.subList(1, names.size())) current.addAltLabel(n, ex.evidence(line.start(), line.end()));
                if (headword == null || !Labels.key(names.get(0)).equals(Labels.key(headword))) subEntries.add(names.get(0));
                noun = true;
            } else if (headword != null && Labels.key(names.get(0)).equals(Labels.key(headword))) {
                current = ex.term(headword);
                noun = true;
            } else if (headword == null) {
                // A term named on a line of its own between entries: a term of the page without a definition.
                TermRecord mentioned = ex.term(names.get(0)).mention(ex.evidence(line.start(), line.end()));
                if (headword == null) headlessMentions.add(mentioned.label());
            }
        }

        /**
         * "auriscope, auroscope" on a line of its own right after a sense, with no definition of its own: the other
         * names of the term that sense defines (a synset, as WordNet-based dictionaries print it).
         */
        private boolean synonymsOfSense(int i, boolean followedByDefinition) {
            int k = i - 1;
            while (k >= 0 && types[k] == Type.BLANK) k--;
            if (followedByDefinition || k < 0 || types[k] != Type.DEF && types[k] != Type.SENSE || i - k > 2) return false;
            return DefinitionRules.wordsOfSense(lines.get(i).text().strip(), current, ex.evidence(lines.get(i).start(), lines.get(i).end()), false);
        }


        /** An index heading in natural order ("Tube, endotracheal" is "endotracheal tube"); other names as written. */
        private static String naturalOrder(String name) {
            String natural = Phrases.uninverted(name.strip());
            return natural != null ? natural : name.strip();
        }

        /** A definition line: a run-in sub-entry ("aortic d. ..."), the current entry's sense, or one still without a head. */
        private void definition(Line line) {
            String text = BULLET.matcher(line.text()).replaceFirst("");
            if (runInCompound(line, text)) return;
            String entryHead = headword != null ? headword : idTopic;
            if (entryHead != null && fullRunIn(text.strip(), entryHead, line, line.text())) return;
            if (!noun || TextRules.opensList(text)) return;
            // "On thy blade ... gouts of blood. Shak.": among numbered senses, an unnumbered line signed by its author
            if (!senses.isEmpty() && CITED_QUOTATION.matcher(text).matches()) return;
            // a caption or usage line that restates the headword ("Widgetosis; the ...") is not a definition;
            // "Thrombosis: The formation of ..." is the headword and its definition
            if (headword != null && text.toLowerCase(Locale.ROOT).startsWith(headword.toLowerCase(Locale.ROOT))) {
                String after = text.substring(headword.length());
                if (SEMICOLON_START.matcher(after).matches()) return;
                Matcher labelled = HEAD_COLON.matcher(after);
                if (labelled.lookingAt() && current != null) {
                    String def = after.substring(labelled.end());
                    DefinitionRules.define(ex, current, def, line.start() + headword.length() + labelled.end(), line.end());
                    return;
                }
                if (COLON_START.matcher(after).matches()) return;
            }
            // "Tube, endotracheal: A flexible ..." under the headword "endotracheal tube"
            int colon = text.indexOf(": ");
            if (headword != null && current != null && colon > 0 && text.substring(0, colon).contains(",")
                && Labels.key(naturalOrder(text.substring(0, colon))).equals(Labels.key(headword))) {
                DefinitionRules.define(ex, current, text.substring(colon + 2), line.start() + colon + 2, line.end());
                return;
            }
            if (current != null) DefinitionRules.spellings(text, current, ex.evidence(line.start(), line.end()));
            if (DefinitionRules.otherField(text)) return; // "(Mach.) A kind of brake ...": another field's sense
            String def = DefinitionRules.withoutLeadingLabel(DOMAIN_TAG.matcher(text).replaceFirst(""));
            Matcher runIn = RUN_IN.matcher(def);
            String head = headword != null ? headword : idTopic; // run-in sub-entries may come before the head line
            if (head != null && runIn.matches()
                && Character.toLowerCase(head.charAt(0)) == runIn.group(2).charAt(0)) {
                String label = Phrases.casing(runIn.group(1)) + " " + head;
                if (SPACES.split(runIn.group(1)).length <= 3) {
                    TermRecord sub = ex.term(label.contains(" ") && Character.isUpperCase(runIn.group(1).charAt(0))
                        && !Character.isUpperCase(runIn.group(1).charAt(1) ) ? runIn.group(1) + " " + head : label);
                    subEntries.add(sub.label());
                    int off = line.start() + text.indexOf(runIn.group(3));
                    DefinitionRules.define(ex, sub, runIn.group(3), off, line.end());
                    // "back b. An open bandage ...": a run-in sub-entry is a kind of its headword, whatever its genus says
                    sub.addBroader(ex.term(head).label(), ex.evidence(off, line.end()));
                    return;
                }
            }
            if (head != null && fullRunIn(def, head, line, text)) return;
            if (current == null) {
                headless.add(line);
            } else {
                DefinitionRules.define(ex, current, def, line.start() + (text.length() - def.length()), line.end());
            }
        }

        /**
         * "bulb syringe a syringe with a bulb on one end", "hypodermic syringe one for ...": a sub-entry run in with
         * the headword written out, then its definition (an article or "one" first). The sub-entry is a kind of the
         * headword. Modifiers are content words: "Using a bulb syringe." or "Components of a syringe." is no sub-entry.
         */
        /**
         * "-- Gouty kidney, an affection occurring ...": a run-in sub-entry that opens with the entry's own word (or a
         * word formed from it) and names a thing of its own, a noun whatever part of speech the entry is. True when the
         * line was one.
         */
        private boolean runInCompound(Line line, String text) {
            if (headword == null) return false;
            Matcher m = RUN_IN_COMPOUND.matcher(text);
            if (!m.matches() || !m.group(1).toLowerCase(Locale.ROOT).startsWith(headword.toLowerCase(Locale.ROOT))) return false;
            // "Catheter is a slender, ...": a sentence about the word, not a name before its gloss
            for (String w : SPACES.split(m.group(2))) if (org.medvocab.page.Words.isStopWord(w)) return false;
            TermRecord sub = ex.term(Labels.singularPhrase(m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT)));
            subEntries.add(sub.label());
            String rest = m.group(3) != null ? m.group(3) : m.group("see");
            int off = line.start() + text.indexOf(rest);
            // "Gout stones. See Chalkstone, n., 2.": a sub-entry that only refers on
            if (m.group("see") != null) TextRules.crossRefs(rest, sub, ex.evidence(off, line.end()));
            else DefinitionRules.define(ex, sub, rest, off, line.end());
            return true;
        }

        private boolean fullRunIn(String def, String head, Line line, String text) {
            Matcher m = FULL_RUN_IN.matcher(SENSE_NUMBER.matcher(def).replaceFirst(""));
            // a name that only refers on ("Dressing forceps. See ...") is no caption, whatever its first word
            boolean refersOn = !m.matches() && (m = FULL_RUN_IN_XREF.matcher(SENSE_NUMBER.matcher(def).replaceFirst(""))).matches();
            // "1. Open appendectomy. A cut ... is made in ...": a kind named in a sentence of its own before its gloss
            if (!m.matches()) m = FULL_RUN_IN_SENTENCE.matcher(SENSE_NUMBER.matcher(def).replaceFirst(""));
            if (!m.matches() || !Labels.key(Labels.singularPhrase(m.group(2))).equals(Labels.key(head))) return false;
            for (String w : SPACES.split(m.group(1).toLowerCase(Locale.ROOT).strip())) {
                if (Lexicon.DETERMINERS.contains(w) || NOT_A_MODIFIER.matcher(w).matches() && !(refersOn && w.endsWith("ing"))) return false;
            }
            String modifiers = m.group(1).strip();
            // a capital opening a line that refers on starts a sentence; elsewhere it may write a name ("Foley catheter"),
            // ... unless the word is a common one ("Compound", "Partial"): the Webster 1913 capitalises each sub-entry
            String first = modifiers.split("\\s+")[0].toLowerCase(Locale.ROOT);
            boolean commonWord = !org.medvocab.ground.WordNetLexicon.get().readings(first).isEmpty();
            String label = refersOn || commonWord ? TextRules.lowerUnlessProper(modifiers) + " " + head
                : Character.isUpperCase(modifiers.charAt(0)) && modifiers.length() > 1 && !Character.isUpperCase(modifiers.charAt(1))
                && line.start() > 0 ? modifiers + " " + head : Phrases.casing(modifiers) + " " + head;
            TermRecord sub = ex.term(label);
            subEntries.add(sub.label());
            String gloss = m.group("gloss");
            int off = line.start() + text.indexOf(gloss);
            if (refersOn) TextRules.crossRefs(TextRules.SEE_UNDER.matcher(gloss).replaceFirst("$1 "), sub, ex.evidence(off, line.end()));
            else DefinitionRules.define(ex, sub, gloss, off, line.end());
            if (!refersOn && m.pattern() == FULL_RUN_IN && m.group("alt") != null) sub.addAltLabel(TextRules.lowerUnlessProper(m.group("alt")), ex.evidence(off, line.end()));
            sub.addBroader(head, ex.evidence(off, line.end()));
            return true;
        }

        /**
         * "Pathologic Function" over "thrombosis": a class or category line above the head line that writes the
         * subject the file name gives is a label of the entry, not its headword.
         */
        private boolean labelOverSubject(int i) {
            String subject = named.subject();
            if (subject == null || Labels.key(lines.get(i).text()).equals(Labels.key(subject))) return false;
            int j = i + 1;
            while (j < lines.size() && types[j] == Type.BLANK) j++;
            if (j >= lines.size() || types[j] != Type.TERM && types[j] != Type.SYLLABIFIED) return false;
            String next = " " + Labels.key(SYLLABLE_MARKS.matcher(lines.get(j).text()).replaceAll("")) + " ";
            return next.startsWith(" " + Labels.key(subject) + " ");
        }

        /** Headless definitions: find the term they define. */
        void headlessDefinitions() {
            if (!headless.isEmpty()) {
                String found = sawSyllabified && headword != null ? headword
                    : inferHeadword(ex, headless, headlessMentions, pronunciation, subEntries, named);
                if (found == null && headword != null) found = headword;
                if (found == null) {
                    // a page that never writes its headword above the definitions: its file name or address does
                    TermRecord named = fromDocumentId();
                    found = named == null ? null : named.label();
                }
                if (found != null) {
                    TermRecord t = ex.term(found);
                    // one of the page's sub-entries is not what the page is about
                    String key = Labels.key(found);
                    if (ex.topic() == null && subEntries.stream().noneMatch(e -> Labels.key(e).equals(key))) ex.topic(found);
                    for (Line l : headless) {
                        // "Emmet retractor, a self-retaining speculum.": once the headword is known, a sub-entry run in
                        if (fullRunIn(l.text().strip(), t.label(), l, l.text())) continue;
                        String def = DOMAIN_TAG.matcher(l.text()).replaceFirst("");
                        DefinitionRules.define(ex, t, def, l.start() + (l.text().length() - def.length()), l.end());
                    }
                }
            }
        }

        /**
         * "There are three main types of X (ABBR)." and the sentences listed below it ("Type 1 DM results from ..."): the
         * kinds of X (see {@link NamingRules#kindSentence}). True when line {@code i} was the opener or one of its items.
         */
        private boolean kindsListed(int i, Line line, String text) {
            Matcher opener = TextRules.THERE_ARE_KINDS.matcher(SENSE_NUMBER.matcher(text.strip()).replaceFirst(""));
            if (opener.matches()) {
                kindsClass = Labels.singularPhrase(opener.group(1).toLowerCase(Locale.ROOT));
                kindsShort = opener.group(2);
                return true;
            }
            if (kindsClass == null || types[i] == Type.BLANK) return false;
            String item = BULLET.matcher(text.strip()).replaceFirst("");
            if (!item.equals(text.strip()) && NamingRules.kindSentence(item, kindsClass, kindsShort, ex,
                    line.start() + Math.max(0, text.indexOf(item)), line.end())) return true;
            kindsClass = null;
            return false;
        }

        /** Numbered senses: their owner is the headword, or the word the page's sub-entries share. */
        void numberedSenses() {
            if (!senses.isEmpty()) {
                if (sensesPending) {
                    String common = commonWord(subEntries);
                    if (common != null) senseOwner = ex.term(common);
                    if (ex.topic() == null && common != null) ex.topic(common);
                }
                if (senseOwner == null && ex.topic() != null) senseOwner = ex.term(ex.topic());
                if (senseOwner == null) senseOwner = fromDocumentId();
                if (senseOwner != null) DefinitionRules.senses(ex, senseOwner, senses);
            }
            TermRecord owner = pendingRows.isEmpty() ? null : ex.topic() != null ? ex.term(ex.topic()) : fromDocumentId();
            for (Line l : owner == null ? List.<Line>of() : pendingRows) {
                InfoboxRules.apply(InfoboxRules.row(l.text()), owner, ex, ex.evidence(l.start(), l.end()));
            }
            TermRecord spelt = ex.topic() != null ? ex.term(ex.topic()) : null;
            for (Line l : spelt == null ? List.<Line>of() : spellingLines) {
                DefinitionRules.spellings(l.text(), spelt, ex.evidence(l.start(), l.end()));
            }
        }

        /** The headword of a page that never writes it above its senses: the part of its file name the page repeats. */
        private TermRecord fromDocumentId() {
            String named = this.named.fallback();
            if (named == null) return null;
            if (ex.topic() == null) ex.topic(named);
            return ex.term(named);
        }

        /** The page's headword, given the first head line's candidate (see {@link FileNameSubject#headword}). */
        private String head(String candidate) {
            return named.headword(candidate);
        }
    }

    private static final Pattern SPACED_PARENTHESES = Pattern.compile("\\s*\\((?:[^()]*)\\)\\s*");
    private static final Pattern SPACED_BRACKETS = Pattern.compile("\\s*\\[[^\\]]*\\]\\s*");
    private static final Pattern SHORT_SPACED_PARENTHESES = Pattern.compile("\\s*\\(([^()]{1,15})\\)\\s*");
    private static final Pattern LAST_WORD = Pattern.compile("\\S+\\s*$");

    /** A short text in parentheses: "(Na-K)". */
    private static final Pattern SHORT_PARENTHESIS = Pattern.compile("\\(([^()]{1,15})\\)");

    /** "feeding bottle, nursing bottle" -> both names; the first is the entry's own. */
    private static List<String> names(String termLine, boolean asWritten) {
        List<String> out = new ArrayList<>();
        String t = SPACED_BRACKETS.matcher(SPACED_PARENTHESES.matcher(termLine).replaceAll(" ")).replaceAll(" ").strip();
        String natural = Phrases.uninverted(t);
        if (natural != null) t = natural;
        for (String part : TextRules.LIST_SEPARATOR.split(t)) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            out.add(asWritten ? Labels.singularPhrase(p) : TextRules.lowerUnlessProper(Labels.singularPhrase(p)));
        }
        // keep the parenthesised short form as a name too: "sodium-potassium (Na-K) pump"
        Matcher paren = SHORT_PARENTHESIS.matcher(termLine);
        List<AbbreviationPair> pairs = Abbreviations.find(termLine);
        if (!pairs.isEmpty() && !out.isEmpty() && pairs.get(0).end() <= termLine.length()) {
            // "percutaneous endoscopic gastrostomy (PEG) tube" -> also "PEG tube"
            AbbreviationPair p = pairs.get(0);
            String alt = SPACES.matcher((termLine.substring(0, Math.max(0, termLine.indexOf(p.longForm()))) + p.shortForm()
                + termLine.substring(p.end()))).replaceAll(" ").strip();
            if (!alt.isBlank()) out.add(alt);
        } else if (paren.find() && !out.isEmpty()) {
            String abbrForm = SHORT_SPACED_PARENTHESES.matcher(termLine).replaceFirst(" ").strip();
            String shortForm = SPACES.matcher(termLine.replace(paren.group(0), "")).replaceAll(" ");
            String alt = LAST_WORD.matcher(termLine.substring(0, paren.start())).replaceAll("") + paren.group(1) + termLine.substring(paren.end());
            if (!alt.isBlank() && !abbrForm.isBlank() && !shortForm.isBlank()) out.add(SPACES.matcher(alt).replaceAll(" ").strip());
        }
        return out;
    }

    /** The word shared by most sub-entry labels ("valve" for "mitral valve", "aortic valve", ...). */
    private static String commonWord(List<String> subEntries) {
        if (subEntries.size() < 2) return null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : subEntries) {
            for (String w : new java.util.LinkedHashSet<>(List.of(Labels.key(s).split(" ")))) counts.merge(w, 1, Integer::sum);
        }
        String best = null;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount && e.getKey().length() > 2) { best = e.getKey(); bestCount = e.getValue(); }
        }
        return bestCount * 2 >= subEntries.size() ? best : null;
    }

    private static final Pattern KINDS_TYPES_FORMS = Pattern.compile("kinds?|types?|forms?|models?|uses?");
    private static final Pattern BRACKET_CHARS = Pattern.compile("[()\\[\\]/]");

    /**
     * The headword of definitions that have none: the noun phrase they name ("Some kinds of X ..."), preferring
     * one that matches the pronunciation respelling, a term line of the same block, or a sub-entry of the page.
     */

    private static String inferHeadword(DocumentExtraction ex, List<Line> headless, List<String> mentions,
                                        String pronunciation, List<String> subEntries, FileNameSubject named) {
        java.util.Set<String> fileNameWords = named.words();
        String subject = named.subject();
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        scoreNounPhrases(headless, score, labelOf);
        for (String m : mentions) {
            for (String key : new ArrayList<>(score.keySet())) {
                if (Labels.key(m).endsWith(" " + key) || Labels.key(m).equals(key)) score.merge(key, 2.0, Double::sum);
            }
        }
        for (String s : subEntries) score.computeIfPresent(Labels.key(s), (k, v) -> v + 1.0);

        boolean spelled = false;
        // a sub-entry of the page may be the term the respelling spells, though the definitions never name it
        // so may the subject its file name gives and the page writes elsewhere ("Origin of appendectomy")
        List<String> unnamed = new ArrayList<>(subEntries);
        if (subject != null) unnamed.add(subject);
        for (String sub : unnamed) {
            String key = Labels.key(sub);
            if (pronunciation != null && !score.containsKey(key)) { score.put(key, 0.0); labelOf.putIfAbsent(key, sub); }
        }
        if (pronunciation != null) {
            String[] pron = SPACES.split(Labels.ascii(BRACKET_CHARS.matcher(pronunciation).replaceAll("").replace("-", "")).trim());
            for (String key : score.keySet()) {
                String[] words = SPACES.split(Labels.ascii(key));
                if (words.length == pron.length) {
                    boolean initials = true;
                    for (int i = 0; i < words.length; i++) if (words[i].isEmpty() || pron[i].isEmpty() || words[i].charAt(0) != pron[i].charAt(0)) initials = false;
                    // the same first letters, and most of the consonants the respelling sounds
                    if (initials && Respellings.spells(String.join("", pron), key)) { score.merge(key, 4.0, Double::sum); spelled = true; }
                }
            }
        }
        if (!spelled) {
            // without a respelling to go by, the file name or address of a one-term page usually spells its headword
            java.util.Set<String> fromId = fileNameWords;
            for (String key : score.keySet()) {
                if (fromId.containsAll(List.of(key.split(" ")))) score.merge(key, 3.0, Double::sum);
            }
        }
        String best = null;
        double bestScore = 0;
        for (var e : score.entrySet()) {
            if (Lexicon.isGenericGenus(e.getKey()) || Lexicon.NON_TERMS.contains(e.getKey())) continue;
            if (e.getValue() > bestScore) { best = e.getKey(); bestScore = e.getValue(); }
        }
        return bestScore >= 4.0 ? labelOf.get(best) : null;
    }

    /**
     * Scores the noun phrases of the headless definitions as the headword they define: each noun with up to two nouns or
     * adjectives before it, longer phrases more, a phrase after "kinds/types/forms of" much more.
     */
    private static void scoreNounPhrases(List<Line> headless, Map<String, Double> score, Map<String, String> labelOf) {
        for (Line l : headless) {
            for (Nlp.Sentence s : Nlp.get().sentences(l.text(), 0)) {
                List<Nlp.Token> toks = s.tokens();
                for (int i = 0; i < toks.size(); i++) {
                    if (!toks.get(i).isNoun()) continue;
                    // noun phrases ending at i: the noun with up to two preceding nouns/adjectives
                    for (int from = Math.max(0, i - 2); from <= i; from++) {
                        boolean ok = true;
                        for (int k = from; k <= i; k++) {
                            String p = toks.get(k).pos();
                            if (!(p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") && k < i)) ok = false;
                        }
                        if (!ok) continue;
                        String phrase = l.text().substring(toks.get(from).start(), toks.get(i).end());
                        Phrases.Term t = Phrases.clean(phrase);
                        if (t == null || t.qualifier() != null) continue;
                        String key = Labels.key(t.label());
                        labelOf.putIfAbsent(key, t.label());
                        double w = 1.0 + 0.5 * (i - from);
                        if (from >= 2 && toks.get(from - 1).lower().equals("of")
                            && KINDS_TYPES_FORMS.matcher(toks.get(from - 2).lower()).matches()) w += 3;
                        score.merge(key, w, Double::sum);
                    }
                }
            }
        }
    }

    /** "angioplasty angioplasty an\u00b7gi\u00b7o\u00b7plas\u00b7ty (...)": the headword written again before its syllabified form. */
    private static final Pattern REPEATED_HEAD = Pattern.compile("^(?:([\\p{L}][\\p{L}\\-]*)\\s+)+(?=[\\p{L}\\-]*[\u00b7\u2027])");

    /** "Forceps \\For"ceps\\, n. [L. ...]": a headword, then its stress-marked respelling between backslashes. */
    private static final Pattern WORD_THEN_BACKSLASH = Pattern.compile("^(\\p{L}[\\p{L}'\\- ]{0,40}?)\\s+(?=\\\\[^\\\\]{2,40}\\\\)");

    /**
     * "Sci*at"i*ca (?), n. [NL.] Med.": a copy of the Webster 1913 that writes the headword with its syllables parted by
     * stars and its stress by quotes, and "(?)" where the respelling could not be printed.
     */
    private static final Pattern MARKED_WORD_THEN_MARK = Pattern.compile("^(\\p{L}+(?:[*`\"]\\p{L}+)+)\\s*(?:\\(\\?\\))?,\\s*(?=(?:"
        + TextRules.PART_OF_SPEECH_MARKS + ")\\.)");
    private static final Pattern WORD_MARKS = Pattern.compile("[*`\"]");

    /** A head line written with its backslash respelling, as two lines: the headword, and the respelling with the rest. */
    private static java.util.stream.Stream<Line> headAndRespelling(Line line) {
        Matcher marked = MARKED_WORD_THEN_MARK.matcher(line.text());
        if (marked.lookingAt()) {
            return java.util.stream.Stream.of(new Line(WORD_MARKS.matcher(marked.group(1)).replaceAll(""), line.start(),
                line.start() + marked.end(1)), new Line(line.text().substring(marked.end()), line.start() + marked.end(), line.end()));
        }
        Matcher m = WORD_THEN_BACKSLASH.matcher(line.text());
        if (!m.lookingAt()) return java.util.stream.Stream.of(line);
        return java.util.stream.Stream.of(new Line(m.group(1), line.start(), line.start() + m.group(1).length()),
            new Line(line.text().substring(m.end()), line.start() + m.end(), line.end()));
    }

    /** A line without the plain copies of the headword that precede its syllabified form. */
    private static Line withoutRepeatedHead(Line line) {
        Matcher m = REPEATED_HEAD.matcher(line.text());
        if (!m.lookingAt()) return line;
        String rest = line.text().substring(m.end());
        String syllabified = SYLLABLE_DOT.matcher(SPACES.split(rest)[0]).replaceAll("");
        for (String w : SPACES.split(m.group().strip())) {
            if (!w.equalsIgnoreCase(syllabified)) return line;
        }
        return new Line(rest, line.start() + m.end(), line.end());
    }

    /** A headword as the page writes it, in capitals on some pages ("CATHETER"): lower case unless a name. */
    private static String headName(String text) {
        String t = text.strip();
        if (t.length() >= 5 && t.equals(t.toUpperCase(Locale.ROOT))) t = t.toLowerCase(Locale.ROOT);
        return TextRules.lowerUnlessProper(t);
    }

    private static final Pattern RESPELLING_MARK = Pattern.compile(".*[-\u02c8\u0300-\u036f\u0101-\u017f'\u2032\u2033\u0259].*");
    private static final Pattern LOWER_WORDS = Pattern.compile("[a-z]+(?: [a-z]+){0,3}");
    private static final Pattern FOUR_LONG_WORDS = Pattern.compile(".*\\p{L}{3,}\\s+\\p{L}{3,}\\s+\\p{L}{3,}\\s+\\p{L}{3,}.*");
    private static final Pattern POS_SENTENCE = Pattern.compile("(?i)^(?:noun|verb)\\s+\\w+\\s+\\w+\\s+\\w+.*[.]$");
    private static final Pattern WHAT_IS_QUESTION = Pattern.compile("(?i)^what (?:is|are) (?:an? )?[\\p{L}\\- ]{2,60}\\?$");
    private static final Pattern PARENTHESES_GROUP = Pattern.compile("\\([^()]*\\)");
    private static final Pattern DEFINITION_OR_SEE_START = Pattern.compile("(?i)^(?:a|an|the|to|see|cf)\\s.*");
    private static final Pattern LETTER_OR_DIGIT_START = Pattern.compile("^[\\p{L}\\p{N}].*");
    private static final Pattern HAS_COPULA = Pattern.compile(".*\\b(?:is|are|was|were)\\b.*");

    /** Longest attribution line ("From The ... Dictionary of English v.0.48 :"), in characters. */
    private static final int MAX_ATTRIBUTION = 90;
    /** "[1913 Webster]": a bracketed source and year after a sense; a respelling never holds a year. */
    private static final Pattern DATED_SOURCE = Pattern.compile("^\\[[^\\[\\]]{0,30}\\b(?:1[5-9]|20)\\d\\d\\b[^\\[\\]]{0,30}\\]$");
    /** "2 definitions found", "12 results for": what a search found, the page's furniture. */
    private static final Pattern RESULT_COUNT = Pattern.compile("(?i)^\\d+\\s+(?:definitions?|results?|entries|matches|meanings?)\\s+(?:found|for)\\b.*");
    /** A short line opening with a lower-case preposition: the rest of the line above, never a headword. */
    private static final Pattern LOWER_PREPOSITION_START = Pattern.compile("^(?:for|of|in|on|to|from|with|by)\\s+\\S+(?:\\s+\\S+){0,3}$");

    /** " for Forceps" under "2 definitions found": a short line continuing the chrome line above it. */
    private boolean continuesChrome(List<Line> lines, int i) {
        if (i == 0 || !LOWER_PREPOSITION_START.matcher(lines.get(i).text()).matches()) return false;
        return lines.get(i - 1).text().isEmpty() ? false : classify(lines, i - 1) == Type.CHROME;
    }

    private Type classify(List<Line> lines, int i) {
        String t = lines.get(i).text();
        if (t.isEmpty()) return Type.BLANK;
        // a definition never speaks to the reader; a patient's explainer may, after its first sentence has said what it names
        if (READER_ADDRESS.matcher(FIRST_SENTENCE.matcher(t).replaceFirst("$1")).find()) return Type.CHROME;
        if (DefinitionRules.isCredit(t) || org.medvocab.page.Boilerplate.isNavigation(t)) return Type.CHROME;
        if (DATED_SOURCE.matcher(t).matches() || RESULT_COUNT.matcher(t).matches()) return Type.CHROME;
        if (continuesChrome(lines, i)) return Type.CHROME;
        if (RESPELLING_LINE.matcher(t).matches() || STRESS_MARKED.matcher(t).matches()) return Type.PRON;
        if (XREF_LINE.matcher(t).matches()) return Type.XREF;
        if (LABELLED_LETTERS.matcher(t).matches() || SOURCE_NOTE.matcher(t).matches() && t.length() < 90) return Type.CHROME;
        if (KindDetector.BACKSLASH_HEAD.matcher(t).matches() || CAPITALS_HEAD.matcher(t).matches()) return Type.PRON;
        if (t.length() < 80 && BRACKETED_RESPELLING_NOUN.matcher(t).matches()) return Type.PRON;
        if (BRACED.matcher(t).matches()) return Type.BRACED;
        if (KindDetector.POS_HEAD.matcher(t).matches()) return Type.POS_HEAD;
        if (KindDetector.SOURCE_HEADING.matcher(t).matches() && t.length() < 60
            || KindDetector.ATTRIBUTION.matcher(t).matches() && t.length() < MAX_ATTRIBUTION) return Type.SEPARATOR;
        if (SKIP_BLOCK.matcher(t).matches() && t.length() < 60) return Type.SKIP_BLOCK;
        if (WORD_FORMS_CAPTION.matcher(t).matches()) return Type.CHROME;
        if (SYLLABIFIED_ENTRY.matcher(t).matches()) return Type.SYLLABIFIED;
        Matcher hpd = HEAD_PRON_DEF.matcher(t);
        String pron = hpd.matches() ? (hpd.group(3) != null ? hpd.group(3) : hpd.group(4)) : null;
        if (pron != null && !pron.contains(",") && (RESPELLING_MARK.matcher(pron).matches()
                || LOWER_WORDS.matcher(pron).matches() && pron.charAt(0) == Character.toLowerCase(hpd.group(1).charAt(0)))) {
            return Type.SYLLABIFIED;
        }
        if (SEPARATOR.matcher(t).matches()) return Type.SEPARATOR;
        if (Chrome.isChrome(t)) return Type.CHROME;
        if (KindDetector.PRONUNCIATION.matcher(t).matches() && t.length() < 80 && !FOUR_LONG_WORDS.matcher(t).matches()) return Type.PRON;
        if (KindDetector.POS_LINE.matcher(t).matches() && t.length() < 60 && !POS_SENTENCE.matcher(t).matches()) return Type.POS;
        if (POS_ETYMOLOGY.matcher(t).matches()) return Type.POS; // "n. [ F. goutte a drop ... ]": the mark and the word's history
        if (DERIVED_FORMS.matcher(t).matches()) return Type.CHROME; // "endoscopic adj. endoscopist n.": the word's derivatives
        if (org.medvocab.page.HeadLines.isPartOfSpeech(t)) return Type.POS; // "noun, plural ...", "noun Medicine/Medical."
        if (!DefinitionRules.otherNames(t).isEmpty()) return Type.ALSO;
        // "1. Pathology." over sub-senses: the field they belong to, neither a sense nor a term
        if (org.medvocab.page.Fields.isFieldName(SENSE_NUMBER.matcher(t).replaceFirst(""))) return Type.CHROME;
        if (KindDetector.SENSE.matcher(t).matches()) return Type.SENSE;
        if (WHAT_IS_QUESTION.matcher(t).matches()) return Type.TERM;
        // a word's history, not what it names, however it is numbered ("N: 1. 1891, a hybrid from ...")
        if (DefinitionRules.isEtymology(t) || DefinitionRules.isEtymology(DefinitionRules.withoutSenseLabels(t))) return Type.CHROME;
        if (announcesNext(lines, i)) return Type.TERM;
        String core = PARENTHESES_GROUP.matcher(t).replaceAll("").strip();
        boolean shortLine = SPACES.split(core).length <= 6 && core.length() <= 60;
        if (shortLine && !core.endsWith(".") && !core.endsWith(":") && !DEFINITION_OR_SEE_START.matcher(core).matches()
            && LETTER_OR_DIGIT_START.matcher(core).matches() && !HAS_COPULA.matcher(core).matches()) return Type.TERM;
        return Type.DEF;
    }

    /** Syllable marks a headword is written with ("an\u00b7gi\u00b7o\u00b7plas\u00b7ty"). */
    private static final Pattern SYLLABLE_MARKS = Pattern.compile("[\u00b7\u2027*\u02c8\u02cc']");

    /** "\u2022 Angiopoiesis" over "an\u00b7gi\u00b7o\u00b7poi\u00b7e\u00b7sis ... n. The formation ...": a bullet naming the entry below it. */
    private static boolean announcesNext(List<Line> lines, int i) {
        Matcher bullet = BULLET.matcher(lines.get(i).text());
        if (!bullet.lookingAt()) return false;
        String named = lines.get(i).text().substring(bullet.end()).strip();
        if (named.isEmpty() || SPACES.split(named).length > 4 || named.endsWith(".") || !Character.isLetter(named.charAt(0))) return false;
        int j = i + 1;
        while (j < lines.size() && lines.get(j).text().isBlank()) j++;
        if (j >= lines.size()) return false;
        String next = SYLLABLE_MARKS.matcher(lines.get(j).text()).replaceAll("").toLowerCase(Locale.ROOT);
        return next.startsWith(named.toLowerCase(Locale.ROOT) + " ") && !next.equals(named.toLowerCase(Locale.ROOT));
    }

    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\d+\\.\\s*");

    /**
     * "Type of:" / "Types:" / "Synonyms:" on a line of its own, its values (and their glosses) on the lines below up to
     * a blank line or a numbered sense: applied to the term being defined. Returns the index of the block's last line.
     */
    private static int labelBlock(DocumentExtraction ex, List<Line> lines, Type[] types, int i, InfoboxRules.Role role, TermRecord term) {
        List<String> values = new ArrayList<>();
        int j = i + 1;
        while (j + 1 < lines.size() && types[j] == Type.BLANK && types[j + 1] != Type.BLANK) j++; // the caption set apart by a blank line
        for (; j < lines.size() && !ENDS_LABEL_BLOCK.contains(types[j]) && !DEFINITIONS_LABEL.matcher(lines.get(j).text()).matches()
                && InfoboxRules.labelOnly(lines.get(j).text()) == null; j++) {
            values.add(lines.get(j).text());
        }
        // under a verb's sense ("to hold a limb still"), the rows are about the verb
        int k = i - 1;
        while (k >= 0 && types[k] == Type.BLANK) k--;
        boolean verb = k >= 0 && DefinitionRules.VERB_SENSE.matcher(SENSE_NUMBER.matcher(lines.get(k).text().strip()).replaceFirst("")).matches();
        if (!values.isEmpty() && !verb) {
            InfoboxRules.applyBlock(role, values, term, ex, ex.evidence(lines.get(i).start(), lines.get(j - 1).end()));
        }
        return j - 1;
    }
}

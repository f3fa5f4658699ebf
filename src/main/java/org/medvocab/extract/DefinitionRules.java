package org.medvocab.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.medvocab.extract.Lexicon.Section;

/**
 * What one dictionary definition says about its term: cross-references, "also called" synonyms, a definition
 * that is only another term, the genus (broader term and kind) and the relations its sentences state; and
 * how numbered senses become one concept or several. Shared by every extractor that reads dictionary entries.
 */
final class DefinitionRules {
    private DefinitionRules() {}

    /** "... Also called X." at the end of a definition. */
    private static final Pattern TRAILING_ALSO = Pattern.compile("(?i)(?:^|\\.\\s+|\\s*[\u2014\u2013]\\s*|;?\\s*--\\s*|;\\s*)(?:also called|also known as|called also|(?:often|commonly|sometimes|usually)\\s+(?:called|known as|referred to as))(?:\\s+simply)?\\s+(?:(?:an?|the)\\s+(?=\\p{Ll}))?([^.;]+)[.;]?\\s*$");
    /** "...; -- called also X, and Y. Small bodies ...": the dictionary's other names after a dash, sentences after them. */
    private static final Pattern DASHED_ALSO = Pattern.compile("(?i);?\\s*(?:--|[\u2014\u2013])\\s*called also\\s+([^.;]+)[.;]\\s+(?=\\p{Lu})");
    /** A spelling written beside the headword: "(also nebuliser)", "[Written also canula.]", "(or haemostat)". */
    private static final Pattern SPELLING = Pattern.compile("(?i)\\((?:also|or)\\s+([\\p{L}\\-]+)\\)|\\[(?:written|spelled|spelt)\\s+also\\s+([\\p{L}\\-]+)\\.?\\]"
        + "|\\b(?:also\\s+(?:written|spelled|spelt)|(?:written|spelled|spelt)\\s+also)\\s+([\\p{L}\\-]+)"
        // "Also especially British, ap·pen·di·cec·to·my": a regional spelling, written in syllables on some pages
        // "Also, esp. Brit., goi'tre": a dictionary that marks the stressed syllable with a prime writes it in the spelling too
        + "|\\balso,?\\s+(?:(?:especially|chiefly|esp\\.|mainly)\\s+)?(?:british|brit\\.|us|u\\.s\\.|american|canadian|australian)(?!\\p{L})\\s*[,:]?\\s*([\\p{L}\\-\u00b7\u2027'\u02c8\u02cc\u2032]+)"
        // "(haemostat in the UK)", "(haemostat in British English)": the spelling another variety of English uses
        + "|\\(([\\p{L}\\-]+)\\s+in\\s+(?:the\\s+)?(?:uk|us|usa|britain|british(?:\\s+english)?|american(?:\\s+english)?|commonwealth)\\)");
    /** The dots a syllabified spelling writes between syllables, and the primes that mark its stressed syllables. */
    private static final Pattern SYLLABLE_DOTS = Pattern.compile("[\u00b7\u2027'\u02c8\u02cc\u2032]");
    /** Letters a regional spelling shares with the headword at its start ("appendicectomy", "appendectomy"). */
    private static final int REGIONAL_SHARED_START = 4;
    /** Bare synonyms after a definition's last sentence: "... of the gums. gingivorrhagia ulorrhagia". */
    private static final Pattern TRAILING_SYNONYMS = Pattern.compile("[.;]\\s+((?:[a-z][a-z\\-]{4,}\\s*){1,4})$");
    /** A domain label and colon before a definition: "medical : a thin tube ...", ": a tube ...". */
    /** "anatomy: ...", "a. : ..." (a sub-sense's letter and the sense colon), "(context medicine English) A ...", "(Med.) A ...", "Medicine/Medical. a ...": a label before the definition. */
    private static final Pattern LEADING_LABEL = Pattern.compile("^(?:[a-h]\\.\\s*|[a-z]+(?:\\s[a-z]+)?\\s*)?:\\s+|^(?:\\((?:context\\s+)?[\\p{L}. ,]{2,40}\\)[\\s\u2013\u2014-]*)*\\((?:context\\s+)?[\\p{L}. ]{2,40}\\)\\s+(?=\\p{Lu}|an?\\s|the\\s)"
        // "Anat. (a) A tough band ...": a field's abbreviation before lettered sub-senses
        + "|^\\p{Lu}\\p{Ll}+(?:/\\p{Lu}\\p{Ll}+)?\\.\\s+(?=\\p{Ll}|\\([a-h]\\)\\s)");
    /** A word's history, not a definition: "Late Latin, from Greek ...", "1865, agent noun from ...". */
    private static final Pattern ETYMOLOGY = Pattern.compile("(?i)^(?:(?:late|medieval|new|old|middle|modern)\\s+)?"
        + "(?:latin|greek|french|german|english|arabic|italian|spanish|dutch)\\b.*|^(?:(?:c\\.|circa|by|before|after|since)\\s*)?\\d{3,4}s?[,:].*"
        + "|^.{0,40}\\bfrom\\s+(?:(?:late|medieval|new|modern)\\s+)?(?:latin|greek)\\s+\\p{L}+.*"
        + "|^(?:word\\s+)?(?:origin|etymology)\\s*:.*" // "Origin: F. Lancette, dim. of lance"
        // "C19 (applied to ...): from Greek ...": the century a word was first recorded in, written C plus its number
        + "|^\\(?(?-i:C(?:1[0-9]|2[01]))(?=[\\s:(]).*");
    /** A definition that only names the preferred term: "obsolete term for X.", "another name for X.". */
    /** "quivering of muscles": a phrase with "of" describes; a bare synonym names. */
    private static final Pattern OF_PHRASE = Pattern.compile("(?i)\\sof\\s");
    /** A noun part-of-speech mark before a definition. */
    private static final Pattern NOUN_MARK = Pattern.compile("^(?:n\\.(?=(?:an?|the|any|one)\\s)"
        // "n.1.(Medicine) a procedure": the mark, a sense number and a field label glued together
        + "|n\\.\\s*\\d{1,2}\\.\\s*(?=\\()"
        + "|(?:(?i:noun)\\.?|n\\.|n(?=\\s+[\\p{Ll}(])|(?i:n)\\s?(?:\\d{1,2}\\s?)?:|\\[(?:n|noun)\\]|\\((?:n|noun)\\.?\\))\\s+(?=\\p{L}|\\(|[\\u25aa\\u2022\\u25ba\\d]))"); // "n.a device": glued
    /** A field label before a definition on dictionary pages: "Definition: a tube ...", "Meaning: ...". */
    private static final Pattern FIELD_LABEL = Pattern.compile("^(?i:definition|meaning|sense|gloss)\\s*:\\s+");
    /** A short subject label in brackets before a sense: "(med) a tube ...", "(Med.) The name of ...". */
    private static final Pattern BRACKET_LABEL = Pattern.compile("^\\((?:[\\p{L}]{2,15}\\.?)(?:(?:\\s*[,/&]\\s*|\\s+)[\\p{L}\\[\\]\"]{2,15}\\.?){0,2}\\)\\s+(?=\\p{L})");
    /** Bullets and sense numbers before a sense: "\u2022 1. ", "* * ", "- ", "\u25ba NOUN \u25aa ". */
    private static final Pattern BULLETS = Pattern.compile("^(?:(?i:(?:jump|skip|go)\\s+to\\s+(?:other\\s+)?(?:results?|definitions?|content)\\s+)|[\\u2022\\u25aa\\u25ba\\u25b8\\u2023\\u25e6*\\-\\u2013\\u2014\\u00b7]\\s*|\\d{1,2}[.)]\\s+|[a-z][.)]\\s+(?=\\p{L}))+");
    /** The subject field dictionaries put before a sense, as a bare word: "medicine A small tube", "Surgery an instrument". */
    private static final Pattern FIELD_WORD = Pattern.compile("^(?i:medical|" + org.medvocab.page.Fields.ALTERNATION + ")"
        + "\\.?(?:/(?i:medical|medicine))?\\.?\\s+(?=\\p{Lu}|an?\\s|the\\s|any\\s)|^(?i:in\\s+)?[\\p{L}]{3,20}\\s*:\\s+(?=\\p{Lu}|an?\\s|the\\s)");
    /** A leading etymology or variant in brackets: "[Fr.] an instrument", "[L. scalpellum] a knife", "(also nebuliser) a device". */
    private static final Pattern LEADING_BRACKETS = Pattern.compile("^(?:\\[[^\\]]{1,60}\\]|\\((?i:also|or|plural|pl\\.)\\s[^()]{1,40}\\)"
        // "(ahf-THAL-mah-skohp): Diagnostic instrument ...": a respelling of three syllables or more, then the sense
        + "|\\(\\s*[\\p{L}'\u02c8\u02cc]+(?:-[\\p{L}'\u02c8\u02cc]+){2,}\\s*\\)\\s*:?)\\s*");

    /** The headword and its part of speech before the sense: "Neb u*li zer, n. An atomizer.", "endoscope, n. an instrument". */
    private static final Pattern HEAD_AND_MARK = Pattern.compile("^[\\p{L}][\\p{L}\\s*\"'`\u2019-]{1,40},\\s*(?:n|noun)\\.\\s+(?=\\p{L}|\\[)"
        // "tachycardia \u2014 (n.) 1868, ...": a list of other dictionaries' entries, the headword and a dash first
        + "|^[\\p{L}][\\p{L}\\s'\u2019-]{1,40}?\\s+[\u2014\u2013]\\s+"
        // "Noun1.magnetic resonance imagingmagnetic resonance imaging - the use of ...": a numbered WordNet sense, its
        // headword printed twice (link and text) before the dash
        + "|^(?i:noun|n)\\.?\\s*\\d{1,2}\\.\\s*[\\p{L}][\\p{L}\\s'\u2019-]{1,120}?\\s+[-\u2014\u2013]\\s+");
    /** A cut excerpt and the name of the dictionary it is from: "... An atomizer. [1913 Webster] \u2026 The Collaborative Dictionary". */
    private static final Pattern SOURCE_TAIL = Pattern.compile("\\s*\u2026\\s*[^\u2026]{0,80}$");
    /** A source glued to the sense's full stop: "... in a blood vessel.NLM Subject HeadingsU.S. Library, 2021". */
    private static final Pattern GLUED_SOURCE = Pattern.compile("(?<=\\p{Ll}[.)])\\p{Lu}[^.!?]{0,80}(?:\\.[^.!?]{0,80}){0,3},\\s*(?:1[89]|20)\\d\\d\\.?$");

    /** Footnote marks after a definition ("... a drug \u00b9") and trailing notes about the word's origin or the entry's source. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*[\\u00b9\\u00b2\\u00b3\\u2070-\\u2079]+\\s*$"
        + "|\\s+(?:Origin|Etymology|Source)\\s*:\\s.*$|\\s*Word Origin.*$"
        // WordNet's lexicographer file after a sense: "... an organ - [noun denoting artifact]", "[noun.artifact]"
        + "|\\s*[-\u2013\u2014]?\\s*\\[(?:noun|verb|adj|adjective|adv|adverb)(?:\\s+denoting\\s+|\\.)\\p{L}+\\]\\s*$"
        // a dash left dangling once what followed it was cut
        + "|\\s+[-\u2013\u2014]\\s*$");
    private static final Pattern SENSE_NUMBER = Pattern.compile("^\\d{1,2}[.:]\\s+");
    private static final Pattern COLON_SENSE_NUMBER = Pattern.compile("\\d{1,2}:\\s+(?=\\p{Ll})");
    /** WordNet's list of a sense's words and its antonyms: "[syn: {suture}, {sutura}]", "[ant: {closure}]". */
    private static final Pattern WORDNET_WORDS = Pattern.compile("\\s*\\[\\s*((?i)syn|ant)\\s*:\\s*([^\\[\\]]{1,300}?)\\s*\\]");
    private static final Pattern BRACES = Pattern.compile("[{}]");

    /** The sense without WordNet's word lists; the other words of the sense ("[syn: ...]") are the term's other names. */
    private static String wordNetSynonyms(String def, TermRecord term, Evidence ev) {
        Matcher m = WORDNET_WORDS.matcher(def);
        if (!m.find()) return def;
        m.reset();
        while (m.find()) {
            if (!m.group(1).equalsIgnoreCase("syn")) continue; // "[ Syn: windpipe ]" on some copies
            for (String w : COMMA.split(BRACES.matcher(m.group(2)).replaceAll(""))) {
                String name = w.strip();
                if (!name.isEmpty() && !Labels.key(name).equals(Labels.key(term.label()))) term.addAltLabel(name, ev);
            }
        }
        return m.replaceAll("");
    }
    /** A derived form run in at the end of a definition: "— splinting n.", "— adj. splinted". */
    private static final Pattern RUN_IN_DERIVED = Pattern.compile(
        "\\s+[—–]\\s*(?:\\p{L}[\\p{L}-]*\\s+(?:n|adj|adv|vb|v)\\.|(?:n|adj|adv|vb|v)\\.\\s+\\p{L}[\\p{L}-]*)\\s*$");
    /** A genus that is an indefinite pronoun or a likeness ("any similar device"): the sense extends the word to things like it. */
    private static final Pattern FIGURATIVE = Pattern.compile("(?i)^(?:anything|something|someone|somebody|anyone|(?:any|an?)\\s+similar)\\b");

    /** @return the definition without a leading domain label and colon */
    static String withoutLeadingLabel(String definition) {
        String t = LEADING_LABEL.matcher(gluedFieldOff(definition)).replaceFirst("");
        return FIELD_BEFORE_GLOSS.matcher(t).replaceFirst("");
    }

    /** "Also called X. ": a sentence of another name opening a sense, before its gloss. */
    private static final Pattern LEADING_ALSO = Pattern.compile("^(?i:also called|also known as|called also)\\s+[^.;]{1,60}[.;]\\s+(?=\\S)");
    /** A word of three letters at least: what any gloss has. */
    private static final Pattern WORD_OF_THREE = Pattern.compile("\\p{L}{3}");
    /** "Esmarch bandage; a flat rubber bandage ...": the sub-entry's other name, a semicolon, then the gloss. */
    private static final Pattern LEADING_NAME = Pattern.compile("^(\\p{L}[\\p{L}\\p{N}'’\\-]*(?:\\s[\\p{L}\\p{N}'’\\-]+){0,3});\\s+(?=(?:an?|the|any)\\s+\\S)");

    /** "Surgery an instrument for viewing ...": a field's name, capitalised, before a gloss that opens with an article. */
    private static final Pattern FIELD_BEFORE_GLOSS = Pattern.compile("^(?=\\p{Lu})(?i:" + org.medvocab.page.Fields.ALTERNATION
        + ")\\.?\\s+(?=(?:an?|the)\\s+\\p{Ll})");

    /** "Medicinerhythmic pressing on ...": a field's label a page printed without a space before the sense. */
    private static final Pattern GLUED_FIELD = Pattern.compile("^(?i:" + org.medvocab.page.Fields.ALTERNATION + ")(?=\\p{Ll}{3,})(?-i:)");
    private static final Pattern FIRST_TOKEN = Pattern.compile("^\\p{L}+");

    /** The sense without a capitalised field label glued to its first word, when the glued word is no word WordNet knows. */
    private static String gluedFieldOff(String definition) {
        Matcher m = GLUED_FIELD.matcher(definition);
        if (!m.lookingAt() || !Character.isUpperCase(definition.charAt(0))) return definition;
        Matcher first = FIRST_TOKEN.matcher(definition);
        String token = first.lookingAt() ? first.group().toLowerCase(java.util.Locale.ROOT) : "";
        return org.medvocab.ground.WordNetLexicon.get().readings(token).isEmpty() ? definition.substring(m.end()) : definition;
    }

    /** "(pl) -mies surgical formation ...": a plural ending noted before a sense. */
    private static final Pattern PLURAL_NOTE = Pattern.compile("^(?:\\((?:pl|plural)\\.?\\)|(?i:pl|plural)\\.)\\s+-?\\p{L}+\\.?\\s+(?=\\p{L})");

    /** "[Gk, ...] , a condition ...": the comma left after the labels before a sense. */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,;:]\\s*");

    /** A sense's first word and the text after it. */
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)\\.?\\s+(?=\\p{L})");

    /**
     * "pathol abnormally high blood pressure": a field's abbreviated name before a sense. Only a name that is not an
     * English word is taken for a label: "surgery of the heart" opens with its genus, "surg a cut" with a label.
     */
    private static String withoutFieldAbbreviation(String d) {
        Matcher m = FIRST_WORD.matcher(d);
        if (!m.find() || !org.medvocab.page.Fields.NAMES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))
            || !org.medvocab.ground.WordNetLexicon.get().readings(m.group(1)).isEmpty()) return d;
        return d.substring(m.end());
    }

    private static final Pattern SHORT_BRACKET_AT_END = Pattern.compile("\\s*\\[[^\\]]{1,40}\\]\\s*$");

    /**
     * A sense without what dictionaries put around it: the part of speech ("noun", "Noun.", "[n]"), a field
     * label ("Definition:"), a bracketed subject label ("(med)"), footnote marks and a trailing origin or source note.
     */
    static String withoutSenseLabels(String def) {
        String d = def.strip();
        for (int i = 0; i < 3; i++) {
            String before = d;
            d = BULLETS.matcher(d).replaceFirst("");
            d = LEADING_PUNCTUATION.matcher(d).replaceFirst("");
            d = PLURAL_NOTE.matcher(d).replaceFirst("");
            d = LEADING_BRACKETS.matcher(d).replaceFirst("");
            d = NOUN_MARK.matcher(d).replaceFirst("");
            d = FIELD_LABEL.matcher(d).replaceFirst("");
            d = BRACKET_LABEL.matcher(d).replaceFirst("");
            d = FIELD_WORD.matcher(d).replaceFirst("");
            d = HEAD_AND_MARK.matcher(d).replaceFirst("");
            d = withoutFieldAbbreviation(d);
            if (d.equals(before)) break;
        }
        d = SOURCE_TAIL.matcher(d).replaceFirst("");
        d = GLUED_SOURCE.matcher(d).replaceFirst("");
        return SHORT_BRACKET_AT_END.matcher(TRAILING_NOTE.matcher(d).replaceFirst("")).replaceFirst("");
    }

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?]$");
    private static final int LISTED_NAME_WORDS = 3;

    /**
     * A list of short names ("roentgen ray, x ray, x-radiation"): the other names of {@code term}, added as such; with
     * {@code namesTerm}, only a list among which the term's own name stands (the words of a WordNet sense). False when
     * the text is no such list.
     */
    static boolean wordsOfSense(String text, TermRecord term, Evidence ev, boolean namesTerm) {
        if (!isWordsOf(text, term.label(), namesTerm)) return false;
        String own = Labels.key(term.label()).replace('-', ' ');
        for (String item : TextRules.LIST_SEPARATOR.split(text.strip())) {
            Phrases.Term t = Phrases.clean(item);
            if (t != null && !Labels.key(t.label()).replace('-', ' ').equals(own)) term.addAltLabel(TextRules.lowerUnlessProper(t.label()), ev);
        }
        return true;
    }

    /** Whether {@code text} is a list of short names (with {@code namesOwn}, one of them {@code label}). */
    static boolean isWordsOf(String text, String label, boolean namesOwn) {
        String t = text.strip();
        String[] items = TextRules.LIST_SEPARATOR.split(t);
        if (items.length < 2 || !t.contains(",") || ENDS_SENTENCE.matcher(t).find()) return false;
        for (String item : items) if (item.isBlank() || item.strip().split("\\s+").length > LISTED_NAME_WORDS) return false;
        String own = Labels.key(label).replace('-', ' ');
        return !namesOwn || java.util.Arrays.stream(items).anyMatch(item -> Labels.key(item).replace('-', ' ').equals(own));
    }

    /** A short line naming a source rather than defining: "Wikipedia foundation.", "Medical dictionary. 2011." */
    private static final Pattern CREDIT = Pattern.compile("(?i)^[^.]{0,50}\\b(?:" + Lexicon.REFERENCE_WORKS + "|foundation|"
        + "publishers?|press|university|inc|ltd|corporation)\\b[^.]{0,30}\\.?(?:\\s*(?:1[6-9]|20)\\d\\d\\.?)?$");
    /** A work and its year: "Harvard Dictionary of Health Terms, 2011", "The X Medical Dictionary \u00a9 2012", with its publisher. */
    private static final Pattern WORK_AND_YEAR = Pattern.compile("(?i)^.{0,60}\\b(?:" + Lexicon.REFERENCE_WORKS + ")\\b"
        // "WordNet Lexical Database for English. Princeton University. 2010.": the work, its publisher, its year
        + "(?:[^.]{0,40}\\.){0,2}[^.]{0,40}[.,]?\\s*(?:\u00a9\\s*)?(?:1[6-9]|20)\\d\\d\\.?$");
    /** A copyright notice: "\u00a9 2003 by ...", "Copyright ...", "All rights reserved." */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)\u00a9\\s*(?:1[6-9]|20)\\d\\d|\\bcopyright\\b|\\ball rights reserved\\b");
    /** A credit longer than this is a paragraph that happens to mention a copyright. */
    private static final int CREDIT_MAX = 300;

    /** A line that credits the work a definition comes from: its title, publisher, year or copyright. */
    static boolean isCredit(String line) {
        String t = line.strip();
        return WORK_AND_YEAR.matcher(t).matches() || t.length() < CREDIT_MAX && COPYRIGHT.matcher(t).find();
    }

    /**
     * Lines of a dictionary page that are about the word or the page, not the thing: a source line ("from The ...
     * Dictionary", "Copyright"), a respelling ("IPA: ...", "Pronunciation: ..."), a head line ("hernia (noun)"),
     * a short label line ending in a colon, an origin ("Etym: ...", "From hernia.", "late 14c., ..."), the page about itself.
     */
    private static final Pattern NOT_A_SENSE = Pattern.compile("(?i)^from\\s+(?:the\\s+)?\\p{Lu}[^.]*\\b(?:" + Lexicon.REFERENCE_WORKS
        + "|edition|version)\\b|\\b(?:copyright|all rights reserved)\\b|^(?:ipa|pronunciation|etym(?:ology)?)\\s*:"
        + "|\\((?:noun|verb|adj|adjective|adverb)\\)\\s*$|^\\S+(?:\\s+\\S+){0,5}:\\s*$|^from\\s+[\\p{L}-]+\\.?$|^(?:early|mid|late)?\\s*\\d{1,2}(?:c|th\\s+cent?)\\.?,?\\s"
        + "|\\b(?:this page|this word|the word|a word)\\b|^select\\s+(?:another|a|your)\\b"
        // a figure's caption ends with the book it was taken from: "... From Author et al., 1995."
        + "|\\bfrom\\s+\\p{Lu}[\\p{L}'\\-]+(?:\\s+(?:et\\s+al\\.?|and\\s+\\p{Lu}[\\p{L}'\\-]+))?,\\s*(?:1[89]|20)\\d\\d\\.?$"
        // "Examples of 'X' in a sentence", "How to use X in a sentence": the label of the word's examples
        + "|^(?:examples?|how\\s+to\\s+use)\\b.{0,60}\\bin\\s+(?:a\\s+)?sentences?\\b");

    private static final Pattern SENTENCE_OPENING = Pattern.compile("^(?:The|A|An|This|His|Her|Their|Our|My|He|She|They|We|I)\\s.*");

    /**
     * An example sentence: it uses the word after a determiner ("... put a splint on ...") and has a subject and a
     * verb of its own before it ("The nurse put ..."), where a definition is a noun phrase.
     */
    private static boolean usesTheWord(String text, TermRecord term) {
        String key = " " + Labels.key(text) + " ";
        String word = Labels.key(term.label());
        if (phraseOfUse(key, word)) return true;
        if (word.isEmpty() || !key.contains(" " + word + " ") || key.startsWith(" " + word + " ")) return false;
        List<Nlp.Sentence> ss = Nlp.get().sentences(text, 0);
        if (ss.isEmpty()) return false;
        String first = ss.get(0).text();
        Matcher use = Pattern.compile("(?i)\\b(?:the|a|an|his|her|their|my|your)\\s+" + Pattern.quote(term.label())).matcher(first);
        if (TextRules.namesTopic(first, term) || !use.find()) return false;
        if (!definitionShaped(first)) return true;
        // "The nurse put a splint on ...": a verb between a capitalised opening and the word
        if (!SENTENCE_OPENING.matcher(first).matches()) return false;
        int semicolon = first.indexOf(';');
        if (semicolon >= 0 && semicolon < use.start()) return false; // "A machine for ...; the pump beeps ...": a gloss, then a remark
        return Nlp.get().analyse(first.substring(0, use.start()), 0).tokens().stream().anyMatch(t -> t.is("VERB"));
    }

    /** Other spellings of the term the definition gives ("(also nebuliser)"): only a word spelled much like it. */
    /** Whether {@code text} names another spelling of a word ("(also nebuliser)", "Also especially British, ..."). */
    static boolean namesSpelling(String text) {
        return SPELLING.matcher(text).find();
    }

    static void spellings(String def, TermRecord term, Evidence ev) {
        Matcher m = SPELLING.matcher(def);
        while (m.find()) {
            String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                : m.group(4) != null ? m.group(4) : m.group(5);
            String t = term.label().toLowerCase(Locale.ROOT);
            String w = SYLLABLE_DOTS.matcher(v.toLowerCase(Locale.ROOT)).replaceAll("");
            // "haemostat" beside "hemostat", "canula" beside "cannula", "nebuliser" beside "nebulizer"
            // "[Written also hydrophoby.]", "Also especially British, ...": a spelling the dictionary says in words is
            // the word's, though further from it than one letter
            boolean said = m.group(2) != null || m.group(3) != null || m.group(4) != null || m.group(5) != null;
            boolean near = oneEditApart(w, t) || said && !w.equals(t) && w.regionMatches(0, t, 0, REGIONAL_SHARED_START);
            if (!term.label().contains(" ") && w.length() > 3 && near) term.addAltLabel(w, ev);
        }
    }

    /** "Also called: X", "Acronym: IABP", "Syn. X, Y": a line of a term's other names. */
    private static final Pattern OTHER_NAMES_LINE = Pattern.compile(
        "(?i)^(?:[\u2013\u2014\u2015]\\s*)?(also called|also known as|called also|synonyms?|syn\\.?|acronym|abbreviation|abbr\\.?)(?!\\p{L})\\s*:?\\s*+(?!(?:for|of)\\s)(.+?)\\.?$");
    /** Labels of a thesaurus row, which may list related words or another sense's synonyms. */
    private static final Pattern THESAURUS_LABEL = Pattern.compile("(?i)syn.*");
    /** Longest line of other names, in characters. */
    private static final int MAX_OTHER_NAMES_LINE = 80;

    /** The names a line of other names gives ("Acronym: IABP"), or none when the line is something else. */
    static List<String> otherNames(String line) {
        return otherNames(line, true);
    }

    /**
     * The names a line of other names gives; with {@code thesaurus} false, only the lines that name the term itself
     * ("Acronym: IABP", "Also called X"), not a thesaurus row ("Synonyms: tube, drain"), which may list related words.
     */
    static List<String> otherNames(String line, boolean thesaurus) {
        String t = line.strip();
        Matcher m = OTHER_NAMES_LINE.matcher(t);
        if (t.length() >= MAX_OTHER_NAMES_LINE || !m.matches() || !thesaurus && THESAURUS_LABEL.matcher(m.group(1)).matches()) return List.of();
        return Phrases.coordinated(m.group(2)).stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** "Also called: obstetric stethoscope a narrow cylinder ...": a sense that opens with the name it goes by. */
    private static final Pattern NAMED_SENSE = Pattern.compile("(?i)^also\\s+called\\s*:?\\s+((?:[\\p{L}][\\p{L}'\\-]*\\s+){0,2}[\\p{L}][\\p{L}'\\-]*)"
        + "\\s+((?:a|an|the|any)\\s+\\p{Ll}.{10,})$");

    /**
     * A sense that opens with its own name: a name ending in the headword ("obstetric stethoscope") is a kind of it,
     * defined by the sense; another name is the headword's other name in that sense.
     */
    private static boolean namedSense(DocumentExtraction ex, TermRecord term, String text, int start, int end) {
        Matcher m = NAMED_SENSE.matcher(text.strip());
        if (!m.matches() || !isNounPhrase(m.group(1))) return false;
        String name = TextRules.lowerUnlessProper(m.group(1));
        Evidence ev = ex.evidence(start, end);
        if (Phrases.head(name).equals(Phrases.head(term.label())) && name.contains(" ")) {
            kindOf(ex, term, name, ev).addDefinition(m.group(2), ev);
        } else {
            term.addAltLabel(name, ev);
            term.addDefinition(m.group(2), ev);
        }
        return true;
    }

    /** A sense mark inside a line: "1a: ", " 2: ", " b: " (collegiate style) or " 2. a ..." (a numbered sense run in). */
    private static final Pattern INLINE_SENSE = Pattern.compile("(?:^|(?<=\\s))(?:(\\d{1,2})([a-z])?\\s?:|(\\d{1,2})\\.)\\s+(?=\\p{Ll})");

    /**
     * "su.ture \\'su:-ch*r\\ n [...] 1a: a strand ... 1b: a stitch ... 2a: ...", "X is (noun) 1. a waterfall ... 2. a
     * medical condition ...": senses run together on one line, numbered from 1. Each is a sense of its own; what
     * comes before the first mark is the head line. False when the line has fewer than two marks or does not count from 1.
     */
    private static boolean inlineSenses(DocumentExtraction ex, TermRecord term, String def, int start, int end, String abbreviatedHead) {
        Matcher m = INLINE_SENSE.matcher(def);
        List<int[]> marks = new java.util.ArrayList<>();
        int expected = 1;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            if (n != expected && n != expected - 1 || n == expected - 1 && m.group(2) == null) continue;
            if (marks.isEmpty() && n != 1) continue;
            marks.add(new int[] {m.start(), m.end()});
            expected = n + 1;
        }
        if (marks.size() < 2) return letteredOnly(ex, term, def, start, end, abbreviatedHead);
        // "... II. transitive verb ...": the entry's next part of speech ends its noun senses
        Matcher part = NEXT_PART.matcher(def);
        int stop = part.find(marks.get(0)[1]) ? part.start() : def.length();
        for (int i = 0; i < marks.size() && marks.get(i)[1] < stop; i++) {
            int from = marks.get(i)[1], to = Math.min(stop, i + 1 < marks.size() ? marks.get(i + 1)[0] : def.length());
            for (int[] span : letteredSubSenses(def, from, to)) {
                String piece = TRAILING_SEPARATOR.matcher(def.substring(span[0], span[1]).strip()).replaceFirst("");
                if (piece.length() > 3) define(ex, term, piece, start + span[0], Math.min(end, start + span[1]), true, abbreviatedHead);
            }
        }
        return true;
    }

    /** "(Med.) (a) The state of ... (b) A cutaneous disease ...": one sense written as lettered sub-senses, each defined. */
    private static boolean letteredOnly(DocumentExtraction ex, TermRecord term, String def, int start, int end, String abbreviatedHead) {
        List<int[]> spans = letteredSubSenses(def, 0, def.length());
        if (spans.size() < 2) return false;
        for (int[] span : spans) {
            String piece = TRAILING_SEPARATOR.matcher(def.substring(span[0], span[1]).strip()).replaceFirst("");
            if (piece.length() > 3) define(ex, term, piece, start + span[0], Math.min(end, start + span[1]), true, abbreviatedHead);
        }
        return true;
    }

    /** A Roman numeral opening the entry's next part of speech: "II. transitive verb". */
    private static final Pattern NEXT_PART = Pattern.compile("\\s(?:II|III|IV)\\.\\s+(?=\\p{Ll})");
    /** A lettered sub-sense mark: "a. ", "b. " before a lower-case gloss, or "(a) ", "(b) ". */
    private static final Pattern LETTER_MARK = Pattern.compile("(?:^|(?<=\\s))(?:([a-h])\\.\\s+(?=\\p{Ll})|\\(([a-h])\\)\\s+(?=\\p{L}))");

    /**
     * "a. a strand ... b. the act ...": a sense written as lettered sub-senses, each a sense of its own, when the letters
     * run from "a" at the sense's start; else the whole span.
     */
    private static final Pattern FIELD_ONLY = Pattern.compile("\\s*(?:" + org.medvocab.page.Fields.BRACKETED_ABBREVIATION + "\\s*)?");

    private static List<int[]> letteredSubSenses(String def, int from, int to) {
        Matcher m = LETTER_MARK.matcher(def).region(from, to);
        m.useTransparentBounds(true);
        List<int[]> marks = new java.util.ArrayList<>();
        char expected = 'a';
        while (m.find()) {
            // the first letter opens the sense, perhaps after the field it belongs to ("(Med.) (a) ... (b) ...")
            char letter = (m.group(1) != null ? m.group(1) : m.group(2)).charAt(0);
            if (letter != expected || marks.isEmpty() && !FIELD_ONLY.matcher(def.substring(from, m.start())).matches()) continue;
            marks.add(new int[] {m.start(), m.end()});
            expected++;
        }
        if (marks.size() < 2) return List.of(new int[] {from, to});
        List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < marks.size(); i++) out.add(new int[] {marks.get(i)[1], i + 1 < marks.size() ? marks.get(i + 1)[0] : to});
        return out;
    }

    /** A short name in brackets: "(indirect laryngoscopy)". */
    private static final Pattern BRACKETED_NAME = Pattern.compile("\\(((?:[\\p{L}][\\p{L}\\-]*\\s+){1,3}[\\p{L}][\\p{L}\\-]*)\\)");

    /**
     * "Examination of the larynx with a mirror (indirect laryngoscopy) or with a laryngoscope (direct laryngoscopy)":
     * a name in brackets ending in the headword names the kind of it the words before describe.
     */
    private static void bracketedKinds(DocumentExtraction ex, TermRecord term, String body, Evidence ev) {
        if (term.label().contains(" ")) return;
        Matcher m = BRACKETED_NAME.matcher(body);
        while (m.find()) {
            String name = TextRules.lowerUnlessProper(m.group(1));
            if (Labels.key(Phrases.head(name)).equals(Labels.key(term.label())) && isNounPhrase(name)) {
                kindOf(ex, term, name, ev);
            }
        }
    }

    /** A field label in brackets before a sense: "(Mach.)", "(Surg.)", "2. (Arch.)". */
    private static final Pattern FIELD_IN_BRACKETS = Pattern.compile("^\\s*(?:\\d{1,2}[.)]\\s*)?\\((\\p{L}\\p{Ll}{1,11})(\\.?)"
        + "(?:\\s*(?:&|,|and)\\s*[^()]{2,24})?\\)\\s+\\S"); // "(Anat. & Zool.)": the first field decides

    /**
     * A sense labelled with a field that is not medicine or one of its sciences ("(geology)", "(Mach.)"): no sense for a
     * medical vocabulary. A field is a discipline by WordNet, or a capitalised abbreviation; "(British)", "(transitive)"
     * label no field.
     */
    /**
     * A sense labelled with medicine or one of its fields ("(Surg.) An instrument for ..."). A general dictionary
     * labels the senses of a special field; where it labels one as medicine's, its unlabelled senses are the word's
     * everyday meanings ("1. A mirror ... 3. (Surg.) An instrument ...").
     */
    static boolean medicalField(String def) {
        Matcher m = FIELD_IN_BRACKETS.matcher(def);
        if (!m.find()) return false;
        String label = m.group(1).toLowerCase(Locale.ROOT);
        return org.medvocab.page.Fields.NAMES.contains(label) && !org.medvocab.page.Fields.NOT_MEDICAL.contains(label);
    }

    /** Whether a sense opens with a field label in brackets ("(Surg.)", "(Zool.)"). */
    static boolean fieldLabelled(String def) {
        return FIELD_IN_BRACKETS.matcher(def).find();
    }

    /** "Bot. & Zool. a similar junction of parts": abbreviated field labels without brackets before a lower-case sense. */
    private static final Pattern BARE_FIELDS = Pattern.compile("^\\s*(?:\\d{1,2}[.)]?\\s*)?(\\p{Lu}\\p{Ll}{1,8})(\\.)"
        + "(?:\\s*(?:&|,|and)\\s*\\p{Lu}\\p{Ll}{1,8}\\.)*\\s+(?=\\p{Ll})");

    static boolean otherField(String def) {
        Matcher m = FIELD_IN_BRACKETS.matcher(def);
        if (!m.find() && !(m = BARE_FIELDS.matcher(def)).find()) return false;
        String label = m.group(1).toLowerCase(Locale.ROOT);
        if (org.medvocab.page.Fields.NAMES.contains(label)) return org.medvocab.page.Fields.NOT_MEDICAL.contains(label);
        var wordNet = org.medvocab.ground.WordNetLexicon.get();
        List<String> files = wordNet.lexFiles(label);
        // an abbreviated label ("Mach.", "Naut.") is a field's or a usage label
        if (!m.group(2).isEmpty() && Character.isUpperCase(m.group(1).charAt(0))) return true;
        // a discipline: a noun (no adjective reading, unlike "British") with a sense among WordNet's fields of knowledge
        return !wordNet.readings(label).contains(org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE) && files.contains("noun.cognition");
    }

    /**
     * A short form's sense that opens by spelling it out: "Transcutaneous electrical nerve stimulation. A device ...",
     * or says it abbreviates a name: "abbreviation for electroencephalogram, a recording ...", "(abbr.) X: ...".
     */
    private static final Pattern SPELLED_OUT = Pattern.compile("^(?:((?i:abbreviation|abbr\\.?|acronym|initialism|symbol|contraction)"
        + "\\s+(?:for|of)|(?i:short|stands)\\s+for|\\((?i:abbreviation|abbr\\.?|acronym|initialism)\\))\\s+)?"
        + "((?:[\\p{L}][\\p{L}\\-]*\\s+){0,7}[\\p{L}][\\p{L}\\-]*)\\s*(?:[.;:,]\\s*|$)");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");

    /**
     * Under a short form ("TENS"), a sense that opens with words whose initials spell it names the thing in full: the
     * full name becomes the preferred label (the short form another, see {@link DocumentExtraction#foldAbbreviations}),
     * and the rest of the sense defines it.
     */
    private static boolean spelledOut(DocumentExtraction ex, TermRecord term, String def, int start, int end, boolean sense) {
        Matcher m = SPELLED_OUT.matcher(def.strip());
        if (!m.find()) return false;
        String full = m.group(2);
        if (m.group(1) == null) { // no cue: a sense whose opening words' initials spell the short form
            if (!sense || !Abbreviations.isCapitalShortForm(term.label())) return false;
            StringBuilder initials = new StringBuilder();
            for (String w : WORD_BREAK.split(full)) initials.append(Character.toUpperCase(w.charAt(0)));
            if (!initials.toString().equals(term.label())) return false;
        } else if (!Abbreviations.isCapitalShortForm(term.label()) || term.label().length() >= full.length()) {
            return false; // "abbreviation for X" under a one-word head shorter than X: the head is X's short form
        }
        // the short form's record stays until the extraction ends (its other senses still come to it), then folds in
        TermRecord fullTerm = ex.term(TextRules.lowerUnlessProper(full));
        fullTerm.addAltLabel(term.label(), ex.evidence(start, end));
        String rest = def.strip().substring(m.end()).strip();
        if (rest.length() > 10) define(ex, fullTerm, rest, start + def.indexOf(rest), end, true, null);
        return true;
    }

    /** The term {@code name} names, a kind of {@code term} found in its definition. */
    private static TermRecord kindOf(DocumentExtraction ex, TermRecord term, String name, Evidence ev) {
        TermRecord kind = ex.term(name).mention(ev);
        kind.addBroader(term.label(), ev);
        return kind;
    }

    /** Two different words one letter apart: one letter changed, added or dropped. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) return a.substring(i + 1).equals(b.substring(i + 1));
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /**
     * "coronary angioplasty to widen an artery": an example phrase opens with the word (under a modifier or two) and
     * says what it is done for; a sense never opens with the word it defines.
     */
    private static boolean phraseOfUse(String key, String word) {
        int at = key.indexOf(" " + word + " to ");
        if (at < 0 || word.isEmpty() || key.substring(0, at).strip().split(" ").length > 3) return false;
        String[] after = key.substring(at + word.length() + 5).strip().split(" ");
        return after.length > 1 && org.medvocab.ground.WordNetLexicon.get().readings(after[0])
            .contains(org.medvocab.ground.WordNetLexicon.Reading.VERB);
    }

    /** A sentence that uses the word: no definition, but what it says of the word's thing may still be a relation. */
    private static void inUse(DocumentExtraction ex, TermRecord term, String text, int start) {
        for (Nlp.Sentence s : Nlp.get().sentences(text, start)) {
            RelationRules.apply(s.text(), ex.evidence(s.start(), s.end()), term, Section.GENERAL, false, false, ex);
        }
    }

    /** A sentence that shows the word in use: in quotation marks, or after "Example:". */
    private static final Pattern EXAMPLE = Pattern.compile("^(?:[\\u2018\\u201c\"'].{8,}|(?i:examples?|e\\.g\\.|usage)\\s*:.*)$");

    static boolean isExample(String text) {
        return EXAMPLE.matcher(text.strip()).matches() && !org.medvocab.page.HeadLines.QUOTED_DEFINITION.matcher(text.strip()).lookingAt();
    }

    /** @return true when the text tells where a word comes from rather than what it names */
    static boolean isEtymology(String text) {
        return ETYMOLOGY.matcher(text).matches();
    }

    /** An ellipsis of four or more dots (or "...." after a sentence's end) and a few words: a cut excerpt and a link. */
    private static final Pattern TEASER_TAIL = Pattern.compile("(?:\\.{4,}|\\.\\s*\u2026|\\.{3}(?=\\s*\\S{1,30}(?:\\s\\S{1,30}){0,3}\\s*$))\\s*[^.]{1,60}$");

    private static final Pattern ARTICLE_ONLY = Pattern.compile("(?i)^(?:an?|the)\\s+([\\p{L}\\-]+(?:\\s[\\p{L}\\-]+)?)$");

    /** Adds one dictionary definition to a term: cross-references, "only another term" synonyms, genus, relations. */
    static void define(DocumentExtraction ex, TermRecord term, String def, int start, int end) {
        define(ex, term, def, start, end, true, null);
    }

    private static final Pattern LEADING_DASH = Pattern.compile("^\\s*[-\u2013\u2014]\\s*");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPELLING_CHARS = Pattern.compile("[\\p{L}][\\p{L}'\u2019 -]*");

    /**
     * "Also called X." at the end of a definition, or Webster's "-- called also X, and Y." inside it: the other names go
     * to the term (or, "Also called video otoscope." under "otoscope", a kind of it); returns the definition without them,
     * the sentences after them kept.
     */
    private static String otherNamesCalled(DocumentExtraction ex, TermRecord term, String body, Evidence ev) {
        Matcher also = TRAILING_ALSO.matcher(body);
        if (!also.find()) also = DASHED_ALSO.matcher(body);
        if (!also.find(0)) return body;
        for (String named : Phrases.coordinated(also.group(1))) {
            // "Called also running s." under "continuous s.": the run-in's abbreviated word, written out
            String alt = ABBREVIATED_LAST_WORD.matcher(named.strip()).matches()
                ? TRAILING_FULL_STOP.matcher(org.medvocab.layout.RunInForms.expand(named.strip(), term.label())).replaceFirst("") : named;
            if (TextRules.namesAKindOf(alt, term.label())) ex.term(Labels.singularPhrase(alt.strip())).mention(ev).addBroader(term.label(), ev);
            else term.addAltLabel(alt.strip(), ev);
        }
        String after = body.substring(also.end()).strip();
        return (body.substring(0, also.start() + (also.group().startsWith(".") ? 1 : 0)).strip()
            + (after.isEmpty() ? "" : (body.substring(0, also.start()).strip().endsWith(".") ? " " : ". ") + after)).strip();
    }

    /** "running s.": a name whose last word is cut to its initial in lower case. */
    private static final Pattern ABBREVIATED_LAST_WORD = Pattern.compile(".*\\s\\p{Ll}\\.?");
    private static final Pattern TRAILING_FULL_STOP = Pattern.compile("\\.$");

    /** Whether a text is only the headword spelt another way: the same letters, spaced or hyphenated differently. */
    static boolean otherSpelling(String text, String headword) {
        String t = LEADING_DASH.matcher(text).replaceFirst("").strip();
        if (t.isEmpty() || t.equalsIgnoreCase(headword) || org.medvocab.page.Words.count(t) > 4 || !SPELLING_CHARS.matcher(t).matches()) return false;
        // "diph-ther-i-a": a respelling cut into syllables, not a way of writing the word
        for (String piece : NOT_LETTERS.split(t)) if (piece.length() < 2) return false;
        String a = NOT_LETTERS.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
        return a.length() >= 4 && a.equals(NOT_LETTERS.matcher(headword.toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    private static final Pattern BRACKET_AT_END = Pattern.compile("\\s*\\[[^\\]]*\\]\\s*$");
    private static final Pattern NOUN_ALONE = Pattern.compile("(?i)(?:noun|n\\.)");
    private static final Pattern INFINITIVE_NO_HYPHEN = Pattern.compile("(?i)^to\\s+[a-z]+\\b(?!-).*");
    private static final Pattern INFINITIVE_OF_ARTICLE_OR_BE = Pattern.compile("(?i)^to\\s+(?:a|an|the|be)\\b.*");
    private static final Pattern NON_NOUN_POS = Pattern.compile("(?i)^(?:adj\\.?|adjective|adv\\.?|adverb|verb|v\\.)\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_DOTS_SPACES = Pattern.compile("[.\\s]+$");
    private static final Pattern DEFINITION_WORD_START = Pattern.compile("(?i)^(?:a|an|the|to|any|one|of|in)\\b.*");
    private static final Pattern LEADING_ADVERB = Pattern.compile("(?i)^\\p{L}+ly\\s.*");
    private static final Pattern ALSO_FORMERLY_START = Pattern.compile("(?i)^(?:formerly|also|sometimes|once)\\b.*");

    /**
     * Adds one definition, or more text of an entry (when {@code sense} is false: a paragraph after the senses,
     * which may name synonyms and relations but is never read as "only another term"). The definition is kept
     * as written; its genus is read with the abbreviated headword written out ("sinus a." under "arrhythmia").
     */
    /** "bandage, patch - a piece of soft material ...": the words of one sense, a dash, and its gloss (WordNet's way). */
    private static final Pattern SYNSET_GLOSS = Pattern.compile("^([\\p{L}][\\p{L}'\\- ]{0,40}?(?:,\\s*[\\p{L}][\\p{L}'\\- ]{0,40}?)*)\\s+[-\u2013\u2014]\\s+(?=\\p{Ll})");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    /**
     * A sense written as the words that share it, a dash and the gloss, one of the words the entry's own: the others are
     * its synonyms, the gloss is the definition. False when the sense is not written so.
     */
    private static boolean synsetGloss(DocumentExtraction ex, TermRecord term, String def, int start, int end, String abbreviatedHead) {
        Matcher m = SYNSET_GLOSS.matcher(def.strip());
        if (!m.lookingAt()) return false;
        List<String> words = List.of(COMMA.split(m.group(1).strip()));
        String own = Labels.key(term.label());
        if (words.stream().noneMatch(w -> Labels.key(w).equals(own))) return false;
        Evidence ev = ex.evidence(start, end);
        for (String w : words) if (!Labels.key(w).equals(own)) term.addAltLabel(TextRules.lowerUnlessProper(w.strip()), ev);
        int at = def.indexOf(def.strip()) + m.end();
        define(ex, term, def.substring(at), start + at, end, true, abbreviatedHead);
        return true;
    }

    /** The length of the headword and a colon that open a sense ("leukemia: malignant ..."), or 0. */
    private static int restatedHead(String def, String label) {
        Matcher gap = restatement(def, label);
        return gap == null ? 0 : gap.end();
    }

    /**
     * "leukemia: malignant ...", "The Dental floss - A fine thread ...", "Stye (hordeolum) Definition: Acute ...": the
     * headword restated before a colon, a dash or a "Definition:" caption (perhaps after an article, perhaps with another
     * name in brackets), matched from the headword's end; null when the sense does not open so.
     */
    private static Matcher restatement(String def, String label) {
        String t = def.stripLeading();
        int lead = def.length() - t.length();
        Matcher article = LEADING_THE.matcher(t);
        if (article.lookingAt()) lead += article.end();
        if (!def.regionMatches(true, lead, label, 0, label.length())) return null;
        Matcher gap = HEAD_GAP.matcher(def).region(lead + label.length(), def.length());
        return gap.lookingAt() ? gap : null;
    }

    /** The other name a restated headword gives in brackets ("Stye (hordeolum) Definition: ..."), or null. */
    private static String restatedAlias(String def, String label) {
        Matcher gap = restatement(def, label);
        return gap == null || gap.group(1) == null || SPACES.split(gap.group(1).strip()).length > 3 ? null : gap.group(1).strip();
    }

    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern HEAD_GAP = Pattern.compile("\\s*(?:\\(([^()]{1,30})\\))?(?:\\s*:\\s+|\\s+[-\u2013\u2014]\\s+"
        + "|\\s+(?i:definition|meaning)\\s*:\\s+)(?=\\p{L})");

    /** "Air filter, dust mask, breathing apparatus (SCBA), etc., that ...": a sense that opens by listing members. */
    private static final Pattern MEMBERS_ETC = Pattern.compile("^((?:[\\p{L}][\\p{L}\\- ]{1,40}?(?:\\s\\([^()]{1,20}\\))?,\\s+){1,8}"
        + "[\\p{L}][\\p{L}\\- ]{1,40}?(?:\\s\\([^()]{1,20}\\))?),?\\s+(?:etc\\.?|and\\s+so\\s+on|and\\s+the\\s+like)(?=[\\s,.;]|$)");
    private static final Pattern ITEM_AND_BRACKET = Pattern.compile("^(.+?)(?:\\s\\(([^()]{1,20})\\))?$");

    /** The members a sense lists before "etc.": each is a kind of the term, with the short form it gives in brackets. */
    private static void membersListed(DocumentExtraction ex, TermRecord term, String def, Evidence ev) {
        Matcher m = MEMBERS_ETC.matcher(def.strip());
        if (!m.lookingAt()) return;
        for (String item : COMMA.split(m.group(1))) {
            Matcher ib = ITEM_AND_BRACKET.matcher(item.strip());
            if (!ib.matches()) continue;
            Phrases.Term t = Phrases.clean(ib.group(1));
            if (t == null) continue;
            // a listed name is kept whole: "self-contained breathing apparatus" names a kind, its modifier included
            String whole = TextRules.lowerUnlessProper(Labels.singularPhrase(ib.group(1).strip()));
            String label = SPACES.split(whole).length <= 5 && Labels.key(whole).endsWith(Labels.key(t.label())) ? whole : t.label();
            if (Labels.key(label).equals(Labels.key(term.label()))) continue;
            TermRecord member = ex.term(label).mention(ev);
            member.addBroader(term.label(), ev);
            if (ib.group(2) != null && Abbreviations.isCapitalShortForm(ib.group(2))) member.addAltLabel(ib.group(2), ev);
        }
    }

    static void define(DocumentExtraction ex, TermRecord term, String def, int start, int end, boolean sense,
                       String abbreviatedHead) {
        // "- gall bladder" under "gallbladder": the headword written open, closed or hyphenated is a spelling, not a gloss
        if (otherSpelling(def, term.label())) {
            term.addAltLabel(TextRules.lowerUnlessProper(LEADING_DASH.matcher(def).replaceFirst("").strip()), ex.evidence(start, end));
            return;
        }
        // "1: an immovable joint ...": WordNet's sense number, on a line of its own
        Matcher number = COLON_SENSE_NUMBER.matcher(def);
        if (sense && number.lookingAt()) {
            start += number.end();
            def = def.substring(number.end());
        }
        // "Also called Asiatic cholera. Pathology. an acute ...": another name of the term, then the field, before the gloss
        Matcher alsoCalled = LEADING_ALSO.matcher(def);
        if (sense && alsoCalled.lookingAt()) {
            TextRules.otherNamesOrKinds(def.substring(0, alsoCalled.end()).strip(), term, ex, ex.evidence(start, start + alsoCalled.end()));
            String rest = withoutLeadingLabel(def.substring(alsoCalled.end()));
            start += def.length() - rest.length();
            def = rest;
        }
        Matcher leadingName = LEADING_NAME.matcher(def);
        if (sense && leadingName.lookingAt() && Phrases.clean(leadingName.group(1)) != null) {
            term.addAltLabel(TextRules.lowerUnlessProper(leadingName.group(1)), ex.evidence(start, start + leadingName.end()));
            start += leadingName.end();
            def = def.substring(leadingName.end());
        }
        // "1. leukemia: malignant neoplasm of ...": the sense restates its headword before a colon
        int restated = restatedHead(def, term.label());
        String alias = sense ? restatedAlias(def, term.label()) : null;
        if (alias != null) term.addAltLabel(TextRules.lowerUnlessProper(alias), ex.evidence(start, start + restated));
        if (sense && restated > 0) {
            start += restated;
            def = def.substring(restated);
        }
        if (sense && inlineSenses(ex, term, def, start, end, abbreviatedHead)) return;
        if (sense && otherField(def)) return; // "(Mach.) A kind of hydraulic brake ...": a sense from another field
        if (sense && spelledOut(ex, term, def, start, end, sense)) return;
        if (sense && synsetGloss(ex, term, def, start, end, abbreviatedHead)) return;
        Evidence ev = ex.evidence(start, end);
        spellings(def, term, ev);
        def = wordNetSynonyms(def, term, ev);
        def = BRACKET_AT_END.matcher(def).replaceFirst(""); // a trailing etymology in brackets
        String cleaned = withoutSenseLabels(def);
        if (sense) cleaned = TextRules.withoutListOpening(cleaned);
        // a quotation showing the word in use, its history, or the name of the work it comes from
        if (isExample(cleaned) || isEtymology(cleaned) || CREDIT.matcher(cleaned).matches() || isCredit(cleaned) || NOT_A_SENSE.matcher(cleaned).find()
            // "There are 2 types of surgery to remove the appendix:": a sentence that opens a list says what follows
            || TextRules.opensList(cleaned)) return;
        if (sense && namedSense(ex, term, cleaned, start, end)) return;
        if (sense && usesTheWord(cleaned, term)) { // "The doctor placed the stethoscope on ...": the word in use
            inUse(ex, term, cleaned, start);
            return;
        }
        // nothing but marks and brackets was left, or a code ("C1", "B2": a learner's level)
        if (!WORD_OF_THREE.matcher(cleaned).find()) return;
        int lead = cleaned.isEmpty() ? -1 : def.indexOf(cleaned.substring(0, Math.min(12, cleaned.length())));
        if (lead > 0) start += lead; // the labels cut from the front are not part of the definition's text
        def = cleaned;
        def = RUN_IN_DERIVED.matcher(def).replaceFirst(""); // "... while it heals. — splinting n.": a derived form run in
        // "... other devices.... widget drivers": an excerpt cut off, followed by the name of the page it links to
        def = TEASER_TAIL.matcher(def).replaceFirst(".");
        if (notANounSense(ex, term, def, sense)) return;
        readDefinition(ex, term, def, start, ev, sense, abbreviatedHead);
    }

    /**
     * A sense that defines no noun: the part of speech alone, an extended use after a definition, a verb's sense ("to
     * hold a limb still") or another part of speech's (the term goes when it has nothing else).
     */
    private static boolean notANounSense(DocumentExtraction ex, TermRecord term, String def, boolean sense) {
        if (NOUN_ALONE.matcher(def.strip()).matches()) return true; // "1. noun": the part of speech alone, its sense follows
        if (!term.definitions().isEmpty() && FIGURATIVE.matcher(def.strip()).lookingAt()) return true; // an extended use, not the thing
        // "to hold a limb still": a verb's sense (a noun is never defined by an infinitive)
        if (sense && INFINITIVE_NO_HYPHEN.matcher(def.strip()).matches() && !INFINITIVE_OF_ARTICLE_OR_BE.matcher(def.strip()).matches()) return true;
        if (NON_NOUN_POS.matcher(def).matches()) {
            if (term.definitions().isEmpty() && term.broader().isEmpty()) ex.remove(term);
            return true;
        }
        return false;
    }

    /** A noun sense: its cross-references and other names come off, then it names another term or is read as a gloss. */
    private static void readDefinition(DocumentExtraction ex, TermRecord term, String def, int start, Evidence ev, boolean sense,
                                       String abbreviatedHead) {
        term.mention(ev);
        if (sense) membersListed(ex, term, def, ev);
        String body = TextRules.withoutCrossRefs(def);
        TextRules.crossRefs(def, term, ev);
        body = otherNamesCalled(ex, term, body, ev);
        // Bare synonyms after the definition's last sentence: "... of the gums. gingivorrhagia ulorrhagia"
        Matcher tail = TRAILING_SYNONYMS.matcher(body);
        if (tail.find() && isNounPhrase(SPACES.split(tail.group(1).strip())[0])) {
            for (String w : SPACES.split(tail.group(1).strip())) term.addAltLabel(w, ev);
            body = body.substring(0, tail.start() + 1).strip();
        }
        body = trailingNames(term, body, ev);
        if (body.isBlank() || bareList(body)) return;
        if (namesAnotherTerm(ex, term, body, ev, sense)) return;
        readGloss(ex, term, body, start, ev, sense, abbreviatedHead);
    }

    /** "...; rabies; canine madness.": a short lower-case phrase after a gloss's last semicolon. */
    private static final Pattern TRAILING_NAME = Pattern.compile(";\\s+([a-z][a-z\\-]*(?:\\s[a-z][a-z\\-]*){0,2})\\.?\\s*$");
    /** Words of gloss before Webster's trailing names, at least. */
    private static final int GLOSS_BEFORE_NAMES = 6;

    /**
     * "a glass tube with a rubber bulb ... in drops; medicine dropper.", "... the sight of water; rabies; canine madness.":
     * Webster's dictionaries end a sense with the thing's other names, each after a semicolon. A phrase there is a name
     * when it is a noun phrase (its last word a noun to WordNet, no adverb, no function word); returns the gloss without
     * the names.
     */
    private static String trailingNames(TermRecord term, String body, Evidence ev) {
        for (int round = 0; round < 2; round++) {
            Matcher m = TRAILING_NAME.matcher(body);
            if (!m.find() || SPACES.split(body.substring(0, m.start()).strip()).length < GLOSS_BEFORE_NAMES) break;
            // "SEE: illus.; sling.": the names of a cross-reference, not of the thing
            String sentence = body.substring(body.lastIndexOf(". ", m.start() - 1) + 1, m.start()).strip();
            if (CrossRefKind.opensText(sentence)) break;
            String[] words = SPACES.split(m.group(1));
            var wordNet = org.medvocab.ground.WordNetLexicon.get();
            boolean name = wordNet.reads(words[words.length - 1], org.medvocab.ground.WordNetLexicon.Reading.NOUN)
                && java.util.Arrays.stream(words).noneMatch(w -> w.endsWith("ly") || org.medvocab.page.Words.isStopWord(w)
                    || wordNet.onlyAs(w, org.medvocab.ground.WordNetLexicon.Reading.VERB));
            if (!name) break;
            term.addAltLabel(m.group(1), ev);
            body = body.substring(0, m.start()).strip() + ".";
        }
        return body;
    }

    /**
     * A definition that only names another term: "obsolete term for X.", "artificial kidney.", "An atomizer." (another
     * name, the preferred term, or the kind of the term meant). True when the definition was one.
     */
    private static boolean namesAnotherTerm(DocumentExtraction ex, TermRecord term, String body, Evidence ev, boolean sense) {
        // "obsolete term for X.", "another name for X.": the entry is a synonym of X
        Matcher termFor = TextRules.TERM_FOR.matcher(body);
        if (sense && termFor.matches() && isNounPhrase(termFor.group(1))) {
            ex.alias(term, TextRules.lowerUnlessProper(termFor.group(1).strip()));
            return true;
        }
        // A definition that is only another term ("artificial kidney.") names the preferred term.
        String bare = TRAILING_DOTS_SPACES.matcher(body).replaceAll("");
        // ("excessively rapid heartbeat." describes: a name does not start with an adverb)
        if (sense && SPACES.split(bare).length <= 5 && !OF_PHRASE.matcher(bare).find() && !DEFINITION_WORD_START.matcher(bare).matches() && !bare.contains(",")
            && !LEADING_ADVERB.matcher(bare).matches()
            && body.trim().endsWith(".") && isNounPhrase(bare)) {
            // "angioplasty: Balloon angioplasty.": a kind named after the headword is the sense meant, not another name
            if (Labels.key(bare).endsWith(" " + Labels.key(term.label()))) {
                term.addDefinition(body, ev);
                kindOf(ex, term, TextRules.lowerUnlessProper(bare), ev);
                return true;
            }
            if (knownName(ex, bare)) {
                TermRecord pref = ex.alias(term, TextRules.lowerUnlessProper(bare));
                if (ex.topic() != null && Labels.key(ex.topic()).equals(Labels.key(term.label()))) ex.topic(pref.label());
                return true;
            }
        }
        // "An atomizer.": an article and a word or two is another name for the same thing (unless it is the head again)
        Matcher article = ARTICLE_ONLY.matcher(bare);
        if (sense && article.matches() && body.trim().endsWith(".") && isNounPhrase(article.group(1))) {
            term.addDefinition(body, ev);
            String named = TextRules.lowerUnlessProper(article.group(1));
            // "A hypodermic syringe." under syringe: the sense meant is a kind of it
            if (Phrases.head(named).equals(Phrases.head(term.label()))) {
                if (named.contains(" ")) kindOf(ex, term, named, ev);
            } else if (Labels.key(named).startsWith(Labels.key(term.label()) + " ")) {
                // "(Anat.) A splint bone." under splint: the word short for a thing named after it, a term of its own
                ex.term(named).mention(ev);
                term.addCrossRef(CrossRefKind.SEE_ALSO, named, ev);
            } else {
                term.addAltLabel(named, ev);
            }
            return true;
        }
        return false;
    }

    /**
     * The gloss itself: a definition of the term (or, after one, prose read for relations only), its genus and broader
     * term, and what its sentences name and relate.
     */
    private static void readGloss(DocumentExtraction ex, TermRecord term, String body, int start, Evidence ev, boolean sense,
                                  String abbreviatedHead) {
        List<Nlp.Sentence> sentences = Nlp.get().sentences(body, start);
        if (sentences.isEmpty()) return;
        // "X is a Y ..." written as a sentence: the genus follows the copula
        String first = sentences.get(0).text();
        // in more text after the senses, only "X is a Y" defines: "Xs are commonly used for ..." says what they do
        boolean copula = TextRules.namesTopic(first, term) && TextRules.copulaGenus(first) != null
            && (sense || TextRules.copulaWithArticle(first));
        String genusText = copula ? TextRules.copulaGenus(first) : first;
        String variant = copula ? TextRules.subjectVariant(first, term.label()) : null;
        if (variant != null) term.addAltLabel(TextRules.lowerUnlessProper(variant), ev);
        if (!copula && !term.definitions().isEmpty() && !definitionShaped(first)) {
            // a paragraph of prose after the entry's definition: relations only
            for (Nlp.Sentence s : sentences) {
                boolean subject = TextRules.topicSubject(s.text(), term, null);
                Evidence sev = ex.evidence(s.start(), s.end());
                MentionRules.apply(s.text(), term, ex, sev);
                if (NamingRules.apply(s.text(), term, ex, sev) != null) continue;
                RelationRules.apply(s.text(), sev, term, Section.GENERAL, subject, false, ex);
            }
            return;
        }
        term.addDefinition(body, ev);
        bracketedKinds(ex, term, body, ev);
        Genus g = Genus.of(org.medvocab.layout.RunInForms.expand(genusText, abbreviatedHead));
        String member = Genus.namedMember(genusText);
        if (member != null && !Labels.key(member).equals(Labels.key(term.label()))) term.addAltLabel(member, ev);
        if (g != null) {
            term.kind(g.kind());
            if (g.broaderIn(ex) != null && !Labels.key(g.broader()).equals(Labels.key(term.label()))) term.addBroader(g.broader(), ev);
        }
        for (int i = 0; i < sentences.size(); i++) {
            Nlp.Sentence s = sentences.get(i);
            Evidence sev = ex.evidence(s.start(), s.end());
            if (i == 0 || TextRules.topicSubject(s.text(), term, null) || ALSO_FORMERLY_START.matcher(s.text()).matches()) {
                TextRules.otherNamesOrKinds(s.text(), term, ex, sev);
            }
            TextRules.abbreviations(s.text(), ex, sev);
            MentionRules.apply(s.text(), term, ex, sev);
            if (i > 0 && NamingRules.apply(s.text(), term, ex, sev) != null) continue;
            boolean subject = i > 0 && TextRules.topicSubject(s.text(), term, g == null ? null : g.head());
            RelationRules.apply(s.text(), sev, term, Section.GENERAL, subject, i == 0, ex);
            // the body part a dictionary sense places its term in ("an opening into the trachea")
            // (or that a sentence after the senses gives when it defines it: "Otitis media is an infection of the middle ear")
            if (i == 0 && (sense || copula)) RelationRules.placeInDefinition(s.text(), sev, term, ex);
        }
    }

    private static final Pattern CLAUSE_WORDS = Pattern.compile("that|which|who|whose|where|whereby|when|to|if|after|before|until|while|because|since|although|once|unless|so");
    private static final Pattern PARTICIPLE_WORDS = Pattern.compile("used|made|done|seen|found|given|known|taken|held|put|set|driven|worn|shown");

    /**
     * Dictionary definitions are noun phrases ("a device that ...", "the destruction of ..."): no finite verb
     * outside a relative clause or infinitive. A sentence with its own subject and verb is prose.
     */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[;,]$");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.;]$");
    private static final Pattern COMMA_LIST = Pattern.compile("\\s*,\\s*(?:(?:and|or)\\s+)?");

    /** Items of a bare list: a few words each, no verb phrase or preposition between them. */
    private static final Pattern LIST_ITEM = Pattern.compile("[\\p{L}][\\p{L}\\-']*(?:\\s+[\\p{L}][\\p{L}\\-']*){0,3}");

    /**
     * "Test kits, crutches, electrodes, catheters.": a line that only lists things (examples of the entry, or of what
     * it covers) defines nothing and has no genus: three or more short items between commas, and nothing else.
     */
    static boolean bareList(String text) {
        String[] items = COMMA_LIST.split(TRAILING_STOP.matcher(text.strip()).replaceFirst(""));
        if (items.length < 3) return false;
        for (String item : items) {
            if (!LIST_ITEM.matcher(item).matches() || !ConceptExtractor.mayBeTerm(Labels.singular(Phrases.head(item)))) return false;
        }
        for (Nlp.Token t : Nlp.get().analyse(text, 0).tokens()) {
            if (t.is("AUX") || t.is("ADP") || t.is("DET")) return false;
        }
        return true;
    }

    private static final Pattern PREPOSITION = Pattern.compile("for|of|in|on|with|by|from|into|during|without|a|an|the");

    /** A sense without the part-of-speech mark that opens it ("n. a device for ..." gives "a device for ..."). */
    static String withoutNounMark(String sense) {
        return NOUN_MARK.matcher(sense).replaceFirst("");
    }

    /** "woven", "sewn", "broken": a past participle of its own form, which WordNet turns into another verb ("weave"). */
    private static final Pattern PARTICIPLE_ENDING = Pattern.compile("\\p{L}{2,}(?:en|wn|rn)");

    static boolean strongParticiple(String word) {
        if (!PARTICIPLE_ENDING.matcher(word).matches()) return false;
        return org.medvocab.ground.WordNetLexicon.get().lemma(word, org.medvocab.ground.WordNetLexicon.Reading.VERB)
            .filter(base -> !base.equals(word)).isPresent();
    }

    static boolean definitionShaped(String sentence) {
        int semicolon = sentence.indexOf(';');
        String s = semicolon < 0 ? sentence : sentence.substring(0, semicolon);
        boolean sheltered = false;
        String before = "";
        for (Nlp.Token t : Nlp.get().analyse(s, 0).tokens()) {
            String w = t.lower();
            if (CLAUSE_WORDS.matcher(w).matches()) sheltered = true;
            // "intended for use in ...", "a saw with ...": a word right after a preposition or an article is a noun, whatever the tagger says
            boolean afterPreposition = PREPOSITION.matcher(before).matches();
            before = w;
            // "body TEMPERATURE": a word in capitals is a cross-reference to its own entry, a name whatever its tag
            boolean capitals = t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
            if ((t.is("AUX") || t.is("VERB")) && !sheltered && !afterPreposition && !w.endsWith("ed") && !w.endsWith("ing")
                && !PARTICIPLE_WORDS.matcher(w).matches() && !strongParticiple(w) && !capitals) return false;
        }
        return true;
    }

    private static final Pattern WORD_CHARS = Pattern.compile("[\\p{L}\\p{N}+\\-']+");

    /**
     * "artificial kidney." names a term; "excessive emotional tenseness." describes one: a sense of a few words is a
     * name when it is one word, the page names it as a term, or a dictionary (WordNet, the medical lexicon) knows
     * the whole phrase.
     */
    private static boolean knownName(DocumentExtraction ex, String phrase) {
        return WORD_CHARS.matcher(phrase).matches() || ex.has(phrase) || !org.medvocab.ground.WordNetLexicon.get().readings(phrase).isEmpty()
            || org.medvocab.ground.Grounder.get().lexicon().contains(phrase);
    }

    static boolean isNounPhrase(String text) {
        if (WORD_CHARS.matcher(text).matches()) return true; // one word: tagging a word alone is unreliable
        // "vas deferens": a Latin name the tagger reads as a verb phrase is a name when the medical lexicon has all of it
        if (org.medvocab.ground.Grounder.get().assess(text).known()) return true;
        List<Nlp.Token> toks = Nlp.get().analyse(text, 0).tokens();
        for (int i = 0; i < toks.size(); i++) {
            Nlp.Token t = toks.get(i);
            // a compound's modifier or plural head can be mis-tagged as a verb ("feeding tube", "infusion pumps")
            boolean compoundVerb = t.is("VERB") && (i + 1 < toks.size() && toks.get(i + 1).isNoun() || i > 0 && toks.get(i - 1).isNoun());
            if (t.is("VERB") && !compoundVerb || t.is("AUX") || t.is("PRON") || t.is("ADP") && !t.lower().equals("of")) return false;
        }
        return true;
    }

    /** Numbered senses: noun senses become concepts; several of them get a sense qualifier from their genus. */
    static void senses(DocumentExtraction ex, TermRecord owner, List<Line> senses) {
        senses(ex, owner, senses, null);
    }

    /** "to cleanse with a syringe", "tr to cleanse ...": a verb's sense, perhaps after its transitivity mark. */
    static final Pattern VERB_SENSE = Pattern.compile("(?i)^(?:(?:tr|intr|vb|vt|vi)\\.?\\s+)?to\\s+\\w+.*");

    /** Numbered senses whose abbreviated headword ("a.") stands for {@code abbreviatedHead}. */
    static void senses(DocumentExtraction ex, TermRecord owner, List<Line> senses, String abbreviatedHead) {
        List<Line> nounSenses = new ArrayList<>();
        for (Line l : senses) {
            String body = SENSE_NUMBER.matcher(l.text()).replaceFirst("");
            if (VERB_SENSE.matcher(body).matches()) continue; // a verb sense
            // "anything that chokes off a supply": after a first sense, an indefinite pronoun as genus is a figurative use
            if (!nounSenses.isEmpty() && FIGURATIVE.matcher(body).lookingAt()) continue;
            nounSenses.add(l);
        }
        if (nounSenses.isEmpty()) return;
        if (nounSenses.size() == 1) {
            Line l = nounSenses.get(0);
            String body = SENSE_NUMBER.matcher(l.text()).replaceFirst("");
            define(ex, owner, body, l.end() - body.length(), l.end(), true, abbreviatedHead);
            return;
        }
        java.util.Set<TopClass> kinds = new java.util.HashSet<>();
        boolean unknownKind = false;
        for (Line l : nounSenses) {
            Genus g = Genus.of(org.medvocab.layout.RunInForms.expand(SENSE_NUMBER.matcher(l.text()).replaceFirst(""), abbreviatedHead));
            if (g == null || g.kind() == null) unknownKind = true; else kinds.add(g.kind());
        }
        if (unknownKind || kinds.size() < 2) {
            // senses of one kind are several wordings of one concept
            for (Line l : nounSenses) {
                String body = SENSE_NUMBER.matcher(l.text()).replaceFirst("");
                define(ex, owner, body, l.end() - body.length(), l.end(), true, abbreviatedHead);
            }
            return;
        }
        Map<String, Integer> used = new HashMap<>();
        boolean ownerHasContent = !owner.definitions().isEmpty();
        for (Line l : nounSenses) {
            String body = SENSE_NUMBER.matcher(l.text()).replaceFirst("");
            Genus g = Genus.of(org.medvocab.layout.RunInForms.expand(body, abbreviatedHead));
            String sense = g == null ? "sense" : g.head();
            int n = used.merge(sense, 1, Integer::sum);
            if (n > 1) sense = sense + " " + n;
            TermRecord t = ex.term(owner.label(), sense).properName(owner.properName());
            define(ex, t, body, l.end() - body.length(), l.end(), true, abbreviatedHead);
        }
        if (!ownerHasContent && owner.sense() == null && owner.relations().isEmpty() && owner.broader().isEmpty()) ex.remove(owner);
    }
}

package org.medvocab.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a plain-text page (typically a rendered copy of a web page) into typed blocks.
 *
 * <p>Recognises raw wiki markup (removed, see {@link WikiMarkup}), {@code = T =} / {@code == S ==}
 * and {@code #} headings, headings followed by {@code [edit]} or {@code [edit | edit source]},
 * bullets, numbered senses, separators, attribution lines and label/value rows (all per line, see
 * {@link LineShape}); then joins hard-wrapped lines into paragraphs (a line that does not end a
 * sentence continues when the next starts in lower case or it ends on a function word, comma or
 * open bracket), rejoins words split by a hyphen at a line end, marks short stand-alone lines as
 * headings and picks the title: among the heading-like lines before the first real paragraph, the
 * one that paragraph opens with or that the page repeats, else the first.
 */
public final class PlainTextSegmenter {
    private PlainTextSegmenter() {}

    private static final int HEADING_MAX_WORDS = 10;
    private static final int QUESTION_MAX_WORDS = 14;
    private static final int TITLE_MAX_WORDS = 12;
    private static final int LEAD_MIN_WORDS = 12;
    private static final int ROW_REACH = 3;
    private static final int TAIL = 80;
    /** What a headword line (above a part of speech or pronunciation) adds to a title candidate's score. */
    private static final int HEADWORD_SCORE = 4;
    private static final int SHORT_LINE_WORDS = 4;
    /** A line wholly in square brackets that says something in words: a note, not a heading or a sense number. */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("^\\[\\p{L}[^\\[\\]]{2,118}\\]$");
    /** Words in a line that a page wrapped at its width (a list's items, one a line, are shorter). */
    private static final int WRAPPED_LINE_WORDS = 6;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;][\"'”’)\\]]*$");
    private static final Pattern JOINING_END = Pattern.compile(".*(?:[,(\\[/–-]|\\p{L}-)$");
    private static final Pattern CONTINUATION_START = Pattern.compile("^(?:\\p{Ll}|[+)\\]},;:%]).*");
    /**
     * Words before the subject in a page title: "What is a X?", "Meaning of X", "Definition of X", "Definitions
     * of X", "Define X", "Medical definition of X". One list for every reader of titles.
     */
    public static final Pattern QUESTION_LEAD = Pattern.compile("(?i)^(?:(?:what|who)\\s+(?:is|are)\\s+(?:an?\\s+|the\\s+)?"
        // "What does X mean?", "What else does X mean?": a dictionary's question about its word
        + "|what\\s+(?:else\\s+)?(?:does|do)\\s+(?:the\\s+(?:word|term|abbreviation)\\s+)?(?=.+\\s(?:mean|stand\\s+for)\\s*\\?$)"
        + "|(?:(?:medical|scientific|full)\\s+)?(?:meanings?|definitions?)\\s+(?:of|for)\\s+(?:the\\s+(?:word|term)\\s+)?|define\\s+"
        // "3 definitions found / for Retractor", "Results for ...": what a search of a dictionary server was for
        + "|(?:search\\s+)?results?\\s+for\\s+|(?-i:for)\\s+(?=\\p{Lu})"
        // "Types of Nebulizers", "The main kinds of X": a page about the kinds of X is about X
        + "|(?:the\\s+)?(?:(?:different|main|common)\\s+)?(?:types|kinds|forms|styles)\\s+of\\s+)");
    /** "CPR. Definition", "Gout Definition & Meaning": what the page gives about its word, after the word. */
    public static final Pattern WHAT_THE_PAGE_GIVES = Pattern.compile(
        "(?i)[\\s.:,\u2013\u2014-]+(?:medical\\s+)?(?:definitions?|meanings?)(?:\\s*(?:,|\\s+and|\\s+&)\\s+(?:definitions?|meanings?|synonyms|usage|pronunciation|examples?))*\\s*$");
    private static final Pattern TWO_SENTENCES = Pattern.compile("\\p{L}{2}[.!?]\\s+[\\[(\\p{Lu}]");
    private static final Pattern ABBREVIATION_START = Pattern.compile("\\p{Ll}{1,5}\\.\\s");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:an?|the)\\s+");

    /** A block being built. */
    private static final class Draft {
        BlockType type;
        int level;
        final int depth;
        final String marker;
        String label;
        final MappedText text;
        final boolean weak;
        boolean explicit;
        boolean headword;
        int lines = 1;
        /** The indentation of the draft's last line, in spaces. */
        int indent;
        /** Whether any line after the first was indented deeper than the first. */
        boolean deeper;

        Draft(LineShape shape, MappedText text) {
            this.type = shape.type();
            this.level = shape.level();
            this.depth = shape.depth();
            this.marker = shape.marker();
            this.label = shape.label();
            this.text = text;
            this.weak = shape.weak();
            this.explicit = shape.type().isHeading();
        }

        String string() {
            return text.toString();
        }

        /** The text, or only its end once it has several lines (enough to judge how it ends). */
        String end() {
            return lines == 1 ? text.toString() : text.tail(TAIL);
        }

        Block block() {
            return new Block(type, level, text, depth, marker, label, Double.NaN);
        }
    }

    /**
     * Segments a plain-text page.
     *
     * @param text the document text
     * @return its blocks, offsets into {@code text}
     */
    public static Page segment(String text) {
        List<Draft> drafts = group(lines(WikiMarkup.strip(text)));
        confirmRows(drafts);
        markAttributions(drafts);
        markHeadings(drafts);
        nameTitlesOfSubjects(drafts);
        chooseTitle(drafts);
        markTrailingCredits(drafts);
        markEchoedCredits(drafts);
        List<Block> blocks = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.text.length() > 0 || d.type == BlockType.SEPARATOR) {
                blocks.add(d.block());
            }
        }
        return new Page(text, blocks);
    }

    private static List<MappedText> lines(MappedText clean) {
        List<MappedText> out = new ArrayList<>();
        String s = clean.toString();
        int pos = 0;
        while (pos <= s.length()) {
            int nl = s.indexOf('\n', pos);
            int end = nl < 0 ? s.length() : nl;
            addCutAtSeparators(clean, pos, end, out);
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }

    /**
     * "* * *" glued to the start or the end of a line's text ("* * *Any of several ...", "... of the larynx.* * *"): an
     * entry separator all the same. Inside a line, between spaces, it is left alone (a list item's own separator).
     */
    private static final Pattern SEPARATOR_AT_START = Pattern.compile("^\\s*\\* \\* \\*(?=\\S)");
    private static final Pattern SEPARATOR_AT_END = Pattern.compile("(?<=\\S)\\* \\* \\*\\s*$");

    /** Adds the line from {@code start} to {@code end}, with a separator glued to its start or end as a line of its own. */
    private static void addCutAtSeparators(MappedText clean, int start, int end, List<MappedText> out) {
        String line = clean.toString().substring(start, end);
        Matcher head = SEPARATOR_AT_START.matcher(line);
        int from = start;
        if (head.find()) {
            out.add(clean.sub(start, start + head.end()));
            from = start + head.end();
        }
        Matcher tail = SEPARATOR_AT_END.matcher(line);
        if (tail.find() && start + tail.start() > from) {
            out.add(clean.sub(from, start + tail.start()));
            out.add(clean.sub(start + tail.start(), end));
        } else {
            out.add(clean.sub(from, end));
        }
    }

    private static List<Draft> group(List<MappedText> lines) {
        List<Draft> drafts = new ArrayList<>();
        boolean[] alone = headLines(lines);
        boolean fields = fieldPage(lines);
        Draft open = null;
        for (int i = 0; i < lines.size(); i++) {
            MappedText line = lines.get(i);
            String s = line.toString();
            if (s.isBlank()) {
                open = null;
                continue;
            }
            LineShape shape = LineShape.of(s);
            if (shape.editMark()) {
                markEditedHeading(drafts);
                open = null;
                continue;
            }
            int taken = fields ? fieldValues(lines, i) : 0;
            if (taken > 0) { // "Definition:" over its text, as an app or a phone's page sets a field: one row
                drafts.add(fieldRow(lines, i, taken));
                i += taken;
                open = null;
                continue;
            }
            // "noun A small knife ...": a sense opening with its part of speech never continues the line before
            boolean opens = alone[i] || HeadLines.opensWithPartOfSpeech(s);
            int indent = indentOf(s);
            // "   Miller widget" after "      a widget with ...": back to the outer indentation, the next item of a hanging list
            boolean outdent = open != null && open.deeper && indent < open.indent;
            if (open != null && !opens && !outdent && canJoin(open, shape, s)) {
                open.deeper |= indent > open.indent && open.lines == 1;
                open.indent = indent;
                join(open, line, s);
                continue;
            }
            Draft d = new Draft(shape, line.sub(shape.from(), shape.to()));
            d.indent = indent;
            d.headword = alone[i] && !HeadLines.isMark(s);
            drafts.add(d);
            open = alone[i] || d.type.isHeading() || d.type == BlockType.SEPARATOR || d.type == BlockType.TABLE_ROW ? null : d;
        }
        return drafts;
    }

    /**
     * The head lines of dictionary entries ({@link HeadLines}): part-of-speech and pronunciation lines, the
     * headword line above them, and a short line the page repeats on its own. They are never joined.
     */
    private static boolean[] headLines(List<MappedText> lines) {
        List<String> texts = lines.stream().map(MappedText::toString).toList();
        boolean[] alone = new boolean[texts.size()];
        String next = null;
        for (int i = texts.size() - 1; i >= 0; i--) {
            String s = texts.get(i);
            if (s.isBlank()) {
                continue;
            }
            alone[i] = HeadLines.isMark(s) || HeadLines.isHeadword(s, next) || HeadLines.isRepeatedHeadword(s, texts)
                    || HeadLines.isLabelRow(s);
            next = s;
        }
        return alone;
    }

    /** Most further values of a field set one a line ("Synonyms:" over "brace", "orthotic", "orthotic device"). */
    private static final int MAX_FIELD_VALUES = 8;
    private static final int FIELD_VALUE_WORDS = 4;

    /**
     * How many lines after a bare field caption ("Definition:", "Part of speech:") are its value: the next line when it
     * is text of its own (no caption, no blank), and after it short lines in lower case (more values of a list); 0 when
     * the line is no caption over a value.
     */
    private static int fieldValues(List<MappedText> lines, int i) {
        String s = lines.get(i).toString().strip();
        if (!FIELD_CAPTION.matcher(s).matches() || Words.count(s) > FIELD_VALUE_WORDS || i + 1 >= lines.size()) return 0;
        String next = lines.get(i + 1).toString().strip();
        if (next.isEmpty() || next.endsWith(":") || HeadLines.isLabelRow(next)) return 0;
        int n = 1;
        while (i + n + 1 < lines.size() && n < MAX_FIELD_VALUES) {
            String more = lines.get(i + n + 1).toString().strip();
            if (more.isEmpty() || !Character.isLowerCase(more.charAt(0)) || Words.count(more) > FIELD_VALUE_WORDS
                    || more.endsWith(":") || ENDS_PUNCTUATED_LINE.matcher(more).matches()) break;
            n++;
        }
        return n;
    }

    /** "Definition:", "Part of speech:", "Is a type of:": a field's caption alone on its line. */
    private static final Pattern FIELD_CAPTION = Pattern.compile("^\\p{L}[\\p{L} ()'’]{0,30}:$");
    /** The caption of a field that holds a definition or a part of speech: what makes a page one of fields a line. */
    private static final Pattern ENTRY_FIELD_CAPTION = Pattern.compile("(?i)^(?:definition|meaning|part of speech|word class)s?:$");

    /**
     * A page that sets each field of its entries on a line of its own under its caption ("Part of speech:" over
     * "noun", "Definition:" over the text): captions of two such fields (definition, part of speech) stand over values
     * at their own indentation. Elsewhere "Types:" over indented names is a dictionary's list, read by the layouts.
     */
    private static boolean fieldPage(List<MappedText> lines) {
        java.util.Set<String> captions = new java.util.HashSet<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String s = lines.get(i).toString();
            String next = lines.get(i + 1).toString();
            if (ENTRY_FIELD_CAPTION.matcher(s.strip()).matches() && !next.isBlank() && indentOf(s) == indentOf(next)
                    && !next.strip().endsWith(":")) {
                captions.add(s.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return captions.size() >= 2; // the definition's and the part of speech's: one caption alone may caption a block
    }

    private static final Pattern ENDS_PUNCTUATED_LINE = Pattern.compile(".*[.;!?]$");

    /** The caption at {@code i} and its {@code values} value lines as one label/value row, values two spaces apart. */
    private static Draft fieldRow(List<MappedText> lines, int i, int values) {
        MappedText caption = lines.get(i);
        String c = caption.toString();
        int from = c.length() - c.stripLeading().length();
        MappedText text = caption.sub(from, c.stripTrailing().length());
        StringBuilder plain = new StringBuilder(text.toString());
        for (int k = 1; k <= values; k++) {
            MappedText line = lines.get(i + k);
            String raw = line.toString();
            int a = raw.length() - raw.stripLeading().length();
            int b = raw.stripTrailing().length();
            int at = text.at(text.length() - 1) + 1;
            if (k > 1) { // a gap of two spaces between values: the text keeps only the page's own characters
                text.append(' ', at);
                plain.append(' ');
            }
            text.append(' ', at);
            plain.append(' ');
            for (int j = a; j < b; j++) {
                text.append(line, j);
            }
            plain.append(raw, a, b);
        }
        Draft d = new Draft(LineShape.of(plain.toString()), text);
        d.lines = values + 1;
        return d;
    }

    /** Leading white space of a line, a tab counted as four spaces. */
    private static int indentOf(String line) {
        int n = 0;
        for (int i = 0; i < line.length() && Character.isWhitespace(line.charAt(i)); i++) {
            n += line.charAt(i) == '\t' ? 4 : 1;
        }
        return n;
    }

    /** A line that is only "[edit]" follows the heading it belongs to. */
    private static void markEditedHeading(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        Draft last = drafts.get(drafts.size() - 1);
        if (last.type == BlockType.PARAGRAPH && Words.count(last.string()) <= HEADING_MAX_WORDS) {
            last.type = BlockType.HEADING;
            last.level = 2;
            last.explicit = true;
        }
    }

    private static boolean canJoin(Draft open, LineShape shape, String next) {
        // (a numbered sense or a bullet starts a block of its own: the bracket was never closed)
        if ((open.type == BlockType.PARAGRAPH || open.type.isItem()) && !next.isBlank() && shape.type() != BlockType.NUMBERED_ITEM
                && shape.type() != BlockType.LIST_ITEM && openBracket(open.string())) {
            // "n. pl. [L. haemorrhoidae, pl., Gr." : a word history in brackets runs on to its "]"; so does a sense's
            // "[syn:" list
            return true;
        }
        if ((open.type == BlockType.PARAGRAPH || open.type.isItem()) && BRACKETED_NOTE.matcher(next.strip()).matches()
                && !LineShape.isSourceTag(next)) {
            return true; // "[Written also quinzy.]", "[Obs.]": an editor's note on the sense it follows
        }
        if (shape.type() != BlockType.PARAGRAPH) {
            return false;
        }
        String prev = open.end();
        String nextText = next.strip();
        if (ABBREVIATION_START.matcher(nextText).lookingAt()) {
            return false; // "n. a device ...": a part-of-speech line opens a definition
        }
        boolean continues = CONTINUATION_START.matcher(nextText).matches();
        if (open.lines == 1 && Words.count(prev) == 1 && Words.isStopWord(prev.strip()) && !letterHeading(prev.strip(), nextText)) {
            return true; // "The" at a line end (but "A" over "Airway — ..." is a glossary's letter)
        }
        if (open.lines == 1 && Words.count(prev) <= SHORT_LINE_WORDS && Words.count(nextText) <= SHORT_LINE_WORDS) {
            return false; // two short lines ("Log in  Sign up", "lancet") are two items: wrapping happens at the line width
        }
        if (open.lines == 1 && Words.count(prev) <= 8 && Words.isTitleCase(prev)
                && !(continues && Words.isStopWord(Words.lastWord(prev)))) {
            return false; // a Title-Case line standing alone is a heading, whatever follows
        }
        if (open.type == BlockType.INFOBOX_ROW || open.type == BlockType.ATTRIBUTION) {
            return continues && !open.weak && !SENTENCE_END.matcher(prev).matches();
        }
        if (continues && prev.endsWith(";") && Words.count(prev) >= WRAPPED_LINE_WORDS) {
            return true; // "... of a rabid animal);" / "rabies is fatal if ...": a semicolon ends a clause, not the sentence
        }
        HeadLines.PrintedHead head = open.lines == 1 ? HeadLines.printedHead(prev.strip()) : null;
        if (head != null && head.rest() >= prev.strip().length()) {
            return true; // "bronchiole (brong-ki-ohl) n." over its gloss: a printed head runs on into its definition
        }
        if (!SENTENCE_END.matcher(prev).matches() && BRACKETED_CONTINUATION.matcher(nextText).lookingAt()
                && (open.lines > 1 || Words.count(prev) >= WRAPPED_LINE_WORDS)) { // (a short line's bracket may be a label)
            return true; // "The smallest" / "(terminal bronchioles) lead into ...": a bracket goes on with the sentence
        }
        if (SENTENCE_END.matcher(prev).matches() || endsWithSourceTag(prev)) {
            return false; // "... twisted. [1913 Webster]": a credit closes the sense it follows
        }
        // "air splint – a plastic sleeve ..." over "finger splint – a small splint ...": a list of terms and glosses, a row a line
        if (TERM_DASH_GLOSS.matcher(prev).lookingAt() && TERM_DASH_GLOSS.matcher(nextText).lookingAt()) {
            return false;
        }
        // "S: (n) cane (a stick ...)" over "direct hyponym / full hyponym": a closed bracket, then a short line that ends
        // no sentence, is a caption under a complete line, not the rest of it
        if (continues && CLOSED_END.matcher(prev).find() && Words.count(nextText) <= CAPTION_MAX_WORDS
                && !SENTENCE_END.matcher(nextText).matches() && !JOINING_START.matcher(nextText).lookingAt()) {
            return false;
        }
        if (continues) {
            return true;
        }
        return JOINING_END.matcher(prev).matches() || Words.isStopWord(Words.lastWord(prev));
    }

    /** "A" over "Airway — the passage ...", "I" over "Inner cannula": a capital letter over a line it is the initial of. */
    private static boolean letterHeading(String line, String next) {
        return line.length() == 1 && Character.isUpperCase(line.charAt(0)) && next.length() > 1 && next.charAt(0) == line.charAt(0)
                && Character.isLowerCase(next.charAt(1));
    }

    /** A line closed by a bracket or a quotation. */
    private static final Pattern CLOSED_END = Pattern.compile("[)\\]\"”]\\s*$");
    /** A line that goes on with the clause before it: a conjunction, a preposition, a relative word. */
    private static final Pattern JOINING_START = Pattern.compile("(?i)^(?:and|or|but|nor|of|in|on|to|for|with|by|from|as|at|that|which|who|whose|where|when|while|than|is|are|was|were)\\b");
    /** Most words of a caption line. */
    private static final int CAPTION_MAX_WORDS = 8;

    /** A term of up to four words, a dash between spaces, and its gloss opening with an article. */
    /** A line opening with a bracketed word in lower case: "(terminal bronchioles) lead into ...". */
    private static final Pattern BRACKETED_CONTINUATION = Pattern.compile("^\\(\\p{Ll}");
    /** A line opening with a dash and a word in lower case: a note run on from the entry above, never a heading. */
    private static final Pattern DASH_NOTE = Pattern.compile("^[–—―]+\\s*\\p{Ll}");
    private static final Pattern TERM_DASH_GLOSS = Pattern.compile("^\\p{L}[\\p{L}'’-]*(?:\\s[\\p{L}'’-]+){0,3}\\s+[–—-]\\s+(?i:an?|the|any|one)\\s");

    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\[[^\\[\\]]{1,30}\\]\\s*$");

    /** Whether a line ends with an edited dictionary's bracketed source credit ("[1913 Webster]", "[PJC]"). */
    private static boolean endsWithSourceTag(String line) {
        Matcher m = TRAILING_BRACKET.matcher(line);
        return m.find() && LineShape.isSourceTag(m.group().strip());
    }

    /** Longest run of text a square bracket may hold open across lines. */
    private static final int BRACKET_SPAN = 400;

    /** Whether a square bracket opened in the text is still open at its end (and opened not long before). */
    private static boolean openBracket(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0 && text.length() - i <= BRACKET_SPAN; i--) {
            char c = text.charAt(i);
            if (c == ']') depth++;
            else if (c == '[' && --depth < 0) return true; // "h['e]morro["i]des" inside stays balanced
        }
        return false;
    }

    private static void join(Draft open, MappedText line, String raw) {
        if (open.type == BlockType.INFOBOX_ROW || open.type == BlockType.ATTRIBUTION) {
            open.type = BlockType.PARAGRAPH; // it was the first line of a wrapped paragraph
            open.label = null;
        }
        int from = raw.length() - raw.stripLeading().length();
        int to = raw.stripTrailing().length();
        MappedText text = open.text;
        int n = text.length();
        boolean splitWord = n >= 2 && text.charAt(n - 1) == '-' && Character.isLowerCase(text.charAt(n - 2))
                && from < to && Character.isLowerCase(raw.charAt(from));
        if (splitWord) {
            text.setLength(n - 1);
        } else {
            text.append(' ', text.at(n - 1) + 1);
        }
        for (int i = from; i < to; i++) {
            text.append(line, i);
        }
        open.lines++;
    }

    /** A label glued to its value ("SymptomsPain, ...") counts as a row only next to another row. */
    private static void confirmRows(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.type == BlockType.INFOBOX_ROW && d.weak
                    && !nearRow(drafts, i)) {
                d.type = BlockType.PARAGRAPH;
                d.label = null;
            }
        }
    }

    private static boolean nearRow(List<Draft> drafts, int i) {
        for (int j = Math.max(0, i - ROW_REACH); j <= Math.min(drafts.size() - 1, i + ROW_REACH); j++) {
            if (j != i && drafts.get(j).type == BlockType.INFOBOX_ROW) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FILE_NAME_LIKE = Pattern.compile(".*\\w\\.\\w{2,4}");
    private static final Pattern ENDS_PUNCTUATED = Pattern.compile(".*[.,;:!]$");

    /** A gloss: perhaps a field's label in brackets, then an article and a lower-case word ("(pathology) A long-term ..."). */
    private static final Pattern GLOSS = Pattern.compile("^(?:\\([^()]{2,30}\\)\\s*)?(?:An?|The|Any|One)\\s+\\p{Ll}");
    private static final int CREDIT_MAX_WORDS = 5;
    /** "Definition 1", "Meanings", "Usage": a caption of a part of the entry, never a credit. */
    private static final Pattern ENTRY_PART = Pattern.compile("(?i)(?:definitions?|meanings?|senses?|examples?|usage)\\b");

    /**
     * "A chronic disease of ... / Some Dictionary / A disorder ... / Another Dictionary": on a page that gives several
     * dictionaries' glosses, a short name in title case under each gloss (and over the next one or the page's end), at
     * least twice, credits the gloss above it. Such lines are attributions, not headings, unless paragraphs run on
     * under the last of them (then they head sections: "Design", "Use").
     */
    private static void markTrailingCredits(List<Draft> drafts) {
        List<Draft> credits = new ArrayList<>();
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String t = d.string().strip();
            // (one word between two glosses is a glossary's term, "Antibody", unless it names a reference work)
            boolean shaped = d.type == BlockType.HEADING && !d.explicit && Words.count(t) <= CREDIT_MAX_WORDS
                    && Words.isTitleCase(t) && !ENDS_PUNCTUATED.matcher(t).matches() && !ENTRY_PART.matcher(t).lookingAt()
                    && (Words.count(t) > 1 || LineShape.isReferenceWorkName(t));
            boolean underGloss = drafts.get(i - 1).type == BlockType.PARAGRAPH && GLOSS.matcher(drafts.get(i - 1).string().strip()).lookingAt();
            boolean overGloss = i + 1 == drafts.size() || drafts.get(i + 1).type == BlockType.PARAGRAPH
                    && GLOSS.matcher(drafts.get(i + 1).string().strip()).lookingAt();
            // a credit the line's own shape marked ("Another Old Dictionary") counts with those only placed like one
            if ((shaped || d.type == BlockType.ATTRIBUTION) && underGloss && overGloss) {
                credits.add(d);
            }
        }
        if (credits.size() >= 2 && paragraphsAfter(drafts, drafts.indexOf(credits.get(credits.size() - 1))) <= 1) {
            credits.forEach(d -> d.type = BlockType.ATTRIBUTION);
        }
    }

    /** A copyright mark or notice: what a credit line carries. */
    private static final Pattern COPYRIGHT_MARK = Pattern.compile("(?i)" + Boilerplate.COPYRIGHT_SIGN + "|\\bcopyright\\b|\\ball rights reserved\\b");
    /** How far below its name a source's credit line closes the entry it gave. */
    private static final int CREDIT_ECHO_REACH = 6;

    /**
     * "Handbook of Nursing Words" over a definition, then "Handbook of Nursing Words, 2nd ed. © Ashby 2020" under it: a
     * heading that a copyright line below repeats is the name of the source the entry between them comes from.
     */
    private static void markEchoedCredits(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String name = d.string().strip();
            if (d.type != BlockType.HEADING || d.explicit || name.isEmpty() || Words.count(name) > CREDIT_MAX_WORDS
                    || COPYRIGHT_MARK.matcher(name).find()) continue;
            for (int j = i + 2; j < drafts.size() && j <= i + CREDIT_ECHO_REACH; j++) {
                String later = drafts.get(j).string().strip();
                if (later.length() > name.length() && later.startsWith(name) && COPYRIGHT_MARK.matcher(later).find()) {
                    d.type = BlockType.ATTRIBUTION;
                    break;
                }
            }
        }
    }

    /**
     * How many paragraphs run on after block {@code i}: a credit credits one gloss (the one over it, or one under it),
     * while a section heading ("Design", "Use") is followed by paragraphs of its own.
     */
    private static int paragraphsAfter(List<Draft> drafts, int i) {
        int n = 0;
        for (int j = i + 1; j < drafts.size() && drafts.get(j).type == BlockType.PARAGRAPH; j++) n++;
        return n;
    }

    /** "from" on one line and the source's name on the next: joined, the two lines are an attribution. */
    private static void markAttributions(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type == BlockType.PARAGRAPH && d.lines > 1 && LineShape.isAttribution(d.string())) {
                d.type = BlockType.ATTRIBUTION;
            }
        }
    }

    /** Most words of a numbered section heading ("3. Types of colostomy", "1. What is a colostomy?"). */
    private static final int NUMBERED_HEADING_MAX_WORDS = 8;

    /**
     * "3. Types of colostomy" over paragraphs: a short numbered line in capitals, no sentence (or a question), with prose
     * or a list under it, is a numbered section's heading; a contents list's items are followed by more items.
     */
    private static boolean numberedHeading(List<Draft> drafts, int i) {
        Draft d = drafts.get(i);
        if (d.type != BlockType.NUMBERED_ITEM || d.lines > 1 || i + 1 >= drafts.size()) {
            return false;
        }
        String s = d.string().strip();
        BlockType next = drafts.get(i + 1).type;
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && Words.count(s) <= NUMBERED_HEADING_MAX_WORDS
                && (s.endsWith("?") || !ENDS_PUNCTUATED.matcher(s).matches())
                && (next == BlockType.PARAGRAPH || next == BlockType.LIST_ITEM);
    }

    /** A short one-line paragraph that does not end like a sentence stands as a heading. */
    private static void markHeadings(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            if (numberedHeading(drafts, i)) {
                drafts.get(i).type = BlockType.HEADING;
                drafts.get(i).level = 2;
                continue;
            }
            Draft d = drafts.get(i);
            if (d.type != BlockType.PARAGRAPH || d.lines > 1) {
                continue;
            }
            if (i > 0 && HeadLines.isPartOfSpeech(drafts.get(i - 1).string()) && !HeadLines.isMark(d.string())
                    && Words.count(d.string()) > 1) {
                continue; // the definition under a part of speech, however short
            }
            String s = d.string();
            int words = Words.count(s);
            boolean question = s.endsWith("?") && words <= QUESTION_MAX_WORDS;
            boolean fileName = !s.contains(" ") && FILE_NAME_LIKE.matcher(s).matches();
            boolean shortLine = words > 0 && words <= HEADING_MAX_WORDS && s.length() <= 90
                    && !ENDS_PUNCTUATED.matcher(s).matches() && !TWO_SENTENCES.matcher(s).find() && !fileName
                    && !TERM_DASH_GLOSS.matcher(s).lookingAt() // "finger splint – a small splint ...": a glossary's row
                    && !DASH_NOTE.matcher(s).lookingAt(); // "— called also trach tube": a note on the entry above
            if (question || shortLine) {
                d.type = BlockType.HEADING;
                d.level = 2;
            }
        }
    }

    /**
     * "Syringe Health Dictionary" over "Syringe: ..." names the page's subject with the site, where "Century Dictionary"
     * only credits a source: a reference work's name whose first word opens another block of the page is a heading.
     */
    private static void nameTitlesOfSubjects(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type != BlockType.ATTRIBUTION || !LineShape.isReferenceWorkName(d.string())) continue;
            List<String> words = Words.of(d.string());
            String first = words.isEmpty() ? "" : words.get(0).toLowerCase(java.util.Locale.ROOT);
            if (first.isEmpty() || Words.isStopWord(first)) continue;
            // (a credit line that repeats the whole name, "Brandt's Clinical Dictionary © 2018", names no subject)
            String name = d.string().strip();
            boolean opensAnother = drafts.stream().anyMatch(o -> o != d && o.type != BlockType.ATTRIBUTION
                && !o.string().strip().startsWith(name)
                && Words.of(o.string()).stream().findFirst().map(w -> w.equalsIgnoreCase(first)).orElse(false));
            if (opensAnother) {
                d.type = BlockType.HEADING;
                d.level = 2;
            }
        }
    }

    private static void chooseTitle(List<Draft> drafts) {
        if (!drafts.isEmpty() && drafts.get(0).explicit && drafts.get(0).level == 1) {
            drafts.get(0).type = BlockType.TITLE; // "# Title" opening the page
        }
        boolean titled = false;
        for (Draft d : drafts) {
            if (d.type == BlockType.TITLE) {
                if (titled) {
                    d.type = BlockType.HEADING;
                }
                titled = true;
            }
        }
        if (titled) {
            return;
        }
        int lead = firstParagraph(drafts);
        int limit = lead < 0 ? Math.min(drafts.size(), 6) : lead;
        Draft best = null;
        int bestScore = -1;
        int reach = lead < 0 ? drafts.size() : lead;
        for (int i = 0; i < reach; i++) {
            Draft d = drafts.get(i);
            if (i >= limit && !d.headword || d.type != BlockType.HEADING || d.explicit || Words.count(d.string()) > TITLE_MAX_WORDS
                    || d.string().strip().length() < 2 // "A" of a letter index
                    || LineShape.isSourceTag(d.string())) {
                continue;
            }
            int score = titleScore(d, drafts, lead);
            score += (d.headword ? HEADWORD_SCORE : 0) + (score == 0 && isLowerCaseWord(d) ? 1 : 0);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        if (best != null) {
            best.type = BlockType.TITLE;
            best.level = 1;
        }
    }

    /** "lancet" among "Definitions", "Examples": a dictionary writes its headword in lower case, its captions not. */
    private static boolean isLowerCaseWord(Draft d) {
        String s = d.string().strip();
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0)) && Words.count(s) <= 3;
    }

    private static int firstParagraph(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.type == BlockType.PARAGRAPH && Words.count(d.string()) >= LEAD_MIN_WORDS) {
                return i;
            }
        }
        return -1;
    }

    /** 3 when the lead paragraph opens with the line, 2 when its start names it; +1 when the page repeats it. */
    private static int titleScore(Draft d, List<Draft> drafts, int lead) {
        String core = topicOf(d.string());
        if (core.isEmpty()) {
            return 0;
        }
        int score = 0;
        if (lead >= 0) {
            String para = ARTICLE.matcher(drafts.get(lead).string().toLowerCase(Locale.ROOT)).replaceFirst("");
            score = para.startsWith(core) ? 3 : para.substring(0, Math.min(para.length(), 120)).contains(core) ? 2 : 0;
        }
        for (Draft other : drafts) {
            if (other != d && topicOf(other.string()).equals(core)) {
                return score + 1;
            }
        }
        return score;
    }

    /** " | Site name" closing a window's title: the site, not the topic. */
    private static final Pattern SITE_TAIL = Pattern.compile("\\s+\\|\\s+[^|]{1,40}$");

    /** The end of a title's question: "?", or " mean?" after "What does X" ({@link #QUESTION_LEAD}). */
    public static final Pattern QUESTION_TAIL = Pattern.compile("(?i)(?:\\s+(?:mean|stand\\s+for))?\\s*\\?$");

    /**
     * The topic a heading names: lower case, without a leading "What is (a/an/the)" and a final "?".
     *
     * @param heading a heading or title text
     * @return the topic, lower case
     */
    public static String topicOf(String heading) {
        String s = QUESTION_LEAD.matcher(SITE_TAIL.matcher(heading.strip()).replaceFirst("")).replaceFirst("");
        s = QUESTION_TAIL.matcher(s).replaceFirst("");
        String bare = WHAT_THE_PAGE_GIVES.matcher(s).replaceFirst("");
        s = bare.isBlank() ? s : bare;
        return unquoted(s).toLowerCase(Locale.ROOT).strip();
    }

    /** A title's word in quotation marks: "Definition of 'tuberculosis'", "Meaning of “tendon”". */
    private static final Pattern QUOTED = Pattern.compile("^[\"“‘'«](.+)[\"”’'»]$");

    /** The text without the quotation marks around all of it. */
    public static String unquoted(String s) {
        Matcher quoted = QUOTED.matcher(s.strip());
        return quoted.matches() ? quoted.group(1).strip() : s.strip();
    }
}

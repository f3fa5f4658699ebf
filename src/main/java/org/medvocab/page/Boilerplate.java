package org.medvocab.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells a page's content from its chrome (navigation, menus, credits, teasers, language lists), in
 * the manner of jusText: each block is first classed from its own features, then short and
 * uncertain blocks take the class of their neighbours.
 *
 * <p>Own features: length in words, stop-word density, sentence-ness (ends like a sentence or has
 * a verb), link density (HTML), menu shape (a non-stop word repeated in a short block, pipes and
 * arrows, runs of short comma-separated items), file names, copyright signs, repetition within the
 * page, and whether the block addresses the reader. Classes: GOOD (long, sentence-like, dense in
 * stop words), NEAR (medium), SHORT, BAD.
 *
 * <p>Context: blocks before the title and after the last strong content block (GOOD and not
 * addressing the reader) are chrome unless they are strong content themselves (a list run right
 * after the last content block is kept). Between them, a SHORT or NEAR block between two GOOD
 * blocks is content, between two BAD blocks chrome; between a GOOD and a BAD block a NEAR block is
 * content and a SHORT block is content only next to the GOOD one. The page edges count as BAD, the
 * title as GOOD. A heading is content when the first non-heading block after it is. Separators and
 * attribution lines are {@link Role#MARKER}s: not text, but they delimit entries.
 */
public final class Boilerplate {

    /** What a block is to the page. */
    public enum Role {
        /** Text of the document. */
        CONTENT,
        /** Page furniture. */
        CHROME,
        /** A separator or attribution line: not text, but a boundary between entries. */
        MARKER
    }

    /**
     * The verdict on one block.
     *
     * @param block the block
     * @param role content, chrome or marker
     * @param reason a short explanation of the decision (for debugging)
     */
    public record Verdict(Block block, Role role, String reason) {
        /** @return true for content */
        public boolean isContent() {
            return role == Role.CONTENT;
        }
    }

    /** Initial class of a block from its own features. */
    enum Cls { GOOD, NEAR, SHORT, BAD, HEADING, MARKER }

    private static final int GOOD_MIN_WORDS = 8;
    private static final double GOOD_MIN_STOP = 0.25;
    private static final int LONG_WORDS = 30;
    private static final double LONG_MIN_STOP = 0.15;
    private static final int NEAR_MIN_WORDS = 4;
    private static final double NEAR_MIN_STOP = 0.15;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int MENU_MAX_WORDS = 20;
    private static final int HEADING_LOOKAHEAD = 3;
    private static final int DEFINITION_MIN_WORDS = 3;

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"'”’)\\]]*$");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)^[^.]{1,80}\\.(?:jpe?g|png|gif|svg|webp|tiff?|bmp|pdf)$");
    private static final Pattern ASIDE = Pattern.compile("^\\([^()]*(?:\\([^()]*\\)[^()]*)*\\)$");
    private static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+$");
    private static final Pattern MENU_SEPARATORS = Pattern.compile("[|›»→←>]|\\s{3,}|\t");
    /** A letter index ("A B C ... Z", "S"): navigation of an alphabetical list. */
    /** "Browse the dictionary: A B C ... Z 0-9": the letters of an A–Z index, perhaps after a caption. */
    private static final Pattern LETTER_INDEX = Pattern.compile("^(?:[\\p{L} ]{1,30}:\\s*)?\\p{Lu}(?:[\\s|·•,-]+\\p{Lu}){0,30}(?:[\\s|·•,-]+0-9|#)?$");
    /** A site asking leave to store cookies: "We use cookies ...", "Accept cookies", "cookie settings". */
    private static final Pattern CONSENT = Pattern.compile("(?i)\\b(?:use|uses|accept|allow|reject|manage)\\s+(?:all\\s+)?cookies\\b"
        + "|\\bcookies?\\s+(?:policy|settings|preferences|consent|notice)\\b");
    private static final int CONSENT_MAX_WORDS = 60;
    /** A copyright sign: "©", "(c) 2019". */
    static final String COPYRIGHT_SIGN = "©|\\(c\\)\\s*\\d{4}";
    private static final Pattern COPYRIGHT = Pattern.compile(COPYRIGHT_SIGN);
    private static final Pattern READER = Pattern.compile("(?i)\\b(?:you|your|yours)\\b");
    private static final Pattern NORMAL = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Predicate<String> hasVerb;

    /**
     * @param hasVerb tells whether a text has a verb (e.g. from a POS tagger: OpenNLP tags VERB or AUX)
     */
    public Boilerplate(Predicate<String> hasVerb) {
        this.hasVerb = hasVerb;
    }

    /** @return a classifier that judges sentence-ness by punctuation only (no tagger) */
    public static Boilerplate withoutTagger() {
        return new Boilerplate(text -> false);
    }

    /**
     * Classifies every block of a page.
     *
     * @param page the page
     * @return one verdict per block, in page order
     */
    public List<Verdict> classify(Page page) {
        List<Block> blocks = page.blocks();
        Map<String, Integer> counts = repetitions(blocks);
        List<Cls> classes = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Block b : blocks) {
            String[] reason = {""};
            classes.add(own(b, counts, reason));
            reasons.add(reason[0]);
        }
        repeatedCaptions(classes, reasons);
        boolean[] ads = advertisements(blocks);
        boolean[] strong = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            strong[i] = classes.get(i) == Cls.GOOD && !READER.matcher(blocks.get(i).text()).find();
            // a patient leaflet speaks to its reader all along: a long passage that does stays content, though no anchor
            if (classes.get(i) == Cls.GOOD && !strong[i] && !readerPassage(blocks.get(i))) {
                classes.set(i, Cls.NEAR);
                reasons.set(i, "addresses the reader");
            }
        }
        dictionaryHeads(blocks, classes, reasons, strong);
        relatedWords(blocks, classes, reasons, strong);
        headAndTail(blocks, classes, reasons, strong);
        List<Role> roles = smooth(blocks, classes, reasons);
        for (int i = 0; i < blocks.size(); i++) {
            if (ads[i]) { // set apart only now: an ad between two parts of an entry does not darken them
                roles.set(i, Role.CHROME);
                reasons.set(i, "advertisement");
            }
        }
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(new Verdict(blocks.get(i), roles.get(i), reasons.get(i)));
        }
        return out;
    }

    /**
     * The page without its chrome: content blocks and markers, in order.
     *
     * @param page the page
     * @return a page over the same text with the chrome blocks left out
     */
    public Page content(Page page) {
        // a source tag ("[1913 Webster]") marks the end of a sense like an attribution, but is no block of the content
        return page.with(classify(page).stream().filter(v -> v.role() != Role.CHROME && !LineShape.isSourceTag(v.block().text()))
            .map(Verdict::block).toList());
    }

    private static Map<String, Integer> repetitions(List<Block> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (Block b : blocks) {
            counts.merge(normal(b.text()), 1, Integer::sum);
        }
        return counts;
    }

    private static String normal(String text) {
        return NORMAL.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** "Compare ophthalmoscope", "See also: X": a dictionary's cross-reference, content however short. */
    private static final Pattern CROSS_REFERENCE = Pattern.compile("(?i)^(?:see also|see|compare|cf\\.?)\\s*:?\\s+\\p{L}[^.!?]{0,60}\\.?$");

    /**
     * "the rest of this topic is available only to subscribers", "To hear the audio of this entry, log in": a short
     * block that speaks of the page itself (its topic, entry, article or site) is about reading the page, not its subject.
     */
    private static final Pattern SELF_REFERENCE = Pattern.compile("(?i)\\b(?:this|our)\\s+(?:topic|page|article|entry|site|website|glossary|dictionary|word\\s+list|guide)\\b"
        // "WordShelf.net is for reference only": a sentence whose subject is the site, named by its address
        + "|^\\p{L}[\\p{L}\\d-]*\\.(?:com|net|org|info|io|co|us|uk)\\s+(?:is|are|was|has|does|provides|offers|cannot|can)\\b");
    private static final int SELF_REFERENCE_MAX_WORDS = 30;

    /** @return true for a short text that speaks of the page itself ("the rest of this topic is ...") */
    /** Longest advertisement under its label, in words. */
    private static final int AD_MAX_WORDS = 25;

    /**
     * The labels of advertisements ("ADVERTISEMENT", "Sponsored links") and the short block under such a label
     * ("Breathe easier: compare ... Sponsored."), which is the ad itself.
     */
    private static boolean[] advertisements(List<Block> blocks) {
        boolean[] ads = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (!AD_LABEL.matcher(blocks.get(i).text().strip()).matches()) continue;
            ads[i] = true;
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (next != null && !next.type().isHeading() && next.type() != BlockType.SEPARATOR && next.type() != BlockType.ATTRIBUTION
                    && Words.count(next.text()) <= AD_MAX_WORDS && !next.text().strip().endsWith(":")) {
                ads[i + 1] = true;
            }
        }
        return ads;
    }

    /** "ADVERTISEMENT", "Sponsored links", "Ads by ...": the label a site sets over an advertisement. */
    private static final Pattern AD_LABEL = Pattern.compile("(?i)^(?:advertisements?|advertising|ads?|sponsored(?:\\s+(?:links?|content|results?|ads?))?"
        + "|ads?\\s+by\\s+\\S.{0,30}|promoted(?:\\s+(?:links?|content))?|paid\\s+content|story\\s+continues\\s+below(?:\\s+advertisement)?)$");

    /** A link within the page or the site: "Skip to main content", "Jump to navigation", "Back to top". */
    private static final Pattern NAVIGATION = Pattern.compile("(?i)^(?:jump|skip|go|back|scroll|return)\\s+to\\b.{0,40}$");

    /** @return true for a link within the page or the site ("Skip to main content", "Back to top") */
    public static boolean isNavigation(String text) {
        return NAVIGATION.matcher(text.strip()).matches();
    }

    public static boolean speaksOfThePage(String text) {
        return SELF_REFERENCE.matcher(text).find() && Words.count(text) <= SELF_REFERENCE_MAX_WORDS;
    }

    /** A short gloss: an article, a lower-case word, a full stop. */
    private static final Pattern GLOSS = Pattern.compile("^(?:An?|The|Any|One)\\s+\\p{Ll}[^.!?]*\\.$");

    /** The class a block earns from its own features. */
    Cls own(Block b, Map<String, Integer> counts, String[] reason) {
        String t = b.text();
        if (b.type() == BlockType.SEPARATOR || b.type() == BlockType.ATTRIBUTION || LineShape.isSourceTag(t)) {
            reason[0] = "separator, attribution or source tag";
            return Cls.MARKER;
        }
        String bad = badShape(b, counts);
        if (bad != null) {
            reason[0] = bad;
            return Cls.BAD;
        }
        if (b.type() == BlockType.INFOBOX_ROW || CROSS_REFERENCE.matcher(t.strip()).matches()) {
            reason[0] = "label/value row or cross-reference";
            return Cls.NEAR;
        }
        if (b.type().isHeading()) {
            reason[0] = "heading";
            return Cls.HEADING;
        }
        int words = Words.count(t);
        double stop = Words.stopWordDensity(t);
        boolean sentence = SENTENCE_END.matcher(t).matches() || words >= NEAR_MIN_WORDS && hasVerb.test(t);
        reason[0] = String.format(Locale.ROOT, "%d words, stop %.2f%s", words, stop, sentence ? ", sentence" : "");
        if (words >= GOOD_MIN_WORDS && stop >= GOOD_MIN_STOP && sentence || words >= LONG_WORDS && stop >= LONG_MIN_STOP) {
            return Cls.GOOD;
        }
        if (words >= NEAR_MIN_WORDS && (stop >= NEAR_MIN_STOP || sentence)) {
            return Cls.NEAR;
        }
        return Cls.SHORT;
    }

    /** Why a block is chrome whatever its neighbours, or null. */
    private static String badShape(Block b, Map<String, Integer> counts) {
        String t = b.text().strip();
        if (Words.count(t) == 0) {
            return "no words";
        }
        if (!Double.isNaN(b.linkDensity()) && b.linkDensity() > MAX_LINK_DENSITY) {
            return "mostly links";
        }
        if (FILE_NAME.matcher(t).matches() || URL.matcher(t).matches()) {
            return "file name or address";
        }
        if (CONSENT.matcher(t).find() && Words.count(t) <= CONSENT_MAX_WORDS) {
            return "consent notice";
        }
        if (COPYRIGHT.matcher(t).find()) {
            return "copyright notice";
        }
        if (speaksOfThePage(t)) {
            return "about the page itself";
        }
        if (isNavigation(t)) {
            return "in-page navigation";
        }
        if (LETTER_INDEX.matcher(t).matches()) {
            return "letter index";
        }
        if (ASIDE.matcher(t).matches() && Words.count(t) <= GOOD_MIN_WORDS + 4) {
            return "parenthetical aside";
        }
        // (a gloss, "A hypodermic syringe.", may be repeated: stacked dictionaries often give the same sense)
        if (!b.type().isHeading() && b.type() != BlockType.INFOBOX_ROW && counts.getOrDefault(normal(t), 0) > 1
                && Words.count(t) < GOOD_MIN_WORDS && !GLOSS.matcher(t).matches()) {
            return REPEATED;
        }
        if (PAGE_NUMBER.matcher(t).matches()) {
            return "page number";
        }
        if (MEDIA_CONTROL.matcher(t).find() && Words.of(BRACKETED.matcher(t).replaceAll(" ")).stream().allMatch(w -> w.length() <= MEDIA_LABEL_MAX)) {
            return "media controls";
        }
        // "Ashdown Trust — Gallstones — GS-114" at every page break of a leaflet: a running header, not a section
        if (b.type().isHeading() && counts.getOrDefault(normal(t), 0) > 1 && Words.count(t) >= RUNNING_HEADER_MIN_WORDS
                && RUNNING_HEADER_MARK.matcher(t).find()) {
            return "running header";
        }
        if (isMenu(t) && b.type() != BlockType.INFOBOX_ROW && b.type() != BlockType.TABLE_ROW) {
            return "menu-like";
        }
        return null;
    }

    /**
     * A menu or link bar: a short block that is no sentence and has no comma, with a pair of words
     * repeated ("Jump to X Jump to Y", "Next item in the list: ... Previous item in the list: ..."),
     * or cut by pipes and arrows into short pieces.
     */
    /** Two spaces or more: the gap a copied menu leaves between its links. */
    private static final Pattern GAP = Pattern.compile("\\s{2,}");
    /** A play or speaker button ("BrE ▶  NAmE ▶", "🔊 US"): with a few short labels, controls of the page's audio. */
    private static final Pattern MEDIA_CONTROL = Pattern.compile("[\u25b6\u23f5\u25b8\u266a\\x{1F508}-\\x{1F50A}]");
    private static final int MEDIA_LABEL_MAX = 5;
    /** "[countable]", "(US)": a grammar or region label beside the controls. */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)");
    private static final int GAPPED_MIN_ITEMS = 4;
    private static final int GAPPED_ITEM_MAX_WORDS = 4;

    /** "Dictionary  Thesaurus  Grammar  Word Games  Log In": four or more short capitalised items set apart by gaps. */
    private static boolean gappedItems(String t) {
        String[] items = GAP.split(t.strip());
        if (items.length < GAPPED_MIN_ITEMS) {
            return false;
        }
        for (String item : items) {
            if (item.isEmpty() || !Character.isUpperCase(item.charAt(0)) || Words.count(item) > GAPPED_ITEM_MAX_WORDS) {
                return false;
            }
        }
        return true;
    }

    static boolean isMenu(String t) {
        List<String> words = Words.of(t);
        if (words.size() > MENU_MAX_WORDS || SENTENCE_END.matcher(t).matches()) {
            return false;
        }
        String[] pieces = MENU_SEPARATORS.split(t);
        if (pieces.length >= 3 && words.size() <= 4 * pieces.length) {
            return true;
        }
        if (gappedItems(t)) {
            return true;
        }
        if (t.contains(",")) {
            return false;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String pair = (words.get(i) + " " + words.get(i + 1)).toLowerCase(Locale.ROOT);
            if (pairs.merge(pair, 1, Integer::sum) > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dictionary entry's head: a part-of-speech line ("noun") is a marker, and the definition right under it
     * (or glued to an abbreviated one: "n. a surgeon's knife") is content however short and bare it is.
     */
    private static void dictionaryHeads(List<Block> blocks, List<Cls> classes, List<String> reasons, boolean[] strong) {
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            int next = i + 1;
            if (HeadLines.isPartOfSpeech(t) || HeadLines.opensWithPartOfSpeech(t) && Words.count(t) <= POS_LINE_WORDS) {
                marksBefore(blocks, classes, reasons, i);
            }
            if (HeadLines.isPartOfSpeech(t) || HeadLines.isHeadwordAndPartOfSpeech(t)) {
                // "tourniquet noun": the head line holds the headword, content of its own
                classes.set(i, HeadLines.isPartOfSpeech(t) ? Cls.MARKER : Cls.GOOD);
                reasons.set(i, "part of speech");
                while (next < blocks.size() && HeadLines.isMark(blocks.get(next).text())) {
                    classes.set(next, Cls.MARKER); // "/ˈtʊə.nɪ.keɪ/ 🔊 UK": the head's pronunciation, not chrome
                    reasons.set(next, "head mark");
                    next++;
                }
            } else if (!HeadLines.opensWithPartOfSpeech(t) && !HeadLines.opensWithHead(t)) {
                continue;
            } else {
                next = i;
            }
            if (next < blocks.size() && classes.get(next) != Cls.MARKER && classes.get(next) != Cls.BAD
                    && Words.count(blocks.get(next).text()) >= DEFINITION_MIN_WORDS
                    && !HeadLines.isPartOfSpeech(blocks.get(next).text())) {
                classes.set(next, Cls.GOOD);
                strong[next] = true;
                reasons.set(next, "definition under a part of speech");
            }
        }
    }

    private static final String REPEATED = "repeated on the page";

    /**
     * "direct hypernym / inherited hypernym" under each sense of a lexical database: a short line the page repeats is a
     * caption of its structure, not chrome, when each time it stands over content and under no chrome.
     */
    private static void repeatedCaptions(List<Cls> classes, List<String> reasons) {
        java.util.Set<Integer> repeated = new java.util.HashSet<>();
        boolean allBetweenContent = true; // (over content, under anything but chrome)
        for (int i = 0; i < classes.size(); i++) {
            if (!REPEATED.equals(reasons.get(i))) continue;
            repeated.add(i);
            allBetweenContent &= i > 0 && i + 1 < classes.size() && classes.get(i - 1) != Cls.BAD && classes.get(i + 1) == Cls.GOOD;
        }
        if (repeated.isEmpty() || !allBetweenContent) return;
        for (int i : repeated) {
            classes.set(i, Cls.SHORT);
            reasons.set(i, "repeated caption between content");
        }
    }

    /** Lines of respellings a dictionary sets between its headword and the part of speech. */
    private static final int HEAD_MARKS_BEFORE = 2;
    /** Words of a bracketed respelling without any mark of one ("(lenz)"). */
    private static final int BARE_RESPELLING_WORDS = 2;

    /** Words of a line that is a part of speech and its inflections ("n. pl. lenses"). */
    private static final int POS_LINE_WORDS = 4;

    /** "lens" / "(lenz)" / "n.": a respelling in brackets between the headword and its part of speech is a mark. */
    private static void marksBefore(List<Block> blocks, List<Cls> classes, List<String> reasons, int i) {
        for (int j = i - 1; j >= 0 && i - j <= HEAD_MARKS_BEFORE && isMarkBeforePartOfSpeech(blocks.get(j).text()); j--) {
            classes.set(j, Cls.MARKER);
            reasons.set(j, "head mark");
        }
    }

    /** A respelling, or a short bracketed word, on the line before a part of speech. */
    private static boolean isMarkBeforePartOfSpeech(String text) {
        return HeadLines.isPronunciation(text) || ASIDE.matcher(text.strip()).matches() && Words.count(text) <= BARE_RESPELLING_WORDS;
    }

    /** The most words a name in a list of related words has. */
    private static final int RELATED_WORD_MAX_WORDS = 5;

    /**
     * "Hyponyms for the word X", "Related Terms" over a list of names: a dictionary's related words, content however short
     * its items (a list of links elsewhere on a page is chrome by the same shape).
     */
    private static void relatedWords(List<Block> blocks, List<Cls> classes, List<String> reasons, boolean[] strong) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).type().isHeading() || !WordRelations.listCaption(blocks.get(i).text())) continue;
            int j = i + 1;
            while (j < blocks.size() && blocks.get(j).type().isItem() && Words.count(blocks.get(j).text()) <= RELATED_WORD_MAX_WORDS
                    && classes.get(j) != Cls.BAD) {
                classes.set(j, Cls.GOOD);
                strong[j] = true;
                reasons.set(j, "related word under a caption");
                j++;
            }
            if (j > i + 1) {
                strong[i] = true;
                reasons.set(i, "caption of related words");
            }
        }
    }

    /** Before the title and after the last strong content block, only strong content survives. */
    /** "Page 2 of 3", "2 / 3", "- 4 -": a printed page's number in text taken from a PDF. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:page\\s+\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?|\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}|[-–—]\\s*\\d{1,3}\\s*[-–—])$");
    /** A heading this long that the page repeats is a running header (a headword or a source name is shorter). */
    private static final int RUNNING_HEADER_MIN_WORDS = 4;
    /** A running header joins its parts with dashes or bars, or carries a number (a leaflet's code, a date). */
    private static final Pattern RUNNING_HEADER_MARK = Pattern.compile("[—–|]|\\d");

    /** Words of a passage addressing the reader that is long enough to be the page's text, not a call to act. */
    private static final int READER_PASSAGE_WORDS = 20;

    private static boolean readerPassage(Block b) {
        return Words.count(b.text()) >= READER_PASSAGE_WORDS && SENTENCE_END.matcher(b.text().strip()).matches();
    }

    private static void headAndTail(List<Block> blocks, List<Cls> classes, List<String> reasons, boolean[] strong) {
        int title = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (title < 0 && blocks.get(i).type() == BlockType.TITLE) {
                title = i;
            }
            if (strong[i] || classes.get(i) == Cls.GOOD) {
                last = i;
            }
        }
        for (int i = 0; i < title; i++) {
            if (!strong[i] && classes.get(i) != Cls.MARKER) {
                classes.set(i, Cls.BAD);
                reasons.set(i, "before the title");
            }
        }
        if (last < 0) {
            return;
        }
        last = questionSections(blocks, classes, last);
        int i = last + 1;
        while (i < blocks.size() && (!blocks.get(i).type().isHeading() || CROSS_REFERENCE.matcher(blocks.get(i).text().strip()).matches())
                && classes.get(i) != Cls.BAD) {
            i++; // what runs on from the last content block without a heading is left to the neighbours
        }
        for (; i < blocks.size(); i++) {
            if (!strong[i]) {
                classes.set(i, Cls.BAD);
                reasons.set(i, "after the last content");
            }
        }
    }

    /**
     * "What are the risks of surgery?" over a list after the last long passage: an explainer's last section, whose
     * items are short, is content. Returns the last block of such trailing question sections, or {@code last}.
     */
    private static int questionSections(List<Block> blocks, List<Cls> classes, int last) {
        int i = last + 1;
        while (i + 1 < blocks.size() && blocks.get(i).type().isHeading() && blocks.get(i).text().strip().endsWith("?")
                && !blocks.get(i + 1).type().isHeading() && classes.get(i + 1) != Cls.BAD) {
            int j = i + 1;
            while (j < blocks.size() && !blocks.get(j).type().isHeading() && classes.get(j) != Cls.BAD) {
                j++;
            }
            last = j - 1;
            i = j;
        }
        return last;
    }

    /** Settles SHORT, NEAR and HEADING blocks from their GOOD and BAD neighbours. */
    private static List<Role> smooth(List<Block> blocks, List<Cls> classes, List<String> reasons) {
        int n = blocks.size();
        List<Role> roles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Cls c = classes.get(i);
            Role role = switch (c) {
                case GOOD -> Role.CONTENT;
                case BAD -> Role.CHROME;
                case MARKER -> Role.MARKER;
                default -> null;
            };
            if (role == null && c != Cls.HEADING) {
                role = between(blocks, classes, i, reasons);
            }
            roles.add(role);
        }
        for (int i = n - 1; i >= 0; i--) {
            if (roles.get(i) == null) {
                roles.set(i, headingRole(blocks, classes, roles, i));
                reasons.set(i, "heading of " + (roles.get(i) == Role.CONTENT ? "content" : "chrome"));
            }
        }
        return roles;
    }

    private static Role between(List<Block> blocks, List<Cls> classes, int i, List<String> reasons) {
        int prev = anchor(blocks, classes, i, -1);
        int next = anchor(blocks, classes, i, 1);
        boolean prevGood = prev >= 0 && isGoodAnchor(blocks, classes, prev);
        boolean nextGood = next >= 0 && isGoodAnchor(blocks, classes, next);
        Role role;
        if (prevGood && nextGood) {
            role = Role.CONTENT;
        } else if (!prevGood && !nextGood) {
            role = Role.CHROME;
        } else if (classes.get(i) == Cls.NEAR) {
            role = Role.CONTENT;
        } else {
            int good = prevGood ? prev : next;
            role = adjacent(classes, Math.min(i, good), Math.max(i, good)) ? Role.CONTENT : Role.CHROME;
        }
        reasons.set(i, reasons.get(i) + "; between " + (prevGood ? "good" : "bad") + " and " + (nextGood ? "good" : "bad"));
        return role;
    }

    /** The nearest GOOD or BAD block (or the title) in a direction, or -1 at the page edge. */
    private static int anchor(List<Block> blocks, List<Cls> classes, int i, int step) {
        for (int j = i + step; j >= 0 && j < blocks.size(); j += step) {
            Cls c = classes.get(j);
            if (c == Cls.GOOD || c == Cls.BAD || blocks.get(j).type() == BlockType.TITLE) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isGoodAnchor(List<Block> blocks, List<Cls> classes, int j) {
        return classes.get(j) == Cls.GOOD || blocks.get(j).type() == BlockType.TITLE && classes.get(j) != Cls.BAD;
    }

    /** True when nothing but headings and markers stands between the two blocks. */
    private static boolean adjacent(List<Cls> classes, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (classes.get(k) != Cls.HEADING && classes.get(k) != Cls.MARKER) {
                return false;
            }
        }
        return true;
    }

    private static Role headingRole(List<Block> blocks, List<Cls> classes, List<Role> roles, int i) {
        if (blocks.get(i).type() == BlockType.TITLE) {
            return roles.contains(Role.CONTENT) ? Role.CONTENT : Role.CHROME; // a page with no text has no title
        }
        for (int j = i + 1; j < blocks.size() && j <= i + HEADING_LOOKAHEAD; j++) {
            if (classes.get(j) == Cls.HEADING) {
                continue;
            }
            if (roles.get(j) == Role.MARKER) {
                continue;
            }
            return roles.get(j);
        }
        return Role.CHROME;
    }
}

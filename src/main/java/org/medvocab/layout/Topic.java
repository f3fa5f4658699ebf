package org.medvocab.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medvocab.page.Block;
import org.medvocab.page.BlockType;
import org.medvocab.page.Page;
import org.medvocab.page.PlainTextSegmenter;
import org.medvocab.page.Words;

/**
 * The topic of a page: its title (a question "What is X?" gives X), else its first heading, else
 * the subject its first paragraph defines ("X is a ..."), else the document's file name or URL.
 */
public final class Topic {
    private Topic() {}

    private static final Pattern DEFINING_SUBJECT = Pattern.compile(
            "^(?:(?i:an?|the)\\s+)?([\\p{L}\\p{N}][^.,;:()]{0,60}?)(?:\\s*\\([^)]*\\))?\\s+(?:is|are|refers? to)\\s");
    /** A relative pronoun: the verb after it belongs to a clause about a noun, not to the sentence's subject. */
    private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)\\b(?:that|which|who|whom|whose|where)\\b");
    private static final Pattern FILE_PREFIX = Pattern.compile("^\\d+[-_ ]+");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z]{2,5}$");
    /** The most words a name of a page's topic has. */
    static final int MAX_WORDS = 8;

    /**
     * @param page the (content) page
     * @param documentId the file name or URL, or null
     * @return the topic, or "" when nothing names one
     */
    public static String of(Page page, String documentId) {
        return supported(page, documentId, named(page, documentId));
    }

    /** What the title, headings, head line or lead name, before the text is asked whether it talks about it. */
    private static String named(Page page, String documentId) {
        // a part of speech or a word-history heading ("noun", "Etymology") over the first entry names no subject
        Optional<String> heading = titleOrOpeningHeading(page).map(Topic::fromHeading).filter(t -> !t.isEmpty())
            .filter(t -> !NOT_SUBJECTS.contains(t.toLowerCase(Locale.ROOT).strip()) && !NOT_A_NAME.matcher(t).find());
        if (heading.isPresent() && Words.count(heading.get()) <= MAX_WORDS) {
            String announced = announcedInstead(page, heading.get());
            if (announced != null) return announced;
            return memberNamed(recurringLead(heading.get(), page.text()), page.text(), documentId);
        }
        // "Hydrophobia \\Hy`dro*pho"bi*a\\, n. [...]": a dictionary's head line names its word, whatever a line above it says
        Optional<String> headLine = page.blocks().stream().map(Shapes::headLineWord).filter(w -> w != null).findFirst();
        if (headLine.isPresent()) {
            return headLine.get().toLowerCase(Locale.ROOT);
        }
        for (Block b : page.blocks()) {
            if (b.type() == BlockType.PARAGRAPH) {
                String subject = leadSubject(b);
                if (subject != null && Words.count(subject) <= MAX_WORDS) {
                    return withoutAct(subject);
                }
                // "Heart-lung machine: A machine that ...": a run-in headword before its gloss
                String runIn = runInSubject(b.text());
                if (runIn != null) {
                    return runIn;
                }
                break;
            }
        }
        if (documentId == null) return "";
        String confirmed = confirmedFromDocumentId(documentId, page.text());
        return confirmed != null ? confirmed : fromDocumentId(documentId);
    }

    /** How often the running text must write a name before it is taken for what the page is about. */
    private static final int WELL_SUPPORTED = 3;
    /** "Title:", "Name =": a label row (front matter, an infobox) that names the page's subject. */
    private static final java.util.Set<String> NAME_LABELS = java.util.Set.of("title", "name", "term", "subject", "topic");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    /** "What is X?**": emphasis or a disclosure mark after a heading's question. */
    private static final Pattern TRAILING_MARKS_BUT_QUESTION = Pattern.compile("[^\\p{L}\\p{N}?)]+$");

    /**
     * A site's name, a section label or a user name on the first line ("MediSite", "HEALTH") names no subject: when the
     * running text hardly writes the name chosen, the name it writes most of those the page offers as its subject (the
     * lead's defining subject, a heading's question, a name row, the document's name), if it writes that one at least
     * {@link #WELL_SUPPORTED} times and twice as often; else the name chosen.
     */
    /**
     * The name a page is about, given the name another reader chose for it (a title line): that name, unless the running
     * text hardly writes it and writes another name the page offers far more often (see {@link #of}).
     */
    public static String supportedOr(Page page, String documentId, String chosen) {
        return page == null || chosen == null ? chosen : supported(page, documentId, chosen);
    }

    private static String supported(Page page, String documentId, String chosen) {
        String running = runningText(page);
        int have = chosen.isBlank() ? 0 : support(running, chosen);
        // ("A nerve conduction study is a test ...": a name the page defines is what it is about, however seldom written)
        if (have >= WELL_SUPPORTED || definedOnPage(page, chosen)) return chosen;
        String best = chosen;
        int most = have;
        // (a short form of the name chosen, or a part of it ("gastric" of "Gastric balloon"), names the same thing less well)
        String whole = " " + wordsOf(chosen) + " ";
        List<String> candidates = candidates(page, documentId).stream().filter(c -> !shortFormOf(c, chosen)
            && !whole.contains(" " + wordsOf(c) + " ")).toList();
        for (String candidate : candidates) {
            int times = support(running, candidate);
            if (times > most) {
                best = candidate;
                most = times;
            }
        }
        if (most < 2 * Math.max(have, 1)) return chosen;
        // "catheter" in "Foley catheter": the longest well-written candidate that holds the best one names it exactly
        String inner = " " + wordsOf(best) + " ";
        for (String candidate : candidates) {
            String outer = " " + wordsOf(candidate) + " ";
            if (outer.length() > inner.length() && outer.contains(inner) && support(running, candidate) >= WELL_SUPPORTED) {
                best = candidate;
                inner = outer;
            }
        }
        return best;
    }

    /** "ECMO" for "Extracorporeal membrane oxygenation": capitals that spell the name's letters in order, from its first. */
    private static boolean shortFormOf(String candidate, String name) {
        String c = candidate.strip();
        if (c.length() < 2 || !c.chars().allMatch(Character::isUpperCase)) return false;
        String n = name.toUpperCase(Locale.ROOT);
        if (n.isEmpty() || n.charAt(0) != c.charAt(0)) return false;
        int at = 0;
        for (char ch : c.toCharArray()) {
            at = n.indexOf(ch, at) + 1;
            if (at == 0) return false;
        }
        return true;
    }

    /**
     * The subject of the "X is a ..." sentence a paragraph opens with, or null: "a medical instrument consisting of a tube
     * that is ..." is a gloss (lower case, no sentence of its own) whose "is" belongs to a relative clause, and names none.
     */
    private static String leadSubject(Block b) {
        Matcher m = DEFINING_SUBJECT.matcher(b.text());
        return m.find() && !Character.isLowerCase(b.text().charAt(0)) && !RELATIVE_WORD.matcher(m.group(1)).find() ? m.group(1) : null;
    }

    /** Whether a paragraph opens by defining the name ("A nerve conduction study is ..."). */
    private static boolean definedOnPage(Page page, String name) {
        String key = wordsOf(name);
        for (Block b : page.blocks()) {
            if (b.type() != BlockType.PARAGRAPH) continue;
            Matcher m = DEFINING_SUBJECT.matcher(b.text());
            if (m.find() && wordsOf(m.group(1)).equals(key)) return true;
        }
        return false;
    }

    /** The names a page offers as its subject besides its first heading. */
    private static List<String> candidates(Page page, String documentId) {
        List<String> found = new java.util.ArrayList<>();
        int paragraphs = 0;
        for (Block b : page.blocks()) {
            // "Home > Health advice > Medicines A-Z > X": the last step of a breadcrumb trail names the page
            Matcher crumb = LAST_CRUMB.matcher(b.text().strip());
            if (crumb.find()) found.add(crumb.group(1).strip());
            if (b.type().isHeading()) {
                String bare = TRAILING_MARKS_BUT_QUESTION.matcher(LEADING_MARKS.matcher(b.text()).replaceFirst("")).replaceFirst("");
                String subject = PlainTextSegmenter.topicOf(bare);
                if (!subject.isEmpty() && !subject.equals(bare.toLowerCase(Locale.ROOT).strip())) found.add(fromHeading(bare));
            } else if (b.label() != null && b.value() != null && NAME_LABELS.contains(b.label().toLowerCase(Locale.ROOT).strip())) {
                found.add(b.value().strip());
            } else if (b.type() == BlockType.PARAGRAPH && paragraphs++ < LEAD_PARAGRAPHS) {
                String subject = leadSubject(b);
                if (subject != null) found.add(withoutAct(subject));
            }
        }
        String confirmed = confirmedFromDocumentId(documentId, page.text());
        if (confirmed != null) found.add(confirmed);
        // "It is ...", "What is ...", "Do not use it if you are ...": a lead whose subject is or holds a pronoun names nothing
        return found.stream().filter(c -> !c.isBlank() && Words.count(c) <= MAX_WORDS && !NOT_A_NAME.matcher(c).find()
            && !Words.of(c).stream().allMatch(Words::isStopWord) && Words.of(c).stream().noneMatch(w -> PRONOUNS.contains(w.toLowerCase(Locale.ROOT)))
            && !NOT_SUBJECTS.contains(c.toLowerCase(Locale.ROOT))).toList();
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "you", "we", "they", "he", "she", "i", "this", "these");

    /** How many paragraphs open a page's lead, where its defining sentence stands. */
    private static final int LEAD_PARAGRAPHS = 6;
    /** A breadcrumb trail of two steps at least, and its last step. */
    private static final Pattern LAST_CRUMB = Pattern.compile("^[^>›»]{1,40}(?:\\s[>›»]\\s[^>›»]{1,40}){1,6}\\s[>›»]\\s([^>›»]{2,60})$");

    /** The text of the page's paragraphs and list items, lower case, words between single spaces. */
    private static String runningText(Page page) {
        StringBuilder sb = new StringBuilder(" ");
        for (Block b : page.blocks()) {
            if (b.type().isHeading() || b.type() == BlockType.INFOBOX_ROW) continue;
            sb.append(NOT_WORD.matcher(b.text().toLowerCase(Locale.ROOT)).replaceAll(" ")).append(' ');
        }
        return sb.toString();
    }

    /** A name's words, lower case, between single spaces, marks left out: how names are compared with the running text. */
    private static String wordsOf(String name) {
        return NOT_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** How often the running text writes a name, singular or plural. */
    private static int support(String running, String name) {
        String phrase = wordsOf(name);
        if (phrase.isEmpty()) return 0;
        return occurrences(running, " " + phrase + " ") + occurrences(running, " " + phrase + "s ")
            + occurrences(running, " " + phrase + "es ");
    }

    /**
     * "Babylon 10" over "Definition of Colonoscopy": a title the text never repeats is the site's name when a heading
     * below announces the word the page defines ("Definition of X", "What is X?", "Meaning of X") and the text
     * repeats that word; the announced word, or null.
     */
    private static String announcedInstead(Page page, String title) {
        String lower = page.text().toLowerCase(Locale.ROOT);
        if (occurrences(lower, title.toLowerCase(Locale.ROOT).strip()) >= 2) return null;
        for (Block b : page.blocks()) {
            if (b.type() != BlockType.HEADING || b.text().strip().equals(title.strip())) continue;
            String subject = PlainTextSegmenter.topicOf(b.text());
            if (subject.isEmpty() || subject.equals(b.text().toLowerCase(Locale.ROOT).strip())) continue;
            if (Words.count(subject) <= MAX_WORDS && !NOT_A_NAME.matcher(subject).find()
                    && occurrences(lower, subject) >= ANNOUNCED_REPEATS) {
                return fromHeading(b.text());
            }
        }
        return null;
    }

    /** How often the text writes the word a heading announces before that heading outranks the title. */
    private static final int ANNOUNCED_REPEATS = 3;

    /** A verb's -ing form and an article before a subject's noun phrase: "Installing an", "Wearing a". */
    private static final Pattern ACT_WITH = Pattern.compile("^\\p{Lu}\\p{Ll}+ing\\s+(?:an?|the)\\s+(?=\\p{L})");

    /** "Installing an arm sling (is a procedure ...)": an act done with a thing names the thing the page is about. */
    public static String withoutAct(String subject) {
        return ACT_WITH.matcher(subject.strip()).replaceFirst("").strip();
    }

    /** "tracheostomy, tracheotomy": a title that lists the names of one thing, as a synonym set's head does. */
    private static final Pattern NAME_LIST = Pattern.compile("^[\\p{L}][\\p{L}\\-]*(?: [\\p{L}][\\p{L}\\-]*){0,2}"
        + "(?:, [\\p{L}][\\p{L}\\-]*(?: [\\p{L}][\\p{L}\\-]*){0,2})+$");
    private static final Pattern LIST_COMMA = Pattern.compile(",\\s+");

    /**
     * A title that lists several names of the thing names it by the one the file name or address gives ("tracheostomy,
     * tracheotomy" on a page filed as "tracheotomy"); the whole title when the name confirms none of them.
     */
    public static String memberNamed(String title, String text, String documentId) {
        if (title == null || documentId == null || !NAME_LIST.matcher(title.strip()).matches()) return title;
        String confirmed = confirmedFromDocumentId(documentId, text);
        if (confirmed == null) return title;
        // "needle, spinal" filed as "spinal-needle": a file name that holds two of the parts names an inverted heading
        List<String> idWords = List.of(fromDocumentId(documentId).toLowerCase(Locale.ROOT).split("\\s+"));
        List<String> members = List.of(LIST_COMMA.split(title.strip()));
        long inName = members.stream().filter(m -> idWords.containsAll(List.of(EntryText.normal(m).split("\\s+")))).count();
        if (inName != 1) return title;
        for (String member : members) {
            if (EntryText.normal(member).equals(EntryText.normal(confirmed))) return member.strip();
        }
        return title;
    }

    /** The other names of a title that lists names of one thing, one of them {@code member}; empty for other titles. */
    public static List<String> otherNames(String title, String member) {
        if (title == null || member == null || !NAME_LIST.matcher(title.strip()).matches()) return List.of();
        List<String> members = List.of(LIST_COMMA.split(title.strip()));
        if (members.stream().noneMatch(m -> EntryText.normal(m).equals(EntryText.normal(member)))) return List.of();
        return members.stream().filter(m -> !EntryText.normal(m).equals(EntryText.normal(member))).map(String::strip).toList();
    }

    /**
     * The title, else the first heading when it opens the page's content: a heading after the first paragraph heads a
     * section of a page whose own name was lost with its markup ("Continue reading" under a lead that names its term).
     */
    private static Optional<String> titleOrOpeningHeading(Page page) {
        Optional<String> first = openingHeading(page);
        Optional<String> recurring = recurringHeading(page);
        // "MEDLEXICON" over "stethoscope" set over each of four dictionaries' entries: a page that heads entry after
        // entry with one word is about that word, whatever its first line says
        if (recurring.isPresent() && first.map(f -> headingCount(page, key(f)) < RECURRING_HEADINGS).orElse(true)) return recurring;
        return first;
    }

    private static Optional<String> openingHeading(Page page) {
        if (page.title().isPresent()) return page.title().map(Block::text);
        for (Block b : page.blocks()) {
            if (b.type() == BlockType.HEADING) return Optional.of(b.text());
            if (b.type() == BlockType.PARAGRAPH) return Optional.empty();
        }
        return Optional.empty();
    }

    /** How many times a heading must recur before it names the page's topic. */
    private static final int RECURRING_HEADINGS = 2;

    /** The heading the page repeats most, at least {@link #RECURRING_HEADINGS} times, when it is a name; empty if none or a tie. */
    private static Optional<String> recurringHeading(Page page) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        for (Block b : page.blocks()) {
            if (!b.type().isHeading()) continue;
            String k = key(b.text());
            if (k.isEmpty() || NOT_SUBJECTS.contains(k) || NOT_A_NAME.matcher(k).find() || Words.count(k) > MAX_WORDS) continue;
            counts.merge(k, 1, Integer::sum);
            texts.putIfAbsent(k, b.text());
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == most).map(java.util.Map.Entry::getKey).toList();
        return most >= RECURRING_HEADINGS && top.size() == 1 ? Optional.of(texts.get(top.get(0))) : Optional.empty();
    }

    private static int headingCount(Page page, String key) {
        return (int) page.blocks().stream().filter(b -> b.type().isHeading() && key(b.text()).equals(key)).count();
    }

    /** A heading's topic, compared without case, marks or a part of speech after it ("hearing aid   noun"). */
    private static String key(String heading) {
        String word = org.medvocab.page.HeadLines.headwordBeforePartOfSpeech(heading.strip());
        return EntryText.normal(PlainTextSegmenter.topicOf(word != null ? word : heading));
    }

    /**
     * "Term: A gloss ...", "“Term (instrument)”: A gloss ...": a capitalised name (perhaps quoted, perhaps with its
     * sense qualified in parentheses), a colon, and a gloss opening with an article.
     */
    private static final Pattern RUN_IN_SUBJECT = Pattern.compile("^[\"\u201c]?(\\p{Lu}[^.,;:()\"\u201d]{0,60}?(?:\\s\\([^()]{1,30}\\))?)[\"\u201d]?:\\s+(?:An?|The)\\s");

    /**
     * The headword a line runs in before its gloss ("Heart-lung machine: A machine that ..."), or null; a section's
     * caption ("Definition: A ...", "In short: A ...") names no subject.
     *
     * @param line a line or paragraph
     * @return the headword, or null
     */
    public static String runInSubject(String line) {
        Matcher m = RUN_IN_SUBJECT.matcher(line.strip());
        if (!m.find() || Words.count(m.group(1)) > MAX_WORDS || NOT_SUBJECTS.contains(m.group(1).toLowerCase(Locale.ROOT).strip())) return null;
        // "In plain English: A ...": a caption opening with a function word is no name
        if (Words.isStopWord(Words.of(m.group(1)).get(0))) return null;
        return m.group(1).strip();
    }

    /** A heading no subject is written as: an etymology in brackets ("[1885-90; TACHY- + -CARDIA]"), a respelling. */
    /** Marks no name holds; a comma between two words with no space after it ("quinsy,angina n: ...": a row of a table). */
    private static final Pattern NOT_A_NAME = Pattern.compile("[\\[\\]{};=/\\\\+]|\\p{L}{2},\\p{L}{2}");

    /** Headings that name no subject: parts of speech and the sections about a word. */
    /** Sections about the word's form and history, not its meaning: no paragraph under them is a sense. */
    public static final java.util.Set<String> ABOUT_THE_WORD = java.util.Set.of("etymology", "origin", "word origin", "history",
        "pronunciation", "examples", "example", "derivatives", "derived forms", "word family");
    /**
     * "Examples of X in a Sentence", "Origin of X", "Other words from X", "Words near X": a section about the word
     * named with it; its paragraphs and headings are no entry of X.
     */
    private static final Pattern ABOUT_THE_WORD_OF = Pattern.compile("(?i)^(?:(?:more\\s+)?examples?(?:\\s+sentences?)?|sentences?"
        + "|etymology|origin|word\\s+origin|history|first\\s+known\\s+use|pronunciation|(?:other|related|nearby)\\s+words"
        + "|words|entries|rhymes|translations?|inflections?|(?:derived|word)\\s+forms|usage(?:\\s+notes?)?|synonyms|antonyms"
        + "|dictionary\\s+entries)\\s+(?:of|for|from|near|with|containing|related\\s+to|using|that\\s+rhyme\\s+with)\\s+\\S");
    /** "Medical Definition of trachea", "Definitions for X", "Meaning of X": a heading naming the word an entry defines. */
    private static final Pattern DEFINITION_OF = Pattern.compile("(?i)^(?:(?:medical|scientific|legal|technical|british|american|english)\\s+)?"
        + "(?:definitions?|meanings?)\\s+(?:of|for)\\s+(?:the\\s+(?:word|term)\\s+)?(\\S.{0,60})$");

    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:.]+$");

    /** Whether a heading names a section about the word ("Examples of X in a Sentence", "Origin of X"). */
    public static boolean aboutTheWordOf(String heading) {
        return ABOUT_THE_WORD_OF.matcher(heading.strip()).lookingAt();
    }

    /** The word a heading "Definition of X" names, without quotation marks, or null. */
    public static String definedBy(String heading) {
        Matcher m = DEFINITION_OF.matcher(heading.strip());
        if (!m.matches()) return null;
        String w = org.medvocab.page.PlainTextSegmenter.unquoted(TRAILING_MARKS.matcher(m.group(1)).replaceFirst(""));
        return Words.count(w) <= MAX_WORDS && !NOT_A_NAME.matcher(w).find() ? w : null;
    }

    public static final java.util.Set<String> NOT_SUBJECTS = java.util.Set.of("noun", "verb", "adjective", "adverb", "n", "n.",
        "v", "adj", "adj.", "noun phrase", "plural noun", "countable noun", "uncountable noun", "etymology", "origin", "word origin",
        "pronunciation", "history", "examples", "example", "synonyms", "derivatives", "derived forms", "definition", "definitions",
        "meaning", "medicine", "medical", "surgery",
        // the variety of English a dictionary's section is written for
        "english", "general english", "british english", "american english", "medical english", "us english", "uk english");

    /**
     * A title that names the site as well as the subject ("Widget Health Dictionary") is never repeated in
     * the text, while its subject is: the longest leading part of the title that the text repeats, or the
     * whole title when the text repeats it or no leading part.
     */
    static String recurringLead(String title, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (occurrences(lower, title.toLowerCase(Locale.ROOT)) >= 2) {
            return title;
        }
        String[] words = title.split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            String lead = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (lead.length() >= 3 && occurrences(lower, lead.toLowerCase(Locale.ROOT)) >= 3) {
                return lead;
            }
        }
        return title;
    }

    private static int occurrences(String text, String phrase) {
        int n = 0;
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length())) {
            n++;
        }
        return n;
    }

    /** "What is an enteral pump?" gives "enteral pump"; other headings are returned stripped. */
    /** "drain  /drayn/": a respelling after the word of a heading (the head line of a dictionary entry). */
    private static final Pattern TRAILING_RESPELLING = Pattern.compile("(?<=\\p{L})\\s+(?:/[^/\\s][^/]{0,40}/|\\\\[^\\\\]{1,40}\\\\)\\s*$");

    static String fromHeading(String heading) {
        heading = TRAILING_RESPELLING.matcher(heading).replaceFirst("");
        String topic = PlainTextSegmenter.topicOf(heading);
        if (topic.equals(heading.toLowerCase(Locale.ROOT).strip())) {
            return heading.strip();
        }
        int at = heading.toLowerCase(Locale.ROOT).indexOf(topic);
        return at < 0 ? topic : heading.substring(at, at + topic.length());
    }

    /** Whether the text (lower case, words between spaces) writes the phrase, or its plural ("palatine tonsils"). */
    private static boolean writes(String lower, String phrase) {
        return lower.contains(" " + phrase + " ") || lower.contains(" " + phrase + "s ") || lower.contains(" " + phrase + "es ");
    }

    /**
     * The part of the file name or address that the page itself writes: the longest run of its consecutive words
     * found in the text ("12-steam-engine-examplesite.txt" gives "steam engine" when the page says "steam engine"),
     * or null. A name often carries the site as well as the subject; the page confirms which words are the subject.
     */
    public static String confirmedFromDocumentId(String id, String text) {
        if (id == null || text == null) return null;
        String[] words = fromDocumentId(id).toLowerCase(Locale.ROOT).split("\\s+");
        // "sodium-potassium (Na-K) pump" writes "sodium-potassium pump" with a short form inside
        String lower = " " + NOT_WORD.matcher(SHORT_PAREN.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ") + " ";
        for (int n = Math.min(words.length, MAX_WORDS); n >= 1; n--) {
            List<String> best = null;
            int most = 0;
            for (int from = 0; from + n <= words.length; from++) {
                List<String> run = List.of(java.util.Arrays.copyOfRange(words, from, from + n));
                String phrase = String.join(" ", run);
                // a run starts and ends with a content word ("a widget" from "a-widget-dictionary" names nothing)
                if (phrase.length() >= 4 && !PAGE_WORDS.containsAll(run) && !FUNCTION_WORDS.contains(run.get(0))
                    && !FUNCTION_WORDS.contains(run.get(run.size() - 1))) {
                    // "eye-patch" filed for a page that writes "eyepatch": a compound is written open, hyphenated or closed
                    List<String> written = writes(lower, phrase) ? run
                        : n >= 2 && writes(lower, String.join("", run)) ? List.of(String.join("", run)) : null;
                    // of two runs of one length the page writes, the one it writes more often ("suture", not "surgical")
                    int times = written == null ? 0 : occurrences(lower, " " + String.join(" ", written));
                    if (written != null && times > most) {
                        best = written;
                        most = times;
                    }
                }
            }
            if (best != null) return asWritten(best, text);
        }
        return null;
    }

    /** Whether a word of a file name names pages rather than subjects ("dictionary", "com"). */
    public static boolean isPageWord(String word) {
        return PAGE_WORDS.contains(word);
    }

    /** Words that name pages rather than subjects: a file name made only of them names no topic. */
    private static final java.util.Set<String> PAGE_WORDS = java.util.Set.of("definition", "definitions", "meaning", "meanings",
        "dictionary", "glossary", "thesaurus", "encyclopedia", "wiki", "page", "site", "term", "terms", "word", "words", "online",
        "free", "medical", "medicine", "index", "html", "htm", "www", "com", "org", "net", "english", "entry", "define", "search");
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("a", "an", "the", "of", "and", "or", "in", "on",
        "to", "for", "with", "by", "at", "from", "is", "what", "how", "my", "your");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SHORT_PAREN = Pattern.compile("\\s*\\([^()]{1,15}\\)");

    /** The first place the text writes these words, as it writes them ("sodium-potassium pump" for sodium potassium pump). */
    private static String asWritten(List<String> words, String text) {
        String regex = "(?iu)(?<![\\p{L}\\p{N}])" + words.stream().map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("(?:[\\s\\-\u2010\u2011_]|\\s*\\([^()]{1,15}\\)\\s*)+")) + "(?![\\p{L}\\p{N}])";
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? SHORT_PAREN.matcher(m.group()).replaceAll("").strip() : String.join(" ", words);
    }

    /** "https://example.org/wiki/Steam_engine" and "07-steam-engine.txt" give "Steam engine", "steam engine". */
    public static String fromDocumentId(String id) {
        String last = id.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        last = EXTENSION.matcher(last).replaceFirst("");
        last = FILE_PREFIX.matcher(last).replaceFirst("");
        last = last.replace("%20", " ").replace('+', ' ');
        return last.replace('_', ' ').replace('-', ' ').strip();
    }
}

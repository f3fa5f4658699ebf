package org.medvocab.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what an article is about and where its body starts. Pages open with a varying amount of site chrome,
 * taglines and banners before (or instead of) a title line, so the topic is chosen by agreement: a short
 * title-like line near the top whose label is also the subject of the page's first defining sentence wins;
 * otherwise the document's own title, a title-like line the body mentions again, the defining sentence's
 * subject, or the file name, in that order.
 */
final class TopicFinder {
    private TopicFinder() {}

    /** The topic's title text and the index of the first body line. */
    record Topic(String title, int bodyStart) {}

    /** How many non-blank lines from the top may hold the title. */
    static final int TITLE_WINDOW = 20;
    /** Longest title line, in words. */
    static final int TITLE_WORDS = 9;

    /** "Medicine:Deep vein thrombosis": a wiki namespace glued to the title. */
    private static final Pattern NAMESPACE = Pattern.compile("^\\p{Lu}\\p{Ll}+:(?=\\S)");
    /** "In biology, ...", "In medicine, ...": a field named before the subject. */
    static final Pattern LEAD_IN = Pattern.compile("(?i)^(?:in|within|for)\\s+[\\p{L} ]{2,30},\\s+");
    private static final Pattern BRACKETED = Pattern.compile("^\\[.*\\]$|^\\(.*\\)$");

    static Topic find(List<Line> lines, String documentTitle, String documentId) {
        int defined = firstDefinedLine(lines);
        String subject = defined < 0 ? null : definedSubject(lines.get(defined).text());
        // a page's title stands above its first definition: a title-like line below it heads a section ("Access this chapter")
        List<Integer> candidates = titleCandidates(lines).stream().filter(i -> defined < 0 || i < defined).toList();
        if (subject != null) {
            String key = Labels.key(Labels.singularPhrase(subject));
            for (int i : candidates) {
                // "Walker (mobility)": a title's bracketed qualifier tells which sense the page is about
                String title = unqualified(clean(lines.get(i).text()));
                if (Labels.key(Labels.singularPhrase(title)).equals(key)) return new Topic(title, i + 1);
            }
            for (int i : candidates) {
                String named = subjectBeforeQualifier(clean(lines.get(i).text()), key);
                if (named != null) return new Topic(named, i + 1);
            }
        }
        String body = String.join("\n", lines.stream().map(Line::text).toList()).toLowerCase(Locale.ROOT);
        if (documentTitle != null) return new Topic(memberNamed(recurringPart(documentTitle, body), lines, documentId), 0);
        for (int i : candidates) {
            String t = recurringPart(clean(lines.get(i).text()), body);
            String lower = t.toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && body.indexOf(lower) != body.lastIndexOf(lower)) return new Topic(t, i + 1);
        }
        if (subject != null) return new Topic(subject, firstContent(lines));
        // the file name or address, in the part of it the page writes, outranks a title-like line the text never repeats
        String confirmed = org.medvocab.layout.Topic.confirmedFromDocumentId(documentId,
            String.join("\n", lines.stream().map(Line::text).toList()));
        if (confirmed != null) return new Topic(confirmed, headwordLine(lines, candidates, confirmed));
        if (!candidates.isEmpty()) return new Topic(recurringPart(clean(lines.get(candidates.get(0)).text()), body), candidates.get(0) + 1);
        String guessed = FileNameSubject.guessed(documentId);
        if (guessed != null) return new Topic(guessed, firstContent(lines));
        return new Topic(documentId.replaceFirst("\\.[^.]+$", "").replaceAll("[-_]+", " "), firstContent(lines));
    }

    /** A preposition that narrows a title to a case of its subject: "X for kidney stones", "X in children". */
    private static final Pattern QUALIFYING_PREPOSITION = Pattern.compile("(?i)\\s+(?:for|in|with|during|after|before|versus|vs\\.?)\\s+\\S.*");

    /**
     * "X for Y" over a text that defines "X is ...": the title's leading words up to the preposition, when they are
     * the defined subject; else null.
     */
    private static String subjectBeforeQualifier(String title, String subjectKey) {
        Matcher m = QUALIFYING_PREPOSITION.matcher(title);
        while (m.find()) {
            String lead = title.substring(0, m.start()).strip();
            if (Labels.key(Labels.singularPhrase(lead)).equals(subjectKey)) return lead;
        }
        return null;
    }

    /** The member of a title listing several names that the file name gives ("tracheostomy, tracheotomy"), else the title. */
    static String memberNamed(String title, List<Line> lines, String documentId) {
        return org.medvocab.layout.Topic.memberNamed(title, String.join("\n", lines.stream().map(Line::text).toList()), documentId);
    }

    /** " - ", " | ", " – ", " — ", ": " between the parts of a title ("Splint - Definition, Meaning & Synonyms"). */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[-|\u2013\u2014]\\s+|:\\s+");

    /**
     * A title made of parts (the subject, and what the site calls the page) names the subject by the part the text
     * repeats most; the whole title when it has no parts or no part recurs.
     */
    static String recurringPart(String title, String body) {
        String[] parts = TITLE_PARTS.split(title);
        if (parts.length < 2) return title;
        String best = title;
        int most = 1;
        for (String part : parts) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.length() < 3) continue;
            int n = 0;
            for (int i = body.indexOf(p); i >= 0; i = body.indexOf(p, i + p.length())) n++;
            if (n > most) { most = n; best = part.strip(); }
        }
        return best;
    }

    private static final Pattern QUALIFIER = Pattern.compile("\\s+\\([^()]{2,40}\\)$");

    /** "Walker (mobility)" → "Walker": a title without the bracketed qualifier of its sense. */
    private static String unqualified(String title) {
        String t = QUALIFIER.matcher(title).replaceFirst("");
        return t.isBlank() ? title : t;
    }

    /** Drops decorations around a page title ("What is X?", "X - Wikipedia", "Namespace:X"). */
    static String clean(String title) {
        return NAMESPACE.matcher(EncyclopediaExtractor.cleanTitle(title)).replaceFirst("").strip();
    }

    /** Short lines near the top that could be a title: no end punctuation, no inner colon, not chrome. */
    /** A line naming a reference work: the page's source, not its subject. */
    private static final Pattern NAMES_A_SOURCE = Pattern.compile("(?i)\\b(?:" + Lexicon.REFERENCE_WORKS + ")\\b");

    private static final Pattern ARTICLE_OPENING = Pattern.compile("(?:The|An?)\\s");
    private static final Pattern LOWER_START = Pattern.compile("\\s*\\p{Ll}");

    private static List<Integer> titleCandidates(List<Line> lines) {
        List<Integer> out = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < TITLE_WINDOW; i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) continue;
            seen++;
            if (Chrome.isChrome(t) || BRACKETED.matcher(t).matches() || TextRules.LIST_ITEM.matcher(t).matches()) continue;
            String c = clean(t);
            // a line ending in a colon opens what follows ("Other reasons for it are:"); a title names
            if (c.isEmpty() || c.split("\\s+").length > TITLE_WORDS || c.matches(".*[.,;!:]$") || c.matches(".*:.+")) continue;
            if (!c.matches(".*\\p{L}.*")) continue;
            // "The term" over "otoscope is ...": a sentence the page wrapped after its opening words
            if (ARTICLE_OPENING.matcher(c).lookingAt() && i + 1 < lines.size() && LOWER_START.matcher(lines.get(i + 1).text()).lookingAt()) continue;
            // "General English", "Definition from a wiki dictionary": a section or the source, never the subject
            if (org.medvocab.layout.Topic.NOT_SUBJECTS.contains(c.toLowerCase(Locale.ROOT)) || NAMES_A_SOURCE.matcher(c).find()) continue;
            // "Word history", "References": a section about the word or the page
            Lexicon.Section section = Lexicon.section(c);
            if (section == Lexicon.Section.SKIP || section == Lexicon.Section.CHROME) continue;
            out.add(i);
        }
        return out;
    }

    /** The subject of the first sentence of the form "X is a/an/the ..." near the top of the page, or null. */
    static String firstDefinedSubject(List<Line> lines) {
        int at = firstDefinedLine(lines);
        return at < 0 ? null : definedSubject(lines.get(at).text());
    }

    /** The index of the first line near the top that defines a subject ("X is a ...", "X: A ..."), or -1. */
    private static int firstDefinedLine(List<Line> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) continue;
            if (++seen > TITLE_WINDOW * 2) break;
            // "What is the name for ...?": a question asks; its subject is no term
            if (t.split("\\s+").length < 6 || Chrome.isChrome(t) || t.strip().endsWith("?")) continue;
            if (definedSubject(t) != null) return i;
        }
        return -1;
    }

    private static String definedSubject(String t) {
        String s = subjectOf(t);
        if (s != null) return s;
        // "Bone saw: A saw with ...": a headword run in before its gloss, unless a section's caption ("Usage: A ...")
        String runIn = org.medvocab.layout.Topic.runInSubject(t);
        return runIn != null && Lexicon.section(runIn) == Lexicon.Section.GENERAL && !Lexicon.isKnownHeading(runIn) ? runIn : null;
    }

    /** "The term widget is ...", "The word widget is ...": a sentence that names its subject as a word. */
    private static final Pattern WORD_ABOUT = Pattern.compile("(?i)^the\\s+(?:term|word|expression|phrase)\\s+(?=\\p{L})");

    /** "Usage: A widget is ...", "In plain English: ...": a caption of at most three words before the sentence. */
    private static final Pattern CAPTION = Pattern.compile("^\\p{L}+(?:\\s\\p{L}+){0,2}\\s?:\\s+(?=\\p{Lu})");

    private static final Pattern OTHER_NAME = Pattern.compile("\\s+or\\s+.*$");

    /** The subject of "X is a ..." (lead-in field, appositions and brackets removed), or null. */
    static String subjectOf(String sentence) {
        String t = CAPTION.matcher(LEAD_IN.matcher(sentence.strip()).replaceFirst("")).replaceFirst("");
        t = WORD_ABOUT.matcher(t).replaceFirst("");
        if (!TextRules.copulaWithArticle(t) && !bareGenus(t)) return null;
        String subject = TextRules.copulaSubject(t);
        if (subject == null) {
            // "X (ABBR), also known as Y, is a ...": the subject ends at its first comma
            int comma = t.indexOf(',');
            if (comma < 0) return null;
            subject = TextRules.copulaSubject(t.substring(0, comma) + " is a thing");
        }
        if (subject == null) return null;
        subject = subject.replaceFirst(",.*$", "").strip();
        // "A walker or walking frame is a device ...": the first of the names is the subject, the other a synonym
        subject = OTHER_NAME.matcher(subject).replaceFirst("").strip();
        // "Installing an arm sling is a procedure ...": an act done with a thing, on a page about the thing
        subject = org.medvocab.layout.Topic.withoutAct(subject);
        if (subject.isEmpty() || subject.split("\\s+").length > 6 || !Character.isLetterOrDigit(subject.charAt(0))) return null;
        if (Lexicon.DETERMINERS.contains(subject.toLowerCase(Locale.ROOT)) || subject.matches("(?i)it|they|this|there|he|she")) return null;
        // "n. any inflammation of ...": a gloss after its part of speech has no subject of its own
        if (org.medvocab.page.HeadLines.isPartOfSpeech(subject.split("\\s+")[0])) return null;
        return subject;
    }

    private static final Pattern FIRST_WORD = Pattern.compile("^[\\p{L}\\-]+");

    /**
     * "X is surgery to replace ...", "X is inflammation of ...": the copula before a generic genus written without an
     * article (a mass noun) defines as "X is a procedure ..." does.
     */
    private static boolean bareGenus(String sentence) {
        Matcher m = TextRules.COPULA.matcher(sentence);
        if (!m.matches()) return false;
        Matcher w = FIRST_WORD.matcher(m.group(2));
        return w.find() && Lexicon.isGenericGenus(w.group());
    }

    /** The body starts after a title-like line that opens with the subject (a headword line), else at the top. */
    private static int headwordLine(List<Line> lines, List<Integer> candidates, String subject) {
        String lower = subject.toLowerCase(Locale.ROOT);
        for (int i : candidates) if (clean(lines.get(i).text()).toLowerCase(Locale.ROOT).startsWith(lower)) return i + 1;
        return firstContent(lines);
    }

    private static int firstContent(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) if (!lines.get(i).blank() && !Chrome.isChrome(lines.get(i).text())) return i;
        return lines.size();
    }
}

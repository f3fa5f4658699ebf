package org.medvocab.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.medvocab.ingest.SourceDocument;
import org.medvocab.layout.Topic;

/**
 * The subject a document's file name or address gives and the page itself writes ("catheter" for
 * {@code …/catheter-examplesite}), and how it checks the headword a page's first head line names. Shared by the
 * extractors that read dictionary pages line by line and entry by entry.
 */
final class FileNameSubject {
    /** Words of a page title around its subject, not of a term's name. */
    private static final Pattern TITLE_PHRASE = Pattern.compile("(?i)\\b(?:what|does|do|is|mean|meaning|definition|english|word|of|in)\\b|[\"\u201c\u201d&]");
    /** Letters only phonetic respellings use. */
    private static final Pattern RESPELLING = Pattern.compile("[\u02c8\u02cc\u0259\u025b\u028a\u026a\u00e6\u0254\u03b8\u00f0\u014b\u0283\u0292\u02d0]");

    /** At most this many leading words of a file name are taken for a subject the page never writes. */
    private static final int MAX_GUESSED_WORDS = 4;

    /** The confirmed subject, cased as the extractor writes labels, or null. */
    private final String subject;
    /** The subject the file name suggests when the page never writes it, or null. */
    private final String guess;
    /** The file name's words as one key: what a layout takes for the topic when nothing else names one. */
    private final String whole;
    /** All the words of the file name or address, the site's among them. */
    private final Set<String> words;

    private FileNameSubject(String subject, String guess, String whole) {
        this.subject = subject;
        this.guess = guess;
        this.whole = whole;
        // a word the file name repeats ("dental-braces-ptc-dental") is one word of it
        this.words = Set.copyOf(java.util.Arrays.asList(whole.split(" ")));
    }

    /** The subject of {@code doc} (none for a document without an id), its label written by {@code casing}. */
    static FileNameSubject of(SourceDocument doc, UnaryOperator<String> casing) {
        if (doc == null || doc.id() == null) return new FileNameSubject(null, null, "");
        String named = Topic.confirmedFromDocumentId(doc.id(), doc.text());
        String guess = named == null ? guessed(doc.id()) : null;
        return new FileNameSubject(named == null ? null : casing.apply(named), guess == null ? null : casing.apply(guess),
            Labels.key(Topic.fromDocumentId(doc.id())));
    }

    /**
     * The subject a file name or address suggests for a page that never writes it: its leading words that the medical
     * lexicon or WordNet knows, as long as they still make a term ("suture" from {@code 33-suture-examplesite}: a site's
     * name is no word), or null when its first word is unknown.
     */
    static String guessed(String id) {
        if (id == null) return null;
        String[] w = Labels.key(Topic.fromDocumentId(id)).split(" ");
        String best = null;
        for (int n = 1; n <= Math.min(w.length, MAX_GUESSED_WORDS); n++) {
            String phrase = String.join(" ", java.util.Arrays.copyOf(w, n));
            if (!known(w[n - 1], true)) break;
            // "heart lung" is no term, "heart lung machine" is: the longest known run of leading words; "nasal speculum":
            // an adjective before a known noun makes a term too
            if (n == 1 || known(phrase, false) || adjective(w[n - 2]) && known(w[n - 1], true)) best = phrase;
        }
        return best;
    }

    private static boolean adjective(String word) {
        return org.medvocab.ground.WordNetLexicon.get().reads(word, org.medvocab.ground.WordNetLexicon.Reading.ADJECTIVE);
    }

    /** A word the lexicon or WordNet knows as a noun, or a phrase they know as a term. */
    private static boolean known(String phrase, boolean word) {
        if (phrase.length() < 3 || Topic.isPageWord(phrase)) return false;
        org.medvocab.ground.Grounding g = org.medvocab.ground.Grounder.get().assess(phrase);
        if (g.evidence() == org.medvocab.ground.Grounding.Evidence.NONE) return false;
        // "anemia key" (from "anemia-key-spot"): a phrase is known as a whole, not from its last word ("key")
        if (!word) return g.evidence() == org.medvocab.ground.Grounding.Evidence.LEXICON
            || org.medvocab.ground.WordNetLexicon.get().reads(phrase, org.medvocab.ground.WordNetLexicon.Reading.NOUN);
        return g.term() || ConceptExtractor.mayBeTerm(phrase);
    }

    /** The confirmed subject, else the one the file name suggests, or null. */
    String fallback() {
        return subject != null ? subject : guess;
    }

    /** The confirmed subject, or null. */
    String subject() {
        return subject;
    }

    /** The words of the file name or address ("07-steam-engine.txt" gives steam, engine). */
    Set<String> words() {
        return words;
    }

    /**
     * The page's headword, given a head line's candidate. The confirmed subject wins when the line is no term's name
     * ("noun", "Pronunciation:"), a section about the word ("Etymology"), a title phrase around the subject ("What
     * does X mean", "X in US English"), or the subject plus words of the file name or a respelling ("catheter
     * examplesite": the site); otherwise the line names the headword.
     */
    String headword(String candidate) {
        // a layout that found no name took the whole file name ("33 suture examplesite")
        if (subject == null && guess != null && Labels.key(candidate).equals(whole)) return guess;
        if (subject == null || Labels.key(candidate).equals(Labels.key(subject))) return candidate;
        if (Topic.NOT_SUBJECTS.contains(candidate.toLowerCase(Locale.ROOT)) || !Lexicon.termShaped(candidate)
            || Lexicon.section(candidate) == Lexicon.Section.SKIP || Lexicon.section(candidate) == Lexicon.Section.CHROME) return subject;
        String k = Labels.key(candidate), t = Labels.key(subject);
        if (!(" " + k + " ").contains(" " + t + " ")) return candidate;
        if (TITLE_PHRASE.matcher(candidate).find()) return subject;
        for (String w : k.split(" ")) {
            if ((" " + t + " ").contains(" " + w + " ") || RESPELLING.matcher(w).find()) continue;
            // a word of the file name the lexicon knows belongs to the name ("spinal"); a site's name is no word
            if (!words.contains(w) || known(w, true)) return candidate;
        }
        return subject;
    }
}

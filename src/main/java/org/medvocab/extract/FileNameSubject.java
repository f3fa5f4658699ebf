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

    /** The confirmed subject, cased as the extractor writes labels, or null. */
    private final String subject;
    /** All the words of the file name or address, the site's among them. */
    private final Set<String> words;

    private FileNameSubject(String subject, Set<String> words) {
        this.subject = subject;
        this.words = words;
    }

    /** The subject of {@code doc} (none for a document without an id), its label written by {@code casing}. */
    static FileNameSubject of(SourceDocument doc, UnaryOperator<String> casing) {
        if (doc == null || doc.id() == null) return new FileNameSubject(null, Set.of());
        String named = Topic.confirmedFromDocumentId(doc.id(), doc.text());
        return new FileNameSubject(named == null ? null : casing.apply(named),
            Set.of(Labels.key(Topic.fromDocumentId(doc.id())).split(" ")));
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
        if (subject == null || Labels.key(candidate).equals(Labels.key(subject))) return candidate;
        if (Topic.NOT_SUBJECTS.contains(candidate.toLowerCase(Locale.ROOT)) || !Lexicon.termShaped(candidate)
            || Lexicon.section(candidate) == Lexicon.Section.SKIP || Lexicon.section(candidate) == Lexicon.Section.CHROME) return subject;
        String k = Labels.key(candidate), t = Labels.key(subject);
        if (!(" " + k + " ").contains(" " + t + " ")) return candidate;
        if (TITLE_PHRASE.matcher(candidate).find()) return subject;
        for (String w : k.split(" ")) {
            if (!(" " + t + " ").contains(" " + w + " ") && !words.contains(w) && !RESPELLING.matcher(w).find()) return candidate;
        }
        return subject;
    }
}

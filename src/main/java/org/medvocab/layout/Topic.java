package org.medvocab.layout;

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
    private static final Pattern FILE_PREFIX = Pattern.compile("^\\d+[-_ ]+");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z]{2,5}$");
    private static final int MAX_WORDS = 8;

    /**
     * @param page the (content) page
     * @param documentId the file name or URL, or null
     * @return the topic, or "" when nothing names one
     */
    public static String of(Page page, String documentId) {
        Optional<String> heading = page.titleOrFirstHeading().map(Topic::fromHeading).filter(t -> !t.isEmpty());
        if (heading.isPresent() && Words.count(heading.get()) <= MAX_WORDS) {
            return recurringLead(heading.get(), page.text());
        }
        for (Block b : page.blocks()) {
            if (b.type() == BlockType.PARAGRAPH) {
                Matcher m = DEFINING_SUBJECT.matcher(b.text());
                if (m.find() && Words.count(m.group(1)) <= MAX_WORDS) {
                    return m.group(1).strip();
                }
                break;
            }
        }
        return documentId == null ? "" : fromDocumentId(documentId);
    }

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
    static String fromHeading(String heading) {
        String topic = PlainTextSegmenter.topicOf(heading);
        if (topic.equals(heading.toLowerCase(Locale.ROOT).strip())) {
            return heading.strip();
        }
        int at = heading.toLowerCase(Locale.ROOT).indexOf(topic);
        return at < 0 ? topic : heading.substring(at, at + topic.length());
    }

    /** "https://example.org/wiki/Steam_engine" and "07-steam-engine.txt" give "Steam engine", "steam engine". */
    static String fromDocumentId(String id) {
        String last = id.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        last = EXTENSION.matcher(last).replaceFirst("");
        last = FILE_PREFIX.matcher(last).replaceFirst("");
        return last.replace('_', ' ').replace('-', ' ').strip();
    }
}

package org.medvocab.ground;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.medvocab.link.Kind;
import org.medvocab.link.LabelNormalizer;

/**
 * The medical lexicon: normalised label -> the ontology identifiers it names, with their preferred labels and kinds.
 * Built by {@code medvocab lexicon} ({@link LexiconOperation}) from MeSH, UBERON, the Disease Ontology, SYMP, MAxO
 * (with its HP, CHEBI, CL and GO imports), OBI, GO biological processes and the FDA device names, and shipped in the
 * jar ({@link LexiconOperation#RESOURCE}).
 *
 * <p>Phrases are normalised with the link stage's {@link LabelNormalizer#key} (case, punctuation, inverted headings,
 * British spellings, every word made singular), so "Heart Ventricles", "heart ventricle" and "heart-ventricles" find
 * the same entries. The shared instance ({@link #get()}) is loaded once per JVM, on first use; it is immutable and
 * safe to use from any thread. Look-ups are binary searches over the sorted keys.
 */
public final class MedicalLexicon {
    private static final class Holder {
        static final MedicalLexicon INSTANCE = loadResource();
    }

    /** The shared lexicon (the class-path resource), loaded on first use. */
    public static MedicalLexicon get() { return Holder.INSTANCE; }

    /** The key of each row, sorted (rows of one key are adjacent). */
    private final String[] keys;
    /** Each row as written (its entry is parsed when looked up). */
    private final String[] rows;
    private final Map<String, Set<Kind>> kindSets = new java.util.concurrent.ConcurrentHashMap<>();
    private final int distinctKeys;
    private final int maxWords;
    private final long loadMillis;

    private MedicalLexicon(String[] keys, String[] rows, int distinctKeys, int maxWords, long loadMillis) {
        this.keys = keys;
        this.rows = rows;
        this.distinctKeys = distinctKeys;
        this.maxWords = maxWords;
        this.loadMillis = loadMillis;
    }

    private static MedicalLexicon loadResource() {
        InputStream in = MedicalLexicon.class.getResourceAsStream(LexiconOperation.RESOURCE);
        if (in == null) throw new IllegalStateException("the medical lexicon " + LexiconOperation.RESOURCE + " is not on the class path");
        return read(in);
    }

    /** Reads a lexicon file written by {@link LexiconOperation}. */
    public static MedicalLexicon read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a lexicon (gzip TSV, sorted by key) from a stream, and closes it. Only the rows are kept; an entry is parsed
     * when it is looked up, so loading costs little more than inflating the file.
     */
    public static MedicalLexicon read(InputStream raw) {
        long t = System.nanoTime();
        List<String> keys = new ArrayList<>(1 << 17);
        List<String> rows = new ArrayList<>(1 << 17);
        int maxWords = 1, distinct = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            String last = "";
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.charAt(0) == '#' || line.startsWith("key\t")) continue;
                int tab = line.indexOf('\t');
                if (tab <= 0) throw new IllegalStateException("medical lexicon line " + n + ": expected tab-separated columns");
                String key = line.substring(0, tab);
                int c = key.compareTo(last);
                if (c < 0) throw new IllegalStateException("medical lexicon line " + n + ": not sorted by key");
                if (c > 0 || distinct == 0) {
                    distinct++;
                    last = key;
                    int words = 1;
                    for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') words++;
                    maxWords = Math.max(maxWords, words);
                }
                keys.add(last);
                rows.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the medical lexicon cannot be read: " + e.getMessage(), e);
        }
        return new MedicalLexicon(keys.toArray(String[]::new), rows.toArray(String[]::new), distinct, maxWords,
            (System.nanoTime() - t) / 1_000_000);
    }

    private LexiconEntry entry(int row) {
        String line = rows[row];
        int a = line.indexOf('\t'), b = line.indexOf('\t', a + 1), c = line.indexOf('\t', b + 1), d = line.indexOf('\t', c + 1);
        if (b < 0 || c < 0 || d < 0) throw new IllegalStateException("medical lexicon row '" + line + "': expected 5 tab-separated columns");
        Set<Kind> kinds = kindSets.computeIfAbsent(line.substring(b + 1, c), MedicalLexicon::kinds);
        return new LexiconEntry(line.substring(a + 1, b), line.substring(d + 1), kinds, LexiconEntry.Role.ofCode(line.substring(c + 1, d)));
    }

    /** Index of the first key not less than {@code key}. */
    private int lowerBound(String key) {
        int lo = 0, hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid].compareTo(key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static Set<Kind> kinds(String names) {
        if (names.isEmpty()) return Kind.none();
        EnumSet<Kind> s = EnumSet.noneOf(Kind.class);
        for (String n : names.split("\\|")) s.add(Kind.parse(n));
        return Collections.unmodifiableSet(s);
    }

    /** The entries a phrase names (normalised with {@link LabelNormalizer#key}); empty when the lexicon does not know it. */
    public List<LexiconEntry> lookup(String phrase) {
        return lookupKey(LabelNormalizer.key(phrase));
    }

    /** The entries of an already normalised key. */
    public List<LexiconEntry> lookupKey(String key) {
        int i = lowerBound(key);
        if (i >= keys.length || !keys[i].equals(key)) return List.of();
        List<LexiconEntry> out = new ArrayList<>(2);
        for (; i < keys.length && keys[i].equals(key); i++) out.add(entry(i));
        return List.copyOf(out);
    }

    /** True when the lexicon knows the phrase. */
    public boolean contains(String phrase) { return !lookup(phrase).isEmpty(); }

    /** True when the lexicon knows this normalised key. */
    public boolean containsKey(String key) {
        int i = lowerBound(key);
        return i < keys.length && keys[i].equals(key);
    }

    /** {@link #probe} bit: the key is in the lexicon. */
    public static final int KNOWN = 1;
    /** {@link #probe} bit: a longer key starts with the key's words. */
    public static final int PREFIX = 2;

    /**
     * One binary search for both questions the longest-match scanner asks: is this normalised key in the lexicon
     * ({@link #KNOWN}), and does a longer key start with its words ({@link #PREFIX})? Keys never hold a character below
     * the space, so the longer keys come right after the key's own rows.
     */
    public int probe(String key) {
        int i = lowerBound(key);
        int flags = 0;
        while (i < keys.length && keys[i].equals(key)) {
            flags = KNOWN;
            i++;
        }
        if (i < keys.length && keys[i].length() > key.length() && keys[i].charAt(key.length()) == ' ' && keys[i].startsWith(key)) flags |= PREFIX;
        return flags;
    }

    /** True when some key of the lexicon is longer than these whole words and starts with them (a normalised key prefix). */
    public boolean isKeyPrefix(String keyPrefix) {
        String p = keyPrefix + " ";
        int i = lowerBound(p);
        return i < keys.length && keys[i].startsWith(p);
    }

    /** Number of distinct keys. */
    public int keys() { return distinctKeys; }

    /** Number of (key, identifier) rows. */
    public int entries() { return rows.length; }

    /** Words in the longest key. */
    public int maxWords() { return maxWords; }

    /** Milliseconds the lexicon took to read. */
    public long loadMillis() { return loadMillis; }
}

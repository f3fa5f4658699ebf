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
import java.util.HashMap;
import java.util.HashSet;
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
 * safe to use from any thread.
 */
public final class MedicalLexicon {
    private static final class Holder {
        static final MedicalLexicon INSTANCE = loadResource();
    }

    /** The shared lexicon (the class-path resource), loaded on first use. */
    public static MedicalLexicon get() { return Holder.INSTANCE; }

    private final Map<String, List<LexiconEntry>> byKey;
    /** Word prefixes of keys of two words or more ("heart", "heart left"), for the longest-match scanner. */
    private final Set<String> prefixes;
    private final int maxWords;
    private final int entries;
    private final long loadMillis;

    private MedicalLexicon(Map<String, List<LexiconEntry>> byKey, Set<String> prefixes, int maxWords, int entries, long loadMillis) {
        this.byKey = byKey;
        this.prefixes = prefixes;
        this.maxWords = maxWords;
        this.entries = entries;
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

    /** Reads a lexicon (gzip TSV) from a stream, and closes it. */
    public static MedicalLexicon read(InputStream raw) {
        long t = System.nanoTime();
        Map<String, List<LexiconEntry>> byKey = new HashMap<>(1 << 18);
        Set<String> prefixes = new HashSet<>(1 << 17);
        Map<String, Set<Kind>> kindSets = new HashMap<>();
        int maxWords = 1, entries = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            String lastKey = null;
            List<LexiconEntry> current = null;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.charAt(0) == '#' || line.startsWith("key\t")) continue;
                int a = line.indexOf('\t'), b = line.indexOf('\t', a + 1), c = line.indexOf('\t', b + 1), d = line.indexOf('\t', c + 1);
                if (a <= 0 || b < 0 || c < 0 || d < 0) throw new IllegalStateException("medical lexicon line " + n + ": expected 5 tab-separated columns");
                String key = line.substring(0, a);
                if (!key.equals(lastKey)) {
                    current = new ArrayList<>(2);
                    byKey.put(key, current);
                    lastKey = key;
                    maxWords = Math.max(maxWords, addPrefixes(key, prefixes));
                }
                Set<Kind> kinds = kindSets.computeIfAbsent(line.substring(b + 1, c), MedicalLexicon::kinds);
                current.add(new LexiconEntry(line.substring(a + 1, b), line.substring(d + 1), kinds,
                    LexiconEntry.Role.ofCode(line.substring(c + 1, d))));
                entries++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the medical lexicon cannot be read: " + e.getMessage(), e);
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        return new MedicalLexicon(byKey, prefixes, maxWords, entries, (System.nanoTime() - t) / 1_000_000);
    }

    private static int addPrefixes(String key, Set<String> prefixes) {
        int words = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            prefixes.add(key.substring(0, i));
            words++;
        }
        return words;
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
        List<LexiconEntry> e = byKey.get(key);
        return e == null ? List.of() : e;
    }

    /** True when the lexicon knows the phrase. */
    public boolean contains(String phrase) { return !lookup(phrase).isEmpty(); }

    /** True when some key of two words or more starts with these whole words (a normalised key prefix). */
    public boolean isKeyPrefix(String keyPrefix) { return prefixes.contains(keyPrefix); }

    /** Number of distinct keys. */
    public int keys() { return byKey.size(); }

    /** Number of (key, identifier) rows. */
    public int entries() { return entries; }

    /** Words in the longest key. */
    public int maxWords() { return maxWords; }

    /** Milliseconds the lexicon took to read. */
    public long loadMillis() { return loadMillis; }
}

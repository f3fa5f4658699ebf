package org.medvocab.ground;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.medvocab.link.Kind;
import org.medvocab.link.LabelNormalizer;

/**
 * Terminology grounding, the way dictionary-based concept recognisers (MetaMap, cTAKES) work: a phrase is looked up in
 * the {@link MedicalLexicon} and, failing that, its head is; WordNet ({@link WordNetLexicon}) says whether a phrase
 * the lexicon does not know is a term at all and what kind of thing its head names.
 *
 * <p>The shared instance ({@link #get()}) uses the shared lexicons; the medical lexicon loads on first use, WordNet
 * only when a phrase is not in the medical lexicon. Thread-safe; assessments and token keys are memoised (up to
 * {@value #MEMO_LIMIT} of each, then the memo starts afresh), as pages repeat their phrases.
 */
public final class Grounder {
    private static final class Holder {
        static final Grounder INSTANCE = new Grounder(MedicalLexicon.get(), WordNetLexicon::get);
    }

    /** The shared grounder. */
    public static Grounder get() { return Holder.INSTANCE; }

    /**
     * The preferred vocabularies of each kind, for choosing the identifier of a phrase that several vocabularies name
     * (after them MeSH, then the rest): the ontology made for that kind of thing comes first.
     */
    static final Map<Kind, List<String>> PREFERRED_SOURCES = Map.of(
        Kind.ANATOMY, List.of("UBERON", "CL"),
        Kind.CONDITION, List.of("DOID", "SYMP", "HP"),
        Kind.PROCEDURE, List.of("MAXO"),
        Kind.SUBSTANCE, List.of("CHEBI"),
        Kind.MECHANISM, List.of("GO"),
        Kind.DEVICE, List.of("FDA_PRODUCT_CODE", "OBI"));

    /** Words and punctuation of running text: letters and digits with inner hyphens, apostrophes and charges. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019+\\-][\\p{L}\\p{N}+]*)*|[^\\s\\p{L}\\p{N}]");

    /** Entries kept in each memo (phrase assessments, token keys) before it is emptied. */
    static final int MEMO_LIMIT = 100_000;

    private final MedicalLexicon lexicon;
    private final Supplier<WordNetLexicon> wordnet;
    private final Map<String, Grounding> assessed = new ConcurrentHashMap<>();
    private final Map<String, String> tokenKeys = new ConcurrentHashMap<>();

    /**
     * @param lexicon the medical lexicon
     * @param wordnet WordNet, asked for only when needed (so that a grounder over a small test lexicon need not load it
     *                until a phrase is not in the lexicon)
     */
    public Grounder(MedicalLexicon lexicon, Supplier<WordNetLexicon> wordnet) {
        this.lexicon = lexicon;
        this.wordnet = wordnet;
    }

    public MedicalLexicon lexicon() { return lexicon; }

    /**
     * Assesses a phrase (a candidate concept label):
     * <ol>
     *   <li>the medical lexicon knows the normalised phrase: a term, with the kind most of its identifiers have and the
     *       best identifier (the kind's own ontology first, see {@link #PREFERRED_SOURCES}, then MeSH; preferred names
     *       before synonyms);</li>
     *   <li>otherwise, the longest tail of its head part (the words before the first preposition) that the lexicon
     *       knows gives the kind ("portable dialysis machine" is a device through "dialysis machine"), but no
     *       identifier;</li>
     *   <li>otherwise, WordNet gives the kind of the phrase (a WordNet compound such as "blood pressure") or of its
     *       head word.</li>
     * </ol>
     * A phrase the lexicon does not know is a term when WordNet's rule says so ({@link WordNetLexicon#isTerm}), or when
     * a tail of its head part is in the lexicon and its first word is neither a closed-class word nor a verb-only word.
     */
    public Grounding assess(String phrase) {
        Grounding g = assessed.get(phrase);
        if (g != null) return g;
        g = assessUncached(phrase);
        if (assessed.size() >= MEMO_LIMIT) assessed.clear();
        assessed.put(phrase, g);
        return g;
    }

    private Grounding assessUncached(String phrase) {
        String key = LabelNormalizer.key(phrase);
        if (key.isEmpty()) return new Grounding(phrase, key, false, Optional.empty(), Grounding.Evidence.NONE, "", Optional.empty(), List.of());
        List<LexiconEntry> exact = lexicon.lookupKey(key);
        if (!exact.isEmpty()) return exact(phrase, key, exact);
        String[] words = key.split(" ");
        int headEnd = headEnd(words);
        for (int start = 0; start < headEnd; start++) {
            if (start == 0 && headEnd == words.length) continue; // the whole phrase: already looked up
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, start, headEnd));
            List<LexiconEntry> found = lexicon.lookupKey(tail);
            if (found.isEmpty()) continue;
            Optional<Kind> kind = vote(found);
            List<LexiconEntry> ranked = rank(found, kind);
            boolean term = wordnet.get().isTerm(phrase) || firstWordMayStartATerm(phrase);
            return new Grounding(phrase, key, term, kind, Grounding.Evidence.LEXICON_HEAD,
                ranked.get(0).id() + " (" + tail + ")", Optional.empty(), List.of());
        }
        return fromWordNet(phrase, key);
    }

    private Grounding exact(String phrase, String key, List<LexiconEntry> entries) {
        Optional<Kind> kind = vote(entries);
        List<LexiconEntry> ranked = rank(entries, kind);
        return new Grounding(phrase, key, true, kind, Grounding.Evidence.LEXICON, ranked.get(0).id(), Optional.of(ranked.get(0)), ranked);
    }

    private Grounding fromWordNet(String phrase, String key) {
        WordNetLexicon wn = wordnet.get();
        boolean term = wn.isTerm(phrase);
        String lower = phrase.strip().toLowerCase(Locale.ROOT);
        String word = wn.isNounPhrase(lower) ? lower : WordNetLexicon.head(rawWords(lower));
        Optional<String> file = wn.kindLexFile(word);
        if (file.isEmpty()) return new Grounding(phrase, key, term, Optional.empty(), Grounding.Evidence.NONE, "", Optional.empty(), List.of());
        return new Grounding(phrase, key, term, wn.kind(word), Grounding.Evidence.WORDNET, file.get() + " (" + word + ")",
            Optional.empty(), List.of());
    }

    private boolean firstWordMayStartATerm(String phrase) {
        String[] raw = rawWords(phrase.strip().toLowerCase(Locale.ROOT));
        if (raw.length == 0 || WordNetLexicon.CLOSED_CLASS.contains(raw[0])) return false;
        Set<WordNetLexicon.Reading> r = wordnet.get().readings(raw[0]);
        return !(r.size() == 1 && r.contains(WordNetLexicon.Reading.VERB));
    }

    private static final Pattern NOT_TOKEN_CHARS = Pattern.compile("[^\\p{L}\\p{N}+'\\- ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String[] rawWords(String s) {
        String t = NOT_TOKEN_CHARS.matcher(s).replaceAll(" ").strip();
        return t.isEmpty() ? new String[0] : SPACES.split(t);
    }

    /** Index after the head of a normalised key: the word before the first preposition, else the last word. */
    private static int headEnd(String[] words) { return WordNetLexicon.headIndex(words) + 1; }

    /** True when the phrase is a term (shorthand for {@code assess(phrase).term()}). */
    public boolean isTerm(String phrase) { return assess(phrase).term(); }

    /** The kind of a phrase (shorthand for {@code assess(phrase).kind()}). */
    public Optional<Kind> kind(String phrase) { return assess(phrase).kind(); }

    /** The kind most entries have (each entry votes for {@link LexiconEntry#kind()}; ties go by precedence). */
    static Optional<Kind> vote(List<LexiconEntry> entries) {
        Map<Kind, Integer> votes = new EnumMap<>(Kind.class);
        for (LexiconEntry e : entries) e.kind().ifPresent(k -> votes.merge(k, 1, Integer::sum));
        Kind best = null;
        for (Kind k : LexiconEntry.PRECEDENCE) {
            Integer v = votes.get(k);
            if (v != null && (best == null || v > votes.get(best))) best = k;
        }
        return Optional.ofNullable(best);
    }

    /** Entries best first: of the voted kind, from the kind's own ontology, then MeSH; names before synonyms. */
    static List<LexiconEntry> rank(List<LexiconEntry> entries, Optional<Kind> kind) {
        List<String> preferred = kind.map(PREFERRED_SOURCES::get).orElse(List.of());
        Comparator<LexiconEntry> order = Comparator
            .comparingInt((LexiconEntry e) -> kind.isPresent() && e.kinds().contains(kind.get()) ? 0 : 1)
            .thenComparingInt(e -> sourceRank(e.source(), preferred))
            .thenComparingInt(e -> e.role().ordinal())
            .thenComparing(LexiconEntry::id);
        List<LexiconEntry> out = new ArrayList<>(entries);
        out.sort(order);
        return List.copyOf(out);
    }

    private static int sourceRank(String source, List<String> preferred) {
        int i = preferred.indexOf(source);
        if (i >= 0) return i;
        return source.equals("MESH") ? preferred.size() : preferred.size() + 1;
    }

    /** Splits running text into words and punctuation marks, for {@link #mentions(List)}. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The lexicon terms in running text (tokenised by {@link #tokens(String)}). */
    public List<Mention> mentions(String text) { return mentions(tokens(text)); }

    /**
     * The lexicon terms inside a phrase or sentence, longest match first, left to right, not overlapping: in "the left
     * ventricle and the aorta" the mentions are "left ventricle" and "aorta". Tokens are normalised one by one with
     * {@link LabelNormalizer#key}; a token without a letter or digit (punctuation) ends a match; tokens that normalise
     * to nothing ("the") are skipped inside a match. A one-word match is dropped when it is a closed-class word, when
     * the lexicon knows it only as an abbreviation and the token is not written in capitals, or when it is not in
     * capitals and WordNet's term rule rejects it ({@link WordNetLexicon#isTermWord}: "back", "aged"), since a single
     * general English word in running text is read in its general sense.
     */
    public List<Mention> mentions(List<String> tokens) {
        int n = tokens.size();
        String[] norm = new String[n];
        for (int i = 0; i < n; i++) norm[i] = isBreak(tokens.get(i)) ? null : tokenKey(tokens.get(i));
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (norm[i] == null || norm[i].isEmpty()) continue;
            String cur = norm[i];
            int flags = lexicon.probe(cur);
            int bestEnd = (flags & MedicalLexicon.KNOWN) != 0 && acceptSingle(tokens.get(i), cur) ? i + 1 : -1;
            String bestKey = bestEnd > 0 ? cur : null;
            int j = i + 1;
            while (j < n && norm[j] != null && (flags & MedicalLexicon.PREFIX) != 0) {
                if (!norm[j].isEmpty()) {
                    cur = cur + " " + norm[j];
                    flags = lexicon.probe(cur);
                    if ((flags & MedicalLexicon.KNOWN) != 0) {
                        bestEnd = j + 1;
                        bestKey = cur;
                    }
                }
                j++;
            }
            if (bestEnd < 0) continue;
            String text = String.join(" ", tokens.subList(i, bestEnd));
            out.add(new Mention(i, bestEnd, text, exact(text, bestKey, lexicon.lookupKey(bestKey))));
            i = bestEnd - 1;
        }
        return out;
    }

    private String tokenKey(String token) {
        String k = tokenKeys.get(token);
        if (k != null) return k;
        k = LabelNormalizer.key(token);
        if (tokenKeys.size() >= MEMO_LIMIT) tokenKeys.clear();
        tokenKeys.put(token, k);
        return k;
    }

    private boolean acceptSingle(String token, String key) {
        List<LexiconEntry> found = lexicon.lookupKey(key);
        if (found.isEmpty() || WordNetLexicon.CLOSED_CLASS.contains(token.toLowerCase(Locale.ROOT))) return false;
        boolean capitals = token.length() > 1 && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (capitals) return true;
        boolean named = false;
        for (LexiconEntry e : found) if (e.role() != LexiconEntry.Role.ABBREVIATION) named = true;
        if (!named) return false;
        // in running text a general English word is read as such ("back", "aged", "color"), whatever MeSH says
        WordNetLexicon wn = wordnet.get();
        return wn.readings(token).isEmpty() || wn.isTermWord(token);
    }

    private static boolean isBreak(String token) {
        for (int i = 0; i < token.length(); i++) if (Character.isLetterOrDigit(token.charAt(i))) return false;
        return true;
    }
}

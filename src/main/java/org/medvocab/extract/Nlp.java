package org.medvocab.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP English pipeline (Universal Dependencies EWT models from Maven Central):
 * sentences, tokens, universal POS tags and lemmas. Models load once per JVM; the ME classes are
 * not thread-safe, so each thread gets its own instances.
 */
public final class Nlp {

    /** A token with its universal POS tag (NOUN, PROPN, ADJ, VERB, ...) and lemma. */
    public record Token(String text, String pos, String lemma, int start, int end) {
        public boolean isNoun() { return pos.equals("NOUN") || pos.equals("PROPN"); }
        public boolean is(String tag) { return pos.equals(tag); }
        public String lower() { return text.toLowerCase(Locale.ROOT); }
    }

    /** A sentence: text, character offsets in the analysed string, tokens with offsets in the same string. */
    public record Sentence(String text, int start, int end, List<Token> tokens) {}

    // Model resource names inside the opennlp-models-*-en jars (version pinned in pom.xml).
    private static final String SENT = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOK = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEM = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final class Models {
        static final SentenceModel SENTENCES = load(SENT, SentenceModel::new);
        static final TokenizerModel TOKENS = load(TOK, TokenizerModel::new);
        static final POSModel TAGS = load(POS, POSModel::new);
        static final LemmatizerModel LEMMAS = load(LEM, FastLemmatizerModel::new);
    }

    /**
     * The lemmatizer model, searched with {@link CachedBeamSearch} (the stock search's results, without sorting every
     * outcome for every token). Each {@link LemmatizerME} asks for its own search, so each thread has its own cache.
     */
    private static final class FastLemmatizerModel extends LemmatizerModel {
        private static final long serialVersionUID = 1L;

        FastLemmatizerModel(InputStream in) throws IOException { super(in); }

        @Override public opennlp.tools.ml.model.SequenceClassificationModel getLemmatizerSequenceModel() {
            opennlp.tools.ml.model.SequenceClassificationModel stock = super.getLemmatizerSequenceModel();
            Object model = getArtifact("lemmatizer.model");
            if (!(stock instanceof opennlp.tools.ml.BeamSearch) || !(model instanceof opennlp.tools.ml.model.MaxentModel m)) return stock;
            String beam = getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER);
            return new CachedBeamSearch(beam == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), m);
        }
    }

    /**
     * A POS model for one thread, searched the same way: the tagger's feature contexts (a word, its neighbours, the
     * previous tags) repeat across sentences as much as the lemmatizer's, and the stock search evaluates the maxent model
     * for every one of them (the largest share of conversion time once the lemmatizer was cached). {@link POSModel} is
     * final, so the shared model's parts (its maxent model, factory and language) are put together again around a
     * {@link CachedBeamSearch} of the thread's own. Same tags as the stock tagger.
     */
    private static POSModel cachedTags() {
        POSModel stock = Models.TAGS;
        Object model = stock.getArtifact("pos.model");
        if (!(model instanceof opennlp.tools.ml.model.MaxentModel m)) return stock;
        String beam = stock.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER);
        int size = beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        return new POSModel(stock.getLanguage(), new CachedBeamSearch(size, m), Map.of(), stock.getFactory());
    }

    private interface ModelFactory<M> { M create(InputStream in) throws IOException; }

    private static <M> M load(String resource, ModelFactory<M> factory) {
        try (InputStream in = Nlp.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
            return factory.create(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }

    private static final ThreadLocal<Nlp> LOCAL = ThreadLocal.withInitial(Nlp::new);

    /** The pipeline for the calling thread. */
    public static Nlp get() { return LOCAL.get(); }

    private final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCES);
    private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);
    private final POSTaggerME tagger = new POSTaggerME(cachedTags());
    private final LemmatizerME lemmatizer = new LemmatizerME(Models.LEMMAS);

    private Nlp() {}

    /**
     * Word tokens from the OpenNLP UD tokenizer, with one repair: the UD model splits hyphenated compounds
     * and chemical names ("high-risk" -> "high", "-risk"; "Cl-/HCO3- exchanger" -> several pieces), which medical
     * terms are full of. Touching pieces that together form such a compound are joined again.
     */
    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
        "[\\p{L}\\p{N}]+\\+?(?:[-/,][\\p{L}\\p{N}]+\\+?)*\\+?");

    Span[] tokenSpans(String text) {
        Span[] raw = rawTokenSpans(text);
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < raw.length) {
            int start = raw[i].getStart(), end = raw[i].getEnd();
            int j = i + 1;
            int bestEnd = end, bestJ = i + 1;
            while (j < raw.length && raw[j].getStart() == end) {
                end = raw[j].getEnd();
                j++;
                if (COMPOUND.matcher(text.substring(start, end)).matches()) { bestEnd = end; bestJ = j; }
            }
            out.add(new Span(start, bestEnd));
            i = bestJ;
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The stock tokenizer's spans, remembered per whitespace-separated word. {@link TokenizerME} splits the text at
     * whitespace and decides the splits inside each piece from that piece alone (its characters and the position), so
     * tokenizing each piece by itself and shifting the spans gives the spans of the whole text; a word seen before
     * costs a map lookup instead of one model evaluation per character.
     */
    Span[] rawTokenSpans(String text) {
        Span[] pieces = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> out = new ArrayList<>(pieces.length + pieces.length / 4 + 1);
        for (Span p : pieces) {
            String word = text.substring(p.getStart(), p.getEnd());
            Span[] inside = words.get(word);
            if (inside == null) {
                inside = tokenizer.tokenizePos(word);
                words.put(word, inside);
            }
            for (Span t : inside) out.add(new Span(t.getStart() + p.getStart(), t.getEnd() + p.getStart()));
        }
        return out.toArray(new Span[0]);
    }

    /** The stock tokenizer's spans for the whole text, nothing remembered (for tests). */
    Span[] stockTokenSpans(String text) { return tokenizer.tokenizePos(text); }

    /** Token spans of a whitespace-separated word, relative to the word, remembered per thread. */
    private final Map<String, Span[]> words = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Span[]> e) { return size() > CACHE_ENTRIES; }
    };

    /** Splits text into sentences; offsets are relative to {@code text}. */
    public List<Span> sentenceSpans(String text) {
        List<Span> spans = split.get(text);
        if (spans == null) {
            spans = List.of(sentences.sentPosDetect(text));
            split.put(text, spans);
        }
        return spans;
    }

    /** Sentence boundaries remembered per thread, by paragraph (a paragraph is split again by several rules). */
    private final Map<String, List<Span>> split = new LinkedHashMap<>(256, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, List<Span>> e) { return size() > CACHE_ENTRIES / 4; }
    };

    /**
     * Analyses remembered per thread, by text. The extractors analyse the same phrases again and again (a genus, a
     * mention, a list item, a block checked for a verb; sentences repeat across pages), and an analysis is a pure
     * function of the text, so a text seen before costs a map lookup. Bounded (least recently used out first).
     */
    static final int CACHE_ENTRIES = 20_000;

    private final Map<String, Sentence> analysed = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Sentence> e) { return size() > CACHE_ENTRIES; }
    };

    /** Tags one sentence (or phrase); token offsets are relative to {@code text} plus {@code offset}. */
    public Sentence analyse(String text, int offset) {
        Sentence s = analysed.get(text);
        if (s == null) {
            s = tag(text);
            analysed.put(text, s);
        }
        return offset == 0 ? s : shifted(s, offset);
    }

    private static Sentence shifted(Sentence s, int offset) {
        List<Token> out = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) out.add(new Token(t.text(), t.pos(), t.lemma(), t.start() + offset, t.end() + offset));
        return new Sentence(s.text(), s.start() + offset, s.end() + offset, List.copyOf(out));
    }

    /** The analysis of {@code text} at offset 0, computed (no cache). */
    private Sentence tag(String text) {
        Span[] spans = tokenSpans(text);
        String[] toks = Span.spansToStrings(spans, text);
        String[] tags = tagger.tag(toks);
        String[] lemmas = lemmatizer.lemmatize(toks, tags);
        List<Token> out = new ArrayList<>(toks.length);
        for (int i = 0; i < toks.length; i++) {
            String lemma = lemmas[i];
            if (lemma == null || lemma.equals("O") || lemma.isEmpty()) lemma = toks[i].toLowerCase(Locale.ROOT);
            out.add(new Token(toks[i], tags[i], lemma, spans[i].getStart(), spans[i].getEnd()));
        }
        return new Sentence(text, 0, text.length(), List.copyOf(out));
    }

    /** A footnote number after a sentence's full stop: "urine.1 Developed", "adults.4,5 Modern". */
    private static final java.util.regex.Pattern REFERENCE_MARK = java.util.regex.Pattern.compile(
        "(?<=[\\p{L})][.!?])\\d{1,3}(?:,\\d{1,3})*(?=\\s+[\\p{Lu}\"(]|\\s*$)");

    /** Sentences of a paragraph, each analysed, offsets relative to the document via {@code offset}. */
    public List<Sentence> sentences(String paragraph, int offset) {
        List<Sentence> out = new ArrayList<>();
        // "to drain urine.1 Developed by ...": a reference number glued to a full stop is blanked (offsets are kept)
        String text = REFERENCE_MARK.matcher(paragraph).replaceAll(m -> " ".repeat(m.group().length()));
        for (Span s : sentenceSpans(text)) {
            String t = text.substring(s.getStart(), s.getEnd()).stripTrailing();
            out.add(analyse(t, offset + s.getStart()));
        }
        return out;
    }
}

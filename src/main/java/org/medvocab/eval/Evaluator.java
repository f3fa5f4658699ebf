package org.medvocab.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.medvocab.ingest.DocumentCollector;
import org.medvocab.ingest.IngestException;
import org.medvocab.model.Converter;
import org.medvocab.model.VocabularyConfig;

/**
 * Runs the evaluation of a corpus folder against a gold folder: each document is converted ALONE (its own
 * vocabulary graph), its rows are predicted with {@link PredictedRows} and scored against
 * {@code gold/NAME.tsv} with {@link Scorer}.
 *
 * <p>Documents are found as {@code convert} finds them (the folder walk of {@link DocumentCollector}:
 * .txt, .html, .md and the like; README and hidden files skipped). A document is paired with the gold file
 * of the same name without extension. A document without a gold file, or a gold file without a document,
 * is not scored and is reported in {@link Evaluation#notes()}. A document that fails to convert is scored
 * with no predicted rows, and its error is kept with its score.
 */
public final class Evaluator {

    /** The outcome of an evaluation: the scores, and notes about documents and gold files left out. */
    public record Evaluation(CorpusScore score, List<String> notes) {
        public Evaluation {
            notes = List.copyOf(notes);
        }
    }

    private final VocabularyConfig config;

    public Evaluator(VocabularyConfig config) { this.config = config; }

    public Evaluator() { this(VocabularyConfig.defaults()); }

    /**
     * Scores every document of {@code corpus} that has a gold file in {@code goldFolder}.
     *
     * @throws GoldFormatException if a gold file is malformed or the gold folder cannot be read
     * @throws IngestException if the corpus folder does not exist or cannot be listed
     */
    public Evaluation evaluate(Path corpus, Path goldFolder) throws GoldFormatException, IngestException {
        return evaluate(corpus, goldFolder, name -> true);
    }

    /**
     * Scores the documents of {@code corpus} whose name (file name without extension) {@code include} accepts
     * and that have a gold file; the others are left out silently (a held-out set, say), and so are their
     * gold files.
     */
    public Evaluation evaluate(Path corpus, Path goldFolder, Predicate<String> include)
            throws GoldFormatException, IngestException {
        Map<String, GoldStandard> gold = new java.util.TreeMap<>(GoldStandard.readFolder(goldFolder));
        gold.keySet().removeIf(include.negate());
        List<Path> documents = DocumentCollector.collect(List.of(corpus));
        Path goldAbs = goldFolder.toAbsolutePath().normalize();
        List<DocumentScore> scores = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Path doc : documents) {
            if (doc.toAbsolutePath().normalize().startsWith(goldAbs)) continue;
            String name = GoldStandard.documentName(doc);
            if (!include.test(name)) continue;
            GoldStandard g = gold.get(name);
            if (g == null) {
                notes.add(doc + ": no gold file " + goldFolder.resolve(name + ".tsv") + "; not scored");
                continue;
            }
            if (!used.add(name)) {
                notes.add(doc + ": another document already uses gold file " + g.file() + "; not scored");
                continue;
            }
            scores.add(evaluate(doc, g));
        }
        for (String name : gold.keySet()) {
            if (!used.contains(name)) notes.add(gold.get(name).file() + ": no document " + name + ".* in " + corpus + "; not scored");
        }
        return new Evaluation(new CorpusScore(scores), notes);
    }

    /** Converts one document alone and scores it against its gold. */
    public DocumentScore evaluate(Path document, GoldStandard gold) {
        Prediction p = predict(document);
        return Scorer.score(GoldStandard.documentName(document), p.rows(), gold.rows(), p.errors());
    }

    /** The rows predicted for one document, and the conversion errors (if any, the rows are empty). */
    public record Prediction(List<Row> rows, List<String> errors) {}

    /** Converts one document alone and turns its vocabulary into rows. */
    public Prediction predict(Path document) {
        if (!Files.isRegularFile(document)) return new Prediction(List.of(), List.of(document + ": not a file"));
        Converter.Result result = new Converter(config).convert(List.of(document));
        if (result.documents() == 0) return new Prediction(List.of(), result.errors());
        return new Prediction(PredictedRows.from(result.graph()), result.errors());
    }
}

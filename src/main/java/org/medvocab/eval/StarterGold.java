package org.medvocab.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.medvocab.ingest.DocumentCollector;
import org.medvocab.ingest.IngestException;
import org.medvocab.util.AtomicFile;

/**
 * Starter gold files: for each document without one, {@code gold/NAME.tsv} written from what medvocab extracts now,
 * for a person to correct (delete wrong rows, add missed ones, shorten definitions to the prefix that identifies them).
 * An existing gold file is never touched. Scoring the untouched starter files gives 1.0 everywhere, so the scores only
 * mean something after that correction.
 */
public final class StarterGold {
    private StarterGold() {}

    /** The gold format, as the comment at the top of each starter file and the help of {@code eval}. */
    public static String formatHelp(String linePrefix) {
        StringBuilder b = new StringBuilder();
        b.append(linePrefix).append("One gold file per document: gold/NAME.tsv, NAME being the document's file name without its extension.\n");
        b.append(linePrefix).append("UTF-8, one row per line, columns separated by a tab; lines starting with # are comments:\n");
        for (RowKind k : RowKind.values()) {
            b.append(linePrefix).append("  ").append(k.label()).append("\t").append(String.join("\t", k.columns())).append('\n');
        }
        b.append(linePrefix).append("A definition row holds the start of the definition (its prefix). The kind of a related row is one of:\n");
        b.append(linePrefix).append("  ").append(String.join(", ", RowKind.RELATION_KINDS)).append(".\n");
        return b.toString();
    }

    /**
     * Writes a starter gold file for each document of {@code corpus} that {@code include} accepts (by name without
     * extension) and that has no gold file in {@code goldFolder} yet.
     *
     * @return the files written, sorted
     */
    public static List<Path> write(Path corpus, Path goldFolder, Predicate<String> include, Evaluator evaluator)
            throws IngestException, IOException {
        Path goldAbs = goldFolder.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>();
        for (Path doc : DocumentCollector.collect(List.of(corpus))) {
            if (doc.toAbsolutePath().normalize().startsWith(goldAbs)) continue;
            String name = GoldStandard.documentName(doc);
            Path file = goldFolder.resolve(name + ".tsv");
            if (!include.test(name) || Files.exists(file)) continue;
            Evaluator.Prediction p = evaluator.predict(doc);
            StringBuilder b = new StringBuilder();
            b.append("# STARTER gold for ").append(doc.getFileName()).append(", written by medvocab eval --init-gold from what medvocab\n")
                .append("# extracts now. Correct it by hand against the document: delete wrong rows, add the missed ones.\n");
            for (String e : p.errors()) b.append("# conversion error: ").append(oneLine(e)).append('\n');
            b.append(formatHelp("# "));
            for (Row r : p.rows()) b.append(oneLine(r.toTsv().replace('\t', '\u0000')).replace('\u0000', '\t')).append('\n');
            AtomicFile.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
            written.add(file);
        }
        return written;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").replace('\t', ' ');
    }
}

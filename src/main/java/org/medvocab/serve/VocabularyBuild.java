package org.medvocab.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.medvocab.export.ExportFormat;
import org.medvocab.export.Exporter;
import org.medvocab.model.Converter;
import org.medvocab.model.Lemon;
import org.medvocab.model.LexiconBuilder;
import org.medvocab.model.VocabularyConfig;
import org.medvocab.util.AtomicFile;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;

/**
 * Keeps the vocabulary file, and the OntoLex-Lemon lexicon next to it ({@value #LEXICON_FILE}), in step with what they
 * are generated from, by content: {@link #staleReason} compares the {@link BuildFingerprint} recorded next to the file
 * (documents, converter, shapes, the vocabulary and lexicon files themselves) with the current one, and {@link #rebuild}
 * converts the corpus again, validates the result and writes it and the lexicon with their fingerprint (the
 * converter's output is deterministic, so an unchanged corpus gives the same bytes). File times play no part, so a
 * fresh clone of an up-to-date repository needs no conversion.
 */
public final class VocabularyBuild {
    private VocabularyBuild() {}

    /** The file name of the lexicon written next to the vocabulary. */
    public static final String LEXICON_FILE = "lexicon.ttl";

    /** What a rebuild did. {@code changed} is false when the new file has the same bytes as the old one. */
    public record Result(Path vocab, int documents, int concepts, long triples, List<String> errors, ValidationResult validation,
                         boolean changed) {}

    /** A rebuild failed (no documents, or SHACL violations); the vocabulary file was not touched. */
    public static final class BuildException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ValidationResult validation;

        BuildException(String message, ValidationResult validation) {
            super(message);
            this.validation = validation;
        }

        /** The validation that failed, or null. */
        public ValidationResult validation() { return validation; }
    }

    /**
     * Why {@code vocab} should be rebuilt, or empty when it is up to date: the file or its fingerprint is missing, the file
     * is not the one that was built, a document of the corpus, the converter or the shapes changed, or the lexicon next to
     * it ({@value #LEXICON_FILE}) is missing, edited or not recorded.
     *
     * @param corpus the folder of documents (null or missing: then only the file, the converter and the shapes count)
     * @param shapes the shapes the build validates with (null: not validated)
     */
    public static Optional<String> staleReason(Path vocab, Path corpus, Graph shapes) {
        if (!Files.isRegularFile(vocab)) return Optional.of(vocab + " does not exist");
        Path sidecar = BuildFingerprint.sidecar(vocab);
        Optional<BuildFingerprint> recorded = BuildFingerprint.read(sidecar);
        if (recorded.isEmpty()) return Optional.of(vocab + " has no build fingerprint (" + sidecar + ")");
        if (!recorded.get().vocabulary().equals(VocabularyStore.sha256(vocab))) {
            return Optional.of(vocab + " is not the file that was built (it was edited or written by another command)");
        }
        BuildFingerprint now = BuildFingerprint.current(corpus, shapes);
        if (corpus == null || !Files.isDirectory(corpus)) {
            now = new BuildFingerprint(null, now.converter(), now.shapes(), recorded.get().documents(), recorded.get().curation());
        }
        Optional<String> inputs = recorded.get().differences(now, corpus == null ? Path.of(".") : corpus);
        return inputs.isPresent() ? inputs : lexiconStale(lexiconOf(vocab), recorded.get().lexicon());
    }

    /** The OntoLex-Lemon lexicon written with a vocabulary: {@code lexicon.ttl} next to it (where serve loads it from). */
    public static Path lexiconOf(Path vocab) {
        return vocab.resolveSibling(LEXICON_FILE);
    }

    private static Optional<String> lexiconStale(Path lexicon, String recorded) {
        boolean exists = Files.isRegularFile(lexicon);
        if (recorded == null) return exists ? Optional.of(lexicon + " is not recorded in the build fingerprint") : Optional.empty();
        if (!exists) return Optional.of(lexicon + " does not exist");
        if (!recorded.equals(VocabularyStore.sha256(lexicon))) {
            return Optional.of(lexicon + " is not the file that was built (it was edited or written by another command)");
        }
        return Optional.empty();
    }

    /** The curation overlay of a corpus: the folder {@code curation} next to it (null without a corpus). */
    public static Path curation(Path corpus) {
        return corpus == null ? null : corpus.toAbsolutePath().normalize().resolveSibling("curation");
    }

    /** The jar (or class folder) this class was loaded from, or null if unknown. */
    public static Path codeLocation() {
        try {
            var src = VocabularyBuild.class.getProtectionDomain().getCodeSource();
            return src == null ? null : Path.of(src.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Converts {@code corpus} into {@code vocab}: convert, validate against {@code shapes}, write atomically, and record the
     * build fingerprint next to it. When the bytes are unchanged the vocabulary file is left alone.
     *
     * @throws BuildException if no document converts or the vocabulary has SHACL violations (nothing is written)
     */
    public static Result rebuild(Path corpus, Path vocab, Graph shapes) {
        BuildFingerprint inputs = BuildFingerprint.current(corpus, shapes);
        Converter converter = new Converter(VocabularyConfig.defaults()).withCuration(curation(corpus));
        Converter.Result r = converter.convert(List.of(corpus));
        if (r.documents() > 0 && shapes != null) r = org.medvocab.model.VocabularyRepair.repair(r, converter, shapes).result();
        if (r.documents() == 0) {
            throw new BuildException(corpus + ": no document could be converted" + (r.errors().isEmpty() ? "" : " (" + String.join("; ", r.errors()) + ")"), null);
        }
        ValidationResult v = shapes == null ? null : Validator.validate(r.graph(), shapes, r.prefixes());
        if (v != null && !v.conforms()) {
            throw new BuildException("the vocabulary converted from " + corpus + " fails validation (" + v.summary() + "): "
                + Violations.describe(v, 3) + "; " + vocab + " was not written", v);
        }
        byte[] data = turtle(r.graph(), r.prefixes());
        Graph lexiconGraph = LexiconBuilder.build(r.graph(), r.extractions(), VocabularyConfig.defaults().base());
        byte[] lexicon = turtle(lexiconGraph, Lemon.prefixes(r.prefixes()));
        boolean changed;
        try {
            changed = writeIfChanged(vocab, data);
            writeIfChanged(lexiconOf(vocab), lexicon);
            // A failed document is not part of the vocabulary, so the next start tries it again.
            if (r.ok()) {
                String sidecar = inputs.withVocabulary(VocabularyStore.sha256(new ByteArrayInputStream(data)))
                    .withLexicon(VocabularyStore.sha256(new ByteArrayInputStream(lexicon))).format();
                Path file = BuildFingerprint.sidecar(vocab);
                if (!(Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(sidecar))) {
                    AtomicFile.write(file, sidecar.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(vocab + ": cannot be written (" + e.getMessage() + ")", e);
        }
        return new Result(vocab, r.documents(), r.concepts(), r.graph().size(), r.errors(), v, changed);
    }

    private static byte[] turtle(Graph g, org.apache.jena.shared.PrefixMapping prefixes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Exporter.export(g, prefixes, ExportFormat.TURTLE, bytes);
        return bytes.toByteArray();
    }

    /** Writes {@code data} atomically unless the file already has these bytes; whether it wrote. */
    private static boolean writeIfChanged(Path file, byte[] data) throws IOException {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), data)) return false;
        AtomicFile.write(file, data);
        return true;
    }
}

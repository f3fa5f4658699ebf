package org.medvocab.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.medvocab.export.ExportFormat;
import org.medvocab.export.Exporter;
import org.medvocab.model.Converter;
import org.medvocab.model.VocabularyConfig;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;

/**
 * Keeps the vocabulary file in step with the documents it is generated from: {@link #staleReason} says whether the
 * file is missing or older than any document of the corpus or than the medvocab code, and {@link #rebuild} converts the
 * corpus again, validates the result and writes it (the converter's output is deterministic, so an unchanged corpus
 * gives the same bytes).
 */
public final class VocabularyBuild {
    private VocabularyBuild() {}

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
     * Why {@code vocab} should be rebuilt, or empty when it is up to date.
     *
     * @param corpus the folder of documents (may be null or missing: then only the code is compared)
     * @param code   the jar or class folder of medvocab (see {@link #codeLocation()}), or null
     */
    public static Optional<String> staleReason(Path vocab, Path corpus, Path code) {
        if (!Files.isRegularFile(vocab)) return Optional.of(vocab + " does not exist");
        FileTime built = mtime(vocab);
        if (corpus != null && Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.walk(corpus)) {
                Optional<Path> newer = s.filter(Files::isRegularFile).filter(p -> mtime(p).compareTo(built) > 0).sorted().findFirst();
                if (newer.isPresent()) return Optional.of(newer.get() + " is newer than " + vocab);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (code != null && Files.exists(code) && newest(code).compareTo(built) > 0) {
            return Optional.of("the medvocab code (" + code + ") is newer than " + vocab);
        }
        return Optional.empty();
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
     * Converts {@code corpus} into {@code vocab}: convert, validate against {@code shapes}, write atomically. When the
     * bytes are unchanged the file is only touched, so that it is no longer older than its sources.
     *
     * @throws BuildException if no document converts or the vocabulary has SHACL violations (nothing is written)
     */
    public static Result rebuild(Path corpus, Path vocab, Graph shapes) {
        Converter.Result r = new Converter(VocabularyConfig.defaults()).convert(List.of(corpus));
        if (r.documents() > 0 && shapes != null) r = org.medvocab.model.VocabularyRepair.repair(r, VocabularyConfig.defaults(), shapes).result();
        if (r.documents() == 0) {
            throw new BuildException(corpus + ": no document could be converted" + (r.errors().isEmpty() ? "" : " (" + String.join("; ", r.errors()) + ")"), null);
        }
        ValidationResult v = shapes == null ? null : Validator.validate(r.graph(), shapes, r.prefixes());
        if (v != null && !v.conforms()) {
            throw new BuildException("the vocabulary converted from " + corpus + " fails validation (" + v.summary() + "): "
                + Violations.describe(v, 3) + "; " + vocab + " was not written", v);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Exporter.export(r.graph(), r.prefixes(), ExportFormat.TURTLE, bytes);
        byte[] data = bytes.toByteArray();
        boolean changed;
        try {
            changed = !(Files.isRegularFile(vocab) && Arrays.equals(Files.readAllBytes(vocab), data));
            if (changed) {
                Path parent = vocab.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path tmp = Files.createTempFile(parent, ".medvocab-", ".tmp");
                try {
                    Files.write(tmp, data);
                    Files.move(tmp, vocab, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } else {
                Files.setLastModifiedTime(vocab, FileTime.fromMillis(System.currentTimeMillis()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(vocab + ": cannot be written (" + e.getMessage() + ")", e);
        }
        return new Result(vocab, r.documents(), r.concepts(), r.graph().size(), r.errors(), v, changed);
    }

    private static FileTime mtime(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Modification time of a file, or of the newest file under a folder. */
    private static FileTime newest(Path p) {
        if (!Files.isDirectory(p)) return mtime(p);
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).map(VocabularyBuild::mtime).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

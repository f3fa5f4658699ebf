package org.medvocab.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.medvocab.export.ExportFormat;
import org.medvocab.export.Exporter;
import org.medvocab.ingest.DocumentCollector;
import org.medvocab.ingest.IngestException;
import org.medvocab.util.Plural;

/**
 * What a vocabulary file was built from, by content: the SHA-256 of each corpus document, a digest of the converter
 * (its sources, the core ontology and the versions in {@code medvocab-build.properties}, all packaged in the jar) and a
 * digest of the SHACL shapes, plus the SHA-256 of the vocabulary file that was written and of the OntoLex-Lemon lexicon
 * written with it ({@code lexicon.ttl} next to it). It is kept in a small sidecar
 * file next to the vocabulary ({@code medvocab.ttl.fingerprint}), committed with it, so that a fresh clone of an
 * up-to-date repository needs no conversion: file times play no part.
 *
 * <p>The sidecar is plain text, one line per entry, sorted, so the same build always gives the same bytes:
 * <pre>
 * vocabulary 3f2a…
 * lexicon 0b7e…
 * converter 91c0…
 * shapes 5be1…
 * document 7d41… 01-first-document.txt
 * </pre>
 *
 * @param vocabulary SHA-256 of the vocabulary file (null when not yet written)
 * @param converter  digest of the converter
 * @param shapes     digest of the shapes
 * @param documents  SHA-256 of each document, by its path relative to the corpus folder ('/' separated)
 * @param curation   digest of the curation overlay ({@code curation/*.tsv} next to the corpus; "none" without one)
 * @param lexicon    SHA-256 of the lexicon file written with the vocabulary, or null when none was recorded
 */
public record BuildFingerprint(String vocabulary, String converter, String shapes, SortedMap<String, String> documents,
                               String curation, String lexicon) {

    /** The sidecar's file name is the vocabulary's plus this suffix. */
    public static final String SUFFIX = ".fingerprint";

    /** Resources of the jar that make up the converter, hashed in this order (class files are skipped). */
    private static final List<String> CONVERTER_RESOURCES = List.of("medvocab-build.properties", "org/medvocab/ontology/core.ttl",
        "org/medvocab/converter");

    /** Data the converter may read, hashed when present (the grounding lexicon of a later stage). */
    private static final List<String> OPTIONAL_RESOURCES = List.of("org/medvocab/ground");

    /** Text files, whose line ends are normalised before hashing; other files are hashed as bytes. */
    private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile(".*\\.(java|ttl|properties|txt|tsv|md)$");

    private static final String UNKNOWN = "unknown";
    private static final String NONE = "none";
    private static volatile String converterDigest;

    public BuildFingerprint {
        documents = new TreeMap<>(documents);
        if (curation == null) curation = NONE;
    }

    /** A fingerprint without a curation overlay that records no lexicon file. */
    public BuildFingerprint(String vocabulary, String converter, String shapes, SortedMap<String, String> documents) {
        this(vocabulary, converter, shapes, documents, NONE, null);
    }

    /** A fingerprint that records no lexicon file. */
    public BuildFingerprint(String vocabulary, String converter, String shapes, SortedMap<String, String> documents,
                            String curation) {
        this(vocabulary, converter, shapes, documents, curation, null);
    }

    /** The sidecar file of {@code vocab}. */
    public static Path sidecar(Path vocab) {
        return vocab.resolveSibling(vocab.getFileName() + SUFFIX);
    }

    /** The fingerprint of what a build of {@code corpus} with {@code shapes} would use now (no vocabulary yet). */
    public static BuildFingerprint current(Path corpus, Graph shapes) {
        return new BuildFingerprint(null, currentConverter(), shapes == null ? NONE : digest(shapes), documents(corpus),
            curation(VocabularyBuild.curation(corpus)));
    }

    /** The same fingerprint, recording the vocabulary file written from it. */
    public BuildFingerprint withVocabulary(String sha256) {
        return new BuildFingerprint(sha256, converter, shapes, documents, curation, lexicon);
    }

    /** The same fingerprint, recording the OntoLex-Lemon lexicon file written with the vocabulary ({@code lexicon.ttl}). */
    public BuildFingerprint withLexicon(String sha256) {
        return new BuildFingerprint(vocabulary, converter, shapes, documents, curation, sha256);
    }

    /**
     * Why a vocabulary recorded as {@code this} must be built again for {@code now}, or empty when the inputs are the same.
     *
     * @param corpus the corpus folder, to name changed documents
     */
    public Optional<String> differences(BuildFingerprint now, Path corpus) {
        List<String> docs = new ArrayList<>();
        for (Map.Entry<String, String> e : now.documents.entrySet()) {
            String old = documents.get(e.getKey());
            if (old == null) docs.add(corpus.resolve(e.getKey()) + " was added");
            else if (!old.equals(e.getValue())) docs.add(corpus.resolve(e.getKey()) + " changed");
        }
        for (String name : documents.keySet()) {
            if (!now.documents.containsKey(name)) docs.add(corpus.resolve(name) + " was removed");
        }
        if (!docs.isEmpty()) {
            return Optional.of(docs.get(0) + (docs.size() > 1 ? " (and " + Plural.of(docs.size() - 1, "other document") + ")" : ""));
        }
        if (!converter.equals(now.converter) || UNKNOWN.equals(now.converter)) {
            return Optional.of("the converter changed (the medvocab code or a library it uses)");
        }
        if (!shapes.equals(now.shapes)) return Optional.of("the SHACL shapes changed");
        if (!curation.equals(now.curation)) return Optional.of("the curation overlay changed (" + VocabularyBuild.curation(corpus) + ")");
        return Optional.empty();
    }

    /** The sidecar text. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append("# What the vocabulary next to this file was built from (SHA-256). medvocab serve converts the corpus again\n")
            .append("# when a document, the converter, the shapes or the curation overlay no longer match, or when the vocabulary\n")
            .append("# file was changed.\n");
        b.append("vocabulary ").append(vocabulary).append('\n');
        if (lexicon != null) b.append("lexicon ").append(lexicon).append('\n');
        b.append("converter ").append(converter).append('\n');
        b.append("shapes ").append(shapes).append('\n');
        b.append("curation ").append(curation).append('\n');
        documents.forEach((name, sha) -> b.append("document ").append(sha).append(' ').append(name).append('\n'));
        return b.toString();
    }

    /** Reads a sidecar file; empty when it does not exist or cannot be read as one. */
    public static Optional<BuildFingerprint> read(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            String vocabulary = null;
            String lexicon = null;
            String converter = null;
            String shapes = null;
            String curation = NONE;
            SortedMap<String, String> docs = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split(" ", 3);
                switch (f[0]) {
                    case "vocabulary" -> vocabulary = f[1];
                    case "lexicon" -> lexicon = f[1];
                    case "converter" -> converter = f[1];
                    case "shapes" -> shapes = f[1];
                    case "curation" -> curation = f[1];
                    case "document" -> docs.put(f[2], f[1]);
                    default -> { return Optional.empty(); }
                }
            }
            if (vocabulary == null || converter == null || shapes == null) return Optional.empty();
            return Optional.of(new BuildFingerprint(vocabulary, converter, shapes, docs, curation, lexicon));
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 of each document the converter would read in {@code corpus}, by relative path. */
    static SortedMap<String, String> documents(Path corpus) {
        SortedMap<String, String> m = new TreeMap<>();
        if (corpus == null || !Files.isDirectory(corpus)) return m;
        try {
            for (Path f : DocumentCollector.collect(List.of(corpus))) {
                m.put(corpus.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"), VocabularyStore.sha256(f));
            }
        } catch (IngestException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        return m;
    }

    /**
     * Digest of the curation overlay: the name and SHA-256 of every {@code *.tsv} file of {@code dir} (line ends
     * normalised), in name order; "none" when there is no such file.
     */
    static String curation(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return NONE;
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(p)).sorted().toList()) {
                byte[] text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
                all.writeBytes((f.getFileName() + "\n" + sha256(text) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.size() == 0 ? NONE : sha256(all.toByteArray());
    }

    /** Digest of the shapes graph, from its canonical Turtle (the same triples give the same digest). */
    static String digest(Graph shapes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(shapes, PrefixMapping.Factory.create(), ExportFormat.TURTLE, out);
        return sha256(out.toByteArray());
    }

    /**
     * Digest of the converter: the packaged sources of the converter's stages, the core ontology and the build
     * properties (project and library versions), read from the jar or class folder this class comes from. Line ends
     * are normalised, so a checkout with CRLF gives the same digest. "unknown" when they cannot be found.
     */
    public static String currentConverter() {
        String d = converterDigest;
        if (d == null) converterDigest = d = computeConverter();
        return d;
    }

    private static String computeConverter() {
        Path code = VocabularyBuild.codeLocation();
        if (code == null || !Files.exists(code)) return UNKNOWN;
        try {
            if (Files.isDirectory(code)) return converterDigest(code);
            try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + code.toUri()), Map.of())) {
                return converterDigest(jar.getPath("/"));
            }
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    private static String converterDigest(Path root) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<String> roots = new java.util.ArrayList<>(CONVERTER_RESOURCES);
        for (String r : CONVERTER_RESOURCES) {
            if (!Files.exists(root.resolve(r))) return UNKNOWN;
        }
        for (String r : OPTIONAL_RESOURCES) {
            if (Files.exists(root.resolve(r))) roots.add(r);
        }
        for (String r : roots) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(root.resolve(r))) {
                files = s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".class"))
                    .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
            }
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                if (TEXT.matcher(f.toString()).matches()) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
                }
                all.writeBytes((root.relativize(f).toString() + "\n" + sha256(bytes) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return sha256(all.toByteArray());
    }

    private static String sha256(byte[] data) {
        try (InputStream in = new ByteArrayInputStream(data)) {
            return VocabularyStore.sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

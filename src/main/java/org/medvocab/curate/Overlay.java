package org.medvocab.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The curation overlay: every {@code *.tsv} file of a folder (sorted by name), one decision per row with the columns
 * {@code id action subject object author date reason}. Blank lines, {@code #} comments and the header row are skipped.
 * A bad row is reported (file, line, reason) and skipped; the rest still apply.
 */
public record Overlay(List<Decision> decisions, List<String> errors) {

    public static final String HEADER = "id\taction\tsubject\tobject\tauthor\tdate\treason";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static Overlay empty() { return new Overlay(List.of(), List.of()); }

    /** Reads a folder (or one TSV file); a missing folder is an empty overlay. */
    public static Overlay read(Path dirOrFile) {
        if (dirOrFile == null || !Files.exists(dirOrFile)) return empty();
        List<Path> files = new ArrayList<>();
        try {
            if (Files.isDirectory(dirOrFile)) {
                try (Stream<Path> s = Files.list(dirOrFile)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().forEach(files::add);
                }
            } else {
                files.add(dirOrFile);
            }
            List<Decision> out = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (Path f : files) parse(f, Files.readAllLines(f, StandardCharsets.UTF_8), out, errors);
            return new Overlay(List.copyOf(out), List.copyOf(errors));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void parse(Path file, List<String> lines, List<Decision> out, List<String> errors) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) continue;
            String[] c = line.split("\t", -1);
            try {
                if (c.length != 7) throw new IllegalArgumentException("expected 7 tab-separated columns, found " + c.length);
                Decision.Action a = Decision.Action.parse(c[1]);
                if (c[0].isBlank() || c[2].isBlank()) throw new IllegalArgumentException("id and subject are required");
                if (a.needsObject() && c[3].isBlank()) throw new IllegalArgumentException(a.label() + " needs an object");
                if (!DATE.matcher(c[5].strip()).matches()) throw new IllegalArgumentException("date must be YYYY-MM-DD");
                out.add(new Decision(c[0].strip(), a, c[2].strip(), c[3].strip(), c[4].strip(), c[5].strip(), c[6].strip()));
            } catch (IllegalArgumentException e) {
                errors.add(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
    }

    /** One decision as a TSV row (tabs and newlines in values become spaces). */
    public static String row(Decision d) {
        return String.join("\t", Stream.of(d.id(), d.action().label(), d.subject(), d.object(), d.author(), d.date(), d.reason())
            .map(s -> s == null ? "" : s.replaceAll("[\t\r\n]+", " ")).toList());
    }

    /** The ids of the decisions, to mint a new one that is not taken. */
    public java.util.Set<String> ids() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Decision d : decisions) out.add(d.id());
        return out;
    }

    /**
     * Appends one decision to a TSV file of the overlay, atomically ({@link org.medvocab.util.AtomicFile}); a new file
     * starts with the header row.
     *
     * @return the file's bytes before, or null when it did not exist (to put it back with {@link #restore})
     */
    public static byte[] append(Path file, Decision d) throws IOException {
        byte[] before = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        StringBuilder text = new StringBuilder(before == null ? HEADER + "\n" : new String(before, StandardCharsets.UTF_8));
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') text.append('\n');
        text.append(row(d)).append('\n');
        org.medvocab.util.AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        return before;
    }

    /** Puts a file back as {@link #append} found it. */
    public static void restore(Path file, byte[] before) throws IOException {
        if (before == null) Files.deleteIfExists(file);
        else org.medvocab.util.AtomicFile.write(file, before);
    }
}

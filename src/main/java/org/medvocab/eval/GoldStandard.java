package org.medvocab.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gold annotations of one document: a tab-separated file {@code gold/NAME.tsv} whose rows are
 * {@code concept}, {@code altLabel}, {@code broader}, {@code definition} and {@code related} (dev-corpus
 * README). Blank lines and lines starting with {@code #} are skipped; a UTF-8 byte order mark and
 * CR line ends are accepted. Any other malformed line is an error naming the file and the line.
 *
 * @param document the document name the gold belongs to: the file name without {@code .tsv}
 * @param file the gold file
 * @param rows the rows in file order, each with its line number
 */
public record GoldStandard(String document, Path file, List<Row> rows) {

    public GoldStandard {
        rows = List.copyOf(rows);
    }

    /** The rows of one type. */
    public List<Row> rows(RowKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    /** Reads and checks one gold file. */
    public static GoldStandard read(Path file) throws GoldFormatException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new GoldFormatException(file, "not UTF-8", e);
        } catch (IOException e) {
            throw new GoldFormatException(file, "cannot be read (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return parse(file, text);
    }

    /** Parses gold rows from text; {@code file} is used for the document name and in error messages. */
    public static GoldStandard parse(Path file, String text) throws GoldFormatException {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            rows.add(parseRow(file, lineNo, line));
        }
        return new GoldStandard(documentName(file), file, rows);
    }

    private static Row parseRow(Path file, int lineNo, String line) throws GoldFormatException {
        String[] f = line.split("\t", -1);
        RowKind kind = RowKind.fromLabel(f[0]).orElseThrow(() -> new GoldFormatException(file, lineNo,
            "unknown row kind '" + f[0].strip() + "' (expected "
                + Stream.of(RowKind.values()).map(RowKind::label).collect(Collectors.joining(", ")) + ")"));
        if (f.length != kind.fieldCount()) {
            throw new GoldFormatException(file, lineNo, "a " + kind.label() + " row has " + kind.fieldCount()
                + " tab-separated columns (" + kind.label() + ", " + String.join(", ", kind.columns())
                + "), found " + f.length);
        }
        for (int c = 1; c < f.length; c++) {
            f[c] = f[c].strip();
            if (f[c].isEmpty()) {
                throw new GoldFormatException(file, lineNo, "empty " + kind.columns().get(c - 1) + " (column " + (c + 1)
                    + ") in a " + kind.label() + " row");
            }
        }
        Row row = switch (kind) {
            case CONCEPT -> Row.concept(f[1]);
            case ALT_LABEL -> Row.altLabel(f[1], f[2]);
            case BROADER -> Row.broader(f[1], f[2]);
            case DEFINITION -> Row.definition(f[1], f[2]);
            case RELATED -> {
                String rel = Normalizer.relationKind(f[2]);
                if (!RowKind.RELATION_KINDS.contains(rel)) {
                    throw new GoldFormatException(file, lineNo, "unknown related kind '" + f[2] + "' (expected one of "
                        + String.join(", ", RowKind.RELATION_KINDS) + ")");
                }
                yield Row.related(f[1], rel, f[3]);
            }
        };
        return row.atLine(lineNo);
    }

    /** Reads every {@code *.tsv} file of a folder (not recursively), keyed by document name, sorted. */
    public static Map<String, GoldStandard> readFolder(Path folder) throws GoldFormatException {
        if (!Files.isDirectory(folder)) throw new GoldFormatException(folder, 0, "not a folder");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv"))
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new GoldFormatException(folder, "cannot be listed (" + e.getMessage() + ")", e);
        }
        Map<String, GoldStandard> out = new TreeMap<>();
        for (Path f : files) {
            GoldStandard g = read(f);
            out.put(g.document(), g);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The document name of a file: its file name without the last extension ("07-ward-pump-wiki"). */
    public static String documentName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

package org.medvocab.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a competency query must return, read from {@code NAME.expected.tsv} next to {@code NAME.rq}.
 *
 * <p>Format: lines starting with {@code #} and blank lines are comments; the first other line names the columns
 * (tab-separated, a subset of the query's variables); each further line is a row that must be in the result, with
 * cells written as {@link QueryRunner} shows them. A cell {@code *} matches anything and {@code >=N} any number at
 * least N. The result may have more rows: the vocabulary grows as extraction improves, and the file lists the facts
 * that must stay.
 */
public final class ExpectedResults {

    private final Path file;
    private final List<String> columns;
    private final List<List<String>> rows;

    private ExpectedResults(Path file, List<String> columns, List<List<String>> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /** {@code queries/x.rq} → {@code queries/x.expected.tsv} */
    public static Path fileFor(Path query) {
        String name = query.getFileName().toString();
        String base = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
        return query.resolveSibling(base + ".expected.tsv");
    }

    /** Reads an expected-results file. */
    public static ExpectedResults read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> cells = List.of(line.split("\t", -1));
            if (columns == null) {
                columns = cells.stream().map(String::strip).map(c -> c.startsWith("?") ? c.substring(1) : c).toList();
            } else if (cells.size() != columns.size()) {
                throw new IllegalArgumentException(file + ": line " + n + ": " + cells.size() + " cells, the header has " + columns.size());
            } else {
                rows.add(cells);
            }
        }
        if (columns == null) throw new IllegalArgumentException(file + ": no header line");
        return new ExpectedResults(file, columns, rows);
    }

    public Path file() { return file; }

    public List<String> columns() { return columns; }

    public List<List<String>> rows() { return rows; }

    /**
     * The expected rows the result lacks (empty when it has them all).
     *
     * @throws IllegalArgumentException if a column of the file is not a column of the result
     */
    public List<List<String>> missing(QueryRunner.Table actual) {
        int[] idx = new int[columns.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = actual.columns().indexOf(columns.get(i));
            if (idx[i] < 0) {
                throw new IllegalArgumentException(file + ": column '" + columns.get(i) + "' is not in the result " + actual.columns());
            }
        }
        List<List<String>> missing = new ArrayList<>();
        for (List<String> want : rows) {
            boolean found = false;
            for (List<String> got : actual.rows()) {
                boolean all = true;
                for (int i = 0; i < idx.length && all; i++) all = matches(want.get(i), got.get(idx[i]));
                if (all) {
                    found = true;
                    break;
                }
            }
            if (!found) missing.add(want);
        }
        return missing;
    }

    /** Whether an actual cell matches an expected one: {@code *}, {@code >=N}, or the same text. */
    static boolean matches(String expected, String actual) {
        if (expected.equals("*")) return true;
        if (expected.startsWith(">=")) {
            try {
                return new BigDecimal(actual.strip()).compareTo(new BigDecimal(expected.substring(2).strip())) >= 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return expected.equals(actual);
    }
}

package org.medvocab.eval;

import java.nio.file.Path;

/**
 * A gold file that cannot be read or has a malformed row. The message names the file and, for a bad row,
 * the line: {@code gold/x.tsv:7: unknown row kind 'concpt' (expected concept, altLabel, ...)}.
 */
public final class GoldFormatException extends Exception {
    private final Path file;
    private final int line;

    public GoldFormatException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public GoldFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.line = 0;
    }

    /** The gold file. */
    public Path file() { return file; }

    /** The 1-based line of the bad row, or 0 when the problem is with the whole file. */
    public int line() { return line; }
}

package org.medvocab.serve;

import org.medvocab.validate.ReportWriter;
import org.medvocab.validate.ValidationResult;

/**
 * A file could not be loaded into the store, which is left exactly as it was. The message is one line naming the file
 * and either the line and column of a syntax error or the SHACL shapes that failed; {@link #report()} is the full
 * validation report when the cause is validation.
 */
public final class LoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final transient ValidationResult validation;

    LoadException(String source, long line, long column, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.validation = null;
    }

    LoadException(String source, ValidationResult validation, String message) {
        super(message);
        this.source = source;
        this.line = -1;
        this.column = -1;
        this.validation = validation;
    }

    /** The file (or other source) that was being loaded. */
    public String source() { return source; }

    /** The line of a syntax error (1-based), or -1. */
    public long line() { return line; }

    /** The column of a syntax error (1-based), or -1. */
    public long column() { return column; }

    /** The SHACL result when the data failed validation, else null. */
    public ValidationResult validation() { return validation; }

    /** The full text report of a validation failure (every result with its shape, focus, path and value), else the message. */
    public String report() {
        return validation == null ? getMessage() + System.lineSeparator() : ReportWriter.text(validation);
    }
}

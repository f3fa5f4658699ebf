package org.medvocab.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document or input path that cannot be ingested. The message is one line,
 * {@code "<file>: <reason>"}, ready to be prefixed with the command name.
 */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The offending file or folder (not serialised: {@code Path} is not serialisable). */
    private final transient Path file;
    /** The short reason phrase. */
    private final String reason;

    /**
     * @param file the offending file or folder, as the user named it
     * @param reason a short phrase such as {@code "empty document"} or {@code "binary file"}
     */
    public IngestException(Path file, String reason) {
        this(file, reason, null);
    }

    /**
     * @param file the offending file or folder, as the user named it
     * @param reason a short phrase describing the problem
     * @param cause the underlying exception, if any
     */
    public IngestException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the offending file or folder */
    public Path file() {
        return file;
    }

    /** @return the short reason phrase, without the file name */
    public String reason() {
        return reason;
    }
}

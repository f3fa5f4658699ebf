package org.medvocab.link;

/**
 * A target cannot be read. The message is one line: {@code <file>: line <n>: <reason>} (the line only when known),
 * the same shape as the converter's and validator's messages.
 */
public final class TargetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String target;
    private final long line;
    private final String reason;

    public TargetException(String target, long line, String reason) {
        this(target, line, reason, null);
    }

    public TargetException(String target, long line, String reason, Throwable cause) {
        super(target + ": " + (line > 0 ? "line " + line + ": " : "") + oneLine(reason), cause);
        this.target = target;
        this.line = line;
        this.reason = oneLine(reason);
    }

    /** The file (or endpoint) that failed. */
    public String target() { return target; }

    /** The 1-based line of the problem, or -1 when unknown. */
    public long line() { return line; }

    /** What is wrong, without file and line. */
    public String reason() { return reason; }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}

package org.medvocab.validate;

/** Shapes could not be loaded: a missing folder, a folder without {@code *.ttl} files, bad Turtle or bad SHACL. The message is one line. */
public final class ShapesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ShapesException(String message) { super(message); }

    public ShapesException(String message, Throwable cause) { super(message, cause); }
}

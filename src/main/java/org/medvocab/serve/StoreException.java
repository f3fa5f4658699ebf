package org.medvocab.serve;

/** The database folder cannot be opened or used; the message is one line that names the folder. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

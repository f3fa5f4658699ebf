package org.medvocab.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.apache.jena.atlas.json.JsonObject;

/**
 * The audit log of accepted writes: one JSON object per line (who, when, what, how much), appended and flushed before
 * the client gets its answer. A log that cannot be written does not fail the write (it is already committed); the
 * problem goes to standard error.
 */
final class AuditLog {
    private final Path file;

    AuditLog(Path file) { this.file = file; }

    /** One accepted write. */
    record Entry(Instant time, String user, String method, String target, long bytes, int status, boolean force,
                 long triplesBefore, long triplesAfter, long conceptsBefore, long conceptsAfter) {
        String json() {
            JsonObject o = new JsonObject();
            o.put("time", time.toString());
            o.put("user", user == null ? "" : user);
            o.put("method", method);
            o.put("target", target);
            o.put("bytes", bytes);
            o.put("status", status);
            o.put("force", force);
            o.put("vocabularyTriplesBefore", triplesBefore);
            o.put("vocabularyTriplesAfter", triplesAfter);
            o.put("conceptsBefore", conceptsBefore);
            o.put("conceptsAfter", conceptsAfter);
            return o.toString().replaceAll("\\s*\\R\\s*", " ");
        }
    }

    synchronized void append(Entry e) {
        if (file == null) return;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, e.json() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException | UncheckedIOException ex) {
            System.err.println("medvocab serve: cannot append to the audit log " + file + ": " + ex.getMessage());
        }
    }
}

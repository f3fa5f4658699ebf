package org.medvocab.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: all or nothing, no temporary file left, and the file mode the umask gives (not 0600). */
class AtomicFileTest {

    @TempDir Path tmp;

    static boolean posix() { return FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); }

    @Test void aWrittenFileHasTheModeOfAnyNewFile() throws IOException {
        assumeTrue(posix());
        Path reference = tmp.resolve("plain.txt");
        try (OutputStream out = Files.newOutputStream(reference)) {
            out.write('x');
        }
        Path file = tmp.resolve("sub/atomic.ttl");
        AtomicFile.write(file, "a".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file), "mode follows the umask");
        // Replacing a file gives it the same mode again.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        AtomicFile.write(file, "b".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
        assertEquals("b", Files.readString(file));
    }

    @Test void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = tmp.resolve("keep.txt");
        AtomicFile.write(file, "old".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(file), s.toList());
        }
    }

    /** In a separate JVM with umask 002, as a user would run it: export and convert give group-writable files (0664). */
    @Test void exportAndConvertFollowTheUmaskOfTheProcess() throws Exception {
        assumeTrue(posix() && Files.isExecutable(Path.of("/bin/sh")));
        Path doc = Files.writeString(tmp.resolve("gadget.txt"), "gadget\na small device used in tests.\n");
        Path vocab = tmp.resolve("vocab.ttl");
        Path exported = tmp.resolve("vocab.nt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        String script = "umask 002 && \"$0\" -cp \"$1\" org.medvocab.cli.Main convert -q \"$2\" -o \"$3\""
            + " && exec \"$0\" -cp \"$1\" org.medvocab.cli.Main export \"$3\" -f ntriples -o \"$4\"";
        Process p = new ProcessBuilder("/bin/sh", "-c", script, java, cp, doc.toString(), vocab.toString(), exported.toString())
            .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        Set<PosixFilePermission> groupWritable = PosixFilePermissions.fromString("rw-rw-r--");
        assertEquals(groupWritable, Files.getPosixFilePermissions(vocab), "convert");
        assertEquals(groupWritable, Files.getPosixFilePermissions(exported), "export");
    }
}

package org.medvocab.link;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads a text file line by line with strict decoding, counting lines and bytes: a byte sequence that is not valid
 * in the file's encoding is an error naming its line, never a silent replacement character. Lines are split on
 * bytes ({@code \n}, with a trailing {@code \r} dropped) and decoded one by one, so the encoding must be
 * ASCII-compatible (UTF-8, ISO-8859-1, windows-1252 and the like). Files ending in {@code .gz} are decompressed.
 */
final class TextLines implements Closeable {
    private final String name;
    private final Charset charset;
    private final CountingInputStream counter;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final long size;
    private long line;
    private byte[] buf = new byte[256];
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private boolean eof;
    // character reading (CSV): the current decoded line and the position in it
    private String current;
    private int pos;
    private int pushback = -1;

    TextLines(Path file, Charset charset) {
        this.name = file.toString();
        this.charset = charset;
        try {
            this.size = Files.size(file);
            this.counter = new CountingInputStream(Files.newInputStream(file));
            InputStream raw = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(counter, 1 << 16) : counter;
            this.in = raw;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        } catch (NoSuchFileException e) {
            throw new TargetException(name, -1, "no such file");
        } catch (IOException e) {
            throw new TargetException(name, -1, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Checks that a path is a readable regular file, with a one-line error otherwise. */
    static void check(Path file) {
        if (!Files.exists(file)) throw new TargetException(file.toString(), -1, "no such file");
        if (Files.isDirectory(file)) throw new TargetException(file.toString(), -1, "is a directory, not a target file");
        if (!Files.isReadable(file)) throw new TargetException(file.toString(), -1, "permission denied");
    }

    /** The next line without its terminator, or null at the end. */
    String next() {
        int n = 0;
        boolean any = false;
        try {
            outer:
            while (true) {
                if (chunkPos >= chunkLen) {
                    if (eof) break;
                    chunkLen = in.read(chunk, 0, chunk.length);
                    chunkPos = 0;
                    if (chunkLen <= 0) {
                        chunkLen = 0;
                        eof = true;
                        break;
                    }
                }
                any = true;
                int start = chunkPos;
                while (chunkPos < chunkLen) {
                    if (chunk[chunkPos] == '\n') {
                        n = append(n, start, chunkPos);
                        chunkPos++;
                        break outer;
                    }
                    chunkPos++;
                }
                n = append(n, start, chunkPos);
            }
        } catch (IOException e) {
            throw new TargetException(name, line + 1, "cannot be read (" + e.getMessage() + ")");
        }
        if (!any) return null;
        line++;
        if (n > 0 && buf[n - 1] == '\r') n--;
        String s;
        if (ascii(buf, n)) {
            s = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        } else {
            try {
                CharBuffer cb = decoder.reset().decode(ByteBuffer.wrap(buf, 0, n));
                s = cb.toString();
            } catch (CharacterCodingException e) {
                int at = firstBad(n);
                throw new TargetException(name, line, "not " + charset.name() + (at >= 0 ? String.format(" (invalid byte 0x%02X at column %d)", buf[at] & 0xFF, at + 1) : "")
                    + (charset.equals(StandardCharsets.UTF_8) ? "; if the file is Latin-1, give encoding=ISO-8859-1" : ""));
            }
        }
        if (line == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        return s;
    }

    private int append(int n, int from, int to) {
        int len = to - from;
        if (n + len > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + len));
        System.arraycopy(chunk, from, buf, n, len);
        return n + len;
    }

    private static boolean ascii(byte[] b, int n) {
        for (int i = 0; i < n; i++) if (b[i] < 0) return false;
        return true;
    }

    /** The first byte at which strict decoding fails, or -1. */
    private int firstBad(int n) {
        for (int i = 0; i < n; i++) {
            if (buf[i] >= 0) continue;
            for (int len = 1; len <= 4 && i + len <= n; len++) {
                try {
                    charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf, i, len));
                    i += len - 1;
                    break;
                } catch (CharacterCodingException e) {
                    if (len == 4 || i + len == n) return i;
                }
            }
        }
        return -1;
    }

    /** Reads one character (for CSV records spanning lines), '\n' at each line end; -1 at the end. */
    int read() {
        if (pushback >= 0) {
            int c = pushback;
            pushback = -1;
            return c;
        }
        if (current == null) {
            current = next();
            pos = 0;
            if (current == null) return -1;
        }
        if (pos < current.length()) return current.charAt(pos++);
        current = null;
        return '\n';
    }

    /** Pushes one character back, to be returned by the next {@link #read()}. */
    void unread(int c) { pushback = c; }

    /** The number of the last line read (1-based). */
    long line() { return line; }

    long bytesRead() { return counter.count; }

    long size() { return size; }

    @Override public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** Counts the bytes read from a stream (for progress). */
    static final class CountingInputStream extends FilterInputStream {
        volatile long count;

        CountingInputStream(InputStream in) { super(in); }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}

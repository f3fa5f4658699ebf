package org.medvocab.validate;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.CDTAwareParserProfile;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.ParserProfile;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.FactoryRDFStd;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.TokenType;

/**
 * Reads an N-Triples file straight from its bytes into a {@link CompactGraph.Builder}: each term is looked up by its
 * bytes in a cache of recently seen terms (a subject on consecutive lines, the predicates, classes, blank nodes of one
 * block), and only a term not in the cache becomes a node, made by Jena's own parser profile from the token Jena's
 * tokenizer gives (the profile {@code RDFParser} uses for N-Triples: no base, relative IRIs allowed, no checking), and is
 * interned. So the nodes, and the ids they get (in order of first use), are those of Jena's parser feeding the builder.
 *
 * <p>It takes a strict subset of N-Triples, the lines Jena's writers and ours write: IRIs of printable ASCII without
 * escapes and without the characters Jena's tokenizer complains about, blank node labels of ASCII letters, digits,
 * {@code _} and {@code -}, literals with the N-Triples escapes and no control character but the tab, language tags of
 * letters, digits and hyphens, datatypes as IRIs, spaces or tabs between terms, comments, blank lines, LF or CRLF line
 * ends. On anything else (or a warning or error of Jena's profile, or ill-formed UTF-8) it throws {@link Unsupported},
 * and the caller reads the file with Jena's parser, which reports problems with their true line. A large file is read
 * in parts on the cores. {@code NTriplesReaderTest} checks the graph and its ids equal Jena's on odd literals, language
 * tags, datatypes, blank nodes and escapes, whole and in parts, and that what is outside the subset is refused.
 */
final class NTriplesReader {

    /** The file is outside the subset this reader takes, or Jena's profile objected: read it with Jena's parser. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String why, long line) {
            super(why + " at line " + line, null, false, false);
        }
    }

    private static final int CACHE = 1 << 17;
    private static final int BUFFER = 1 << 22;
    /** The bytes an IRI may hold here: printable ASCII but for those Jena's tokenizer refuses or warns about. */
    private static final boolean[] IRI = ascii(c -> c > 0x20 && c < 0x7F && "<>\"{}|^`\\".indexOf(c) < 0);
    /** The first character of a blank node label here, and the others. */
    private static final boolean[] LABEL_FIRST = ascii(c -> Character.isLetterOrDigit(c) || c == '_');
    private static final boolean[] LABEL = ascii(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Below this many bytes per part, a file is read by one thread. */
    private static final long MIN_PART = 8L << 20;

    private final CompactGraph.Builder builder = new CompactGraph.Builder();
    private final ParserProfile profile;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();   // reports ill-formed input
    private final int[] cacheHash = new int[CACHE], cacheId = new int[CACHE];
    private final byte[][] cacheKey = new byte[CACHE][];
    private long line;
    /** The id of the term last read. */
    private int id;

    /** A reader whose blank nodes are those of every other reader with the same {@code seed} (Jena's allocation by hash). */
    private NTriplesReader(UUID seed) {
        // no node cache (Jena's default factory has one): the terms' cache and the builder's node table do that work
        profile = new CDTAwareParserProfile(new FactoryRDFStd(LabelToNode.createScopeByDocumentHash(seed)),
            ErrorHandlerFactory.errorHandlerStrictNoLogging,
            IRIxResolver.create().base((String) null).resolve(true).allowRelative(true).build(),
            PrefixMapFactory.create(), RIOT.getContext().copy(), false, false);
    }

    /**
     * The builder holding the triples of {@code file}; throws {@link Unsupported} for a file outside the subset. A large
     * file is cut after line feeds into a part per core, each read by its own reader on its own thread; the parts'
     * builders are then appended in file order ({@link CompactGraph.Builder#append}), so every node gets the id one
     * reader of the whole file gives it.
     */
    static CompactGraph.Builder read(Path file) throws IOException {
        long parts = Math.min(Runtime.getRuntime().availableProcessors(), Files.size(file) / MIN_PART);
        return read(file, (int) Math.max(1, parts));
    }

    /** The builder holding the triples of {@code file}, read in {@code parts} parts (fewer if it has fewer lines). */
    static CompactGraph.Builder read(Path file, int parts) throws IOException {
        long[] cuts = cuts(file, Files.size(file), parts);
        UUID seed = UUID.randomUUID();
        if (parts == 1) return part(file, cuts[0], cuts[1], seed);
        ExecutorService pool = Executors.newFixedThreadPool(parts - 1, r -> {
            Thread t = new Thread(r, "medvocab-read-nt");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CompactGraph.Builder>> later = new ArrayList<>();
            for (int k = 1; k < parts; k++) {
                long from = cuts[k], to = cuts[k + 1];
                later.add(pool.submit(() -> part(file, from, to, seed)));
            }
            CompactGraph.Builder all = part(file, cuts[0], cuts[1], seed);
            for (Future<CompactGraph.Builder> f : later) all.append(result(f));
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static CompactGraph.Builder result(Future<CompactGraph.Builder> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unsupported("interrupted", 0);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The triples of the lines in bytes {@code [from, to)} of {@code file}. */
    private static CompactGraph.Builder part(Path file, long from, long to, UUID seed) throws IOException {
        NTriplesReader r = new NTriplesReader(seed);
        try (FileChannel channel = FileChannel.open(file)) {
            channel.position(from);
            r.readAll(Channels.newInputStream(channel), to - from, from == 0 ? Files.size(file) : to - from);
        } catch (RiotException e) {
            throw new Unsupported(e.getMessage(), r.line);
        }
        return r.builder;
    }

    /** {@code 0}, the starts of parts 2 to {@code parts} (each just after a line feed, or the end) and {@code size}. */
    private static long[] cuts(Path file, long size, int parts) throws IOException {
        long[] cuts = new long[parts + 1];
        cuts[parts] = size;
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer b = ByteBuffer.allocate(1 << 16);
            for (int k = 1; k < parts; k++) cuts[k] = lineStart(channel, b, Math.max(cuts[k - 1], k * size / parts), size);
        }
        return cuts;
    }

    /** The offset just after the first line feed at or after {@code at}, or {@code size}. */
    private static long lineStart(FileChannel channel, ByteBuffer b, long at, long size) throws IOException {
        while (at < size) {
            b.clear();
            int n = channel.read(b, at);
            if (n <= 0) break;
            for (int i = 0; i < n; i++) if (b.get(i) == '\n') return at + i + 1;
            at += n;
        }
        return size;
    }

    /**
     * Reads {@code length} bytes of {@code in}, whole lines at a time. After the first buffer the builder's columns are
     * sized for the triples of {@code expected} bytes at that buffer's bytes per line (so that they are not copied as they
     * grow, and the collector does not copy them young).
     */
    private void readAll(InputStream in, long length, long expected) throws IOException {
        byte[] b = new byte[(int) Math.min(BUFFER, Math.max(length, 16))];
        int filled = 0;
        long left = length;
        for (boolean first = true; ; first = false) {
            int n = in.readNBytes(b, filled, (int) Math.min(b.length - filled, left));
            filled += n;
            left -= n;
            boolean end = left == 0 || n == 0;
            int done = lines(b, filled, end);
            if (first && done > 0) builder.expect((long) (expected * 1.05 * line / done) + 1024);
            System.arraycopy(b, done, b, 0, filled - done);
            filled -= done;
            if (end) return;
            if (filled == b.length) b = Arrays.copyOf(b, b.length * 2);   // one line longer than the buffer
        }
    }

    /** Reads the whole lines of {@code b[0, limit)} (and the last, unterminated one at the end); gives the bytes used. */
    private int lines(byte[] b, int limit, boolean end) {
        int start = 0;
        while (start < limit) {
            int nl = start;
            while (nl < limit && b[nl] != '\n') nl++;
            if (nl == limit && !end) return start;
            line++;
            line(b, start, nl);
            start = nl + 1;
        }
        return limit;
    }

    private void line(byte[] b, int from, int to) {
        if (to > from && b[to - 1] == '\r') to--;
        int i = spaces(b, from, to);
        if (i == to || b[i] == '#') return;
        if (b[i] == '<') i = iri(b, i, to);
        else if (b[i] == '_') i = blank(b, i, to);
        else throw new Unsupported("subject", line);
        int s = id;
        i = spaces(b, i, to);
        if (i == to || b[i] != '<') throw new Unsupported("predicate", line);
        i = iri(b, i, to);
        int p = id;
        i = spaces(b, i, to);
        if (i == to) throw new Unsupported("object", line);
        if (b[i] == '<') i = iri(b, i, to);
        else if (b[i] == '_') i = blank(b, i, to);
        else if (b[i] == '"') i = literal(b, i, to);
        else throw new Unsupported("object", line);
        int o = id;
        i = spaces(b, i, to);
        if (i == to || b[i] != '.') throw new Unsupported("end of triple", line);
        i = spaces(b, i + 1, to);
        if (i != to && b[i] != '#') throw new Unsupported("after the triple", line);
        builder.add(s, p, o);
    }

    private static int spaces(byte[] b, int i, int to) {
        while (i < to && (b[i] == ' ' || b[i] == '\t')) i++;
        return i;
    }

    /** An IRI at {@code b[i] == '<'}; gives the index after its {@code >}. */
    private int iri(byte[] b, int i, int to) {
        int end = iriEnd(b, i, to);
        id = term(b, i, end);
        return end;
    }

    private int iriEnd(byte[] b, int i, int to) {
        int j = i + 1;
        while (j < to && b[j] >= 0 && IRI[b[j]]) j++;
        if (j == to || b[j] != '>') throw new Unsupported("IRI", line);
        return j + 1;
    }

    /** A blank node at {@code b[i] == '_'}, which a space or tab must follow. */
    private int blank(byte[] b, int i, int to) {
        int j = i + 2;
        if (j >= to || b[i + 1] != ':' || b[j] < 0 || !LABEL_FIRST[b[j]]) throw new Unsupported("blank node", line);
        while (j < to && b[j] >= 0 && LABEL[b[j]]) j++;
        if (j == to || (b[j] != ' ' && b[j] != '\t')) throw new Unsupported("blank node label", line);
        id = term(b, i, j);
        return j;
    }

    /** A literal at {@code b[i] == '"'}, with its language tag (which a space or tab must follow) or datatype. */
    private int literal(byte[] b, int i, int to) {
        int j = closingQuote(b, i, to) + 1;
        if (j < to && b[j] == '@') {
            j = subtag(b, j + 1, to, true);
            while (j < to && b[j] == '-') j = subtag(b, j + 1, to, false);
            if (j == to || (b[j] != ' ' && b[j] != '\t')) throw new Unsupported("language tag", line);
        } else if (j + 2 < to && b[j] == '^' && b[j + 1] == '^' && b[j + 2] == '<') {
            j = iriEnd(b, j + 2, to);
        }
        id = term(b, i, j);
        return j;
    }

    private int closingQuote(byte[] b, int i, int to) {
        int j = i + 1;
        while (j < to && b[j] != '"') {
            if (b[j] >= 0 && b[j] < 0x20 && b[j] != '\t' || b[j] == 0x7F) throw new Unsupported("control character in a literal", line);
            j += b[j] == '\\' ? 2 : 1;
        }
        if (j >= to) throw new Unsupported("literal", line);
        return j;
    }

    /** One part of a language tag: letters only if {@code first}, else letters and digits; gives the index after it. */
    private int subtag(byte[] b, int i, int to, boolean first) {
        int j = i;
        while (j < to && (isLetter(b[j]) || !first && b[j] >= '0' && b[j] <= '9')) j++;
        if (j == i) throw new Unsupported("language tag", line);
        return j;
    }

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The id of the term {@code b[from, to)}: from the cache, or made into a node and interned. */
    private int term(byte[] b, int from, int to) {
        int h = hash(b, from, to);
        int slot = h & (CACHE - 1);
        byte[] k = cacheKey[slot];
        if (k != null && cacheHash[slot] == h && Arrays.equals(k, 0, k.length, b, from, to)) return cacheId[slot];
        int n = builder.intern(node(b, from, to));
        cacheKey[slot] = Arrays.copyOfRange(b, from, to);
        cacheHash[slot] = h;
        cacheId[slot] = n;
        return n;
    }

    /** A hash of {@code b[from, to)}, eight bytes at a time. */
    private static int hash(byte[] b, int from, int to) {
        long h = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
        for (; i < to; i++) h = (h ^ b[i]) * 0x100000001B3L;
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }

    /** The node of a term, as Jena's N-Triples parser makes it from its token. */
    private Node node(byte[] b, int from, int to) {
        Token token;
        if (b[from] == '<') {
            token = new Token(TokenType.IRI, text(b, from + 1, to - 1));
        } else if (b[from] == '_') {
            token = new Token(TokenType.BNODE, text(b, from + 2, to));
        } else {
            int q = closingQuote(b, from, to);
            String lexical = unescape(text(b, from + 1, q));
            if (q + 1 == to) token = new Token(TokenType.STRING, lexical);
            else if (b[q + 1] == '@') token = new Token(TokenType.LITERAL_LANG, lexical, text(b, q + 2, to));
            else token = new Token(TokenType.LITERAL_DT, lexical).setSubToken2(new Token(TokenType.IRI, text(b, q + 4, to - 1)));
        }
        return profile.create(null, token);
    }

    /** The UTF-8 text of {@code b[from, to)}; ill-formed UTF-8 is refused. */
    private String text(byte[] b, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) ascii = b[i] >= 0;
        if (ascii) return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        try {
            return utf8.decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new Unsupported("ill-formed UTF-8", line);
        }
    }

    /** A literal's lexical form with its escapes ({@code \t \b \n \r \f \" \' \\ \\uXXXX \\UXXXXXXXX}) replaced. */
    private String unescape(String s) {
        int i = s.indexOf('\\');
        if (i < 0) return s;
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case '"', '\'', '\\' -> out.append(e);
                case 'u', 'U' -> {
                    int digits = e == 'u' ? 4 : 8;
                    out.appendCodePoint(codePoint(s, i, digits));
                    i += digits;
                }
                default -> throw new Unsupported("escape \\" + e, line);
            }
        }
        return out.toString();
    }

    private int codePoint(String s, int i, int digits) {
        if (i + digits > s.length()) throw new Unsupported("escape", line);
        int cp = 0;
        for (int k = i; k < i + digits; k++) {
            char c = s.charAt(k);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) throw new Unsupported("escape", line);
            cp = cp * 16 + d;
        }
        if (cp > Character.MAX_CODE_POINT || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            throw new Unsupported("escape of a surrogate or beyond Unicode", line);
        }
        return cp;
    }

    /** The ASCII characters that pass {@code test}, as a table by byte value. */
    private static boolean[] ascii(java.util.function.IntPredicate test) {
        boolean[] t = new boolean[128];
        for (int c = 0; c < 128; c++) t[c] = test.test(c);
        return t;
    }
}

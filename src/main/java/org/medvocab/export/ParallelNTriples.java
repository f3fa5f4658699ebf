package org.medvocab.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads a large N-Triples file with a parser per chunk of lines on the cores, while the calling thread adds the
 * triples of the chunks, in file order, to the graph (parsing, not adding, is most of a read). N-Triples lines stand
 * alone, so a chunk boundary is any line end; blank node labels map to the same node in every chunk because every
 * chunk's parser allocates them from the same per-read seed (Jena's default allocation, a hash of seed and label).
 * Any warning or error in any chunk gives up (null): the caller then reads the file the plain way, which reports the
 * problem with its true line number. {@code ParallelNTriplesTest} checks the graph is the one-parser graph.
 */
final class ParallelNTriples {
    private ParallelNTriples() {}

    /** Files smaller than this are read by one parser (about a second of parsing). */
    static final long MIN_BYTES = 32L << 20;
    /** Bytes per chunk (about 60,000 lines of a vocabulary). */
    static final int CHUNK = 8 << 20;

    /** The file's graph, or null when it is small or compressed, there is one core, or any chunk had a problem. */
    static Graph read(Path file) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        if (threads < 2 || !file.getFileName().toString().endsWith(".nt") || java.nio.file.Files.size(file) < MIN_BYTES) return null;
        return read(file, CHUNK, threads);
    }

    /** {@link #read(Path)} with a given chunk size and number of parsing threads (tests use small chunks). */
    static Graph read(Path file, int chunk, int threads) throws IOException {
        List<long[]> ranges = ranges(file, chunk);
        UUID seed = UUID.randomUUID();
        AtomicBoolean problem = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "medvocab-read");
            t.setDaemon(true);
            return t;
        });
        try {
            // at most a few chunks parsed ahead of the adding, so a file much larger than the heap's spare room reads too
            java.util.ArrayDeque<Future<List<Triple>>> ahead = new java.util.ArrayDeque<>();
            int next = 0;
            Graph g = GraphFactory.createDefaultGraph();
            while (next < ranges.size() || !ahead.isEmpty()) {
                while (next < ranges.size() && ahead.size() < 2 * threads) {
                    long[] r = ranges.get(next++);
                    ahead.add(pool.submit(() -> parse(file, r, seed, problem)));
                }
                List<Triple> triples = ahead.poll().get();
                if (problem.get()) return null;
                triples.forEach(g::add);
            }
            return g;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(file + ": interrupted", e);
        } catch (ExecutionException e) {
            return null;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Byte ranges {start, end} of whole lines, each about {@code chunk} bytes. */
    private static List<long[]> ranges(Path file, int chunk) throws IOException {
        List<long[]> out = new ArrayList<>();
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long size = f.length(), start = 0;
            while (start < size) {
                long end = Math.min(size, start + chunk);
                if (end < size) {
                    f.seek(end);
                    int b;
                    while ((b = f.read()) != -1 && b != '\n') end++;
                    end = Math.min(size, end + 1);
                }
                out.add(new long[] {start, end});
                start = end;
            }
        }
        return out;
    }

    private static List<Triple> parse(Path file, long[] range, UUID seed, AtomicBoolean problem) throws IOException {
        if (problem.get()) return List.of();
        byte[] bytes = new byte[(int) (range[1] - range[0])];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(range[0]);
            f.readFully(bytes);
        }
        List<Triple> out = new ArrayList<>(bytes.length / 100);
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.NTRIPLES)
                .labelToNode(LabelToNode.createScopeByDocumentHash(seed))
                .errorHandler(new GiveUp(problem))
                .parse(new StreamRDFBase() {
                    @Override public void triple(Triple t) { out.add(t); }
                    @Override public void quad(Quad q) { problem.set(true); }
                });
        } catch (RuntimeException e) {
            problem.set(true);
        }
        return problem.get() ? List.of() : out;
    }

    /** Notes any warning or error; errors also stop the chunk's parser. */
    private record GiveUp(AtomicBoolean problem) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { problem.set(true); }
        @Override public void error(String message, long line, long col) {
            problem.set(true);
            throw new org.apache.jena.riot.RiotException(message);
        }
        @Override public void fatal(String message, long line, long col) { error(message, line, col); }
    }
}

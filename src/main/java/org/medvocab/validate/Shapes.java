package org.medvocab.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SHACL shapes a vocabulary is validated against. {@link #defaults()} are the shapes of the {@code shapes/}
 * folder, packaged in the jar under {@value #RESOURCE_DIR}; {@link #load(Path)} reads another folder.
 */
public final class Shapes {
    private Shapes() {}

    /** Namespace of the shape IRIs (prefix {@code mvs:}). */
    public static final String NS = "https://w3id.org/medvocab/shapes#";
    /** Preferred prefix of {@link #NS}. */
    public static final String PREFIX = "mvs";
    /** Where the default shapes are in the jar (the build copies {@code shapes/*.ttl} there). */
    public static final String RESOURCE_DIR = "org/medvocab/shapes/";
    /** The files of the default shapes; a test checks that this is every {@code *.ttl} of {@code shapes/}. */
    public static final List<String> DEFAULT_FILES = List.of("skos.ttl", "owl.ttl", "domain.ttl", "lexicon.ttl");

    private static volatile Graph defaults;

    /**
     * The built-in shapes, read from the classpath once.
     *
     * @return a fresh copy of the shapes graph, with its prefixes
     * @throws ShapesException if a packaged file is missing or malformed (a build error)
     */
    public static Graph defaults() {
        Graph g = defaults;
        if (g == null) {
            synchronized (Shapes.class) {
                if (defaults == null) defaults = readDefaults();
                g = defaults;
            }
        }
        return copy(g);
    }

    /**
     * Starts loading shapes on a thread of their own, the built-in ones ({@link #defaults()}) for {@code null}, else
     * {@link #load(Path)}, so that they are parsed while the data is read (about a second of a fresh JVM).
     *
     * @return the shapes graph when asked for, waiting for the load; it throws the {@link ShapesException} the load threw
     */
    public static java.util.function.Supplier<Graph> inBackground(Path dir) {
        org.apache.jena.sys.JenaSystem.init();   // Jena initialised here, once, before two threads use it
        java.util.concurrent.FutureTask<Graph> task = new java.util.concurrent.FutureTask<>(() -> dir == null ? defaults() : load(dir));
        Thread t = new Thread(task, "medvocab-shapes");
        t.setDaemon(true);
        t.start();
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShapesException("interrupted while loading the shapes", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    private static Graph readDefaults() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : DEFAULT_FILES) {
            String resource = RESOURCE_DIR + f;
            try (InputStream in = Shapes.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new ShapesException(resource + ": not on the classpath");
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException | RiotException e) {
                throw new ShapesException(resource + ": " + oneLine(e.getMessage()), e);
            }
        }
        check(g, "built-in shapes");
        return g;
    }

    /**
     * Reads every {@code *.ttl} file of a folder (not its sub-folders), in name order, into one shapes graph. A
     * single Turtle file may be given instead of a folder.
     *
     * @param dir the folder (or file)
     * @return the shapes graph
     * @throws ShapesException if the folder does not exist, holds no {@code *.ttl} file, a file is not valid Turtle,
     *     or the shapes are not valid SHACL; the message names the file
     */
    public static Graph load(Path dir) {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(dir)) {
            files.add(dir);
        } else if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".ttl") && Files.isRegularFile(p)).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new ShapesException(dir + ": cannot be read (" + oneLine(e.getMessage()) + ")", e);
            }
            if (files.isEmpty()) throw new ShapesException(dir + ": no shapes (*.ttl files) in this folder");
        } else {
            throw new ShapesException(dir + ": no such folder");
        }
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : files) {
            try {
                RDFParser.source(f).lang(Lang.TURTLE).parse(g);
            } catch (RiotException e) {
                throw new ShapesException(f + ": " + oneLine(e.getMessage()), e);
            }
        }
        check(g, dir.toString());
        return g;
    }

    /** Fails unless the graph parses as SHACL and holds at least one shape. */
    private static void check(Graph g, String where) {
        org.apache.jena.shacl.Shapes parsed = parse(g, where);
        if (parsed.numRootShapes() == 0) throw new ShapesException(where + ": no SHACL shapes with a target");
    }

    /** Parses a shapes graph for Jena SHACL, turning its errors into a {@link ShapesException}. */
    static org.apache.jena.shacl.Shapes parse(Graph g, String where) {
        try {
            return org.apache.jena.shacl.Shapes.parse(g);
        } catch (ShaclException | RiotException | org.apache.jena.query.QueryException e) {
            throw new ShapesException(where + ": not valid SHACL (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        c.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        return c;
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

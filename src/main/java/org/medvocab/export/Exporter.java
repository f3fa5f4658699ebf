package org.medvocab.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.atlas.AtlasException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.WriterGraphRIOT;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads vocabulary files in any RDF syntax Jena knows and writes graphs in the
 * {@linkplain ExportFormat export formats}.
 *
 * <p>Turtle and N-Triples output is deterministic: the same triples give the same bytes,
 * whatever their order and blank node labels (see {@link CanonicalTurtleWriter}; N-Triples lines
 * are sorted and blank nodes labelled {@code _:b0}, {@code _:b1}, ... by the same structural
 * hash, with the same limitation for blank nodes the hash cannot tell apart). RDF/XML and JSON-LD
 * are written by Jena and are not guaranteed to be byte-stable, only to parse back to an
 * isomorphic graph.
 */
public final class Exporter {

    private static final Logger LOG = LoggerFactory.getLogger(Exporter.class);

    /** Jena's RDF/XML writer, abbreviated form with nested descriptions. */
    static final RDFFormat RDFXML_FORMAT = RDFFormat.RDFXML_PRETTY;
    /** Jena's JSON-LD 1.1 writer (titanium-json-ld), compacted against the prefixes. */
    static final RDFFormat JSONLD_FORMAT = RDFFormat.JSONLD11;

    private Exporter() {}

    /**
     * A graph read from a file, together with the prefixes the file declared.
     *
     * @param graph    the triples
     * @param prefixes the prefix mapping of the source document
     */
    public record LoadedGraph(Graph graph, PrefixMapping prefixes) {
        /** Validates the components. */
        public LoadedGraph {
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(prefixes, "prefixes");
        }
    }

    /**
     * Writes {@code graph} to {@code out} in {@code format}, UTF-8 encoded. The stream is flushed but
     * not closed.
     *
     * @param graph    the triples to write
     * @param prefixes prefixes for the syntaxes that abbreviate IRIs (all but N-Triples); {@code
     *                 null} means none
     * @param format   the syntax
     * @param out      the destination
     * @throws IllegalArgumentException if the graph holds triples the syntax cannot express
     * @throws UncheckedIOException     if writing to {@code out} fails
     */
    public static void export(Graph graph, PrefixMapping prefixes, ExportFormat format, OutputStream out) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        PrefixMapping pm = prefixes == null ? PrefixMapping.Factory.create() : prefixes;
        switch (format) {
            case TURTLE -> CanonicalTurtleWriter.write(graph, pm, out);
            case NTRIPLES -> writeBytes(canonicalNTriples(graph), out);
            case RDFXML -> writeWithJena(graph, pm, RDFXML_FORMAT, out);
            case JSONLD -> writeWithJena(graph, pm, JSONLD_FORMAT, out);
        }
    }

    /**
     * Reads a vocabulary file. The syntax is chosen from the file name extension ({@code .ttl},
     * {@code .nt}, {@code .rdf}, {@code .owl}, {@code .jsonld}, ... and their {@code .gz} forms).
     * Parser warnings are logged; errors fail the read.
     *
     * @param file the file to read
     * @return the graph and the prefixes declared in the file
     * @throws ReadException if the file is missing, unreadable, of unknown syntax or malformed; the
     *     message names the file and, for syntax errors, the line and column
     */
    public static LoadedGraph read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new ReadException(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new ReadException(file, "is a directory, not an RDF file");
        }
        if (!Files.isReadable(file)) {
            throw new ReadException(file, "permission denied");
        }
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null) {
            throw new ReadException(file, "unknown RDF syntax: expected a file name ending in .ttl, .nt, "
                    + ".rdf, .owl, .jsonld or another extension Jena recognises");
        }
        if (lang.equals(Lang.NTRIPLES)) {
            try {
                Graph chunked = ParallelNTriples.read(file);   // a large file on the cores; null: read it the plain way
                if (chunked != null) return new LoadedGraph(chunked, chunked.getPrefixMapping());
            } catch (java.io.IOException e) {
                // the plain read below reports it
            }
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(lang).errorHandler(new FailOnError(file)).parse(graph);
        } catch (RiotParseException e) {
            throw new ReadException(file, e.getLine(), e.getCol(), e.getOriginalMessage(), e);
        } catch (RiotException | AtlasException | UncheckedIOException e) {
            throw new ReadException(file, -1, -1, reason(e), e);
        }
        return new LoadedGraph(graph, graph.getPrefixMapping());
    }

    // ---- N-Triples ------------------------------------------------------------------------------

    /**
     * N-Triples with sorted lines, blank nodes labelled in the order of their structural colour
     * (see {@link CanonicalTurtleWriter#blankNodeColours}).
     */
    static String canonicalNTriples(Graph graph) {
        List<Triple> triples = graph.find().toList();
        Map<Node, String> colours = CanonicalTurtleWriter.blankNodeColours(triples);
        List<Node> blankNodes = new ArrayList<>(colours.keySet());
        blankNodes.sort(Comparator.comparing(colours::get));
        Map<Node, String> labels = new HashMap<>();
        for (int i = 0; i < blankNodes.size(); i++) {
            labels.put(blankNodes.get(i), "_:b" + i);
        }
        List<String> lines = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            if (!(t.getSubject().isURI() || t.getSubject().isBlank()) || !t.getPredicate().isURI()) {
                throw new IllegalArgumentException("Triple cannot be written as N-Triples: " + t);
            }
            lines.add(ntTerm(t.getSubject(), labels) + " " + ntTerm(t.getPredicate(), labels) + " "
                    + ntTerm(t.getObject(), labels) + " .\n");
        }
        lines.sort(Comparator.naturalOrder());
        return String.join("", lines);
    }

    private static String ntTerm(Node node, Map<Node, String> labels) {
        return node.isBlank() ? labels.get(node) : CanonicalTurtleWriter.ntriplesTerm(node);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void writeWithJena(Graph graph, PrefixMapping prefixes, RDFFormat format, OutputStream out) {
        WriterGraphRIOT writer = RDFWriterRegistry.getWriterGraphFactory(format).create(format);
        writer.write(out, graph, PrefixMapFactory.create(prefixes), null, RIOT.getContext().copy());
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBytes(String text, OutputStream out) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        // Jena wraps I/O and JSON-LD errors; the innermost message is usually the informative one.
        while ((t.getMessage() == null || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** Logs warnings; turns errors into a {@link RiotParseException} carrying the position. */
    private static final class FailOnError implements ErrorHandler {
        private final Path file;

        FailOnError(Path file) {
            this.file = file;
        }

        @Override
        public void warning(String message, long line, long col) {
            LOG.warn("{}: {}{}", file, ReadException.position(line, col), message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    }

    /**
     * A vocabulary file could not be read. {@link #getMessage()} is a single line of the form
     * {@code <file>: line <l>, column <c>: <reason>} (the position only when known).
     */
    public static final class ReadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Path file;
        private final long line;
        private final long column;
        private final String reason;

        ReadException(Path file, String reason) {
            this(file, -1, -1, reason, null);
        }

        ReadException(Path file, long line, long column, String reason, Throwable cause) {
            super(file + ": " + position(line, column) + oneLine(reason), cause);
            this.file = file;
            this.line = line;
            this.column = column;
            this.reason = oneLine(reason);
        }

        /** @return the file that could not be read */
        public Path file() {
            return file;
        }

        /** @return the line of a syntax error (1-based), or -1 if unknown */
        public long line() {
            return line;
        }

        /** @return the column of a syntax error (1-based), or -1 if unknown */
        public long column() {
            return column;
        }

        /** @return what went wrong, without the file name and position */
        public String reason() {
            return reason;
        }

        static String position(long line, long column) {
            if (line <= 0) {
                return "";
            }
            return column > 0 ? "line " + line + ", column " + column + ": " : "line " + line + ": ";
        }

        private static String oneLine(String text) {
            return text == null ? "unknown error" : text.strip().replaceAll("\\s*\\R\\s*", " ");
        }
    }
}

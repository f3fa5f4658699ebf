package org.medvocab.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.medvocab.util.InOrder;

/**
 * A deterministic ("canonical") Turtle writer.
 *
 * <p>The same set of triples always produces byte-identical output, whatever order the triples
 * were added in and whatever labels the blank nodes carry. This lets generated vocabularies be
 * committed to version control and checked for staleness by comparing bytes. The layout is:
 *
 * <ol>
 *   <li>{@code @prefix} lines, sorted by prefix name, for the prefixes actually used in the
 *       output only, followed by a blank line. When several prefixes match an IRI the one with the
 *       longest namespace wins, then the alphabetically first prefix name.</li>
 *   <li>One block per IRI subject, sorted by full IRI. Within a block {@code a} (rdf:type) comes
 *       first, then the other predicates sorted by full IRI, separated by {@code " ;"} and a new
 *       line indented four spaces; the block ends with {@code " ."}. The objects of one predicate
 *       are joined with {@code ", "} and sorted: IRIs (by IRI) before blank nodes (by their
 *       serialization) before literals (by lexical form, then language tag, then datatype).</li>
 *   <li>Blank nodes that are the object of exactly one triple are written inline, as a nested
 *       {@code [ ... ]} property list or, for a well-formed RDF collection, as {@code ( ... )}.
 *       Blank nodes that are never an object (e.g. {@code owl:Axiom} annotations) follow the IRI
 *       subjects as top-level {@code [ ... ] .} blocks, sorted by their text.</li>
 *   <li>Blank nodes that are the object of several triples, or that sit on a cycle, cannot be
 *       nested and get labels {@code _:b0}, {@code _:b1}, ... Their blocks come last, in label
 *       order.</li>
 * </ol>
 *
 * <p>Labels are assigned in the order of a structural hash computed by colour refinement (the
 * 1-dimensional Weisfeiler-Leman algorithm) over the blank nodes and their neighbourhoods.
 * <b>Limitation:</b> colour refinement does not separate every pair of non-isomorphic
 * positions (for example in some highly regular cyclic structures); labelled blank nodes that
 * receive the same colour keep an arbitrary relative order, so such graphs may serialize in more
 * than one way. Tree-shaped blank node structures, which is what OWL restrictions, axiom
 * annotations and collections produce, are always written identically, and labelled nodes whose
 * colours tie because they are truly interchangeable (automorphic) also give identical output.
 *
 * <p>Terms: IRIs use a prefixed name when the local part is a conservative subset of Turtle's
 * {@code PN_LOCAL} (ASCII letters, digits, {@code _}, {@code -}, and {@code .} not at either
 * end), otherwise {@code <...>}. Literals always use single double quotes with backslash escapes
 * (never long quotes); {@code xsd:string} literals are written plain, language-tagged literals as
 * {@code "x"@en} and other typed literals as {@code "5"^^xsd:integer}. {@code rdf:nil} in object
 * position is written {@code ()}.
 *
 * <p>The output is UTF-8 and parses back (with Jena's {@code RDFParser}) to a graph isomorphic
 * to the input. Generalized RDF (literal subjects, non-IRI predicates) and RDF 1.2 triple terms
 * are rejected with an {@link IllegalArgumentException}.
 */
public final class CanonicalTurtleWriter {

    private static final String INDENT = "    ";
    private static final String RDF_NIL = RDF.nil.getURI();
    private static final String RDF_FIRST = RDF.first.getURI();
    private static final String RDF_REST = RDF.rest.getURI();
    private static final String XSD_STRING = XSD.xstring.getURI();

    /** Turtle {@code PN_PREFIX}, restricted to ASCII; the empty prefix is also allowed. */
    private static final Pattern PREFIX_NAME = Pattern.compile("([A-Za-z]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?");
    /** A conservative subset of Turtle {@code PN_LOCAL}; the empty local name is allowed. */
    private static final Pattern LOCAL_NAME = Pattern.compile("([A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?");

    /** Orders objects: IRIs, then blank nodes, then literals. */
    private static final Comparator<RenderedObject> OBJECT_ORDER = Comparator
            .comparingInt(RenderedObject::kind)
            .thenComparing(RenderedObject::primary)
            .thenComparing(RenderedObject::language)
            .thenComparing(RenderedObject::datatype)
            .thenComparing(RenderedObject::text);

    // ---- state of one serialization ------------------------------------------------------------

    /** The graph being written: each subject's triples are read from it when its block is rendered. */
    private final Graph graph;
    /** Every subject, read in one pass over the graph (no copy of the triples is held). */
    private final Set<Node> subjects = new HashSet<>();
    private final Map<Node, Integer> inDegree = new HashMap<>();
    private final Map<Node, Node> parent = new HashMap<>();
    private final Set<Node> blankNodes = new HashSet<>();
    private final Set<Node> inline = new HashSet<>();
    private final Map<Node, String> labels = new HashMap<>();
    private final List<Map.Entry<String, String>> prefixCandidates;
    /** The text of IRIs rendered so far (a cache, emptied when it grows large: the text does not depend on it). */
    private final Map<String, String> iriText = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> usedPrefixes = new java.util.concurrent.ConcurrentSkipListSet<>();
    private final Map<String, String> prefixNamespaces;

    private CanonicalTurtleWriter(Graph graph, PrefixMapping prefixes) {
        this.graph = graph;
        this.prefixNamespaces = prefixes == null ? Map.of() : prefixes.getNsPrefixMap();
        this.prefixCandidates = prefixCandidates(prefixNamespaces);
    }

    /**
     * Writes {@code graph} to {@code out} as canonical Turtle, UTF-8 encoded. The stream is flushed
     * but not closed. The text is not held whole in memory: the blocks are rendered in order into a
     * spool (memory, then a temporary file once large) and the top-level blank-node blocks are
     * sorted in runs merged from temporary files, so a large vocabulary is written in bounded memory.
     * Nothing is written to {@code out} before every block has been rendered.
     *
     * @param graph    the triples to write
     * @param prefixes prefixes that may be used for prefixed names (only those used are declared);
     *                 {@code null} means none
     * @param out      the destination
     * @throws IllegalArgumentException if the graph holds triples Turtle cannot express
     * @throws UncheckedIOException     if writing to {@code out} fails
     */
    public static void write(Graph graph, PrefixMapping prefixes, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(graph, "graph");
        CanonicalTurtleWriter w = new CanonicalTurtleWriter(graph, prefixes);
        try (Spool body = new Spool()) {
            java.io.Writer text = new java.io.BufferedWriter(new java.io.OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16);
            boolean any = w.serialize(text);
            text.flush();
            out.write(w.header(any).getBytes(StandardCharsets.UTF_8));
            body.copyTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the canonical Turtle text of {@code graph}; see {@link #write}.
     *
     * @param graph    the triples to write
     * @param prefixes prefixes that may be used for prefixed names; {@code null} means none
     * @return the Turtle document (empty for an empty graph)
     * @throws IllegalArgumentException if the graph holds triples Turtle cannot express
     */
    public static String toString(Graph graph, PrefixMapping prefixes) {
        Objects.requireNonNull(graph, "graph");
        CanonicalTurtleWriter w = new CanonicalTurtleWriter(graph, prefixes);
        StringBuilder body = new StringBuilder();
        try {
            boolean any = w.serialize(body);
            return w.header(any) + body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- analysis ------------------------------------------------------------------------------

    /** Appends every block, separated by blank lines, to {@code out}; whether there was any block. */
    private boolean serialize(Appendable out) throws IOException {
        index();
        classifyBlankNodes();

        List<Node> iriSubjects = new ArrayList<>();
        List<Node> rootBlankNodes = new ArrayList<>();
        for (Node subject : subjects) {
            if (subject.isURI()) {
                iriSubjects.add(subject);
            } else if (inDegree.getOrDefault(subject, 0) == 0) {
                rootBlankNodes.add(subject);
            }
        }
        iriSubjects.sort(Comparator.comparing(Node::getURI));

        Blocks blocks = new Blocks(out);
        iriBlocks(iriSubjects, blocks);
        rootBlocks(rootBlankNodes, blocks);
        List<Map.Entry<Node, String>> labelled = new ArrayList<>();
        for (Map.Entry<Node, String> e : labels.entrySet()) if (subjects.contains(e.getKey())) labelled.add(e);
        labelled.sort(Comparator.comparingInt(e -> labelIndex(e.getValue())));
        for (Map.Entry<Node, String> e : labelled) blocks.add(subjectBlock(e.getValue(), e.getKey()));
        return blocks.any;
    }

    /** The {@code @prefix} lines of the prefixes used, and the blank line before the blocks (if any). */
    private String header(boolean anyBlock) {
        StringBuilder out = new StringBuilder();
        for (String prefix : usedPrefixes) {
            out.append("@prefix ").append(prefix).append(": ")
               .append(iriRef(prefixNamespaces.get(prefix))).append(" .\n");
        }
        if (!usedPrefixes.isEmpty() && anyBlock) {
            out.append('\n');
        }
        return out.toString();
    }

    /** The blocks of the output, each after a newline but the first. */
    private static final class Blocks {
        private final Appendable out;
        boolean any;

        Blocks(Appendable out) { this.out = out; }

        void add(String block) throws IOException {
            if (any) out.append('\n');
            out.append(block);
            any = true;
        }
    }

    /** Subjects per rendering task: the blocks of a large graph's subjects are rendered on the cores. */
    private static final int SUBJECTS_PER_TASK = 2_000;
    /** Tasks rendered before their blocks are written out (bounds the text held at once). */
    private static final int TASKS_AT_ONCE = 8;
    /** Top-level blank-node blocks sorted in memory at once; more are sorted in runs merged from temporary files. */
    static final int ROOT_RUN = 20_000;

    /**
     * Writes the blocks of {@code subjects}, in their order. Rendering reads the graph and the indexes built before;
     * what it records (the text of each IRI, the prefixes used) is the same whichever thread records it, so the output
     * does not depend on the threads.
     */
    private void iriBlocks(List<Node> subjects, Blocks out) throws IOException {
        int step = SUBJECTS_PER_TASK * TASKS_AT_ONCE;
        for (int from = 0; from < subjects.size(); from += step) {
            for (String block : render(subjects.subList(from, Math.min(subjects.size(), from + step)), true)) out.add(block);
        }
    }

    /** The blocks of {@code nodes} in their order, rendered in tasks on the cores (IRI subjects, or top-level blank nodes). */
    private List<String> render(List<Node> nodes, boolean iris) {
        List<java.util.concurrent.Callable<List<String>>> tasks = new ArrayList<>();
        for (int from = 0; from < nodes.size(); from += SUBJECTS_PER_TASK) {
            List<Node> part = nodes.subList(from, Math.min(nodes.size(), from + SUBJECTS_PER_TASK));
            tasks.add(() -> {
                List<String> out = new ArrayList<>(part.size());
                for (Node subject : part) out.add(iris ? subjectBlock(iri(subject), subject) : rootBlock(subject));
                return out;
            });
        }
        List<String> blocks = new ArrayList<>(nodes.size());
        for (List<String> part : InOrder.run(tasks, Runtime.getRuntime().availableProcessors(), "medvocab-turtle")) blocks.addAll(part);
        return blocks;
    }

    private String rootBlock(Node root) {
        return "[\n" + indent(INDENT + predicateObjectList(own(root))) + "\n] .\n";
    }

    /**
     * Writes the blocks of the blank nodes that are no object, sorted by their text: runs of {@link #ROOT_RUN} blocks
     * are sorted in memory and, when there are several, kept in temporary files and merged.
     */
    private void rootBlocks(List<Node> roots, Blocks out) throws IOException {
        if (roots.size() <= ROOT_RUN) {
            List<String> blocks = render(roots, false);
            blocks.sort(Comparator.naturalOrder());
            for (String b : blocks) out.add(b);
            return;
        }
        List<SortedRun> runs = new ArrayList<>();
        try {
            for (int from = 0; from < roots.size(); from += ROOT_RUN) {
                List<String> blocks = render(roots.subList(from, Math.min(roots.size(), from + ROOT_RUN)), false);
                blocks.sort(Comparator.naturalOrder());
                runs.add(SortedRun.of(blocks));
            }
            java.util.PriorityQueue<SortedRun> heads = new java.util.PriorityQueue<>(Comparator.comparing(SortedRun::head));
            for (SortedRun r : runs) if (r.advance()) heads.add(r);
            while (!heads.isEmpty()) {
                SortedRun r = heads.poll();
                out.add(r.head());
                if (r.advance()) heads.add(r);
            }
        } finally {
            for (SortedRun r : runs) r.close();
        }
    }

    /** A sorted run of blocks in a temporary file (UTF-16 code units, so that every string comes back as it was). */
    private static final class SortedRun implements java.io.Closeable {
        private final java.nio.file.Path file;
        private java.io.DataInputStream in;
        private int left;
        private String head;
        private byte[] bytes = new byte[0];

        private SortedRun(java.nio.file.Path file, int count) {
            this.file = file;
            this.left = count;
        }

        static SortedRun of(List<String> blocks) throws IOException {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("medvocab-turtle-", ".run");
            try (java.io.DataOutputStream d = new java.io.DataOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(f), 1 << 16))) {
                byte[] buf = new byte[0];
                for (String b : blocks) {
                    if (buf.length < 2 * b.length()) buf = new byte[2 * b.length()];
                    for (int i = 0; i < b.length(); i++) {
                        char ch = b.charAt(i);
                        buf[2 * i] = (byte) (ch >>> 8);
                        buf[2 * i + 1] = (byte) ch;
                    }
                    d.writeInt(b.length());
                    d.write(buf, 0, 2 * b.length());
                }
            } catch (IOException | RuntimeException e) {
                java.nio.file.Files.deleteIfExists(f);
                throw e;
            }
            SortedRun r = new SortedRun(f, blocks.size());
            r.in = new java.io.DataInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(f), 1 << 16));
            return r;
        }

        String head() { return head; }

        /** Reads the next block into {@link #head}; false at the end of the run. */
        boolean advance() throws IOException {
            if (left == 0) return false;
            left--;
            char[] c = new char[in.readInt()];
            if (bytes.length < 2 * c.length) bytes = new byte[2 * c.length];
            in.readFully(bytes, 0, 2 * c.length);     // whole blocks at once (readChar costs two stream reads a character)
            for (int i = 0; i < c.length; i++) c[i] = (char) (((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff));
            head = new String(c);
            return true;
        }

        @Override public void close() throws IOException {
            try {
                if (in != null) in.close();
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    /**
     * The body of the output while it is rendered: in memory up to a few megabytes, then in a temporary file, copied to
     * the destination after the header (which lists the prefixes the blocks used).
     */
    private static final class Spool extends OutputStream {
        private static final int IN_MEMORY = 8 << 20;
        private java.io.ByteArrayOutputStream memory = new java.io.ByteArrayOutputStream();
        private java.nio.file.Path file;
        private OutputStream disk;

        @Override public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            if (disk == null && memory.size() + len > IN_MEMORY) {
                file = java.nio.file.Files.createTempFile("medvocab-turtle-", ".ttl");
                disk = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file), 1 << 16);
                memory.writeTo(disk);
                memory = null;
            }
            if (disk != null) disk.write(b, off, len);
            else memory.write(b, off, len);
        }

        void copyTo(OutputStream out) throws IOException {
            if (disk == null) {
                memory.writeTo(out);
                return;
            }
            disk.flush();
            java.nio.file.Files.copy(file, out);
        }

        @Override public void close() throws IOException {
            try {
                if (disk != null) disk.close();
            } finally {
                if (file != null) java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    /** A subject's triples, or null when it has none. */
    private List<Triple> own(Node subject) {
        List<Triple> l = graph.find(subject, Node.ANY, Node.ANY).toList();
        return l.isEmpty() ? null : l;
    }

    /** Reads every subject and records, for each blank node, how often it is an object (and the subject that has it). */
    private void index() {
        graph.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (!(s.isURI() || s.isBlank()) || !p.isURI() || !(o.isURI() || o.isBlank() || o.isLiteral())) {
                throw new IllegalArgumentException("Triple cannot be written as Turtle: " + t);
            }
            subjects.add(s);
            if (s.isBlank()) {
                blankNodes.add(s);
            }
            if (o.isBlank()) {
                blankNodes.add(o);
                inDegree.merge(o, 1, Integer::sum);
                parent.put(o, s);
            }
        });
    }

    /**
     * Decides which blank nodes are nested inline and which need labels: those referenced more than
     * once, and those on a cycle of singly-referenced blank nodes (which have no other way in).
     */
    private void classifyBlankNodes() {
        Set<Node> labelled = new HashSet<>();
        Map<Node, Boolean> onCycle = new HashMap<>();
        for (Node b : blankNodes) {
            int degree = inDegree.getOrDefault(b, 0);
            if (degree >= 2) {
                labelled.add(b);
            } else if (degree == 1 && !onCycle.containsKey(b)) {
                walkParents(b, onCycle);
            }
        }
        for (Node b : blankNodes) {
            if (inDegree.getOrDefault(b, 0) == 1) {
                if (onCycle.get(b)) {
                    labelled.add(b);
                } else {
                    inline.add(b);
                }
            }
        }
        if (!labelled.isEmpty()) {
            Map<Node, String> colours = blankNodeColours(graph.find()
                    .filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList());
            List<Node> ordered = new ArrayList<>(labelled);
            ordered.sort(Comparator.comparing(colours::get));
            for (int i = 0; i < ordered.size(); i++) {
                labels.put(ordered.get(i), "_:b" + i);
            }
        }
    }

    /**
     * Follows the chain of parents (subjects of the single triple pointing at a node) from {@code
     * start} and records, for every singly-referenced blank node on the way, whether it lies on a
     * cycle. Each node is visited once over all calls.
     */
    private void walkParents(Node start, Map<Node, Boolean> onCycle) {
        List<Node> path = new ArrayList<>();
        Map<Node, Integer> position = new HashMap<>();
        Node current = start;
        int cycleStart = Integer.MAX_VALUE;
        while (current.isBlank() && inDegree.getOrDefault(current, 0) == 1 && !onCycle.containsKey(current)) {
            Integer seen = position.get(current);
            if (seen != null) {
                cycleStart = seen;
                break;
            }
            position.put(current, path.size());
            path.add(current);
            current = parent.get(current);
        }
        for (int i = 0; i < path.size(); i++) {
            onCycle.put(path.get(i), i >= cycleStart);
        }
    }

    // ---- rendering -----------------------------------------------------------------------------

    private String subjectBlock(String subjectText, Node subject) {
        return subjectText + " " + indent(predicateObjectList(own(subject))) + " .\n";
    }

    /**
     * The predicate-object list of one subject, at indentation zero: predicates separated by
     * {@code " ;\n"}, nested blank nodes spanning several lines.
     */
    private String predicateObjectList(List<Triple> subjectTriples) {
        Map<String, List<Node>> byPredicate = new TreeMap<>(CanonicalTurtleWriter::comparePredicates);
        for (Triple t : subjectTriples) {
            byPredicate.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(t.getObject());
        }
        List<String> lines = new ArrayList<>(byPredicate.size());
        for (Map.Entry<String, List<Node>> e : byPredicate.entrySet()) {
            String verb = e.getKey().equals(RDF.type.getURI()) ? "a" : iri(e.getKey());
            List<RenderedObject> objects = new ArrayList<>(e.getValue().size());
            for (Node o : e.getValue()) {
                objects.add(RenderedObject.of(o, object(o)));
            }
            objects.sort(OBJECT_ORDER);
            StringBuilder line = new StringBuilder(verb).append(' ');
            for (int i = 0; i < objects.size(); i++) {
                if (i > 0) {
                    line.append(", ");
                }
                line.append(objects.get(i).text());
            }
            lines.add(line.toString());
        }
        return String.join(" ;\n", lines);
    }

    /** {@code rdf:type} first, then by full IRI. */
    private static int comparePredicates(String a, String b) {
        boolean aType = a.equals(RDF.type.getURI());
        boolean bType = b.equals(RDF.type.getURI());
        if (aType != bType) {
            return aType ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** The text of a term in object position (indentation zero). */
    private String object(Node node) {
        if (node.isURI()) {
            return node.getURI().equals(RDF_NIL) ? "()" : iri(node);
        }
        if (node.isLiteral()) {
            return literal(node);
        }
        String label = labels.get(node);
        if (label != null) {
            return label;
        }
        return inlineBlankNode(node); // an inline blank node is the object of one triple: rendered once
    }

    private String inlineBlankNode(Node node) {
        List<Node> items = collectionItems(node);
        if (items != null) {
            StringBuilder sb = new StringBuilder("(");
            for (Node item : items) {
                sb.append(' ').append(object(item));
            }
            return sb.append(" )").toString();
        }
        List<Triple> own = own(node);
        if (own == null) {
            return "[]";
        }
        return "[\n" + indent(INDENT + predicateObjectList(own)) + "\n]";
    }

    /**
     * The members of the well-formed RDF collection headed by {@code head}, or {@code null}. Every
     * cell must be an inline blank node with exactly one {@code rdf:first} and one {@code rdf:rest}
     * and nothing else, the chain ending in {@code rdf:nil}.
     */
    private List<Node> collectionItems(Node head) {
        List<Node> items = new ArrayList<>();
        Set<Node> visited = new HashSet<>();
        Node cell = head;
        while (true) {
            if (!cell.isBlank() || !inline.contains(cell) || !visited.add(cell)) {
                return null;
            }
            List<Triple> own = own(cell);
            if (own == null || own.size() != 2) {
                return null;
            }
            Node first = null;
            Node rest = null;
            for (Triple t : own) {
                String p = t.getPredicate().getURI();
                if (p.equals(RDF_FIRST)) {
                    first = t.getObject();
                } else if (p.equals(RDF_REST)) {
                    rest = t.getObject();
                }
            }
            if (first == null || rest == null) {
                return null;
            }
            items.add(first);
            if (rest.isURI() && rest.getURI().equals(RDF_NIL)) {
                return items;
            }
            cell = rest;
        }
    }

    /** The most IRIs whose text is kept at once. */
    private static final int IRI_CACHE = 100_000;

    private String iri(Node node) {
        return iri(node.getURI());
    }

    /** A prefixed name if one fits, otherwise an IRI reference; records the prefix as used. */
    private String iri(String uri) {
        String text = iriText.get(uri);
        if (text == null) {
            text = iriRef(uri);
            for (Map.Entry<String, String> candidate : prefixCandidates) {
                String namespace = candidate.getValue();
                if (uri.startsWith(namespace) && LOCAL_NAME.matcher(uri.substring(namespace.length())).matches()) {
                    text = candidate.getKey() + ":" + uri.substring(namespace.length());
                    break;
                }
            }
            if (iriText.size() >= IRI_CACHE) {
                iriText.clear();
            }
            iriText.put(uri, text);
        }
        int colon = text.indexOf(':');
        if (!text.startsWith("<") && colon >= 0) {
            usedPrefixes.add(text.substring(0, colon));
        }
        return text;
    }

    private String literal(Node node) {
        StringBuilder sb = new StringBuilder(quote(node.getLiteralLexicalForm()));
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            sb.append('@').append(language);
            if (node.getLiteralBaseDirection() != null) {
                sb.append("--").append(node.getLiteralBaseDirection().direction());
            }
        } else {
            String datatype = node.getLiteralDatatypeURI();
            if (datatype != null && !datatype.equals(XSD_STRING)) {
                sb.append("^^").append(iri(datatype));
            }
        }
        return sb.toString();
    }

    /** Indents every line but the first by four spaces (literals never hold raw newlines). */
    private static String indent(String text) {
        return text.replace("\n", "\n" + INDENT);
    }

    private static int labelIndex(String label) {
        return Integer.parseInt(label.substring(3));
    }

    /**
     * Usable prefixes, longest namespace first, then by prefix name, so that the choice of prefix
     * for an IRI does not depend on the order of the prefix mapping.
     */
    private static List<Map.Entry<String, String>> prefixCandidates(Map<String, String> prefixes) {
        List<Map.Entry<String, String>> candidates = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(prefixes).entrySet()) {
            if (PREFIX_NAME.matcher(e.getKey()).matches() && e.getValue() != null && !e.getValue().isEmpty()) {
                candidates.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        candidates.sort(Comparator.<Map.Entry<String, String>>comparingInt(e -> -e.getValue().length())
                .thenComparing(Map.Entry::getKey));
        return candidates;
    }

    // ---- shared with the N-Triples output of Exporter -----------------------------------------

    /**
     * A double-quoted string with Turtle/N-Triples escapes: {@code \"}, {@code \\}, {@code \n},
     * {@code \r}, {@code \t}, {@code \b}, {@code \f}, and {@code \}{@code uXXXX} for other control
     * characters. Other characters, including non-ASCII, are written as they are.
     */
    static String quote(String lexicalForm) {
        StringBuilder sb = new StringBuilder(lexicalForm.length() + 2).append('"');
        for (int i = 0; i < lexicalForm.length(); i++) {
            char c = lexicalForm.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** An IRI reference {@code <...>}, escaping the characters {@code IRIREF} does not allow. */
    static String iriRef(String iri) {
        StringBuilder sb = new StringBuilder(iri.length() + 2).append('<');
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('>').toString();
    }

    /** The N-Triples form of an IRI or literal. */
    static String ntriplesTerm(Node node) {
        if (node.isURI()) {
            return iriRef(node.getURI());
        }
        if (!node.isLiteral()) {
            throw new IllegalArgumentException("Not an IRI or literal: " + node);
        }
        StringBuilder sb = new StringBuilder(quote(node.getLiteralLexicalForm()));
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            sb.append('@').append(language);
            if (node.getLiteralBaseDirection() != null) {
                sb.append("--").append(node.getLiteralBaseDirection().direction());
            }
        } else if (node.getLiteralDatatypeURI() != null && !node.getLiteralDatatypeURI().equals(XSD_STRING)) {
            sb.append("^^").append(iriRef(node.getLiteralDatatypeURI()));
        }
        return sb.toString();
    }

    /**
     * Structural colours for every blank node in {@code triples}, by colour refinement: each round
     * hashes a node's previous colour with the sorted list of its outgoing edges (predicate and
     * object) and incoming edges (subject and predicate), where neighbouring blank nodes stand for
     * their previous colour. Rounds stop when the number of distinct colours no longer grows. The
     * colours do not depend on blank node labels or on triple order.
     *
     * @return a map from each blank node to a hex string; equal strings mean the refinement could
     *     not tell the nodes apart
     */
    static Map<Node, String> blankNodeColours(Collection<Triple> triples) {
        Map<Node, List<Triple>> touching = new LinkedHashMap<>();
        for (Triple t : triples) {
            if (t.getSubject().isBlank()) {
                touching.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
            }
            if (t.getObject().isBlank() && !t.getObject().equals(t.getSubject())) {
                touching.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<Node, String> colour = new HashMap<>();
        touching.keySet().forEach(b -> colour.put(b, ""));
        int classes = touching.isEmpty() ? 0 : 1;
        MessageDigest sha256 = sha256();
        for (int round = 0; round < touching.size(); round++) {
            Map<Node, String> next = new HashMap<>();
            for (Map.Entry<Node, List<Triple>> e : touching.entrySet()) {
                Node b = e.getKey();
                List<String> edges = new ArrayList<>(e.getValue().size());
                for (Triple t : e.getValue()) {
                    String p = iriRef(t.getPredicate().getURI());
                    if (t.getSubject().equals(b)) {
                        edges.add("> " + p + " " + colourTerm(t.getObject(), colour));
                    }
                    if (t.getObject().equals(b)) {
                        edges.add("< " + colourTerm(t.getSubject(), colour) + " " + p);
                    }
                }
                edges.sort(Comparator.naturalOrder());
                String signature = colour.get(b) + "\n" + String.join("\n", edges);
                next.put(b, HexFormat.of().formatHex(sha256.digest(signature.getBytes(StandardCharsets.UTF_8))));
            }
            int nextClasses = new HashSet<>(next.values()).size();
            colour.putAll(next);
            if (nextClasses == classes) {
                break;
            }
            classes = nextClasses;
        }
        return colour;
    }

    private static String colourTerm(Node node, Map<Node, String> colour) {
        return node.isBlank() ? "_:" + colour.get(node) : ntriplesTerm(node);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** An object with its rendered text and the keys it is sorted by. */
    private record RenderedObject(int kind, String primary, String language, String datatype, String text) {
        static RenderedObject of(Node node, String text) {
            if (node.isURI()) {
                return new RenderedObject(0, node.getURI(), "", "", text);
            }
            if (node.isBlank()) {
                return new RenderedObject(1, text, "", "", text);
            }
            String language = node.getLiteralLanguage() == null ? "" : node.getLiteralLanguage();
            if (node.getLiteralBaseDirection() != null) {
                language += "--" + node.getLiteralBaseDirection().direction();
            }
            String datatype = node.getLiteralDatatypeURI() == null ? "" : node.getLiteralDatatypeURI();
            return new RenderedObject(2, node.getLiteralLexicalForm(), language, datatype, text);
        }
    }
}

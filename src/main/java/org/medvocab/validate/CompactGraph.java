package org.medvocab.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.NoSuchElementException;

import org.apache.jena.graph.Capabilities;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.medvocab.export.Exporter;

/**
 * A read-only, dictionary-encoded graph for validating large vocabularies: each distinct node is held once, in an
 * id table, and the triples are three int columns sorted subject–predicate–object plus two permutations of them
 * (object–subject–predicate and predicate–object–subject), each with an offset per node of its first key, so that every
 * {@code find} pattern of concrete nodes and wildcards is answered by an offset lookup and binary searches. About half
 * the live heap of Jena's in-memory graph for a generated vocabulary (180 against 380 MB at 100k concepts).
 *
 * <p>It behaves as Jena's default in-memory graph ({@code GraphMem2}) for reading: nodes match by term equality
 * ({@link Node#equals}, so {@code "1"^^xsd:int} does not match {@code "01"^^xsd:int}), a repeated triple is held
 * once, a variable or {@link Node#ANY} in a pattern matches anything. The nodes handed out are the parsed ones, so
 * literal values, datatypes and language tags are Jena's own. Adding or deleting throws Jena's
 * {@code AddDeniedException}/{@code DeleteDeniedException}. Safe for reading from many threads at once.
 *
 * <pre>{@code
 * Exporter.LoadedGraph v = CompactGraph.read(Path.of("vocab.nt"));   // or: parse into a CompactGraph.Builder
 * ValidationResult r = Validator.validate(v.graph(), Shapes.defaults(), v.prefixes());
 * }</pre>
 * {@code CompactGraphTest} checks every pattern against the default graph and SPARQL results,
 * {@code CompactValidationTest} the validation reports.
 */
public final class CompactGraph extends GraphBase {

    private static final Capabilities READ_ONLY = capabilities(false);

    /** What a compact graph can do: report its size exactly; add and delete only when {@code editable}. */
    static Capabilities capabilities(boolean editable) {
        return new Capabilities() {
            @Override public boolean sizeAccurate() { return true; }
            @Override public boolean addAllowed() { return editable; }
            @Override public boolean deleteAllowed() { return editable; }
            @Override public boolean handlesLiteralTyping() { return false; }
        };
    }

    /** Throws on any warning or error, without logging: the plain read then reports it. */
    private static final ErrorHandler STOP = ErrorHandlerFactory.errorHandlerStrictNoLogging;

    /** At most about this many triples parsed ahead of the interning (Jena's default: up to ten batches of 100,000). */
    private static final int PARSED_AHEAD = 80_000;

    private final NodeTable nodes;
    /** Subject, predicate and object ids of each triple, in subject–predicate–object order. */
    private final int[] s, p, o;
    /** Triple rows in object–subject–predicate and predicate–object–subject order. */
    private final int[] osp, pos;
    /** Per node id, the first row of its triples as subject (in s/p/o), as object (in osp) and as predicate (in pos). */
    private final int[] sFirst, oFirst, pFirst;

    private CompactGraph(NodeTable nodes, int[][] spo, int[] osp, int[] pos, int[][] first, PrefixMapping prefixes) {
        this.nodes = nodes;
        this.s = spo[0];
        this.p = spo[1];
        this.o = spo[2];
        this.osp = osp;
        this.pos = pos;
        this.sFirst = first[0];
        this.oFirst = first[1];
        this.pFirst = first[2];
        this.pm = prefixes;
    }

    /**
     * Reads a vocabulary file as {@link Exporter#read(Path)} does (any RDF syntax, chosen by the file name), into a
     * compact graph: an N-Triples file ({@code .nt}) by {@link NTriplesReader} (its bytes straight to node ids, the nodes
     * made by Jena's parser profile), any other, or an N-Triples file outside that reader's subset, by Jena's parser on
     * another thread ({@link AsyncParser}), the nodes interned on this one. A file that
     * cannot be read, is of unknown syntax or gives any parser warning or error is read by {@link Exporter#read(Path)}
     * instead, which throws its {@link Exporter.ReadException} naming the file, line and reason (or logs the warnings and
     * gives Jena's graph).
     */
    public static Exporter.LoadedGraph read(Path file) {
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null || !Files.isRegularFile(file) || !Files.isReadable(file)) return Exporter.read(file);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".nt")) {
            try {
                CompactGraph graph = NTriplesReader.read(file).build();
                return new Exporter.LoadedGraph(graph, graph.getPrefixMapping());
            } catch (NTriplesReader.Unsupported | java.io.IOException e) {
                // Jena's parser below reads it, or reports the problem with its true line
            }
        }
        Builder builder = new Builder();
        try {   // any warning or error ends the parse with an exception
            AsyncParser.of(RDFParser.source(file).lang(lang).errorHandler(STOP)).setChunkSize(PARSED_AHEAD / 4).setQueueSize(4)
                .asyncParseSources(builder);
        } catch (RuntimeException e) {
            return Exporter.read(file);
        }
        CompactGraph graph = builder.build();
        return new Exporter.LoadedGraph(graph, graph.getPrefixMapping());
    }

    /** The number of distinct nodes. */
    public int nodeCount() {
        return nodes.size();
    }

    @Override public Capabilities getCapabilities() {
        return READ_ONLY;
    }

    @Override protected int graphBaseSize() {
        return s.length;
    }

    @Override protected boolean graphBaseContains(Triple t) {
        if (!t.isConcrete()) return containsByFind(t);
        int si = nodes.id(t.getSubject()), pi = nodes.id(t.getPredicate()), oi = nodes.id(t.getObject());
        if (si < 0 || pi < 0 || oi < 0) return false;
        int[] r = within(p, null, sFirst[si], sFirst[si + 1], pi);
        r = within(o, null, r[0], r[1], oi);
        return r[0] < r[1];
    }

    @Override protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
        Node ms = m.getSubject(), mp = m.getPredicate(), mo = m.getObject();
        int si = ms.isConcrete() ? nodes.id(ms) : ANY;
        int pi = mp.isConcrete() ? nodes.id(mp) : ANY;
        int oi = mo.isConcrete() ? nodes.id(mo) : ANY;
        if (si == ABSENT || pi == ABSENT || oi == ABSENT) return NiceIterator.emptyIterator();
        if (si >= 0 && (pi >= 0 || oi < 0)) {          // S?? SP? SPO: subject–predicate–object
            int[] r = {sFirst[si], sFirst[si + 1]};
            if (pi >= 0) r = within(p, null, r[0], r[1], pi);
            if (oi >= 0) r = within(o, null, r[0], r[1], oi);
            return rows(null, r);
        }
        if (pi >= 0) {                                  // ?P? ?PO: predicate–object–subject
            int[] r = {pFirst[pi], pFirst[pi + 1]};
            if (oi >= 0) r = within(o, pos, r[0], r[1], oi);
            return rows(pos, r);
        }
        if (oi >= 0) {                                  // S?O ??O: object–subject–predicate
            int[] r = {oFirst[oi], oFirst[oi + 1]};
            if (si >= 0) r = within(s, osp, r[0], r[1], si);
            return rows(osp, r);
        }
        return rows(null, new int[] {0, s.length});    // ???
    }

    /**
     * Calls {@code each} with the predicate and object of every triple {@code (subject, predicate, ?)}, in the order
     * {@code find} gives them, without making the triples; {@code predicate} may be {@link Node#ANY}.
     */
    public void forEach(Node subject, Node predicate, java.util.function.BiConsumer<Node, Node> each) {
        if (!subject.isConcrete()) throw new IllegalArgumentException("a subject is needed, not " + subject);
        int si = nodes.id(subject);
        if (si < 0) return;
        int from = sFirst[si], to = sFirst[si + 1];
        if (predicate.isConcrete()) {
            int pi = nodes.id(predicate);
            if (pi < 0) return;
            int[] r = within(p, null, from, to, pi);
            from = r[0];
            to = r[1];
        }
        for (int row = from; row < to; row++) each.accept(nodes.node(p[row]), nodes.node(o[row]));
    }

    /** The most triples a graph holds (int rows, Java's largest array). */
    static final int MAX_TRIPLES = Integer.MAX_VALUE - 8;

    /** Wildcard and absent node, as ids of a pattern. */
    private static final int ANY = -1, ABSENT = -2;

    /** The sub-range of rows [from, to) (through {@code order}, if not null) whose {@code column} value is {@code id}. */
    private static int[] within(int[] column, int[] order, int from, int to, int id) {
        int lo = from, hi = to;
        while (lo < hi) {                                 // first row with value >= id
            int mid = (lo + hi) >>> 1;
            if (column[order == null ? mid : order[mid]] < id) lo = mid + 1; else hi = mid;
        }
        int start = lo;
        hi = to;
        while (lo < hi) {                                 // first row with value > id
            int mid = (lo + hi) >>> 1;
            if (column[order == null ? mid : order[mid]] <= id) lo = mid + 1; else hi = mid;
        }
        return new int[] {start, lo};
    }

    private ExtendedIterator<Triple> rows(int[] order, int[] range) {
        return range[0] >= range[1] ? NiceIterator.emptyIterator() : new Rows(order, range[0], range[1]);
    }

    /** The triples of a range of rows of one order. */
    private final class Rows extends NiceIterator<Triple> {
        private final int[] order;
        private final int end;
        private int next;

        Rows(int[] order, int from, int to) {
            this.order = order;
            this.next = from;
            this.end = to;
        }

        @Override public boolean hasNext() {
            return next < end;
        }

        @Override public Triple next() {
            if (next >= end) throw new NoSuchElementException();
            int row = order == null ? next : order[next];
            next++;
            return Triple.create(nodes.node(s[row]), nodes.node(p[row]), nodes.node(o[row]));
        }
    }

    // ---- building -------------------------------------------------------------------------------

    /**
     * Collects the triples of a parse ({@link org.apache.jena.riot.system.StreamRDF}; quads are taken as their triple)
     * or of {@link #add(Triple)}, interning each node, then sorts them once in {@link #build()}. Not thread-safe.
     */
    public static final class Builder extends StreamRDFBase {
        private final NodeTable nodes = new NodeTable();
        private final PrefixMapping prefixes = PrefixMapping.Factory.create();
        private int[] rs = new int[1 << 12], rp = new int[1 << 12], ro = new int[1 << 12];
        private int size;

        /** Adds one triple (a repeated one is held once). */
        public void add(Triple t) {
            int a = nodes.intern(t.getSubject()), b = nodes.intern(t.getPredicate()), c = nodes.intern(t.getObject());
            add(a, b, c);
        }

        /** The id of {@code n}, a new one if it is not held yet (ids are given in order of first use). */
        int intern(Node n) {
            return nodes.intern(n);
        }

        /** Adds the triple of three ids from {@link #intern(Node)}. */
        void add(int subject, int predicate, int object) {
            if (size == rs.length) room(size * 3L / 2);
            rs[size] = subject;
            rp[size] = predicate;
            ro[size] = object;
            size++;
        }

        @Override public void triple(Triple t) {
            add(t);
        }

        /** Makes room for about {@code rows} triples in all (a hint: fewer or more may come). */
        void expect(long rows) {
            if (rows > rs.length) room(Math.min(rows, MAX_TRIPLES));
        }

        /** Makes the columns hold at least {@code rows} rows. */
        private void room(long rows) {
            if (rows > MAX_TRIPLES) throw new IllegalStateException("more than " + MAX_TRIPLES + " triples");
            int n = (int) Math.max(rows, 16);
            rs = Arrays.copyOf(rs, n);
            rp = Arrays.copyOf(rp, n);
            ro = Arrays.copyOf(ro, n);
        }

        /**
         * Adds the triples of {@code later}, a builder of the part of the input that follows what this one got, as if
         * they had been added here: its nodes are interned in the order it first met them, so each node gets the id one
         * builder fed the whole input gives it. {@code later} is not to be used afterwards.
         */
        void append(Builder later) {
            int[] id = new int[later.nodes.size()];
            for (int i = 0; i < id.length; i++) id[i] = nodes.intern(later.nodes.node(i));
            if ((long) size + later.size > rs.length) room((long) size + later.size);
            for (int i = 0; i < later.size; i++) {
                rs[size] = id[later.rs[i]];
                rp[size] = id[later.rp[i]];
                ro[size] = id[later.ro[i]];
                size++;
            }
            later.rs = later.rp = later.ro = null;
        }

        /**
         * A graph that passes every triple added to it to this builder (for code that writes to a {@link
         * org.apache.jena.graph.Graph}); it cannot be read from or deleted from.
         */
        public org.apache.jena.graph.Graph sink() {
            Builder b = this;
            return new GraphBase() {
                @Override public void performAdd(Triple t) {
                    b.add(t);
                }

                @Override protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
                    throw new UnsupportedOperationException("a CompactGraph.Builder's sink is written to, not read");
                }
            };
        }

        @Override public void quad(Quad q) {
            add(q.asTriple());
        }

        @Override public void prefix(String prefix, String iri) {
            prefixes.setNsPrefix(prefix, iri);
        }

        /** The graph of the triples added so far; the builder is not to be used afterwards. */
        public CompactGraph build() {
            int n = nodes.size();
            int[] order = identity(size);
            order = sortBy(ro, order, firsts(ro, size, n));       // least significant key first: stable passes
            order = sortBy(rp, order, firsts(rp, size, n));
            order = sortBy(rs, order, firsts(rs, size, n));
            int[][] spo = distinct(order);
            rs = rp = ro = null;
            int t = spo[0].length;
            int[] sFirst = firsts(spo[0], t, n), oFirst = firsts(spo[2], t, n), pFirst = firsts(spo[1], t, n);
            int[] osp = sortBy(spo[2], identity(t), oFirst);         // subject–predicate order kept within an object
            int[] pos = sortBy(spo[1], osp, pFirst);                 // object–subject order kept within a predicate
            nodes.trim(uses(spo, n));
            return new CompactGraph(nodes, spo, osp, pos, new int[][] {sFirst, oFirst, pFirst}, prefixes);
        }

        /** The columns of the rows of {@code order}, each distinct triple once (equal triples are adjacent). */
        private int[][] distinct(int[] order) {
            int[] cs = new int[size], cp = new int[size], co = new int[size];
            int t = 0;
            for (int row : order) {
                int a = rs[row], b = rp[row], c = ro[row];
                if (t > 0 && cs[t - 1] == a && cp[t - 1] == b && co[t - 1] == c) continue;
                cs[t] = a;
                cp[t] = b;
                co[t] = c;
                t++;
            }
            return new int[][] {Arrays.copyOf(cs, t), Arrays.copyOf(cp, t), Arrays.copyOf(co, t)};
        }
    }

    /** How many triples each node id is in. */
    private static int[] uses(int[][] spo, int ids) {
        int[] uses = new int[ids];
        for (int[] column : spo) for (int id : column) uses[id]++;
        return uses;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    /** Per id, the index of its first row when the rows are sorted by {@code column} (length ids + 1). */
    private static int[] firsts(int[] column, int rows, int ids) {
        int[] first = new int[ids + 1];
        for (int i = 0; i < rows; i++) first[column[i] + 1]++;
        for (int id = 0; id < ids; id++) first[id + 1] += first[id];
        return first;
    }

    /** {@code order} stably sorted by {@code column} (a counting sort; {@code first} from {@link #firsts}). */
    private static int[] sortBy(int[] column, int[] order, int[] first) {
        int[] next = Arrays.copyOf(first, first.length - 1);
        int[] out = new int[order.length];
        for (int row : order) out[next[column[row]]++] = row;
        return out;
    }

    /**
     * Nodes by id, and ids by node: open addressing on the node's hash, each slot one long holding the hash and the id
     * (one memory access per probe), so a probe compares nodes ({@link Node#equals}) only when the hashes agree; a node
     * handed out by the graph is found by identity. In front of the table, a small direct-mapped table of nodes: while
     * building, the nodes interned last (a subject repeated on consecutive lines, the predicates); once built, the most
     * used nodes (predicates, classes), fixed, so that readers on several threads share it without locks.
     */
    private static final class NodeTable {
        private static final int FRONT = 1 << 10;
        private Node[] byId = new Node[1 << 12];
        private long[] slots = new long[1 << 13];   // hash << 32 | (id + 1); 0 for an empty slot
        private int size;
        private Node[] front = new Node[FRONT];
        private int[] frontId = new int[FRONT];

        int size() {
            return size;
        }

        Node node(int id) {
            return byId[id];
        }

        /** The id of {@code n}, or {@link #ABSENT}. */
        int id(Node n) {
            int h = spread(n.hashCode());
            int f = h & (FRONT - 1);
            Node m = front[f];
            if (m == n || (m != null && m.equals(n))) return frontId[f];
            long v = slots[slot(n, h)];
            return v == 0 ? ABSENT : (int) v - 1;
        }

        int intern(Node n) {
            int h = spread(n.hashCode());
            int f = h & (FRONT - 1);
            Node m = front[f];
            if (m == n || (m != null && m.equals(n))) return frontId[f];
            int i = slot(n, h);
            int id;
            if (slots[i] != 0) {
                id = (int) slots[i] - 1;
            } else {
                if (size == byId.length) byId = Arrays.copyOf(byId, size * 2);
                byId[size] = n;
                id = size++;
                slots[i] = (long) h << 32 | (id + 1L);
                if (size * 2 > slots.length) rehash();
            }
            front[f] = n;
            frontId[f] = id;
            return id;
        }

        /** The slot of {@code n} (hash {@code h}), or the empty slot where it would go. */
        private int slot(Node n, int h) {
            int mask = slots.length - 1;
            for (int i = h & mask; ; i = (i + 1) & mask) {
                long v = slots[i];
                if (v == 0) return i;
                if ((int) (v >>> 32) == h) {
                    Node m = byId[(int) v - 1];
                    if (m == n || m.equals(n)) return i;
                }
            }
        }

        private void rehash() {
            long[] bigger = new long[slots.length * 2];
            int mask = bigger.length - 1;
            for (long v : slots) {
                if (v == 0) continue;
                int i = (int) (v >>> 32) & mask;
                while (bigger[i] != 0) i = (i + 1) & mask;
                bigger[i] = v;
            }
            slots = bigger;
        }

        /** Ends the building: the front table gets, per entry, the node of that entry with the most uses. */
        void trim(int[] uses) {
            byId = Arrays.copyOf(byId, size);
            Node[] hot = new Node[FRONT];
            int[] hotId = new int[FRONT];
            for (int id = 0; id < size; id++) {
                int f = spread(byId[id].hashCode()) & (FRONT - 1);
                if (hot[f] == null || uses[id] > uses[hotId[f]]) {
                    hot[f] = byId[id];
                    hotId[f] = id;
                }
            }
            frontId = hotId;
            front = hot;
        }

        /** MurmurHash3's finaliser: the low bits, which pick the slot, depend on every bit of the hash. */
        private static int spread(int h) {
            h = (h ^ (h >>> 16)) * 0x85EBCA6B;
            h = (h ^ (h >>> 13)) * 0xC2B2AE35;
            return h ^ (h >>> 16);
        }
    }
}

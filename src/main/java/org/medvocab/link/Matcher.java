package org.medvocab.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.medvocab.extract.Lexicon;
import org.medvocab.link.VocabularyIndex.Concept;
import org.medvocab.link.VocabularyIndex.Entry;

/**
 * Matches streamed target labels against the vocabulary index, keeps the best evidence per (concept, target term)
 * pair, and at the end chooses the mappings.
 *
 * <p><b>Scoring.</b> A candidate's score is the product of
 * <ul>
 *   <li>the label roles: preferred label against preferred label 1.00, preferred against synonym 0.95, synonym
 *       against synonym 0.92; a hidden label of the vocabulary counts as a synonym times 0.97;</li>
 *   <li>0.85 when the matched string is an abbreviation on either side and not both labels are preferred ones;</li>
 *   <li>the penalty of the normalised forms used ({@link LabelNormalizer}: 1 for the main form, 0.97 for a
 *       parenthetical dropped, 0.93 for a rewrite), and 0.97 for a word-order-only match;</li>
 *   <li>for a containment match (the target label has all the words of the concept's label and more, or the other way
 *       round, with the same head word), 0.85 minus 0.05 for each extra word after the first (at least 0.6);</li>
 * </ul>
 * then 0.03 is added when the kinds agree and subtracted when they are only loosely compatible (see {@link Kind});
 * a candidate of incompatible kinds is dropped.
 *
 * <p><b>Predicates.</b> A whole-label match gives the predicate of the target label's scope ({@link Scope}); a
 * containment match gives {@code skos:narrowMatch} (the target term has more words: it is narrower) or
 * {@code skos:broadMatch}. A containment match needs at least two words on the narrower side, so that a one-word
 * concept ("stroke") is never linked to every compound that ends in its word ("heat stroke"), and a one-word
 * broader term must not be a generic kind word such as "device", "injury" or "process" ({@link Lexicon#isGenericGenus}).
 *
 * <p><b>Choice.</b> {@code skos:exactMatch} needs a score of at least {@link MatchOptions#exactThreshold()}, and must
 * be unique: if a concept has several exact candidates in one target vocabulary (same CURIE prefix) within
 * {@link MatchOptions#margin()} of the best, or a target term has several such concepts, none of them is kept as an
 * exact match: they are written as {@code skos:closeMatch} with a comment saying they are ambiguous (and counted as
 * flagged). Exact candidates clearly below the best become close matches. Broad matches found by containment are
 * kept only for the most specific broader term, and only when the concept has no exact match in that vocabulary;
 * narrow matches by containment are limited to {@link MatchOptions#maxNarrow()} per concept and vocabulary. Both
 * limits are applied while streaming, so that the candidates kept stay few whatever the size of a target.
 *
 * <p><b>Existing mapping sets.</b> A row of an SSSOM target about one of the vocabulary's concepts is reused as it
 * is (a {@code Not} row suppresses the pair); for every exact match above the threshold, the target term's own
 * mappings are followed one step ({@link MatchPredicate#chain}), giving {@code semapv:MappingChaining} rows scored
 * by the product of the two confidences.
 */
public final class Matcher {

    /** Justification of a lexical match (after normalisation). */
    public static final String LEXICAL = "semapv:LexicalMatching";
    /** Justification of a mapping derived through an existing mapping set. */
    public static final String CHAINING = "semapv:MappingChaining";

    private final VocabularyIndex index;
    private final MatchOptions options;
    private final Curies curies;

    /** Best candidate per pair (subject IRI + NUL + object id). */
    private final Map<String, Candidate> candidates = new HashMap<>();
    private final List<ExistingMapping> existing = new ArrayList<>();
    private final Set<String> negated = new HashSet<>();
    private final Map<String, String> preferredLabels = new HashMap<>();
    private final Stats stats = new Stats();

    /** Counts reported at the end of a run. */
    public static final class Stats {
        public long labels;
        public long candidates;
        public int kindConflicts;
        public int flagged;
        public int chained;
        public int reused;
        public final List<String> flags = new ArrayList<>();
        public final List<String> conflicts = new ArrayList<>();
    }

    /** Evidence for one (concept, target term) pair; mutable while matching. */
    static final class Candidate {
        final Concept subject;
        final String objectId;
        String objectLabel;        // the target label matched
        String subjectLabel;       // the vocabulary label matched
        String subjectField;
        String objectField;
        MatchPredicate predicate;
        double score;              // before the kind adjustment
        String matchString;
        String how;
        String justification = LEXICAL;
        String source;
        Set<Kind> objectKinds;
        boolean containment;
        GroupKey group;            // the containment group it is kept in, or null
        int extraWords;
        int objectWords;
        String comment = "";

        Candidate(Concept subject, String objectId) {
            this.subject = subject;
            this.objectId = objectId;
        }
    }

    public Matcher(VocabularyIndex index, MatchOptions options, Curies curies) {
        this.index = index;
        this.options = options;
        this.curies = curies;
    }

    public Stats stats() { return stats; }

    /** Adds a mapping the vocabulary already holds ({@link GroundedMappings}), reused like a row of an SSSOM target. */
    public void keep(ExistingMapping m) { existing.add(m); }

    /**
     * Reads one target to the end, matching every label as it streams, then applies what the target can only tell
     * afterwards (kinds from the hierarchy, obsolete terms, preferred labels).
     *
     * @param progress receives (done, total) as the reader reports it; may be null
     */
    public void read(TargetReader reader, BiConsumer<Long, Long> progress) {
        Set<String> fromThis = new HashSet<>();
        String[] lastPreferred = new String[2];
        reader.read(new TargetSink() {
            @Override public void label(TargetLabel l) {
                stats.labels++;
                if (l.role() == LabelRole.PREFERRED && l.scope() == Scope.EXACT) {
                    lastPreferred[0] = l.id();
                    lastPreferred[1] = l.label();
                    if (fromThis.contains(l.id())) preferredLabels.putIfAbsent(l.id(), l.label());
                }
                match(l, fromThis, lastPreferred);
            }

            @Override public void mapping(ExistingMapping m) {
                if (m.negated()) negated.add(m.subjectId() + "\u0000" + m.objectId());
                existing.add(m);
            }

            @Override public void progress(long done, long total) {
                if (progress != null) progress.accept(done, total);
            }
        });
        if (fromThis.isEmpty()) return;
        Set<String> missing = new HashSet<>();
        for (String id : fromThis) if (!preferredLabels.containsKey(id)) missing.add(id);
        if (!missing.isEmpty()) preferredLabels.putAll(reader.preferredLabels(missing));
        List<String> obsolete = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (!fromThis.contains(c.objectId)) continue;
            c.objectKinds = Kind.union(c.objectKinds, reader.kindOf(c.objectId));
            if (reader.isObsolete(c.objectId)) obsolete.add(pairKey(c.subject, c.objectId));
        }
        obsolete.forEach(candidates::remove);
    }

    private static String pairKey(Concept c, String objectId) { return c.iri() + "\u0000" + objectId; }

    /** Matches one target label against the index. */
    void match(TargetLabel l, Set<String> fromThis, String[] lastPreferred) {
        List<LabelNormalizer.Form> forms = LabelNormalizer.forms(l.label());
        if (forms.isEmpty()) return;
        boolean targetAbbrev = l.role() == LabelRole.ABBREVIATION || LabelNormalizer.isAbbreviation(l.label());
        for (LabelNormalizer.Form f : forms) {
            List<Entry> hits = index.byKey(f.key());
            boolean bag = false;
            if (hits.isEmpty()) {
                hits = index.byBag(f.bag());
                bag = true;
            }
            for (Entry e : hits) {
                if (bag && e.form().key().equals(f.key())) continue;
                double s = roleScore(e, l, targetAbbrev) * e.form().penalty() * f.penalty() * (bag ? 0.97 : 1.0)
                    * chemical(e, f, l);
                offer(e, l, f, l.scope().predicate(options.strictScope()), s, f.key(), bag ? "word order" : "", false, 0, f.tokens().size(), fromThis, lastPreferred);
            }
            if (f.head() == null || targetAbbrev || l.scope() != Scope.EXACT || !index.hasHead(f.head())
                || f.how().contains("inline") || f.tokens().size() == 1 && !f.how().isEmpty()) continue;
            List<Entry> sameHead = index.byHead(f.head());
            long[] signatures = index.headSignatures(f.head());
            long targetSignature = VocabularyIndex.signature(f.tokens());
            for (int i = 0; i < sameHead.size(); i++) {
                Entry e = sameHead.get(i);
                List<String> a = e.form().tokens();
                List<String> b = f.tokens();
                if (a.size() == b.size()) continue;
                boolean targetNarrower = a.size() < b.size();
                // a word of the shorter label is surely missing from the longer one: no containment (checked first, it is cheap)
                if ((targetNarrower ? signatures[i] & ~targetSignature : targetSignature & ~signatures[i]) != 0) continue;
                if (e.form().how().contains("inline")) continue;
                List<String> small = targetNarrower ? a : b;
                List<String> large = targetNarrower ? b : a;
                // the narrower side has two words at least; a one-word broader side is not a generic kind word
                if (targetNarrower && a.size() < 2 || small.size() == 1 && Lexicon.isGenericGenus(small.get(0))
                    || !containsAll(large, small)) continue;
                int extra = large.size() - small.size();
                double s = roleScore(e, l, false) * e.form().penalty() * f.penalty() * Math.max(0.6, 0.85 - 0.05 * (extra - 1))
                    * chemical(e, f, l);
                offer(e, l, f, targetNarrower ? MatchPredicate.NARROW : MatchPredicate.BROAD, s, null,
                    targetNarrower ? "target label has more words" : "concept label has more words",
                    true, extra, b.size(), fromThis, lastPreferred);
            }
        }
    }

    private static String describe(LabelNormalizer.Form ours, LabelNormalizer.Form theirs, String what) {
        List<String> parts = new ArrayList<>(3);
        if (!what.isEmpty()) parts.add(what);
        if (!ours.how().isEmpty()) parts.add("vocabulary label: " + ours.how());
        if (!theirs.how().isEmpty()) parts.add("target label: " + theirs.how());
        return String.join("; ", parts);
    }

    /** 0.95 when the labels only match after chemical notation was rewritten, else 1. */
    private static double chemical(Entry e, LabelNormalizer.Form f, TargetLabel l) {
        return (e.form().chemical() || f.chemical()) && !e.label().equalsIgnoreCase(l.label()) ? 0.95 : 1.0;
    }

    /** Whether {@code large} holds every word of {@code small}, as many times (labels are a few words: no copy, no set). */
    private static boolean containsAll(List<String> large, List<String> small) {
        long used = 0;   // bit i: word i of large already matched (labels longer than 64 words fall back to a copy)
        if (large.size() > 64) {
            List<String> rest = new ArrayList<>(large);
            for (String t : small) if (!rest.remove(t)) return false;
            return true;
        }
        outer:
        for (String t : small) {
            for (int i = 0; i < large.size(); i++) {
                if ((used & (1L << i)) == 0 && large.get(i).equals(t)) {
                    used |= 1L << i;
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static double roleScore(Entry e, TargetLabel l, boolean targetAbbrev) {
        boolean oursPref = e.role() == LabelRole.PREFERRED;
        boolean theirsPref = l.role() == LabelRole.PREFERRED;
        double s = oursPref && theirsPref ? 1.0 : oursPref || theirsPref ? 0.95 : 0.92;
        if (e.role() == LabelRole.HIDDEN) s *= 0.97;
        if ((e.abbreviation() || targetAbbrev) && !(oursPref && theirsPref)) s *= 0.85;
        return s;
    }

    /** Containment candidates kept per concept, target vocabulary and predicate (bounded while streaming). */
    private final Map<GroupKey, Group> containmentGroups = new HashMap<>();

    /** The key of a containment group (the concept's IRI string keeps its hash, so no key string is built per offer). */
    private record GroupKey(MatchPredicate predicate, String concept, String targetPrefix) {}

    /** A containment group and its worst member in the group's order (null: to be found again). */
    private static final class Group {
        final List<Candidate> members = new ArrayList<>(4);
        Candidate worst;

        Candidate worst(Comparator<Candidate> order) {
            if (worst == null) worst = java.util.Collections.max(members, order);
            return worst;
        }

        void add(Candidate c) { members.add(c); worst = null; }

        void remove(Candidate c) { if (members.remove(c)) worst = null; }
    }
    /** At most this many broad candidates by containment per concept and target vocabulary (the most specific). */
    static final int BROAD_CAP = 5;
    private static final Comparator<Candidate> NARROW_ORDER = Comparator.comparingInt((Candidate c) -> c.extraWords)
        .thenComparingDouble(c -> -c.score).thenComparing(c -> c.objectId);
    private static final Comparator<Candidate> BROAD_ORDER = Comparator.comparingInt((Candidate c) -> -c.objectWords)
        .thenComparingDouble(c -> -c.score).thenComparing(c -> c.objectId);

    private void offer(Entry e, TargetLabel l, LabelNormalizer.Form f, MatchPredicate p, double score, String matchString,
                       String what, boolean containment, int extra, int objectWords, Set<String> fromThis, String[] lastPreferred) {
        String key = pairKey(e.concept(), l.id());
        Candidate c = candidates.get(key);
        if (c != null && !better(p, score, containment, c, options.exactThreshold())) {
            c.objectKinds = Kind.union(c.objectKinds, l.kindHint());
            return;
        }
        if (c == null && containment) {
            // bounded: keep the closest narrower and the most specific broader terms only
            if (Kind.agreement(e.concept().kinds(), l.kindHint()) == Kind.Agreement.INCOMPATIBLE) return;
            GroupKey g = new GroupKey(p, e.concept().iri(), Mapping.prefixOf(l.id()));
            Group group = containmentGroups.computeIfAbsent(g, k -> new Group());
            int cap = p == MatchPredicate.NARROW ? options.maxNarrow() : BROAD_CAP;
            Comparator<Candidate> order = p == MatchPredicate.NARROW ? NARROW_ORDER : BROAD_ORDER;
            Candidate probe = new Candidate(e.concept(), l.id());
            probe.extraWords = extra;
            probe.objectWords = objectWords;
            probe.score = score;
            if (group.members.size() >= cap) {
                if (cap == 0) return;
                Candidate worst = group.worst(order);
                if (order.compare(probe, worst) >= 0) return;
                group.remove(worst);
                candidates.remove(pairKey(worst.subject, worst.objectId));
            }
            c = probe;
            c.objectKinds = Kind.none();
            c.group = g;
            group.add(c);
            candidates.put(key, c);
            stats.candidates++;
        } else if (c == null) {
            c = new Candidate(e.concept(), l.id());
            c.objectKinds = Kind.none();
            candidates.put(key, c);
            stats.candidates++;
        } else if (!containment && c.group != null) {
            containmentGroups.get(c.group).remove(c);
            c.group = null;
        }
        c.objectLabel = l.label();
        c.subjectLabel = e.label();
        c.subjectField = e.field();
        c.objectField = l.field();
        c.predicate = p;
        c.score = score;
        c.matchString = matchString != null ? matchString : String.join(" ", e.form().tokens());
        c.how = describe(e.form(), f, containment ? what.replace("more words", "") + extra + " more word" + (extra == 1 ? "" : "s") : what);
        c.source = l.source();
        c.containment = containment;
        c.extraWords = extra;
        c.objectWords = objectWords;
        if (c.group != null) containmentGroups.get(c.group).worst = null;   // its order may have changed
        c.objectKinds = Kind.union(c.objectKinds, l.kindHint());
        fromThis.add(l.id());
        if (l.role() == LabelRole.PREFERRED && l.scope() == Scope.EXACT) preferredLabels.putIfAbsent(l.id(), l.label());
        else if (l.id().equals(lastPreferred[0])) preferredLabels.putIfAbsent(l.id(), lastPreferred[1]);
    }

    /**
     * Whole-label evidence beats containment; an exact match above the threshold beats any other predicate; then
     * the higher score; then the stronger predicate.
     */
    private static boolean better(MatchPredicate p, double score, boolean containment, Candidate c, double exact) {
        if (containment != c.containment) return !containment;
        boolean newExact = p == MatchPredicate.EXACT && score >= exact;
        boolean oldExact = c.predicate == MatchPredicate.EXACT && c.score >= exact;
        if (newExact != oldExact) return newExact;
        if (score != c.score) return score > c.score;
        return p.ordinal() < c.predicate.ordinal();
    }

    // ---- the end of the run --------------------------------------------------------------------------------

    /** Chooses the mappings from the candidates (see the class comment); rows sorted by subject, predicate, object. */
    public List<Mapping> finish() {
        reuseAndChain();
        List<Candidate> live = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (negated.contains(c.subject.curie() + "\u0000" + c.objectId)) continue;
            Kind.Agreement a = Kind.agreement(c.subject.kinds(), c.objectKinds);
            if (a == Kind.Agreement.INCOMPATIBLE) {
                if (!c.containment && c.predicate == MatchPredicate.EXACT && c.score >= options.exactThreshold()) {
                    stats.kindConflicts++;
                    stats.conflicts.add(c.subject.curie() + " (" + Kind.names(c.subject.kinds()) + ") ~ " + c.objectId + " "
                        + c.objectLabel + " (" + Kind.names(c.objectKinds) + ")");
                }
                continue;
            }
            if (a == Kind.Agreement.SAME) c.score += 0.03;
            else if (a == Kind.Agreement.COMPATIBLE) c.score -= 0.03;
            if (c.score < options.closeThreshold()) continue;
            live.add(c);
        }
        live.sort(ORDER);
        uniqueExact(live);
        List<Candidate> kept = trimContainment(live);
        List<Mapping> rows = new ArrayList<>(kept.size());
        for (Candidate c : kept) rows.add(toMapping(c));
        rows.sort(Comparator.comparing(Mapping::subjectId).thenComparing(m -> m.predicate().ordinal()).thenComparing(Mapping::objectId));
        return rows;
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparing((Candidate c) -> c.subject.curie())
        .thenComparing(c -> c.objectId);

    private void uniqueExact(List<Candidate> live) {
        // subject side: one exact per concept and target vocabulary
        Map<String, List<Candidate>> bySubject = new TreeMap<>();
        for (Candidate c : live) {
            if (isExact(c)) bySubject.computeIfAbsent(c.subject.curie() + "\u0000" + Mapping.prefixOf(c.objectId), k -> new ArrayList<>()).add(c);
        }
        for (List<Candidate> group : bySubject.values()) resolve(group, true);
        Map<String, List<Candidate>> byObject = new TreeMap<>();
        for (Candidate c : live) if (isExact(c)) byObject.computeIfAbsent(c.objectId, k -> new ArrayList<>()).add(c);
        for (List<Candidate> group : byObject.values()) resolve(group, false);
        for (Candidate c : live) {
            if (c.predicate == MatchPredicate.EXACT && c.score < options.exactThreshold()) {
                c.predicate = MatchPredicate.CLOSE;
                c.comment = join(c.comment, "score below the exact threshold");
            }
        }
    }

    private boolean isExact(Candidate c) {
        return c.predicate == MatchPredicate.EXACT && c.score >= options.exactThreshold();
    }

    private void resolve(List<Candidate> group, boolean subjectSide) {
        if (group.size() < 2) return;
        group.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.objectId).thenComparing(c -> c.subject.curie()));
        Candidate best = group.get(0);
        List<Candidate> rivals = new ArrayList<>();
        for (Candidate c : group.subList(1, group.size())) if (best.score - c.score < options.margin() - 1e-9) rivals.add(c);
        if (rivals.isEmpty()) {
            for (Candidate c : group.subList(1, group.size())) {
                c.predicate = MatchPredicate.CLOSE;
                c.comment = join(c.comment, "weaker than the exact match " + (subjectSide ? best.objectId : best.subject.curie()));
            }
            return;
        }
        List<Candidate> tied = new ArrayList<>();
        tied.add(best);
        tied.addAll(rivals);
        List<String> names = new ArrayList<>();
        for (Candidate c : tied) {
            if (names.size() == 5) {
                names.add("and " + (tied.size() - 5) + " more");
                break;
            }
            names.add(subjectSide ? c.objectId : c.subject.curie());
        }
        String what = subjectSide
            ? "ambiguous exact match: " + tied.size() + " " + Mapping.prefixOf(best.objectId) + " terms match " + best.subject.curie() + " equally (" + String.join(", ", names) + ")"
            : "ambiguous exact match: " + tied.size() + " concepts match " + best.objectId + " equally (" + String.join(", ", names) + ")";
        stats.flagged++;
        stats.flags.add(what);
        for (Candidate c : group) {
            c.predicate = MatchPredicate.CLOSE;
            c.comment = join(c.comment, tied.contains(c) ? what : "weaker than an ambiguous exact match");
        }
    }

    private List<Candidate> trimContainment(List<Candidate> live) {
        Set<String> exactIn = new HashSet<>();
        for (Candidate c : live) if (c.predicate == MatchPredicate.EXACT) exactIn.add(c.subject.curie() + "\u0000" + Mapping.prefixOf(c.objectId));
        Map<String, List<Candidate>> broad = new LinkedHashMap<>();
        Map<String, List<Candidate>> narrow = new LinkedHashMap<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : live) {
            String group = c.subject.curie() + "\u0000" + Mapping.prefixOf(c.objectId);
            if (c.containment && c.predicate == MatchPredicate.BROAD) {
                if (!exactIn.contains(group)) broad.computeIfAbsent(group, k -> new ArrayList<>()).add(c);
            } else if (c.containment && c.predicate == MatchPredicate.NARROW) {
                narrow.computeIfAbsent(group, k -> new ArrayList<>()).add(c);
            } else {
                out.add(c);
            }
        }
        for (List<Candidate> g : broad.values()) {
            int most = g.stream().mapToInt(c -> c.objectWords).max().orElse(0);
            for (Candidate c : g) if (c.objectWords == most) out.add(c);
        }
        for (List<Candidate> g : narrow.values()) {
            g.sort(Comparator.comparingInt((Candidate c) -> c.extraWords).thenComparingDouble(c -> -c.score).thenComparing(c -> c.objectId));
            out.addAll(g.subList(0, Math.min(options.maxNarrow(), g.size())));
        }
        return out;
    }

    private Mapping toMapping(Candidate c) {
        curies.useCurie(c.subject.curie());
        curies.useCurie(c.objectId);
        curies.use("skos");
        curies.useCurie(c.justification);
        if (c.subjectField != null) curies.useCurie(c.subjectField);
        if (c.objectField != null) curies.useCurie(c.objectField);
        if (c.source != null) curies.useCurie(c.source);
        String objectLabel = preferredLabels.getOrDefault(c.objectId, c.objectLabel);
        String comment = join(c.how == null ? "" : c.how, c.comment);
        if (!c.objectLabel.equals(objectLabel) && c.justification.equals(LEXICAL)) comment = join("matched target label '" + c.objectLabel + "'", comment);
        double confidence = Math.round(Math.min(1.0, Math.max(0.0, c.score)) * 1000) / 1000.0;
        return new Mapping(c.subject.curie(), c.subject.prefLabel(), Kind.names(c.subject.kinds()), c.predicate, c.objectId,
            objectLabel, Kind.names(c.objectKinds), c.justification, c.source == null ? "" : c.source, "", "", confidence,
            c.subjectField == null ? "" : c.subjectField, c.objectField == null ? "" : c.objectField,
            c.matchString == null ? "" : c.matchString, comment, c.subject.iri(), curies.expand(c.objectId));
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) return b == null ? "" : b;
        if (b == null || b.isEmpty()) return a;
        return a + "; " + b;
    }

    // ---- existing mapping sets: reuse and chaining ----------------------------------------------------------

    private void reuseAndChain() {
        if (existing.isEmpty()) return;
        Map<String, Concept> ours = new HashMap<>();
        for (Concept c : index.concepts()) {
            ours.put(c.curie(), c);
            ours.put(c.iri(), c);
        }
        Map<String, List<ExistingMapping>> bySubject = new HashMap<>();
        Map<String, List<ExistingMapping>> byObject = new HashMap<>();
        for (ExistingMapping m : existing) {
            if (m.negated()) continue;
            Concept s = ours.get(m.subjectId());
            Concept o = ours.get(m.objectId());
            if (s != null) reuse(s, m.predicate(), m.objectId(), m.objectLabel(), m);
            else if (o != null) reuse(o, m.predicate().inverse(), m.subjectId(), m.subjectLabel(), m);
            else {
                bySubject.computeIfAbsent(m.subjectId(), k -> new ArrayList<>()).add(m);
                byObject.computeIfAbsent(m.objectId(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Candidate> direct = new ArrayList<>(candidates.values());
        direct.sort(ORDER);
        for (Candidate c : direct) {
            if (c.containment || c.predicate != MatchPredicate.EXACT || c.score < options.exactThreshold()
                || !c.justification.equals(LEXICAL)) continue;
            for (ExistingMapping m : bySubject.getOrDefault(c.objectId, List.of())) {
                chain(c, m.predicate(), m.objectId(), m.objectLabel(), m);
            }
            for (ExistingMapping m : byObject.getOrDefault(c.objectId, List.of())) {
                chain(c, m.predicate().inverse(), m.subjectId(), m.subjectLabel(), m);
            }
        }
    }

    private static double confidenceOf(ExistingMapping m) {
        if (!Double.isNaN(m.confidence())) return m.confidence();
        return m.justification() != null && m.justification().endsWith("ManualMappingCuration") ? 0.95 : 0.9;
    }

    private void reuse(Concept s, MatchPredicate p, String objectId, String objectLabel, ExistingMapping m) {
        String key = pairKey(s, objectId);
        Candidate old = candidates.get(key);
        double score = Double.isNaN(m.confidence()) ? 1.0 : m.confidence();
        boolean grounded = GroundedMappings.SOURCE.equals(m.source());
        if (grounded && old != null && old.predicate == p && !old.containment) {
            // the same pair matched lexically: one row, with the lexical match's fields, noting the grounding
            old.comment = join(old.comment, "also grounded at conversion");
            old.score = Math.max(old.score, score);
            return;
        }
        if (old != null && old.score > score) return;
        Candidate c = new Candidate(s, objectId);
        c.objectLabel = objectLabel == null || objectLabel.isEmpty() ? objectId : objectLabel;
        c.subjectLabel = s.prefLabel();
        c.predicate = p;
        c.score = score;
        c.justification = m.justification() == null || m.justification().isEmpty() ? "semapv:UnspecifiedMatching" : m.justification();
        c.source = grounded ? null : m.source();
        c.objectKinds = KindRules.ofPrefix(objectId);
        c.how = grounded ? "grounded at conversion in the medical lexicon" : "reused from " + m.source();
        candidates.put(key, c);
        stats.reused++;
        curies.useCurie(objectId);
    }

    private void chain(Candidate via, MatchPredicate next, String objectId, String objectLabel, ExistingMapping m) {
        MatchPredicate p = via.predicate.chain(next);
        if (p == null || objectId.equals(via.objectId)) return;
        double score = via.score * confidenceOf(m);
        String key = pairKey(via.subject, objectId);
        Candidate old = candidates.get(key);
        if (old != null && (old.score >= score || !old.justification.equals(CHAINING))) return;
        Candidate c = new Candidate(via.subject, objectId);
        c.objectLabel = objectLabel == null || objectLabel.isEmpty() ? objectId : objectLabel;
        c.subjectLabel = via.subjectLabel;
        c.subjectField = via.subjectField;
        c.predicate = p;
        c.score = score;
        c.matchString = via.matchString;
        c.justification = CHAINING;
        c.source = m.source();
        c.objectKinds = Kind.union(KindRules.ofPrefix(objectId), via.objectKinds);
        c.how = "via " + via.objectId + " " + via.predicate.curie() + " and " + m.subjectId() + " "
            + m.predicate().curie() + " " + m.objectId() + " in " + m.source();
        candidates.put(key, c);
        stats.chained++;
        curies.useCurie(objectId);
    }
}

package org.medvocab.ground;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.link.Curies;
import org.medvocab.link.GroundedMappings;
import org.medvocab.link.Kind;
import org.medvocab.link.MappingGraph;
import org.medvocab.model.Axioms;

/**
 * Grounding of concepts at conversion time: a concept whose label the medical lexicon knows exactly (after
 * normalisation) gets a {@code skos:exactMatch} to that ontology term, written with its SSSOM provenance so that the
 * link stage keeps it ({@link GroundedMappings}).
 *
 * <p>The rule ({@link #choose}):
 * <ol>
 *   <li>the preferred label is looked up first; only when the lexicon does not know it are the alternative labels
 *       looked up (not the abbreviation readings of the lexicon), and they must all lead to the same term;</li>
 *   <li>a concept of a known kind keeps only the entries of a compatible kind ({@link Kind#compatible}), so a concept
 *       whose kind disagrees with every reading of its label gets no match, and an ambiguous label (a surgical
 *       instrument and a skin area of the same name) is read in the sense of the concept's kind;</li>
 *   <li>a concept of unknown kind gets a match only when the entries agree on their kind;</li>
 *   <li>of the entries left, those of the ontology made for the kind come first (UBERON for anatomy, DOID for
 *       conditions, see {@link Grounder#PREFERRED_SOURCES}), then MeSH, then any single other ontology; when that
 *       ontology has several terms of the label (and not exactly one whose preferred name it is), none is kept.</li>
 * </ol>
 */
public final class ExactMatches {

    /** The term a concept is grounded in. */
    public record Match(LexiconEntry entry, String iri, String matchedLabel, String key, boolean preferredLabel) {
        /** SSSOM confidence: 1 through the concept's preferred label, 0.95 through a synonym. */
        public double confidence() { return preferredLabel ? 1.0 : 0.95; }
    }

    private static final Curies CURIES = new Curies();
    private static final Node JUSTIFICATION = NodeFactory.createURI(CURIES.expand(GroundedMappings.JUSTIFICATION));

    private final Grounder grounder;

    public ExactMatches(Grounder grounder) { this.grounder = grounder; }

    /** With the shared grounder (the committed lexicon). */
    public static ExactMatches shared() { return new ExactMatches(Grounder.get()); }

    /**
     * The term a concept is grounded in, if any.
     *
     * @param label     the concept's label (without a sense qualifier)
     * @param altLabels its alternative labels
     * @param kind      its kind, or null when unknown
     */
    public Optional<Match> choose(String label, Iterable<String> altLabels, Kind kind) {
        Grounding g = grounder.assess(label);
        if (g.evidence() == Grounding.Evidence.LEXICON) return choose(g, kind, true);
        Set<String> ids = new LinkedHashSet<>();
        Match found = null;
        for (String alt : altLabels) {
            Grounding a = grounder.assess(alt);
            if (a.evidence() != Grounding.Evidence.LEXICON) continue;
            Optional<Match> m = choose(a, kind, false);
            if (m.isEmpty()) continue;
            ids.add(m.get().entry().id());
            if (found == null) found = m.get();
        }
        return ids.size() == 1 ? Optional.of(found) : Optional.empty();
    }

    private Optional<Match> choose(Grounding g, Kind kind, boolean preferred) {
        List<LexiconEntry> fit = new ArrayList<>();
        for (LexiconEntry e : g.matches()) {
            if (!preferred && e.role() == LexiconEntry.Role.ABBREVIATION) continue;
            if (kind == null || e.kind().isPresent() && Kind.compatible(kind, e.kind().get())) fit.add(e);
        }
        if (fit.isEmpty()) return Optional.empty();
        Kind meaning = kind != null ? kind : agreedKind(fit);
        if (kind == null && meaning == null && fit.stream().anyMatch(e -> e.kind().isPresent())) return Optional.empty();
        List<String> order = new ArrayList<>(meaning == null ? List.of() : Grounder.PREFERRED_SOURCES.get(meaning));
        order.add("MESH");
        String source = null;
        for (String s : order) if (fit.stream().anyMatch(e -> e.source().equals(s))) { source = s; break; }
        if (source == null) {
            Set<String> sources = new LinkedHashSet<>();
            fit.forEach(e -> sources.add(e.source()));
            if (sources.size() != 1) return Optional.empty();
            source = sources.iterator().next();
        }
        Optional<LexiconEntry> one = single(fit, source, meaning);
        return one.map(e -> new Match(e, CURIES.expand(e.id()), g.phrase(), g.key(), preferred));
    }

    /** The one kind every entry of a known kind is compatible with, or null. */
    private static Kind agreedKind(List<LexiconEntry> entries) {
        Kind first = null;
        for (LexiconEntry e : entries) {
            if (e.kind().isEmpty()) continue;
            if (first == null) first = e.kind().get();
            else if (!Kind.compatible(first, e.kind().get())) return null;
        }
        return first;
    }

    /** The one term of {@code source} among the entries (the one it names by its preferred name, when several). */
    private static Optional<LexiconEntry> single(List<LexiconEntry> entries, String source, Kind meaning) {
        List<LexiconEntry> of = new ArrayList<>();
        for (LexiconEntry e : entries) if (e.source().equals(source) && of.stream().noneMatch(x -> x.id().equals(e.id()))) of.add(e);
        boolean someOfMeaning = meaning != null && of.stream().anyMatch(x -> x.kinds().contains(meaning));
        if (of.size() > 1 && someOfMeaning) of.removeIf(e -> !e.kinds().contains(meaning));
        if (of.size() > 1) of.removeIf(e -> e.role() != LexiconEntry.Role.PREFERRED);
        return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
    }

    /**
     * Writes a concept's grounded match: the {@code skos:exactMatch} triple and an {@code owl:Axiom} with its SSSOM
     * provenance (justification, tool {@value GroundedMappings#TOOL}, confidence, both labels, the match string).
     */
    public static void write(Graph g, Node concept, String conceptLabel, Match m) {
        Node target = NodeFactory.createURI(m.iri());
        Node exact = SKOS.exactMatch.asNode();
        g.add(concept, exact, target);
        Node ax = Axioms.axiom(g, concept, exact, target);
        g.add(ax, MappingGraph.MAPPING_JUSTIFICATION, JUSTIFICATION);
        g.add(ax, MappingGraph.MAPPING_TOOL, NodeFactory.createLiteralString(GroundedMappings.TOOL));
        g.add(ax, MappingGraph.CONFIDENCE, NodeFactory.createLiteralDT(Double.toString(m.confidence()), XSDDatatype.XSDdouble));
        g.add(ax, MappingGraph.SUBJECT_LABEL, NodeFactory.createLiteralString(conceptLabel));
        g.add(ax, MappingGraph.OBJECT_LABEL, NodeFactory.createLiteralString(m.entry().label()));
        g.add(ax, MappingGraph.MATCH_STRING, NodeFactory.createLiteralString(m.key()));
        g.add(ax, RDFS.comment.asNode(), NodeFactory.createLiteralString("grounded at conversion: the medical lexicon names "
            + m.entry().id() + " '" + m.matchedLabel() + "' (" + m.entry().role().name().toLowerCase(java.util.Locale.ROOT) + ")"));
    }
}

package org.medvocab.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.medvocab.extract.TopClass;
import org.medvocab.model.MVO;

/**
 * A benchmark vocabulary of N concepts shaped like the converter's output and valid against the built-in shapes: one
 * scheme, one source document per hundred concepts, and for each concept both types, the scheme, a preferred label
 * (also rdfs:label), an abbreviation as alternative label for one concept in three, a source, a definition with its
 * evidence axiom, a broader concept of the same kind (or the core top class) mirrored by narrower and rdfs:subClassOf,
 * and for devices a risk and an insertion site with their existential restrictions and evidence axioms. Written as a
 * stream of N-Triples, so a million concepts need no memory; seeded.
 */
public final class SyntheticVocabulary {
    private SyntheticVocabulary() {}

    public static final String BASE = "https://w3id.org/medvocab/bench/";
    static final Node SCHEME = NodeFactory.createURI("https://w3id.org/medvocab/bench");

    private static final Map<TopClass, Node> TOP = Map.of(TopClass.DEVICE, MVO.Device, TopClass.PROCEDURE, MVO.Procedure,
        TopClass.CONDITION, MVO.Condition, TopClass.ANATOMY, MVO.AnatomicalStructure,
        TopClass.MECHANISM, MVO.BiologicalMechanism, TopClass.SUBSTANCE, MVO.Substance);
    private static final Node A = RDF.type.asNode();

    /** Writes the vocabulary to {@code file} as N-Triples; returns the number of triples. */
    public static long write(Path file, long concepts, long seed) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Counting s = new Counting(StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES));
            s.start();
            header(s);
            Random r = new Random(seed);
            for (long i = 0; i < concepts; i++) concept(s, i, r);
            s.finish();
            return s.count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Node concept(long i) { return NodeFactory.createURI(BASE + "c" + i); }
    private static Node source(long i) { return NodeFactory.createURI(BASE + "source/doc-" + i / 100); }
    private static Node en(String s) { return NodeFactory.createLiteralLang(s, "en"); }

    private static void header(StreamRDF s) {
        s.triple(Triple.create(SCHEME, A, SKOS.ConceptScheme.asNode()));
        s.triple(Triple.create(SCHEME, A, OWL2.Ontology.asNode()));
        s.triple(Triple.create(SCHEME, DCTerms.title.asNode(), en("Benchmark vocabulary")));
        for (Node top : TOP.values()) {
            s.triple(Triple.create(SCHEME, SKOS.hasTopConcept.asNode(), top));
            s.triple(Triple.create(top, SKOS.topConceptOf.asNode(), SCHEME));
            s.triple(Triple.create(top, SKOS.inScheme.asNode(), SCHEME));
            s.triple(Triple.create(top, A, SKOS.Concept.asNode()));
            s.triple(Triple.create(top, A, OWL2.Class.asNode()));
            String label = top.getLocalName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
            s.triple(Triple.create(top, SKOS.prefLabel.asNode(), en(label)));
            s.triple(Triple.create(top, RDFS.label.asNode(), en(label)));
        }
    }

    private static void concept(StreamRDF s, long i, Random r) {
        Node c = concept(i), src = source(i);
        if (i % 100 == 0) {
            s.triple(Triple.create(src, A, MVO.SourceDocument));
            s.triple(Triple.create(src, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("doc-" + i / 100 + ".txt")));
            s.triple(Triple.create(src, DCTerms.title.asNode(), NodeFactory.createLiteralString("Document " + i / 100)));
            s.triple(Triple.create(SCHEME, DCTerms.source.asNode(), src));
        }
        String label = SyntheticText.term(i);
        s.triple(Triple.create(c, A, SKOS.Concept.asNode()));
        s.triple(Triple.create(c, A, OWL2.Class.asNode()));
        s.triple(Triple.create(c, SKOS.inScheme.asNode(), SCHEME));
        s.triple(Triple.create(c, SKOS.prefLabel.asNode(), en(label)));
        s.triple(Triple.create(c, RDFS.label.asNode(), en(label)));
        if (i % 3 == 0) s.triple(Triple.create(c, SKOS.altLabel.asNode(), en(SyntheticText.abbreviation(i))));
        s.triple(Triple.create(c, DCTerms.source.asNode(), src));
        String def = "A " + SyntheticText.term(i + 6) + " that acts on the " + SyntheticText.term(i + 3) + " in the benchmark.";
        Node defLit = en(def);
        s.triple(Triple.create(c, SKOS.definition.asNode(), defLit));
        axiom(s, c, SKOS.definition.asNode(), defLit, src, def);
        int k = SyntheticText.KINDS.length;
        Node parent = i < 10L * k ? TOP.get(SyntheticText.kind(i)) : concept(i - k * (1 + r.nextInt((int) Math.min(i / k - 1, 1000))));
        s.triple(Triple.create(c, SKOS.broader.asNode(), parent));
        s.triple(Triple.create(parent, SKOS.narrower.asNode(), c));
        s.triple(Triple.create(c, RDFS.subClassOf.asNode(), parent));
        if (SyntheticText.kind(i) == TopClass.DEVICE && i >= 10L * k) {
            relation(s, c, MVO.risk, earlier(i, TopClass.CONDITION, r), src, "It may cause the condition.");
            relation(s, c, MVO.insertionSite, earlier(i, TopClass.ANATOMY, r), src, "It is inserted into the structure.");
        }
    }

    /** A concept of the kind, created before concept {@code i}. */
    private static Node earlier(long i, TopClass kind, Random r) {
        int k = SyntheticText.KINDS.length;
        return concept(kind.ordinal() + (long) k * r.nextInt((int) (i / k)));
    }

    private static void relation(StreamRDF s, Node c, Node p, Node target, Node src, String evidence) {
        s.triple(Triple.create(c, p, target));
        axiom(s, c, p, target, src, evidence);
        Node restriction = blank("r", c, p);
        s.triple(Triple.create(c, RDFS.subClassOf.asNode(), restriction));
        s.triple(Triple.create(restriction, A, OWL2.Restriction.asNode()));
        s.triple(Triple.create(restriction, OWL2.onProperty.asNode(), p));
        s.triple(Triple.create(restriction, OWL2.someValuesFrom.asNode(), target));
    }

    private static void axiom(StreamRDF s, Node c, Node p, Node o, Node src, String evidence) {
        Node ax = blank("a", c, p);
        s.triple(Triple.create(ax, A, OWL2.Axiom.asNode()));
        s.triple(Triple.create(ax, OWL2.annotatedSource.asNode(), c));
        s.triple(Triple.create(ax, OWL2.annotatedProperty.asNode(), p));
        s.triple(Triple.create(ax, OWL2.annotatedTarget.asNode(), o));
        s.triple(Triple.create(ax, DCTerms.source.asNode(), src));
        s.triple(Triple.create(ax, MVO.evidence, NodeFactory.createLiteralString(evidence)));
        s.triple(Triple.create(ax, MVO.evidenceStart, NodeFactory.createLiteralDT("0", XSDDatatype.XSDnonNegativeInteger)));
        s.triple(Triple.create(ax, MVO.evidenceEnd, NodeFactory.createLiteralDT(Integer.toString(evidence.length()), XSDDatatype.XSDnonNegativeInteger)));
    }

    /** A blank node with a label made from its concept and property, so that the same arguments give the same file. */
    private static Node blank(String role, Node concept, Node p) {
        String c = concept.getURI(), q = p.getURI();
        return NodeFactory.createBlankNode(role + c.substring(c.lastIndexOf('/') + 1) + q.substring(Math.max(q.lastIndexOf('#'), q.lastIndexOf('/')) + 1));
    }

    /** Counts the triples passed on. */
    private static final class Counting extends org.apache.jena.riot.system.StreamRDFWrapper {
        long count;
        Counting(StreamRDF other) { super(other); }
        @Override public void triple(Triple t) { count++; super.triple(t); }
    }
}

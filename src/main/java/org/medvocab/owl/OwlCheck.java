package org.medvocab.owl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.medvocab.model.MVO;
import org.medvocab.model.VocabularyBuilder;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The OWL stage: a vocabulary (a Jena graph) seen through the OWL API, the library Protégé and ROBOT use.
 * {@link #profile} runs the OWL 2 DL profile check with the core import resolved from the jar (as the XML catalog
 * does for Protégé), {@link #classify} classifies it with HermiT and reports consistency and unsatisfiable classes
 * (the six disjoint kinds make a kind clash an unsatisfiable class).
 */
public final class OwlCheck {
    private OwlCheck() {}

    /** Outcome of a profile check: the violations, one line each (empty: the ontology is in OWL 2 DL). */
    public record ProfileResult(List<String> violations, int axioms) {
        public boolean inProfile() { return violations.isEmpty(); }
    }

    /** Outcome of a classification: consistent, the unsatisfiable named classes, and the time it took. */
    public record Classification(boolean consistent, Set<String> unsatisfiable, int classes, long millis) {
        public boolean coherent() { return consistent && unsatisfiable.isEmpty(); }
    }

    /** Loads a vocabulary graph as an OWL API ontology, with the core ontology (its import) taken from the jar. */
    public static OWLOntology load(Graph vocabulary) {
        return load(vocabulary, VocabularyBuilder.coreOntology());
    }

    /** Loads a vocabulary graph as an OWL API ontology whose core import resolves to {@code core}. */
    public static OWLOntology load(Graph vocabulary, Graph core) {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        try {
            m.loadOntologyFromOntologyDocument(source(core, MVO.ONTOLOGY_IRI));
            return m.loadOntologyFromOntologyDocument(source(vocabulary, "urn:medvocab:vocabulary"));
        } catch (OWLOntologyCreationException e) {
            throw new IllegalArgumentException("not loadable as OWL: " + e.getMessage(), e);
        }
    }

    private static StreamDocumentSource source(Graph g, String documentIri) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RDFDataMgr.write(buf, g, Lang.NTRIPLES);
        return new StreamDocumentSource(new ByteArrayInputStream(buf.toByteArray()), IRI.create(documentIri),
            new NTriplesDocumentFormat(), null);
    }

    /** The OWL 2 DL profile check of an ontology and its imports closure. */
    public static ProfileResult profile(OWLOntology ontology) {
        List<String> out = new ArrayList<>();
        for (OWLProfileViolation v : new OWL2DLProfile().checkOntology(ontology).getViolations()) {
            out.add(v.getClass().getSimpleName() + ": " + v);
        }
        return new ProfileResult(out, ontology.getAxiomCount());
    }

    /** Classifies with HermiT: consistency, class hierarchy, unsatisfiable classes. */
    public static Classification classify(OWLOntology ontology) {
        long t0 = System.nanoTime();
        OWLReasoner r = new ReasonerFactory().createReasoner(ontology);
        try {
            boolean consistent = r.isConsistent();
            Set<String> unsat = new TreeSet<>();
            if (consistent) {
                r.precomputeInferences(InferenceType.CLASS_HIERARCHY);
                for (OWLClass c : r.getUnsatisfiableClasses().getEntitiesMinusBottom()) unsat.add(c.getIRI().toString());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return new Classification(consistent, unsat, ontology.getClassesInSignature(org.semanticweb.owlapi.model.parameters.Imports.INCLUDED).size(), ms);
        } finally {
            r.dispose();
        }
    }
}

package org.medvocab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.medvocab.export.Exporter;
import org.medvocab.owl.OwlCheck;
import org.medvocab.owl.SyntheticVocabulary;
import org.semanticweb.owlapi.model.OWLOntology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medvocab reason <vocab> | --synthetic N}: the OWL 2 DL profile check (OWL API) and a classification with
 * HermiT, with the time each took. Exit 1 on a profile violation, an inconsistency or an unsatisfiable class.
 */
@Command(name = "reason", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Checks a vocabulary against the OWL 2 DL profile (OWL API) and classifies it with HermiT; "
        + "prints violations, unsatisfiable classes (kind clashes) and timings. Exit status 1 on any problem.")
public final class ReasonCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<vocab>", description = "Vocabulary file (any RDF syntax).")
    Path vocab;

    @Option(names = "--synthetic", paramLabel = "N", description = "Instead of a file, a generated vocabulary of N concepts (benchmark).")
    Integer synthetic;

    @Override public Integer call() {
        PrintStream out = System.out;
        if ((vocab == null) == (synthetic == null)) {
            System.err.println("medvocab reason: give a vocabulary file or --synthetic N");
            return 2;
        }
        Graph g;
        try {
            g = synthetic != null ? SyntheticVocabulary.generate(synthetic, 42) : Exporter.read(vocab).graph();
        } catch (Exporter.ReadException e) {
            System.err.println("medvocab reason: " + e.getMessage());
            return 1;
        }
        String name = synthetic != null ? "synthetic(" + synthetic + ")" : vocab.toString();
        long t0 = System.nanoTime();
        OWLOntology ont = OwlCheck.load(g);
        long load = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        OwlCheck.ProfileResult profile = OwlCheck.profile(ont);
        long prof = (System.nanoTime() - t0) / 1_000_000;
        profile.violations().forEach(v -> out.println("profile: " + v));
        OwlCheck.Classification c = OwlCheck.classify(ont);
        c.unsatisfiable().forEach(u -> out.println("unsatisfiable: " + u));
        out.printf("%s: %d axioms, %d classes; OWL 2 DL: %d violations (%d ms); HermiT: %s, %d unsatisfiable classes, "
                + "classified in %d ms (load %d ms)%n", name, profile.axioms(), c.classes(), profile.violations().size(), prof,
            c.consistent() ? "consistent" : "INCONSISTENT", c.unsatisfiable().size(), c.millis(), load);
        return profile.inProfile() && c.coherent() ? 0 : 1;
    }
}

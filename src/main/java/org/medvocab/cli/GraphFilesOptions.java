package org.medvocab.cli;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.medvocab.serve.VocabService;
import org.medvocab.serve.VocabularyStore;
import org.medvocab.validate.Shapes;

import picocli.CommandLine.Option;

/** The graph files of the service and the shapes they must pass: options shared by {@code package} and {@code publish}. */
final class GraphFilesOptions {
    @Option(names = "--vocab", paramLabel = "FILE", defaultValue = "ontology/medvocab.ttl", description = "The vocabulary (default: ${DEFAULT-VALUE}); lexicon.ttl next to it is included when present.")
    Path vocab;

    @Option(names = "--mappings", paramLabel = "FILE", description = "The mappings graph (default: mappings.ttl next to the vocabulary, when present).")
    Path mappings;

    @Option(names = "--shapes", paramLabel = "DIR", description = "Validate with every *.ttl file of DIR instead of the built-in shapes.")
    Path shapes;

    /** The graphs to load, as {@code serve} loads them. */
    java.util.List<VocabularyStore.Part> parts() {
        return VocabService.parts(vocab, mappings);
    }

    /** The shapes graph. */
    Graph shapesGraph() {
        return shapes == null ? Shapes.defaults() : Shapes.load(shapes);
    }
}

package org.medvocab.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.medvocab.serve.VocabServer;
import org.medvocab.serve.VocabService;
import org.medvocab.validate.Shapes;

/**
 * The browser's test server: medvocab serve as a library (a real Fuseki on a free port over TDB2 in a temporary folder)
 * with the committed vocabulary, lexicon and mappings, the committed corpus for the source texts, and one extra concept whose
 * label is markup, to check escaping.
 */
public final class WebServer {
    private WebServer() {}

    static final String NS = "https://w3id.org/medvocab/vocab/";
    /** A label a careless page would run as a script. */
    static final String SCRIPT_LABEL = "<script>alert('x')</script> gadget";

    private static final String EXTRA = """

        @prefix : <https://w3id.org/medvocab/vocab/> .
        @prefix mvo: <https://w3id.org/medvocab/core#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        :markup-gadget a owl:Class, skos:Concept ;
            dct:source <https://w3id.org/medvocab/vocab/source/10-catheter-dictionary-txt> ;
            rdfs:label "LABEL"@en ;
            rdfs:subClassOf mvo:Device ;
            skos:broader mvo:Device ;
            skos:inScheme <https://w3id.org/medvocab/vocab> ;
            skos:prefLabel "LABEL"@en .
        mvo:Device skos:narrower :markup-gadget .
        """;

    /** Starts the service over a copy of the vocabulary (plus the markup concept) in {@code tmp}. */
    public static VocabService start(Path tmp) {
        return start(tmp, Browser.Config.defaults(), UnaryOperator.identity());
    }

    /**
     * Starts the service with the browser settings {@code config} over copies of the vocabulary (plus the markup
     * concept) and mappings in {@code tmp}, each Turtle text passed through {@code rewrite} first (to mint the IRIs
     * under another base).
     */
    static VocabService start(Path tmp, Browser.Config config, UnaryOperator<String> rewrite) {
        try {
            Path vocab = tmp.resolve("medvocab.ttl");
            Files.writeString(vocab, rewrite.apply(Files.readString(Path.of("ontology/medvocab.ttl"))
                + EXTRA.replace("LABEL", SCRIPT_LABEL.replace("'", "\\'"))));
            Path lexicon = Path.of("ontology/lexicon.ttl");     // served from next to the vocabulary
            if (Files.isRegularFile(lexicon)) Files.writeString(tmp.resolve("lexicon.ttl"), rewrite.apply(Files.readString(lexicon)));
            Path committed = Path.of("ontology/mappings.ttl");
            Path mappings = null;
            if (Files.isRegularFile(committed)) {
                mappings = Files.writeString(tmp.resolve("mappings.ttl"), rewrite.apply(Files.readString(committed)));
            }
            VocabServer.Options options = VocabServer.Options.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(10));
            Browser browser = new Browser(config.withCorpus(Path.of("corpus")));
            return VocabService.start(new VocabService.Config(null, vocab, mappings,
                tmp.resolve("data"), false, Shapes.defaults(), options), null, List.of(browser));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

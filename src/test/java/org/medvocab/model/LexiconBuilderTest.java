package org.medvocab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.Sparql.ask;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.CliRun;
import org.medvocab.export.Exporter;
import org.medvocab.validate.Shapes;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.Validator;

/** The OntoLex-Lemon lexicon written by {@code convert --lexicon}, on a small dictionary page written for the test. */
class LexiconBuilderTest {
    static final String PAGE = """
        gallstone
        (gawl-stohn)
        noun
        a hard lump formed in the gallbladder from bile pigments or cholesterol.
        Also called cholelith.
        """;
    static final String PREFIXES = """
        PREFIX : <https://w3id.org/medvocab/vocab/>
        PREFIX ontolex: <http://www.w3.org/ns/lemon/ontolex#>
        PREFIX lexinfo: <http://www.lexinfo.net/ontology/3.0/lexinfo#>
        PREFIX lexicog: <http://www.w3.org/ns/lemon/lexicog#>
        PREFIX lime: <http://www.w3.org/ns/lemon/lime#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dct: <http://purl.org/dc/terms/>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        """;

    @TempDir static Path tmp;
    static Graph vocab;
    static Graph lexicon;

    @BeforeAll static void convert() throws Exception {
        Path doc = Files.writeString(tmp.resolve("gallstone-dictionary.txt"), PAGE, StandardCharsets.UTF_8);
        CliRun r = CliRun.run("convert", doc.toString(), "-o", tmp.resolve("v.ttl").toString(), "--lexicon",
            tmp.resolve("lexicon.ttl").toString(), "-q");
        assertEquals(0, r.status(), r.err());
        vocab = Exporter.read(tmp.resolve("v.ttl")).graph();
        lexicon = Exporter.read(tmp.resolve("lexicon.ttl")).graph();
    }

    @Test void headwordIsALexicalEntryWithFormPronunciationAndPartOfSpeech() {
        assertTrue(ask(lexicon, PREFIXES + """
            ASK { ?e a ontolex:LexicalEntry, ontolex:Word ; lexinfo:partOfSpeech lexinfo:noun ;
                    ontolex:canonicalForm ?f . ?f ontolex:writtenRep "gallstone"@en ; ontolex:phoneticRep "gawl-stohn"@en .
                  ?lex a lime:Lexicon ; lime:entry ?e }"""), lexicon.toString());
    }

    @Test void senseRefersToTheConceptWithItsDefinition() {
        assertTrue(ask(lexicon, PREFIXES + """
            ASK { ?e ontolex:sense ?s . ?s a ontolex:LexicalSense ; ontolex:reference :gallstone ;
                  skos:definition ?d . FILTER(CONTAINS(STR(?d), "gallbladder")) }"""));
    }

    @Test void synonymIsAnEntryOfItsOwnRelatedSenseToSense() {
        assertTrue(ask(lexicon, PREFIXES + """
            ASK { ?v ontolex:canonicalForm/ontolex:writtenRep "cholelith"@en ; ontolex:sense ?vs .
                  ?vs ontolex:reference :gallstone ; lexinfo:synonym ?hs . ?h ontolex:sense ?hs ;
                  ontolex:canonicalForm/ontolex:writtenRep "gallstone"@en }"""));
    }

    @Test void dictionaryBlockIsALexicogEntryPointingAtTheDocument() {
        assertTrue(ask(lexicon, PREFIXES + """
            ASK { ?r a lexicog:LexicographicResource ; lexicog:entry ?b ; dct:source ?doc .
                  ?b a lexicog:Entry ; lexicog:describes ?e ; dct:source ?doc .
                  ?e ontolex:canonicalForm/ontolex:writtenRep "gallstone"@en .
                  ?x owl:annotatedProperty ontolex:phoneticRep ; owl:annotatedTarget "gawl-stohn"@en ; dct:source ?doc }"""));
        assertTrue(ask(vocab, PREFIXES + "ASK { ?doc dct:identifier \"gallstone-dictionary.txt\" }"));
    }

    @Test void lexiconAndVocabularyTogetherPassTheShapes() {
        Graph union = GraphFactory.createDefaultGraph();
        for (Graph g : List.of(vocab, lexicon, VocabularyBuilder.coreOntology())) g.find().forEachRemaining(union::add);
        ValidationResult v = Validator.validate(union, Shapes.defaults());
        assertTrue(v.conforms(), org.medvocab.validate.ReportWriter.text(v));
        Graph broken = GraphFactory.createDefaultGraph();
        union.find().forEachRemaining(broken::add);
        broken.remove(org.apache.jena.graph.Node.ANY, Lemon.reference, org.apache.jena.graph.Node.ANY);
        assertTrue(!Validator.validate(broken, Shapes.defaults()).conforms(), "a sense without a reference violates the shapes");
    }
}

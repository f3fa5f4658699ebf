package org.medvocab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.Sparql.ask;
import static org.medvocab.Sparql.concept;
import static org.medvocab.Sparql.values;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.export.ExportFormat;
import org.medvocab.export.Exporter;

/**
 * The model stage on small made-up documents (both layouts): merging, senses, synonyms, the hierarchy,
 * top classes, IRIs, reproducible output and the scheme's metadata. The terms are invented ("widget pump",
 * "sprocket") so that nothing but the documents below decides what the vocabulary holds.
 */
class VocabularyBuilderTest {

    /** Dictionary page: a headword with two definitions, compounds of it, and an entry with a synonym. */
    static final String WIDGET_DICTIONARY = """
        widget pump
        a device that pushes a measured stream of saline through a thin tube into a vein.

        (wij-it pump)
        An apparatus at the bedside that feeds small volumes of liquid medicine into the circulation at a steady rate.

        portable widget pump
        a device clipped to a belt so that the wearer can walk about while receiving a drip.
        dual widget pump
        a widget pump with two separate channels, so that two liquids can be given at the same time.
        widget machine, gadget machine
        an apparatus that winds surgical thread onto small spools before an operation.
        """;

    /** Encyclopedia article on the same term, with an indication and a risks section. */
    static final String WIDGET_ARTICLE = """
        Widget pump

        From Testland Open Encyclopedia

        A widget pump is a bedside machine that delivers fluid into the bloodstream at a rate chosen by the nurse. It is used in patients with dehydration.

        Overview[edit | edit source]

        The widget pump was first sold by a small town workshop and soon spread to many wards. Most models run on mains power and keep a battery for trips between rooms.

        Risks and Complications[edit | edit source]

        A wrongly set widget pump may cause numbness, bruising and vein irritation.

        Navigation: Home - Encyclopedia - Topics
        """;

    /** A second dictionary page defining the synonym named by the first one. */
    static final String GADGET_DICTIONARY = """
        gadget machine
        a bench apparatus with a small motor that coils sterile suture material onto reels.

        (gaj-it muh-sheen)
        A machine kept in theatre supply rooms to prepare thread for stitching wounds.
        """;

    /** Numbered senses: an apparatus, a verb, a mechanism; then one compound of each noun sense. */
    static final String SPROCKET_DICTIONARY = """
        sprocket
        (sprok-it)
        noun
        1. an apparatus for lifting water out of a shallow well by turning a toothed wheel.
        2. to lift water with such an apparatus.
        3. a mechanism that moves charged particles across the boundary of a cell by spending stored chemical energy.

        steam sprocket
        a device that raises water from flooded mine shafts with the force of steam.
        ion sprocket
        the mechanism of carrying sodium ions out of a nerve cell after each impulse.
        """;

    /** Two documents that contradict each other: A is a kind of B, and B is a kind of A. */
    static final String GIZMO_VALVE = """
        gizmo valve
        a type of sprocket valve that opens only when the pressure behind it rises.
        """;
    static final String SPROCKET_VALVE = """
        sprocket valve
        a type of gizmo valve that closes again as soon as the flow stops.
        """;

    /** A compound whose genus is already an ancestor through its head noun. */
    static final String GASKET_PUMP = """
        gasket pump
        a pump that pushes grease between the moving parts of a large engine.

        twin gasket pump
        a pump with two grease lines, built for engines with two crankshafts.
        """;

    static final Map<String, String> DOCUMENTS = new LinkedHashMap<>();
    static {
        DOCUMENTS.put("a-widget-dictionary.txt", WIDGET_DICTIONARY);
        DOCUMENTS.put("b-widget-encyclopedia.txt", WIDGET_ARTICLE);
        DOCUMENTS.put("c-gadget-dictionary.txt", GADGET_DICTIONARY);
        DOCUMENTS.put("d-sprocket-dictionary.txt", SPROCKET_DICTIONARY);
        DOCUMENTS.put("e-gizmo-valve.txt", GIZMO_VALVE);
        DOCUMENTS.put("f-sprocket-valve.txt", SPROCKET_VALVE);
        DOCUMENTS.put("g-gasket-pump.txt", GASKET_PUMP);
    }

    @TempDir static Path dir;
    static Converter.Result result;
    static Graph g;

    @BeforeAll static void convert() throws IOException {
        for (var e : DOCUMENTS.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        result = new Converter(VocabularyConfig.defaults()).convert(List.of(dir));
        g = result.graph();
    }

    private static String c(String label) {
        String iri = concept(g, label);
        assertNotNull(iri, "no concept with prefLabel '" + label + "'");
        return "<" + iri + ">";
    }

    private static String source(String fileName) {
        List<String> s = values(g, "SELECT ?s { ?s a mvo:SourceDocument ; dct:identifier \"" + fileName + "\" }", "s");
        assertEquals(1, s.size(), "source node of " + fileName + ": " + s);
        return "<" + s.get(0) + ">";
    }

    @Test void everyDocumentIsConvertedWithoutErrors() {
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        assertEquals(DOCUMENTS.size(), result.documents());
        assertEquals(1, values(g, "SELECT ?s { ?s a skos:ConceptScheme }", "s").size());
    }

    // ---- merging ------------------------------------------------------------------------------------

    @Test void aTermNamedInTwoDocumentsIsOneConceptWithBothDefinitionsAndSources() {
        assertEquals(1, values(g, "SELECT ?c { ?c skos:prefLabel \"widget pump\"@en }", "c").size());
        assertFalse(ask(g, "ASK { ?c skos:prefLabel ?l FILTER(LCASE(STR(?l)) = \"widget pump\" && ?c != " + c("widget pump") + ") }"),
            "the article's capitalised title made a concept of its own");
        String pump = c("widget pump");
        Set<String> sources = new TreeSet<>(values(g, "SELECT ?s { " + pump + " dct:source ?s }", "s"));
        assertEquals(Set.of(strip(source("a-widget-dictionary.txt")), strip(source("b-widget-encyclopedia.txt"))), sources);

        List<String> defs = values(g, "SELECT ?d { " + pump + " skos:definition ?d }", "d");
        assertTrue(defs.size() >= 2, "definitions of both documents: " + defs);
        assertTrue(defs.stream().anyMatch(d -> d.contains("measured stream of saline")), defs.toString());
        assertTrue(defs.stream().anyMatch(d -> d.contains("bedside machine that delivers fluid")), defs.toString());

        // each definition is traced, by an owl:Axiom, to the document and the sentence it comes from
        for (String doc : List.of("a-widget-dictionary.txt", "b-widget-encyclopedia.txt")) {
            assertTrue(ask(g, "ASK { ?ax a owl:Axiom ; owl:annotatedSource " + pump + " ; owl:annotatedProperty skos:definition ;"
                + " owl:annotatedTarget ?d ; dct:source " + source(doc) + " ; mvo:evidence ?e . " + pump + " skos:definition ?d }"),
                "definition axiom with the source " + doc);
        }
        assertFalse(ask(g, """
            ASK { ?c skos:definition ?d FILTER(!STRSTARTS(STR(?c), "https://w3id.org/medvocab/core#")) FILTER NOT EXISTS {
                    ?ax a owl:Axiom ; owl:annotatedSource ?c ; owl:annotatedProperty skos:definition ; owl:annotatedTarget ?d ;
                        dct:source ?src ; mvo:evidence ?e . ?src a mvo:SourceDocument } }"""), "a definition without its source axiom");
        // the evidence is the definition's own sentence
        assertTrue(ask(g, "ASK { ?ax owl:annotatedSource " + pump + " ; owl:annotatedProperty skos:definition ;"
            + " owl:annotatedTarget ?d ; mvo:evidence ?e FILTER(CONTAINS(?e, \"bedside machine that delivers fluid\")) }"));
    }

    // ---- hierarchy ----------------------------------------------------------------------------------

    @Test void aCompoundTermIsNarrowerThanItsHeadWhenTheHeadIsAConcept() {
        String pump = c("widget pump");
        for (String compound : List.of("portable widget pump", "dual widget pump")) {
            String x = c(compound);
            assertTrue(ask(g, "ASK { " + x + " skos:broader " + pump + " ; rdfs:subClassOf " + pump + " . " + pump + " skos:narrower " + x + " }"),
                compound + " under widget pump");
            assertFalse(ask(g, "ASK { " + x + " skos:broader ?top FILTER(STRSTARTS(STR(?top), STR(mvo:))) }"),
                compound + " has a broader concept, so it is not put directly under a top class");
        }
    }

    @Test void aBroaderConceptAlreadyReachedThroughAnotherIsNotRepeated() {
        String twin = c("twin gasket pump"), gasket = c("gasket pump"), pump = c("pump");
        assertTrue(ask(g, "ASK { " + twin + " skos:broader " + gasket + " . " + gasket + " skos:broader " + pump + " }"));
        // "a pump with two grease lines": the genus is an ancestor through "gasket pump", so it is not a direct broader
        assertFalse(ask(g, "ASK { " + twin + " skos:broader " + pump + " }"));
        assertFalse(ask(g, "ASK { " + twin + " rdfs:subClassOf " + pump + " }"));
    }

    @Test void hierarchyIsMaterialisedBothWaysAndAsSubclasses() {
        assertTrue(ask(g, "ASK { ?a skos:broader ?b }"));
        assertFalse(ask(g, "ASK { ?a skos:broader ?b FILTER NOT EXISTS { ?b skos:narrower ?a } }"), "broader without narrower");
        assertFalse(ask(g, "ASK { ?a skos:narrower ?b FILTER NOT EXISTS { ?b skos:broader ?a } }"), "narrower without broader");
        assertFalse(ask(g, "ASK { ?a skos:broader ?b FILTER NOT EXISTS { ?a rdfs:subClassOf ?b } }"), "broader without rdfs:subClassOf");
        assertFalse(ask(g, "ASK { ?a rdfs:subClassOf ?b FILTER(isIRI(?b)) FILTER NOT EXISTS { ?a skos:broader ?b } }"),
            "a named superclass that is not also skos:broader");
    }

    @Test void contradictoryKindOfStatementsDoNotMakeACycle() {
        String gizmo = c("gizmo valve");
        String sprocket = c("sprocket valve");
        boolean up = ask(g, "ASK { " + gizmo + " skos:broader " + sprocket + " }");
        boolean down = ask(g, "ASK { " + sprocket + " skos:broader " + gizmo + " }");
        assertTrue(up ^ down, "exactly one of the two contradictory statements is kept (gizmo->sprocket " + up + ", sprocket->gizmo " + down + ")");
        assertFalse(ask(g, "ASK { ?c skos:broader+ ?c }"), "skos:broader cycle");
        assertFalse(ask(g, "ASK { ?c skos:narrower+ ?c }"), "skos:narrower cycle");
        assertFalse(ask(g, "ASK { ?c rdfs:subClassOf+ ?c FILTER(isIRI(?c)) }"), "rdfs:subClassOf cycle");
    }

    @Test void contradictoryEncyclopediaArticlesDoNotMakeACycle(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("hinge-stent.txt"), """
            Hinge stent

            From Testland Open Encyclopedia

            A hinge stent is a kind of ring stent that bends at a joint near its tip. It was designed for drainage lines.

            Overview[edit | edit source]

            The hinge stent is made of soft plastic and is thrown away after one use.
            """);
        Files.writeString(other.resolve("ring-stent.txt"), """
            Ring stent

            From Testland Open Encyclopedia

            A ring stent is a kind of hinge stent that carries a small ring of metal at its tip. It is sold in many sizes.

            Overview[edit | edit source]

            The ring stent is made of stiff nylon and is thrown away after one use.
            """);
        Graph x = new Converter(VocabularyConfig.defaults()).convert(List.of(other)).graph();
        String hinge = "<" + concept(x, "hinge stent") + ">";
        String ring = "<" + concept(x, "ring stent") + ">";
        assertTrue(ask(x, "ASK { " + hinge + " skos:broader " + ring + " } ") ^ ask(x, "ASK { " + ring + " skos:broader " + hinge + " }"),
            "exactly one of the two statements is kept");
        assertFalse(ask(x, "ASK { ?c skos:broader+ ?c }"));
        assertFalse(ask(x, "ASK { ?c rdfs:subClassOf+ ?c FILTER(isIRI(?c)) }"));
        // the one left without a broader concept still goes under the top class of its kind
        assertTrue(ask(x, "ASK { { " + hinge + " skos:broader mvo:Device } UNION { " + ring + " skos:broader mvo:Device } }"));
    }

    @Test void contradictoryKindOfStatementsAreResolvedTheSameWayWhateverTheInputOrder() throws IOException {
        Converter.Result forward = new Converter(VocabularyConfig.defaults())
            .convert(List.of(dir.resolve("e-gizmo-valve.txt"), dir.resolve("f-sprocket-valve.txt")));
        Converter.Result backward = new Converter(VocabularyConfig.defaults())
            .convert(List.of(dir.resolve("f-sprocket-valve.txt"), dir.resolve("e-gizmo-valve.txt")));
        assertFalse(ask(forward.graph(), "ASK { ?c skos:broader+ ?c }"));
        assertEquals(turtle(forward), turtle(backward));
    }

    // ---- senses -------------------------------------------------------------------------------------

    @Test void twoNounSensesOfDifferentKindsAreTwoConcepts() {
        List<String> senses = values(g, "SELECT DISTINCT ?c { ?c skos:hiddenLabel \"sprocket\"@en ; mvo:senseQualifier ?q }", "c");
        assertEquals(2, senses.size(), "two noun senses of sprocket: " + senses);
        List<String> apparatus = values(g, "SELECT DISTINCT ?c { ?c skos:hiddenLabel \"sprocket\"@en ; skos:definition ?d"
            + " FILTER(CONTAINS(?d, \"toothed wheel\")) }", "c");
        List<String> mechanism = values(g, "SELECT DISTINCT ?c { ?c skos:hiddenLabel \"sprocket\"@en ; skos:definition ?d"
            + " FILTER(CONTAINS(?d, \"charged particles\")) }", "c");
        assertEquals(1, apparatus.size());
        assertEquals(1, mechanism.size());
        assertNotEquals(apparatus.get(0), mechanism.get(0));
        List<String> labels = values(g, "SELECT ?l { ?c skos:hiddenLabel \"sprocket\"@en ; skos:prefLabel ?l }", "l");
        assertEquals(2, labels.size(), labels.toString());
        assertNotEquals(labels.get(0), labels.get(1));
        // each sense carries only its own definition
        assertEquals(1, values(g, "SELECT ?d { <" + apparatus.get(0) + "> skos:definition ?d }", "d").size());
        assertEquals(1, values(g, "SELECT ?d { <" + mechanism.get(0) + "> skos:definition ?d }", "d").size());
        // the verb sense ("2. to lift ...") is not a concept, and the bare word is not a third concept
        assertFalse(ask(g, "ASK { ?c skos:definition ?d FILTER(STRSTARTS(?d, \"to lift\")) }"), "the verb sense became a concept");
        assertNull(concept(g, "sprocket"), "a plain 'sprocket' concept beside its two senses");
    }

    @Test void compoundsGoUnderTheSenseTheirDefinitionMatches() {
        String apparatus = values(g, "SELECT ?c { ?c skos:hiddenLabel \"sprocket\"@en ; mvo:senseQualifier \"apparatus\"@en }", "c").get(0);
        String mechanism = values(g, "SELECT ?c { ?c skos:hiddenLabel \"sprocket\"@en ; mvo:senseQualifier \"mechanism\"@en }", "c").get(0);
        assertTrue(ask(g, "ASK { " + c("steam sprocket") + " skos:broader <" + apparatus + "> }"), "'a device ...' under the apparatus sense");
        assertFalse(ask(g, "ASK { " + c("steam sprocket") + " skos:broader <" + mechanism + "> }"));
        assertTrue(ask(g, "ASK { " + c("ion sprocket") + " skos:broader <" + mechanism + "> }"), "'the mechanism of ...' under the mechanism sense");
        assertFalse(ask(g, "ASK { " + c("ion sprocket") + " skos:broader <" + apparatus + "> }"));
    }
    @Test void compoundsStillFollowTheirSenseWhenAnotherDocumentDefinesThePlainWord(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("d-sprocket-dictionary.txt"), SPROCKET_DICTIONARY);
        Files.writeString(other.resolve("z-sprocket.txt"), """
            sprocket
            a hand-cranked device with a toothed wheel, once common on farms for drawing water.
            """);
        Graph x = new Converter(VocabularyConfig.defaults()).convert(List.of(other)).graph();
        assertEquals(2, values(x, "SELECT DISTINCT ?c { ?c skos:hiddenLabel \"sprocket\"@en }", "c").size());
        assertTrue(ask(x, "ASK { ?c mvo:senseQualifier \"apparatus\"@en ; skos:definition ?d FILTER(CONTAINS(?d, \"hand-cranked\")) }"),
            "the plain definition (a device) is folded into the apparatus sense");
        assertTrue(ask(x, "ASK { ?c skos:prefLabel \"ion sprocket\"@en ; skos:broader ?s . ?s mvo:senseQualifier \"mechanism\"@en }"),
            "'the mechanism of ...' under the mechanism sense");
    }

    // ---- top classes --------------------------------------------------------------------------------

    @Test void rootsGoUnderTheCoreTopClassOfTheirKind() {
        String apparatus = "<" + values(g, "SELECT ?c { ?c mvo:senseQualifier \"apparatus\"@en }", "c").get(0) + ">";
        String mechanism = "<" + values(g, "SELECT ?c { ?c mvo:senseQualifier \"mechanism\"@en }", "c").get(0) + ">";
        assertTrue(ask(g, "ASK { " + apparatus + " skos:broader mvo:Device ; rdfs:subClassOf mvo:Device . mvo:Device skos:narrower " + apparatus + " }"));
        assertTrue(ask(g, "ASK { " + mechanism + " skos:broader mvo:BiologicalMechanism ; rdfs:subClassOf mvo:BiologicalMechanism }"));
        // the top classes used are top concepts of the generated scheme, labelled from the core ontology
        for (String top : List.of("mvo:Device", "mvo:BiologicalMechanism", "mvo:Condition")) {
            assertTrue(ask(g, "ASK { ?s a skos:ConceptScheme ; skos:hasTopConcept " + top + " . " + top + " skos:topConceptOf ?s ;"
                + " a skos:Concept ; skos:inScheme ?s ; skos:prefLabel ?l }"), top + " is a top concept of the scheme");
        }
        assertFalse(ask(g, "ASK { ?s skos:hasTopConcept mvo:Procedure }"), "an unused top class is not listed");
        // a concept of the scheme with a broader concept is never a top concept itself
        assertFalse(ask(g, "ASK { ?c skos:topConceptOf ?s ; skos:broader ?b }"));
        // every generated concept reaches a core top class
        assertFalse(ask(g, """
            ASK { ?c a skos:Concept FILTER(!STRSTARTS(STR(?c), STR(mvo:)))
                  FILTER NOT EXISTS { ?c skos:broader+ ?top FILTER(STRSTARTS(STR(?top), STR(mvo:))) } }"""),
            "a concept outside the core hierarchy: " + values(g, """
            SELECT ?c { ?c a skos:Concept FILTER(!STRSTARTS(STR(?c), STR(mvo:)))
                  FILTER NOT EXISTS { ?c skos:broader+ ?top FILTER(STRSTARTS(STR(?top), STR(mvo:))) } }""", "c"));
    }

    @Test void aRelationTargetGetsTheKindItsRelationImplies() {
        String pump = c("widget pump");
        for (String risk : List.of("numbness", "bruising", "vein irritation")) {
            assertTrue(ask(g, "ASK { " + pump + " mvo:risk " + c(risk) + " }"), "risk " + risk);
            assertTrue(ask(g, "ASK { " + c(risk) + " skos:broader mvo:Condition ; rdfs:subClassOf mvo:Condition }"), risk + " is a condition");
        }
        assertTrue(ask(g, "ASK { " + pump + " mvo:indication " + c("dehydration") + " . " + c("dehydration") + " skos:broader mvo:Condition }"));
        assertTrue(ask(g, "ASK { " + pump + " rdfs:subClassOf [ a owl:Restriction ; owl:onProperty mvo:risk ; owl:someValuesFrom " + c("numbness") + " ] }"));
        assertTrue(ask(g, "ASK { ?ax owl:annotatedSource " + pump + " ; owl:annotatedProperty mvo:risk ; owl:annotatedTarget " + c("numbness")
            + " ; dct:source " + source("b-widget-encyclopedia.txt") + " ; mvo:evidence ?e }"));
    }

    // ---- synonyms -----------------------------------------------------------------------------------

    @Test void synonymsNamedOnOneEntryAndDefinedElsewhereAreOneConcept() {
        List<String> both = values(g, "SELECT DISTINCT ?c { ?c skos:prefLabel|skos:altLabel ?l"
            + " FILTER(?l IN (\"widget machine\"@en, \"gadget machine\"@en)) }", "c");
        assertEquals(1, both.size(), "one concept for both names: " + both);
        String m = "<" + both.get(0) + ">";
        List<String> pref = values(g, "SELECT ?l { " + m + " skos:prefLabel ?l }", "l");
        List<String> alt = values(g, "SELECT ?l { " + m + " skos:altLabel ?l }", "l");
        assertEquals(1, pref.size());
        String other = pref.get(0).equals("widget machine") ? "gadget machine" : "widget machine";
        assertTrue(alt.contains(other), "altLabel " + other + ": " + alt);
        assertFalse(alt.contains(pref.get(0)), "the preferred label repeated as altLabel");
        // the definitions and sources of both documents end up on it
        assertTrue(ask(g, "ASK { " + m + " skos:definition ?d FILTER(CONTAINS(?d, \"small spools\")) }"));
        assertTrue(ask(g, "ASK { " + m + " skos:definition ?d FILTER(CONTAINS(?d, \"coils sterile suture\")) }"));
        assertTrue(ask(g, "ASK { " + m + " dct:source " + source("a-widget-dictionary.txt") + ", " + source("c-gadget-dictionary.txt") + " }"));
    }

    // ---- IRIs and reproducibility -------------------------------------------------------------------

    @Test void irisAreReadableSlugsOnTheDefaultBase() {
        assertEquals("https://w3id.org/medvocab/vocab/widget-pump", concept(g, "widget pump"));
        assertEquals("https://w3id.org/medvocab/vocab/portable-widget-pump", concept(g, "portable widget pump"));
        assertEquals("https://w3id.org/medvocab/vocab/vein-irritation", concept(g, "vein irritation"));
        assertFalse(ask(g, """
            ASK { ?c a skos:Concept FILTER(!STRSTARTS(STR(?c), STR(mvo:)))
                  FILTER(!REGEX(STR(?c), "^https://w3id\\\\.org/medvocab/vocab/[a-z0-9]+(-[a-z0-9]+)*$")) }"""),
            "a concept IRI that is not a readable slug on the base");
    }

    @Test void irisFollowACustomBase() {
        String base = "http://example.org/x/";
        Graph x = new Converter(VocabularyConfig.defaults().withBase(base)).convert(List.of(dir)).graph();
        assertTrue(ask(x, "ASK { <" + base + "widget-pump> a skos:Concept ; skos:prefLabel \"widget pump\"@en }"));
        assertTrue(ask(x, "ASK { <" + base + "steam-sprocket> skos:broader ?s . ?s skos:hiddenLabel \"sprocket\"@en FILTER(STRSTARTS(STR(?s), \"" + base + "\")) }"));
        assertTrue(ask(x, "ASK { <http://example.org/x> a skos:ConceptScheme }"), "the scheme IRI is the base without its slash");
        assertTrue(ask(x, "ASK { <http://example.org/x> dct:source ?s FILTER(STRSTARTS(STR(?s), \"" + base + "\")) }"));
        assertFalse(ask(x, """
            ASK { ?c a skos:Concept FILTER(!STRSTARTS(STR(?c), STR(mvo:)) && !STRSTARTS(STR(?c), "http://example.org/x/")) }"""),
            "a concept outside the custom base");
        assertFalse(ask(x, "ASK { { ?s ?p ?o } FILTER(CONTAINS(STR(?s), \"w3id.org/medvocab/vocab\") || CONTAINS(STR(?o), \"w3id.org/medvocab/vocab\")) }"),
            "the default base is still used somewhere");
        // same concepts, same slugs: only the base differs
        assertEquals(localNames(g, "https://w3id.org/medvocab/vocab/"), localNames(x, base));
    }

    @Test void theSameInputGivesIdenticalTurtle() {
        Converter.Result again = new Converter(VocabularyConfig.defaults()).convert(List.of(dir));
        assertEquals(turtle(result), turtle(again), "same input, byte-identical output");
    }

    @Test void theOrderOfTheInputFilesDoesNotMatter() {
        List<Path> files = new ArrayList<>();
        for (String name : DOCUMENTS.keySet()) files.add(0, dir.resolve(name)); // reverse order, given one by one
        Converter.Result reversed = new Converter(VocabularyConfig.defaults()).convert(files);
        assertTrue(reversed.errors().isEmpty(), reversed.errors().toString());
        assertEquals(turtle(result), turtle(reversed));
    }

    // ---- scheme metadata ----------------------------------------------------------------------------

    @Test void schemeCarriesTitleVersionDateAndLicense() {
        VocabularyConfig cfg = VocabularyConfig.defaults();
        String s = "<" + cfg.schemeIri() + ">";
        assertTrue(ask(g, "ASK { " + s + " a skos:ConceptScheme , owl:Ontology }"));
        assertEquals(List.of(cfg.title()), values(g, "SELECT ?t { " + s + " dct:title ?t }", "t"));
        assertEquals(List.of(cfg.version()), values(g, "SELECT ?v { " + s + " owl:versionInfo ?v }", "v"));
        assertTrue(cfg.issued().matches("\\d{4}-\\d{2}-\\d{2}"), cfg.issued());
        assertEquals(List.of(cfg.issued()), values(g, "SELECT ?d { " + s + " dct:issued ?d FILTER(datatype(?d) = xsd:date) }", "d"),
            "dct:issued typed xsd:date");
        assertEquals(List.of(cfg.license()), values(g, "SELECT ?l { " + s + " dct:license ?l FILTER(isIRI(?l)) }", "l"));
        // every concept is in the scheme
        assertFalse(ask(g, "ASK { ?c a skos:Concept FILTER NOT EXISTS { ?c skos:inScheme " + s + " } }"));
    }

    @Test void schemeListsEachDocumentWithTheSha256OfItsFile() throws Exception {
        String s = "<" + VocabularyConfig.defaults().schemeIri() + ">";
        assertEquals(DOCUMENTS.size(), values(g, "SELECT DISTINCT ?src { " + s + " dct:source ?src }", "src").size());
        for (String name : DOCUMENTS.keySet()) {
            String src = source(name);
            assertTrue(ask(g, "ASK { " + s + " dct:source " + src + " }"), name);
            List<String> sums = values(g, "SELECT ?v { " + src + " spdx:checksum ?c . ?c spdx:algorithm spdx:checksumAlgorithm_sha256 ;"
                + " spdx:checksumValue ?v }", "v");
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(name))));
            assertEquals(1, sums.size(), name + ": " + sums);
            assertTrue(expected.equalsIgnoreCase(sums.get(0)), name + ": expected " + expected + ", got " + sums.get(0));
        }
        assertEquals(List.of("dictionary"), values(g, "SELECT ?k { " + source("d-sprocket-dictionary.txt") + " mvo:documentKind ?k }", "k"));
        assertEquals(List.of("encyclopedia"), values(g, "SELECT ?k { " + source("b-widget-encyclopedia.txt") + " mvo:documentKind ?k }", "k"));
    }
    @Test void documentsWithTheSameFileNameInDifferentFoldersAreTwoSources(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("one"));
        Files.createDirectories(other.resolve("two"));
        Files.writeString(other.resolve("one/notes.txt"), GIZMO_VALVE);
        Files.writeString(other.resolve("two/notes.txt"), SPROCKET_DICTIONARY);
        Converter.Result r = new Converter(VocabularyConfig.defaults()).convert(List.of(other.resolve("one"), other.resolve("two")));
        assertEquals(2, r.documents());
        String s = "<" + VocabularyConfig.defaults().schemeIri() + ">";
        assertEquals(2, values(r.graph(), "SELECT DISTINCT ?src { " + s + " dct:source ?src }", "src").size());
        assertFalse(ask(r.graph(), "ASK { ?src spdx:checksum ?a , ?b FILTER(?a != ?b) }"), "one source with two checksums");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static String strip(String bracketed) { return bracketed.substring(1, bracketed.length() - 1); }

    private static Set<String> localNames(Graph graph, String base) {
        Set<String> out = new TreeSet<>();
        for (String iri : values(graph, "SELECT ?c { ?c a skos:Concept }", "c")) {
            if (iri.startsWith(base)) out.add(iri.substring(base.length()));
        }
        return out;
    }

    static String turtle(Converter.Result r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(r.graph(), r.prefixes(), ExportFormat.TURTLE, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}

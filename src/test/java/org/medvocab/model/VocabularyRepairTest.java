package org.medvocab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medvocab.Sparql.ask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.curate.Overlay;
import org.medvocab.release.ReleaseFixtures;
import org.medvocab.validate.Shapes;

/** A document left out by the repair is rebuilt without losing the curation overlay. */
class VocabularyRepairTest {

    @TempDir Path tmp;

    @Test void leavingADocumentOutKeepsTheCuratedDecisions() throws IOException {
        Path docs = ReleaseFixtures.write(tmp.resolve("docs"));
        Path curation = Files.createDirectories(tmp.resolve("curation"));
        Files.writeString(curation.resolve("decisions.tsv"), Overlay.HEADER + "\n"
            + "D1\treject\tpocket gadget pump\t\tan editor\t2026-11-29\ta variant, not a term of its own\n"
            + "D2\tadd-synonym\tgadget pump\tdrip driver\tan editor\t2026-11-29\tward usage\n");
        Converter converter = new Converter(VocabularyConfig.defaults()).withCuration(curation);
        Converter.Result r = converter.convert(List.of(docs));
        assertEquals(2, r.documents());
        // a violation no local repair can fix (an empty label) on a concept of the article
        r.graph().add(NodeFactory.createURI(VocabularyConfig.DEFAULT_BASE + "flap-valve"), org.apache.jena.vocabulary.SKOS.altLabel.asNode(),
            NodeFactory.createLiteralLang(" ", "en"));
        VocabularyRepair.Outcome o = VocabularyRepair.repair(r, converter, Shapes.defaults());
        assertEquals(1, o.leftOut().size(), o.leftOut().toString());
        assertTrue(o.leftOut().get(0).contains("flap-valve.md"), o.leftOut().toString());
        var g = o.result().graph();
        assertEquals(1, o.result().documents());
        assertFalse(ask(g, "ASK { ?c skos:prefLabel \"pocket gadget pump\"@en }"), "the rejected term stays rejected");
        assertTrue(ask(g, "ASK { ?c skos:prefLabel \"gadget pump\"@en ; skos:altLabel \"drip driver\"@en ; mvo:curatedBy ?d . ?d a mvo:Decision }"),
            "the added synonym and its provenance survive the rebuild");
    }

    /**
     * A converter that keeps no extractions (what {@code convert} runs without {@code --lexicon}) extracts the documents
     * it keeps again from their files when it must leave one out: the same vocabulary, byte for byte, and the same
     * messages as a converter that kept them.
     */
    @Test void leavingADocumentOutWithoutKeptExtractionsGivesTheSameVocabulary() throws IOException {
        Path docs = ReleaseFixtures.write(tmp.resolve("docs"));
        String[] turtle = new String[2];
        List<List<String>> messages = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Converter converter = new Converter(VocabularyConfig.defaults());
            if (i == 1) converter.withoutExtractions();
            Converter.Result r = converter.convert(List.of(docs));
            if (i == 1) {
                assertTrue(r.extractions().stream().allMatch(x -> x.terms().isEmpty() && x.document().text().isEmpty()),
                    "no extraction kept");
            }
            r.graph().add(NodeFactory.createURI(VocabularyConfig.DEFAULT_BASE + "flap-valve"), org.apache.jena.vocabulary.SKOS.altLabel.asNode(),
                NodeFactory.createLiteralLang(" ", "en"));
            VocabularyRepair.Outcome o = VocabularyRepair.repair(r, converter, Shapes.defaults());
            assertEquals(1, o.leftOut().size(), o.leftOut().toString());
            assertEquals(1, o.result().documents());
            turtle[i] = org.medvocab.export.CanonicalTurtleWriter.toString(o.result().graph(), o.result().prefixes());
            messages.add(List.of(o.leftOut().toString(), o.warnings().toString(), o.result().errors().toString()));
        }
        assertTrue(turtle[0].contains("skos:prefLabel"));
        assertEquals(turtle[0], turtle[1]);
        assertEquals(messages.get(0), messages.get(1));
    }

    @Test void aRelatedLinkAlongTheHierarchyIsDroppedAndNoDocumentIsLost() throws IOException {
        Path docs = ReleaseFixtures.write(tmp.resolve("docs"));
        Converter converter = new Converter(VocabularyConfig.defaults());
        Converter.Result r = converter.convert(List.of(docs));
        var g = r.graph();
        var link = g.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.SKOS.broader.asNode(), org.apache.jena.graph.Node.ANY)
            .toList().get(0);
        // two documents merged may say "related" of a concept and its broader one: the shapes forbid it
        g.add(link.getSubject(), org.apache.jena.vocabulary.SKOS.related.asNode(), link.getObject());
        g.add(link.getObject(), org.apache.jena.vocabulary.SKOS.related.asNode(), link.getSubject());
        VocabularyRepair.Outcome o = VocabularyRepair.repair(r, converter, Shapes.defaults());
        assertTrue(o.leftOut().isEmpty(), o.leftOut().toString());
        assertEquals(r.documents(), o.result().documents());
        assertTrue(o.warnings().stream().anyMatch(w -> w.startsWith("dropped") && w.contains(" related ")), o.warnings().toString());
        assertFalse(o.result().graph().contains(link.getSubject(), org.apache.jena.vocabulary.SKOS.related.asNode(), link.getObject()));
        assertTrue(o.validation() != null && o.validation().conforms(), "the repaired vocabulary conforms");
    }
}


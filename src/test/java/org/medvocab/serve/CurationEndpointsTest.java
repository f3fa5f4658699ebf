package org.medvocab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.curate.Overlay;
import org.medvocab.release.ReleaseFixtures;
import org.medvocab.validate.Shapes;

/**
 * The REST curation endpoints over real HTTP on a real TDB2 store: each edit is a decision in the overlay file, applied
 * at once, refused without credentials, rolled back when the shapes refuse it, and still there after a restart that
 * converts the corpus again.
 */
class CurationEndpointsTest {

    static final String USER = "editor";
    static final String PASSWORD = "pw-" + UUID.randomUUID();
    static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX mvo: <https://w3id.org/medvocab/core#>\n"
        + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nPREFIX dct: <http://purl.org/dc/terms/>\nPREFIX : <https://w3id.org/medvocab/vocab/>\n";

    @TempDir Path tmp;

    private VocabService start(Path corpus) {
        VocabServer.Options options = VocabServer.Options.defaults().withPort(0).withCredentials(Credentials.of(USER, PASSWORD));
        return VocabService.start(new VocabService.Config(corpus, tmp.resolve("ontology/vocab.ttl"), null, tmp.resolve("data"), true,
            Shapes.defaults(), options), null);
    }

    private static Http.Response post(VocabService s, String action, String form, String... headers) {
        return Http.post(s.server().datasetUrl() + "/" + CurationEndpoints.PREFIX + action, "application/x-www-form-urlencoded", form, headers);
    }

    private static String form(String subject, String object, String reason) {
        return "subject=" + Http.enc(subject) + (object == null ? "" : "&object=" + Http.enc(object)) + (reason == null ? "" : "&reason=" + Http.enc(reason));
    }

    private static boolean ask(VocabService s, String query) {
        return "true".equals(QueryRunner.run(PREFIXES + query, s.server().datasetUrl() + "/sparql").rows().get(0).get(0));
    }

    @Test void editsAreDecisionsThatSurviveARestartAndAReconversion() throws IOException {
        Path corpus = ReleaseFixtures.write(tmp.resolve("corpus"));
        Path file = VocabService.curationFile(corpus);
        String auth = Http.basic(USER, PASSWORD);
        try (VocabService s = start(corpus)) {
            assertTrue(s.server().urls().containsKey("Curation (POST)"), s.server().urls().toString());
            // anonymous or wrong password: refused, nothing recorded
            assertEquals(401, post(s, "add-synonym", form("gadget pump", "drip driver", "ward usage")).status());
            assertEquals(401, post(s, "reject", form("gadget pump", null, "x"), "Authorization", Http.basic(USER, "wrong")).status());
            assertFalse(Files.exists(file));

            Http.Response r = post(s, "add-synonym", form("gadget pump", "drip driver", "ward usage"), "Authorization", auth);
            assertEquals(200, r.status(), r.body());
            assertTrue(r.body().contains("\"author\" : \"" + USER + "\""), r.body());
            assertTrue(ask(s, "ASK { :gadget-pump skos:altLabel \"drip driver\"@en ; mvo:curatedBy ?d . ?d a mvo:Decision ; dct:creator \"" + USER + "\" }"));
            Http.Response merged = post(s, "merge", form("pocket gadget pump", "gadget pump", "one device worn two ways"), "Authorization", auth);
            assertEquals(200, merged.status(), merged.body());
            assertTrue(ask(s, "ASK { :pocket-gadget-pump owl:deprecated true ; dct:isReplacedBy :gadget-pump }"));

            String recorded = Files.readString(file);
            assertEquals(2, Overlay.read(file).decisions().size(), recorded);
            assertTrue(recorded.startsWith(Overlay.HEADER), recorded);

            // bad requests change nothing
            assertEquals(400, post(s, "add-synonym", form("gadget pump", "x", null), "Authorization", auth).status(), "no reason");
            assertEquals(400, post(s, "add-broader", form("gadget pump", null, "r"), "Authorization", auth).status(), "no object");
            assertEquals(404, post(s, "reject", form("no such term", null, "r"), "Authorization", auth).status());
            Http.Response refused = post(s, "add-synonym", form("gadget pump", "bell\u0007pump", "a label with a control character"), "Authorization", auth);
            assertEquals(422, refused.status(), refused.body());
            assertFalse(ask(s, "ASK { :gadget-pump skos:altLabel \"bell\\u0007pump\"@en }"));
            assertEquals(recorded, Files.readString(file), "a refused edit is not recorded");
        }
        // a restart sees the changed overlay, converts again and keeps every decision
        try (VocabService s = start(corpus)) {
            assertTrue(s.staleReason() != null && s.staleReason().contains("curation overlay changed"), String.valueOf(s.staleReason()));
            assertTrue(ask(s, "ASK { :gadget-pump skos:altLabel \"drip driver\"@en }"));
            assertTrue(ask(s, "ASK { :pocket-gadget-pump owl:deprecated true ; dct:isReplacedBy :gadget-pump }"));
        }
    }

    @Test void aReadOnlyServiceHasNoCurationEndpoints() throws IOException {
        Path corpus = ReleaseFixtures.write(tmp.resolve("corpus"));
        VocabServer.Options options = VocabServer.Options.defaults().withPort(0);
        try (VocabService s = VocabService.start(new VocabService.Config(corpus, tmp.resolve("v.ttl"), null, null, true, Shapes.defaults(), options), null)) {
            int status = post(s, "reject", form("gadget pump", null, "r")).status();
            assertTrue(status == 404 || status == 405, "no such endpoint: " + status);
            assertFalse(s.server().urls().containsKey("Curation (POST)"));
        }
        assertFalse(Files.exists(VocabService.curationFile(corpus)));
    }
}

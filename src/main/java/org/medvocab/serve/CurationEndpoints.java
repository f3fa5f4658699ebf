package org.medvocab.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.web.HttpSC;
import org.medvocab.curate.CurationOperation;
import org.medvocab.curate.Decision;
import org.medvocab.curate.Overlay;
import org.medvocab.model.Graphs;
import org.medvocab.model.Vocab;
import org.medvocab.model.VocabularyConfig;

/**
 * The editors' REST endpoints, one per decision kind of the curation overlay: {@code POST /vocab/curate/<action>} with
 * the parameters {@code subject}, {@code object} (not for {@code reject}) and {@code reason} (query string or form body),
 * for an authenticated user only. Each call is recorded as a decision (author: the user, date: today, UTC) appended to
 * the overlay file, and applied at once to the served vocabulary graph in one validated transaction; the next conversion
 * ({@code serve}'s rebuild, {@code convert}) applies it again, so the edit survives restarts and re-conversion. If the
 * write is refused (the shapes, the removal limit) the file is put back as it was.
 *
 * <p>Answers: 200 with the decision as JSON; 400 for a missing parameter; 404 when the subject or object is not in the
 * vocabulary; 422 when the result would break the shapes; 401 without credentials (Fuseki's endpoint policy).
 */
public final class CurationEndpoints implements VocabServer.Extension {

    /** The operation behind every {@code /vocab/curate/<action>} endpoint. */
    public static final Operation CURATE = Operation.alloc("https://w3id.org/medvocab/service#curate", "curate",
        "Records an editor decision in the curation overlay and applies it");

    /** Endpoint names are this prefix and the action's TSV name ({@code curate/merge}). */
    public static final String PREFIX = "curate/";

    private final Path file;
    private volatile boolean registered;

    /** @param file the overlay file decisions are appended to (such as {@code curation/decisions.tsv}) */
    public CurationEndpoints(Path file) { this.file = file; }

    @Override public void register(FusekiServer.Builder builder, VocabularySource source) {}

    /** Fuseki finds an endpoint one path step below a dataset, so the endpoints are a service of their own over the same data. */
    @Override public void writeEndpoints(FusekiServer.Builder server, DatasetGraph dsg, AuthPolicy writers) {
        DataService.Builder service = DataService.newBuilder(dsg);
        for (Decision.Action a : Decision.Action.values()) service.addEndpoint(CURATE, a.label(), writers);
        server.registerOperation(CURATE, new Action(dsg)).add("/" + VocabServer.DATASET + "/" + PREFIX.substring(0, PREFIX.length() - 1), service);
        registered = true;
    }

    @Override public Map<String, String> urls(String baseUrl) {
        return registered ? Map.of("Curation (POST)", baseUrl + "/" + VocabServer.DATASET + "/" + PREFIX + "{" + String.join("|",
            java.util.Arrays.stream(Decision.Action.values()).map(Decision.Action::label).toList()) + "}") : Map.of();
    }

    /** The overlay file. */
    public Path file() { return file; }

    private final class Action extends BaseActionREST {
        private final DatasetGraph dsg;

        Action(DatasetGraph dsg) { this.dsg = dsg; }

        @Override public void validate(HttpAction action) {
            Decision.Action kind = kind(action);
            if (blank(action.getRequestParameter("subject"))) ServletOps.errorBadRequest("Missing parameter subject (a concept label or IRI)");
            if (kind.needsObject() && blank(action.getRequestParameter("object"))) {
                ServletOps.errorBadRequest("Missing parameter object (" + kind.label() + " needs a label, a concept or a kind)");
            }
            if (blank(action.getRequestParameter("reason"))) ServletOps.errorBadRequest("Missing parameter reason (why: it is kept with the decision)");
        }

        @Override protected void doPost(HttpAction action) {
            Decision.Action kind = kind(action);
            String object = kind.needsObject() ? action.getRequestParameter("object").strip() : "";
            Decision d = record(kind, action.getRequestParameter("subject").strip(), object,
                action.getRequestParameter("reason").strip(), action.getUser());
            JsonObject json = new JsonObject();
            json.put("id", d.id());
            json.put("action", d.action().label());
            json.put("subject", d.subject());
            json.put("object", d.object());
            json.put("author", d.author());
            json.put("date", d.date());
            json.put("reason", d.reason());
            json.put("file", file.toString());
            ServletOps.setNoCache(action);
            ServletOps.sendJson(action, json);
        }

        @Override protected void doOptions(HttpAction action) { ActionLib.setCommonHeadersForOptions(action); ServletOps.success(action); }

        private Decision.Action kind(HttpAction action) {
            return Decision.Action.parse(action.getEndpoint().getName());
        }

        /** Applies and records one decision: both or neither. */
        private Decision record(Decision.Action kind, String subject, String object, String reason, String user) {
            synchronized (CurationEndpoints.this) {
                Overlay existing = Overlay.read(file.toAbsolutePath().getParent());   // ids are unique across the folder
                Decision d = new Decision(newId(existing.ids(), user), kind, subject, object, user == null ? "" : user,
                    LocalDate.now(ZoneOffset.UTC).toString(), reason);
                ValidatingDatasetGraph.takeRejection();
                dsg.begin(TxnType.WRITE);
                byte[] before = null;
                boolean appended = false;
                try {
                    Graph g = dsg.getGraph(Graphs.VOCABULARY);
                    CurationOperation.Outcome o = CurationOperation.apply(g, new Overlay(List.of(d), List.of()), base(g));
                    if (o.applied() == 0) {
                        throw new ActionErrorException(HttpSC.NOT_FOUND_404, o.stale().isEmpty() ? "nothing to apply" : o.stale().get(0), null);
                    }
                    org.medvocab.model.LexiconBuilder.followCuration(dsg.getGraph(Graphs.LEXICON), g);
                    before = Overlay.append(file, d);
                    appended = true;
                    dsg.commit();
                    return d;
                } catch (IOException e) {
                    dsg.abort();
                    throw new ActionErrorException(HttpSC.INTERNAL_SERVER_ERROR_500, file + ": cannot be written (" + e.getMessage() + ")", null);
                } catch (RuntimeException e) {
                    dsg.abort();
                    if (appended) restore(before);
                    throw e;
                } finally {
                    dsg.end();
                }
            }
        }

        private void restore(byte[] before) {
            try {
                Overlay.restore(file, before);
            } catch (IOException e) {
                System.err.println("medvocab serve: " + file + ": cannot be put back after a refused decision (" + e.getMessage() + ")");
            }
        }
    }

    /** {@code <date>-<user>-<n>}, the first n not taken. */
    static String newId(Set<String> taken, String user) {
        String stem = LocalDate.now(ZoneOffset.UTC) + "-" + (user == null ? "editor" : user.replaceAll("[^A-Za-z0-9._-]", "-"));
        for (int n = 1; ; n++) if (!taken.contains(stem + "-" + n)) return stem + "-" + n;
    }

    /** The base IRI the vocabulary's concepts are minted on (vann:preferredNamespaceUri), else the default. */
    private static String base(Graph g) {
        return g.find(Node.ANY, Vocab.VANN_preferredNamespaceUri, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
            .nextOptional().orElse(VocabularyConfig.DEFAULT_BASE);
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}

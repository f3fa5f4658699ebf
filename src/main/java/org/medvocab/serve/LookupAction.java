package org.medvocab.serve;

import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * The Fuseki operation behind {@code GET /vocab/lookup?q=…[&lang=…][&limit=…]}: runs {@link Lookup#lookup} and
 * answers with JSON ({@link LookupService#toJson}).
 */
final class LookupAction extends BaseActionREST {

    private final Lookup service;

    LookupAction(Lookup service) {
        this.service = service;
    }

    @Override public void validate(HttpAction action) {
        String q = action.getRequestParameter("q");
        if (q == null || q.isBlank()) ServletOps.errorBadRequest("Missing parameter q (the text to look up), e.g. /vocab/lookup?q=infus&lang=en");
        String limit = action.getRequestParameter("limit");
        if (limit != null) {
            try {
                int n = Integer.parseInt(limit.strip());
                if (n < 1 || n > LookupService.MAX_LIMIT) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                ServletOps.errorBadRequest("Parameter limit must be a number from 1 to " + LookupService.MAX_LIMIT + " (got '" + limit + "')");
            }
        }
    }

    @Override protected void doGet(HttpAction action) {
        String q = action.getRequestParameter("q");
        String lang = action.getRequestParameter("lang");
        String limit = action.getRequestParameter("limit");
        int n = limit == null ? LookupService.DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        List<LookupService.Match> matches = service.lookup(q, lang, n);
        JsonObject json = LookupService.toJson(q, lang, matches);
        ServletOps.setNoCache(action);
        ServletOps.sendJson(action, json);
    }

    @Override protected void doHead(HttpAction action) {
        ServletOps.success(action);
    }

    @Override protected void doOptions(HttpAction action) {
        ActionLib.doOptionsGetHead(action);
    }
}

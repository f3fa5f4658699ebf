package org.medvocab.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;

/**
 * One request and its response: parameters, and answers as HTML, JSON, RDF or redirects. Every answer carries a
 * strong ETag (a hash of the version and the body), Last-Modified (when the served data was loaded) and
 * {@code Vary: Accept}; a request whose If-None-Match matches gets 304 and no body.
 */
final class Exchange {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    final HttpServletRequest req;
    final HttpServletResponse resp;
    private final String version;
    private final Instant loaded;
    /** The public base JSON links are made absolute under, or null to leave them server paths. */
    private final String linkBase;

    Exchange(HttpServletRequest req, HttpServletResponse resp, String version, Instant loaded, String linkBase) {
        this.req = req;
        this.resp = resp;
        this.version = version;
        this.loaded = loaded;
        this.linkBase = linkBase;
    }

    /** The path inside the server (no context path, no query string). */
    String path() {
        String uri = req.getRequestURI();
        String ctx = req.getContextPath();
        return ctx != null && !ctx.isEmpty() && uri.startsWith(ctx) ? uri.substring(ctx.length()) : uri;
    }

    String param(String name) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    int intParam(String name, int dflt, int min, int max) throws BadRequest {
        String v = param(name);
        if (v == null) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("Parameter " + name + " must be a whole number from " + min + " to " + max + " (got '" + v + "')");
        }
    }

    String header(String name) { return req.getHeader(name); }

    boolean isHead() { return "HEAD".equals(req.getMethod()); }

    /** An HTML page; its server-path links become relative to this request's path ({@link Links}). */
    void html(int status, String html) throws IOException {
        send(status, "text/html; charset=utf-8", Links.relativeHtml(html, path()).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON answer; its {@code url} members become absolute under the public base when one is configured. */
    void json(int status, JsonValue json) throws IOException {
        JsonValue out = linkBase == null ? json : Links.absoluteJson(json, linkBase);
        send(status, "application/json; charset=utf-8", JSON.toString(out).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON error: {@code {"status": 404, "message": "..."}}. */
    void jsonError(int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put("status", status);
        o.put("message", message);
        json(status, o);
    }

    void rdf(Graph g, Format f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, f.lang());
        String type = f.mediaType() + (f == Format.RDFXML || f == Format.TURTLE || f == Format.NTRIPLES ? "; charset=utf-8" : "");
        send(200, type, out.toByteArray());
    }

    void bytes(int status, String contentType, byte[] body) throws IOException {
        send(status, contentType, body);
    }

    /** 303 to a server path, sent as a location relative to this request's path. */
    void redirect(String serverPath) {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", Links.relative(serverPath, path()));
        resp.setHeader("Vary", "Accept");
    }

    private void send(int status, String contentType, byte[] body) throws IOException {
        String etag = "\"" + version.replaceAll("[^A-Za-z0-9.-]", "") + "-" + hash(contentType, body) + "\"";
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Cache-Control", "no-cache");
        if (status == 200) {
            resp.setHeader("ETag", etag);
            resp.setHeader("Last-Modified", HTTP_DATE.format(loaded));
            if (matches(header("If-None-Match"), etag)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!isHead()) resp.getOutputStream().write(body);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String t : ifNoneMatch.split(",")) {
            String s = t.strip();
            if (s.startsWith("W/")) s = s.substring(2);
            if (s.equals("*") || s.equals(etag)) return true;
        }
        return false;
    }

    private static String hash(String contentType, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(contentType.getBytes(StandardCharsets.UTF_8));
            md.update(body);
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request the server cannot answer because of its parameters (400). */
    static final class BadRequest extends Exception {
        BadRequest(String message) { super(message); }
    }
}

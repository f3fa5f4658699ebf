package org.medvocab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.serve.Http;
import org.medvocab.serve.VocabService;

/**
 * The browser behind a reverse proxy that mounts it under a sub-path: a small real proxy (the JDK's HTTP server)
 * forwards {@code http://127.0.0.1:P/sub/…} to the medvocab server's root, and the vocabulary is minted under that
 * public base ({@code --public-base http://127.0.0.1:P/sub/}). Every link of the pages, of the JSON and of the
 * redirects, resolved the way a browser resolves it, must stay under {@code /sub/} and answer through the proxy.
 */
class ProxySubPathTest {

    private static final Pattern LINK = Pattern.compile("\\s(?:href|src|action|data-children)=\"([^\"]*)\"");
    private static final List<String> PAGES = List.of("", "vocab/infusion-pump", "vocab/insulin-pump", "search?q=infus",
        "tree", "tree?focus=" + Http.enc(WebServer.NS + "infusion-pump"), "az/i", "sources", "api", "core",
        "vocab/source/02-pump-dictionary-txt", "vocab/no-such-concept");

    @TempDir static Path tmp;
    static VocabService service;
    static HttpServer proxy;
    /** The public base: the proxy's sub-path. */
    static String publicBase;

    @BeforeAll static void start() throws IOException {
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        publicBase = "http://127.0.0.1:" + proxy.getAddress().getPort() + "/sub/";
        service = WebServer.start(tmp, Browser.Config.defaults().withPublicBase(publicBase),
            ttl -> ttl.replace("https://w3id.org/medvocab/vocab", publicBase + "vocab"));
        String backend = service.server().baseUrl();
        proxy.createContext("/sub/", ex -> forward(ex, backend + ex.getRequestURI().toString().substring("/sub".length())));
        proxy.start();
    }

    @AfterAll static void stop() {
        if (proxy != null) proxy.stop(0);
        if (service != null) service.close();
    }

    /** The proxy: the request to the backend, the answer back with its status, type and Location unchanged. */
    private static void forward(HttpExchange ex, String url) throws IOException {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
            String accept = ex.getRequestHeaders().getFirst("Accept");
            if (accept != null) b.header("Accept", accept);
            HttpResponse<byte[]> r = Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            r.headers().firstValue("Content-Type").ifPresent(v -> ex.getResponseHeaders().add("Content-Type", v));
            r.headers().firstValue("Location").ifPresent(v -> ex.getResponseHeaders().add("Location", v));
            ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.sendResponseHeaders(502, -1);
        }
    }

    private static Http.Response html(String url) {
        return Http.get(url, "Accept", "text/html");
    }

    @Test void everyLinkOfEveryPageStaysUnderTheSubPathAndAnswers() {
        Set<URI> links = new LinkedHashSet<>();
        for (String p : PAGES) {
            URI page = URI.create(publicBase + p);
            Http.Response r = html(page.toString());
            assertTrue(r.status() == 200 || p.startsWith("vocab/no-such"), page + ": " + r.status());
            Matcher m = LINK.matcher(r.body());
            int found = 0;
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (href.startsWith("#") || href.startsWith("http") && !href.startsWith(publicBase)) continue;
                URI resolved = page.resolve(href);
                assertTrue(resolved.toString().startsWith(publicBase), page + ": link " + href + " resolves to " + resolved);
                links.add(URI.create(resolved.toString().replaceFirst("#.*", "")));
                found++;
            }
            assertTrue(found > 3, page + " has links");
        }
        List<String> broken = new ArrayList<>();
        for (URI u : links) {
            int status = html(u.toString()).status();
            if (status >= 400) broken.add(u + " " + status);
        }
        assertTrue(links.size() > 40, "links checked: " + links.size());
        assertTrue(broken.isEmpty(), "broken through the proxy: " + broken);
    }

    @Test void jsonLinksAreBuiltFromThePublicBase() {
        JsonObject hits = JSON.parse(Http.get(publicBase + "api/search?q=infus").body());
        List<String> urls = new ArrayList<>();
        hits.get("results").getAsArray().forEach(h -> collectUrls(h, urls));
        JsonValue concept = JSON.parse(Http.get(publicBase + "api/concepts/infusion-pump").body());
        collectUrls(concept, urls);
        urls.removeIf(u -> u.startsWith(SKOS.getURI()));        // mapping predicates link to the SKOS specification
        assertTrue(urls.size() > 5, urls.toString());
        for (String u : urls) {
            assertTrue(u.startsWith(publicBase), u);
            assertEquals(200, html(u).status(), u);
        }
    }

    @Test void redirectsAreRelativeSoTheyStayUnderTheSubPath() {
        URI request = URI.create(publicBase + "resource?iri=" + Http.enc(publicBase + "vocab/infusion-pump") + "&format=ttl");
        Http.Response r = html(request.toString());
        assertEquals(303, r.status());
        URI to = request.resolve(r.headers().firstValue("Location").orElseThrow());
        assertEquals(publicBase + "vocab/infusion-pump?format=ttl", to.toString());
        Http.Response ttl = Http.get(to.toString());
        assertEquals(200, ttl.status());
        assertTrue(ttl.body().contains("infusion pump"), ttl.body());
    }

    private static void collectUrls(JsonValue v, List<String> out) {
        if (v.isArray()) v.getAsArray().forEach(x -> collectUrls(x, out));
        if (v.isObject()) {
            v.getAsObject().entrySet().forEach(e -> {
                if (e.getKey().equals("url")) out.add(e.getValue().getAsString().value());
                else collectUrls(e.getValue(), out);
            });
        }
    }
}

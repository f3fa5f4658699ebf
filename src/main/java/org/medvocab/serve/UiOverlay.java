package org.medvocab.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fits the Fuseki UI (the jena-fuseki-ui jar, served as static files) to this server: its start page gets a small
 * script and style sheet ({@code medvocab-ui.js}, {@code medvocab-ui.css}) that hide what the server does not allow
 * (the admin actions always, "add data" and "edit" when it is read-only), keep the browser off those pages, and show the
 * real Fuseki and medvocab versions instead of "Version &lt;development&gt;". The UI's own files are not changed; only
 * {@code /} and {@code /index.html} are rewritten, and the two files are served from this jar.
 */
final class UiOverlay implements Filter {

    static final String SCRIPT = "medvocab-ui.js";
    static final String STYLE = "medvocab-ui.css";
    private static final String RESOURCES = "/org/medvocab/serve/ui/";
    private static final String UI_INDEX = "/webapp/index.html";

    private final boolean readOnly;
    private final String version;

    UiOverlay(boolean readOnly) {
        this.readOnly = readOnly;
        this.version = versions();
    }

    /** "5.6.0 (Apache Jena Fuseki; medvocab 0.1.0)", from the build properties. */
    static String versions() {
        Properties p = new Properties();
        try (InputStream in = UiOverlay.class.getResourceAsStream("/medvocab-build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("jena", "?") + " (Apache Jena Fuseki; medvocab " + p.getProperty("version", "?") + ")";
    }

    @Override public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        String path = ((HttpServletRequest) req).getRequestURI().substring(((HttpServletRequest) req).getContextPath().length());
        HttpServletResponse response = (HttpServletResponse) res;
        switch (path) {
            case "/", "/index.html" -> send(response, "text/html", index());
            case "/" + SCRIPT -> send(response, "text/javascript", resource(RESOURCES + SCRIPT));
            case "/" + STYLE -> send(response, "text/css", resource(RESOURCES + STYLE));
            default -> chain.doFilter(req, res);
        }
    }

    /** The UI's start page with the overlay's configuration, script and style sheet in its head. */
    String index() {
        String page = resource(UI_INDEX);
        String config = "<script>window.medvocabUi = {\"readOnly\": " + readOnly + ", \"dataset\": \"" + VocabServer.DATASET
            + "\", \"version\": \"" + version.replace("\"", "") + "\"};</script>\n"
            + "    <script src=\"./" + SCRIPT + "\"></script>\n"
            + "    <link rel=\"stylesheet\" href=\"./" + STYLE + "\">\n  ";
        int head = page.indexOf("</head>");
        return head < 0 ? page : page.substring(0, head) + config + page.substring(head);
    }

    private static void send(HttpServletResponse response, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type + "; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String resource(String name) {
        try (InputStream in = UiOverlay.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

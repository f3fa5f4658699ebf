package org.medvocab.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Links that keep working behind a reverse proxy that mounts the server under a sub-path
 * ({@code https://host/sub/} → {@code http://localhost:3030/}). The browser builds links as server paths
 * ({@code /vocab/stent}); before an answer leaves the server they become
 * <ul>
 *   <li>in HTML and in redirects: relative to the request's path ({@code ../vocab/stent} on {@code /vocab/pump},
 *       {@code ./vocab/stent} on {@code /search}), so they resolve under whatever prefix the page was fetched at;</li>
 *   <li>in JSON ({@code url} members): absolute, built from the public base when one was configured
 *       ({@code https://host/sub/vocab/stent}); without one they stay server paths.</li>
 * </ul>
 */
final class Links {
    private Links() {}

    /** Attributes whose values are links, when they start with '/' (a server path). */
    private static final Pattern SERVER_PATH_ATTRIBUTE = Pattern.compile("(\\s(?:href|src|action|data-children|data-root)=\")/");
    /** The JSON members that hold links. */
    private static final String URL_MEMBER = "url";

    /** The relative path from the directory of {@code path} up to the server root: {@code ./}, {@code ../}, ... */
    static String root(String path) {
        int depth = 0;
        for (int i = 1; i < path.length(); i++) if (path.charAt(i) == '/') depth++;
        return depth == 0 ? "./" : "../".repeat(depth);
    }

    /** A server path ({@code /vocab/x?format=ttl}) as a link relative to the page at {@code requestPath}. */
    static String relative(String serverPath, String requestPath) {
        return serverPath.startsWith("/") ? root(requestPath) + serverPath.substring(1) : serverPath;
    }

    /** Every server-path link attribute of the HTML made relative to the page at {@code requestPath}. */
    static String relativeHtml(String html, String requestPath) {
        return SERVER_PATH_ATTRIBUTE.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(root(requestPath)));
    }

    /** The {@code url} members of a JSON answer that are server paths, made absolute under {@code base} (ends with '/'). */
    static JsonValue absoluteJson(JsonValue v, String base) {
        if (v instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) a.set(i, absoluteJson(a.get(i), base));
        } else if (v instanceof JsonObject o) {
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                JsonValue x = e.getValue();
                if (URL_MEMBER.equals(e.getKey()) && x instanceof JsonString s && s.value().startsWith("/")) {
                    e.setValue(new JsonString(base + s.value().substring(1)));
                } else {
                    absoluteJson(x, base);
                }
            }
        }
        return v;
    }
}

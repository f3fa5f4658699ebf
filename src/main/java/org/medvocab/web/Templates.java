package org.medvocab.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * The page templates (Mustache, from {@code org/medvocab/web/templates} on the classpath), compiled once. Mustache
 * escapes every {@code {{value}}} for HTML; only server-built markup (the tree, the SVG) is inserted raw.
 */
final class Templates {

    private static final String ROOT = "org/medvocab/web/templates";

    /** Escapes the five HTML-special characters only (Mustache's default also encodes '=' and '`'). */
    private final MustacheFactory factory = new DefaultMustacheFactory(ROOT) {
        @Override public void encode(String value, Writer writer) {
            try {
                writer.write(Html.esc(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** Renders {@code name}.mustache with the scope. */
    String render(String name, Object scope) {
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        StringWriter w = new StringWriter();
        m.execute(w, scope);
        return w.toString();
    }
}

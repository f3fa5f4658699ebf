package org.medvocab.web;

import java.io.StringWriter;
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

    private final MustacheFactory factory = new DefaultMustacheFactory(ROOT);
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** Renders {@code name}.mustache with the scope. */
    String render(String name, Object scope) {
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        StringWriter w = new StringWriter();
        m.execute(w, scope);
        return w.toString();
    }
}

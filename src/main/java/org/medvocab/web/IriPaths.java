package org.medvocab.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * How IRIs map onto server paths: the public base (an IRI prefix, by default {@code https://w3id.org/medvocab/}) is
 * the server's root, so {@code <base>vocab/infusion-pump} is served at {@code /vocab/infusion-pump}, the scheme
 * {@code <base>vocab} at {@code /vocab}, a source document {@code <base>vocab/source/x} at {@code /vocab/source/x} and
 * the core ontology {@code <base>core} (with its hash terms) at {@code /core}. Any other IRI is shown at
 * {@code /resource?iri=...}.
 */
public final class IriPaths {

    /** The public base of the vocabularies medvocab builds. */
    public static final String DEFAULT_BASE = "https://w3id.org/medvocab/";
    /** The page of an IRI that has no path of its own. */
    public static final String RESOURCE_PATH = "/resource";

    private final String base;

    /** @param base the IRI prefix that the server root stands for (ends with '/') */
    public IriPaths(String base) {
        String b = base == null || base.isBlank() ? DEFAULT_BASE : base.strip();
        this.base = b.endsWith("/") ? b : b + "/";
    }

    public String base() { return base; }

    /** The IRI a server path stands for, e.g. {@code /vocab/stent} → {@code <base>vocab/stent}. */
    public Node iriOf(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return NodeFactory.createURI(base + p);
    }

    /** Whether the IRI dereferences on this server (it is under the base and has no fragment). */
    public boolean isLocal(String iri) {
        return iri.startsWith(base) && iri.length() > base.length() && iri.indexOf('#') < 0;
    }

    /** Where the browser shows the IRI: its own path when it is local, otherwise {@code /resource?iri=}. */
    public String href(String iri) {
        if (isLocal(iri)) return "/" + iri.substring(base.length());
        return RESOURCE_PATH + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}

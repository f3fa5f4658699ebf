package org.medvocab.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * What a dereferenced IRI can be answered with: the HTML page or the description in an RDF syntax. {@code ?format=}
 * names one by its short name or extension; otherwise the {@code Accept} header chooses (HTML when it allows anything).
 */
public enum Format {
    HTML("html", "text/html", null, "HTML"),
    TURTLE("ttl", "text/turtle", Lang.TURTLE, "Turtle"),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD, "JSON-LD"),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML, "RDF/XML"),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES, "N-Triples");

    private final String name;
    private final String mediaType;
    private final Lang lang;
    private final String title;

    Format(String name, String mediaType, Lang lang, String title) {
        this.name = name;
        this.mediaType = mediaType;
        this.lang = lang;
        this.title = title;
    }

    /** Short name, as in {@code ?format=ttl}. */
    public String shortName() { return name; }

    public String mediaType() { return mediaType; }

    /** The RDF syntax, or null for HTML. */
    public Lang lang() { return lang; }

    /** Name for people ("Turtle"). */
    public String title() { return title; }

    private static final AcceptList OFFERS = AcceptList.create(Arrays.stream(values()).map(Format::mediaType).toArray(String[]::new));

    /** The format {@code ?format=} names: a short name, a Jena syntax name ("turtle", "json-ld") or a media type. */
    public static Optional<Format> named(String s) {
        if (s == null || s.isBlank()) return Optional.empty();
        String k = s.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.name.equals(k) || f.mediaType.equals(k) || (f.lang != null && (f.lang.getName().equalsIgnoreCase(k)
                || f.lang.getFileExtensions().contains(k) || f.lang.getAltNames().stream().anyMatch(k::equalsIgnoreCase)))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The best format for an Accept header; HTML when the header is missing or allows anything. Empty if nothing fits (406). */
    public static Optional<Format> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(HTML);
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException e) {
            return Optional.of(HTML);
        }
        if (m == null) return Optional.empty();
        String ct = m.getContentTypeStr();
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(ct)).findFirst();
    }
}

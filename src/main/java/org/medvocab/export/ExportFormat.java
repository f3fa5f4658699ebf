package org.medvocab.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.Lang;

/**
 * The RDF syntaxes a vocabulary can be exported to.
 *
 * <p>Each format has a primary name and aliases, accepted case-insensitively by
 * {@link #fromName(String)}, and a conventional file extension.
 */
public enum ExportFormat {

    /** Turtle, written canonically by {@link CanonicalTurtleWriter}. */
    TURTLE("ttl", Lang.TURTLE, "turtle", "ttl"),
    /** N-Triples, one triple per line, lines sorted. */
    NTRIPLES("nt", Lang.NTRIPLES, "ntriples", "nt"),
    /** RDF/XML, the traditional exchange syntax for OWL ontologies. */
    RDFXML("rdf", Lang.RDFXML, "rdfxml", "xml", "owl"),
    /** JSON-LD 1.1. */
    JSONLD("jsonld", Lang.JSONLD11, "jsonld", "json-ld");

    private final String extension;
    private final Lang lang;
    private final List<String> names;

    ExportFormat(String extension, Lang lang, String... names) {
        this.extension = extension;
        this.lang = lang;
        this.names = List.of(names);
    }

    /**
     * Looks a format up by name: {@code turtle}, {@code ttl}, {@code ntriples}, {@code nt},
     * {@code rdfxml}, {@code xml}, {@code owl}, {@code jsonld} or {@code json-ld}, in any case.
     *
     * @param name the format name, as typed by a user
     * @return the format
     * @throws IllegalArgumentException if the name is not one of the accepted names
     */
    public static ExportFormat fromName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.names.contains(key)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown export format '" + name + "'; expected one of: "
                + String.join(", ", acceptedNames()));
    }

    /** @return every name {@link #fromName(String)} accepts, in declaration order */
    public static List<String> acceptedNames() {
        return Arrays.stream(values()).flatMap(f -> f.names.stream()).toList();
    }

    /** @return the conventional file extension, without a dot ({@code ttl}, {@code nt}, {@code rdf}, {@code jsonld}) */
    public String extension() {
        return extension;
    }

    /** @return the Jena language of this format */
    public Lang lang() {
        return lang;
    }

    /** @return the MIME type of this format, e.g. {@code text/turtle} */
    public String contentType() {
        return lang.getContentType().getContentTypeStr();
    }

    /** @return the primary name of this format, as accepted by {@link #fromName(String)} */
    public String formatName() {
        return names.get(0);
    }
}

package org.medvocab.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Settings of a generated vocabulary: the IRI base its concepts are minted on and the scheme's metadata.
 * Defaults come from the build (version, release date), so the same input gives byte-identical output.
 */
public record VocabularyConfig(String base, String title, String description, String version, String issued, String license) {

    public static final String DEFAULT_BASE = "https://w3id.org/medvocab/vocab/";
    public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** Path segment, under the base, of the release IRIs: {@code <base>releases/<version>} is a release's owl:versionIRI. */
    public static final String RELEASES = "releases/";

    public VocabularyConfig {
        if (base == null || base.isBlank()) base = DEFAULT_BASE;
        if (!base.endsWith("/") && !base.endsWith("#")) base = base + "/";
    }

    public static VocabularyConfig defaults() {
        Properties p = new Properties();
        try (InputStream in = VocabularyConfig.class.getResourceAsStream("/medvocab-build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VocabularyConfig(DEFAULT_BASE, "medvocab medical devices and conditions vocabulary",
            "Concepts extracted by medvocab from medical reference documents: labels, synonyms, abbreviations, "
                + "definitions with their sources, a subclass hierarchy and domain relations.",
            p.getProperty("version", "0.0.0"), p.getProperty("issued", "1970-01-01"), DEFAULT_LICENSE);
    }

    public VocabularyConfig withBase(String newBase) {
        return new VocabularyConfig(newBase, title, description, version, issued, license);
    }

    /** The IRI of the concept scheme (also the owl:Ontology): the base without its trailing separator. */
    public String schemeIri() { return base.substring(0, base.length() - 1); }

    /** The IRI of this release (owl:versionIRI): {@code <base>releases/<version>}. */
    public String versionIri() { return base + RELEASES + version; }
}

package org.medvocab.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of third-party vocabularies that Jena has no constants for (SPDX checksums, VANN, schema.org). */
public final class Vocab {
    private Vocab() {}

    public static final String SPDX_NS = "http://spdx.org/rdf/terms#";
    public static final Node SPDX_checksum = NodeFactory.createURI(SPDX_NS + "checksum");
    public static final Node SPDX_Checksum = NodeFactory.createURI(SPDX_NS + "Checksum");
    public static final Node SPDX_algorithm = NodeFactory.createURI(SPDX_NS + "algorithm");
    public static final Node SPDX_checksumValue = NodeFactory.createURI(SPDX_NS + "checksumValue");
    public static final Node SPDX_sha256 = NodeFactory.createURI(SPDX_NS + "checksumAlgorithm_sha256");

    public static final String VANN_NS = "http://purl.org/vocab/vann/";
    public static final Node VANN_preferredNamespacePrefix = NodeFactory.createURI(VANN_NS + "preferredNamespacePrefix");
    public static final Node VANN_preferredNamespaceUri = NodeFactory.createURI(VANN_NS + "preferredNamespaceUri");

    public static final String DCTYPE_NS = "http://purl.org/dc/dcmitype/";
}

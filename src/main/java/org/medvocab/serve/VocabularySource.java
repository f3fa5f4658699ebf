package org.medvocab.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Where the served vocabulary is read from, for the pages, the REST API and the lookup: the local TDB2 dataset with
 * its text index ({@link #local}), or a remote SPARQL endpoint ({@link RemoteStore}).
 */
public interface VocabularySource {

    /**
     * The data as a read-only dataset (the union of the vocabulary's graphs): {@code find} and {@code contains}, in read
     * transactions. Over a remote endpoint each {@code find} is a SPARQL query.
     */
    DatasetGraph dataset();

    /** Runs a SPARQL SELECT where the data lives (so {@code text:query} uses its text index when it has one). */
    List<Binding> select(String sparql);

    /** Label lookup. */
    Lookup lookup();

    /** Every row of a result set, read to the end. */
    static List<Binding> rows(RowSet rs) {
        List<Binding> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    /** The local dataset and its lookup service. */
    static VocabularySource local(DatasetGraph dsg, LookupService lookup) {
        return new VocabularySource() {
            @Override public DatasetGraph dataset() { return dsg; }

            @Override public List<Binding> select(String sparql) {
                return VocabularyStore.Txn.read(dsg, () -> {
                    try (QueryExec qe = QueryExec.dataset(dsg).query(sparql).build()) {
                        return rows(qe.select());
                    }
                });
            }

            @Override public Lookup lookup() { return lookup; }
        };
    }
}

package org.medvocab.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;

/**
 * The Lucene text index (jena-text) of the vocabulary: one Lucene document per label or definition triple, with the
 * concept IRI, the named graph, the language tag and the text. SPARQL {@code text:query} and the lookup service both
 * read it.
 *
 * <pre>{@code
 * PREFIX text: <http://jena.apache.org/text#>
 * SELECT ?c ?score ?label { (?c ?score ?label) text:query (skos:prefLabel "infus*") }
 * }</pre>
 */
public final class TextIndexes {
    private TextIndexes() {}

    /** Lucene field of the concept IRI. */
    public static final String ENTITY_FIELD = "uri";
    /** Lucene field of the named graph the triple is in ({@code GRAPH <g> { ... text:query ... }} searches one graph). */
    public static final String GRAPH_FIELD = "graph";
    /** Lucene field of the literal's language tag. */
    public static final String LANG_FIELD = "lang";
    /** Lucene field that identifies the triple, so that deleting a triple deletes its document. */
    public static final String UID_FIELD = "uid";

    public static final String PREF_LABEL = "prefLabel";
    public static final String ALT_LABEL = "altLabel";
    public static final String HIDDEN_LABEL = "hiddenLabel";
    public static final String DEFINITION = "definition";
    /** The fields the lookup service matches, best first. */
    public static final List<String> LABEL_FIELDS = List.of(PREF_LABEL, ALT_LABEL, HIDDEN_LABEL);

    /** skos:prefLabel (the default field of {@code text:query}), skos:altLabel, skos:hiddenLabel and skos:definition. */
    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, PREF_LABEL, SKOS.prefLabel.asNode());
        def.set(ALT_LABEL, SKOS.altLabel.asNode());
        def.set(HIDDEN_LABEL, SKOS.hiddenLabel.asNode());
        def.set(DEFINITION, SKOS.definition.asNode());
        def.setGraphField(GRAPH_FIELD);
        def.setLangField(LANG_FIELD);
        def.setUidField(UID_FIELD);
        return def;
    }

    /** The index configuration: Lucene's standard analyzer, values stored (the lookup shows the matched label). */
    public static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setValueStored(true);
        return config;
    }

    /** Opens (or creates) an index in {@code directory}. */
    public static TextIndexLucene create(Directory directory) {
        return new TextIndexLucene(directory, config());
    }

    /** Number of indexed triples in the dataset, for comparison with {@link #documentCount}. Call inside a read transaction. */
    static long indexableTriples(DatasetGraph dsg, EntityDefinition def) {
        long n = 0;
        for (String field : def.fields()) {
            for (Node p : def.getPredicates(field)) {
                Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (q.getObject().isLiteral()) n++;
                }
            }
        }
        return n;
    }

    /** Number of Lucene documents in the index (0 for an empty or new index). */
    static long documentCount(TextIndexLucene index) {
        Directory dir = index.getDirectory();
        try {
            index.getIndexWriter().commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                return r.numDocs();
            }
        } catch (IndexNotFoundException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds the index from the named graphs of {@code dsg} (the store without the text layer). Used when the index
     * is missing or out of step with the database, e.g. after the index folder was deleted.
     */
    static void rebuild(DatasetGraph dsg, TextIndexLucene index) {
        try {
            index.getIndexWriter().deleteAll();
            dsg.executeRead(() -> forEachIndexed(index, p -> addAll(dsg.find(Node.ANY, Node.ANY, p, Node.ANY), index)));
            index.prepareCommit();
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the documents of the indexed triples of {@code data}, as if it were the named graph {@code graph}; no commit. */
    static void add(Node graph, org.apache.jena.graph.Graph data, TextIndexLucene index) {
        forEachIndexed(index, p -> addAll(org.apache.jena.atlas.iterator.Iter.map(data.find(Node.ANY, p, Node.ANY), t -> Quad.create(graph, t)), index));
    }

    private static void forEachIndexed(TextIndexLucene index, java.util.function.Consumer<Node> predicate) {
        EntityDefinition def = index.getDocDef();
        for (String field : def.fields()) def.getPredicates(field).forEach(predicate);
    }

    private static void addAll(Iterator<Quad> quads, TextIndexLucene index) {
        EntityDefinition def = index.getDocDef();
        quads.forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                org.apache.jena.query.text.Entity e = TextQueryFuncs.entityFromQuad(def, q);
                if (e != null) index.addEntity(e);
            }
        });
    }
}

package org.medvocab.web;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.medvocab.web.Model.Concept;
import org.medvocab.web.Model.Definition;
import org.medvocab.web.Model.Hit;
import org.medvocab.web.Model.Hits;
import org.medvocab.web.Model.Label;
import org.medvocab.web.Model.Mapping;
import org.medvocab.web.Model.MappingGroup;
import org.medvocab.web.Model.Metadata;
import org.medvocab.web.Model.Ref;
import org.medvocab.web.Model.Relation;
import org.medvocab.web.Model.Restriction;

/** The JSON form of the browser's records, as the REST API returns them (documented in {@code openapi.json}). */
final class Json {
    private Json() {}

    static JsonObject ref(Ref r) {
        JsonObject o = new JsonObject();
        o.put("iri", r.iri());
        o.put("label", r.label());
        o.put("url", r.href());
        return o;
    }

    static <T> JsonArray array(List<T> items, Function<T, JsonValue> f) {
        JsonArray a = new JsonArray();
        for (T t : items) a.add(f.apply(t));
        return a;
    }

    static JsonArray refs(List<Ref> refs) {
        return array(refs, Json::ref);
    }

    static JsonObject concept(Concept c) {
        JsonObject o = ref(c.ref());
        o.put("kind", c.kind());
        o.put("labels", array(c.labels(), Json::label));
        o.put("definitions", array(c.definitions(), Json::definition));
        o.put("broader", refs(c.broader()));
        o.put("narrower", refs(c.narrower()));
        o.put("related", refs(c.related()));
        o.put("relations", array(c.relations(), Json::relation));
        o.put("restrictions", array(c.restrictions(), Json::restriction));
        o.put("mappings", array(c.mappings(), Json::mappingGroup));
        o.put("sources", refs(c.sources()));
        o.put("path", refs(c.path()));
        o.put("lexicon", array(c.lexicon(), Json::lexicalEntry));
        return o;
    }

    static JsonObject lexicalEntry(Model.LexicalEntry e) {
        JsonObject o = ref(e.entry());
        o.put("writtenRep", e.written());
        o.put("phoneticRep", strings(e.pronunciations()));
        o.put("partOfSpeech", e.partOfSpeech());
        o.put("senses", array(e.senses(), Json::lexicalSense));
        o.put("abbreviations", refs(e.abbreviations()));
        o.put("dictionaries", refs(e.dictionaries()));
        return o;
    }

    static JsonObject lexicalSense(Model.LexicalSense s) {
        JsonObject o = ref(s.sense());
        o.put("definitions", strings(s.definitions()));
        o.put("sources", refs(s.sources()));
        o.put("synonyms", refs(s.synonyms()));
        return o;
    }

    static JsonArray strings(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }

    static JsonObject label(Label l) {
        JsonObject o = new JsonObject();
        o.put("text", l.text());
        o.put("lang", l.lang());
        o.put("role", l.role());
        return o;
    }

    static JsonObject definition(Definition d) {
        JsonObject o = new JsonObject();
        o.put("text", d.text());
        o.put("lang", d.lang());
        if (d.source() != null) o.put("source", ref(d.source()));
        if (d.evidence() != null) o.put("evidence", d.evidence());
        if (d.start() >= 0) o.put("evidenceStart", d.start());
        if (d.end() >= 0) o.put("evidenceEnd", d.end());
        if (d.hasPage()) o.put("evidencePage", d.page());
        return o;
    }

    static JsonObject relation(Relation r) {
        JsonObject o = new JsonObject();
        o.put("property", ref(r.property()));
        o.put("targets", refs(r.targets()));
        return o;
    }

    static JsonObject restriction(Restriction r) {
        JsonObject o = new JsonObject();
        o.put("property", ref(r.property()));
        o.put("quantifier", r.quantifier());
        o.put("target", ref(r.target()));
        o.put("text", r.words());
        return o;
    }

    static JsonObject mappingGroup(MappingGroup g) {
        JsonObject o = new JsonObject();
        o.put("predicate", ref(g.predicate()));
        o.put("mappings", array(g.mappings(), Json::mapping));
        return o;
    }

    static JsonObject mapping(Mapping m) {
        JsonObject o = new JsonObject();
        o.put("predicate", m.predicate().iri());
        o.put("target", m.target());
        o.put("targetLabel", m.targetLabel());
        o.put("curie", m.curie());
        o.put("justification", m.justification());
        if (m.confidence() != null) o.put("confidence", JsonNumber.value(m.confidence()));
        return o;
    }

    static JsonObject metadata(Metadata m) {
        JsonObject o = new JsonObject();
        if (m.scheme() != null) o.put("scheme", m.scheme().iri());
        o.put("title", m.title());
        o.put("description", m.description());
        o.put("version", m.version());
        o.put("issued", m.issued());
        o.put("license", m.license());
        o.put("namespace", m.namespace());
        o.put("concepts", m.concepts());
        o.put("mappings", m.mappings());
        o.put("sources", m.sources());
        return o;
    }

    static JsonObject hits(Hits h) {
        JsonObject o = new JsonObject();
        o.put("query", h.query());
        o.put("total", h.total());
        o.put("offset", h.offset());
        o.put("limit", h.limit());
        o.put("results", array(h.hits(), Json::hit));
        return o;
    }

    static JsonObject hit(Hit h) {
        JsonObject o = ref(h.concept());
        o.put("matched", h.matched());
        o.put("field", h.field());
        o.put("score", JsonNumber.value(h.score()));
        o.put("kind", h.kind());
        o.put("definition", h.definition());
        o.put("broader", refs(h.broader()));
        return o;
    }
}

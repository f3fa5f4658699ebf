package org.medvocab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.medvocab.extract.Evidence;
import org.medvocab.extract.Labels;
import org.medvocab.extract.TermRecord;
import org.medvocab.extract.TopClass;

/** A concept being assembled from the term records of every document that names it. */
final class Concept {
    final String key;          // label key, plus "#sense" for a sense
    final String baseKey;      // label key without the sense
    String label;              // preferred label as written
    String sense;              // sense qualifier or null
    boolean proper;
    boolean onlyRecognised;    // every record of it exists only because the terminology recognised the term in passing
    private boolean absorbed;
    TopClass kind;
    int order;                 // first appearance, for stable tie-breaking
    final Set<String> altLabels = new TreeSet<>();
    final Map<String, Evidence> altEvidence = new LinkedHashMap<>();
    final Set<String> hiddenLabels = new TreeSet<>();
    final Map<String, Evidence> definitions = new LinkedHashMap<>();
    final Set<String> sources = new TreeSet<>();
    final List<TermRecord.Broader> broaderRefs = new ArrayList<>();
    final List<TermRecord.Relation> relationRefs = new ArrayList<>();
    final List<TermRecord.CrossRef> crossRefs = new ArrayList<>();
    final Set<Concept> broader = new LinkedHashSet<>();
    final Map<Concept, Evidence> broaderEvidence = new LinkedHashMap<>();
    String iri;

    Concept(String label, String sense, int order) {
        this.label = label;
        this.sense = sense;
        this.baseKey = Labels.key(label);
        this.key = baseKey + (sense == null ? "" : "#" + Labels.key(sense));
        this.order = order;
    }

    String prefLabel() { return sense == null ? label : label + " (" + sense + ")"; }

    void absorb(TermRecord r, String documentId) {
        proper |= r.properName();
        onlyRecognised = absorbed ? onlyRecognised && r.recognisedOnly() : r.recognisedOnly();
        absorbed = true;
        if (kind == null) kind = r.kind();
        for (String a : r.altLabels()) {
            altLabels.add(a);
            if (r.altEvidence(a) != null) altEvidence.putIfAbsent(a, r.altEvidence(a));
        }
        for (TermRecord.Definition d : r.definitions()) definitions.putIfAbsent(d.text(), d.evidence());
        sources.add(documentId);
        broaderRefs.addAll(r.broader());
        relationRefs.addAll(r.relations());
        crossRefs.addAll(r.crossRefs());
    }

    void absorb(Concept other) {
        proper |= other.proper;
        if (kind == null) kind = other.kind;
        altLabels.addAll(other.altLabels);
        other.altEvidence.forEach(altEvidence::putIfAbsent);
        if (!Labels.key(other.label).equals(Labels.key(label))) altLabels.add(other.label);
        hiddenLabels.addAll(other.hiddenLabels);
        other.definitions.forEach(definitions::putIfAbsent);
        sources.addAll(other.sources);
        broaderRefs.addAll(other.broaderRefs);
        relationRefs.addAll(other.relationRefs);
        crossRefs.addAll(other.crossRefs);
        order = Math.min(order, other.order);
    }

    boolean hasAncestor(Concept c) {
        return ancestors().contains(c);
    }

    Set<Concept> ancestors() {
        Set<Concept> seen = new LinkedHashSet<>();
        List<Concept> todo = new ArrayList<>(broader);
        while (!todo.isEmpty()) {
            Concept x = todo.remove(todo.size() - 1);
            if (seen.add(x)) todo.addAll(x.broader);
        }
        return seen;
    }

    @Override public String toString() { return prefLabel(); }
}

package org.medvocab.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixture format of layout tests: one tab-separated row per fact of an entry,
 * {@code path <TAB> field <TAB> value}, where path is the headword (a sub-entry: "headword > sub").
 * Fields: headword, variant, pron, pos, domain, sense (value "number|text", number empty when
 * unnumbered), xref (value "kind|target"), source, section, and sub for each sub-entry (whose own
 * rows follow). Lines starting with {@code #} and blank lines in expected files are ignored.
 */
final class EntryRows {
    private EntryRows() {}

    static List<String> of(List<Entry> entries) {
        List<String> rows = new ArrayList<>();
        for (Entry e : entries) {
            add(rows, e, e.headword());
        }
        return rows;
    }

    private static void add(List<String> rows, Entry e, String path) {
        rows.add(path + "\theadword\t" + e.headword());
        e.variants().forEach(v -> rows.add(path + "\tvariant\t" + v));
        if (e.pronunciation() != null) {
            rows.add(path + "\tpron\t" + e.pronunciation());
        }
        if (e.partOfSpeech() != null) {
            rows.add(path + "\tpos\t" + e.partOfSpeech());
        }
        e.domains().forEach(d -> rows.add(path + "\tdomain\t" + d));
        if (e.source() != null) {
            rows.add(path + "\tsource\t" + e.source());
        }
        if (e.section() != null) {
            rows.add(path + "\tsection\t" + e.section());
        }
        e.senses().forEach(s -> rows.add(path + "\tsense\t" + s.number() + "|" + s.text()));
        e.crossReferences().forEach(x -> rows.add(path + "\txref\t" + x.kind() + "|" + x.target()));
        for (Entry sub : e.subEntries()) {
            rows.add(path + "\tsub\t" + sub.headword());
            add(rows, sub, path + " > " + sub.headword());
        }
    }
}

package org.medvocab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;

/** Runs the quality checks of {@link Checks#ALL} (or a chosen subset) over a vocabulary graph. */
public final class ReportOperation {
    private ReportOperation() {}

    public static Report run(Graph vocabulary) { return run(vocabulary, Checks.ALL); }

    public static Report run(Graph vocabulary, List<Check> checks) {
        List<Finding> out = new ArrayList<>();
        for (Check c : checks) {
            for (Check.Hit h : c.rule().run(vocabulary)) out.add(new Finding(c.id(), c.level(), h.concept(), h.value()));
        }
        out.sort(Comparator.comparing(Finding::level).thenComparing(Finding::check).thenComparing(Finding::concept)
            .thenComparing(Finding::value));
        return new Report(List.copyOf(out));
    }
}

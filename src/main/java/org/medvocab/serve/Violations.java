package org.medvocab.serve;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.shared.PrefixMapping;
import org.medvocab.validate.Severity;
import org.medvocab.validate.ValidationResult;
import org.medvocab.validate.ValidationRow;

/** One-line descriptions of SHACL violations, for error messages. */
final class Violations {
    private Violations() {}

    /**
     * The first {@code max} violations as {@code mvs:Shape on label <iri> (path value)}, separated by "; ", with a count
     * of the rest.
     */
    static String describe(ValidationResult r, int max) {
        PrefixMapping pm = r.prefixes();
        List<ValidationRow> v = r.rows().stream().filter(x -> x.severity() == Severity.VIOLATION).toList();
        String s = v.stream().limit(max).map(x -> {
            StringBuilder b = new StringBuilder(x.shape().isURI() ? pm.shortForm(x.shape().getURI()) : String.valueOf(x.shape()));
            b.append(" on ");
            if (x.focusLabel() != null) b.append(x.focusLabel()).append(' ');
            b.append(x.focus().isURI() ? "<" + x.focus().getURI() + ">" : x.focus().toString());
            if (x.path() != null) {
                b.append(" (").append(x.pathString(pm));
                if (x.value() != null) b.append(' ').append(x.value().isURI() ? pm.shortForm(x.value().getURI()) : x.value().toString());
                b.append(')');
            }
            return b.toString();
        }).collect(Collectors.joining("; "));
        if (v.size() > max) s += "; and " + (v.size() - max) + " more";
        return s;
    }
}

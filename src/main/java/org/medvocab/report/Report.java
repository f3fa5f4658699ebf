package org.medvocab.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The findings of a quality report, most serious first, and their rendering as text, TSV or JSON. */
public record Report(List<Finding> findings) {

    public enum Format { TEXT, TSV, JSON;
        public static Format parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s + "' (expected text, tsv or json)");
            }
        }
    }

    public long count(Level level) { return findings.stream().filter(f -> f.level() == level).count(); }

    /** True when some finding is {@code threshold} or more serious. */
    public boolean fails(Level threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.level().atLeast(threshold));
    }

    public String summary() {
        return String.format("%d findings: %d errors, %d warnings, %d infos", findings.size(), count(Level.ERROR),
            count(Level.WARNING), count(Level.INFO));
    }

    public String render(Format format) {
        return switch (format) {
            case TEXT -> text();
            case TSV -> tsv();
            case JSON -> json();
        };
    }

    private String text() {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(String.format("%-7s %-27s %s%n        %s%n", f.level().label().toUpperCase(Locale.ROOT), f.check(),
                f.concept(), f.value()));
        }
        return sb.append(summary()).append('\n').toString();
    }

    private String tsv() {
        StringBuilder sb = new StringBuilder("level\tcheck\tconcept\tvalue\n");
        for (Finding f : findings) {
            sb.append(f.level().label()).append('\t').append(f.check()).append('\t').append(f.concept()).append('\t')
                .append(f.value().replaceAll("[\t\r\n]+", " ")).append('\n');
        }
        return sb.toString();
    }

    private String json() {
        JsonObject o = new JsonObject();
        o.put("errors", count(Level.ERROR));
        o.put("warnings", count(Level.WARNING));
        o.put("infos", count(Level.INFO));
        JsonArray arr = new JsonArray();
        for (Finding f : findings) {
            JsonObject x = new JsonObject();
            x.put("check", f.check());
            x.put("level", f.level().label());
            x.put("concept", f.concept());
            x.put("value", f.value());
            arr.add(x);
        }
        o.put("findings", arr);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, o);
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }
}

package org.medvocab.link;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Streams an OBO 1.4 flat file ({@code .obo}) stanza by stanza. For every {@code [Term]} it emits the {@code name}
 * (preferred, EXACT) and each {@code synonym} with its scope (EXACT, RELATED, BROAD, NARROW; RELATED when
 * missing, as the format says) and, when its type is an abbreviation or acronym ({@code OMO:0003000},
 * {@code OMO:0003012}, {@code ABBREVIATION}), as an abbreviation. OBO 1.0 tags ({@code exact_synonym} etc.) are read
 * too. Obsolete terms are skipped. Only the {@code is_a} links are kept, to find kinds from ancestors afterwards.
 *
 * <p>Errors name the file and line: a stanza without an id, a line that is not {@code tag: value}, a synonym
 * without its quotes, text that is not UTF-8.
 */
public final class OboTargetReader implements TargetReader {
    private final Path file;
    private final Set<Kind> kind;
    private final String sourceOverride;
    private final Curies curies;
    private final Hierarchy hierarchy = new Hierarchy();
    private String source;
    private String version;

    /**
     * @param file   the OBO file
     * @param kind   a kind for every term (overrides the prefix rules), or empty
     * @param source the SSSOM object_source to write, or null for the ontology named in the header
     * @param curies prefix registry (ids are written as canonical CURIEs)
     */
    public OboTargetReader(Path file, Set<Kind> kind, String source, Curies curies) {
        this.file = file;
        this.kind = kind == null ? Kind.none() : kind;
        this.sourceOverride = source;
        this.curies = curies;
        this.source = source != null ? source : "medvocab.target:" + TargetSpec.slug(file.getFileName().toString());
    }

    @Override public String name() { return file.toString(); }

    @Override public String source() { return source; }

    @Override public boolean sourceDeclared() { return sourceOverride != null; }

    @Override public String sourceVersion() { return version; }

    @Override public Set<Kind> kindOf(String id) {
        if (!kind.isEmpty()) return kind;
        Set<Kind> k = KindRules.ofPrefix(id);
        return k.isEmpty() ? hierarchy.kindFromAncestors(id) : k;
    }

    private static final class Term {
        String id;
        String name;
        long line;
        boolean obsolete;
        final List<String[]> synonyms = new ArrayList<>(); // text, scope, abbreviation flag, field
    }

    @Override public void read(TargetSink sink) {
        TextLines.check(file);
        try (TextLines in = new TextLines(file, StandardCharsets.UTF_8)) {
            String stanza = null;
            Term term = null;
            boolean header = true;
            String line;
            long lastReport = 0;
            while ((line = in.next()) != null) {
                long n = in.line();
                if ((n & 0x3FF) == 0 && in.bytesRead() - lastReport > (1 << 18)) {
                    lastReport = in.bytesRead();
                    sink.progress(lastReport, in.size());
                }
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("!")) continue;
                if (s.startsWith("[") && s.endsWith("]")) {
                    if (term != null) emit(term, sink);
                    header = false;
                    stanza = s;
                    term = s.equals("[Term]") ? new Term() : null;
                    if (term != null) term.line = n;
                    continue;
                }
                int colon = s.indexOf(':');
                if (colon <= 0) throw new TargetException(name(), n, "expected 'tag: value', found '" + abbreviate(s) + "'");
                String tag = s.substring(0, colon).strip();
                String value = s.substring(colon + 1).strip();
                if (header) {
                    if (tag.equals("data-version") && !value.isEmpty()) version = value;
                    if (tag.equals("ontology") && sourceOverride == null && !value.isEmpty()) {
                        source = "obo:" + value + ".owl";
                    }
                    continue;
                }
                if (term == null) continue; // Typedef, Instance: not linked
                switch (tag) {
                    case "id" -> term.id = value;
                    case "name" -> term.name = unescape(stripTrailing(value));
                    case "is_obsolete" -> term.obsolete = value.startsWith("true");
                    case "synonym", "exact_synonym", "related_synonym", "broad_synonym", "narrow_synonym" ->
                        term.synonyms.add(synonym(tag, value, n));
                    case "is_a" -> {
                        String parent = value.split("[\\s!{]", 2)[0];
                        if (!parent.isEmpty()) term.synonyms.add(new String[] {parent, "is_a", "", ""});
                    }
                    default -> { }
                }
            }
            if (term != null) emit(term, sink);
            sink.progress(in.size(), in.size());
        }
    }

    private void emit(Term t, TargetSink sink) {
        if (t.id == null) throw new TargetException(name(), t.line, "[Term] stanza without an id");
        String id = id(t.id);
        for (String[] syn : t.synonyms) if (syn[1].equals("is_a")) hierarchy.add(id, id(syn[0]));
        if (t.obsolete || id == null) return;
        if (t.name != null && t.name.startsWith("obsolete ")) return;
        Set<Kind> hint = kind.isEmpty() ? KindRules.ofPrefix(id) : kind;
        if (t.name != null && !t.name.isBlank()) {
            sink.label(new TargetLabel(id, t.name, Scope.EXACT, hint, source, LabelRole.PREFERRED, "rdfs:label"));
        }
        for (String[] syn : t.synonyms) {
            if (syn[1].equals("is_a") || syn[0].isBlank()) continue;
            LabelRole role = syn[2].isEmpty() ? LabelRole.SYNONYM : LabelRole.ABBREVIATION;
            sink.label(new TargetLabel(id, syn[0], Scope.valueOf(syn[1]), hint, source, role, syn[3]));
        }
    }

    private String id(String raw) {
        if (raw.startsWith("http://") || raw.startsWith("https://")) return curies.compress(raw);
        int colon = raw.indexOf(':');
        if (colon <= 0) return null;
        return Curies.canonicalPrefix(raw.substring(0, colon)) + raw.substring(colon);
    }

    /** Parses {@code "text" SCOPE [TYPE] [xrefs] {modifiers}}; returns text, scope, abbreviation flag, field. */
    private String[] synonym(String tag, String value, long line) {
        if (value.isEmpty() || value.charAt(0) != '"') {
            throw new TargetException(name(), line, tag + ": the synonym text must be in double quotes");
        }
        int end = -1;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') { end = i; break; }
        }
        if (end < 0) throw new TargetException(name(), line, tag + ": missing closing quote");
        String text = unescape(value.substring(1, end));
        String rest = value.substring(end + 1).strip();
        Scope scope = switch (tag) {
            case "exact_synonym" -> Scope.EXACT;
            case "broad_synonym" -> Scope.BROAD;
            case "narrow_synonym" -> Scope.NARROW;
            case "related_synonym" -> Scope.RELATED;
            default -> null;
        };
        String type = "";
        if (!rest.isEmpty() && rest.charAt(0) != '[' && rest.charAt(0) != '{') {
            String[] words = rest.split("\\s+", 3);
            if (scope == null) {
                try {
                    scope = Scope.parse(words[0]);
                    if (words.length > 1 && !words[1].startsWith("[") && !words[1].startsWith("{")) type = words[1];
                } catch (IllegalArgumentException e) {
                    type = words[0]; // a type without a scope: tolerated, scope RELATED
                }
            } else {
                type = words[0];
            }
        }
        if (scope == null) scope = Scope.RELATED;
        String t = type.toLowerCase(java.util.Locale.ROOT);
        boolean abbreviation = t.equals("omo:0003000") || t.equals("omo:0003012") || t.equals("abbreviation") || t.equals("acronym");
        String field = switch (scope) {
            case EXACT -> "oboInOwl:hasExactSynonym";
            case RELATED -> "oboInOwl:hasRelatedSynonym";
            case BROAD -> "oboInOwl:hasBroadSynonym";
            case NARROW -> "oboInOwl:hasNarrowSynonym";
        };
        return new String[] {text, scope.name(), abbreviation ? "y" : "", field};
    }

    /** Drops trailing {@code {modifiers}} and {@code ! comments} of a tag value. */
    private static String stripTrailing(String v) {
        String s = v;
        int bang = s.indexOf(" !");
        if (bang > 0) s = s.substring(0, bang);
        if (s.endsWith("}")) {
            int brace = s.lastIndexOf(" {");
            if (brace > 0) s = s.substring(0, brace);
        }
        return s.strip();
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(switch (d) {
                    case 'n' -> ' ';
                    case 't' -> ' ';
                    case 'W' -> ' ';
                    default -> d;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) { return s.length() > 60 ? s.substring(0, 57) + "..." : s; }
}

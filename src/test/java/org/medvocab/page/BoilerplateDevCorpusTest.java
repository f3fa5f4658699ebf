package org.medvocab.page;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medvocab.extract.Chrome;
import org.medvocab.extract.Line;
import org.medvocab.extract.Nlp;

/**
 * Measures, on the development pages 02–54 of ../shared/dev-corpus (never the held-out 55–63), how
 * many of the lines the phrase rules of {@link Chrome} call chrome the generic classifier also
 * leaves out of the content (as chrome or as a marker). Prints the figures and the misses.
 */
class BoilerplateDevCorpusTest {
    private static final Path CORPUS = Path.of("../shared/dev-corpus");
    private static final int LAST_DEV_PAGE = 54;

    static List<Path> devPages() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.txt"))
                    .filter(p -> Integer.parseInt(p.getFileName().toString().substring(0, 2)) <= LAST_DEV_PAGE)
                    .sorted().toList();
        }
    }

    static Boilerplate tagged() {
        return new Boilerplate(text -> Nlp.get().analyse(text, 0).tokens().stream()
                .anyMatch(t -> t.is("VERB") || t.is("AUX")));
    }

    @Test
    void flagsMostOfWhatThePhraseRulesFlag() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "needs ../shared/dev-corpus");
        Boilerplate classifier = tagged();
        int chromeLines = 0;
        int alsoFlagged = 0;
        int flaggedChars = 0;
        int contentChars = 0;
        List<String> misses = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Path file : devPages()) {
            String text = Files.readString(file);
            Page page = PlainTextSegmenter.segment(text);
            List<Boilerplate.Verdict> verdicts = classifier.classify(page);
            for (Line line : Line.split(text)) {
                if (line.blank() || !Chrome.isChrome(line.text())) {
                    continue;
                }
                chromeLines++;
                Boilerplate.Verdict v = covering(verdicts, line);
                if (v == null || v.role() != Boilerplate.Role.CONTENT) {
                    alsoFlagged++;
                } else {
                    misses.add(file.getFileName() + ": " + line.text() + "  [" + v.reason() + "]");
                }
            }
            for (Boilerplate.Verdict v : verdicts) {
                int len = v.block().end() - v.block().start();
                if (v.role() == Boilerplate.Role.CHROME) {
                    flaggedChars += len;
                    boolean phraseChrome = Line.split(v.block().text()).stream().anyMatch(l -> Chrome.isChrome(l.text()));
                    if (!phraseChrome) {
                        extra.add(file.getFileName() + ": " + cut(v.block().text()) + "  [" + v.reason() + "]");
                    }
                } else {
                    contentChars += len;
                }
            }
        }
        double coverage = alsoFlagged / (double) chromeLines;
        System.out.printf(Locale.ROOT, "Boilerplate vs Chrome phrase rules on dev pages 02-%d: %d of %d Chrome lines "
                + "also flagged (%.2f); %d chars chrome, %d chars content/marker%n",
                LAST_DEV_PAGE, alsoFlagged, chromeLines, coverage, flaggedChars, contentChars);
        misses.forEach(m -> System.out.println("  missed: " + m));
        extra.forEach(m -> System.out.println("  extra chrome: " + m));
        assertTrue(coverage >= 0.75, "coverage " + coverage);
    }

    private static String cut(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    private static Boilerplate.Verdict covering(List<Boilerplate.Verdict> verdicts, Line line) {
        for (Boilerplate.Verdict v : verdicts) {
            if (v.block().start() <= line.start() && line.start() < Math.max(v.block().end(), v.block().start() + 1)) {
                return v;
            }
        }
        return null; // the segmenter dropped it (an "[edit]" line, template markup)
    }
}

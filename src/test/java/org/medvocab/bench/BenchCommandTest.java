package org.medvocab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medvocab.CliRun;

/** {@code medvocab bench --quick} runs every row of the scale table in child JVMs and prints each (no timing asserted). */
class BenchCommandTest {
    @TempDir Path tmp;

    @Test void quickPrintsEveryRow() throws Exception {
        CliRun r = CliRun.run("bench", "--quick", "--work", tmp.toString());
        String out = r.out();
        for (String work : List.of("convert 20 pages", "convert 60 pages", "validate 1000 concepts", "validate 3000 concepts",
            "load 1000 concepts", "authenticated write of one concept", "query time limit 2 s", "SPARQL mix", "link 300 concepts against 20000 labels")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith("| " + work) && !l.contains("failed")), work + " row missing or failed:\n" + out + r.err());
        }
        assertEquals(0, r.status(), r.err());
        // rows with a reference tool print the reference time and the ratio
        assertTrue(out.lines().filter(l -> l.matches(".*\\| \\d+\\.\\d\\d× \\|.*")).count() >= 3, out);
        assertTrue(Files.exists(tmp.resolve("pages-20")));
    }

    /** The validate rows run with the options the launcher gives {@code medvocab validate}, and the launcher says so. */
    @Test void theValidateRowsUseTheLaunchersOptions() throws Exception {
        String launcher = Files.readString(Path.of("medvocab"));
        String branch = launcher.substring(launcher.indexOf("if [ \"${1:-}\" = validate ]; then"));
        branch = branch.substring(0, branch.indexOf("fi"));
        assertTrue(branch.contains("jvm=(" + String.join(" ", BenchOperation.VALIDATE_JVM) + ")"), branch);
        assertTrue(branch.contains("heap=\n"), "validate gets the JVM's default heap: " + branch);
    }

    /**
     * Small inputs of {@code validate} run on the client compiler alone, in the launcher and in the bench alike: the
     * launcher's own {@code small_input} function, run by bash on real files, draws the line where the bench does.
     */
    @Test void smallValidateInputsRunOnTheClientCompiler() throws Exception {
        String launcher = Files.readString(Path.of("medvocab"));
        String branch = launcher.substring(launcher.indexOf("if [ \"${1:-}\" = validate ]; then"));
        assertTrue(branch.contains("small_input \"${@:2}\" && jvm+=(" + BenchOperation.CLIENT_COMPILER + ")"), branch);
        String function = launcher.substring(launcher.indexOf("small_input() {"));
        function = function.substring(0, function.indexOf("\n}\n") + 3);
        Path small = Files.writeString(tmp.resolve("small.nt"), "<urn:a> <urn:b> <urn:c> .\n");
        Path big = tmp.resolve("big.nt");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(BenchOperation.CLIENT_COMPILER_LIMIT); // sparse: no disk used
        }
        assertEquals(0, smallInput(function, small.toString(), "--format", "text"), "one small file");
        assertEquals(1, smallInput(function, big.toString()), "a file at the limit");
        assertEquals(1, smallInput(function, small.toString(), big.toString()), "the files add up");
        assertTrue(BenchOperation.validateJvm(Files.size(small)).contains(BenchOperation.CLIENT_COMPILER));
        assertTrue(!BenchOperation.validateJvm(Files.size(big)).contains(BenchOperation.CLIENT_COMPILER));
        assertEquals(Files.size(small) + Files.size(big), BenchOperation.inputBytes(List.of(small.toString(), "--x", big.toString())));
    }

    private static int smallInput(String function, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", "-c", function + "\nsmall_input \"$@\"", "small_input"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    /** The convert rows run with the options the launcher gives {@code medvocab convert} (serial collector, a 700 MB heap). */
    @Test void theConvertRowsUseTheLaunchersOptions() throws Exception {
        String launcher = Files.readString(Path.of("medvocab"));
        String branch = launcher.substring(launcher.indexOf("if [ \"${1:-}\" = convert ]; then"));
        branch = branch.substring(0, branch.indexOf("fi"));
        assertTrue(branch.contains("heap=" + BenchOperation.CONVERT_HEAP + "\n"), branch);
        assertTrue(branch.contains("jvm=(-XX:+UseSerialGC)"), branch);
        assertTrue(launcher.contains("jvm=(-XX:+UseG1GC "), "G1 for the other commands");
        assertTrue(BenchOperation.CONVERT_JVM.containsAll(List.of("-XX:+UseSerialGC", BenchOperation.CONVERT_HEAP)));
    }

    @Test void generatorsAreSeeded() throws Exception {
        SyntheticPages.write(tmp.resolve("a"), 4, 1);
        SyntheticPages.write(tmp.resolve("b"), 4, 1);
        for (String f : List.of("000000-encyclopedia.txt", "000001-dictionary.txt")) {
            assertEquals(-1, Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f)));
            assertTrue(Files.size(tmp.resolve("a").resolve(f)) > 1500, "a real-sized page");
        }
        long n = SyntheticVocabulary.write(tmp.resolve("v.nt"), 200, 3);
        SyntheticVocabulary.write(tmp.resolve("w.nt"), 200, 3);
        assertEquals(-1, Files.mismatch(tmp.resolve("v.nt"), tmp.resolve("w.nt")));
        assertTrue(n > 200 * 10, "labels, definitions, hierarchy and relations: " + n);
        var v = org.medvocab.validate.Validator.validate(org.medvocab.export.Exporter.read(tmp.resolve("v.nt")).graph());
        assertTrue(v.conforms(), v.summary());
    }
}

package org.medvocab.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Two small documents written for the release tests: a dictionary page and an article. */
public final class ReleaseFixtures {
    private ReleaseFixtures() {}

    public static final String DICTIONARY = """
        gadget pump
        a device that drives a metered flow of fluid through a narrow line into a vein.

        (gaj-it pump)
        A bedside apparatus that delivers small amounts of liquid drug into the bloodstream at an even pace.

        pocket gadget pump
        a device worn on a strap so that the patient can move around while a drip runs.
        """;

    public static final String ARTICLE = """
        # Flap valve

        A flap valve is a one-way valve that lets urine leave a collection bag but stops it running back. It is used in patients with urinary retention.

        ## Risks and complications

        A stuck flap valve may cause bladder spasm and leakage around the tube.
        """;

    /** Writes both documents into {@code dir} (created). */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("gadget-pump.txt"), DICTIONARY, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("flap-valve.md"), ARTICLE, StandardCharsets.UTF_8);
        return dir;
    }
}

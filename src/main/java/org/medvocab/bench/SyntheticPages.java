package org.medvocab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.medvocab.extract.TopClass;

/**
 * Benchmark pages in the two layouts the converter reads, about 2.5 KB each like the real ones: even pages are
 * encyclopedia articles (title, lead, sections with edit links, "See also" list, navigation footer), odd pages are
 * dictionary pages (several definitions of a headword, numbered senses, run-in sub-entries with cross-references).
 * Each page is about a term of its own and names terms from a pool that grows with the number of pages, so the
 * vocabulary grows with the corpus as it does for real documents. The sentences are written for this generator; the
 * output is seeded and the same for the same arguments.
 */
public final class SyntheticPages {
    private SyntheticPages() {}

    /** Writes {@code n} pages into {@code dir} (created if missing); returns the folder. */
    public static Path write(Path dir, int n, long seed) {
        try {
            Files.createDirectories(dir);
            long pool = 3L * n + 60;
            for (int i = 0; i < n; i++) {
                Random r = new Random(seed * 31 + i);
                String name = String.format(Locale.ROOT, "%06d-%s.txt", i, i % 2 == 0 ? "encyclopedia" : "dictionary");
                String text = i % 2 == 0 ? encyclopedia(i, pool, r) : dictionary(i, pool, r);
                Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A term of the pool of the given kind. */
    private static String pick(Random r, long pool, TopClass kind) {
        long i = kind.ordinal() + (long) SyntheticText.KINDS.length * r.nextInt((int) (pool / SyntheticText.KINDS.length));
        return SyntheticText.term(i);
    }

    private static long topic(int page, TopClass kind) {
        return (long) page * SyntheticText.KINDS.length + kind.ordinal();
    }

    static String encyclopedia(int page, long pool, Random r) {
        long t = topic(page, TopClass.DEVICE);
        String term = SyntheticText.term(t), title = SyntheticText.capitalised(term), abbr = SyntheticText.abbreviation(t);
        StringBuilder sb = new StringBuilder(2600);
        sb.append(title).append("\n\nFrom the Synthetic Reference Encyclopedia\n\n");
        sb.append(title).append(" is a temporary ").append(pick(r, pool, TopClass.DEVICE)).append(" that supports the ")
            .append(pick(r, pool, TopClass.ANATOMY)).append(" of patients whose circulation is failing. It is a type of ")
            .append(pick(r, pool, TopClass.PROCEDURE)).append(" that works in step with the heartbeat. The ").append(term)
            .append(" (").append(abbr).append(") came into clinical use several decades ago and is still widely available.\n\n");
        sb.append("Overview[edit | edit source]\n\n");
        sb.append("It is inserted into the ").append(pick(r, pool, TopClass.ANATOMY)).append(" and then advanced into the ")
            .append(pick(r, pool, TopClass.ANATOMY)).append(", so that its tip rests close to the ").append(pick(r, pool, TopClass.ANATOMY))
            .append(". Placement is usually done at the bedside and is checked with imaging. Support can last from a few hours to several days.\n\n");
        sb.append("Mechanism of Action[edit | edit source]\n\n");
        sb.append("The system consists of a ").append(pick(r, pool, TopClass.DEVICE)).append(" and a ").append(pick(r, pool, TopClass.DEVICE))
            .append(". A light gas is moved in and out of a chamber at the start of each cycle. It acts through ")
            .append(pick(r, pool, TopClass.MECHANISM)).append(", which improves blood flow to the ").append(pick(r, pool, TopClass.ANATOMY))
            .append(" and lowers the work of the heart. Timing is taken from the electrical trace of the heart.\n\n");
        sb.append("Indications[edit | edit source]\n\n");
        sb.append("It is indicated for use in patients with ").append(pick(r, pool, TopClass.CONDITION)).append(" or in patients undergoing ")
            .append(pick(r, pool, TopClass.PROCEDURE)).append(". Other uses include ").append(pick(r, pool, TopClass.CONDITION)).append(", ")
            .append(pick(r, pool, TopClass.CONDITION)).append(" and ").append(pick(r, pool, TopClass.CONDITION))
            .append(". Large trials have not shown a clear benefit, so routine use has declined. It should not be used in patients with ")
            .append(pick(r, pool, TopClass.CONDITION)).append(".\n\n");
        sb.append("Risks and Complications[edit | edit source]\n\n");
        sb.append("Most problems come from the large tube in the vessels. These may include ").append(pick(r, pool, TopClass.CONDITION))
            .append(", ").append(pick(r, pool, TopClass.CONDITION)).append(", ").append(pick(r, pool, TopClass.CONDITION)).append(", and ")
            .append(pick(r, pool, TopClass.CONDITION)).append(". The device may also cause ").append(pick(r, pool, TopClass.CONDITION))
            .append(". A leak of the chamber is rare but can release gas into the blood.\n\n");
        sb.append("Treatment is given with ").append(pick(r, pool, TopClass.SUBSTANCE)).append(" to prevent clots.").append("\n\n");
        sb.append("See Also[edit | edit source]\n\n- ").append(SyntheticText.capitalised(pick(r, pool, TopClass.DEVICE)))
            .append("\n- ").append(SyntheticText.capitalised(pick(r, pool, TopClass.PROCEDURE))).append("\n\n");
        sb.append("Navigation: Home - Encyclopedia - Topics - Index\nSearch the encyclopedia\n");
        return sb.toString();
    }

    static String dictionary(int page, long pool, Random r) {
        long t = topic(page, TopClass.DEVICE);
        String head = SyntheticText.term(t);
        StringBuilder sb = new StringBuilder(2600);
        sb.append(head).append("\n\n");
        sb.append("a ").append(pick(r, pool, TopClass.DEVICE)).append(" that drives a fluid into a ").append(pick(r, pool, TopClass.ANATOMY))
            .append(" at a rate chosen by the user, usually with alarms that warn of a blocked line.\n\n");
        sb.append("A machine that pushes solutions through tubing into a patient at a fixed, programmable speed.\n\n");
        sb.append("A device for giving fluid or drugs in measured volumes over many hours; a wrong rate can cause ")
            .append(pick(r, pool, TopClass.CONDITION)).append(". Cf ").append(pick(r, pool, TopClass.DEVICE)).append(".\n\n");
        sb.append("1. an apparatus for moving a liquid or a gas from one place to another by suction or by pressure.\n");
        sb.append("2. to move a liquid with such an apparatus, or to force it in or out by repeated strokes.\n");
        sb.append("3. a structure in a cell membrane that carries ions across the membrane, using energy taken from ")
            .append(pick(r, pool, TopClass.SUBSTANCE)).append(".\n\n");
        for (int k = 0; k < 7; k++) {
            long sub = topic(page, TopClass.DEVICE) + (long) SyntheticText.KINDS.length * (pool / SyntheticText.KINDS.length) + 7L * page + k;
            sb.append(SyntheticText.term(sub)).append('\n');
            sb.append(switch (k % 3) {
                case 0 -> "a " + pick(r, pool, TopClass.DEVICE) + " placed in the " + pick(r, pool, TopClass.ANATOMY)
                    + " and filled in time with the heartbeat to assist the " + pick(r, pool, TopClass.ANATOMY) + ". See also "
                    + pick(r, pool, TopClass.PROCEDURE) + ".";
                case 1 -> "the transport " + pick(r, pool, TopClass.MECHANISM) + ", powered by the breakdown of "
                    + pick(r, pool, TopClass.SUBSTANCE) + ", that carries ions out of the cell after a muscle fibre has contracted.";
                default -> "an apparatus for emptying the " + pick(r, pool, TopClass.ANATOMY) + ", as after swallowing a poison. It consists of a "
                    + pick(r, pool, TopClass.DEVICE) + " to which a suction bulb is attached. See " + pick(r, pool, TopClass.PROCEDURE) + ".";
            }).append('\n');
        }
        return sb.toString();
    }
}

package org.medvocab.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long step on standard error, the one helper every command uses. On a terminal it is a progress bar
 * redrawn in place; otherwise (a CI log, a pipe, a file) it is a plain line now and then ({@link #INTERVAL_MILLIS}) and
 * one at the end, never cut and without carriage returns. {@code MEDVOCAB_PROGRESS=bar|lines|none} overrides the
 * choice.
 *
 * <pre>{@code
 * try (Progress p = Progress.start("convert", "documents", n, quiet)) {
 *     for (...) { ...; p.step(); }
 * }
 * }</pre>
 */
public abstract class Progress implements AutoCloseable {

    /** Plain lines are at least this far apart (the last one is always printed). */
    static final long INTERVAL_MILLIS = 5000;

    /** Environment variable that overrides the terminal check: bar, lines or none. */
    public static final String ENV = "MEDVOCAB_PROGRESS";

    /**
     * Starts reporting.
     *
     * @param task  what is done ("convert", "link foiclass.txt"), printed after "medvocab "
     * @param unit  what is counted ("documents", "KiB")
     * @param max   the total, or -1 when unknown
     * @param quiet no output at all
     */
    public static Progress start(String task, String unit, long max, boolean quiet) {
        String mode = quiet ? "none" : System.getenv().getOrDefault(ENV, stderrIsTerminal() ? "bar" : "lines");
        return switch (mode) {
            case "none" -> new None();
            case "bar" -> new Bar(task, unit, max);
            default -> new Lines(task, unit, max, System.err, INTERVAL_MILLIS);
        };
    }

    /** Sets the total (-1: unknown). */
    public abstract void max(long max);

    /** Sets how much is done. */
    public abstract void stepTo(long done);

    /** One more done. */
    public abstract void step();

    /** A short note after the counts ("1200 labels, 30 candidates"). */
    public abstract void extra(String message);

    /** Prints the last state (plain lines) or finishes the bar. */
    @Override public abstract void close();

    /**
     * Whether standard error is a terminal. Java has no direct test, so: on Linux the file behind descriptor 2 is a
     * tty or pts device; elsewhere, a console exists (standard input and output are terminals).
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }

    private static final class None extends Progress {
        @Override public void max(long max) {}
        @Override public void stepTo(long done) {}
        @Override public void step() {}
        @Override public void extra(String message) {}
        @Override public void close() {}
    }

    private static final class Bar extends Progress {
        private final ProgressBar bar;

        Bar(String task, String unit, long max) {
            ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate();
            if (!unit.isEmpty() && !"documents".equals(unit)) b.setUnit(" " + unit, 1);
            bar = b.build();
        }

        @Override public void max(long max) { bar.maxHint(max); }
        @Override public void stepTo(long done) { bar.stepTo(done); }
        @Override public void step() { bar.step(); }
        @Override public void extra(String message) { bar.setExtraMessage(message); }
        @Override public void close() { bar.close(); }
    }

    /** Plain lines: "medvocab convert: 7/13 documents (54%), 12 s". */
    static final class Lines extends Progress {
        private final String task;
        private final String unit;
        private final PrintStream out;
        private final long interval;
        private final long start = System.nanoTime();
        private long max;
        private long done;
        private String extra = "";
        private long lastPrint = Long.MIN_VALUE;
        private boolean closed;

        Lines(String task, String unit, long max, PrintStream out, long intervalMillis) {
            this.task = task;
            this.unit = unit;
            this.max = max;
            this.out = out;
            this.interval = intervalMillis * 1_000_000L;
        }

        @Override public synchronized void max(long m) { max = m; }

        @Override public synchronized void stepTo(long d) {
            done = d;
            maybePrint();
        }

        @Override public synchronized void step() { stepTo(done + 1); }

        @Override public synchronized void extra(String message) { extra = message == null ? "" : message; }

        @Override public synchronized void close() {
            if (closed) return;
            closed = true;
            print("done, ");
        }

        private void maybePrint() {
            long now = System.nanoTime();
            if (lastPrint != Long.MIN_VALUE && now - lastPrint < interval) return;
            lastPrint = now;
            print("");
        }

        private void print(String prefix) {
            String counts = max > 0
                ? String.format(Locale.ROOT, "%d/%d %s (%d%%)", done, max, unit, Math.min(100, done * 100 / max))
                : done + " " + unit;
            out.printf(Locale.ROOT, "medvocab %s: %s%s, %.0f s%s%n", task, prefix, counts, (System.nanoTime() - start) / 1e9,
                extra.isEmpty() ? "" : "; " + extra);
            out.flush();
        }
    }
}

package org.emogap.llm;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A run's progress on a terminal: done/total, rate, ETA, failures and spend. On an interactive
 * terminal one line is rewritten in place at most 5 times a second; in a log (no console, e.g. CI or
 * nohup) a new line at most every 10 s, so a night's log stays readable. The last state is always
 * printed when it closes.
 */
public final class TerminalProgress implements RunListener, AutoCloseable {
    private final PrintStream out;
    private final String label;
    private final boolean interactive;
    private final long start = System.nanoTime();
    private long lastPrint;
    private long done, total, failed;
    private double spend;

    public TerminalProgress(PrintStream out, String label) {
        this(out, label, System.console() != null);
    }

    TerminalProgress(PrintStream out, String label, boolean interactive) {
        this.out = out;
        this.label = label;
        this.interactive = interactive;
    }

    @Override public synchronized void sampleStored(long done, long total, long failed, double spendUsd) {
        this.done = done;
        this.total = total;
        this.failed = failed;
        this.spend = spendUsd;
        long now = System.nanoTime();
        if (now - lastPrint >= (interactive ? 200_000_000L : 10_000_000_000L) || done == total) {
            lastPrint = now;
            print(false);
        }
    }

    /** The line as it stands: {@code label: 120/400 (30%), 4.2/s, ETA 1m07s, 3 failed, $0.0123}. */
    public synchronized String line() {
        double secs = (System.nanoTime() - start) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        String eta = rate > 0 && total > done ? duration((total - done) / rate) : total > done ? "?" : "0s";
        return String.format(Locale.ROOT, "%s: %,d/%,d (%.0f%%), %.1f/s, ETA %s, %,d failed, $%.4f", label, done, total,
                total == 0 ? 100.0 : 100.0 * done / total, rate, eta, failed, spend);
    }

    static String duration(double s) {
        long t = Math.round(s);
        if (t >= 3600) return String.format(Locale.ROOT, "%dh%02dm", t / 3600, t / 60 % 60);
        if (t >= 60) return String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60);
        return t + "s";
    }

    private void print(boolean last) {
        if (interactive) out.print("\r" + line() + (last ? "\n" : ""));
        else out.println(line());
        out.flush();
    }

    @Override public synchronized void close() {
        print(true);
    }
}

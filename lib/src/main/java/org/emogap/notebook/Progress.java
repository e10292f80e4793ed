package org.emogap.notebook;

import org.emogap.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A progress bar for long work: done/total, rate, ETA and optional extra facts (errors, spend).
 * Under a kernel it is one display that updates in place (at most a few times a second); in text
 * mode it prints a line every 10%. When {@code EMOGAP_PROGRESS_FILE} is set, the same line also
 * goes to that file for the terminal of {@code environment/run-notebooks}. Thread-safe: workers
 * call {@link #advance} concurrently.
 */
public final class Progress implements AutoCloseable {
    private static final long MIN_UPDATE_NANOS = 250_000_000L;

    private final String label;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final String displayId;
    private long done;
    private long lastUpdate, lastFileUpdate;
    private int lastTextDecile = -1;
    private String extra = "";
    private boolean closed;

    private Progress(String label, long total) {
        if (total < 0) throw new IllegalArgumentException("total is " + total + ", must be >= 0");
        this.label = label;
        this.total = total;
        this.displayId = Show.rich() ? Show.bundle(render()) : null;
        if (displayId == null) refresh(false); // the text form starts with a 0% line
    }

    /** Starts a bar for {@code total} units of work. */
    public static Progress start(String label, long total) {
        return new Progress(label, total);
    }

    /** Records {@code n} more units done. */
    public synchronized void advance(long n) {
        done += n;
        refresh(false);
    }

    /** Sets a short note shown after the counts, e.g. "errors 3 · $0.41". */
    public synchronized void note(String note) {
        extra = note == null ? "" : note;
        refresh(false);
    }

    public synchronized long done() {
        return done;
    }

    /** Shows the final state. */
    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        refresh(true);
    }

    private void refresh(boolean force) {
        long now = System.nanoTime();
        if (force || now - lastFileUpdate >= MIN_UPDATE_NANOS || done >= total) {
            lastFileUpdate = now;
            toProgressFile(plain());
        }
        if (displayId != null) {
            if (force || now - lastUpdate >= MIN_UPDATE_NANOS || done >= total) {
                lastUpdate = now;
                Show.sink().update(displayId, render());
            }
        } else {
            int decile = total == 0 ? 10 : (int) Math.min(10, 10 * done / total);
            if (force || decile > lastTextDecile) {
                lastTextDecile = decile;
                Show.out().println(plain());
            }
        }
    }

    /**
     * Also writes the line for a terminal: when {@code EMOGAP_PROGRESS_FILE} names a file (the
     * notebook runner sets it), the current line replaces its content, so {@code run-notebooks}
     * can show the same progress in place while the notebook runs. A failure to write is ignored:
     * progress must never stop the work.
     */
    private static void toProgressFile(String line) {
        String f = Project.setting("EMOGAP_PROGRESS_FILE", null);
        if (f == null) return;
        try {
            Path target = Path.of(f), tmp = Path.of(f + ".tmp");
            Files.writeString(tmp, line + "\n");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // the terminal misses one update; the notebook shows it anyway
        }
    }

    String plain() {
        double secs = (System.nanoTime() - startNanos) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        String eta = rate > 0 && done < total ? " · ETA " + format(Duration.ofMillis((long) ((total - done) / rate * 1000))) : "";
        return String.format(Locale.ROOT, "%s: %d/%d (%.0f%%) · %.1f/s · %s%s%s", label, done, total,
                total == 0 ? 100.0 : 100.0 * done / total, rate, format(Duration.ofMillis((long) (secs * 1000))), eta,
                extra.isEmpty() ? "" : " · " + extra);
    }

    private Map<String, String> render() {
        String text = plain();
        String html = String.format(Locale.ROOT,
                "<div style=\"font-family:monospace\"><progress value=\"%d\" max=\"%d\" style=\"width:40%%\"></progress> %s</div>",
                done, Math.max(total, 1), Html.escape(text));
        Map<String, String> b = new LinkedHashMap<>();
        b.put("text/plain", text);
        b.put("text/html", html);
        return b;
    }

    private static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}

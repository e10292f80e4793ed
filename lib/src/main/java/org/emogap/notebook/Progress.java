package org.emogap.notebook;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A progress bar for long work: done/total, rate, ETA and optional extra facts (errors, spend).
 * Under a kernel it is one display that updates in place (at most a few times a second); in text
 * mode it prints a line every 10%. Thread-safe: workers call {@link #advance} concurrently.
 */
public final class Progress implements AutoCloseable {
    private static final long MIN_UPDATE_NANOS = 250_000_000L;

    private final String label;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final String displayId;
    private long done;
    private long lastUpdate;
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

package org.emogap.notebook;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What notebook cells call to show things. Under a Jupyter kernel the output is rich (HTML
 * tables, inline plotly charts, progress bars that update in place); with no kernel (plain
 * JShell, a unit test) the text form is printed, so the same cell works everywhere.
 */
public final class Show {
    private static volatile DisplaySink sink;

    private Show() {}

    /** Installs the kernel's display channel (called by emogap's kernel at start-up). */
    public static void install(DisplaySink kernelSink) {
        sink = kernelSink;
    }

    /** The active sink, or null when output falls back to text. */
    static DisplaySink sink() {
        DisplaySink s = sink;
        if (s == null) {
            s = ForeignKernels.find();
            if (s != null) sink = s;
        }
        return s;
    }

    /** True when a kernel displays rich output. */
    public static boolean rich() {
        return sink() != null;
    }

    /** Shows a MIME bundle; must contain {@code text/plain}. Returns the display id (or null in text mode). */
    public static String bundle(Map<String, String> bundle) {
        Objects.requireNonNull(bundle.get("text/plain"), "a display bundle needs a text/plain entry");
        DisplaySink s = sink();
        if (s == null) {
            out().println(bundle.get("text/plain"));
            return null;
        }
        return s.display(bundle);
    }

    /**
     * Replaces an earlier display (by the id {@link #bundle} returned) with a new bundle; without
     * a kernel the new text is printed.
     */
    public static void update(String displayId, Map<String, String> bundle) {
        Objects.requireNonNull(bundle.get("text/plain"), "a display bundle needs a text/plain entry");
        DisplaySink s = sink();
        if (s == null || displayId == null) {
            out().println(bundle.get("text/plain"));
            return;
        }
        s.update(displayId, bundle);
    }

    /** Shows HTML, with a plain-text alternative for consoles. */
    public static String html(String html, String plainText) {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("text/plain", plainText);
        b.put("text/html", html);
        return bundle(b);
    }

    /** Shows text as is. */
    public static void text(String text) {
        bundle(Map.of("text/plain", text));
    }

    /** Shows Markdown (rendered by Jupyter), falling back to the source text. */
    public static void markdown(String markdown) {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("text/plain", markdown);
        b.put("text/markdown", markdown);
        bundle(b);
    }

    /** Shows a Tablesaw table as HTML (first and last rows of a large one, with the row count). */
    public static void table(tech.tablesaw.api.Table table) {
        bundle(TableHtml.bundle(table, TableHtml.DEFAULT_MAX_ROWS));
    }

    /** Shows a table with up to {@code maxRows} rows before it is cut to its first and last rows. */
    public static void table(tech.tablesaw.api.Table table, int maxRows) {
        if (maxRows < 2) throw new IllegalArgumentException("maxRows is " + maxRows + ", must be >= 2");
        bundle(TableHtml.bundle(table, maxRows));
    }

    /** Shows a tablesaw-jsplot figure as an inline plotly chart (its title as text without a kernel). */
    public static void chart(tech.tablesaw.plotly.components.Figure figure) {
        if (sink() == null) {
            Map<String, String> b = new LinkedHashMap<>();
            b.put("text/plain", "chart: " + (figure.getLayout() == null ? "" : figure.getLayout().getTitle()));
            bundle(b);
            return;
        }
        bundle(PlotlyHtml.bundle(figure));
    }

    static PrintStream out() {
        return System.out;
    }
}

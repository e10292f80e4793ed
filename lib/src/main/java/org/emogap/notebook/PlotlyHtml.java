package org.emogap.notebook;

import org.emogap.Project;
import tech.tablesaw.plotly.components.Figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Inline plotly charts for tablesaw-jsplot figures. plotly.js 2.35.3 is read from a local file
 * and embedded in the first chart of a kernel session, never fetched from a CDN. Jupyter's pages
 * (live and nbconvert) load requirejs, and plotly's UMD wrapper then registers as an AMD module
 * and leaves {@code window.Plotly} undefined, so the library is evaluated with {@code define},
 * {@code module} and {@code exports} hidden.
 */
public final class PlotlyHtml {
    /** The plotly.js release Tablesaw 0.44's figures are drawn with (3.x drops their titles). */
    public static final String PLOTLY_VERSION = "2.35.3";

    private static final AtomicBoolean PLOTLY_EMBEDDED = new AtomicBoolean();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private PlotlyHtml() {}

    static Map<String, String> bundle(Figure figure) {
        // Tablesaw turns the id into a JavaScript variable name: letters, digits and _ only
        String id = "emogap_chart_" + Long.toHexString(System.nanoTime()) + "_" + COUNTER.incrementAndGet();
        StringBuilder html = new StringBuilder();
        if (!PLOTLY_EMBEDDED.getAndSet(true)) {
            try {
                html.append(plotlyScript());
            } catch (RuntimeException e) {
                PLOTLY_EMBEDDED.set(false);
                throw e;
            }
        }
        html.append("<div id=\"").append(id).append("\" class=\"emogap-chart\"></div>\n");
        // Tablesaw's script finds the div by id and calls Plotly.newPlot
        html.append(figure.asJavascript(id));
        Map<String, String> b = new LinkedHashMap<>();
        b.put("text/plain", "chart: " + title(figure));
        b.put("text/html", html.toString());
        return b;
    }

    /** Forgets that plotly.js was embedded (a new kernel session, or a test). */
    public static void resetSession() {
        PLOTLY_EMBEDDED.set(false);
    }

    private static String title(Figure f) {
        String t = f.getLayout() == null ? null : f.getLayout().getTitle();
        return t == null || t.isBlank() ? "(untitled)" : t;
    }

    static String plotlyScript() {
        Path file = plotlyFile();
        String js;
        try {
            js = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plotly.js at " + file + ": " + e.getMessage(), e);
        }
        if (!js.contains(PLOTLY_VERSION)) {
            throw new IllegalStateException(file + " is not plotly.js " + PLOTLY_VERSION
                    + " (Tablesaw's titles need 2.x): run environment/setup to install the pinned version");
        }
        // "</script" inside the library would end the tag early
        js = js.replace("</script", "<\\/script");
        return "<script type=\"text/javascript\">(function(define, module, exports) {\n" + js
                + "\n}).call(window, undefined, undefined, undefined);</script>\n";
    }

    /**
     * The plotly.js file: system property {@code emogap.plotly.js} or env {@code EMOGAP_PLOTLY_JS},
     * else {@code environment/vendor/plotly.min.js} under the project (put there by the setup script).
     */
    static Path plotlyFile() {
        String configured = Project.setting("EMOGAP_PLOTLY_JS", null);
        Path p = configured != null ? Path.of(configured)
                : Project.root().resolve("environment").resolve("vendor").resolve("plotly.min.js");
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("plotly.js " + PLOTLY_VERSION + " not found at " + p
                    + ": run environment/setup (it installs the npm package plotly.js-dist-min@" + PLOTLY_VERSION
                    + ") or set EMOGAP_PLOTLY_JS to a local copy of plotly.min.js");
        }
        return p;
    }
}

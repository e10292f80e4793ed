package org.emogap.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.emogap.Project;
import org.emogap.data.CoreSet;
import org.emogap.findings.ResultRows;
import org.emogap.io.AtomicFiles;
import org.emogap.io.TextLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code results/html/index.html}: every executed notebook in order with its run time and its
 * one-line purpose (the title of its first cell), the findings table of notebook 09, and the
 * run's settings (the banner: data sources, core sets, mode, seed, annotators). Plain HTML with
 * inline style and relative links, so it works offline from the file system.
 */
public final class IndexPage {
    private IndexPage() {}

    /** Writes {@code index.html} into the folder of executed notebooks; {@code timings} is a name TAB seconds file (may be absent). */
    public static Path write(Path htmlDir, Path timings, Path notebooksDir) {
        Map<String, String> seconds = new LinkedHashMap<>();
        if (timings != null && Files.isRegularFile(timings)) {
            TextLines.forEach(timings, (n, line) -> {
                String[] f = line.split("\\t");
                if (f.length == 2) seconds.put(f[0], f[1]);
            });
        }
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>emogap: executed notebooks</title><style>"
                + "body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top;font-size:14px}th{background:#f3f3f3}"
                + "code{background:#f3f3f3;padding:0 3px}.supported{color:#176317}.contradicted{color:#a01818}.nt{color:#666}</style></head><body>");
        h.append("<h1>emogap: executed notebooks</h1>");
        h.append("<h2>This run</h2>").append(Html.markdownLite(Banner.markdown()));
        Path ebCore = CoreSet.defaultPath("emobank");
        if (Files.isRegularFile(ebCore)) h.append(String.format(Locale.ROOT, "<p>EmoBank core set: %,d texts.</p>", CoreSet.read(ebCore).size()));
        h.append("<h2>Notebooks</h2><table><tr><th>notebook</th><th>what it does</th><th>run time</th></tr>");
        for (Path page : pages(htmlDir, notebooksDir)) {
            String name = page.getFileName().toString().replaceFirst("\\.html$", "");
            h.append("<tr><td><a href=\"").append(Html.escape(page.getFileName().toString())).append("\">").append(Html.escape(name)).append("</a></td><td>")
                    .append(Html.escape(purpose(notebooksDir.resolve(name + ".ipynb")))).append("</td><td>")
                    .append(seconds.containsKey(name) ? seconds.get(name) + " s" : "—").append("</td></tr>");
        }
        h.append("</table>");
        ResultRows findings = ResultRows.read(Project.results().resolve("findings.csv"));
        h.append("<h2>Findings</h2>");
        if (findings.isEmpty()) {
            h.append("<p>No <code>findings.csv</code> yet: run notebook 09.</p>");
        } else {
            h.append("<p>The paper's claims tested on this run (notebook 09; the rule behind each verdict is in <code>findings.csv</code>).</p>")
                    .append("<table><tr><th>#</th><th>claim</th><th>scope</th><th>verdict</th><th>reading</th></tr>");
            for (Map<String, String> r : findings.rows()) {
                String v = r.get("verdict");
                String cls = v.startsWith("supported") ? "supported" : v.startsWith("contradicted") ? "contradicted" : "nt";
                h.append("<tr><td>").append(Html.escape(r.get("claim_id"))).append("</td><td>").append(Html.escape(r.get("claim")))
                        .append("</td><td>").append(Html.escape(r.get("scope"))).append("</td><td class=\"").append(cls).append("\">")
                        .append(Html.escape(v)).append("</td><td>").append(Html.escape(r.get("reading"))).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("</body></html>\n");
        Path out = htmlDir.resolve("index.html");
        AtomicFiles.writeText(out, w -> w.write(h.toString()));
        return out;
    }

    /** The executed notebooks of a folder ({@code NN-*.html}), in name order. */
    /**
     * The executed notebooks' pages, in order; a page whose notebook is no longer in
     * {@code notebooksDir} (left by a renamed or removed notebook) is not listed.
     */
    static List<Path> pages(Path htmlDir, Path notebooksDir) {
        boolean check = notebooksDir != null && Files.isDirectory(notebooksDir);
        try (Stream<Path> s = Files.list(htmlDir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.html"))
                    .filter(p -> !check || Files.isRegularFile(notebooksDir.resolve(p.getFileName().toString().replaceFirst("\\.html$", ".ipynb"))))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + htmlDir + ": " + e.getMessage(), e);
        }
    }

    /** The title of a notebook's first markdown cell without its number ("How do humans judge emotions?"), or "". */
    static String purpose(Path notebook) {
        if (!Files.isRegularFile(notebook)) return "";
        try {
            JsonNode nb = new ObjectMapper().readTree(notebook.toFile());
            for (JsonNode cell : nb.path("cells")) {
                if (!cell.path("cell_type").asText().equals("markdown")) continue;
                StringBuilder src = new StringBuilder();
                JsonNode s = cell.path("source");
                if (s.isArray()) s.forEach(x -> src.append(x.asText())); else src.append(s.asText());
                String first = src.toString().split("\\n", 2)[0].replaceFirst("^#+\\s*", "");
                return first.replaceFirst("^\\d\\d\\s*·\\s*", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + notebook + ": " + e.getMessage(), e);
        }
        return "";
    }

    /** Writes the index: arguments {@code htmlDir [timings.tsv]}; notebooks are read from the project's {@code notebooks/}. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: IndexPage HTML_DIR [TIMINGS_TSV]");
            System.exit(2);
        }
        write(Path.of(args[0]), args.length > 1 ? Path.of(args[1]) : null, Project.root().resolve("notebooks"));
    }
}

package org.emogap.notebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class IndexPageTest {
    @TempDir Path dir;

    @Test
    void linksEveryNotebookWithItsTimePurposeAndTheFindings() throws Exception {
        Path html = Files.createDirectories(dir.resolve("html")), nbs = Files.createDirectories(dir.resolve("notebooks"));
        Files.writeString(html.resolve("00-a.html"), "<html></html>");
        Files.writeString(html.resolve("01-b.html"), "<html></html>");
        Files.writeString(html.resolve("notes.html"), "not a notebook");
        Files.writeString(html.resolve("02-renamed.html"), "<html></html>"); // its notebook is gone: not listed
        Files.writeString(nbs.resolve("01-b.ipynb"), "{\"cells\": []}");
        Files.writeString(nbs.resolve("00-a.ipynb"), "{\"cells\": [{\"cell_type\": \"markdown\", \"source\": [\"# 00 · Is it <working>?\\n\", \"more\"]}]}");
        Path timings = Files.writeString(dir.resolve("timings.tsv"), "00-a\t12\n");
        Files.writeString(dir.resolve("findings.csv"), "claim_id,claim,scope,verdict,reading\n1,a claim,encoders,supported,It holds.\n");
        System.setProperty("emogap.results", dir.toString());
        try {
            String page = Files.readString(IndexPage.write(html, timings, nbs));
            assertTrue(page.contains("<a href=\"00-a.html\">00-a</a></td><td>Is it &lt;working&gt;?</td><td>12 s</td>"), page);
            assertTrue(page.contains("<a href=\"01-b.html\">01-b</a></td><td></td><td>—</td>"), page);
            assertFalse(page.contains("notes.html"));
            assertFalse(page.contains("02-renamed"), page);
            assertTrue(page.contains("<td class=\"supported\">supported</td><td>It holds.</td>"), page);
            assertTrue(page.contains("<h2>This run</h2>"));
        } finally {
            System.clearProperty("emogap.results");
        }
    }
}

package org.emogap.notebook;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class ProgressTest {
    @Test
    void textModePrintsEveryTenthAndTheEnd() {
        Show.install(null);
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try (Progress p = Progress.start("work", 100)) {
            for (int i = 0; i < 100; i++) p.advance(1);
            p.note("errors 0");
        } finally {
            System.setOut(old);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        // 0%, 10%, …, 100% as the deciles are crossed, then the final line on close
        assertEquals(12, lines.length, String.join("\n", lines));
        assertTrue(lines[0].startsWith("work: 0/100 (0%)"), lines[0]);
        assertTrue(lines[11].startsWith("work: 100/100 (100%)") && lines[11].endsWith("errors 0"), lines[11]);
    }

    @Test
    void kernelModeUpdatesOneDisplayFromManyThreads() throws Exception {
        List<String> displays = new ArrayList<>();
        List<String> updates = new ArrayList<>();
        Show.install(new DisplaySink() {
            @Override public synchronized String display(Map<String, String> bundle) {
                displays.add(bundle.get("text/html"));
                return "id-1";
            }

            @Override public synchronized void update(String id, Map<String, String> bundle) {
                assertEquals("id-1", id);
                updates.add(bundle.get("text/plain"));
            }
        });
        try {
            Progress p = Progress.start("embed", 1000);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) pool.submit(() -> { for (int i = 0; i < 250; i++) p.advance(1); });
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            p.close();
            assertEquals(1000, p.done());
            assertEquals(1, displays.size());
            assertTrue(displays.get(0).contains("<progress"), displays.get(0));
            // updates are rate-limited; the last one shows the end state
            assertTrue(updates.get(updates.size() - 1).startsWith("embed: 1000/1000 (100%)"), updates.toString());
        } finally {
            Show.install(null);
        }
    }

    @Test
    void theLineAlsoGoesToTheProgressFileForTheTerminal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("p.progress");
        System.setProperty("emogap.progress.file", f.toString());
        try (Progress p = Progress.start("embedding", 10)) {
            p.advance(10);
            assertTrue(java.nio.file.Files.readString(f).startsWith("embedding: 10/10 (100%)"), java.nio.file.Files.readString(f));
        } finally {
            System.clearProperty("emogap.progress.file");
        }
        assertFalse(java.nio.file.Files.exists(dir.resolve("p.progress.tmp")));
    }
}

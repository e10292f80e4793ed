package org.emogap.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ResponseStoreTest {
    @TempDir Path dir;

    static SampleRecord rec(String key, Status s) {
        return new SampleRecord(key, "goemotions", "i1", "m", "openai", "http://x/v1", "m", Mode.SAMPLE,
                "goemotions-paper-v1", 0.7, null, 200, 42, 0, s, s == Status.OK ? new double[28] : null, "[\"joy\"]",
                null, 200, 1, 10, 3, 50, "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z", "stop", null);
    }

    static String key(int i) {
        return SampleKey.sha256("k" + i);
    }

    @Test
    void roundTripAndIndex() {
        try (ResponseStore s = ResponseStore.open(dir.resolve("a/s.jsonl"))) {
            s.append(rec(key(1), Status.OK));
            s.append(rec(key(2), Status.ERROR));
        }
        try (ResponseStore s = ResponseStore.open(dir.resolve("a/s.jsonl"))) {
            assertEquals(2, s.size());
            assertEquals(Status.ERROR, s.status(key(2)));
            assertNull(s.status(key(3)));
            s.append(rec(key(2), Status.OK)); // a retried error: last record wins
            assertEquals(Status.OK, s.status(key(2)));
        }
        List<SampleRecord> all = new ArrayList<>();
        ResponseStore.read(dir.resolve("a/s.jsonl"), all::add);
        assertEquals(3, all.size());
        assertEquals(rec(key(1), Status.OK).toJson(), all.get(0).toJson());
    }

    @Test
    void tornLastLineIsIgnoredOnReadAndCutBeforeAppending() throws Exception {
        Path f = dir.resolve("s.jsonl");
        try (ResponseStore s = ResponseStore.open(f)) {
            s.append(rec(key(1), Status.OK));
        }
        String half = rec(key(2), Status.OK).toJson().substring(0, 40);
        Files.writeString(f, half, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<SampleRecord> seen = new ArrayList<>();
        ResponseStore.ReadStats st = ResponseStore.read(f, seen::add);
        assertEquals(1, st.records());
        assertTrue(st.tornTail());
        try (ResponseStore s = ResponseStore.open(f)) {
            assertTrue(s.repairedTornTail());
            assertEquals(1, s.size());
            s.append(rec(key(2), Status.OK));
        }
        seen.clear();
        st = ResponseStore.read(f, seen::add);
        assertEquals(2, st.records());
        assertFalse(st.tornTail());
    }

    @Test
    void badLineInTheMiddleNamesFileAndLine() throws Exception {
        Path f = dir.resolve("s.jsonl");
        Files.writeString(f, rec(key(1), Status.OK).toJson() + "\n{oops\n" + rec(key(2), Status.OK).toJson() + "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResponseStore.read(f, r -> {}));
        assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
        // opening (the fast parser) and the status table say the same, and the file is left as it was
        String before = Files.readString(f);
        RuntimeException open = assertThrows(RuntimeException.class, () -> ResponseStore.open(f).close());
        assertTrue(open.getMessage().contains(f + ":2") && open.getMessage().contains("not a sample record"), open.getMessage());
        RuntimeException table = assertThrows(RuntimeException.class, () -> Aggregator.statusTable(f));
        assertTrue(table.getMessage().contains(f + ":2"), table.getMessage());
        assertEquals(before, Files.readString(f));
    }

    @Test
    void keyChangesWithEverySamplingParameter() {
        List<Message> m = Prompt.resource("goemotions-paper-v1").render("hi");
        String base = SampleKey.of("goemotions", "i", "openai", "u", "m", m, 0.0, null, 200, 42, 0, Mode.SAMPLE, "p");
        assertEquals(base, SampleKey.of("goemotions", "i", "openai", "u", "m", m, 0.0, null, 200, 42, 0, Mode.SAMPLE, "p"));
        List<String> others = List.of(
                SampleKey.of("emobank", "i", "openai", "u", "m", m, 0.0, null, 200, 42, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "j", "openai", "u", "m", m, 0.0, null, 200, 42, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "anthropic", "u", "m", m, 0.0, null, 200, 42, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "openai", "u2", "m", m, 0.0, null, 200, 42, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "openai", "u", "m2", m, 0.0, null, 200, 42, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "openai", "u", "m", Prompt.resource("goemotions-paper-v1").render("hi!"), 0.0, null, 200, 42, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "openai", "u", "m", m, 0.7, null, 200, 42, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "openai", "u", "m", m, 0.0, 0.9, 200, 42, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "openai", "u", "m", m, 0.0, null, 201, 42, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "openai", "u", "m", m, 0.0, null, 200, 43, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "openai", "u", "m", m, 0.0, null, 200, null, 0, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "openai", "u", "m", m, 0.0, null, 200, 42, 1, Mode.SAMPLE, "p"),
                SampleKey.of("goemotions", "i", "openai", "u", "m", m, 0.0, null, 200, 42, 0, Mode.VERBALIZED, "p"),
                SampleKey.of("goemotions", "i", "openai", "u", "m", m, 0.0, null, 200, 42, 0, Mode.SAMPLE, "p2"));
        assertEquals(others.size(), new java.util.HashSet<>(others).size());
        assertFalse(others.contains(base));
    }
}

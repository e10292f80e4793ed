package org.emogap.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** One run per store: a second runner on the same store stops at once and names the holder. */
class StoreLockTest {
    @TempDir Path dir;

    @Test
    void aSecondOpenInThisProcessIsRefusedUntilTheFirstCloses() {
        Path f = dir.resolve("s.jsonl");
        try (ResponseStore first = ResponseStore.open(f)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> ResponseStore.open(f));
            assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
            // waiting does not help while it is held
            long t0 = System.nanoTime();
            assertThrows(StoreLockedException.class, () -> ResponseStore.open(f, Duration.ofMillis(500)));
            assertTrue(System.nanoTime() - t0 >= 400_000_000L);
        }
        try (ResponseStore again = ResponseStore.open(f)) {
            assertEquals(0, again.size());
        }
    }

    Process child(FakeLlmServer server, Path store, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LlmRunChild.class.getName(), store.toString(),
                server.openAiBase(), server.anthropicBase(), "10");
        pb.environment().put("EMOGAP_TEST_KEY", "sk-test");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return pb.start();
    }

    @Test
    void twoProcessesOnOneStoreSendEachRequestOnce() throws Exception {
        Path store = dir.resolve("store.jsonl");
        try (FakeLlmServer server = new FakeLlmServer((api, body, user, before, h) ->
                FakeLlmServer.Reply.text("[\"joy\"]").delayed(500), 16)) {
            Plan plan = LlmRunChild.plan(server.openAiBase(), server.anthropicBase(), 10);
            Process first = child(server, store, dir.resolve("first.log"));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (first.isAlive() && RunnerKillTest.lines(store) < 5 && System.nanoTime() < deadline) Thread.sleep(10);
            assertTrue(first.isAlive(), "the first run ended before the second started: " + Files.readString(dir.resolve("first.log")));
            Process second = child(server, store, dir.resolve("second.log"));
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            String said = Files.readString(dir.resolve("second.log"), StandardCharsets.UTF_8);
            assertNotEquals(0, second.exitValue(), said + "\n--- first:\n" + Files.readString(dir.resolve("first.log")));
            assertTrue(said.contains("is in use by another run (pid " + first.pid()), said);
            assertTrue(first.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, first.exitValue(), Files.readString(dir.resolve("first.log")));
            // every planned request reached the server once, and every key is stored once
            assertEquals(plan.size(), server.requests.get());
            Map<String, Integer> count = new HashMap<>();
            ResponseStore.read(store, r -> count.merge(r.key(), 1, Integer::sum));
            assertEquals(plan.size(), count.size());
            assertTrue(count.values().stream().allMatch(n -> n == 1));
        }
    }
}

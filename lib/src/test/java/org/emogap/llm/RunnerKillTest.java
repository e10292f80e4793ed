package org.emogap.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Kills a child JVM running the runner (SIGKILL) at random moments, restarts it, and checks that the
 * plan ends complete with every key stored exactly once, and that the API key from the child's
 * environment appears in neither the store nor anything the child printed.
 */
class RunnerKillTest {
    static final String SECRET = "sk-emogap-test-" + "5e3c1a9f0b7d4e2a8c6f";
    @TempDir Path dir;

    static long lines(Path f) throws java.io.IOException {
        if (!Files.exists(f)) return 0;
        long n = 0;
        for (byte b : Files.readAllBytes(f)) if (b == '\n') n++;
        return n;
    }

    Process start(FakeLlmServer server, Path store, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LlmRunChild.class.getName(), store.toString(),
                server.openAiBase(), server.anthropicBase(), "30");
        pb.environment().put("EMOGAP_TEST_KEY", SECRET);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return pb.start();
    }

    @Test
    void killedRunsCompleteWithEveryKeyOnceAndNoSecretAnywhere() throws Exception {
        Path store = dir.resolve("store.jsonl"), log = dir.resolve("child.log");
        Random rnd = new Random(42);
        try (FakeLlmServer server = new FakeLlmServer((api, body, user, before, h) -> {
            String auth = api.equals("openai") ? h.get("authorization") : h.get("x-api-key");
            if (!(api.equals("openai") ? "Bearer " + SECRET : SECRET).equals(auth)) return FakeLlmServer.Reply.status(401, Map.of());
            return FakeLlmServer.Reply.text("[\"joy\", \"love\"]").delayed(20);
        }, 32)) {
            int kills = 0, midRun = 0;
            long planned = LlmRunChild.plan(server.openAiBase(), server.anthropicBase(), 30).size();
            for (int round = 0; round < 4; round++) {
                Process p = start(server, store, log);
                // Kill once a random number of further samples is stored (the JVM start-up time varies
                // a lot on a loaded machine, so a fixed delay would often kill before the first sample).
                long target = lines(store) + 1 + rnd.nextInt((int) planned / 5);
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (p.isAlive() && lines(store) < target && System.nanoTime() < deadline) Thread.sleep(5);
                boolean done = !p.isAlive();
                if (!done) {
                    p.destroyForcibly();
                    p.waitFor();
                    kills++;
                    long n = ResponseStore.read(store, r -> { }).records();
                    if (n > 0 && n < planned) midRun++;
                }
            }
            Process last = start(server, store, log);
            assertTrue(last.waitFor(60, TimeUnit.SECONDS), "final run did not finish");
            assertEquals(0, last.exitValue(), Files.readString(log));
            assertTrue(kills >= 2 && midRun >= 1, kills + " runs killed, " + midRun + " mid-run: the test did not test much");
            assertFalse(server.authSeen.isEmpty());

            Plan plan = LlmRunChild.plan(server.openAiBase(), server.anthropicBase(), 30);
            Map<String, Integer> count = new HashMap<>();
            ResponseStore.ReadStats st = ResponseStore.read(store, r -> {
                count.merge(r.key(), 1, Integer::sum);
                assertEquals(Status.OK, r.status(), r.detail());
            });
            assertFalse(st.tornTail());
            for (ModelConfig m : plan.models()) {
                for (Plan.Task t : plan.tasks(m)) assertEquals(1, count.getOrDefault(t.key(), 0), "key of " + t);
            }
            assertEquals(plan.size(), st.records(), "records beyond the plan");
        }
        String stored = Files.readString(store, StandardCharsets.UTF_8);
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(stored.contains(SECRET) || stored.contains(SECRET.substring(8)), "key in the store");
        assertFalse(printed.contains(SECRET) || printed.contains(SECRET.substring(8)), "key in the output");
        assertTrue(printed.contains("summary:"), printed);
        for (File f : dir.toFile().listFiles()) {
            assertFalse(Files.readString(f.toPath()).contains(SECRET), f.getName());
        }
    }
}

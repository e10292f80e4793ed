package org.emogap.llm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Drives the annotate command as a child process against the in-process fake server, as a user's shell would. */
class AnnotateCommandTest {
    @TempDir Path dir;
    FakeLlmServer server;
    volatile long delayMs = 0;
    volatile int usageIn = 0;

    @BeforeEach void start() throws Exception {
        assumeTrue(System.getenv("EMOGAP_DATA_MIRROR") != null, "EMOGAP_DATA_MIRROR not set (EmoBank texts are needed)");
        server = new FakeLlmServer((api, body, user, before, h) -> {
            FakeLlmServer.Reply r = FakeLlmServer.Reply.text("{\"V\": 3.2, \"A\": 2.8, \"D\": 3.1}").delayed(delayMs);
            return usageIn > 0 ? r.usage(usageIn) : r;
        }, 16);
        Files.writeString(dir.resolve("models.json"), """
                {"models": [
                  {"id": "fake-free", "provider": "openai", "base_url": "%s", "model": "gpt-fake", "concurrency": 4,
                   "timeout_seconds": 10, "max_attempts": 2},
                  {"id": "fake-paid", "provider": "openai", "base_url": "%s", "model": "gpt-paid", "concurrency": 2,
                   "timeout_seconds": 10, "max_attempts": 2}
                 ],
                 "prices": {"fake-paid": {"input_per_mtok": 10, "output_per_mtok": 30}}}
                """.formatted(server.openAiBase(), server.openAiBase()));
    }

    @AfterEach void stop() { if (server != null) server.close(); }

    ProcessBuilder command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Annotate.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("EMOGAP_MODELS", dir.resolve("models.json").toString());
        env.put("EMOGAP_LLM_STORE", dir.resolve("llm").toString());
        env.put("EMOGAP_RESULTS", dir.resolve("results").toString());
        env.put("EMOGAP_JUDGMENTS", dir.resolve("judgments").toString());
        env.remove("EMOGAP_SAMPLE");
        pb.redirectErrorStream(true);
        return pb;
    }

    record Run(int exit, String output) {}

    Run run(String... args) throws Exception {
        Process p = command(args).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out);
    }

    static final String[] SMALL = {"--dataset", "emobank", "--items", "4", "--samples", "2", "--temperatures", "0.0,1.0", "--model", "fake-free"};

    static String[] with(String[] base, String... more) {
        List<String> l = new ArrayList<>(List.of(base));
        l.addAll(List.of(more));
        return l.toArray(String[]::new);
    }

    @Test
    void dryRunPrintsThePlanAndSendsNothing() throws Exception {
        Run r = run(with(SMALL, "--dry-run"));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("emobank: 4 items x 1 models x 2 temperatures x 2 samples = 16 planned, 16 to send"), r.output());
        assertEquals(0, server.requests.get());
    }

    @Test
    void badUsageAndConfigurationExit2WithAOneLineReason() throws Exception {
        Run budget = run(with(SMALL, "--budget", "lots"));
        assertEquals(2, budget.exit(), budget.output());
        assertTrue(budget.output().startsWith("annotate: --budget is 'lots', not a number"), budget.output());
        Run unknown = run("--dataset", "emobank", "--model", "nope");
        assertEquals(2, unknown.exit(), unknown.output());
        assertTrue(unknown.output().contains("configures no model 'nope'"), unknown.output());
        String good = Files.readString(dir.resolve("models.json"));
        Files.writeString(dir.resolve("models.json"), good.replaceFirst("\"provider\": \"openai\"", "\"provider\": \"gemini\""));
        Run provider = run(SMALL);
        assertEquals(2, provider.exit(), provider.output());
        assertTrue(provider.output().contains("models.json: models[0]: model fake-free: provider is 'gemini', expected openai or anthropic"), provider.output());
        Files.writeString(dir.resolve("models.json"), good.replaceFirst("\"concurrency\": 4,", "\"concurrency\": 4, \"api_key_env\": \"EMOGAP_NO_SUCH_KEY_SET\","));
        Run key = run(SMALL);
        assertEquals(2, key.exit(), key.output());
        assertTrue(key.output().startsWith("annotate: model fake-free: environment variable EMOGAP_NO_SUCH_KEY_SET is not set"), key.output());
        Files.writeString(dir.resolve("models.json"), "{\"models\": [ {\"id\": \"x\", \"provider\": \"openai\" ");
        Run broken = run(SMALL);
        assertEquals(2, broken.exit(), broken.output());
        assertTrue(broken.output().startsWith("annotate: " + dir.resolve("models.json")), broken.output());
        Run noDataset = run("--items", "3");
        assertEquals(2, noDataset.exit());
    }

    @Test
    void aRunCompletesWritesJudgmentsAndARerunSendsNothing() throws Exception {
        Run r = run(SMALL);
        assertEquals(0, r.exit(), r.output());
        assertEquals(16, server.requests.get());
        assertTrue(r.output().contains("the plan is complete (16 samples stored)"), r.output());
        assertTrue(r.output().contains("annotating emobank: 16/16 (100%)"), r.output());
        Path judgments = dir.resolve("judgments").resolve("emobank");
        assertTrue(Files.list(judgments).anyMatch(p -> p.getFileName().toString().startsWith("fake-free")), judgments.toString());
        Run again = run(SMALL);
        assertEquals(0, again.exit(), again.output());
        assertEquals(16, server.requests.get());
    }

    @Test
    void theBudgetStopsARunWithExit3() throws Exception {
        usageIn = 20_000; // $0.2 a request
        Run r = run("--dataset", "emobank", "--items", "10", "--samples", "2", "--temperatures", "0.0", "--model", "fake-paid", "--budget", "0.5");
        assertEquals(3, r.exit(), r.output());
        assertTrue(r.output().contains("stopped by the budget of $0.50"), r.output());
        assertTrue(server.requests.get() <= 4, server.requests.get() + " requests");
    }

    @Test
    void aLockedStoreExits4NamingTheHolder() throws Exception {
        try (ResponseStore held = ResponseStore.open(dir.resolve("llm").resolve("emobank.jsonl"))) {
            Run r = run(SMALL);
            assertEquals(4, r.exit(), r.output());
            assertTrue(r.output().contains("is in use by another run (pid " + ProcessHandle.current().pid()), r.output());
        }
        assertEquals(0, server.requests.get());
    }

    @Test
    void anInterruptStopsCleanlyAndARerunFinishesWithEveryKeyOnce() throws Exception {
        delayMs = 100;
        String[] args = {"--dataset", "emobank", "--items", "20", "--samples", "2", "--temperatures", "0.0,1.0", "--model", "fake-free"};
        Path store = dir.resolve("llm").resolve("emobank.jsonl");
        Process p = command(args).redirectOutput(dir.resolve("first.log").toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (p.isAlive() && RunnerKillTest.lines(store) < 10 && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(p.isAlive(), Files.readString(dir.resolve("first.log")));
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not stop on SIGINT");
        assertNotEquals(0, p.exitValue());
        long stored = ResponseStore.read(store, rec -> { }).records();
        assertTrue(stored >= 10 && stored < 80, stored + " stored");
        delayMs = 0;
        Run rest = run(args);
        assertEquals(0, rest.exit(), rest.output());
        Map<String, Integer> count = new HashMap<>();
        ResponseStore.ReadStats st = ResponseStore.read(store, rec -> count.merge(rec.key(), 1, Integer::sum));
        assertEquals(80, count.size());
        assertTrue(count.values().stream().allMatch(n -> n == 1), "a key stored twice");
        assertEquals(80, st.records());
        assertFalse(st.tornTail());
    }
}

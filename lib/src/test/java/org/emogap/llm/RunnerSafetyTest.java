package org.emogap.llm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The runner's guarantees for an unattended paid run: budget, auth, keys, cache keys, provenance, ranges. */
class RunnerSafetyTest {
    @TempDir Path dir;
    FakeLlmServer server;

    @BeforeEach void start() throws Exception {
        server = new FakeLlmServer((api, body, user, before, h) -> FakeLlmServer.Reply.text("[\"joy\"]"), 8);
    }

    @AfterEach void stop() { server.close(); }

    static List<Item> items(int n) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Item("i" + i, "text " + i));
        return out;
    }

    ModelConfig paid() {
        // $10 per million input tokens, $30 per million output tokens
        return ModelConfig.openAi("paid", server.openAiBase(), "gpt-fake", null).withConcurrency(4).withLimits(0, 0, 5, 2).withPrice(10, 30);
    }

    Plan plan(List<ModelConfig> models, int items) {
        return new Plan("goemotions", items(items), models, List.of(0.0), 2, Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
    }

    Runner runner(ResponseStore s, double budget) {
        return Runner.builder(s).backoff(Duration.ofMillis(5), Duration.ofMillis(10)).budget(budget).build();
    }

    @Test
    void theBudgetHoldsAgainstTheUsageTheServerReports() throws Exception {
        // the estimate thinks ~50 input tokens a request; the server bills 20,000: $0.2 + $0.00015 each
        server.script = (api, body, user, before, h) -> FakeLlmServer.Reply.text("[\"joy\"]").usage(20_000).delayed(20);
        Plan p = plan(List.of(paid()), 50); // 100 requests, ~$20 at the reported usage
        try (ResponseStore s = ResponseStore.open(dir.resolve("s.jsonl"))) {
            Runner.Summary sum = runner(s, 0.25).run(p, null);
            assertTrue(sum.budgetStopped());
            assertFalse(sum.complete());
            assertTrue(sum.spendUsd() <= 0.25 + 4 * 0.2 + 1e-9, "spent " + sum.spendUsd()); // at most the in-flight ones over
            assertTrue(sum.spendUsd() < 1.1, "spent " + sum.spendUsd());
            assertEquals(server.requests.get(), sum.requests());
            assertEquals(sum.stored(), s.size()); // what came back is stored
            // usage counted from what the server reported
            assertEquals(20_000L * sum.stored(), sum.tokensIn());
        }
        int sent = server.requests.get();
        assertTrue(sent < 10, sent + " requests");
    }

    @Test
    void theBudgetStopsPricedModelsOnlyFreeOnesFinish() throws Exception {
        ModelConfig free = ModelConfig.openAi("free", server.openAiBase(), "gpt-free", null).withConcurrency(2).withLimits(0, 0, 5, 2);
        Plan p = plan(List.of(paid(), free), 10);
        try (ResponseStore s = ResponseStore.open(dir.resolve("s.jsonl"))) {
            Runner.Summary sum = runner(s, 0).run(p, null);
            assertTrue(sum.budgetStopped());
            assertEquals(0.0, sum.spendUsd());
            // every free sample is stored, no paid one is asked
            assertEquals(p.size() / 2, sum.stored());
            assertEquals(p.size() / 2, server.requests.get());
        }
    }

    @Test
    void aRefusedKeyStopsThatModelAtOnceAndStoresNothingForIt() throws Exception {
        server.script = (api, body, user, before, h) -> FakeLlmServer.Reply.status(401, Map.of()).delayed(10);
        Plan p = plan(List.of(paid().withConcurrency(1)), 30);
        try (ResponseStore s = ResponseStore.open(dir.resolve("s.jsonl"))) {
            Runner.Summary sum = runner(s, Double.POSITIVE_INFINITY).run(p, null);
            assertEquals(1, server.requests.get());
            assertEquals(0, s.size());
            assertTrue(sum.stopped().get("paid").contains("HTTP 401"), sum.stopped().toString());
            assertFalse(sum.complete());
        }
    }

    @Test
    void aClientGivenABadKeyNeverQuotesIt() throws Exception {
        ModelConfig m = new ModelConfig("k", "openai", server.openAiBase(), "gpt-fake", "EMOGAP_NO_SUCH_VARIABLE_SET",
                null, true, true, null, null, null, 1, 0, 0, 5, 1, 0, 0);
        assertEquals("environment variable EMOGAP_NO_SUCH_VARIABLE_SET is not set", m.problem());
        // a client given such a key directly: the JDK's refusal quotes the header, emogap's message must not
        String secret = "sk-emogap-\u2019secret-value";
        HttpChat c = new OpenAiClient(ModelConfig.openAi("k", server.openAiBase(), "gpt-fake", null), secret);
        ApiException e = assertThrows(ApiException.class, () -> c.send(new ChatRequest(List.of(new Message("user", "x")), 0, null, 5, null, 0)));
        assertFalse(e.getMessage().contains("secret-value"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot be built"), e.getMessage());
        assertEquals(0, server.requests.get());
    }

    @Test
    void aKeyWithACharacterNoHeaderCanCarryIsCaughtWhereItIsReadAndNeverPrinted() throws Exception {
        // a child JVM with the bad key in its environment, as a user's shell would give it
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KeyCheckChild.class.getName());
        String secret = "sk-live-\u2019abcdef123456";
        pb.environment().put("EMOGAP_TEST_KEY", secret);
        pb.redirectErrorStream(true);
        Process proc = pb.start();
        String out = new String(proc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, proc.waitFor(), out);
        assertTrue(out.contains("environment variable EMOGAP_TEST_KEY holds a character an HTTP header cannot carry (at position 9"), out);
        assertFalse(out.contains("abcdef123456"), out);
    }

    @Test
    void everyRequestFieldIsInTheCacheKey() {
        ModelConfig base = paid();
        Plan p = plan(List.of(base), 1);
        Item it = p.items().get(0);
        Set<String> keys = new HashSet<>();
        keys.add(p.task(base, 0.0, it, 0).key());
        ModelConfig[] variants = {
                new ModelConfig("paid", "openai", base.baseUrl(), "gpt-fake", null, "max_completion_tokens", true, true, null, null, null, 4, 0, 0, 5, 2, 10, 30),
                new ModelConfig("paid", "openai", base.baseUrl(), "gpt-fake", null, null, true, true, null, null, "{\"reasoning_effort\":\"low\"}", 4, 0, 0, 5, 2, 10, 30),
                new ModelConfig("paid", "openai", base.baseUrl(), "gpt-fake", null, null, true, true, null, null, "{\"reasoning_effort\":\"high\"}", 4, 0, 0, 5, 2, 10, 30),
                new ModelConfig("paid", "openai", base.baseUrl(), "gpt-fake", null, null, true, true, 0.9, null, null, 4, 0, 0, 5, 2, 10, 30),
                new ModelConfig("paid", "openai", base.baseUrl(), "gpt-fake", null, null, true, true, null, 64, null, 4, 0, 0, 5, 2, 10, 30),
                new ModelConfig("paid", "openai", base.baseUrl(), "gpt-fake", null, null, false, true, null, null, null, 4, 0, 0, 5, 2, 10, 30),
                new ModelConfig("paid", "openai", base.baseUrl() + "/x", "gpt-fake", null, null, true, true, null, null, null, 4, 0, 0, 5, 2, 10, 30),
                new ModelConfig("paid", "openai", base.baseUrl(), "gpt-other", null, null, true, true, null, null, null, 4, 0, 0, 5, 2, 10, 30),
        };
        for (ModelConfig v : variants) assertTrue(keys.add(plan(List.of(v), 1).task(v, 0.0, it, 0).key()), v.toString());
        Plan lp = new Plan("goemotions", p.items(), List.of(base), List.of(0.0), 2, Prompt.resource("goemotions-logprobs-v1"), 200, 42, 5);
        Plan lp20 = new Plan("goemotions", p.items(), List.of(base), List.of(0.0), 2, Prompt.resource("goemotions-logprobs-v1"), 200, 42, 20);
        assertNotEquals(lp.task(base, 0.0, it, 0).key(), lp20.task(base, 0.0, it, 0).key());
        // the same extra_body written differently is the same request
        ModelConfig spaced = new ModelConfig("other-id", "openai", base.baseUrl(), "gpt-fake", null, null, true, true, null, null,
                "{ \"b\": 1,  \"a\": [2] }", 4, 0, 0, 5, 2, 10, 30);
        ModelConfig tight = new ModelConfig("paid", "openai", base.baseUrl(), "gpt-fake", null, null, true, true, null, null,
                "{\"a\":[2],\"b\":1}", 4, 0, 0, 5, 2, 10, 30);
        assertEquals(plan(List.of(spaced), 1).task(spaced, 0.0, it, 0).key(), plan(List.of(tight), 1).task(tight, 0.0, it, 0).key());
        // the id is a name only: a renamed entry keeps its samples
        assertEquals(spaced.identity(), tight.identity());
    }

    @Test
    void twoEntriesSendingIdenticalRequestsAreReportedNotMerged() {
        ModelConfig a = paid();
        ModelConfig b = new ModelConfig("paid-copy", "openai", a.baseUrl(), "gpt-fake", null, null, true, true, null, null, null, 2, 0, 0, 5, 2, 10, 30);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan(List.of(a, b), 1));
        assertTrue(e.getMessage().contains("'paid' and 'paid-copy' send identical requests"), e.getMessage());
    }

    @Test
    void extraBodyMayNotOverrideEmogapsOwnFields() {
        for (String f : List.of("temperature", "model", "messages", "seed", "max_tokens", "logprobs")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ModelConfig("m", "openai",
                    "http://x/v1", "g", null, null, true, true, null, null, "{\"" + f + "\": 1}", 1, 0, 0, 5, 1, 0, 0));
            assertTrue(e.getMessage().contains("extra_body sets '" + f + "'"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new ModelConfig("m", "openai", "http://x/v1", "g", null, null,
                true, true, null, null, "[1]", 1, 0, 0, 5, 1, 0, 0));
    }

    @Test
    void providerRangesAreCheckedWhenThePlanIsBuilt() {
        ModelConfig claude = new ModelConfig("c", "anthropic", server.anthropicBase(), "claude-fake", null, null, false, false,
                null, null, null, 1, 0, 0, 5, 1, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new Plan("goemotions", items(1), List.of(claude), List.of(0.0, 1.5), 1, Prompt.resource("goemotions-paper-v1"), 200, 42, 0));
        assertTrue(e.getMessage().contains("takes temperatures in [0, 1], not 1.5"), e.getMessage());
        // OpenAI-compatible servers take up to 2
        plan(List.of(paid()), 1).withTemperatures(List.of(1.5, 2.0));
    }

    @Test
    void logprobsModeRunsThroughTheRunnerAndProvenanceIsStored() throws Exception {
        Plan p = new Plan("goemotions", items(3), List.of(paid()), List.of(0.0), 2, Prompt.resource("goemotions-logprobs-v1"), 200, 42, 20);
        Path f = dir.resolve("s.jsonl");
        try (ResponseStore s = ResponseStore.open(f)) {
            Runner.Summary sum = runner(s, Double.POSITIVE_INFINITY).run(p, null);
            assertEquals(6, sum.stored());
        }
        List<SampleRecord> recs = new ArrayList<>();
        ResponseStore.read(f, recs::add);
        for (SampleRecord r : recs) {
            assertEquals(Status.OK, r.status(), r.detail());
            assertTrue(r.logprobs().startsWith("[[\"[\\\"joy\\\"]\","), r.logprobs());
            assertEquals("gpt-fake", r.provenance().get("response_model"));
            assertEquals("fp_test", r.provenance().get("system_fingerprint"));
            assertEquals("chatcmpl-1", r.provenance().get("response_id"));
            assertEquals("default", r.provenance().get("service_tier"));
            assertEquals("0", r.provenance().get("reasoning_tokens"));
            assertEquals("0", r.provenance().get("cached_tokens"));
            assertTrue(r.provenance().get("request_id").startsWith("req_"), r.provenance().toString());
            assertEquals(paid().identity(), r.provenance().get("identity"));
        }
        assertTrue(Files.readString(f).contains("\"provenance\":{"));
    }
}

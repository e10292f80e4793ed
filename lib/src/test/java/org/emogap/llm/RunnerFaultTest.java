package org.emogap.llm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Runs a plan through a fault schedule on both wire formats and checks that every planned sample is
 * stored once with the status and attempt count the schedule implies.
 */
class RunnerFaultTest {
    @TempDir Path dir;
    FakeLlmServer server;

    /** Item text → reply for a given number of earlier tries of the same request. */
    static FakeLlmServer.Reply schedule(String api, String text, int before) {
        String t = text.substring(text.indexOf("Text: \"") + 7, text.length() - 1);
        return switch (t) {
            case "ok" -> FakeLlmServer.Reply.text("[\"joy\"]");
            case "429-retry-after" -> before == 0 ? FakeLlmServer.Reply.status(429, Map.of("retry-after", "1")) : FakeLlmServer.Reply.text("[\"joy\"]");
            case "429-bare" -> before < 2 ? FakeLlmServer.Reply.status(429, Map.of()) : FakeLlmServer.Reply.text("[\"anger\"]");
            case "500" -> before == 0 ? FakeLlmServer.Reply.status(500, Map.of()) : FakeLlmServer.Reply.text("[\"joy\"]");
            case "503" -> before == 0 ? FakeLlmServer.Reply.status(503, Map.of()) : FakeLlmServer.Reply.text("[\"joy\"]");
            case "529" -> before == 0 ? FakeLlmServer.Reply.status(529, Map.of()) : FakeLlmServer.Reply.text("[\"joy\"]");
            case "slow" -> before == 0 ? FakeLlmServer.Reply.text("[\"joy\"]").delayed(1500) : FakeLlmServer.Reply.text("[\"joy\"]");
            case "drop" -> before == 0 ? FakeLlmServer.Reply.dropped() : FakeLlmServer.Reply.text("[\"joy\"]");
            case "malformed" -> FakeLlmServer.Reply.raw(200, "{\"choices\": [ {\"message\": ");
            case "cut-once" -> before == 0 ? FakeLlmServer.Reply.raw(200, "{\"choices\": [ {\"message\": ") : FakeLlmServer.Reply.text("[\"joy\"]");
            case "stall-once" -> before == 0 ? FakeLlmServer.Reply.text("[\"joy\"]").stalled() : FakeLlmServer.Reply.text("[\"joy\"]");
            case "at-cap" -> FakeLlmServer.Reply.text("[\"joy\", \"lo").stop(api.equals("openai") ? "length" : "max_tokens");
            case "filtered" -> FakeLlmServer.Reply.text("").stop("content_filter");
            case "empty" -> FakeLlmServer.Reply.text("");
            case "unknown" -> FakeLlmServer.Reply.text("[\"joy\", \"happiness\"]");
            case "refuse-text" -> FakeLlmServer.Reply.text("I'm sorry, but I can't help with that.");
            case "refuse-api" -> FakeLlmServer.Reply.text("I can't help with that.").stop("refusal");
            case "always-500" -> FakeLlmServer.Reply.status(500, Map.of());
            case "400" -> FakeLlmServer.Reply.status(400, Map.of());
            default -> throw new IllegalArgumentException(t);
        };
    }

    /** item → {status, attempts} */
    static final Map<String, Object[]> EXPECTED = new HashMap<>();
    static {
        EXPECTED.put("ok", new Object[]{Status.OK, 1});
        EXPECTED.put("429-retry-after", new Object[]{Status.OK, 2});
        EXPECTED.put("429-bare", new Object[]{Status.OK, 3});
        EXPECTED.put("500", new Object[]{Status.OK, 2});
        EXPECTED.put("503", new Object[]{Status.OK, 2});
        EXPECTED.put("529", new Object[]{Status.OK, 2});
        EXPECTED.put("slow", new Object[]{Status.OK, 2});
        EXPECTED.put("drop", new Object[]{Status.OK, 2});
        // a 200 whose body is cut off is a transport failure: asked again up to the attempt bound
        EXPECTED.put("malformed", new Object[]{Status.ERROR, 4});
        EXPECTED.put("cut-once", new Object[]{Status.OK, 2});
        // headers, then a stalled body: cancelled at the 1 s deadline and asked again
        EXPECTED.put("stall-once", new Object[]{Status.OK, 2});
        EXPECTED.put("at-cap", new Object[]{Status.TRUNCATED, 1});
        EXPECTED.put("filtered", new Object[]{Status.REFUSED, 1});
        EXPECTED.put("empty", new Object[]{Status.EMPTY, 1});
        EXPECTED.put("unknown", new Object[]{Status.UNKNOWN_LABEL, 1});
        EXPECTED.put("refuse-text", new Object[]{Status.REFUSED, 1});
        EXPECTED.put("refuse-api", new Object[]{Status.REFUSED, 1});
        EXPECTED.put("always-500", new Object[]{Status.ERROR, 4});
        EXPECTED.put("400", new Object[]{Status.ERROR, 1});
    }

    @BeforeEach
    void start() throws Exception {
        server = new FakeLlmServer((api, body, user, before, h) -> schedule(api, user, before), 16);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    List<ModelConfig> models() {
        ModelConfig oa = ModelConfig.openAi("fake-openai", server.openAiBase(), "gpt-fake", null)
                .withConcurrency(4).withLimits(0, 0, 1, 4).withPrice(1.0, 2.0);
        ModelConfig an = new ModelConfig("fake-anthropic", "anthropic", server.anthropicBase(), "claude-fake", null,
                null, false, false, null, null, null, 4, 0, 0, 1, 4, 1.0, 5.0);
        return List.of(oa, an);
    }

    static List<Item> items() {
        List<Item> out = new ArrayList<>();
        for (String k : EXPECTED.keySet()) out.add(new Item("id-" + k, k));
        out.sort(java.util.Comparator.comparing(Item::id));
        return out;
    }

    Runner runner(ResponseStore s, boolean retryErrors) {
        return Runner.builder(s).backoff(Duration.ofMillis(10), Duration.ofMillis(40)).retryErrors(retryErrors).build();
    }

    @Test
    void everyPlannedSampleIsAccountedForWithTheRightStatus() throws Exception {
        // one sample per temperature: without a seed (Anthropic) two samples are the same request body,
        // and the server's schedule counts tries per body
        Plan plan = new Plan("goemotions", items(), models(), List.of(0.0, 0.7), 1, Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
        Path f = dir.resolve("store.jsonl");
        try (ResponseStore s = ResponseStore.open(f)) {
            Runner.Summary sum = runner(s, false).run(plan, null);
            assertEquals(plan.size(), sum.stored());
            assertEquals(plan.size(), s.size());
        }
        Map<String, Integer> seen = new HashMap<>();
        ResponseStore.read(f, r -> {
            seen.merge(r.key(), 1, Integer::sum);
            String item = r.item().substring(3);
            Object[] exp = EXPECTED.get(item);
            assertEquals(exp[0], r.status(), item + " via " + r.provider() + ": " + r.detail());
            assertEquals(exp[1], r.attempts(), item + " via " + r.provider());
            if (r.status() == Status.OK) {
                assertEquals(200, r.httpStatus());
                assertTrue(r.tokensIn() > 0 && r.tokensOut() > 0);
                assertEquals(r.provider().equals("openai") ? 42 + r.sample() : null, r.seed());
            }
        });
        // every planned key exactly once
        for (ModelConfig m : plan.models()) for (Plan.Task t : plan.tasks(m)) assertEquals(1, seen.get(t.key()), t.item().id());
        assertEquals(plan.size(), seen.size());
        // the client gave up on the stalled body itself: it asked again while the server still stalled
        server.arrivals.forEach((body, times) -> {
            if (body.contains("stall-once")) {
                assertEquals(2, times.size(), "tries of the stalled request");
                Long end = server.stallEnds.get(body);
                assertTrue(end == null || end > times.get(1), "the stalled attempt was not cancelled at its deadline");
            }
        });
        // Retry-After: 1 second between the two tries of the same request
        server.arrivals.forEach((body, times) -> {
            if (body.contains("429-retry-after") && times.size() == 2) {
                assertTrue(times.get(1) - times.get(0) >= 950_000_000L, "Retry-After not honoured");
            }
        });
    }

    @Test
    void storedSamplesAreNotAskedAgainAndErrorsOnlyWhenAsked() throws Exception {
        Plan plan = new Plan("goemotions", items(), models(), List.of(0.0), 1, Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
        Path f = dir.resolve("store.jsonl");
        try (ResponseStore s = ResponseStore.open(f)) {
            runner(s, false).run(plan, null);
        }
        int after1 = server.requests.get();
        try (ResponseStore s = ResponseStore.open(f)) {
            Estimate e = runner(s, false).estimate(plan);
            assertEquals(0, e.requests());
            Runner.Summary sum = runner(s, false).run(plan, null);
            assertEquals(0, sum.stored());
            assertEquals(after1, server.requests.get());
            // 3 error items (malformed, always-500, 400) per model are asked again on request
            assertEquals(6, runner(s, true).estimate(plan).requests());
            server.script = (api, body, user, before, h) -> FakeLlmServer.Reply.text("[\"joy\"]");
            Runner.Summary again = runner(s, true).run(plan, null);
            assertEquals(6, again.stored());
            assertEquals(Map.of(Status.OK, 6L), again.statuses());
            assertEquals(0, s.statusCounts().getOrDefault(Status.ERROR, 0));
        }
    }

    @Test
    void aChangedTemperatureIsANewSample() throws Exception {
        List<Item> items = List.of(new Item("a", "ok"), new Item("b", "ok"));
        Plan t0 = new Plan("goemotions", items, models(), List.of(0.0), 3, Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
        try (ResponseStore s = ResponseStore.open(dir.resolve("s.jsonl"))) {
            runner(s, false).run(t0, null);
            Estimate e = runner(s, false).estimate(t0.withTemperatures(List.of(0.7)));
            assertEquals(t0.size(), e.requests());
            Runner.Summary sum = runner(s, false).run(t0.withTemperatures(List.of(0.0, 0.7)), null);
            assertEquals(t0.size(), sum.stored());
            assertEquals(2 * t0.size(), s.size());
        }
    }

    @Test
    void keyInErrorBodiesIsRedacted() throws Exception {
        String secret = "sk-test-" + "x".repeat(20);
        ModelConfig m = ModelConfig.openAi("k", server.openAiBase(), "gpt-fake", null);
        server.script = (api, body, user, before, h) -> FakeLlmServer.Reply.raw(401,
                "{\"error\": \"Incorrect API key provided: " + h.get("authorization") + "\"}");
        HttpChat c = new OpenAiClient(m, secret);
        ApiException e = assertThrows(ApiException.class, () -> c.send(new ChatRequest(List.of(new Message("user", "x")), 0, null, 5, null, 0)));
        assertFalse(e.getMessage().contains(secret), e.getMessage());
        assertTrue(e.getMessage().contains("Bearer [redacted]"), e.getMessage());
        assertEquals(List.of("Bearer " + secret), server.authSeen);
    }

    @Test
    void requestBodiesFollowEachWireFormat() throws Exception {
        List<com.fasterxml.jackson.databind.JsonNode> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Map<String, String>> headers = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.script = (api, body, user, before, h) -> {
            bodies.add(body);
            headers.add(h);
            return FakeLlmServer.Reply.text("[\"joy\"]");
        };
        ChatRequest r = new ChatRequest(Prompt.resource("goemotions-paper-v1").render("t"), 0.3, null, 200, 43, 0);
        ModelConfig reasoning = new ModelConfig("r", "openai", server.openAiBase(), "gpt-r", null, "max_completion_tokens",
                true, true, null, null, "{\"reasoning_effort\":\"none\"}", 1, 0, 0, 5, 1, 0, 0);
        ChatResponse a = ChatClient.of(reasoning).send(r);
        assertEquals("[\"joy\"]", a.text());
        assertEquals(180, a.tokensIn());
        var o = bodies.get(0);
        assertEquals("gpt-r", o.get("model").asText());
        assertEquals(200, o.get("max_completion_tokens").asInt());
        assertFalse(o.has("max_tokens"));
        assertEquals(43, o.get("seed").asInt());
        assertEquals("none", o.get("reasoning_effort").asText());
        assertEquals("system", o.get("messages").get(0).get("role").asText());
        ModelConfig an = new ModelConfig("c", "anthropic", server.anthropicBase(), "claude-x", null, null, false, false,
                null, null, null, 1, 0, 0, 5, 1, 0, 0);
        ChatResponse b = ChatClient.of(an).send(r);
        assertEquals("[\"joy\"]", b.text());
        assertEquals(6, b.tokensOut());
        assertEquals("end_turn", b.stopReason());
        var q = bodies.get(1);
        assertTrue(q.get("system").asText().startsWith("You are an emotion annotation assistant."));
        assertEquals(1, q.get("messages").size());
        assertEquals("user", q.get("messages").get(0).get("role").asText());
        assertFalse(q.has("seed"));
        assertEquals("2023-06-01", headers.get(1).get("anthropic-version"));
        // logprobs are requested and read back
        ChatResponse lp = ChatClient.of(reasoning).send(new ChatRequest(r.messages(), 0, null, 5, null, 5));
        assertEquals(5, bodies.get(2).get("top_logprobs").asInt());
        assertEquals(2, lp.logprobs().get(0).top().size());
    }
}

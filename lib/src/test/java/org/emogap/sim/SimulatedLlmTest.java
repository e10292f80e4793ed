package org.emogap.sim;

import org.emogap.llm.ChatClient;
import org.emogap.llm.ChatRequest;
import org.emogap.llm.ChatResponse;
import org.emogap.llm.Item;
import org.emogap.llm.Mode;
import org.emogap.llm.ModelConfig;
import org.emogap.llm.Parsed;
import org.emogap.llm.Parsers;
import org.emogap.llm.Plan;
import org.emogap.llm.Prompt;
import org.emogap.llm.ResponseStore;
import org.emogap.llm.Runner;
import org.emogap.llm.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SimulatedLlmTest {
    @TempDir Path dir;
    SimulatedLlm sim;

    /** A fixed oracle: joy 0.5, love 0.3, the rest shared; V/A/D from the text length. */
    static final SimulatedLlm.Oracle FIXED = new SimulatedLlm.Oracle() {
        @Override public double[] distribution(String text) {
            double[] p = new double[28];
            java.util.Arrays.fill(p, 0.2 / 26);
            p[17] = 0.5;
            p[18] = 0.3;
            return p;
        }

        @Override public double[] vad(String text) {
            return new double[]{2 + text.length() % 3, 3, 3.5};
        }
    };

    @BeforeEach void start() throws Exception {
        sim = new SimulatedLlm(FIXED, "sim:test:head", 0, 0);
    }

    @AfterEach void stop() { sim.close(); }

    ChatResponse ask(ModelConfig m, String version, String text, double t, Integer seed) throws Exception {
        Prompt p = Prompt.resource(version);
        return ChatClient.of(m).send(new ChatRequest(p.render(text), t, null, 200, seed, p.mode() == Mode.LOGPROBS ? 5 : 0));
    }

    @Test
    void temperatureZeroGivesOneAnswerAndHigherTemperatureSpreadsThem() throws Exception {
        ModelConfig m = sim.modelConfig();
        Set<String> cold = new HashSet<>(), hot = new HashSet<>();
        for (int s = 0; s < 20; s++) {
            cold.add(ask(m, "goemotions-paper-v1", "what a day", 0.0, 42 + s).text());
            hot.add(ask(m, "goemotions-paper-v1", "what a day", 1.0, 42 + s).text());
        }
        // T = 0: the top label and every label with p >= 0.5 p_max (love 0.3 >= 0.25)
        assertEquals(Set.of("[\"joy\", \"love\"]"), cold);
        assertTrue(hot.size() >= 3, hot.toString());
    }

    @Test
    void answersAreDeterministicInTextTemperatureSeedAndSample() throws Exception {
        ModelConfig m = sim.modelConfig();
        for (String v : Prompt.SHIPPED) {
            String a = ask(m, v, "same text", 0.7, 43).text(), b = ask(m, v, "same text", 0.7, 43).text();
            assertEquals(a, b, v);
        }
        List<String> run1 = new ArrayList<>(), run2 = new ArrayList<>();
        for (int s = 0; s < 10; s++) run1.add(ask(m, "emobank-paper-v1", "abc", 1.0, 42 + s).text());
        for (int s = 0; s < 10; s++) run2.add(ask(m, "emobank-paper-v1", "abc", 1.0, 42 + s).text());
        assertEquals(run1, run2);
        assertTrue(new HashSet<>(run1).size() > 3, run1.toString());
    }

    @Test
    void everyShippedPromptParsesAsOkInEveryMode() throws Exception {
        for (ModelConfig m : List.of(sim.modelConfig(), anthropic())) {
            for (String v : Prompt.SHIPPED) {
                Prompt p = Prompt.resource(v);
                if (m.provider().equals("anthropic") && p.mode() == Mode.LOGPROBS) continue;
                ChatResponse r = ask(m, v, "I love this so much", 0.3, m.seed() ? 42 : null);
                Parsed parsed = Parsers.parse(p.dataset(), p.mode(), r);
                assertEquals(Status.OK, parsed.status(), v + " via " + m.provider() + ": " + r.text() + " " + parsed.detail());
                assertTrue(r.tokensIn() > 0 && r.tokensOut() > 0);
                assertTrue(r.meta().get("request_id").startsWith("req_sim_"), r.meta().toString());
            }
        }
    }

    ModelConfig anthropic() {
        return new ModelConfig("sim:test:head", "anthropic", sim.anthropicBase(), "sim:test:head", null, null, false, false,
                null, null, null, 4, 0, 0, 10, 2, 0, 0);
    }

    @Test
    void theShareOfMalformedAnswersIsAsConfigured() throws Exception {
        try (SimulatedLlm noisy = new SimulatedLlm(FIXED, "sim:test:head", 0, 0.1)) {
            Plan plan = new Plan("goemotions", items(300), List.of(noisy.modelConfig()), List.of(0.0, 1.0), 5,
                    Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
            Map<Status, Integer> seen = new EnumMap<>(Status.class);
            try (ResponseStore s = ResponseStore.open(dir.resolve("s.jsonl"))) {
                Runner.builder(s).build().run(plan, null);
                seen.putAll(s.statusCounts());
            }
            int bad = plan.size() > 0 ? (int) (plan.size() - seen.getOrDefault(Status.OK, 0)) : 0;
            // 3,000 samples at 10 %: 300 expected, binomial SD 16
            assertTrue(bad > 240 && bad < 360, bad + " malformed of " + plan.size() + ": " + seen);
            for (Status st : List.of(Status.UNPARSEABLE, Status.EMPTY, Status.UNKNOWN_LABEL, Status.REFUSED)) {
                assertTrue(seen.getOrDefault(st, 0) > 40, st + ": " + seen);
            }
        }
    }

    static List<Item> items(int n) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Item("i" + i, "text number " + i));
        return out;
    }

    @Test
    void withoutASeedTheKthIdenticalRequestIsSampleK() throws Exception {
        ModelConfig m = anthropic();
        List<String> a = new ArrayList<>();
        for (int s = 0; s < 8; s++) a.add(ask(m, "emobank-paper-v1", "no seed here", 1.0, null).text());
        assertTrue(new HashSet<>(a).size() > 2, a.toString());
        try (SimulatedLlm again = new SimulatedLlm(FIXED, "sim:test:head", 0, 0)) {
            ModelConfig m2 = new ModelConfig("x", "anthropic", again.anthropicBase(), "sim:test:head", null, null, false, false,
                    null, null, null, 4, 0, 0, 10, 2, 0, 0);
            List<String> b = new ArrayList<>();
            for (int s = 0; s < 8; s++) b.add(ask(m2, "emobank-paper-v1", "no seed here", 1.0, null).text());
            assertEquals(a, b);
        }
    }

    @Test
    void aForeignPromptIsRefusedWithA400() {
        ModelConfig m = sim.modelConfig();
        var e = assertThrows(org.emogap.llm.ApiException.class, () -> ChatClient.of(m).send(new ChatRequest(
                List.of(new org.emogap.llm.Message("user", "hello")), 0, null, 20, 1, 0)));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("emogap's own prompts"), e.getMessage());
    }

    @Test
    void anAnswerLongerThanTheCapIsCutAndMarked() throws Exception {
        ModelConfig m = sim.modelConfig();
        Prompt p = Prompt.resource("goemotions-verbalized-v1");
        ChatResponse r = ChatClient.of(m).send(new ChatRequest(p.render("t"), 0.5, null, 3, 42, 0));
        assertEquals("length", r.stopReason());
        assertEquals(Status.TRUNCATED, Parsers.parse("goemotions", Mode.VERBALIZED, r).status());
    }
}

package org.emogap.llm;

import org.emogap.sim.SimulatedLlm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * emogap's two clients against the simulated LLM and against the test fault server, with the same
 * assertions: if the simulator passes what the fake server (written from the providers' documented
 * shapes) passes, the clients cannot tell them apart.
 */
class ClientContractTest {
    static final SimulatedLlm.Oracle JOY = new SimulatedLlm.Oracle() {
        @Override public double[] distribution(String text) {
            double[] p = new double[28];
            p[17] = 1;
            return p;
        }

        @Override public double[] vad(String text) {
            return new double[]{4, 3, 3};
        }
    };

    static void contract(String what, String openAiBase, String anthropicBase, String model) throws Exception {
        ModelConfig oa = ModelConfig.openAi("c-oa", openAiBase, model, null);
        ModelConfig an = new ModelConfig("c-an", "anthropic", anthropicBase, model, null, null, false, false, null, null, null,
                1, 0, 0, 10, 1, 0, 0);
        for (ModelConfig m : List.of(oa, an)) {
            String where = what + " via " + m.provider();
            assertNull(Llm.probe(m), where + ": the model listing");
            Prompt p = Prompt.resource("goemotions-paper-v1");
            ChatResponse r = ChatClient.of(m).send(new ChatRequest(p.render("so happy"), 0.0, null, 200, m.seed() ? 42 : null, 0));
            assertEquals(200, r.httpStatus(), where);
            assertEquals(Status.OK, Parsers.parse("goemotions", Mode.SAMPLE, r).status(), where + ": " + r.text());
            assertTrue(r.tokensIn() > 0 && r.tokensOut() > 0, where + ": usage");
            assertTrue(List.of("stop", "end_turn").contains(r.stopReason()), where + ": " + r.stopReason());
            assertNotNull(r.meta().get("response_id"), where + ": " + r.meta());
            assertEquals(model, r.meta().get("response_model"), where);
            assertNotNull(r.meta().get("request_id"), where + ": " + r.meta());
            if (m.provider().equals("openai")) {
                Prompt lp = Prompt.resource("goemotions-logprobs-v1");
                ChatResponse l = ChatClient.of(m).send(new ChatRequest(lp.render("so happy"), 0.0, null, 200, 42, 5));
                assertFalse(l.logprobs().isEmpty(), where + ": logprobs");
                assertEquals(Status.OK, Parsers.parse("goemotions", Mode.LOGPROBS, l).status(), where + ": " + l.logprobs());
            }
        }
    }

    @Test
    void theClientsSeeTheSameThingFromBothServers() throws Exception {
        try (FakeLlmServer fake = new FakeLlmServer((api, body, user, before, h) -> FakeLlmServer.Reply.text("[\"joy\"]"), 4);
             SimulatedLlm sim = new SimulatedLlm(JOY, "sim:contract:head", 0, 0)) {
            contract("fake server", fake.openAiBase(), fake.anthropicBase(), "gpt-fake");
            contract("simulated LLM", sim.openAiBase(), sim.anthropicBase(), "sim:contract:head");
        }
    }
}

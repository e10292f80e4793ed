package org.emogap.llm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the bytes a cache key is made of. Every stored sample is found again by its key, so a change
 * here would silently ask (and bill) every sample of every existing store again. The expected
 * digests were computed outside Java from the canonical JSON shown, e.g.
 * {@code printf '%s' '{"dataset":"goemotions",...}' | sha256sum}.
 */
class SampleKeyTest {
    private static final List<Message> MESSAGES = List.of(new Message("system", "Label \"it\".\nOK é"), new Message("user", "hi"));

    @Test
    void keyIsTheSha256OfTheCanonicalRequest() {
        // {"dataset":"goemotions","item":"i1","provider":"openai","base_url":"http://h/v1","model":"m",
        //  "messages":[{"role":"system","content":"Label \"it\".\nOK é"},{"role":"user","content":"hi"}],
        //  "temperature":0.7,"top_p":null,"max_tokens":200,"seed":42,"sample":3,"mode":"sample","prompt":"p-v1"}
        assertEquals("7304c8444b0dc87bcfb41389afb06689d705b5af5a19670ebd9c962288ca2fc4",
                SampleKey.of("goemotions", "i1", "openai", "http://h/v1", "m", MESSAGES, 0.7, null, 200, 42, 3, Mode.SAMPLE, "p-v1"));
        // ... "temperature":1.0,"top_p":0.9,"max_tokens":500,"seed":null,"sample":0,"mode":"verbalized","prompt":"p-v2"}
        assertEquals("65bee9db676552464ac7a499fdc9af6c9ada27662971ed6c8474c69e93da9742",
                SampleKey.of("emobank", "i2", "anthropic", "https://a", "c", MESSAGES, 1.0, 0.9, 500, null, 0, Mode.VERBALIZED, "p-v2"));
    }

    @Test
    void configuredFieldsEnterTheKeyAfterTheBase() {
        ModelConfig m = new ModelConfig("x", "openai", "http://h/v1", "m", null, "max_completion_tokens", true, false, null, null,
                "{ \"reasoning_effort\" : \"low\" }", 1, 0, 0, 60, 3, 0, 0);
        ChatRequest r = new ChatRequest(MESSAGES, 0.7, null, 200, 42, 5);
        // the base as above, then "max_tokens_field":"max_completion_tokens","top_logprobs":5,
        // "extra_body":"{\"reasoning_effort\":\"low\"}" (the configured object, canonical, as a string)
        assertEquals(KEY_WITH_CONFIG, SampleKey.of("goemotions", "i1", m, r, 3, Mode.SAMPLE, "p-v1"));
    }

    private static final String KEY_WITH_CONFIG = "2b81eb059d33c00077b3fa75caacf146f55ce297206e00614176316793f34413";

    /** The stored line's bytes: field order, nulls, number forms and escapes, pinned. */
    @Test
    void storedLineHasTheDocumentedForm() {
        SampleRecord r = new SampleRecord("7304c8444b0dc87bcfb41389afb06689d705b5af5a19670ebd9c962288ca2fc4", "goemotions", "i1", "m1",
                "openai", "http://h/v1", "m", Mode.SAMPLE, "p-v1", 0.7, null, 200, 42, 3, Status.OK, new double[]{1, 0, 0.5},
                "[\"joy\"]\n", null, 200, 1, 180, 4, 51, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00.051Z", "stop", null,
                java.util.Map.of("identity", "abc", "model_snapshot", "m-2026é"));
        String expected = "{\"key\":\"7304c8444b0dc87bcfb41389afb06689d705b5af5a19670ebd9c962288ca2fc4\",\"dataset\":\"goemotions\","
                + "\"item\":\"i1\",\"model\":\"m1\",\"provider\":\"openai\",\"base_url\":\"http://h/v1\",\"api_model\":\"m\","
                + "\"mode\":\"sample\",\"prompt\":\"p-v1\",\"temperature\":0.7,\"top_p\":null,\"max_tokens\":200,\"seed\":42,"
                + "\"sample\":3,\"status\":\"ok\",\"value\":[1.0,0.0,0.5],\"raw\":\"[\\\"joy\\\"]\\n\",\"detail\":null,"
                + "\"http_status\":200,\"attempts\":1,\"tokens_in\":180,\"tokens_out\":4,\"latency_ms\":51,"
                + "\"started\":\"2026-01-01T00:00:00Z\",\"finished\":\"2026-01-01T00:00:00.051Z\",\"stop_reason\":\"stop\","
                + "\"provenance\":{\"identity\":\"abc\",\"model_snapshot\":\"m-2026é\"}}";
        assertEquals(expected, r.toJson());
        assertEquals(expected + "\n", new String(r.toJsonLine(true), java.nio.charset.StandardCharsets.UTF_8));
    }
}

package org.emogap.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ModelsTest {
    @TempDir Path dir;

    @Test
    void theExampleFileHoldsThePapersFourModelsWithPrices() {
        // tests run in lib/, the example lives in environment/ at the project root
        List<ModelConfig> ms = Models.load(Path.of("..", "environment", "models.example.json"));
        assertEquals(List.of("gpt-5.4-mini", "claude-haiku-4.5", "llama-3.1-8b-instruct", "qwen3-8b", "sim:bge-small-en-v1.5-q:head"),
                ms.stream().map(ModelConfig::id).toList());
        // the simulated LLM's entry: free, on the port environment/simulated-llm serves
        assertEquals("http://127.0.0.1:8765/v1", ms.get(4).baseUrl());
        assertEquals(0, ms.get(4).cost(1_000_000, 1_000_000));
        ModelConfig gpt = ms.get(0);
        assertEquals("max_completion_tokens", gpt.maxTokensField());
        assertEquals("OPENAI_API_KEY", gpt.apiKeyEnv());
        // 1M tokens in and 100k out at 0.75 / 4.50 per million = 0.75 + 0.45
        assertEquals(1.20, gpt.cost(1_000_000, 100_000), 1e-12);
        assertFalse(ms.get(1).seed());
        assertEquals("anthropic", ms.get(1).provider());
        assertNull(ms.get(2).apiKeyEnv());
        assertNull(ms.get(2).problem());
        assertEquals("{\"chat_template_kwargs\":{\"enable_thinking\":false}}", ms.get(3).extraBody());
        assertEquals(0, ms.get(3).cost(1_000_000, 1_000_000));
    }

    @Test
    void mistakesAreNamed() throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, "{\"models\": [{\"id\": \"x\", \"provider\": \"openai\", \"base_url\": \"http://h/v1\", \"model\": \"m\", \"concurency\": 3}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Models.load(f));
        assertTrue(e.getMessage().startsWith(f + ": models[0]: unknown field 'concurency'"), e.getMessage());
        Files.writeString(f, "{\"models\": [{\"id\": \"x\", \"provider\": \"anthropic\", \"base_url\": \"h\", \"model\": \"m\", \"logprobs\": true}]}");
        e = assertThrows(IllegalArgumentException.class, () -> Models.load(f));
        assertTrue(e.getMessage().contains("no log-probabilities"), e.getMessage());
        ModelConfig needsKey = ModelConfig.openAi("k", "http://h/v1", "m", "EMOGAP_SURELY_UNSET_VARIABLE_42");
        assertEquals("environment variable EMOGAP_SURELY_UNSET_VARIABLE_42 is not set", needsKey.problem());
    }
}

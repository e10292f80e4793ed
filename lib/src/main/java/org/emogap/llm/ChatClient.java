package org.emogap.llm;

import java.io.IOException;

/**
 * One chat API endpoint. {@link #send} makes exactly one HTTP request (retries are the runner's job)
 * and throws {@link ApiException} for error statuses and malformed bodies, {@link IOException} for
 * transport failures (timeouts, connection resets).
 */
public interface ChatClient {
    ChatResponse send(ChatRequest request) throws ApiException, IOException, InterruptedException;

    /** True when the endpoint returns token log-probabilities. */
    boolean logprobs();

    /** True when the endpoint accepts a sampling seed. */
    boolean seeds();

    /** A client for a configured model, with its key read from the environment now. */
    static ChatClient of(ModelConfig m) {
        return switch (m.provider()) {
            case "openai" -> new OpenAiClient(m, m.apiKey());
            case "anthropic" -> new AnthropicClient(m, m.apiKey());
            default -> throw new IllegalArgumentException("model " + m.id() + ": provider '" + m.provider() + "' unknown");
        };
    }
}

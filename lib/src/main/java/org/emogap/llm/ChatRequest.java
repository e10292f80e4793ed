package org.emogap.llm;

import java.util.List;
import java.util.Objects;

/**
 * What one sample asks: messages and sampling parameters. {@code topP} and {@code seed} are null
 * when not sent; {@code topLogprobs} &gt; 0 asks for log-probabilities (OpenAI-compatible APIs only).
 */
public record ChatRequest(List<Message> messages, double temperature, Double topP, int maxTokens, Integer seed,
                          int topLogprobs) {
    public ChatRequest {
        Objects.requireNonNull(messages, "messages");
        messages = List.copyOf(messages);
        if (!(temperature >= 0 && temperature <= 2)) throw new IllegalArgumentException("temperature is " + temperature + ", expected 0..2");
        if (maxTokens <= 0) throw new IllegalArgumentException("maxTokens is " + maxTokens + ", must be > 0");
        if (topLogprobs < 0 || topLogprobs > 20) throw new IllegalArgumentException("topLogprobs is " + topLogprobs + ", expected 0..20");
    }
}

package org.emogap.llm;

import java.util.Objects;

/**
 * One configured model: where it is served and how to call it. The API key is never held here,
 * only the name of the environment variable that holds it ({@code apiKeyEnv}, null for servers
 * without authentication such as a local vLLM).
 *
 * @param id             the annotator id used in stores and judgments, e.g. {@code llama-3.1-8b-instruct}
 * @param provider       {@code openai} (any OpenAI-compatible Chat Completions server) or {@code anthropic}
 * @param baseUrl        e.g. {@code https://api.openai.com/v1}, {@code http://gpu1:8000/v1}, {@code https://api.anthropic.com}
 * @param model          the model name the API expects
 * @param maxTokensField {@code max_tokens}, or {@code max_completion_tokens} for OpenAI reasoning models
 * @param seed           whether the API takes a seed (then seed = base + sample index)
 * @param logprobs       whether the API returns token log-probabilities
 * @param topP           top_p to send, or null to leave the server default
 * @param maxTokens      output-token cap overriding the plan's (e.g. reasoning models), or null
 * @param extraBody      JSON object merged into every request body (e.g. {@code reasoning_effort}), or null
 * @param priceIn        USD per million input tokens (0 for own servers)
 * @param priceOut       USD per million output tokens
 */
public record ModelConfig(String id, String provider, String baseUrl, String model, String apiKeyEnv,
                          String maxTokensField, boolean seed, boolean logprobs, Double topP, Integer maxTokens,
                          String extraBody, int concurrency, int requestsPerMinute, int tokensPerMinute,
                          int timeoutSeconds, int maxAttempts, double priceIn, double priceOut) {
    public ModelConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        if (!provider.equals("openai") && !provider.equals("anthropic")) {
            throw new IllegalArgumentException("model " + id + ": provider is '" + provider + "', expected openai or anthropic");
        }
        if (maxTokensField == null) maxTokensField = "max_tokens";
        if (!maxTokensField.equals("max_tokens") && !maxTokensField.equals("max_completion_tokens")) {
            throw new IllegalArgumentException("model " + id + ": max_tokens_field is '" + maxTokensField + "'");
        }
        if (provider.equals("anthropic") && (seed || logprobs)) {
            throw new IllegalArgumentException("model " + id + ": the Anthropic Messages API takes no seed and returns no log-probabilities");
        }
        if (concurrency < 1) throw new IllegalArgumentException("model " + id + ": concurrency is " + concurrency + ", must be >= 1");
        if (requestsPerMinute < 0 || tokensPerMinute < 0) throw new IllegalArgumentException("model " + id + ": negative rate limit");
        if (timeoutSeconds < 1) throw new IllegalArgumentException("model " + id + ": timeout_seconds is " + timeoutSeconds);
        if (maxAttempts < 1) throw new IllegalArgumentException("model " + id + ": max_attempts is " + maxAttempts);
        if (priceIn < 0 || priceOut < 0) throw new IllegalArgumentException("model " + id + ": negative price");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A model on an OpenAI-compatible server with the usual defaults (concurrency 8, no rate limit, 60 s, 6 attempts, free). */
    public static ModelConfig openAi(String id, String baseUrl, String model, String apiKeyEnv) {
        return new ModelConfig(id, "openai", baseUrl, model, apiKeyEnv, "max_tokens", true, true, null, null, null,
                8, 0, 0, 60, 6, 0, 0);
    }

    public ModelConfig withConcurrency(int c) {
        return new ModelConfig(id, provider, baseUrl, model, apiKeyEnv, maxTokensField, seed, logprobs, topP, maxTokens,
                extraBody, c, requestsPerMinute, tokensPerMinute, timeoutSeconds, maxAttempts, priceIn, priceOut);
    }

    public ModelConfig withLimits(int rpm, int tpm, int timeoutSec, int attempts) {
        return new ModelConfig(id, provider, baseUrl, model, apiKeyEnv, maxTokensField, seed, logprobs, topP, maxTokens,
                extraBody, concurrency, rpm, tpm, timeoutSec, attempts, priceIn, priceOut);
    }

    public ModelConfig withPrice(double in, double out) {
        return new ModelConfig(id, provider, baseUrl, model, apiKeyEnv, maxTokensField, seed, logprobs, topP, maxTokens,
                extraBody, concurrency, requestsPerMinute, tokensPerMinute, timeoutSeconds, maxAttempts, in, out);
    }

    /** USD for a number of tokens in and out. */
    public double cost(long tokensIn, long tokensOut) {
        return (tokensIn * priceIn + tokensOut * priceOut) / 1e6;
    }

    /** Null when the model can be called as configured, else why not (a missing key names its variable only). */
    public String problem() {
        if (apiKeyEnv == null || apiKeyEnv.isBlank()) return null;
        String k = System.getenv(apiKeyEnv);
        return k == null || k.isBlank() ? "environment variable " + apiKeyEnv + " is not set" : null;
    }

    /** The key from the environment (null when none is configured); only clients call this. */
    String apiKey() {
        if (apiKeyEnv == null || apiKeyEnv.isBlank()) return null;
        String k = System.getenv(apiKeyEnv);
        if (k == null || k.isBlank()) throw new IllegalStateException("model " + id + ": environment variable " + apiKeyEnv + " is not set");
        return k.trim();
    }
}

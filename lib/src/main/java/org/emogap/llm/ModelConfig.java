package org.emogap.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
        if (extraBody != null && extraBody.isBlank()) extraBody = null;
        if (extraBody != null) {
            JsonNode extra;
            try {
                extra = JSON.readTree(extraBody);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("model " + id + ": extra_body is not JSON: " + e.getOriginalMessage());
            }
            if (extra == null || !extra.isObject()) throw new IllegalArgumentException("model " + id + ": extra_body must be a JSON object");
            for (var it = extra.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (OWN_FIELDS.contains(f)) {
                    throw new IllegalArgumentException("model " + id + ": extra_body sets '" + f + "', which emogap sets itself"
                            + " (configure it with the model's own setting, or leave it out)");
                }
            }
            // canonical form (sorted fields, no spaces), so the cache key does not depend on how the file is written
            extraBody = canonical(extra).toString();
        }
    }

    /** Request fields emogap sets itself; {@code extra_body} may not name them. */
    public static final java.util.Set<String> OWN_FIELDS = java.util.Set.of("model", "messages", "system", "temperature", "top_p",
            "seed", "n", "max_tokens", "max_completion_tokens", "logprobs", "top_logprobs", "stream");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode canonical(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = JSON.createObjectNode();
            java.util.List<String> names = new java.util.ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            java.util.Collections.sort(names);
            for (String f : names) o.set(f, canonical(n.get(f)));
            return o;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode a = JSON.createArrayNode();
            n.forEach(x -> a.add(canonical(x)));
            return a;
        }
        return n;
    }

    /**
     * What makes this model's requests what they are, apart from the prompt and sampling: provider,
     * base URL, API model name, {@code extra_body} and {@code max_tokens_field}, as a short hash.
     * Two entries with the same identity send the same requests; the id is only a name, so
     * renaming an entry keeps its stored samples and its judgments take the new id.
     */
    public String identity() {
        return SampleKey.sha256(provider + "\u0000" + baseUrl + "\u0000" + model + "\u0000" + (extraBody == null ? "" : extraBody)
                + "\u0000" + maxTokensField).substring(0, 16);
    }

    /** {@code extra_body} as a JSON object (a copy), or null. */
    ObjectNode extraBodyJson() {
        if (extraBody == null) return null;
        try {
            return (ObjectNode) JSON.readTree(extraBody);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("extra_body was checked when the model was configured", e);
        }
    }

    /**
     * The temperatures and top_p this provider accepts: Anthropic's Messages API takes temperature
     * and top_p in [0, 1]; OpenAI-compatible servers temperature in [0, 2] and top_p in [0, 1].
     * Null when {@code temperature} fits, else why not.
     */
    public String rangeProblem(double temperature) {
        double max = provider.equals("anthropic") ? 1 : 2;
        if (!(temperature >= 0 && temperature <= max)) {
            return "model " + id + " (" + provider + ") takes temperatures in [0, " + (int) max + "], not " + temperature;
        }
        if (topP != null && !(topP >= 0 && topP <= 1)) return "model " + id + ": top_p " + topP + " is outside [0, 1]";
        return null;
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

    /**
     * Null when the model can be called as configured, else why not. A key is checked where it is
     * read: it must be set and be printable ASCII without spaces (what an HTTP header can carry, so a
     * pasted curly quote or a line break is caught here). The message names the variable, never the value.
     */
    public String problem() {
        if (apiKeyEnv == null || apiKeyEnv.isBlank()) return null;
        String k = System.getenv(apiKeyEnv);
        if (k == null || k.isBlank()) return "environment variable " + apiKeyEnv + " is not set";
        String t = k.trim();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return "environment variable " + apiKeyEnv + " holds a character an HTTP header cannot carry (at position "
                        + (i + 1) + " of " + t.length() + "; a curly quote, space or line break pasted with the key?)";
            }
        }
        return null;
    }

    /** The key from the environment (null when none is configured); only clients call this. */
    String apiKey() {
        if (apiKeyEnv == null || apiKeyEnv.isBlank()) return null;
        String k = System.getenv(apiKeyEnv);
        String p = problem();
        if (p != null) throw new IllegalStateException("model " + id + ": " + p);
        return k.trim();
    }
}

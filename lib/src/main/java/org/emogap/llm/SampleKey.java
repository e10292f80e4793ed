package org.emogap.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The cache key of one sample: SHA-256 (hex) over a canonical JSON of everything that shapes the
 * request — provider, base URL, model, the full messages, temperature, top_p, max tokens and the
 * field that carries it, seed, top_logprobs, the model's {@code extra_body} (canonical JSON), sample
 * index, mode and prompt version — and the item it belongs to (dataset and item id), so two items
 * with the same text keep separate samples. Change any of them and the sample is asked again. The
 * model's id is not in it: it only names the judgments. Fields added after the first stores were
 * written ({@code max_tokens_field}, {@code top_logprobs}, {@code extra_body}) enter the key only
 * when they differ from what those stores implied (max_tokens, 20 alternatives, none), so the
 * samples of an unchanged configuration keep their keys.
 */
public final class SampleKey {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleKey() {}

    /** The key of one planned sample of a model. */
    public static String of(String dataset, String itemId, ModelConfig m, ChatRequest r, int sample, Mode mode, String promptVersion) {
        ObjectNode o = base(dataset, itemId, m.provider(), m.baseUrl(), m.model(), r.messages(), r.temperature(), r.topP(),
                r.maxTokens(), r.seed(), sample, mode, promptVersion);
        if (!m.maxTokensField().equals("max_tokens")) o.put("max_tokens_field", m.maxTokensField());
        if (r.topLogprobs() > 0 && r.topLogprobs() != 20) o.put("top_logprobs", r.topLogprobs());
        if (m.extraBody() != null) o.put("extra_body", m.extraBody());
        return sha256(o.toString());
    }

    public static String of(String dataset, String itemId, String provider, String baseUrl, String model, List<Message> messages, double temperature,
                            Double topP, int maxTokens, Integer seed, int sample, Mode mode, String promptVersion) {
        return sha256(base(dataset, itemId, provider, baseUrl, model, messages, temperature, topP, maxTokens, seed, sample, mode,
                promptVersion).toString());
    }

    private static ObjectNode base(String dataset, String itemId, String provider, String baseUrl, String model, List<Message> messages,
                                   double temperature, Double topP, int maxTokens, Integer seed, int sample, Mode mode, String promptVersion) {
        // Field order is fixed by construction, so the bytes are canonical.
        ObjectNode o = JSON.createObjectNode();
        o.put("dataset", dataset);
        o.put("item", itemId);
        o.put("provider", provider);
        o.put("base_url", baseUrl);
        o.put("model", model);
        ArrayNode m = o.putArray("messages");
        for (Message msg : messages) m.addObject().put("role", msg.role()).put("content", msg.content());
        o.put("temperature", temperature);
        if (topP == null) o.putNull("top_p"); else o.put("top_p", topP.doubleValue());
        o.put("max_tokens", maxTokens);
        if (seed == null) o.putNull("seed"); else o.put("seed", seed.intValue());
        o.put("sample", sample);
        o.put("mode", mode.label());
        o.put("prompt", promptVersion);
        return o;
    }

    /** SHA-256 of a string as 64 hex digits. */
    public static String sha256Hex(String s) {
        return sha256(s);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}

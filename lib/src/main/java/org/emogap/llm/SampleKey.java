package org.emogap.llm;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private static final JsonFactory JSON = new JsonFactory();
    /** One digest per thread: a runner's workers key every sample they send. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    });

    private SampleKey() {}

    /** The key of one planned sample of a model. */
    public static String of(String dataset, String itemId, ModelConfig m, ChatRequest r, int sample, Mode mode, String promptVersion) {
        return digest(g -> {
            base(g, dataset, itemId, m.provider(), m.baseUrl(), m.model(), r.messages(), r.temperature(), r.topP(), r.maxTokens(),
                    r.seed(), sample, mode, promptVersion);
            if (!m.maxTokensField().equals("max_tokens")) g.writeStringField("max_tokens_field", m.maxTokensField());
            if (r.topLogprobs() > 0 && r.topLogprobs() != 20) g.writeNumberField("top_logprobs", r.topLogprobs());
            if (m.extraBody() != null) g.writeStringField("extra_body", m.extraBody());
        });
    }

    public static String of(String dataset, String itemId, String provider, String baseUrl, String model, List<Message> messages, double temperature,
                            Double topP, int maxTokens, Integer seed, int sample, Mode mode, String promptVersion) {
        return digest(g -> base(g, dataset, itemId, provider, baseUrl, model, messages, temperature, topP, maxTokens, seed, sample,
                mode, promptVersion));
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * SHA-256 of one JSON object whose fields {@code fields} writes. The fields are streamed
     * (no tree is built): the bytes are those Jackson's tree would print, pinned by a test against
     * digests computed outside Java, since a change would re-ask every stored sample.
     */
    private static String digest(Fields fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a key's JSON to memory", e);
        }
        MessageDigest d = SHA256.get();
        d.reset();
        return HexFormat.of().formatHex(d.digest(bytes.toByteArray()));
    }

    private static void base(JsonGenerator g, String dataset, String itemId, String provider, String baseUrl, String model,
                             List<Message> messages, double temperature, Double topP, int maxTokens, Integer seed, int sample,
                             Mode mode, String promptVersion) throws IOException {
        // Field order is fixed by construction, so the bytes are canonical.
        g.writeStringField("dataset", dataset);
        g.writeStringField("item", itemId);
        g.writeStringField("provider", provider);
        g.writeStringField("base_url", baseUrl);
        g.writeStringField("model", model);
        g.writeArrayFieldStart("messages");
        for (Message msg : messages) {
            g.writeStartObject();
            g.writeStringField("role", msg.role());
            g.writeStringField("content", msg.content());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("temperature", temperature);
        if (topP == null) g.writeNullField("top_p"); else g.writeNumberField("top_p", topP.doubleValue());
        g.writeNumberField("max_tokens", maxTokens);
        if (seed == null) g.writeNullField("seed"); else g.writeNumberField("seed", seed.intValue());
        g.writeNumberField("sample", sample);
        g.writeStringField("mode", mode.label());
        g.writeStringField("prompt", promptVersion);
    }

    /** SHA-256 of a string as 64 hex digits. */
    public static String sha256Hex(String s) {
        return sha256(s);
    }

    static String sha256(String s) {
        MessageDigest d = SHA256.get();
        d.reset();
        return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}

package org.emogap.llm;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One stored sample: what was asked (everything in its key), what came back (raw text, parse status,
 * parsed value, detail) and what it cost (tokens, latency, HTTP status, attempts, timestamps). Never
 * holds a credential: the key lives only in the client.
 *
 * @param value    parsed value in label order (see {@link Parsed}), null when nothing parsed
 * @param logprobs the log-probabilities the parse used, as compact JSON (logprobs mode), else null
 * @param provenance who answered and how: the configured model's request identity
 *                   ({@link ModelConfig#identity()}) and what the response said of itself (model
 *                   snapshot, response and request ids, system fingerprint, service tier,
 *                   reasoning and cache token counts); empty for records written before it existed
 */
public record SampleRecord(String key, String dataset, String item, String model, String provider, String baseUrl,
                           String apiModel, Mode mode, String prompt, double temperature, Double topP, int maxTokens,
                           Integer seed, int sample, Status status, double[] value, String raw, String detail,
                           int httpStatus, int attempts, int tokensIn, int tokensOut, long latencyMs, String started,
                           String finished, String stopReason, String logprobs, Map<String, String> provenance) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    public SampleRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(status, "status");
        if (key.length() != 64) throw new IllegalArgumentException("key '" + key + "' is not a SHA-256 hex digest");
        if (status == Status.OK && value == null) throw new IllegalArgumentException("sample " + key + " is ok but has no value");
        value = value == null ? null : value.clone();
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(provenance));
    }

    /** A record without provenance. */
    public SampleRecord(String key, String dataset, String item, String model, String provider, String baseUrl,
                        String apiModel, Mode mode, String prompt, double temperature, Double topP, int maxTokens,
                        Integer seed, int sample, Status status, double[] value, String raw, String detail,
                        int httpStatus, int attempts, int tokensIn, int tokensOut, long latencyMs, String started,
                        String finished, String stopReason, String logprobs) {
        this(key, dataset, item, model, provider, baseUrl, apiModel, mode, prompt, temperature, topP, maxTokens, seed, sample,
                status, value, raw, detail, httpStatus, attempts, tokensIn, tokensOut, latencyMs, started, finished, stopReason,
                logprobs, null);
    }

    @Override public double[] value() {
        return value == null ? null : value.clone();
    }

    /** True for samples an analysis may use by default. */
    public boolean ok() {
        return status == Status.OK;
    }

    /** One JSON line (no line break). */
    public String toJson() {
        return new String(toJsonLine(false), StandardCharsets.UTF_8);
    }

    /**
     * The JSON line as UTF-8 bytes, with its line break when asked: what the store appends. Written
     * field by field with a streaming generator (the same bytes a JSON tree would print, checked in
     * a test), because building a tree per sample was a tenth of the runner's CPU.
     */
    byte[] toJsonLine(boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("key", key);
            g.writeStringField("dataset", dataset);
            g.writeStringField("item", item);
            g.writeStringField("model", model);
            g.writeStringField("provider", provider);
            g.writeStringField("base_url", baseUrl);
            g.writeStringField("api_model", apiModel);
            g.writeStringField("mode", mode.label());
            g.writeStringField("prompt", prompt);
            g.writeNumberField("temperature", temperature);
            if (topP == null) g.writeNullField("top_p"); else g.writeNumberField("top_p", topP.doubleValue());
            g.writeNumberField("max_tokens", maxTokens);
            if (seed == null) g.writeNullField("seed"); else g.writeNumberField("seed", seed.intValue());
            g.writeNumberField("sample", sample);
            g.writeStringField("status", status.label());
            if (value == null) g.writeNullField("value");
            else {
                g.writeArrayFieldStart("value");
                for (double v : value) g.writeNumber(v);
                g.writeEndArray();
            }
            g.writeStringField("raw", raw);
            g.writeStringField("detail", detail);
            g.writeNumberField("http_status", httpStatus);
            g.writeNumberField("attempts", attempts);
            g.writeNumberField("tokens_in", tokensIn);
            g.writeNumberField("tokens_out", tokensOut);
            g.writeNumberField("latency_ms", latencyMs);
            g.writeStringField("started", started);
            g.writeStringField("finished", finished);
            g.writeStringField("stop_reason", stopReason);
            if (logprobs != null) g.writeStringField("logprobs", logprobs);
            if (!provenance.isEmpty()) {
                g.writeObjectFieldStart("provenance");
                for (Map.Entry<String, String> e : provenance.entrySet()) g.writeStringField(e.getKey(), e.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sample's JSON to memory", e);
        }
        if (newline) out.write('\n');
        return out.toByteArray();
    }

    static SampleRecord fromJson(JsonNode o) {
        JsonNode v = o.get("value");
        double[] value = null;
        if (v != null && !v.isNull()) {
            value = new double[v.size()];
            for (int i = 0; i < value.length; i++) value[i] = v.get(i).asDouble();
        }
        JsonNode topP = o.get("top_p"), seed = o.get("seed");
        return new SampleRecord(text(o, "key"), text(o, "dataset"), text(o, "item"), text(o, "model"),
                text(o, "provider"), text(o, "base_url"), text(o, "api_model"), Mode.of(req(o, "mode").asText()),
                text(o, "prompt"), req(o, "temperature").asDouble(), topP == null || topP.isNull() ? null : topP.asDouble(),
                o.path("max_tokens").asInt(), seed == null || seed.isNull() ? null : seed.asInt(), req(o, "sample").asInt(),
                Status.of(req(o, "status").asText()), value, text(o, "raw"), text(o, "detail"), o.path("http_status").asInt(),
                o.path("attempts").asInt(), o.path("tokens_in").asInt(), o.path("tokens_out").asInt(),
                o.path("latency_ms").asLong(), text(o, "started"), text(o, "finished"), text(o, "stop_reason"),
                text(o, "logprobs"), provenance(o.get("provenance")));
    }

    private static Map<String, String> provenance(JsonNode p) {
        if (p == null || !p.isObject()) return null;
        Map<String, String> m = new TreeMap<>();
        p.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }

    private static JsonNode req(JsonNode o, String f) {
        JsonNode n = o.get(f);
        if (n == null || n.isNull()) throw new IllegalArgumentException("field '" + f + "' is missing");
        return n;
    }

    private static String text(JsonNode o, String f) {
        JsonNode n = o.get(f);
        return n == null || n.isNull() ? null : n.asText();
    }
}

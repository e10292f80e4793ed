package org.emogap.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.TreeMap;

/**
 * Anthropic Messages ({@code POST <base>/v1/messages}, version 2023-06-01). The system prompt is a
 * top-level field; the API takes no seed and returns no log-probabilities.
 */
public final class AnthropicClient extends HttpChat {
    static final String VERSION = "2023-06-01";

    AnthropicClient(ModelConfig model, String key) {
        super(model, key);
    }

    @Override HttpRequest.Builder authorize(HttpRequest.Builder b, String key) {
        b.header("anthropic-version", VERSION);
        return key == null ? b : b.header("x-api-key", key);
    }

    @Override String path() {
        return model.baseUrl().endsWith("/v1") ? "/messages" : "/v1/messages";
    }

    @Override public boolean logprobs() {
        return false;
    }

    @Override public boolean seeds() {
        return false;
    }

    @Override ObjectNode body(ChatRequest r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("model", model.model());
        o.put("max_tokens", r.maxTokens());
        StringBuilder system = new StringBuilder();
        ArrayNode m = JSON.createArrayNode();
        for (Message msg : r.messages()) {
            if (msg.role().equals("system")) system.append(system.length() > 0 ? "\n\n" : "").append(msg.content());
            else m.addObject().put("role", msg.role()).put("content", msg.content());
        }
        if (system.length() > 0) o.put("system", system.toString());
        o.set("messages", m);
        o.put("temperature", r.temperature());
        if (r.topP() != null) o.put("top_p", r.topP().doubleValue());
        return o;
    }

    @Override ChatResponse parse(int status, JsonNode b) throws ApiException {
        JsonNode content = b.get("content");
        if (content == null || !content.isArray()) throw malformed(status, "no content array", b);
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            if ("text".equals(block.path("type").asText())) text.append(block.path("text").asText());
        }
        JsonNode usage = b.path("usage");
        Map<String, String> meta = new TreeMap<>();
        meta(meta, "response_id", b.get("id"));
        meta(meta, "response_model", b.get("model"));
        meta(meta, "service_tier", usage.get("service_tier"));
        meta(meta, "cache_creation_input_tokens", usage.get("cache_creation_input_tokens"));
        meta(meta, "cache_read_input_tokens", usage.get("cache_read_input_tokens"));
        return new ChatResponse(status, text.toString(), null, textOrNull(b.get("stop_reason")),
                usage.path("input_tokens").asInt(), usage.path("output_tokens").asInt(), null, meta);
    }
}

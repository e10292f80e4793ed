package org.emogap.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenAI Chat Completions ({@code POST <base>/chat/completions}), which OpenAI, vLLM, Ollama,
 * llama.cpp and LM Studio all serve. Bearer authentication only when a key is configured.
 */
public final class OpenAiClient extends HttpChat {
    OpenAiClient(ModelConfig model, String key) {
        super(model, key);
    }

    @Override HttpRequest.Builder authorize(HttpRequest.Builder b, String key) {
        return key == null ? b : b.header("authorization", "Bearer " + key);
    }

    @Override String path() {
        return "/chat/completions";
    }

    @Override public boolean logprobs() {
        return model.logprobs();
    }

    @Override public boolean seeds() {
        return model.seed();
    }

    @Override ObjectNode body(ChatRequest r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("model", model.model());
        ArrayNode m = o.putArray("messages");
        for (Message msg : r.messages()) m.addObject().put("role", msg.role()).put("content", msg.content());
        o.put("temperature", r.temperature());
        if (r.topP() != null) o.put("top_p", r.topP().doubleValue());
        o.put(model.maxTokensField(), r.maxTokens());
        if (r.seed() != null && model.seed()) o.put("seed", r.seed().intValue());
        o.put("n", 1);
        if (r.topLogprobs() > 0) {
            o.put("logprobs", true);
            o.put("top_logprobs", r.topLogprobs());
        }
        return o;
    }

    @Override ChatResponse parse(int status, JsonNode b) throws ApiException {
        JsonNode choice = b.path("choices").path(0);
        if (!choice.isObject() || !choice.path("message").isObject()) throw malformed(status, "no choices[0].message", b);
        JsonNode msg = choice.get("message");
        List<ChatResponse.Token> tokens = new ArrayList<>();
        for (JsonNode t : choice.path("logprobs").path("content")) {
            List<ChatResponse.Alt> top = new ArrayList<>();
            for (JsonNode a : t.path("top_logprobs")) top.add(new ChatResponse.Alt(a.path("token").asText(), a.path("logprob").asDouble()));
            tokens.add(new ChatResponse.Token(t.path("token").asText(), t.path("logprob").asDouble(), top));
        }
        JsonNode usage = b.path("usage");
        Map<String, String> meta = new TreeMap<>();
        meta(meta, "response_id", b.get("id"));
        meta(meta, "response_model", b.get("model"));
        meta(meta, "system_fingerprint", b.get("system_fingerprint"));
        meta(meta, "service_tier", b.get("service_tier"));
        meta(meta, "reasoning_tokens", usage.path("completion_tokens_details").get("reasoning_tokens"));
        meta(meta, "cached_tokens", usage.path("prompt_tokens_details").get("cached_tokens"));
        return new ChatResponse(status, textOrNull(msg.get("content")), textOrNull(msg.get("refusal")),
                textOrNull(choice.get("finish_reason")), usage.path("prompt_tokens").asInt(),
                usage.path("completion_tokens").asInt(), tokens, meta);
    }
}

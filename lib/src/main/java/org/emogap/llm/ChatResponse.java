package org.emogap.llm;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A successful API answer: the text (may be empty), the provider's refusal text or stop reason, token
 * counts, per-token log-probabilities when requested and returned (empty otherwise), and what the
 * response says about who answered ({@code meta}: the model snapshot, response id, system
 * fingerprint, service tier, request id, reasoning and cache token counts, as far as the provider
 * gives them), kept with the sample so a study can say which snapshot answered.
 */
public record ChatResponse(int httpStatus, String text, String refusal, String stopReason, int tokensIn,
                           int tokensOut, List<Token> logprobs, Map<String, String> meta) {
    public ChatResponse {
        logprobs = logprobs == null ? List.of() : List.copyOf(logprobs);
        meta = meta == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(meta));
    }

    public ChatResponse(int httpStatus, String text, String refusal, String stopReason, int tokensIn, int tokensOut,
                        List<Token> logprobs) {
        this(httpStatus, text, refusal, stopReason, tokensIn, tokensOut, logprobs, null);
    }

    /** The same answer with more provenance (e.g. the request id from the response headers). */
    ChatResponse withMeta(Map<String, String> more) {
        Map<String, String> m = new TreeMap<>(meta);
        more.forEach((k, v) -> { if (v != null && !v.isEmpty()) m.put(k, v); });
        return new ChatResponse(httpStatus, text, refusal, stopReason, tokensIn, tokensOut, logprobs, m);
    }

    /** One generated token with its log-probability and the most likely alternatives at its position. */
    public record Token(String token, double logprob, List<Alt> top) {
        public Token {
            top = top == null ? List.of() : List.copyOf(top);
        }
    }

    /** An alternative token at a position. */
    public record Alt(String token, double logprob) {}
}

package org.emogap.llm;

import java.util.List;

/**
 * A successful API answer: the text (may be empty), the provider's refusal text or stop reason, token
 * counts, and per-token log-probabilities when requested and returned (empty otherwise).
 */
public record ChatResponse(int httpStatus, String text, String refusal, String stopReason, int tokensIn,
                           int tokensOut, List<Token> logprobs) {
    public ChatResponse {
        logprobs = logprobs == null ? List.of() : List.copyOf(logprobs);
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

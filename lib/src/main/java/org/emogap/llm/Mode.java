package org.emogap.llm;

import java.util.Locale;

/**
 * How a judgment is elicited. All three end as the same {@link Judgment}s: {@code sample} parses
 * labels (or VAD) from each sampled answer; {@code verbalized} asks the model for a probability per
 * label (or per VAD rating); {@code logprobs} reads the token probabilities of a one-label answer
 * where the API returns them.
 */
public enum Mode {
    SAMPLE, VERBALIZED, LOGPROBS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}

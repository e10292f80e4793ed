package org.emogap.llm;

import java.util.Locale;

/** What became of one sample: only {@link #OK} samples enter a model's judgment by default. */
public enum Status {
    /** Parsed, every label known (or VAD in range). */
    OK,
    /** The model answered with nothing usable: no text, or an empty list. */
    EMPTY,
    /** Text that is not the requested format. */
    UNPARSEABLE,
    /** Parsed, but with labels outside the label set (kept in the record, excluded by default). */
    UNKNOWN_LABEL,
    /** The model declined (refusal field, a refusal or content-filter stop reason, or a recognisable refusal sentence). */
    REFUSED,
    /** The answer was cut off: at the output-token cap ({@code finish_reason: length}, {@code stop_reason: max_tokens}) or mid-object. */
    TRUNCATED,
    /** No usable response after the allowed attempts (HTTP error, timeout, malformed body). */
    ERROR;

    /** The name written to the store: {@code ok}, {@code unknown_label}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}

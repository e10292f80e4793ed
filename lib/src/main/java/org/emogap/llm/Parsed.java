package org.emogap.llm;

import java.util.Objects;

/**
 * The parse of one answer: a status, the value in label order (multi-hot, probability vector,
 * {@code [V, A, D]} or three 5-bin rating distributions) or null, and a short detail (unknown
 * labels, why it failed).
 */
public record Parsed(Status status, double[] value, String detail) {
    public Parsed {
        Objects.requireNonNull(status, "status");
        value = value == null ? null : value.clone();
        if (status == Status.OK && value == null) throw new IllegalArgumentException("an ok parse needs a value");
    }

    static Parsed fail(Status s, String detail) {
        return new Parsed(s, null, detail);
    }

    @Override public double[] value() {
        return value == null ? null : value.clone();
    }
}

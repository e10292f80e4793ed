package org.emogap.judgment;

import java.math.BigDecimal;

/**
 * A sampling temperature, or {@link #POOLED}: every sample of an annotator together, which is
 * also what a deterministic annotator (no temperature at all) is compared as. One text form for
 * every table and file: the shortest decimal with at least one digit after the point ("0.0",
 * "0.3", "0.25", "1.0"), or {@code "pooled"}; so 0.25 and 0.3 never merge.
 *
 * @param value the temperature, NaN for pooled
 */
public record Temperature(double value) implements Comparable<Temperature> {
    /** The text form of {@link #POOLED}. */
    public static final String POOLED_LABEL = "pooled";
    /** All samples of an annotator, or a deterministic annotator. */
    public static final Temperature POOLED = new Temperature(Double.NaN);

    public Temperature {
        if (!Double.isNaN(value) && !(value >= 0 && value <= 2)) {
            throw new IllegalArgumentException("temperature " + value + " is outside 0..2");
        }
    }

    /** A temperature; NaN gives {@link #POOLED}. */
    public static Temperature of(double value) {
        return Double.isNaN(value) ? POOLED : new Temperature(value);
    }

    /** The inverse of {@link #label()}. */
    public static Temperature parse(String label) {
        if (label.equals(POOLED_LABEL)) return POOLED;
        try {
            return of(Double.parseDouble(label));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("temperature '" + label + "' is neither a number nor '" + POOLED_LABEL + "'");
        }
    }

    /** The text form of a temperature value (NaN: pooled). */
    public static String label(double value) {
        return of(value).label();
    }

    public boolean pooled() {
        return Double.isNaN(value);
    }

    public String label() {
        if (pooled()) return POOLED_LABEL;
        String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** Temperatures ascending, pooled last. */
    @Override public int compareTo(Temperature o) {
        if (pooled() || o.pooled()) return Boolean.compare(pooled(), o.pooled());
        return Double.compare(value, o.value);
    }

    /** Orders two text forms as {@link #compareTo} orders the temperatures. */
    public static int compareLabels(String a, String b) {
        return parse(a).compareTo(parse(b));
    }

    @Override public boolean equals(Object o) {
        return o instanceof Temperature t && (pooled() ? t.pooled() : t.value == value);
    }

    @Override public int hashCode() {
        return pooled() ? 0 : Double.hashCode(value);
    }

    @Override public String toString() {
        return label();
    }
}

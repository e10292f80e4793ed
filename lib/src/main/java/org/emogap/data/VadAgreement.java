package org.emogap.data;

/** Agreement of an EmoBank text's raters from its mean VAD SD (docs/method.md §1): the one definition of the three levels. */
public enum VadAgreement {
    /** mean_vad_std < 0.3 */
    HIGH("high"),
    /** 0.3 ≤ mean_vad_std < 0.7 */
    MODERATE("moderate"),
    /** mean_vad_std ≥ 0.7 */
    LOW("low");

    /** The labels in this order (high agreement first), as tables list them. */
    public static final java.util.List<String> LABELS = java.util.Arrays.stream(values()).map(VadAgreement::label).toList();

    private final String label;

    VadAgreement(String label) { this.label = label; }

    public String label() { return label; }

    /** The level of a mean VAD SD; NaN (fewer than 2 ratings) has none and is refused. */
    public static VadAgreement of(double meanVadStd) {
        if (Double.isNaN(meanVadStd)) throw new IllegalArgumentException("mean_vad_std is NaN (fewer than 2 ratings): no agreement level");
        if (meanVadStd < 0) throw new IllegalArgumentException("mean_vad_std " + meanVadStd + " < 0");
        if (meanVadStd < 0.3) return HIGH;
        if (meanVadStd < 0.7) return MODERATE;
        return LOW;
    }

    public static VadAgreement fromLabel(String label) {
        for (VadAgreement a : values()) if (a.label.equals(label)) return a;
        throw new IllegalArgumentException("unknown agreement level '" + label + "'");
    }
}

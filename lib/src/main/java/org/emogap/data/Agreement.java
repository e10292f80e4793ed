package org.emogap.data;

/** How a GoEmotions item's raters agreed (docs/method.md §1): the one definition of the three levels. */
public enum Agreement {
    /** Every label was chosen by all raters or by none. */
    FULL_AGREEMENT("full_agreement"),
    /** Neither of the other two. */
    PARTIAL_AGREEMENT("partial_agreement"),
    /** No label was chosen by more than one rater (and some label by exactly one). */
    FULL_DISAGREEMENT("full_disagreement");

    /** The labels in this order (high agreement first), as tables list them. */
    public static final java.util.List<String> LABELS = java.util.Arrays.stream(values()).map(Agreement::label).toList();

    private final String label;

    Agreement(String label) { this.label = label; }

    /** The name used in tables and CSV files, e.g. "full_agreement". */
    public String label() { return label; }

    /**
     * The level of an item from its per-label vote counts. Works on counts, not on the shares
     * {@code r_k = votes/n}, so no floating-point comparison decides a level:
     * {@code r_k ∈ {0,1}} ⇔ votes ∈ {0,n}; {@code r_k ≤ 1/n} ⇔ votes ≤ 1.
     */
    public static Agreement of(int[] votes, int nRaters) {
        if (nRaters < 1) throw new IllegalArgumentException("an item needs at least 1 rater, got " + nRaters);
        boolean allUnanimous = true;
        boolean allAtMostOne = true;
        for (int v : votes) {
            if (v < 0 || v > nRaters) throw new IllegalArgumentException("vote count " + v + " outside 0.." + nRaters);
            if (v != 0 && v != nRaters) allUnanimous = false;
            if (v > 1) allAtMostOne = false;
        }
        // The paper tests full agreement first: with one rater, or all-zero votes, it wins.
        if (allUnanimous) return FULL_AGREEMENT;
        if (allAtMostOne) return FULL_DISAGREEMENT;
        return PARTIAL_AGREEMENT;
    }

    /** The constant whose {@link #label()} is {@code label}. */
    public static Agreement fromLabel(String label) {
        for (Agreement a : values()) if (a.label.equals(label)) return a;
        throw new IllegalArgumentException("unknown agreement level '" + label + "'");
    }
}

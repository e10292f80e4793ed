package org.emogap.data;

import java.util.Objects;

/**
 * One EmoBank text with its individual ratings ({@code ratings[i] = {V, A, D}}, integers 1–5).
 * Everything else is derived from the ratings; arrays are copied in and out.
 */
public record EmoText(String id, String text, String split, int[][] ratings) {
    /** Dimension names in column order. */
    public static final String[] DIMENSIONS = {"V", "A", "D"};

    public EmoText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(split, "split");
        if (ratings.length < 1) throw new IllegalArgumentException("text " + id + " has no rating");
        int[][] copy = new int[ratings.length][];
        for (int i = 0; i < ratings.length; i++) {
            if (ratings[i].length != 3) throw new IllegalArgumentException("text " + id + ": rating " + i + " has " + ratings[i].length + " values, expected V, A, D");
            for (int v : ratings[i]) {
                if (v < 1 || v > 5) throw new IllegalArgumentException("text " + id + ": rating value " + v + " outside 1..5");
            }
            copy[i] = ratings[i].clone();
        }
        ratings = copy;
    }

    @Override public int[][] ratings() {
        int[][] out = new int[ratings.length][];
        for (int i = 0; i < out.length; i++) out[i] = ratings[i].clone();
        return out;
    }

    public int n() { return ratings.length; }

    /** Mean rating per dimension (V, A, D). */
    public double[] mean() {
        double[] m = new double[3];
        for (int[] r : ratings) for (int d = 0; d < 3; d++) m[d] += r[d];
        for (int d = 0; d < 3; d++) m[d] /= ratings.length;
        return m;
    }

    /** Sample SD per dimension (ddof=1, as pandas' default); NaN when n < 2. */
    public double[] sd() {
        double[] m = mean();
        double[] s = new double[3];
        if (ratings.length < 2) return new double[]{Double.NaN, Double.NaN, Double.NaN};
        for (int[] r : ratings) for (int d = 0; d < 3; d++) s[d] += (r[d] - m[d]) * (r[d] - m[d]);
        for (int d = 0; d < 3; d++) s[d] = Math.sqrt(s[d] / (ratings.length - 1));
        return s;
    }

    /** 3 × 5 counts: histogram()[d][v-1] = how many ratings gave value v on dimension d. */
    public int[][] histogram() {
        int[][] h = new int[3][5];
        for (int[] r : ratings) for (int d = 0; d < 3; d++) h[d][r[d] - 1]++;
        return h;
    }

    /** Mean of the three SDs; NaN when n < 2. */
    public double meanVadStd() {
        double[] s = sd();
        return (s[0] + s[1] + s[2]) / 3;
    }

    /** Agreement level from {@link #meanVadStd()}; refused when n < 2 (no SD). */
    public VadAgreement agreement() {
        if (ratings.length < 2) throw new IllegalStateException("text " + id + " has 1 rating: no SD, so no agreement level");
        return VadAgreement.of(meanVadStd());
    }

    /** Valence band of the mean: "negative" (0, 2.5], "neutral" (2.5, 3.5], "positive" (3.5, 6]. */
    public String valenceBand() {
        double v = mean()[0];
        if (v <= 2.5) return "negative";
        if (v <= 3.5) return "neutral";
        return "positive";
    }

    /** How many ratings have V = A = D = 1 (the publisher treats them as invalid). */
    public int allOnesCount() {
        int c = 0;
        for (int[] r : ratings) if (r[0] == 1 && r[1] == 1 && r[2] == 1) c++;
        return c;
    }

    @Override public boolean equals(Object o) {
        return o instanceof EmoText t && id.equals(t.id) && text.equals(t.text) && split.equals(t.split)
                && java.util.Arrays.deepEquals(ratings, t.ratings);
    }

    @Override public int hashCode() { return Objects.hash(id, text, split, java.util.Arrays.deepHashCode(ratings)); }

    @Override public String toString() { return "EmoText[id=" + id + ", split=" + split + ", n=" + n() + "]"; }
}

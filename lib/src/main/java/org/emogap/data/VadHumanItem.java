package org.emogap.data;

import org.emogap.stats.Descriptive;
import org.emogap.dist.VadOrdinal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The human side of one EmoBank text for the VAD comparison: its ratings (one row per rating,
 * columns V, A, D on 1..5) and the groups it falls in. Means, SDs and histograms are derived
 * from the ratings here, so the comparison and its noise floors always use the same ratings.
 *
 * @param itemId      EmoBank sentence id
 * @param agreement   "high", "moderate" or "low" (from the mean of the three rating SDs)
 * @param valenceBand the core set's valence band label
 * @param ratings     n × 3 ratings, each 1..5; copied
 */
public record VadHumanItem(String itemId, String agreement, String valenceBand, int[][] ratings) {
    /** Column order of a VAD triple. */
    public static final String[] DIMENSIONS = {"valence", "arousal", "dominance"};
    /** Short column names of a VAD triple. */
    public static final String[] SHORT = {"V", "A", "D"};

    public VadHumanItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(valenceBand, "valenceBand");
        Objects.requireNonNull(ratings, "ratings");
        if (ratings.length == 0) throw new IllegalArgumentException("text " + itemId + " has no ratings");
        int[][] copy = new int[ratings.length][];
        for (int i = 0; i < ratings.length; i++) {
            if (ratings[i].length != 3) {
                throw new IllegalArgumentException("text " + itemId + ", rating " + i + " has " + ratings[i].length + " values, expected V, A, D");
            }
            for (int v : ratings[i]) {
                if (v < 1 || v > 5) throw new IllegalArgumentException("text " + itemId + ", rating " + i + " has " + v + ", outside 1..5");
            }
            copy[i] = ratings[i].clone();
        }
        ratings = copy;
    }

    /** Agreement label of a text with a single rating, which has no SD. */
    public static final String SINGLE = "single_rating";

    /**
     * The human side of a loaded EmoBank text, of whichever perspective it was loaded with: the
     * same ratings, the loader's agreement level and valence band ({@link #SINGLE} when there is
     * one rating and so no agreement level).
     */
    public static VadHumanItem of(EmoText t) {
        String agreement = t.n() < 2 ? SINGLE : t.agreement().label();
        return new VadHumanItem(t.id(), agreement, t.valenceBand(), t.ratings());
    }

    /** {@link #of(EmoText)} for each text, order kept. */
    public static List<VadHumanItem> of(List<EmoText> texts) {
        return texts.stream().map(VadHumanItem::of).toList();
    }

    /** Number of ratings. */
    public int n() {
        return ratings.length;
    }

    @Override public int[][] ratings() {
        return Arrays.stream(ratings).map(int[]::clone).toArray(int[][]::new);
    }

    /** The ratings of one dimension (0 = V, 1 = A, 2 = D). */
    public int[] column(int dim) {
        int[] c = new int[ratings.length];
        for (int i = 0; i < c.length; i++) c[i] = ratings[i][dim];
        return c;
    }

    /** Mean rating per dimension, {@code [V, A, D]}. */
    public double[] mean() {
        double[] m = new double[3];
        for (int[] r : ratings) for (int d = 0; d < 3; d++) m[d] += r[d];
        for (int d = 0; d < 3; d++) m[d] /= ratings.length;
        return m;
    }

    /** Sample variance (ddof = 1) per dimension; NaN with one rating. */
    public double[] variance() {
        double[] v = new double[3];
        for (int d = 0; d < 3; d++) {
            double[] col = new double[ratings.length];
            for (int i = 0; i < ratings.length; i++) col[i] = ratings[i][d];
            v[d] = Descriptive.variance(col);
        }
        return v;
    }

    /** Counts of ratings 1..5 of one dimension. */
    public double[] histogram(int dim) {
        return VadOrdinal.histogram(column(dim));
    }

    @Override public boolean equals(Object o) {
        return o instanceof VadHumanItem h && itemId.equals(h.itemId) && agreement.equals(h.agreement)
                && valenceBand.equals(h.valenceBand) && Arrays.deepEquals(ratings, h.ratings);
    }

    @Override public int hashCode() {
        return Objects.hash(itemId, agreement, valenceBand, Arrays.deepHashCode(ratings));
    }

    @Override public String toString() {
        return "VadHumanItem[" + itemId + ", " + agreement + ", " + valenceBand + ", n=" + ratings.length
                + ", mean=" + Arrays.toString(mean()) + "]";
    }
}

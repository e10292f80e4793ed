package org.emogap.data;

import org.emogap.dist.Divergences;

import java.util.Arrays;
import java.util.Objects;

/**
 * One GoEmotions comment with every rater's labels: {@code ratings} is row-major
 * nRaters × {@link GoEmotions#K}, each entry 0 or 1. Arrays are copied in and out.
 */
public record GoComment(String id, String text, String[] raterIds, boolean[] veryUnclear, byte[] ratings) {
    public GoComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        int n = raterIds.length;
        if (n < 1) throw new IllegalArgumentException("comment " + id + " has no rater");
        if (veryUnclear.length != n) {
            throw new IllegalArgumentException("comment " + id + ": " + veryUnclear.length + " very-unclear flags for " + n + " raters");
        }
        if (ratings.length != n * GoEmotions.K) {
            throw new IllegalArgumentException("comment " + id + ": " + ratings.length + " ratings, expected " + n + " raters × " + GoEmotions.K);
        }
        for (byte b : ratings) {
            if (b != 0 && b != 1) throw new IllegalArgumentException("comment " + id + ": rating " + b + ", expected 0 or 1");
        }
        raterIds = raterIds.clone();
        veryUnclear = veryUnclear.clone();
        ratings = ratings.clone();
    }

    @Override public String[] raterIds() { return raterIds.clone(); }
    @Override public boolean[] veryUnclear() { return veryUnclear.clone(); }
    @Override public byte[] ratings() { return ratings.clone(); }

    public int nRaters() { return raterIds.length; }

    /** How many raters ticked each label. */
    public int[] votes() {
        int[] v = new int[GoEmotions.K];
        for (int i = 0; i < ratings.length; i++) v[i % GoEmotions.K] += ratings[i];
        return v;
    }

    /** {@code r_k}: the share of this comment's raters who ticked label k. */
    public double[] rates() {
        int[] v = votes();
        double n = nRaters();
        double[] r = new double[v.length];
        for (int k = 0; k < v.length; k++) r[k] = v[k] / n;
        return r;
    }

    /** The human distribution {@code h = r / Σr} (votes / total votes), uniform when no label was ticked. */
    public double[] distribution() {
        return Divergences.fromCounts(votes());
    }

    public Agreement agreement() { return Agreement.of(votes(), nRaters()); }

    /** Labels ticked by at least {@code minVotes} raters, as indices (the "simplified" gold uses 2). */
    public int[] labelsWithVotes(int minVotes) {
        int[] v = votes();
        return java.util.stream.IntStream.range(0, v.length).filter(k -> v[k] >= minVotes).toArray();
    }

    /** How many of this comment's raters marked it very unclear. */
    public int veryUnclearCount() {
        int c = 0;
        for (boolean b : veryUnclear) if (b) c++;
        return c;
    }

    /** Rater {@code rater}'s 28 label choices. */
    public boolean[] ratingOf(int rater) {
        Objects.checkIndex(rater, nRaters());
        boolean[] out = new boolean[GoEmotions.K];
        for (int k = 0; k < out.length; k++) out[k] = ratings[rater * GoEmotions.K + k] == 1;
        return out;
    }

    @Override public boolean equals(Object o) {
        return o instanceof GoComment c && id.equals(c.id) && text.equals(c.text) && Arrays.equals(raterIds, c.raterIds)
                && Arrays.equals(veryUnclear, c.veryUnclear) && Arrays.equals(ratings, c.ratings);
    }

    @Override public int hashCode() { return Objects.hash(id, text, Arrays.hashCode(ratings)); }

    @Override public String toString() {
        return "GoComment[id=" + id + ", raters=" + nRaters() + ", agreement=" + agreement().label() + "]";
    }
}

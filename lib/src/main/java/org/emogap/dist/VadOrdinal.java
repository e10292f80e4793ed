package org.emogap.dist;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Distances between rating distributions on EmoBank's ordinal 1..5 scale (one dimension at a
 * time), and their noise floors. A histogram is a {@code double[5]} of non-negative weights for
 * ratings 1..5; it need not sum to 1.
 *
 * <p>The Wasserstein-1 (earth mover's) distance on ordered, unit-spaced bins is the sum of the
 * absolute differences of the two CDFs; it is in rating points (0 = same distribution, 4 = all
 * mass at 1 vs all at 5), which is why it suits this scale and not an unordered label set.
 */
public final class VadOrdinal {
    /** Ratings 1..5. */
    public static final int BINS = 5;

    private VadOrdinal() {}

    /** How a model's continuous values become a 5-bin histogram. */
    public enum Binning {
        /** each value counts once at its nearest rating (half rounds up), clamped to 1..5 */
        ROUND,
        /** each value's unit mass is split between the two ratings around it so the mean is kept (3.3 → 0.7 at 3, 0.3 at 4) */
        SPLIT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** W1 between two 5-bin histograms (each normalised first); in rating points, 0..4. */
    public static double wasserstein(double[] p, double[] q) {
        double[] a = normalised(p, "first histogram");
        double[] b = normalised(q, "second histogram");
        double ca = 0, cb = 0, w = 0;
        for (int k = 0; k < BINS - 1; k++) {
            ca += a[k];
            cb += b[k];
            w += Math.abs(ca - cb);
        }
        return w;
    }

    /** Counts of ratings 1..5 in one dimension's ratings; a rating outside 1..5 is refused. */
    public static double[] histogram(int[] ratings) {
        double[] h = new double[BINS];
        for (int r : ratings) {
            if (r < 1 || r > BINS) throw new IllegalArgumentException("rating " + r + " is outside 1.." + BINS);
            h[r - 1]++;
        }
        return h;
    }

    /** The histogram of a model's values (samples of one text, or a single point value). */
    public static double[] histogram(double[] values, Binning binning) {
        Objects.requireNonNull(binning, "binning");
        double[] h = new double[BINS];
        for (double v : values) {
            if (!Double.isFinite(v)) throw new IllegalArgumentException("value " + v + " is not finite");
            double c = Math.max(1, Math.min(BINS, v));
            if (binning == Binning.ROUND) {
                h[(int) Math.floor(c + 0.5) - 1]++;
            } else {
                int lo = (int) Math.floor(c);
                double up = c - lo;
                h[lo - 1] += 1 - up;
                if (up > 0) h[lo] += up;
            }
        }
        return h;
    }

    /**
     * Noise floor by split halves: the raters of one text are shuffled and cut into ⌊n/2⌋ and the
     * rest, and W1 is taken between the two halves' histograms; averaged over {@code splits}
     * shuffles. It is what a second, equally small panel of humans would differ by. NaN with
     * fewer than 2 ratings.
     */
    public static double splitHalfFloor(int[] ratings, int splits, SplittableRandom rng) {
        if (splits < 1) throw new IllegalArgumentException("splits is " + splits);
        int n = ratings.length;
        if (n < 2) return Double.NaN;
        histogram(ratings); // validates the range
        int[] r = ratings.clone();
        double sum = 0;
        for (int s = 0; s < splits; s++) {
            shuffle(r, rng);
            double[] a = new double[BINS];
            double[] b = new double[BINS];
            for (int i = 0; i < n; i++) (i < n / 2 ? a : b)[r[i] - 1]++;
            sum += wasserstein(a, b);
        }
        return sum / splits;
    }

    /**
     * Noise floor by finite resampling: {@code size} ratings are drawn with replacement from the
     * human histogram, and W1 is taken between the resample's histogram and the human one;
     * averaged over {@code draws}. It is what sampling alone costs a perfect model that draws
     * {@code size} ratings from the human distribution.
     */
    public static double resampleFloor(double[] humanHistogram, int size, int draws, SplittableRandom rng) {
        if (size < 1 || draws < 1) throw new IllegalArgumentException("size " + size + ", draws " + draws);
        double[] p = normalised(humanHistogram, "human histogram");
        double[] cdf = new double[BINS];
        double c = 0;
        for (int k = 0; k < BINS; k++) cdf[k] = c += p[k];
        double sum = 0;
        for (int d = 0; d < draws; d++) {
            double[] h = new double[BINS];
            for (int i = 0; i < size; i++) {
                double u = rng.nextDouble();
                int k = 0;
                while (k < BINS - 1 && u >= cdf[k]) k++;
                h[k]++;
            }
            sum += wasserstein(h, p);
        }
        return sum / draws;
    }

    /** A generator for one text derived from the run seed and the text id, so a text's floor does not depend on which other texts are in the run. */
    public static SplittableRandom rngFor(long seed, String itemId) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + itemId.hashCode());
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static double[] normalised(double[] h, String what) {
        Objects.requireNonNull(h, what);
        if (h.length != BINS) throw new IllegalArgumentException(what + " has " + h.length + " bins, expected " + BINS);
        double s = 0;
        for (double v : h) {
            if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(what + " has weight " + v);
            s += v;
        }
        if (s == 0) throw new IllegalArgumentException(what + " is empty");
        double[] out = new double[BINS];
        for (int k = 0; k < BINS; k++) out[k] = h[k] / s;
        return out;
    }
}

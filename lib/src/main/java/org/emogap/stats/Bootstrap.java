package org.emogap.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Percentile bootstrap of a mean: resample the values with replacement, take the mean of each
 * resample, report the 2.5th and 97.5th percentiles (linear interpolation, NumPy's default).
 * Resample b draws from its own generator, split in order from one seeded root, so the interval
 * is the same whether the resamples run on one core or several.
 */
public final class Bootstrap {
    /** METHOD.md §3: 1,000 resamples. */
    public static final int RESAMPLES = 1000;

    private Bootstrap() {}

    /** A mean with its 95% interval; NaN everywhere for an empty sample. */
    public record Interval(double mean, double low, double high, int n) {
        public Interval {
            if (n < 0) throw new IllegalArgumentException("n is " + n);
            if (!Double.isNaN(low) && !(low <= high)) throw new IllegalArgumentException("interval [" + low + ", " + high + "]");
        }
    }

    /** 95% percentile interval of the mean, {@link #RESAMPLES} resamples. */
    public static Interval meanCi(double[] values, long seed) {
        return meanCi(values, RESAMPLES, 0.95, seed, true);
    }

    public static Interval meanCi(double[] values, int resamples, double level, long seed, boolean parallel) {
        if (resamples < 1) throw new IllegalArgumentException("resamples is " + resamples);
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level is " + level);
        int n = values.length;
        if (n == 0) return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
        double[] means = resampleMeans(values, resamples, seed, parallel);
        Arrays.sort(means);
        double alpha = (1 - level) / 2;
        return new Interval(mean(values), percentile(means, alpha), percentile(means, 1 - alpha), n);
    }

    /** The mean of each of {@code resamples} resamples (unsorted, in resample order). */
    public static double[] resampleMeans(double[] values, int resamples, long seed, boolean parallel) {
        int n = values.length;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[resamples];
        for (int b = 0; b < resamples; b++) rngs[b] = root.split();
        double[] means = new double[resamples];
        final long threshold = (0x1_0000_0000L - n) % n; // Lemire: fractions below this are rejected
        IntStream range = IntStream.range(0, resamples);
        (parallel ? range.parallel() : range).forEach(b -> {
            SplittableRandom r = rngs[b];
            // two 32-bit draws per 64-bit random number, and four running sums so the additions do
            // not wait on each other: the bootstrap is random numbers and adds, nothing else
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                long x = r.nextLong(), y = r.nextLong();
                long m0 = (x >>> 32) * n, m1 = (x & 0xFFFFFFFFL) * n, m2 = (y >>> 32) * n, m3 = (y & 0xFFFFFFFFL) * n;
                s0 += values[(m0 & 0xFFFFFFFFL) < threshold ? index(r, n) : (int) (m0 >>> 32)];
                s1 += values[(m1 & 0xFFFFFFFFL) < threshold ? index(r, n) : (int) (m1 >>> 32)];
                s2 += values[(m2 & 0xFFFFFFFFL) < threshold ? index(r, n) : (int) (m2 >>> 32)];
                s3 += values[(m3 & 0xFFFFFFFFL) < threshold ? index(r, n) : (int) (m3 >>> 32)];
            }
            for (; i < n; i++) s0 += values[index(r, n)];
            double s = (s0 + s1) + (s2 + s3);
            means[b] = s / n;
        });
        return means;
    }

    /**
     * A uniform index in [0, n): Lemire's multiply-and-shift with rejection (exactly uniform, and
     * nearly always free of the division {@code SplittableRandom.nextInt(bound)} pays per call;
     * the bootstrap draws 2 million of them per model).
     */
    static int index(SplittableRandom r, int n) {
        long m = (r.nextLong() >>> 32) * n;
        if ((m & 0xFFFFFFFFL) < n) {
            long threshold = (0x1_0000_0000L - n) % n;
            while ((m & 0xFFFFFFFFL) < threshold) m = (r.nextLong() >>> 32) * n;
        }
        return (int) (m >>> 32);
    }

    /** Arithmetic mean (NaN when empty). */
    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** Percentile q ∈ [0, 1] of sorted values, linear interpolation between ranks (numpy.percentile's default). */
    public static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}

package org.emogap.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The one percentile bootstrap, for means and for correlations: resample the items with
 * replacement, compute the statistic on each resample, report the 2.5th and 97.5th percentiles
 * (linear interpolation, NumPy's default). Resample b draws its n indices from its own generator,
 * split in order from one seeded root, so an interval is the same on one core or several, and a
 * mean and a correlation bootstrapped with the same seed over the same n items use the very same
 * resamples. Degenerate input: no values give NaN everywhere; one value gives its mean with a NaN
 * interval (one value says nothing about spread); a correlation interval is NaN under the
 * {@link Correlations} rule (fewer than 3 pairs) or when over half the resamples have an undefined
 * coefficient (a constant side).
 */
public final class Bootstrap {
    /** The method's 1,000 resamples (docs/method.md). */
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
        if (n == 1) return new Interval(values[0], Double.NaN, Double.NaN, 1);
        double[] means = resampleMeans(values, resamples, seed, parallel);
        Arrays.sort(means);
        double alpha = (1 - level) / 2;
        return new Interval(Descriptive.mean(values), percentile(means, alpha), percentile(means, 1 - alpha), n);
    }

    /** The generators of resamples 0..resamples−1, split in order from the seeded root. */
    static SplittableRandom[] generators(int resamples, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[resamples];
        for (int b = 0; b < resamples; b++) rngs[b] = root.split();
        return rngs;
    }

    /** The mean of each of {@code resamples} resamples (unsorted, in resample order). */
    public static double[] resampleMeans(double[] values, int resamples, long seed, boolean parallel) {
        int n = values.length;
        SplittableRandom[] rngs = generators(resamples, seed);
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
     * How often each of n items is drawn into one resample: the same draws, in the same order, as
     * {@link #resampleMeans} makes for that resample (kept in step with it; a test checks).
     */
    static void counts(SplittableRandom r, int n, int[] c) {
        java.util.Arrays.fill(c, 0);
        final long threshold = (0x1_0000_0000L - n) % n;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            long x = r.nextLong(), y = r.nextLong();
            long m0 = (x >>> 32) * n, m1 = (x & 0xFFFFFFFFL) * n, m2 = (y >>> 32) * n, m3 = (y & 0xFFFFFFFFL) * n;
            c[(m0 & 0xFFFFFFFFL) < threshold ? index(r, n) : (int) (m0 >>> 32)]++;
            c[(m1 & 0xFFFFFFFFL) < threshold ? index(r, n) : (int) (m1 >>> 32)]++;
            c[(m2 & 0xFFFFFFFFL) < threshold ? index(r, n) : (int) (m2 >>> 32)]++;
            c[(m3 & 0xFFFFFFFFL) < threshold ? index(r, n) : (int) (m3 >>> 32)]++;
        }
        for (; i < n; i++) c[index(r, n)]++;
    }

    /** 95% percentile intervals of Pearson's r and Spearman's ρ over the same resamples. */
    public record CorrelationIntervals(double pearsonLow, double pearsonHigh, double spearmanLow, double spearmanHigh) {}

    /**
     * Percentile intervals of both correlations of paired samples. A resample is held as a count per
     * item rather than materialised: Pearson becomes a weighted Pearson, and Spearman the weighted
     * Pearson of the average ranks the counts imply, computed from one sort made up front — O(n)
     * per resample instead of a sort.
     */
    public static CorrelationIntervals correlationCis(double[] x, double[] y, int resamples, long seed) {
        Descriptive.checkPaired(x, y);
        if (resamples < 1) throw new IllegalArgumentException("resamples is " + resamples);
        int n = x.length;
        if (n < Correlations.MIN_PAIRS) return new CorrelationIntervals(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        Integer[] ox = order(x), oy = order(y);
        SplittableRandom[] rngs = generators(resamples, seed);
        int[] c = new int[n];
        double[] rx = new double[n], ry = new double[n], rs = new double[resamples], rhos = new double[resamples];
        int nr = 0, nrho = 0;
        for (int b = 0; b < resamples; b++) {
            counts(rngs[b], n, c);
            double r = weightedPearson(x, y, c);
            if (!Double.isNaN(r)) rs[nr++] = r;
            ranks(x, ox, c, rx);
            ranks(y, oy, c, ry);
            double rho = weightedPearson(rx, ry, c);
            if (!Double.isNaN(rho)) rhos[nrho++] = rho;
        }
        double[] p = interval(rs, nr, resamples), s = interval(rhos, nrho, resamples);
        return new CorrelationIntervals(p[0], p[1], s[0], s[1]);
    }

    private static double[] interval(double[] values, int count, int resamples) {
        if (count * 2 < resamples) return new double[]{Double.NaN, Double.NaN};
        double[] sorted = java.util.Arrays.copyOf(values, count);
        java.util.Arrays.sort(sorted);
        return new double[]{percentile(sorted, 0.025), percentile(sorted, 0.975)};
    }

    /** Pearson r of the sample in which item i appears c[i] times; NaN when a side is constant. */
    static double weightedPearson(double[] x, double[] y, int[] c) {
        double w = 0, sx = 0, sy = 0;
        for (int i = 0; i < x.length; i++) {
            w += c[i];
            sx += c[i] * x[i];
            sy += c[i] * y[i];
        }
        double mx = sx / w, my = sy / w, vx = 0, vy = 0, cov = 0;
        for (int i = 0; i < x.length; i++) {
            if (c[i] == 0) continue;
            double dx = x[i] - mx, dy = y[i] - my;
            vx += c[i] * dx * dx;
            vy += c[i] * dy * dy;
            cov += c[i] * dx * dy;
        }
        if (vx == 0 || vy == 0) return Double.NaN;
        return Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
    }

    /**
     * Average ranks (1-based) in the sample in which item i appears c[i] times: a group of equal
     * values holding T copies after {@code below} smaller ones gets rank below + (T + 1) / 2.
     */
    static void ranks(double[] v, Integer[] order, int[] c, double[] out) {
        long below = 0;
        int g = 0;
        while (g < order.length) {
            int end = g;
            long t = 0;
            while (end < order.length && v[order[end]] == v[order[g]]) t += c[order[end++]];
            double rank = below + (t + 1) / 2.0;
            for (int k = g; k < end; k++) out[order[k]] = rank;
            below += t;
            g = end;
        }
    }

    private static Integer[] order(double[] v) {
        Integer[] o = new Integer[v.length];
        for (int i = 0; i < o.length; i++) o[i] = i;
        java.util.Arrays.sort(o, (a, b) -> Double.compare(v[a], v[b]));
        return o;
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

    /** Percentile q ∈ [0, 1] of sorted values, linear interpolation between ranks (numpy.percentile's default). */
    public static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}

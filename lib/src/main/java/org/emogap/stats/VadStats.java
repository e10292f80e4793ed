package org.emogap.stats;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The EmoBank statistics of one dimension on plain arrays: human mean vs model mean per text.
 * Correlations, the KS test and SDs come from Commons Math; the bootstrap of the correlations is a
 * private part of this class (the project-wide bootstrap lives elsewhere and may replace it).
 */
public final class VadStats {
    /** Bootstrap resamples used by the paper and by {@link #compare(double[], double[], long)}. */
    public static final int RESAMPLES = 1000;

    private VadStats() {}

    /** All statistics of {@link VadComparison} with {@value #RESAMPLES} bootstrap resamples. */
    public static VadComparison compare(double[] human, double[] model, long seed) {
        return compare(human, model, RESAMPLES, seed);
    }

    /**
     * All statistics of {@link VadComparison}; the CIs are percentile intervals over
     * {@code resamples} resamples of the texts drawn with {@code seed}.
     */
    public static VadComparison compare(double[] human, double[] model, int resamples, long seed) {
        check(human, model);
        int n = human.length;
        double[] ci = correlationCis(human, model, resamples, seed);
        double[] ks = n < 2 ? new double[]{Double.NaN, Double.NaN} : ks(human, model);
        double sdModel = sd(model);
        double sdHuman = sd(human);
        return new VadComparison(n, pearson(human, model), ci[0], ci[1], spearman(human, model), ci[2], ci[3],
                n == 0 ? Double.NaN : mae(human, model), n == 0 ? Double.NaN : rmse(human, model), ks[0], ks[1],
                sdModel, sdHuman, sdModel / sdHuman);
    }

    /** Pearson r; NaN with fewer than 2 pairs or a constant side. */
    public static double pearson(double[] x, double[] y) {
        check(x, y);
        return x.length < 2 ? Double.NaN : new PearsonsCorrelation().correlation(x, y);
    }

    /** Spearman ρ with average ranks for ties (as SciPy's {@code spearmanr}); NaN as for Pearson. */
    public static double spearman(double[] x, double[] y) {
        check(x, y);
        return x.length < 2 ? Double.NaN : new SpearmansCorrelation().correlation(x, y);
    }

    /** Mean |model − human|. */
    public static double mae(double[] human, double[] model) {
        check(human, model);
        requireSome(human);
        double s = 0;
        for (int i = 0; i < human.length; i++) s += Math.abs(model[i] - human[i]);
        return s / human.length;
    }

    /** √mean (model − human)². */
    public static double rmse(double[] human, double[] model) {
        check(human, model);
        requireSome(human);
        double s = 0;
        for (int i = 0; i < human.length; i++) s += (model[i] - human[i]) * (model[i] - human[i]);
        return Math.sqrt(s / human.length);
    }

    /** Sample SD (ddof = 1); NaN with fewer than 2 values. */
    public static double sd(double[] x) {
        return x.length < 2 ? Double.NaN : new StandardDeviation(true).evaluate(x);
    }

    /**
     * Two-sample Kolmogorov–Smirnov: {@code {D, p}}. D comes from Commons Math on the data as given
     * (ties handled exactly). The p-value is P(D ≥ d), SciPy's convention: exact (Commons Math,
     * non-strict) when n·m < 10,000 and no value occurs twice; otherwise from the asymptotic
     * Kolmogorov distribution (Commons Math's {@code approximateP}, SciPy's {@code kstwobign}).
     * Means of 5 integer ratings tie constantly, and the exact distribution assumes no ties:
     * Commons Math would jitter the data, and in 3.6.1 that path can fail with an internal error.
     * Each side needs 2+ values.
     */
    public static double[] ks(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("KS needs 2+ values per side, got " + x.length + " and " + y.length);
        }
        KolmogorovSmirnovTest t = new KolmogorovSmirnovTest();
        double d = t.kolmogorovSmirnovStatistic(x, y);
        boolean exact = (long) x.length * y.length < 10_000 && !hasTies(x, y);
        return new double[]{d, exact ? t.exactP(d, x.length, y.length, false) : t.approximateP(d, x.length, y.length)};
    }

    private static boolean hasTies(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) if (all[i] == all[i - 1]) return true;
        return false;
    }

    /**
     * Percentile bootstrap 95% CIs {@code {pearsonLow, pearsonHigh, spearmanLow, spearmanHigh}}.
     * A resample is held as a count per text rather than materialised: Pearson becomes a weighted
     * Pearson, and Spearman the weighted Pearson of the average ranks the counts imply, computed
     * from one sort made up front — O(n) per resample instead of a sort, which matters with
     * thousands of texts × models × groups. Resamples whose r is undefined (a constant side) are
     * skipped; with fewer than 2 texts, or if over half are skipped, the CI is NaN.
     */
    static double[] correlationCis(double[] x, double[] y, int resamples, long seed) {
        check(x, y);
        if (resamples < 1) throw new IllegalArgumentException("resamples is " + resamples);
        int n = x.length;
        double[] none = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        if (n < 2) return none;
        Integer[] ox = order(x);
        Integer[] oy = order(y);
        SplittableRandom rng = new SplittableRandom(seed);
        int[] c = new int[n];
        double[] rx = new double[n];
        double[] ry = new double[n];
        double[] rs = new double[resamples];
        double[] rhos = new double[resamples];
        int nr = 0;
        int nrho = 0;
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(c, 0);
            for (int i = 0; i < n; i++) c[rng.nextInt(n)]++;
            double r = weightedPearson(x, y, c);
            if (!Double.isNaN(r)) rs[nr++] = r;
            ranks(x, ox, c, rx);
            ranks(y, oy, c, ry);
            double rho = weightedPearson(rx, ry, c);
            if (!Double.isNaN(rho)) rhos[nrho++] = rho;
        }
        double[] out = none.clone();
        if (nr * 2 >= resamples) {
            out[0] = percentile(rs, nr, 0.025);
            out[1] = percentile(rs, nr, 0.975);
        }
        if (nrho * 2 >= resamples) {
            out[2] = percentile(rhos, nrho, 0.025);
            out[3] = percentile(rhos, nrho, 0.975);
        }
        return out;
    }

    /**
     * Mean with a percentile bootstrap 95% CI: {@code {mean, low, high}} (NaN CI with fewer than 2
     * values). Private to the VAD tables until the project has one bootstrap.
     */
    static double[] meanCi(double[] x, int resamples, long seed) {
        int n = x.length;
        double mean = 0;
        for (double v : x) mean += v;
        mean /= n;
        if (n == 0) return new double[]{Double.NaN, Double.NaN, Double.NaN};
        if (n < 2) return new double[]{mean, Double.NaN, Double.NaN};
        SplittableRandom rng = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            for (int i = 0; i < n; i++) s += x[rng.nextInt(n)];
            means[b] = s / n;
        }
        return new double[]{mean, percentile(means, resamples, 0.025), percentile(means, resamples, 0.975)};
    }

    /** Pearson r of the sample in which text i appears c[i] times. */
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
     * Average ranks (1-based) in the sample in which text i appears c[i] times: a group of equal
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

    /** Linear interpolation between order statistics, as NumPy's default {@code percentile}. */
    static double percentile(double[] values, int count, double q) {
        double[] s = Arrays.copyOf(values, count);
        Arrays.sort(s);
        double pos = q * (count - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, count - 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    private static Integer[] order(double[] v) {
        Integer[] o = new Integer[v.length];
        for (int i = 0; i < o.length; i++) o[i] = i;
        Arrays.sort(o, (a, b) -> Double.compare(v[a], v[b]));
        return o;
    }

    private static void check(double[] x, double[] y) {
        Objects.requireNonNull(x, "human");
        Objects.requireNonNull(y, "model");
        if (x.length != y.length) {
            throw new IllegalArgumentException("human has " + x.length + " means, model has " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("text " + i + ": human " + x[i] + ", model " + y[i] + " (must be finite)");
            }
        }
    }

    private static void requireSome(double[] x) {
        if (x.length == 0) throw new IllegalArgumentException("no values");
    }
}

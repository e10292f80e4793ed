package org.emogap.stats;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

import java.util.Arrays;

/** The two-sample Kolmogorov–Smirnov test. */
public final class Ks {
    private Ks() {}

    /** D and its p-value. */
    public record Result(double d, double p, boolean exact) {}

    /**
     * Two-sample KS: D from Commons Math on the data as given (ties handled exactly); p = P(D ≥ d),
     * SciPy's convention: exact (Commons Math, non-strict) when n·m < 10,000 and no value occurs
     * twice, otherwise the asymptotic Kolmogorov distribution (Commons Math's {@code approximateP},
     * SciPy's {@code kstwobign}). Means of 5 integer ratings tie constantly and the exact
     * distribution assumes no ties: Commons Math would jitter the data, and in 3.6.1 that path can
     * fail with an internal error. Each side needs 2+ values.
     */
    public static Result test(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("KS needs 2+ values per side, got " + x.length + " and " + y.length);
        }
        KolmogorovSmirnovTest t = new KolmogorovSmirnovTest();
        double d = t.kolmogorovSmirnovStatistic(x, y);
        boolean exact = (long) x.length * y.length < 10_000 && !hasTies(x, y);
        return new Result(d, exact ? t.exactP(d, x.length, y.length, false) : t.approximateP(d, x.length, y.length), exact);
    }

    /** SciPy's {@code ks_2samp} chooses its exact method up to this many values per side ({@code MAX_AUTO_N}). */
    public static final int SCIPY_MAX_AUTO_N = 10_000;

    /**
     * The paper mode's KS: SciPy's {@code ks_2samp} default ({@code method='auto'}), exact whenever
     * both sides have at most {@value #SCIPY_MAX_AUTO_N} values, ties or not. The exact two-sided
     * p-value is P(D ≥ d) over the lattice paths from (0, 0) to (n, m): with L = lcm(n, m) and
     * h = round(d·L), a path is outside when some point (i, j) has |i·L/n − j·L/m| ≥ h, and the
     * share of paths that stay inside is built up cell by cell (a path into (i, j) comes from
     * (i − 1, j) with probability i/(i + j)), so no binomial coefficient overflows. Beyond that
     * size the asymptotic p of {@link #test}.
     */
    public static Result testScipy(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("KS needs 2+ values per side, got " + x.length + " and " + y.length);
        }
        KolmogorovSmirnovTest t = new KolmogorovSmirnovTest();
        double d = t.kolmogorovSmirnovStatistic(x, y);
        int n = x.length, m = y.length;
        if (Math.max(n, m) > SCIPY_MAX_AUTO_N) return new Result(d, t.approximateP(d, n, m), false);
        return new Result(d, exactTwoSidedP(d, n, m), true);
    }

    /** P(D_{n,m} ≥ d) for two samples of sizes n and m without ties (see {@link #testScipy}). */
    public static double exactTwoSidedP(double d, int n, int m) {
        long g = gcd(n, m), lcm = (long) n / g * m;
        long h = Math.round(d * lcm);
        if (h == 0) return 1.0;
        long a = lcm / n, b = lcm / m; // point (i, j) is at i·a − j·b on the L scale
        double[] row = new double[m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                boolean inside = Math.abs(i * a - j * b) < h;
                double v;
                if (!inside) v = 0;
                else if (i == 0 && j == 0) v = 1;
                else {
                    double fromLeft = i > 0 ? row[j] * i : 0, fromBelow = j > 0 ? row[j - 1] * j : 0;
                    v = (fromLeft + fromBelow) / (i + j);
                }
                row[j] = v;
            }
        }
        return Math.max(0.0, Math.min(1.0, 1 - row[m]));
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static boolean hasTies(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) if (all[i] == all[i - 1]) return true;
        return false;
    }
}

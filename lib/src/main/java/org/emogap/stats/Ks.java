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

    private static boolean hasTies(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) if (all[i] == all[i - 1]) return true;
        return false;
    }
}

package org.emogap.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Pearson and Spearman correlations with two-sided p-values from Student's t on n − 2 df (as
 * SciPy's {@code pearsonr}/{@code spearmanr}). The one rule for degenerate input, shared by every
 * caller: with fewer than 3 pairs, or when either side is constant, r and p are NaN (the
 * coefficient is undefined or has no degrees of freedom left), and n says how many pairs there were.
 */
public final class Correlations {
    /** Fewer pairs than this give NaN. */
    public static final int MIN_PAIRS = 3;

    private Correlations() {}

    /** True when a correlation of these samples is undefined under the rule above. */
    public static boolean degenerate(double[] x, double[] y) {
        check(x, y);
        return x.length < MIN_PAIRS || constant(x) || constant(y);
    }

    /** A coefficient with its p-value; NaN when fewer than {@link #MIN_PAIRS} pairs or a side is constant. */
    public record Correlation(double r, double p, int n) {}

    public static Correlation pearson(double[] x, double[] y) {
        if (degenerate(x, y)) return new Correlation(Double.NaN, Double.NaN, x.length);
        return withP(new PearsonsCorrelation().correlation(x, y), x.length);
    }

    /** Spearman's ρ: Pearson of the average ranks (ties share their mean rank). */
    public static Correlation spearman(double[] x, double[] y) {
        if (degenerate(x, y)) return new Correlation(Double.NaN, Double.NaN, x.length);
        return withP(new SpearmansCorrelation().correlation(x, y), x.length);
    }

    static Correlation withP(double r, int n) {
        double rc = Math.max(-1, Math.min(1, r));
        if (Math.abs(rc) == 1) return new Correlation(rc, 0.0, n);
        double t = rc * Math.sqrt((n - 2) / (1 - rc * rc));
        double p = 2 * new TDistribution(null, n - 2).cumulativeProbability(-Math.abs(t));
        return new Correlation(rc, p, n);
    }

    /** True when every value equals the first (an empty sample counts as constant). */
    public static boolean constant(double[] v) {
        for (double x : v) if (x != v[0]) return false;
        return true;
    }

    static void check(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("samples differ in length: " + x.length + " vs " + y.length);
    }
}

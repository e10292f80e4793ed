package org.emogap.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/** Pearson and Spearman correlations with two-sided p-values from Student's t on n − 2 df (as SciPy). */
public final class Correlations {
    private Correlations() {}

    /** A coefficient with its p-value; NaN when fewer than 3 pairs or a side is constant. */
    public record Correlation(double r, double p, int n) {}

    public static Correlation pearson(double[] x, double[] y) {
        check(x, y);
        if (x.length < 3 || constant(x) || constant(y)) return new Correlation(Double.NaN, Double.NaN, x.length);
        return withP(new PearsonsCorrelation().correlation(x, y), x.length);
    }

    /** Spearman's ρ: Pearson of the average ranks (ties share their mean rank). */
    public static Correlation spearman(double[] x, double[] y) {
        check(x, y);
        if (x.length < 3 || constant(x) || constant(y)) return new Correlation(Double.NaN, Double.NaN, x.length);
        return withP(new SpearmansCorrelation().correlation(x, y), x.length);
    }

    static Correlation withP(double r, int n) {
        double rc = Math.max(-1, Math.min(1, r));
        if (Math.abs(rc) == 1) return new Correlation(rc, 0.0, n);
        double t = rc * Math.sqrt((n - 2) / (1 - rc * rc));
        double p = 2 * new TDistribution(null, n - 2).cumulativeProbability(-Math.abs(t));
        return new Correlation(rc, p, n);
    }

    static boolean constant(double[] v) {
        for (double x : v) if (x != v[0]) return false;
        return true;
    }

    static void check(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("samples differ in length: " + x.length + " vs " + y.length);
    }
}

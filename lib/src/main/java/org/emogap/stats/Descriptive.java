package org.emogap.stats;

import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.emogap.dist.Rows;

/**
 * Means, standard deviations and the two error measures of paired values (model vs human).
 * One rule for degenerate input: an empty sample has mean NaN, fewer than 2 values variance and SD NaN, and
 * MAE/RMSE of no pairs NaN; unequal lengths or non-finite values are refused with a message.
 */
public final class Descriptive {
    private Descriptive() {}

    /** Arithmetic mean; NaN when empty. */
    public static double mean(double[] v) {
        return Rows.mean(v);
    }

    /** Mean of the values that are not NaN (NumPy's {@code nanmean}); NaN when none is. */
    public static double nanMean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (Double.isNaN(x)) continue;
            s += x;
            n++;
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Sample variance (ddof = 1, as NumPy's {@code var(ddof=1)}); NaN with fewer than 2 values. */
    public static double variance(double[] x) {
        return x.length < 2 ? Double.NaN : new Variance(true).evaluate(x);
    }

    /** Sample SD (ddof = 1, as NumPy's {@code std(ddof=1)}): the root of {@link #variance}. */
    public static double sd(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** Mean |model − human|; NaN with no pairs. */
    public static double mae(double[] human, double[] model) {
        checkPaired(human, model);
        if (human.length == 0) return Double.NaN;
        double s = 0;
        for (int i = 0; i < human.length; i++) s += Math.abs(model[i] - human[i]);
        return s / human.length;
    }

    /** √mean (model − human)²; NaN with no pairs. */
    public static double rmse(double[] human, double[] model) {
        checkPaired(human, model);
        if (human.length == 0) return Double.NaN;
        double s = 0;
        for (int i = 0; i < human.length; i++) s += (model[i] - human[i]) * (model[i] - human[i]);
        return Math.sqrt(s / human.length);
    }

    /** Refuses paired samples of different lengths or with a value that is not finite. */
    public static void checkPaired(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("paired samples differ in length: " + x.length + " vs " + y.length);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("pair " + i + " is (" + x[i] + ", " + y[i] + "): values must be finite");
            }
        }
    }
}

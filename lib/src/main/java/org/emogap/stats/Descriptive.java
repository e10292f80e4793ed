package org.emogap.stats;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.emogap.dist.Rows;

/**
 * Means, standard deviations and the two error measures of paired values (model vs human).
 * One rule for degenerate input: an empty sample has mean NaN, fewer than 2 values SD NaN, and
 * MAE/RMSE of no pairs NaN; unequal lengths or non-finite values are refused with a message.
 */
public final class Descriptive {
    private Descriptive() {}

    /** Arithmetic mean; NaN when empty. */
    public static double mean(double[] v) {
        return Rows.mean(v);
    }

    /** Sample SD (ddof = 1, as NumPy's {@code std(ddof=1)}); NaN with fewer than 2 values. */
    public static double sd(double[] x) {
        return x.length < 2 ? Double.NaN : new StandardDeviation(true).evaluate(x);
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

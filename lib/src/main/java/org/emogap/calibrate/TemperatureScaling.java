package org.emogap.calibrate;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

import java.util.Locale;
import org.emogap.dist.Rows;

/**
 * The paper's temperature scaling: logits = log(m + 1e-12), calibrated = softmax(logits / T), one
 * T in [0.1, 10] minimising the mean JSD to the human distributions of the training items (bounded
 * Brent search, as SciPy's {@code minimize_scalar(method="bounded")} in the paper's scripts).
 */
public final class TemperatureScaling implements Calibrator {
    public static final double EPSILON = 1e-12, T_MIN = 0.1, T_MAX = 10;

    @Override public String name() { return "temperature"; }

    @Override public Fit fit(double[] model, double[] human, int k) {
        double[][] mh = Rows.normalizedPair(model, human, k);
        SoftmaxJsd objective = new SoftmaxJsd(mh[0], mh[1], k);
        // absolute tolerance 1e-5 in T = SciPy's default xatol for the bounded method
        UnivariatePointValuePair best = new BrentOptimizer(1e-10, 1e-5).optimize(new MaxEval(500),
                new UnivariateObjectiveFunction(t -> objective.meanJsd(1 / t)), GoalType.MINIMIZE,
                new SearchInterval(T_MIN, T_MAX));
        return new Fit(best.getPoint(), k);
    }

    private static final double ZERO_LOGIT = Math.log(EPSILON);

    static double[] logits(double[] normalized) {
        double[] l = new double[normalized.length];
        // most entries of LLM rates are 0: one shared logarithm for them
        for (int i = 0; i < l.length; i++) l[i] = normalized[i] == 0 ? ZERO_LOGIT : Math.log(normalized[i] + EPSILON);
        return l;
    }

    /** softmax(log(m + 1e-12) / T) of each normalised row. */
    public static double[] scale(double[] model, int k, double temperature) {
        double[] l = logits(org.emogap.dist.Divergences.normalizeRows(model, k));
        double inv = 1 / temperature;
        for (int off = 0; off < l.length; off += k) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, l[off + j] * inv);
            double z = 0;
            for (int j = 0; j < k; j++) z += (l[off + j] = Math.exp(l[off + j] * inv - max));
            for (int j = 0; j < k; j++) l[off + j] /= z;
        }
        return l;
    }

    /** A fitted temperature. */
    public record Fit(double temperature, int k) implements Calibrator.Fitted {
        public Fit {
            if (!(temperature > 0)) throw new IllegalArgumentException("temperature must be > 0, got " + temperature);
        }

        @Override public double[] apply(double[] model) {
            Rows.checkK(model, k, k);
            return scale(model, k, temperature);
        }

        @Override public String parameters() { return String.format(Locale.ROOT, "T=%.3f", temperature); }
    }
}

package org.emogap.calibrate;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

import java.util.Arrays;
import java.util.Locale;

/**
 * Beyond the paper: vector scaling (Guo et al. 2017) fitted to soft human targets. Per label j a
 * scale a_j and an offset b_j on the paper's logits L = log(m + 1e-12): p = softmax(a·L + b),
 * minimising the mean cross-entropy −Σ h·log p (convex in a, b) plus a small ridge term
 * ρ·Σ((a_j − 1)² + b_j²). The ridge keeps the fit finite for a label the humans never choose
 * (its b would otherwise run to −∞) and fixes the offset the softmax cannot see.
 */
public final class VectorScaling implements Calibrator {
    private final double ridge;

    public VectorScaling(double ridge) {
        if (!(ridge >= 0)) throw new IllegalArgumentException("ridge must be >= 0, got " + ridge);
        this.ridge = ridge;
    }

    public VectorScaling() { this(1e-3); }

    @Override public String name() { return "vector"; }

    @Override public Fit fit(double[] model, double[] human, int k) {
        double[][] mh = Rows.normalizedPair(model, human, k);
        double[] l = TemperatureScaling.logits(mh[0]);
        double[] h = mh[1];
        int n = l.length / k;
        double[] start = new double[2 * k];
        Arrays.fill(start, 0, k, 1.0);
        NonLinearConjugateGradientOptimizer opt = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-14, 1e-16),
                1e-12, 1e-12, 1e-2);
        PointValuePair best = opt.optimize(new MaxEval(20_000), GoalType.MINIMIZE, new InitialGuess(start),
                new ObjectiveFunction(theta -> lossAndGradient(theta, l, h, k, n, ridge, null)),
                new ObjectiveFunctionGradient(theta -> {
                    double[] g = new double[2 * k];
                    lossAndGradient(theta, l, h, k, n, ridge, g);
                    return g;
                }));
        double[] theta = best.getPoint();
        return new Fit(Arrays.copyOfRange(theta, 0, k), Arrays.copyOfRange(theta, k, 2 * k));
    }

    /** Mean cross-entropy plus ridge; fills {@code grad} (length 2k) when it is not null. */
    static double lossAndGradient(double[] theta, double[] l, double[] h, int k, int n, double ridge, double[] grad) {
        double[] z = new double[k];
        double loss = 0;
        for (int r = 0; r < n; r++) {
            int off = r * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, z[j] = theta[j] * l[off + j] + theta[k + j]);
            double s = 0;
            for (int j = 0; j < k; j++) s += Math.exp(z[j] - max);
            double logZ = max + Math.log(s);
            for (int j = 0; j < k; j++) {
                double hj = h[off + j];
                if (hj > 0) loss -= hj * (z[j] - logZ);
                if (grad != null) {
                    double d = Math.exp(z[j] - logZ) - hj; // ∂CE/∂z_j = p_j − h_j
                    grad[j] += d * l[off + j];
                    grad[k + j] += d;
                }
            }
        }
        loss /= n;
        for (int j = 0; j < k; j++) loss += ridge * ((theta[j] - 1) * (theta[j] - 1) + theta[k + j] * theta[k + j]);
        if (grad != null) {
            for (int j = 0; j < 2 * k; j++) grad[j] /= n;
            for (int j = 0; j < k; j++) {
                grad[j] += 2 * ridge * (theta[j] - 1);
                grad[k + j] += 2 * ridge * theta[k + j];
            }
        }
        return loss;
    }

    /** Fitted per-label scales and offsets. */
    public record Fit(double[] scale, double[] offset) implements Calibrator.Fitted {
        public Fit {
            if (scale.length != offset.length) throw new IllegalArgumentException(scale.length + " scales, " + offset.length + " offsets");
            scale = scale.clone();
            offset = offset.clone();
        }

        @Override public double[] scale() { return scale.clone(); }

        @Override public double[] offset() { return offset.clone(); }

        @Override public double[] apply(double[] model) {
            int k = scale.length;
            Rows.checkK(model, k, k);
            double[] l = TemperatureScaling.logits(org.emogap.dist.Divergences.normalizeRows(model, k));
            for (int off = 0; off < l.length; off += k) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) max = Math.max(max, l[off + j] = scale[j] * l[off + j] + offset[j]);
                double s = 0;
                for (int j = 0; j < k; j++) s += (l[off + j] = Math.exp(l[off + j] - max));
                for (int j = 0; j < k; j++) l[off + j] /= s;
            }
            return l;
        }

        @Override public String parameters() {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double a : scale) { lo = Math.min(lo, a); hi = Math.max(hi, a); }
            return String.format(Locale.ROOT, "scale %.2f..%.2f", lo, hi);
        }
    }
}

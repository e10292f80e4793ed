package org.emogap.calibrate;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;

import java.util.Arrays;
import java.util.Locale;
import org.emogap.dist.Rows;

/**
 * Beyond the paper: vector scaling (Guo et al. 2017) fitted to soft human targets. Per label j a
 * scale a_j and an offset b_j on the paper's logits L = log(m + 1e-12): p = softmax(a·L + b),
 * minimising (by Newton's method) the mean cross-entropy −Σ h·log p (convex in a, b) plus a small ridge term
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
        double[] theta = new double[2 * k];
        Arrays.fill(theta, 0, k, 1.0);
        theta = newton(theta, l, h, k, n, ridge);
        return new Fit(Arrays.copyOfRange(theta, 0, k), Arrays.copyOfRange(theta, k, 2 * k));
    }

    /**
     * Damped Newton's method: the loss is convex and has only 2k parameters, so the exact Hessian
     * (assembled in O(n·k²)) and a Cholesky solve (Commons Math) reach the minimum in a few dozen
     * steps, where the conjugate-gradient optimiser needed about 1,500 loss evaluations per fit.
     * Each step backtracks until the Armijo condition holds; it stops when the Newton decrement
     * is below 1e-14 or after 200 steps.
     */
    static double[] newton(double[] theta, double[] l, double[] h, int k, int n, double ridge) {
        int d = 2 * k;
        double[] g = new double[d];
        for (int it = 0; it < 200; it++) {
            Arrays.fill(g, 0);
            double f = lossAndGradient(theta, l, h, k, n, ridge, g);
            double[][] hess = hessian(theta, l, k, n, ridge);
            for (int j = 0; j < d; j++) hess[j][j] += 1e-10; // the softmax ignores a common shift of the b's
            double[] step = new CholeskyDecomposition(new Array2DRowRealMatrix(hess, false), 1e-14, 1e-300)
                    .getSolver().solve(new ArrayRealVector(g, false)).mapMultiply(-1).toArray();
            double slope = 0;
            for (int j = 0; j < d; j++) slope += g[j] * step[j];
            if (-slope / 2 < 1e-14) break;
            double t = 1;
            double[] next = new double[d];
            for (int halvings = 0; ; halvings++) {
                for (int j = 0; j < d; j++) next[j] = theta[j] + t * step[j];
                if (lossAndGradient(next, l, h, k, n, ridge, null) <= f + 1e-4 * t * slope) break;
                if (halvings == 50) return theta; // no decrease along a descent direction: at the minimum within rounding
                t /= 2;
            }
            theta = next;
        }
        return theta;
    }

    /** The Hessian of {@link #lossAndGradient} in (a, b): blocks Σ L_i(δ_ij p_i − p_i p_j)L_j etc., over n. */
    static double[][] hessian(double[] theta, double[] l, int k, int n, double ridge) {
        double[][] hm = new double[2 * k][2 * k];
        double[] p = new double[k], pl = new double[k];
        for (int r = 0; r < n; r++) {
            int off = r * k;
            double max = Double.NEGATIVE_INFINITY, s = 0;
            for (int j = 0; j < k; j++) max = Math.max(max, p[j] = theta[j] * l[off + j] + theta[k + j]);
            for (int j = 0; j < k; j++) s += (p[j] = Math.exp(p[j] - max));
            for (int j = 0; j < k; j++) {
                p[j] /= s;
                pl[j] = p[j] * l[off + j];
            }
            for (int i = 0; i < k; i++) {
                double li = l[off + i];
                double[] rowA = hm[i], rowB = hm[k + i];
                for (int j = 0; j < k; j++) {
                    rowA[j] -= pl[i] * pl[j];          // a_i, a_j
                    rowA[k + j] -= pl[i] * p[j];       // a_i, b_j
                    rowB[k + j] -= p[i] * p[j];        // b_i, b_j
                }
                rowA[i] += pl[i] * li;
                rowA[k + i] += pl[i];
                rowB[k + i] += p[i];
            }
        }
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) hm[k + j][i] = hm[i][k + j]; // b-a block by symmetry
        for (int i = 0; i < 2 * k; i++) {
            for (int j = 0; j < 2 * k; j++) hm[i][j] /= n;
            hm[i][i] += 2 * ridge;
        }
        return hm;
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

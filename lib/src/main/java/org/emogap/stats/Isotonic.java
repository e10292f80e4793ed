package org.emogap.stats;

import java.util.Arrays;

/**
 * A non-decreasing isotonic fit of y on x by pool-adjacent-violators, predicting by linear
 * interpolation between the fitted points and clipping x outside the training range. It follows
 * scikit-learn's {@code IsotonicRegression(y_min, y_max, increasing=True, out_of_bounds="clip")}:
 * equal x values are first pooled into one point (weighted mean of y; x values closer than 1e-15,
 * NumPy's float64 resolution, count as equal), PAV runs on the pooled points, the result is
 * clipped to [yMin, yMax]. Written here because Commons Math 3.6.1 has no isotonic regression.
 */
public final class Isotonic {
    private static final double TIE_EPS = 1e-15;
    private final double[] xs, ys;

    private Isotonic(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /** Fits with unit weights. */
    public static Isotonic fit(double[] x, double[] y, double yMin, double yMax) {
        if (x.length != y.length) throw new IllegalArgumentException("x has " + x.length + " values, y has " + y.length);
        if (x.length == 0) throw new IllegalArgumentException("isotonic regression needs at least one point");
        if (!(yMin <= yMax)) throw new IllegalArgumentException("yMin " + yMin + " > yMax " + yMax);
        int n = x.length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is (" + x[i] + ", " + y[i] + "); values must be finite");
            }
        }
        // sort the x values (primitive sort), then place every point in its run of equal x by binary
        // search. Model rates are mostly 0, the minimum: those copies skip the sort and the search.
        double min = Double.POSITIVE_INFINITY;
        for (double v : x) min = Math.min(min, v);
        double[] sorted = new double[n];
        int others = 0;
        for (double v : x) if (v != min) sorted[others++] = v;
        Arrays.sort(sorted, 0, others);
        double[] ux = new double[others + 1];
        ux[0] = min;
        int u = 1;
        for (int i = 0; i < others; i++) {
            if (sorted[i] - ux[u - 1] >= TIE_EPS) ux[u++] = sorted[i];
        }
        double[] sumY = new double[u], w = new double[u];
        for (int i = 0; i < n; i++) {
            int b;
            if (x[i] == min) {
                b = 0;
            } else {
                b = Arrays.binarySearch(ux, 0, u, x[i]);
                if (b < 0) b = -b - 2; // x[i] merged into the run that starts just below it
            }
            sumY[b] += y[i];
            w[b] += 1;
        }
        // PAV over the pooled points: a stack of blocks (mean, weight, number of points)
        double[] bm = new double[u], bw = new double[u];
        int[] bc = new int[u];
        int top = -1;
        for (int i = 0; i < u; i++) {
            top++;
            bm[top] = sumY[i] / w[i];
            bw[top] = w[i];
            bc[top] = 1;
            while (top > 0 && bm[top - 1] > bm[top]) {
                double ww = bw[top - 1] + bw[top];
                bm[top - 1] = (bm[top - 1] * bw[top - 1] + bm[top] * bw[top]) / ww;
                bw[top - 1] = ww;
                bc[top - 1] += bc[top];
                top--;
            }
        }
        double[] fy = new double[u];
        for (int b = 0, i = 0; b <= top; b++) {
            double v = Math.min(yMax, Math.max(yMin, bm[b]));
            for (int c = 0; c < bc[b]; c++) fy[i++] = v;
        }
        return new Isotonic(Arrays.copyOf(ux, u), fy);
    }

    /** The fitted value at v: linear interpolation, v clipped to the training range. */
    public double predict(double v) {
        int u = xs.length;
        if (u == 1 || v <= xs[0]) return ys[0];
        if (v >= xs[u - 1]) return ys[u - 1];
        int i = Arrays.binarySearch(xs, v);
        if (i >= 0) return ys[i];
        int hi = -i - 1, lo = hi - 1;
        return ys[lo] + (ys[hi] - ys[lo]) * (v - xs[lo]) / (xs[hi] - xs[lo]);
    }

    /** The pooled x values the function passes through. */
    public double[] knotsX() { return xs.clone(); }

    /** The fitted values at {@link #knotsX()}. */
    public double[] knotsY() { return ys.clone(); }
}

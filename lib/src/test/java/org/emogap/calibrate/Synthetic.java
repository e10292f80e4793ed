package org.emogap.calibrate;

import java.util.Random;

/** Synthetic distributions for calibrator tests; every draw from a seeded generator. */
final class Synthetic {
    private Synthetic() {}

    /** n×k rows from a flat Dirichlet (normalised exponentials): strictly positive, so logs are exact. */
    static double[] dirichlet(int n, int k, long seed) {
        Random r = new Random(seed);
        double[] out = new double[n * k];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < k; j++) s += (out[i * k + j] = -Math.log(1 - r.nextDouble()));
            for (int j = 0; j < k; j++) out[i * k + j] /= s;
        }
        return out;
    }

    /** softmax(log(p) / t) per row: t < 1 sharpens. */
    static double[] sharpen(double[] p, int k, double t) {
        double[] out = new double[p.length];
        for (int off = 0; off < p.length; off += k) {
            double s = 0;
            for (int j = 0; j < k; j++) s += (out[off + j] = Math.pow(p[off + j], 1 / t));
            for (int j = 0; j < k; j++) out[off + j] /= s;
        }
        return out;
    }

    static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

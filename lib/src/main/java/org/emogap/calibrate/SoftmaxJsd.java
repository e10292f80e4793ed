package org.emogap.calibrate;

/**
 * Mean JSD between fixed human rows h and softmax(s·L) rows, evaluated many times for different
 * scales s while a temperature is searched. Precomputes what does not depend on s: where h is 0 the
 * JSD term is p·ln 2 (no logarithm needed) and log p = s·L − log Z comes free with the softmax, so a
 * call costs k exponentials per row and logarithms only where h > 0 (GoEmotions rows are sparse).
 */
final class SoftmaxJsd {
    private static final double LN2 = Math.log(2);
    private final double[] logits;
    private final int k, n;
    private final int[] start; // CSR over the nonzero human entries
    private final int[] col;
    private final double[] hv, hLogH;

    SoftmaxJsd(double[] logits, double[] humanNormalized, int k) {
        this.logits = logits;
        this.k = k;
        this.n = logits.length / k;
        int nnz = 0;
        for (double v : humanNormalized) if (v > 0) nnz++;
        start = new int[n + 1];
        col = new int[nnz];
        hv = new double[nnz];
        hLogH = new double[nnz];
        int t = 0;
        for (int r = 0; r < n; r++) {
            start[r] = t;
            for (int j = 0; j < k; j++) {
                double v = humanNormalized[r * k + j];
                if (v > 0) {
                    col[t] = j;
                    hv[t] = v;
                    hLogH[t] = v * Math.log(v);
                    t++;
                }
            }
        }
        start[n] = t;
    }

    /** Mean over rows of JSD(h, softmax(scale·L)), base 2. */
    double meanJsd(double scale) {
        double[] e = new double[k];
        double total = 0;
        for (int r = 0; r < n; r++) {
            int off = r * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, scale * logits[off + j]);
            double z = 0;
            for (int j = 0; j < k; j++) {
                double v = Math.exp(scale * logits[off + j] - max);
                e[j] = v;
                z += v;
            }
            double logZ = Math.log(z), invZ = 1 / z;
            double pOnSupport = 0, s = 0;
            for (int t = start[r]; t < start[r + 1]; t++) {
                int j = col[t];
                double p = e[j] * invZ, h = hv[t];
                pOnSupport += p;
                double pLogP = p > 0 ? p * (scale * logits[off + j] - max - logZ) : 0;
                s += pLogP + hLogH[t] - (p + h) * Math.log(0.5 * (p + h));
            }
            s += LN2 * Math.max(0, 1 - pOnSupport);
            double d = 0.5 * s / LN2;
            total += d < 0 ? 0 : Math.min(d, 1);
        }
        return total / n;
    }
}

package org.emogap.calibrate;

/**
 * Mean JSD between fixed human rows h and softmax(s·L) rows, evaluated many times for different
 * scales s while a temperature is searched. Precomputes what does not depend on s, so that one
 * call costs an exponential only per nonzero model entry and a logarithm only per nonzero human
 * entry (both matrices are sparse for LLM rates and GoEmotions raters), and p itself is reused from
 * the normaliser's sum:
 * <ul>
 * <li>L = log(m + 1e-12) of a normalised m lies in [log 1e-12, 0], so for s ≤ 10 exp(s·L) ≥ e^-277
 *     needs no max-subtraction, and every zero model entry shares one value exp(s·log 1e-12);</li>
 * <li>where h is 0 the JSD term is p·ln 2, so those entries are covered by 1 − Σ_{h>0} p;</li>
 * <li>log p = s·L − log Z comes free with the softmax.</li>
 * </ul>
 */
final class SoftmaxJsd {
    private static final double LN2 = Math.log(2), ZERO_LOGIT = Math.log(TemperatureScaling.EPSILON);
    static final double MAX_SCALE = 10.5; // 1 / T_MIN, with room for the search's end points
    private final int n;
    private final int[] mStart, mZeros; // per row: CSR of nonzero model entries' logits and the count of zero entries
    private final double[] mLogit;
    private final int[] hStart;         // CSR of nonzero human entries, with the model logit at the same label
    private final double[] hv, hLogH, hLogit;
    private final int[] hModel;         // per nonzero human entry: its model entry's index in mLogit, or −1 where the model is 0
    private final double[] e;           // exp(scale·mLogit) of the current call: one instance serves one fit, on one thread

    /**
     * From normalised model and human rows (n×k each, as {@link Rows#normalizedPair} returns them:
     * entries in [0, 1], so every logit is ≤ 0); the logits log(m + 1e-12) are taken here, once.
     */
    SoftmaxJsd(double[] modelNormalized, double[] humanNormalized, int k) {
        this.n = modelNormalized.length / k;
        int mNnz = 0, hNnz = 0;
        for (double v : modelNormalized) if (v > 0) mNnz++;
        for (double v : humanNormalized) if (v > 0) hNnz++;
        mStart = new int[n + 1];
        mZeros = new int[n];
        mLogit = new double[mNnz];
        hStart = new int[n + 1];
        hv = new double[hNnz];
        hLogH = new double[hNnz];
        hLogit = new double[hNnz];
        hModel = new int[hNnz];
        e = new double[mNnz];
        int a = 0, b = 0;
        for (int r = 0; r < n; r++) {
            mStart[r] = a;
            hStart[r] = b;
            for (int i = r * k, end = i + k; i < end; i++) {
                double m = modelNormalized[i];
                double l = m > 0 ? Math.log(m + TemperatureScaling.EPSILON) : ZERO_LOGIT;
                if (m > 0) mLogit[a++] = l; else mZeros[r]++;
                double v = humanNormalized[i];
                if (v > 0) {
                    hv[b] = v;
                    hLogH[b] = v * Math.log(v);
                    hLogit[b] = l;
                    hModel[b] = m > 0 ? a - 1 : -1;
                    b++;
                }
            }
        }
        mStart[n] = a;
        hStart[n] = b;
    }

    /** Mean over rows of JSD(h, softmax(scale·L)), base 2; scale in (0, 10.5]. */
    double meanJsd(double scale) {
        if (!(scale > 0 && scale <= MAX_SCALE)) throw new IllegalArgumentException("scale " + scale + " outside (0, " + MAX_SCALE + "]");
        double e0 = Math.exp(scale * ZERO_LOGIT);
        double total = 0;
        for (int r = 0; r < n; r++) {
            double z = mZeros[r] * e0;
            for (int t = mStart[r]; t < mStart[r + 1]; t++) z += (e[t] = Math.exp(scale * mLogit[t]));
            double logZ = Math.log(z), invZ = 1 / z;
            double pOnSupport = 0, s = 0;
            for (int t = hStart[r]; t < hStart[r + 1]; t++) {
                int mi = hModel[t];
                double p = (mi < 0 ? e0 : e[mi]) * invZ, h = hv[t];
                pOnSupport += p;
                s += (p > 0 ? p * (scale * hLogit[t] - logZ) : 0) + hLogH[t] - (p + h) * Math.log(0.5 * (p + h));
            }
            s += LN2 * Math.max(0, 1 - pOnSupport);
            double d = 0.5 * s / LN2;
            total += d < 0 ? 0 : Math.min(d, 1);
        }
        return total / n;
    }
}

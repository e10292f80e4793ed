package org.emogap.dist;

import java.util.stream.IntStream;

/**
 * All per-item divergences between a human side and one model in one pass over row-major n×k
 * matrices: JSD, KL(h‖m), total variation, per-label Bernoulli JSD, human and model entropy, and
 * the cross-entropy of the human distribution under the model's (LeWiDi).
 * Results equal {@link Divergences}' single-metric functions to rounding (tested). Work that
 * depends only on the humans (their distribution, entropy, Bernoulli self-terms) is done once in
 * {@link #prepare} and reused for every model; JSD comes from entropies
 * (JSD = H(mid) − (H(h) + H(m))/2), so each entry costs a handful of logarithms and no objects.
 */
public final class PairMetrics {
    private static final double LN2 = Math.log(2);
    /** Rows per parallel chunk: big enough that a chunk outweighs its scheduling. */
    private static final int CHUNK = 256;

    private PairMetrics() {}

    /**
     * The human side, ready for many models.
     *
     * @param rates         n×k rates (share of raters per label)
     * @param dist          normalised rows of {@code rates} (uniform for an all-zero row)
     * @param logDist       ln h per entry (0 where h = 0)
     * @param selfEntry     r ln r + (1−r) ln(1−r) per entry (nats, ≤ 0)
     * @param entropyBits   entropy of each row of {@code dist}
     * @param xlogDist      Σ_k h_k ln h_k per row (nats, ≤ 0)
     * @param bernoulliSelf Σ_k of {@code selfEntry} per row
     */
    public record Human(int k, double[] rates, double[] dist, double[] logDist, double[] selfEntry, double[] entropyBits,
                        double[] xlogDist, double[] bernoulliSelf) {
        public Human {
            Divergences.checkMatrix(rates, k);
            int n = rates.length / k;
            if (dist.length != rates.length || logDist.length != rates.length || selfEntry.length != rates.length
                    || entropyBits.length != n || xlogDist.length != n || bernoulliSelf.length != n) {
                throw new IllegalArgumentException("human side arrays disagree with " + n + " rows of " + k);
            }
        }

        public int n() {
            return rates.length / k;
        }
    }

    /**
     * The per-item metrics of one model against the humans; arrays of length n. {@code crossEntropy}
     * is the LeWiDi soft-label cross-entropy −Σ h log2 m' of the human distribution under the model's,
     * m' smoothed as for KL (so it equals H(h) + KL(h‖m) up to rounding).
     */
    public record Result(double[] jsd, double[] kl, double[] tv, double[] bernoulliJsd, double[] humanEntropy,
                         double[] modelEntropy, double[] crossEntropy) {
        public Result {
            int n = jsd.length;
            for (double[] a : new double[][]{kl, tv, bernoulliJsd, humanEntropy, modelEntropy, crossEntropy}) {
                if (a.length != n) throw new IllegalArgumentException("metric arrays differ in length: " + a.length + " vs " + n);
            }
        }
    }

    /** Normalises the human rate rows and computes the human-only terms (rates must lie in [0, 1]). */
    public static Human prepare(double[] humanRates, int k) {
        Divergences.checkMatrix(humanRates, k);
        return prepare(humanRates, Divergences.normalizeRows(humanRates, k), k);
    }

    /**
     * The human-only terms from the rates and their distribution rows, given by the caller when it
     * can compute them exactly (votes / total votes, so equal distributions are equal bit for bit).
     */
    public static Human prepare(double[] humanRates, double[] humanDist, int k) {
        Divergences.checkMatrix(humanRates, k);
        Divergences.checkRates(humanRates, 0, humanRates.length);
        if (humanDist.length != humanRates.length) throw new IllegalArgumentException("distribution rows hold " + humanDist.length + " values, rates " + humanRates.length);
        double[] rates = humanRates.clone();
        double[] dist = humanDist.clone();
        int n = rates.length / k;
        double[] logDist = new double[rates.length], self = new double[rates.length];
        double[] ent = new double[n], xl = new double[n], bs = new double[n];
        for (int r = 0; r < n; r++) {
            double a = 0, b = 0;
            for (int i = r * k; i < r * k + k; i++) {
                logDist[i] = dist[i] > 0 ? Math.log(dist[i]) : 0;
                a += dist[i] * logDist[i];
                self[i] = Divergences.xlog(rates[i]) + Divergences.xlog(1 - rates[i]);
                b += self[i];
            }
            xl[r] = a;
            ent[r] = Divergences.entropyAt(dist, r * k, k);
            bs[r] = b;
        }
        return new Human(k, rates, dist, logDist, self, ent, xl, bs);
    }

    /**
     * Metrics of one model. {@code modelValues} are the model's n×k values: rates (share of samples
     * per label) or a probability vector; either way the model distribution is the normalised row
     * and the values serve as per-label rates for the Bernoulli JSD (they must lie in [0, 1]).
     * Rows are split over the available cores; the result does not depend on the split.
     */
    public static Result compute(Human h, double[] modelValues, boolean parallel) {
        int k = h.k(), n = h.n();
        if (modelValues.length != h.rates().length) {
            throw new IllegalArgumentException("model matrix has " + modelValues.length / (double) k + " rows of " + k
                    + ", the human side " + n);
        }
        Divergences.checkRates(modelValues, 0, modelValues.length);
        double[][] out = new double[7][n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream s = IntStream.range(0, chunks);
        (parallel ? s.parallel() : s).forEach(c -> rows(h, modelValues, c * CHUNK, Math.min(n, c * CHUNK + CHUNK), out));
        return new Result(out[0], out[1], out[2], out[3], h.entropyBits().clone(), out[5], out[6]);
    }

    /**
     * The hot loop. Logarithms are the cost, so each one is reused where an identity allows: with
     * h = 0 the mixture term is ½m(ln m − ln 2), with m = 0 it is ½h(ln h − ln 2) (ln h precomputed);
     * ln(m + ε) = ln m + ε/m to double precision when m > 1e-4 (the next term, ε²/2m², is below
     * 1e-16); ln b = ln m − ln(1/Σ); and equal human and model rates cancel to the human self-term.
     */
    private static void rows(Human h, double[] mv, int from, int to, double[][] out) {
        final int k = h.k();
        final double[] hd = h.dist(), hr = h.rates(), hl = h.logDist(), hs = h.selfEntry();
        final double eps = Divergences.KL_EPSILON;
        // KL smoothing: m' = (m + ε) / (1 + kε) on the normalised m, as the paper's scripts do
        final double logZ = Math.log(1 + k * eps);
        final double[] terms = new double[k];
        for (int r = from; r < to; r++) {
            final int o = r * k;
            final double sum = Divergences.sortedSum(mv, o, k, terms); // as Divergences.normalize
            final boolean uniform = sum == 0;
            final double inv = uniform ? 0 : 1 / sum, u = 1.0 / k, logInv = uniform ? 0 : Math.log(inv);
            double xm = 0, xmid = 0, cross = 0, tv = 0, bern = 0;
            int nt = 0;
            for (int i = o; i < o + k; i++) {
                final double b = mv[i], a = hd[i], c = hr[i];
                // divided, not multiplied by 1/Σ: the same m as Divergences.normalize, so entropies agree bit for bit
                final double m = uniform ? u : b / sum;
                final double lm = m > 0 ? Math.log(m) : 0;
                xm += m * lm;
                if (m > 0) terms[nt++] = m * lm;
                if (a > 0 && m > 0) {
                    double mid = 0.5 * (a + m);
                    xmid += mid * Math.log(mid);
                } else if (m > 0) {
                    xmid += 0.5 * m * (lm - LN2);
                } else if (a > 0) {
                    xmid += 0.5 * a * (hl[i] - LN2);
                }
                if (a > 0) cross += a * ((m > 1e-4 ? lm + eps / m : Math.log(m + eps)) - logZ);
                tv += Math.abs(a - m);
                if (b != c) {
                    final double lb = b > 0 ? lm - logInv : 0;
                    final double bm = 0.5 * (b + c);
                    final double xbm = c == 0 ? 0.5 * b * (lb - LN2) : Divergences.xlog(bm);
                    bern += b * lb + Divergences.xlog(1 - b) - 2 * (xbm + Divergences.xlog(1 - bm));
                } else { // equal rates: model and mixture terms cancel to minus the human self-term
                    bern -= hs[i];
                }
            }
            double xh = h.xlogDist()[r];
            double jsd = (0.5 * (xh + xm) - xmid) / LN2;
            out[0][r] = jsd < 0 ? 0.0 : Math.min(jsd, 1.0);
            out[1][r] = Math.max(0.0, (xh - cross) / LN2);
            out[6][r] = -cross / LN2 + 0.0;
            out[2][r] = Math.min(0.5 * tv, 1.0);
            double bj = 0.5 * (bern + h.bernoulliSelf()[r]) / (k * LN2);
            out[3][r] = bj < 0 ? 0.0 : Math.min(bj, 1.0);
            out[5][r] = Divergences.entropyOfTerms(terms, nt);
        }
    }

    /** Convenience for tests and small inputs: the same metrics on fresh arrays. */
    public static Result compute(double[] humanRates, double[] modelValues, int k) {
        return compute(prepare(humanRates, k), modelValues, false);
    }

}

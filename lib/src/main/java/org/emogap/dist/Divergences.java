package org.emogap.dist;

/**
 * Divergences and entropies between label distributions, base 2. Single vectors and row-major
 * n×k matrices ({@code double[]} of length n·k) alike; the matrix forms allocate only their
 * result. Inputs are normalised here as docs/method.md §3 prescribes: a vector summing to 0 becomes
 * the uniform distribution.
 */
public final class Divergences {
    /** The paper's smoothing of the model side of KL(h‖m). */
    public static final double KL_EPSILON = 1e-12;
    private static final double LN2 = Math.log(2);

    private Divergences() {}

    /** p / Σp, or uniform when Σp = 0. Negative or non-finite entries are refused. */
    public static double[] normalize(double[] p) {
        double[] out = p.clone();
        normalizeInPlace(out, 0, out.length);
        return out;
    }

    /**
     * The distribution of counts: c / Σc, each entry one correctly rounded division of two
     * integers, so equal distributions (1 of 2 and 2 of 4) are equal bit for bit; uniform when Σc = 0.
     */
    public static double[] fromCounts(int[] counts) {
        long sum = 0;
        for (int c : counts) {
            if (c < 0) throw new IllegalArgumentException("count " + c + "; counts must be >= 0");
            sum += c;
        }
        double[] p = new double[counts.length];
        for (int i = 0; i < p.length; i++) p[i] = sum == 0 ? 1.0 / p.length : (double) counts[i] / sum;
        return p;
    }

    /** Normalises every row of a row-major n×k matrix (copy). */
    public static double[] normalizeRows(double[] m, int k) {
        checkMatrix(m, k);
        double[] out = m.clone();
        for (int off = 0; off < out.length; off += k) normalizeInPlace(out, off, k);
        return out;
    }

    static void normalizeInPlace(double[] a, int off, int k) {
        if (k < 1) throw new IllegalArgumentException("a distribution needs at least 1 entry, got " + k);
        for (int i = off; i < off + k; i++) {
            double v = a[i];
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("entry " + (i - off) + " is " + v + "; distributions need finite values >= 0");
            }
        }
        double s = sortedSum(a, off, k, new double[k]);
        if (s == 0) {
            for (int i = off; i < off + k; i++) a[i] = 1.0 / k;
        } else {
            for (int i = off; i < off + k; i++) a[i] /= s;
        }
    }

    /** Shannon entropy in bits of the normalised vector. */
    public static double entropy(double[] p) {
        double[] q = normalize(p);
        return entropyAt(q, 0, q.length);
    }

    /** Entropy in bits of every row of a row-major n×k matrix. */
    public static double[] entropyRows(double[] m, int k) {
        double[] p = normalizeRows(m, k);
        double[] out = new double[p.length / k];
        for (int r = 0; r < out.length; r++) out[r] = entropyAt(p, r * k, k);
        return out;
    }

    /** Jensen–Shannon divergence, base 2, in [0, 1] (the square of SciPy's jensenshannon distance). */
    public static double jsd(double[] p, double[] q) {
        checkSameLength(p, q);
        return jsdAt(normalize(p), 0, normalize(q), 0, p.length);
    }

    /** JSD of each row pair of two row-major n×k matrices. */
    public static double[] jsdRows(double[] pm, double[] qm, int k) {
        checkSameShape(pm, qm, k);
        double[] p = normalizeRows(pm, k);
        double[] q = normalizeRows(qm, k);
        double[] out = new double[p.length / k];
        for (int r = 0; r < out.length; r++) out[r] = jsdAt(p, r * k, q, r * k, k);
        return out;
    }

    /** KL(h‖m) in bits, with m + 1e-12 renormalised as in the paper's scripts. */
    public static double kl(double[] h, double[] m) {
        checkSameLength(h, m);
        return klAt(normalize(h), 0, normalize(m), 0, h.length);
    }

    /** KL(h‖m) of each row pair. */
    public static double[] klRows(double[] hm, double[] mm, int k) {
        checkSameShape(hm, mm, k);
        double[] h = normalizeRows(hm, k);
        double[] m = normalizeRows(mm, k);
        double[] out = new double[h.length / k];
        for (int r = 0; r < out.length; r++) out[r] = klAt(h, r * k, m, r * k, k);
        return out;
    }

    /** Total variation distance ½·Σ|p − q| of the normalised vectors, in [0, 1]. */
    public static double tv(double[] p, double[] q) {
        checkSameLength(p, q);
        return tvAt(normalize(p), 0, normalize(q), 0, p.length);
    }

    /** Total variation of each row pair of two row-major n×k matrices. */
    public static double[] tvRows(double[] pm, double[] qm, int k) {
        checkSameShape(pm, qm, k);
        double[] p = normalizeRows(pm, k);
        double[] q = normalizeRows(qm, k);
        double[] out = new double[p.length / k];
        for (int r = 0; r < out.length; r++) out[r] = tvAt(p, r * k, q, r * k, k);
        return out;
    }

    /**
     * Per-label Bernoulli JSD of two multi-label rate vectors (each entry in [0, 1], the share of
     * raters or samples that chose the label; not normalised): the mean over labels of
     * JSD(Bernoulli(r_k), Bernoulli(m_k)), base 2, in [0, 1]. Unlike the JSD of the normalised
     * vectors it sees that two raters both ticking a label is not the same as half of them doing so.
     */
    public static double bernoulliJsd(double[] r, double[] m) {
        checkSameLength(r, m);
        checkRates(r, 0, r.length);
        checkRates(m, 0, m.length);
        return bernoulliJsdAt(r, 0, m, 0, r.length);
    }

    /** Per-label Bernoulli JSD of each row pair of two row-major n×k rate matrices. */
    public static double[] bernoulliJsdRows(double[] rm, double[] mm, int k) {
        checkSameShape(rm, mm, k);
        checkRates(rm, 0, rm.length);
        checkRates(mm, 0, mm.length);
        double[] out = new double[rm.length / k];
        for (int r = 0; r < out.length; r++) out[r] = bernoulliJsdAt(rm, r * k, mm, r * k, k);
        return out;
    }

    /**
     * First Wasserstein distance between the normalised vectors seen as distributions over the
     * ordered bins 0, 1, …, k−1 (unit spacing): Σ_i |P_i − Q_i| over the cumulative sums. Only
     * meaningful for ordinal scales (rating bins); on GoEmotions' alphabetical labels it has no
     * meaning and is kept for the paper mode only.
     */
    public static double wasserstein(double[] p, double[] q) {
        checkSameLength(p, q);
        return wassersteinAt(normalize(p), 0, normalize(q), 0, p.length);
    }

    /** Wasserstein over ordered bins of each row pair. */
    public static double[] wassersteinRows(double[] pm, double[] qm, int k) {
        checkSameShape(pm, qm, k);
        double[] p = normalizeRows(pm, k);
        double[] q = normalizeRows(qm, k);
        double[] out = new double[p.length / k];
        for (int r = 0; r < out.length; r++) out[r] = wassersteinAt(p, r * k, q, r * k, k);
        return out;
    }

    /** Entropy in bits of a Bernoulli(r) variable. */
    public static double binaryEntropy(double r) {
        return (xlog(r) + xlog(1 - r)) / -LN2 + 0.0;
    }

    /** x ln x, 0 at 0 and (without a logarithm) at 1: sparse rate vectors hit both often. */
    static double xlog(double x) {
        return x > 0 && x != 1 ? x * Math.log(x) : 0.0;
    }

    static double tvAt(double[] p, int po, double[] q, int qo, int k) {
        double s = 0;
        for (int i = 0; i < k; i++) s += Math.abs(p[po + i] - q[qo + i]);
        return Math.min(0.5 * s, 1.0);
    }

    static double bernoulliJsdAt(double[] r, int ro, double[] m, int mo, int k) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            double a = r[ro + i], b = m[mo + i], mid = 0.5 * (a + b);
            // JSD = H(mid) − (H(a) + H(b))/2 with H the binary entropy (nats here, bits below)
            s += (xlog(a) + xlog(1 - a) + xlog(b) + xlog(1 - b)) * 0.5 - xlog(mid) - xlog(1 - mid);
        }
        double d = s / (k * LN2);
        return d < 0 ? 0.0 : Math.min(d, 1.0);
    }

    static double wassersteinAt(double[] p, int po, double[] q, int qo, int k) {
        double cp = 0, cq = 0, s = 0;
        for (int i = 0; i < k - 1; i++) {
            cp += p[po + i];
            cq += q[qo + i];
            s += Math.abs(cp - cq);
        }
        return s;
    }

    static void checkRates(double[] r, int off, int len) {
        for (int i = off; i < off + len; i++) {
            double v = r[i];
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("rate " + (i - off) + " is " + v + "; rates need values in [0, 1]");
            }
        }
    }

    /**
     * Σ of a row with the values added in ascending order, so the sum (and every quotient by it)
     * does not depend on the order of the labels; {@code scratch} holds at least k values.
     */
    static double sortedSum(double[] a, int off, int k, double[] scratch) {
        System.arraycopy(a, off, scratch, 0, k);
        java.util.Arrays.sort(scratch, 0, k);
        double s = 0;
        for (int i = 0; i < k; i++) s += scratch[i];
        return s;
    }

    /**
     * Entropy in bits of one normalised row. The terms p·ln p are summed in ascending order, not in
     * label order, so the result depends only on the multiset of values: two items whose
     * distributions are equal up to the order of labels get bit-identical entropies, and ties stay
     * ties in every rank statistic (Spearman ρ of entropies).
     */
    static double entropyAt(double[] p, int off, int k) {
        double[] t = new double[k];
        int n = 0;
        for (int i = off; i < off + k; i++) {
            double v = p[i];
            if (v > 0) t[n++] = v * Math.log(v);
        }
        return entropyOfTerms(t, n);
    }

    /** −Σ terms / ln 2 with the n terms (each p·ln p) summed in sorted order; sorts {@code terms} in place. */
    static double entropyOfTerms(double[] terms, int n) {
        java.util.Arrays.sort(terms, 0, n);
        double h = 0;
        for (int i = 0; i < n; i++) h -= terms[i];
        return h / LN2 + 0.0; // + 0.0 turns -0.0 into 0.0
    }

    /**
     * The authors' human entropy (paper mode): SciPy's {@code entropy(r + 1e-12, base=2)} of each
     * row of raw rater shares r, i.e. the entropy of (r + ε) / Σ(r + ε). The ε gives every label a
     * tiny share, which separates items that have equal distributions but different rater counts.
     */
    public static double[] entropyRowsSmoothed(double[] r, int k, double epsilon) {
        checkMatrix(r, k);
        double[] s = r.clone();
        for (int i = 0; i < s.length; i++) s[i] += epsilon;
        return entropyRows(s, k);
    }

    /** The paper's smoothing of the human side of entropy (paper mode only). */
    public static final double ENTROPY_EPSILON_PAPER = 1e-12;

    static double jsdAt(double[] p, int po, double[] q, int qo, int k) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            double a = p[po + i], b = q[qo + i], mid = 0.5 * (a + b);
            if (a > 0) s += a * Math.log(a / mid);
            if (b > 0) s += b * Math.log(b / mid);
        }
        double d = 0.5 * s / LN2;
        return d < 0 ? 0.0 : Math.min(d, 1.0); // rounding can leave -1e-17 or 1 + 1e-16
    }

    static double klAt(double[] h, int ho, double[] m, int mo, int k) {
        double z = 0;
        for (int i = 0; i < k; i++) z += m[mo + i] + KL_EPSILON;
        double s = 0;
        for (int i = 0; i < k; i++) {
            double a = h[ho + i];
            if (a > 0) s += a * Math.log(a / ((m[mo + i] + KL_EPSILON) / z));
        }
        return Math.max(0.0, s / LN2);
    }

    static void checkSameLength(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("distributions differ in length: " + p.length + " vs " + q.length);
        }
    }

    static void checkMatrix(double[] m, int k) {
        if (k < 1 || m.length % k != 0) {
            throw new IllegalArgumentException("matrix of " + m.length + " values is not a whole number of rows of " + k);
        }
    }

    static void checkSameShape(double[] a, double[] b, int k) {
        checkMatrix(a, k);
        checkMatrix(b, k);
        if (a.length != b.length) {
            throw new IllegalArgumentException("matrices differ: " + a.length / k + " vs " + b.length / k + " rows of " + k);
        }
    }
}

package org.emogap.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rank-based tests. Commons Math ranks (average ranks for ties) and does Wilcoxon; it has no
 * Kruskal–Wallis or Dunn test, and its Mann–Whitney p-value ignores ties (our metrics tie often:
 * every full-agreement item against a one-hot model scores the same), so those are written here
 * with the tie corrections SciPy uses.
 */
public final class RankTests {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private RankTests() {}

    /** Kruskal–Wallis H (tie-corrected), its degrees of freedom and χ² p-value. */
    public record KruskalWallis(double h, int df, double p, int n) {}

    /** One pair of Dunn's post-hoc test: z of mean-rank difference (group a − group b), raw and Bonferroni p. */
    public record DunnPair(int a, int b, double z, double p, double pBonferroni) {}

    /** Mann–Whitney U of the first sample, tie- and continuity-corrected normal p (two-sided). */
    public record MannWhitney(double u, double p, int n1, int n2) {}

    /** Wilcoxon signed-rank: W (the smaller rank sum, as SciPy reports) and two-sided p. */
    public record Wilcoxon(double w, double p, int n) {}

    public static KruskalWallis kruskalWallis(double[]... groups) {
        Pooled pl = pool(groups);
        double n = pl.ranks.length, h = 0;
        for (int g = 0; g < groups.length; g++) {
            h += pl.rankSum[g] * pl.rankSum[g] / groups[g].length;
        }
        h = 12 / (n * (n + 1)) * h - 3 * (n + 1);
        double c = 1 - pl.tieSum / (n * n * n - n);
        h = c > 0 ? h / c : Double.NaN;
        int df = groups.length - 1;
        // upper tail as the regularised Γ function Q(df/2, h/2): 1 − cdf would round to 0 below 1e-16
        double p = Double.isNaN(h) ? Double.NaN : Gamma.regularizedGammaQ(df / 2.0, h / 2);
        return new KruskalWallis(h, df, p, (int) n);
    }

    /**
     * Dunn's test for every pair of groups on the pooled ranks, with the tie-corrected variance
     * (N(N+1)/12 − Σ(t³ − t)/(12(N − 1)))·(1/n_a + 1/n_b); Bonferroni multiplies p by the number of
     * pairs (capped at 1).
     */
    public static List<DunnPair> dunn(double[]... groups) {
        Pooled pl = pool(groups);
        double n = pl.ranks.length;
        double s2 = n * (n + 1) / 12 - pl.tieSum / (12 * (n - 1));
        int m = groups.length * (groups.length - 1) / 2;
        List<DunnPair> out = new ArrayList<>();
        for (int a = 0; a < groups.length; a++) {
            for (int b = a + 1; b < groups.length; b++) {
                double diff = pl.rankSum[a] / groups[a].length - pl.rankSum[b] / groups[b].length;
                double z = diff / Math.sqrt(s2 * (1.0 / groups[a].length + 1.0 / groups[b].length));
                double p = 2 * NORMAL.cumulativeProbability(-Math.abs(z));
                out.add(new DunnPair(a, b, z, p, Math.min(1.0, p * m)));
            }
        }
        return out;
    }

    public static MannWhitney mannWhitney(double[] x, double[] y) {
        Pooled pl = pool(x, y);
        double n1 = x.length, n2 = y.length, n = n1 + n2;
        double u1 = pl.rankSum[0] - n1 * (n1 + 1) / 2;
        double mu = n1 * n2 / 2;
        double sigma = Math.sqrt(n1 * n2 / 12 * ((n + 1) - pl.tieSum / (n * (n - 1))));
        double z = (Math.abs(u1 - mu) - 0.5) / sigma;
        double p = sigma > 0 ? Math.min(1.0, 2 * NORMAL.cumulativeProbability(-Math.max(z, 0))) : Double.NaN;
        return new MannWhitney(u1, p, x.length, y.length);
    }

    /** SciPy's default uses the normal approximation above this many pairs (zeros included). */
    public static final int WILCOXON_EXACT_MAX = 50;
    /** With ties or zero differences, SciPy's default enumerates every sign assignment up to this many pairs. */
    public static final int WILCOXON_PERMUTATION_MAX = 13;

    /**
     * Wilcoxon signed-rank test of paired samples, as SciPy 1.17's default {@code wilcoxon(x, y)}:
     * pairs with zero difference are dropped from the ranking ({@code zero_method="wilcox"}),
     * |differences| ranked with average ranks for ties, W = the smaller signed-rank sum. The p-value
     * (two-sided) follows SciPy's choice of method: more than {@value #WILCOXON_EXACT_MAX} pairs
     * (zeros counted), the normal approximation with the tie-corrected variance and no continuity
     * correction; otherwise, with no ties and no zeros, the exact null distribution
     * (2·P(T ≤ W), capped at 1); with ties or zeros and at most {@value #WILCOXON_PERMUTATION_MAX}
     * pairs, every sign assignment of the ranks enumerated; else the normal approximation. Written
     * here because Commons Math's exact p stops at 30 pairs and its approximation applies a
     * continuity correction on the wrong side of the mean (p = 0.00293 where SciPy gives 0.00301).
     * No differing pair gives W = 0, p = NaN, n = 0; n counts the pairs that differ.
     */
    public static Wilcoxon wilcoxon(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("paired samples differ in length: " + x.length + " vs " + y.length);
        int n = 0;
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("pair " + i + " is (" + x[i] + ", " + y[i] + "): values must be finite");
            }
            if (x[i] != y[i]) d[n++] = x[i] - y[i];
        }
        if (n == 0) return new Wilcoxon(0, Double.NaN, 0);
        boolean zeros = n < x.length;
        d = Arrays.copyOf(d, n);
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) abs[i] = Math.abs(d[i]);
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(abs);
        double plus = 0, minus = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) plus += ranks[i];
            else minus += ranks[i];
        }
        double w = Math.min(plus, minus);
        double[] sorted = abs.clone();
        Arrays.sort(sorted);
        double tieTerm = 0;
        for (int i = 0, j; i < n; i = j) {
            for (j = i + 1; j < n && sorted[j] == sorted[i]; j++) { }
            double t = j - i;
            if (t > 1) tieTerm += 0.5 * t * (t * t - 1);
        }
        if (x.length <= WILCOXON_EXACT_MAX && tieTerm == 0 && !zeros) {
            return new Wilcoxon(w, Math.min(1.0, 2 * exactSignedRankCdf(n, w)), n);
        }
        if (x.length <= WILCOXON_EXACT_MAX && x.length <= WILCOXON_PERMUTATION_MAX) {
            return new Wilcoxon(w, signFlipP(ranks, plus), n);
        }
        double var = (double) n * (n + 1) * (2.0 * n + 1) - tieTerm;
        double z = (w - n * (n + 1) * 0.25) / Math.sqrt(var / 24);
        return new Wilcoxon(w, 2 * NORMAL.cumulativeProbability(-Math.abs(z)), n);
    }

    /** P(T ≤ w) for the signed-rank sum T of n pairs under the null: subset sums of 1..n counted by dynamic programming. */
    static double exactSignedRankCdf(int n, double w) {
        int max = n * (n + 1) / 2;
        double[] count = new double[max + 1];
        count[0] = 1;
        for (int r = 1; r <= n; r++) for (int s = max; s >= r; s--) count[s] += count[s - r];
        double below = 0;
        for (int s = 0; s <= Math.min(max, (int) Math.floor(w + 1e-9)); s++) below += count[s];
        return below / Math.pow(2, n);
    }

    /**
     * Two-sided p of the observed positive rank sum over all 2^m sign assignments of the ranks
     * (SciPy's exact permutation test): 2·min(P(T ≤ t), P(T ≥ t)), capped at 1, comparing with a
     * relative tolerance so that sums of average ranks that are equal on paper count as equal.
     */
    static double signFlipP(double[] ranks, double observed) {
        int m = ranks.length;
        long total = 1L << m, le = 0, ge = 0;
        double tol = 1e-14 * Math.max(1, Math.abs(observed));
        for (long mask = 0; mask < total; mask++) {
            double t = 0;
            for (int i = 0; i < m; i++) if ((mask >>> i & 1) == 1) t += ranks[i];
            if (t <= observed + tol) le++;
            if (t >= observed - tol) ge++;
        }
        return Math.min(1.0, 2.0 * Math.min(le, ge) / total);
    }

    private record Pooled(double[] ranks, double[] rankSum, double tieSum) {}

    private static Pooled pool(double[]... groups) {
        if (groups.length < 2) throw new IllegalArgumentException("a rank test needs 2+ groups, got " + groups.length);
        int n = 0;
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].length == 0) throw new IllegalArgumentException("group " + g + " is empty");
            n += groups[g].length;
        }
        double[] all = new double[n];
        int off = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, all, off, g.length);
            off += g.length;
        }
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(all);
        double[] sums = new double[groups.length];
        off = 0;
        for (int g = 0; g < groups.length; g++) {
            for (int i = 0; i < groups[g].length; i++) sums[g] += ranks[off + i];
            off += groups[g].length;
        }
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        double tie = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) j++;
            double t = j - i;
            tie += t * t * t - t;
            i = j;
        }
        return new Pooled(ranks, sums, tie);
    }
}

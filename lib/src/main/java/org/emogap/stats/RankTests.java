package org.emogap.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
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

    /**
     * Wilcoxon signed-rank on paired samples (Commons Math): exact p for up to 30 pairs, normal
     * approximation above. Pairs with no difference must be removed by the caller.
     */
    public static Wilcoxon wilcoxon(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("paired samples differ in length: " + x.length + " vs " + y.length);
        WilcoxonSignedRankTest t = new WilcoxonSignedRankTest(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        double wMax = t.wilcoxonSignedRank(x, y);
        double total = x.length * (x.length + 1) / 2.0;
        double p = t.wilcoxonSignedRankTest(x, y, x.length <= 30);
        return new Wilcoxon(total - wMax, p, x.length);
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

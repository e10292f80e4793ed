package org.emogap.stats;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The one implementation of each statistic, against SciPy/NumPy/scikit-learn or hand-worked
 * values, including the degenerate cases every caller shares.
 */
class RulesTest {
    // a, d as in the comments below; b = a + d (the last difference is 0)
    static final double[] A = {0.31, 0.52, 0.12, 0.44, 0.25, 0.61, 0.33, 0.47, 0.29, 0.38, 0.55, 0.21, 0.36, 0.49, 0.27,
            0.41, 0.58, 0.19, 0.35, 0.46, 0.3, 0.5, 0.22, 0.4, 0.6, 0.26, 0.37, 0.45, 0.32, 0.53, 0.28, 0.43, 0.34, 0.57, 0.24};
    static final double[] D = {0.013, -0.021, 0.034, 0.047, -0.052, 0.066, 0.071, -0.083, 0.092, 0.105, 0.118, -0.121,
            0.135, 0.149, 0.152, -0.167, 0.174, 0.188, 0.193, 0.201, 0.215, -0.226, 0.239, 0.241, 0.257, 0.262, -0.278,
            0.285, 0.291, 0.304, 0.311, -0.323, 0.338, 0.342, 0.0};

    static double[] plus(double[] a, double[] d) {
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) b[i] = a[i] + d[i];
        return b;
    }

    /* SciPy 1.17.1 scipy.stats.wilcoxon(a[:12], b[:12]) -> statistic 27.0, pvalue 0.38037109375 (exact: no ties, no zero) */
    @Test
    void wilcoxonExactBranch() {
        double[] a = java.util.Arrays.copyOf(A, 12), b = plus(a, java.util.Arrays.copyOf(D, 12));
        RankTests.Wilcoxon w = RankTests.wilcoxon(a, b);
        assertEquals(27.0, w.w(), 1e-12);
        assertEquals(0.38037109375, w.p(), 1e-12);
        assertEquals(12, w.n());
    }

    /*
     * 35 pairs with one zero difference: SciPy's default goes asymptotic (a zero, and more than 13
     * pairs): wilcoxon(a, b) -> statistic 124.0, pvalue 0.00301459869171306
     */
    @Test
    void wilcoxonNormalBranchWithAZero() {
        RankTests.Wilcoxon w = RankTests.wilcoxon(A, plus(A, D));
        assertEquals(124.0, w.w(), 1e-12);
        assertEquals(0.00301459869171306, w.p(), 1e-12);
        assertEquals(34, w.n(), "the zero pair is dropped");
    }

    /*
     * More than 50 pairs: rng = np.random.default_rng(7); u = np.round(rng.normal(size=60), 3);
     * v = np.round(u + rng.normal(0.2, 0.5, size=60), 3); wilcoxon(u, v) -> statistic 529.0, p 0.004489076235714239.
     * Reproduced here with 60 pairs whose differences have the same ranks and signs (only ranks enter).
     */
    @Test
    void wilcoxonNormalBranchAboveFifty() {
        double[] x = new double[60], y = new double[60];
        // differences ±(i+1)/100 with the signs chosen so that W− = 529: ranks 1..60 sum to 1830;
        // negative ranks {60, 59, ..., } summing to 529 -> 60+59+58+57+56+55+54+53+52+25 = 529
        java.util.Set<Integer> neg = java.util.Set.of(60, 59, 58, 57, 56, 55, 54, 53, 52, 25);
        for (int i = 0; i < 60; i++) {
            x[i] = 1;
            y[i] = 1 + (neg.contains(i + 1) ? -1 : 1) * (i + 1) / 100.0;
        }
        RankTests.Wilcoxon w = RankTests.wilcoxon(x, y);
        assertEquals(529.0, w.w(), 1e-9);
        // no ties: z = (529 − 915) / sqrt(60·61·121/24) = −386 / 135.83... ; SciPy wilcoxon(x, y) -> 0.004489076235714239
        assertEquals(0.004489076235714239, w.p(), 1e-12);
    }

    /*
     * Ties, 40 pairs: x = [0.1..0.8]*5, y = x + [0.1,-0.1,0.2,0.2,0.3,-0.3,0.1,0.05]*5:
     * wilcoxon(x, y) -> statistic 242.5, p 0.023902184564535908 (asymptotic, tie-corrected variance)
     */
    @Test
    void wilcoxonTiesGoAsymptotic() {
        double[] x = new double[40], y = new double[40], dd = {0.1, -0.1, 0.2, 0.2, 0.3, -0.3, 0.1, 0.05};
        for (int i = 0; i < 40; i++) {
            x[i] = 0.1 * (i % 8 + 1);
            y[i] = x[i] + dd[i % 8];
        }
        RankTests.Wilcoxon w = RankTests.wilcoxon(x, y);
        assertEquals(242.5, w.w(), 1e-9);
        assertEquals(0.023902184564535908, w.p(), 1e-12);
    }

    /*
     * Ties or a zero in at most 13 pairs: SciPy enumerates the 2^n sign assignments.
     *   x = [1..10]; wilcoxon(x, x + [1,1,2,2,-1,3,3,0.5,-0.5,4]) -> p 0.025390625 (26/1024)
     *   wilcoxon(x, x + [1,0,2,2,-1,3,3,0.5,-0.5,4])               -> p 0.0390625 (20/512)
     */
    @Test
    void wilcoxonSmallSamplesWithTiesOrZerosArePermutationTests() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(0.025390625, RankTests.wilcoxon(x, plus(x, new double[]{1, 1, 2, 2, -1, 3, 3, 0.5, -0.5, 4})).p(), 1e-12);
        assertEquals(0.0390625, RankTests.wilcoxon(x, plus(x, new double[]{1, 0, 2, 2, -1, 3, 3, 0.5, -0.5, 4})).p(), 1e-12);
    }

    @Test
    void wilcoxonWithNoDifferenceIsNaN() {
        RankTests.Wilcoxon w = RankTests.wilcoxon(A, A);
        assertTrue(Double.isNaN(w.p()));
        assertEquals(0, w.n());
    }

    /* One rule: fewer than 3 pairs, or a constant side, is NaN (SciPy gives ±1 for 2 pairs, a number with no meaning). */
    @Test
    void correlationsShareOneDegenerateRule() {
        assertTrue(Double.isNaN(Correlations.spearman(new double[]{1, 2}, new double[]{2, 1}).r()));
        assertTrue(Double.isNaN(Correlations.pearson(new double[]{1, 2}, new double[]{2, 1}).r()));
        assertTrue(Double.isNaN(Correlations.spearman(new double[]{1, 2, 3}, new double[]{4, 4, 4}).r()));
        assertTrue(Double.isNaN(Correlations.spearman(new double[0], new double[0]).p()));
        assertEquals(3, Correlations.spearman(new double[]{1, 2, 3}, new double[]{4, 4, 4}).n());
        // three pairs by hand: ranks (1,2,3) vs (1,3,2): ρ = 1 − 6·Σd²/(n(n²−1)) = 1 − 6·2/24 = 0.5
        assertEquals(0.5, Correlations.spearman(new double[]{1, 2, 3}, new double[]{10, 30, 20}).r(), 1e-12);
        // SciPy: spearmanr([1,2,3],[10,30,20]).pvalue -> 0.6666666666666667
        assertEquals(0.6666666666666667, Correlations.spearman(new double[]{1, 2, 3}, new double[]{10, 30, 20}).p(), 1e-12);
        assertTrue(Double.isNaN(Bootstrap.correlationCis(new double[]{1, 2}, new double[]{1, 3}, 100, 1).pearsonLow()));
    }

    /* Same seed, same n: the mean bootstrap and the correlation bootstrap use the very same resamples. */
    @Test
    void meansAndCorrelationsUseTheSameResamples() {
        int n = 37;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = Math.sin(i * 1.3) + i * 0.01;
        double[] means = Bootstrap.resampleMeans(v, 50, 42, false);
        SplittableRandom[] rngs = Bootstrap.generators(50, 42);
        int[] c = new int[n];
        for (int b = 0; b < 50; b++) {
            Bootstrap.counts(rngs[b], n, c);
            double s = 0;
            int total = 0;
            for (int i = 0; i < n; i++) {
                s += c[i] * v[i];
                total += c[i];
            }
            assertEquals(n, total);
            assertEquals(means[b], s / n, 1e-12, "resample " + b);
        }
    }

    @Test
    void bootstrapOfOneValueHasNoInterval() {
        Bootstrap.Interval one = Bootstrap.meanCi(new double[]{0.4}, 42);
        assertEquals(0.4, one.mean());
        assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.high()));
        assertTrue(Double.isNaN(Bootstrap.meanCi(new double[0], 42).mean()));
    }

    /*
     * scikit-learn 1.4+: f1_score(gold, pred, average="macro", zero_division=np.nan) leaves labels
     * without any gold or predicted positive out. gold = [[1,0,0,0],[0,1,0,0],[1,1,0,0]],
     * pred = [[1,0,0,0],[1,0,0,0],[1,1,1,0]]: label 0 F1 4/5, label 1 2/3, label 2 0 (a false
     * positive), label 3 undefined -> mean of three = (0.8 + 0.6667 + 0) / 3 = 0.48889;
     * micro: TP 3, FP 2, FN 1 -> 6/9.
     */
    @Test
    void macroF1LeavesUndefinedLabelsOut() {
        boolean[][] gold = {{true, false, false, false}, {false, true, false, false}, {true, true, false, false}};
        boolean[][] pred = {{true, false, false, false}, {true, false, false, false}, {true, true, true, false}};
        Classification.Counts c = Classification.Counts.of(pred, gold);
        assertEquals((0.8 + 2.0 / 3) / 3, c.macroF1(), 1e-12);
        assertEquals(3, c.definedLabels());
        assertTrue(Double.isNaN(c.perLabelF1()[3]));
        assertEquals(6.0 / 9, c.microF1(), 1e-12);
        assertEquals(c.macroF1(), Classification.macroF1(pred, gold), 0.0);
        boolean[][] none = {{false, false}};
        assertTrue(Double.isNaN(Classification.macroF1(none, none)));
    }

    @Test
    void descriptiveEdgeCases() {
        assertTrue(Double.isNaN(Descriptive.mean(new double[0])));
        assertTrue(Double.isNaN(Descriptive.sd(new double[]{3})));
        assertTrue(Double.isNaN(Descriptive.mae(new double[0], new double[0])));
        // by hand: |2−1| and |2−4| -> MAE 1.5, RMSE sqrt((1+4)/2)
        assertEquals(1.5, Descriptive.mae(new double[]{1, 4}, new double[]{2, 2}), 1e-15);
        assertEquals(Math.sqrt(2.5), Descriptive.rmse(new double[]{1, 4}, new double[]{2, 2}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Descriptive.mae(new double[]{1}, new double[]{1, 2}));
    }
}

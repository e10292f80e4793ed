package org.emogap.stats;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Expected values from SciPy 1.17.1 / NumPy 2.4.6, computed independently:
 * <pre>
 * import numpy as np
 * from scipy import stats
 * from scipy.cluster.vq import kmeans2
 * a=[0.1,0.2,0.2,0.35,0.4,0.5,0.55]
 * b=[0.3,0.45,0.5,0.5,0.6,0.7,0.8,0.9]
 * c=[0.05,0.1,0.1,0.15,0.2,0.2]
 * stats.kruskal(a,b,c)        # H=12.796602215130472, p=0.0016643824794365125
 * stats.kruskal(range(0,30), range(100,130), range(200,230))   # H=79.12087912087912, p=6.593551417550709e-18 (1 − cdf would round to 0)
 * # Dunn by hand: pooled stats.rankdata, s2 = N(N+1)/12 - sum(t^3-t)/(12(N-1)),
 * # z = (mean rank i - mean rank j)/sqrt(s2 (1/ni + 1/nj)), p = 2 norm.sf(|z|), Bonferroni x3
 * #   (a,b) z=-1.86263285804855   p=0.06251393815968259   pB=0.18754181447904777
 * #   (a,c) z= 1.7275303866099845 p=0.0840724527784199    pB=0.2522173583352597
 * #   (b,c) z= 3.5646171201218118 p=0.00036438771620160413 pB=0.0010931631486048123
 * stats.mannwhitneyu(a,b,method='asymptotic')   # U=9.0, p=0.03150926130367257
 * x=[1.83,0.50,1.62,2.48,1.68,1.88,1.55,3.06,1.30]; y=[0.878,0.647,0.598,2.05,1.06,1.29,1.06,3.14,1.29]
 * stats.wilcoxon(x,y)                 # W=5.0, p=0.0390625 (exact)
 * stats.spearmanr(a,[1,3,2,5,4,7,6])  # 0.9189562119494703, p=0.003436626156217534
 * stats.pearsonr(a,[1,3,2,5,4,7,6])   # 0.9415961849579819, p=0.0015340221500204278
 * cohen d (pooled, ddof=1) a vs b     # -1.4389904891417653
 * np.mean([np.sign(u-v) for u in a for v in b])   # Cliff's delta -0.6785714285714286
 * np.percentile([3,1,4,1,5,9,2,6],[2.5,97.5])     # [1.0, 8.475]
 * v=np.array([(i*37%101)/100.0 for i in range(500)])
 * stats.bootstrap((v,),np.mean,n_resamples=200000,method='percentile',random_state=1)
 *                                  # mean 0.49994, CI [0.4744, 0.52546], standard error 0.01304
 * kmeans2(pts,4,seed=1,minit='++')   # labels [3 3 3 0 0 0 1 1 2 2 1] (pts as in kMeansFindsTheObviousGroups)
 * </pre>
 */
class StatsTest {
    static final double SCIPY_FAR_P = 6.593551417550709e-18;
    static final double[] A = {0.1, 0.2, 0.2, 0.35, 0.4, 0.5, 0.55};
    static final double[] B = {0.3, 0.45, 0.5, 0.5, 0.6, 0.7, 0.8, 0.9};
    static final double[] C = {0.05, 0.1, 0.1, 0.15, 0.2, 0.2};

    @Test
    void kruskalWallisMatchesSciPy() {
        RankTests.KruskalWallis kw = RankTests.kruskalWallis(A, B, C);
        assertEquals(12.796602215130472, kw.h(), 1e-10);
        assertEquals(0.0016643824794365125, kw.p(), 1e-12);
        assertEquals(2, kw.df());
        assertEquals(21, kw.n());
        double[] g1 = new double[30], g2 = new double[30], g3 = new double[30];
        for (int i = 0; i < 30; i++) { g1[i] = i; g2[i] = 100 + i; g3[i] = 200 + i; }
        RankTests.KruskalWallis far = RankTests.kruskalWallis(g1, g2, g3);
        assertEquals(79.12087912087912, far.h(), 1e-10);
        assertEquals(SCIPY_FAR_P, far.p(), SCIPY_FAR_P * 1e-8);
    }

    @Test
    void dunnMatchesTheHandComputation() {
        List<RankTests.DunnPair> d = RankTests.dunn(A, B, C);
        assertEquals(3, d.size());
        assertEquals(-1.86263285804855, d.get(0).z(), 1e-10);
        assertEquals(0.18754181447904777, d.get(0).pBonferroni(), 1e-10);
        assertEquals(1.7275303866099845, d.get(1).z(), 1e-10);
        assertEquals(0.0840724527784199, d.get(1).p(), 1e-10);
        assertEquals(3.5646171201218118, d.get(2).z(), 1e-10);
        assertEquals(0.0010931631486048123, d.get(2).pBonferroni(), 1e-12);
    }

    @Test
    void mannWhitneyWithTiesMatchesSciPy() {
        RankTests.MannWhitney mw = RankTests.mannWhitney(A, B);
        assertEquals(9.0, mw.u(), 0);
        assertEquals(0.03150926130367257, mw.p(), 1e-12);
    }

    @Test
    void wilcoxonMatchesSciPyExact() {
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        RankTests.Wilcoxon w = RankTests.wilcoxon(x, y);
        assertEquals(5.0, w.w(), 0);
        assertEquals(0.0390625, w.p(), 1e-12);
    }

    @Test
    void correlationsMatchSciPy() {
        double[] y = {1, 3, 2, 5, 4, 7, 6};
        Correlations.Correlation s = Correlations.spearman(A, y);
        assertEquals(0.9189562119494703, s.r(), 1e-12);
        assertEquals(0.003436626156217534, s.p(), 1e-10);
        Correlations.Correlation p = Correlations.pearson(A, y);
        assertEquals(0.9415961849579819, p.r(), 1e-12);
        assertEquals(0.0015340221500204278, p.p(), 1e-10);
        assertTrue(Double.isNaN(Correlations.spearman(new double[]{1, 1, 1}, new double[]{1, 2, 3}).r()));
    }

    @Test
    void effectSizesMatchNumPy() {
        assertEquals(-1.4389904891417653, EffectSizes.cohensD(A, B), 1e-12);
        assertEquals(-0.6785714285714286, EffectSizes.cliffsDelta(A, B), 1e-15);
        assertEquals(0.6785714285714286, EffectSizes.cliffsDelta(B, A), 1e-15);
        assertEquals(0.0, EffectSizes.cliffsDelta(new double[]{1, 2}, new double[]{1, 2}), 0);
        assertTrue(Double.isNaN(EffectSizes.cohensD(new double[]{0, 0}, new double[]{1, 1})), "two constant groups have no scale");
    }

    @Test
    void percentileInterpolatesLikeNumPy() {
        double[] s = {1, 1, 2, 3, 4, 5, 6, 9};
        assertEquals(1.0, Bootstrap.percentile(s, 0.025), 1e-12);
        assertEquals(8.475, Bootstrap.percentile(s, 0.975), 1e-12);
    }

    @Test
    void bootstrapIsSeededAndCloseToTheNormalInterval() {
        SplittableRandom r = new SplittableRandom(7);
        double[] v = new double[2000];
        for (int i = 0; i < v.length; i++) v[i] = r.nextDouble();
        Bootstrap.Interval a = Bootstrap.meanCi(v, 1000, 0.95, 42, true);
        Bootstrap.Interval b = Bootstrap.meanCi(v, 1000, 0.95, 42, false);
        assertEquals(a, b, "the interval must not depend on the number of threads");
        assertNotEquals(a, Bootstrap.meanCi(v, 1000, 0.95, 43, false));
        // uniform(0,1): sd = 1/√12, so the normal 95% half-width is 1.96·0.2887/√2000 = 0.01265
        double half = (a.high() - a.low()) / 2;
        assertEquals(0.01265, half, 0.0015);
        assertTrue(a.low() < a.mean() && a.mean() < a.high());
        assertTrue(Double.isNaN(Bootstrap.meanCi(new double[0], 42).mean()));
    }

    @Test
    void bootstrapAgreesWithSciPysPercentileInterval() {
        double[] v = new double[500];
        for (int i = 0; i < v.length; i++) v[i] = (i * 37 % 101) / 100.0;
        Bootstrap.Interval ci = Bootstrap.meanCi(v, 42);
        assertEquals(0.49994, ci.mean(), 1e-12);
        // different generators: the ends agree up to Monte Carlo error of 1,000 resamples, whose SD at
        // the 2.5% quantile is √(0.025·0.975/1000)·SE/φ(1.96) ≈ 0.0011; allow ~3.5 SD
        assertEquals(0.4744, ci.low(), 0.004);
        assertEquals(0.52546, ci.high(), 0.004);
    }

    @Test
    void kMeansFindsTheObviousGroups() {
        double[][] pts = {{0, 0}, {0.1, 0}, {0, 0.1}, {5, 5}, {5.1, 5}, {5, 5.2}, {10, 0}, {10.1, 0.1}, {0, 10}, {0.2, 10.1}, {9.9, 0}};
        // SciPy's labels [3 3 3 0 0 0 1 1 2 2 1] renumbered by first appearance: [0 0 0 1 1 1 2 2 3 3 2]
        assertArrayEquals(new int[]{0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 2}, Clusters.kMeans(pts, 4, 42));
    }
}

package org.emogap.dist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class DivergencesTest {
    @Test
    void jsdOfDisjointPointMassesIsOneBit() {
        // M = (1/2, 1/2); KL(P‖M) = 1·log2(1/0.5) = 1; JSD = (1 + 1)/2 = 1
        assertEquals(1.0, Divergences.jsd(new double[]{1, 0}, new double[]{0, 1}), 1e-15);
    }

    @Test
    void jsdWorkedExample() {
        // P = (1/2, 1/2, 0), Q = (0, 1/2, 1/2), M = (1/4, 1/2, 1/4)
        // KL(P‖M) = 1/2·log2(2) + 1/2·log2(1) = 1/2; KL(Q‖M) = 1/2 likewise; JSD = 1/2
        assertEquals(0.5, Divergences.jsd(new double[]{1, 1, 0}, new double[]{0, 1, 1}), 1e-15);
    }

    @Test
    void zeroVectorIsUniformAndKEqualsOneIsZero() {
        assertEquals(0.0, Divergences.jsd(new double[]{0, 0}, new double[]{1, 1}), 0);
        assertEquals(1.0, Divergences.entropy(new double[]{0, 0}), 1e-15);
        assertEquals(0.0, Divergences.jsd(new double[]{3}, new double[]{0}), 0);
        assertEquals(0.0, Divergences.entropy(new double[]{5}), 0);
    }

    @Test
    void klUsesThePapersSmoothing() {
        // h = (1, 0), m = (0, 1): m' = (1e-12, 1 + 1e-12)/(1 + 2e-12); KL = log2((1 + 2e-12)/1e-12) ≈ 39.863
        double expected = Math.log((1 + 2e-12) / 1e-12) / Math.log(2);
        assertEquals(expected, Divergences.kl(new double[]{1, 0}, new double[]{0, 1}), 1e-9);
        assertEquals(0.0, Divergences.kl(new double[]{0.3, 0.7}, new double[]{0.3, 0.7}), 1e-9);
    }

    @Test
    void rowsMatchSingleVectors() {
        double[] p = {1, 1, 0, 0, 0, 0, 2, 1, 1};
        double[] q = {0, 1, 1, 1, 1, 1, 0, 0, 4};
        double[] j = Divergences.jsdRows(p, q, 3);
        assertEquals(0.5, j[0], 1e-15);
        assertEquals(Divergences.jsd(new double[]{0, 0, 0}, new double[]{1, 1, 1}), j[1], 0);
        assertEquals(Divergences.jsd(new double[]{2, 1, 1}, new double[]{0, 0, 4}), j[2], 0);
        assertArrayEquals(new double[]{1.0, Math.log(3) / Math.log(2), 1.5}, Divergences.entropyRows(p, 3), 1e-12);
    }

    @Test
    void refusesBadShapesWithTheNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Divergences.jsd(new double[27], new double[28]));
        assertTrue(e.getMessage().contains("27 vs 28"));
        assertThrows(IllegalArgumentException.class, () -> Divergences.jsdRows(new double[7], new double[7], 3));
        assertThrows(IllegalArgumentException.class, () -> Divergences.normalize(new double[]{1, -1}));
    }

    @Test
    void totalVariationWorkedExample() {
        // P = (1/2, 1/2, 0), Q = (1/4, 1/4, 1/2): ½(1/4 + 1/4 + 1/2) = 1/2
        assertEquals(0.5, Divergences.tv(new double[]{2, 2, 0}, new double[]{1, 1, 2}), 1e-15);
        assertEquals(1.0, Divergences.tv(new double[]{1, 0}, new double[]{0, 1}), 0);
        // zero vector = uniform (1/2, 1/2) vs (1, 0): ½(1/2 + 1/2) = 1/2; k = 1 is always 0
        assertEquals(0.5, Divergences.tv(new double[]{0, 0}, new double[]{1, 0}), 1e-15);
        assertEquals(0.0, Divergences.tv(new double[]{0}, new double[]{7}), 0);
    }

    @Test
    void bernoulliJsdWorkedExample() {
        // r = (1, 0), m = (1/2, 0). Label 1: mid = 3/4, H(3/4) = 2 − (3/4)log2 3 = 0.811278;
        // H(1) = 0, H(1/2) = 1, so JSD = 0.811278 − (0 + 1)/2 = 0.311278. Label 2: both 0 → 0.
        // Mean = 0.155639 (SciPy: mean of jensenshannon([x,1-x],[y,1-y],base=2)**2 = 0.1556390622295664)
        double h34 = 2 - 0.75 * Math.log(3) / Math.log(2);
        assertEquals((h34 - 0.5) / 2, Divergences.bernoulliJsd(new double[]{1, 0}, new double[]{0.5, 0}), 1e-15);
        assertEquals(0.1556390622295664, Divergences.bernoulliJsd(new double[]{1, 0}, new double[]{0.5, 0}), 1e-14);
        // a label all raters chose against one no sample chose: 1 bit; identical rates: 0
        assertEquals(1.0, Divergences.bernoulliJsd(new double[]{1}, new double[]{0}), 1e-15);
        assertEquals(0.0, Divergences.bernoulliJsd(new double[]{0.3, 0.6}, new double[]{0.3, 0.6}), 1e-15);
        // zero vectors are not normalised here: no label chosen on either side agrees perfectly
        assertEquals(0.0, Divergences.bernoulliJsd(new double[]{0, 0}, new double[]{0, 0}), 0);
        // SciPy, as above: r = (1/3, 2/3, 0), m = (1/2, 1, 1/4) → 0.11650690840501587
        assertEquals(0.11650690840501587,
                Divergences.bernoulliJsd(new double[]{1 / 3.0, 2 / 3.0, 0}, new double[]{0.5, 1, 0.25}), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> Divergences.bernoulliJsd(new double[]{1.5}, new double[]{0}));
    }

    @Test
    void wassersteinOverOrderedBins() {
        // P = (1/2, 1/2, 0), Q = (1/4, 1/4, 1/2): cumulative P = (1/2, 1), Q = (1/4, 1/2);
        // W = |1/2 − 1/4| + |1 − 1/2| = 3/4 (scipy.stats.wasserstein_distance(range(3), range(3), p, q) = 0.75)
        assertEquals(0.75, Divergences.wasserstein(new double[]{1, 1, 0}, new double[]{1, 1, 2}), 1e-15);
        // all mass moved from bin 0 to bin 4: distance 4 (SciPy: 4.0); k = 1: 0
        assertEquals(4.0, Divergences.wasserstein(new double[]{1, 0, 0, 0, 0}, new double[]{0, 0, 0, 0, 3}), 1e-15);
        assertEquals(0.0, Divergences.wasserstein(new double[]{0}, new double[]{2}), 0);
        assertArrayEquals(new double[]{0.75, 0.0}, Divergences.wassersteinRows(
                new double[]{1, 1, 0, 0, 0, 0}, new double[]{1, 1, 2, 1, 1, 1}, 3), 1e-15);
    }

    @Test
    void zerosOnEitherSide() {
        // P = (1, 0) vs uniform: M = (3/4, 1/4); KL(P‖M) = log2(4/3); KL(U‖M) = ½log2(2/3) + ½log2(2);
        // JSD = ½[log2(4/3) + ½log2(2/3) + ½] = 0.311278 (= H(3/4) − ½, the same number as above)
        double expected = 0.5 * (Math.log(4 / 3.0) + 0.5 * Math.log(2 / 3.0) + 0.5 * Math.log(2)) / Math.log(2);
        assertEquals(expected, Divergences.jsd(new double[]{1, 0}, new double[]{0, 0}), 1e-15);
        assertEquals(expected, Divergences.jsd(new double[]{0, 0}, new double[]{1, 0}), 1e-15);
        // zero on the human side of KL contributes nothing: h = (1, 0), m = (1/2, 1/2) → log2(2) = 1
        assertEquals(1.0, Divergences.kl(new double[]{1, 0}, new double[]{1, 1}), 1e-11);
    }

    @Test
    void pairMetricsAgreeWithTheSingleFunctions() {
        int k = 4;
        double[] h = {1, 0, 0, 0, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 1 / 3.0, 1 / 3.0, 1 / 3.0, 0};
        double[] m = {0.9, 0.1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0.2, 0.2, 0.2, 0.4};
        PairMetrics.Result r = PairMetrics.compute(h, m, k);
        PairMetrics.Result par = PairMetrics.compute(PairMetrics.prepare(h, k), m, true);
        for (int i = 0; i < 4; i++) {
            double[] hi = java.util.Arrays.copyOfRange(h, i * k, i * k + k), mi = java.util.Arrays.copyOfRange(m, i * k, i * k + k);
            assertEquals(Divergences.jsd(hi, mi), r.jsd()[i], 1e-12, "jsd row " + i);
            assertEquals(Divergences.kl(hi, mi), r.kl()[i], 1e-9, "kl row " + i);
            assertEquals(Divergences.tv(hi, mi), r.tv()[i], 1e-12, "tv row " + i);
            assertEquals(Divergences.bernoulliJsd(hi, mi), r.bernoulliJsd()[i], 1e-12, "bjsd row " + i);
            assertEquals(Divergences.entropy(hi), r.humanEntropy()[i], 1e-12);
            assertEquals(Divergences.entropy(mi), r.modelEntropy()[i], 1e-12);
            assertEquals(r.jsd()[i], par.jsd()[i], 0);
        }
        // row 2: both all-zero → both uniform: every distance 0, entropies log2 4 = 2
        assertEquals(0.0, r.jsd()[2], 1e-15);
        assertEquals(2.0, r.modelEntropy()[2], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> PairMetrics.compute(h, new double[12], k));
    }

    @Test
    void pairMetricsAgreeOnRandomSparseRows() {
        // the fused loop reuses logarithms through identities; check them on rows with zeros on
        // either side, ones, tiny values (below the 1e-4 switch of the KL shortcut) and equal rates
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        int n = 500, k = 28;
        double[] h = new double[n * k], m = new double[n * k];
        for (int i = 0; i < h.length; i++) {
            double u = rnd.nextDouble();
            h[i] = u < 0.7 ? 0 : u < 0.8 ? 1 : rnd.nextInt(1, 5) / 5.0;
            double v = rnd.nextDouble();
            m[i] = v < 0.4 ? 0 : v < 0.5 ? h[i] : v < 0.6 ? 1e-7 * rnd.nextDouble() : v < 0.65 ? 1 : rnd.nextDouble();
        }
        for (int i = 0; i < k; i++) m[i] = 0; // an all-zero model row (uniform)
        PairMetrics.Result r = PairMetrics.compute(PairMetrics.prepare(h, k), m, true);
        for (int row = 0; row < n; row++) {
            double[] hi = java.util.Arrays.copyOfRange(h, row * k, row * k + k), mi = java.util.Arrays.copyOfRange(m, row * k, row * k + k);
            assertEquals(Divergences.jsd(hi, mi), r.jsd()[row], 1e-12, "jsd row " + row);
            assertEquals(Divergences.kl(hi, mi), r.kl()[row], 1e-10 * Math.max(1, r.kl()[row]), "kl row " + row);
            assertEquals(Divergences.tv(hi, mi), r.tv()[row], 1e-12, "tv row " + row);
            assertEquals(Divergences.bernoulliJsd(hi, mi), r.bernoulliJsd()[row], 1e-12, "bjsd row " + row);
            assertEquals(Divergences.entropy(mi), r.modelEntropy()[row], 1e-12, "entropy row " + row);
        }
    }


    @Test
    void equalDistributionsGiveBitIdenticalEntropiesWhateverTheLabelOrder() {
        // 1, 2, 3, 5, 7 votes of 18: summed in label order, some orders differ in the last bit
        int[] counts = {1, 2, 3, 5, 7};
        double ref = Divergences.entropy(Divergences.fromCounts(counts));
        boolean labelOrderDiffers = false;
        for (int[] perm : permutations(counts)) {
            double[] p = Divergences.fromCounts(perm);
            assertEquals(Double.doubleToRawLongBits(ref), Double.doubleToRawLongBits(Divergences.entropy(p)), java.util.Arrays.toString(perm));
            double naive = 0;
            for (double v : p) naive -= v * Math.log(v);
            double n0 = 0;
            for (double v : Divergences.fromCounts(counts)) n0 -= v * Math.log(v);
            labelOrderDiffers |= naive != n0;
        }
        assertTrue(labelOrderDiffers, "the fixture must be one where label-order summation breaks the tie");
        // 1 of 2 and 2 of 4 votes are the same distribution, bit for bit, and so are their entropies
        assertArrayEquals(Divergences.fromCounts(new int[]{1, 1, 0}), Divergences.fromCounts(new int[]{2, 2, 0}));
        assertArrayEquals(new double[]{1.0 / 3, 1.0 / 3, 1.0 / 3}, Divergences.fromCounts(new int[]{0, 0, 0}));
        // rows agree with single vectors and with PairMetrics, bit for bit
        double[] rows = {1 / 18.0, 2 / 18.0, 3 / 18.0, 5 / 18.0, 7 / 18.0, 7 / 18.0, 5 / 18.0, 3 / 18.0, 2 / 18.0, 1 / 18.0};
        double[] e = Divergences.entropyRows(rows, 5);
        assertEquals(e[0], e[1]);
        PairMetrics.Result r = PairMetrics.compute(PairMetrics.prepare(rows, Divergences.normalizeRows(rows, 5), 5),
                new double[]{0.125, 0.25, 0.375, 0.75, 0.125, 0.125, 0.75, 0.375, 0.25, 0.125}, false); // sums exact in any order
        assertEquals(e[0], r.humanEntropy()[0]);
        assertEquals(r.modelEntropy()[0], r.modelEntropy()[1]);
        assertEquals(Divergences.entropy(new double[]{0.125, 0.25, 0.375, 0.75, 0.125}), r.modelEntropy()[0]);
    }

    @Test
    void paperHumanEntropyAddsEpsilonToTheRawShares() {
        // r = (1, 0): SciPy entropy([1 + 1e-12, 1e-12], base=2) normalises by the sum 1 + 2e-12, then
        // -Σ p ln p / ln 2; the same double arithmetic (Python floats, as NumPy) gives 4.130596043588902e-11.
        // By hand: 1e-12·log2(1e12) + 1e-12/ln 2 = 3.98631e-11 + 1.4427e-12 ≈ 4.1306e-11 (the last digits
        // are rounding in ln(1 − 1e-12), which SciPy shares).
        double[] h = Divergences.entropyRowsSmoothed(new double[]{1, 0, 0.5, 0.5}, 2, Divergences.ENTROPY_EPSILON_PAPER);
        assertEquals(4.130596043588902e-11, h[0], 1e-24);
        assertEquals(4.1306e-11, h[0], 1e-15);
        assertEquals(1.0, h[1], 1e-15);
        // the exact entropy of (1, 0) is 0: the epsilon is what separates it
        assertEquals(0.0, Divergences.entropy(new double[]{1, 0}));
    }

    @Test
    void lewidiCrossEntropyIsEntropyPlusKlAndManhattanTwiceTv() {
        // h = (1/2, 1/2, 0), m = (1/4, 1/4, 1/2): CE = -(1/2 log2 1/4 + 1/2 log2 1/4) = 2 bits (ε shifts it by ~1e-12);
        // H(h) = 1, KL(h‖m) = 1; Σ|h − m| = 1/4 + 1/4 + 1/2 = 1 = 2·TV
        PairMetrics.Result r = PairMetrics.compute(new double[]{0.5, 0.5, 0}, new double[]{0.25, 0.25, 0.5}, 3);
        assertEquals(2.0, r.crossEntropy()[0], 1e-9);
        assertEquals(r.humanEntropy()[0] + r.kl()[0], r.crossEntropy()[0], 1e-12);
        assertEquals(0.5, r.tv()[0], 1e-15);
    }

    private static java.util.List<int[]> permutations(int[] a) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        permute(a.clone(), 0, out);
        return out;
    }

    private static void permute(int[] a, int i, java.util.List<int[]> out) {
        if (i == a.length) { out.add(a.clone()); return; }
        for (int j = i; j < a.length; j++) {
            int t = a[i]; a[i] = a[j]; a[j] = t;
            permute(a, i + 1, out);
            t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }
}

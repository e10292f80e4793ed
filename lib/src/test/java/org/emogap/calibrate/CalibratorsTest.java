package org.emogap.calibrate;

import org.emogap.dist.Divergences;
import org.emogap.dist.Rows;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Each calibrator is fitted on distorted training items and must undo a known distortion on other
 * items it never saw.
 */
class CalibratorsTest {
    static final int K = 6;

    static double meanJsd(double[] p, double[] q) { return Rows.meanJsd(p, q, K); }

    @Test
    void temperatureFlattensBackDistributionsSharpenedByAKnownTemperature() {
        // model = softmax(log h / 0.5); softmax(log m / T) = h exactly when T = 1 / 0.5 = 2
        double[] hTrain = Synthetic.dirichlet(400, K, 1), hTest = Synthetic.dirichlet(200, K, 2);
        TemperatureScaling.Fit fit = new TemperatureScaling().fit(Synthetic.sharpen(hTrain, K, 0.5), hTrain, K);
        assertEquals(2.0, fit.temperature(), 1e-3);
        double[] mTest = Synthetic.sharpen(hTest, K, 0.5);
        assertTrue(meanJsd(mTest, hTest) > 0.03, "the distortion is visible: " + meanJsd(mTest, hTest));
        assertTrue(meanJsd(fit.apply(mTest), hTest) < 1e-6);
    }

    @Test
    void temperatureSearchStaysInThePapersRange() {
        // a model far too flat would need T < 0.1: the bounded search stops at the bound
        double[] h = Synthetic.dirichlet(200, K, 3);
        double t = new TemperatureScaling().fit(Synthetic.sharpen(h, K, 20), h, K).temperature();
        assertEquals(TemperatureScaling.T_MIN, t, 1e-3);
    }

    @Test
    void fastObjectiveEqualsDirectJsd() {
        double[] h = Synthetic.dirichlet(50, K, 4), m = Synthetic.dirichlet(50, K, 5);
        for (int i = 0; i < h.length; i += 3) h[i] = 0; // sparse human rows, as in GoEmotions
        for (int i = 0; i < m.length; i += 4) m[i] = 0; // and zero model rates, as for LLM samples
        for (int j = 0; j < K; j++) m[7 * K + j] = j == 2 ? 1 : 0; // a one-hot model row
        double[] hn = Divergences.normalizeRows(h, K);
        m = Divergences.normalizeRows(m, K);
        SoftmaxJsd fast = new SoftmaxJsd(m, hn, K);
        for (double t : new double[]{0.0953, 0.1, 0.7, 1, 3.3, 10}) {
            assertEquals(meanJsd(TemperatureScaling.scale(m, K, t), hn), fast.meanJsd(1 / t), 1e-12, "T=" + t);
        }
    }

    @Test
    void biasCorrectionRemovesAKnownBias() {
        // h ≥ 0.03 everywhere after mixing with uniform; bias sums to 0, so m = h + bias is a distribution
        double[] bias = {0.02, -0.01, 0.015, -0.025, 0.0, 0.0};
        double[] hTrain = floor(Synthetic.dirichlet(300, K, 6)), hTest = floor(Synthetic.dirichlet(100, K, 7));
        BiasCorrection.Fit fit = new BiasCorrection().fit(add(hTrain, bias), hTrain, K);
        assertArrayEquals(bias, fit.bias(), 1e-12);
        double[] back = fit.apply(add(hTest, bias));
        assertArrayEquals(hTest, back, 1e-12);
    }

    @Test
    void biasCorrectionClipsAtZeroAndRenormalises() {
        // bias (0.5, -0.5) on m = (0.2, 0.8): (max(0, -0.3), 1.3) -> (0, 1)
        BiasCorrection.Fit fit = new BiasCorrection.Fit(new double[]{0.5, -0.5});
        assertArrayEquals(new double[]{0, 1}, fit.apply(new double[]{0.2, 0.8}), 1e-15);
    }

    @Test
    void isotonicUndoesAMonotoneDistortionOfEachLabel() {
        // with 2 labels, the sharpened share of label 0 is an increasing function of the human share
        int k = 2;
        double[] hTrain = Synthetic.dirichlet(3000, k, 8), hTest = Synthetic.dirichlet(300, k, 9);
        var fit = new IsotonicCalibration().fit(Synthetic.sharpen(hTrain, k, 0.4), hTrain, k);
        double[] mTest = Synthetic.sharpen(hTest, k, 0.4);
        double before = Rows.meanJsd(mTest, hTest, k), after = Rows.meanJsd(fit.apply(mTest), hTest, k);
        assertTrue(before > 0.02, "before " + before);
        assertTrue(after < 1e-4, "after " + after);
    }

    @Test
    void priorMixingRecoversTheMixingWeight() {
        // humans = 0.7·model + 0.3·prior, model rows drawn around that prior, so the training mean is it
        double[] prior = {0.4, 0.2, 0.15, 0.1, 0.1, 0.05};
        double[] mTrain = around(prior, 2000, 10), mTest = around(prior, 200, 11);
        PriorMixing.Fit fit = new PriorMixing().fit(mTrain, PriorMixing.mix(mTrain, prior, 0.3), K);
        assertEquals(0.3, fit.lambda(), 0.02);
        double[] hTest = PriorMixing.mix(mTest, prior, 0.3);
        assertTrue(meanJsd(fit.apply(mTest), hTest) < 0.1 * meanJsd(mTest, hTest));
    }

    @Test
    void vectorScalingRecoversPerLabelScalesAndOffsets() {
        double[] a = {0.5, 0.8, 1.0, 1.3, 1.7, 2.0}, b = {0.3, -0.2, 0.0, 0.4, -0.5, 0.1};
        double[] hTrain = Synthetic.dirichlet(500, K, 12), hTest = Synthetic.dirichlet(200, K, 13);
        var fit = new VectorScaling(0).fit(invertVector(hTrain, a, b), hTrain, K);
        double[] mTest = invertVector(hTest, a, b);
        assertTrue(meanJsd(mTest, hTest) > 0.01, "before " + meanJsd(mTest, hTest));
        assertTrue(meanJsd(fit.apply(mTest), hTest) < 1e-6, "after " + meanJsd(fit.apply(mTest), hTest));
        assertArrayEquals(a, fit.scale(), 1e-3);
    }

    @Test
    void vectorScalingGradientMatchesFiniteDifferences() {
        double[] h = Synthetic.dirichlet(30, K, 14), m = Synthetic.dirichlet(30, K, 15);
        double[] l = TemperatureScaling.logits(m), theta = new double[2 * K], g = new double[2 * K];
        for (int j = 0; j < 2 * K; j++) theta[j] = 0.3 + 0.1 * j;
        VectorScaling.lossAndGradient(theta, l, h, K, 30, 0.01, g);
        for (int j = 0; j < 2 * K; j++) {
            double[] up = theta.clone(), down = theta.clone();
            up[j] += 1e-6;
            down[j] -= 1e-6;
            double fd = (VectorScaling.lossAndGradient(up, l, h, K, 30, 0.01, null)
                    - VectorScaling.lossAndGradient(down, l, h, K, 30, 0.01, null)) / 2e-6;
            assertEquals(fd, g[j], 1e-6, "parameter " + j);
        }
    }

    @Test
    void vectorScalingHessianMatchesFiniteDifferencesOfTheGradient() {
        double[] h = Synthetic.dirichlet(30, K, 14), m = Synthetic.dirichlet(30, K, 15);
        double[] l = TemperatureScaling.logits(m), theta = new double[2 * K];
        for (int j = 0; j < 2 * K; j++) theta[j] = 0.3 + 0.1 * j;
        double[][] hess = VectorScaling.hessian(theta, l, K, 30, 0.01);
        for (int j = 0; j < 2 * K; j++) {
            double[] up = theta.clone(), down = theta.clone(), gu = new double[2 * K], gd = new double[2 * K];
            up[j] += 1e-6;
            down[j] -= 1e-6;
            VectorScaling.lossAndGradient(up, l, h, K, 30, 0.01, gu);
            VectorScaling.lossAndGradient(down, l, h, K, 30, 0.01, gd);
            for (int i = 0; i < 2 * K; i++) assertEquals((gu[i] - gd[i]) / 2e-6, hess[i][j], 1e-5, "entry " + i + "," + j);
        }
    }

    @Test
    void chainFitsTheSecondOnTheFirstsOutput() {
        // sharpened, then biased: temperature alone cannot remove the bias, the chain gets much closer
        double[] bias = {0.02, -0.01, 0.015, -0.025, 0.0, 0.0};
        double[] hTrain = floor(Synthetic.dirichlet(400, K, 16)), hTest = floor(Synthetic.dirichlet(200, K, 17));
        double[] mTrain = add(hTrain, bias), mTest = add(hTest, bias);
        Calibrator chain = Calibrators.byName("temperature+bias");
        assertEquals("temperature+bias", chain.name());
        double chained = meanJsd(chain.fit(mTrain, hTrain, K).apply(mTest), hTest);
        double tOnly = meanJsd(Calibrators.temperature().fit(mTrain, hTrain, K).apply(mTest), hTest);
        assertTrue(chained < 0.5 * tOnly, chained + " vs " + tOnly);
    }

    @Test
    void unknownNameIsRefusedWithTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Calibrators.byName("platt"));
        assertTrue(e.getMessage().contains("isotonic"));
    }

    @Test
    void everyCalibratorReturnsDistributionsAndLeavesItsInputAlone() {
        double[] h = Synthetic.dirichlet(100, K, 18), m = Synthetic.dirichlet(100, K, 19);
        for (int i = 0; i < m.length; i += 4) m[i] = 0;
        double[] copy = m.clone();
        for (Calibrator c : Calibrators.all()) {
            double[] out = c.fit(m, h, K).apply(m);
            assertArrayEquals(copy, m, 0, c.name() + " changed its input");
            for (int r = 0; r < 100; r++) {
                double s = 0;
                for (int j = 0; j < K; j++) {
                    assertTrue(out[r * K + j] >= 0, c.name());
                    s += out[r * K + j];
                }
                assertEquals(1.0, s, 1e-12, c.name() + " row " + r);
            }
        }
    }

    static double[] floor(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) out[i] = 0.8 * p[i] + 0.2 / K;
        return out;
    }

    static double[] add(double[] p, double[] bias) {
        double[] out = p.clone();
        for (int i = 0; i < out.length; i++) out[i] += bias[i % bias.length];
        return out;
    }

    /** Rows drawn as Dirichlet(20·prior) through normalised gamma draws (sum of exponentials is too coarse; use Commons Math). */
    static double[] around(double[] prior, int n, long seed) {
        var rng = new org.apache.commons.math3.random.Well19937c(seed);
        double[] out = new double[n * prior.length];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < prior.length; j++) {
                s += (out[i * prior.length + j] = new org.apache.commons.math3.distribution.GammaDistribution(rng, 20 * prior[j], 1).sample());
            }
            for (int j = 0; j < prior.length; j++) out[i * prior.length + j] /= s;
        }
        return out;
    }

    /** The model m with softmax(a·log m + b) = h: m_j = exp((log h_j − b_j + c)/a_j), c found by bisection so Σm = 1. */
    static double[] invertVector(double[] h, double[] a, double[] b) {
        int k = a.length;
        double[] m = new double[h.length];
        for (int off = 0; off < h.length; off += k) {
            double lo = -50, hi = 50;
            for (int it = 0; it < 200; it++) {
                double c = 0.5 * (lo + hi), s = 0;
                for (int j = 0; j < k; j++) s += Math.exp((Math.log(h[off + j]) - b[j] + c) / a[j]);
                if (s > 1) hi = c; else lo = c;
            }
            double c = 0.5 * (lo + hi);
            for (int j = 0; j < k; j++) m[off + j] = Math.exp((Math.log(h[off + j]) - b[j] + c) / a[j]);
        }
        return Divergences.normalizeRows(m, k);
    }

    @Test
    void invertVectorIsAnInverse() {
        double[] a = {0.5, 2, 1, 1, 1, 1}, b = {0.1, 0, 0, 0, 0, -0.3};
        double[] h = Synthetic.dirichlet(3, K, 20);
        double[] back = new VectorScaling.Fit(a, b).apply(invertVector(h, a, b));
        assertArrayEquals(h, back, 1e-9, Arrays.toString(back));
    }
}

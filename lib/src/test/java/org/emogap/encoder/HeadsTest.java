package org.emogap.encoder;

import org.emogap.stats.Classification;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class HeadsTest {

    @Test void ridgeMatchesTheClosedFormComputedByNumPy() {
        float[][] x = {{0.1f, 0.5f}, {0.4f, 0.2f}, {0.9f, 0.7f}, {0.3f, 0.8f}, {0.6f, 0.1f}, {0.8f, 0.4f}};
        double[][] y = {{1, 3}, {2, 2.5}, {3.5, 4}, {1.5, 4.5}, {2.5, 1}, {3, 2}};
        // numpy: xm, ym = means; W = solve(Xc.T@Xc + 0.5*I, Xc.T@yc); (x - xm) @ W + ym at x = (0.5, 0.5)
        // -> [2.2224638, 2.93260074]
        RidgeHead h = RidgeHead.fit(x, y, 0.5);
        // float inputs (0.1f etc.) differ from numpy's doubles in the 8th digit
        assertArrayEquals(new double[]{2.2224638, 2.93260074}, h.predict(new float[]{0.5f, 0.5f}), 1e-6);
    }

    @Test void ridgeSelectionPicksSmallPenaltyForCleanSignalAndLargeForNoise() {
        Random r = new Random(7);
        int n = 400, d = 10;
        float[][] x = new float[n][d];
        double[][] y = new double[n][2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) x[i][j] = (float) r.nextGaussian();
            y[i][0] = 3 + 0.8 * x[i][0] - 0.5 * x[i][3] + 0.01 * r.nextGaussian(); // almost noiseless linear signal
            y[i][1] = 3 + r.nextGaussian();                                        // pure noise
        }
        float[][] xt = java.util.Arrays.copyOfRange(x, 0, 300), xd = java.util.Arrays.copyOfRange(x, 300, n);
        double[][] yt = java.util.Arrays.copyOfRange(y, 0, 300), yd = java.util.Arrays.copyOfRange(y, 300, n);
        RidgeHead.Selection s = RidgeHead.select(xt, yt, xd, yd, RidgeHead.GRID);
        assertTrue(s.head().lambdas()[0] <= 1, "signal: " + s.head().lambdas()[0]);
        assertTrue(s.head().lambdas()[1] >= 100, "noise: " + s.head().lambdas()[1]);
        assertEquals(3.8, s.head().predict(new float[]{1, 0, 0, 0, 0, 0, 0, 0, 0, 0})[0], 0.05);
    }

    @Test void softmaxWithConstantTargetsLearnsThePrior() {
        // targets independent of x: the optimum has W = 0 and softmax(b) = the target
        Random r = new Random(3);
        float[][] x = new float[500][4];
        double[][] t = new double[500][];
        for (int i = 0; i < 500; i++) {
            for (int j = 0; j < 4; j++) x[i][j] = (float) r.nextGaussian();
            t[i] = new double[]{0.2, 0.3, 0.5};
        }
        SoftmaxHead h = SoftmaxHead.fit(x, t, 1e-3, new SoftmaxHead.Options(20, 32, 0.05, 42));
        assertArrayEquals(new double[]{0.2, 0.3, 0.5}, h.predict(x[0]), 0.03);
    }

    @Test void softmaxSeparatesClassesAndIsReproducible() {
        Random r = new Random(5);
        int n = 600;
        float[][] x = new float[n][3];
        double[][] t = new double[n][3];
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            cls[i] = i % 3;
            for (int j = 0; j < 3; j++) x[i][j] = (float) (r.nextGaussian() * 0.5 + (j == cls[i] ? 2 : 0));
            t[i][cls[i]] = 1;
        }
        SoftmaxHead.Options opt = SoftmaxHead.Options.defaults(42);
        SoftmaxHead a = SoftmaxHead.fit(x, t, 1e-4, opt), b = SoftmaxHead.fit(x, t, 1e-4, opt);
        int right = 0;
        for (int i = 0; i < n; i++) {
            double[] p = a.predict(x[i]);
            if (p[cls[i]] == java.util.Arrays.stream(p).max().orElseThrow()) right++;
            assertArrayEquals(p, b.predict(x[i]), 0.0, "same seed, same weights");
        }
        assertTrue(right > 0.95 * n, right + " of " + n);
        assertThrows(IllegalArgumentException.class, () -> SoftmaxHead.fit(x, new double[n][3], 1e-4, opt), "targets must sum to 1");
    }

    @Test void macroF1ByHand() {
        boolean[][] gold = {{true, false, false}, {false, true, false}, {true, true, false}};
        boolean[][] pred = {{true, false, false}, {true, false, false}, {true, true, true}};
        // label 0: TP 2, FP 1, FN 0 -> 4/5; label 1: TP 1, FP 0, FN 1 -> 2/3; label 2: TP 0 -> 0; mean 0.4888...
        assertEquals((0.8 + 2.0 / 3) / 3, Classification.macroF1(pred, gold), 1e-12);
        assertEquals(0, Classification.majorityLabel(gold), "labels 0 and 1 tie at 2: lowest index");
        assertArrayEquals(new boolean[]{false, true, true}, Classification.labelsAbove(new double[]{0.1, 0.3, 0.6}, 0.25));
        assertArrayEquals(new boolean[]{false, false, true}, Classification.labelsAbove(new double[]{0.1, 0.3, 0.6}, 0.9), "top label always");
    }

    @Test void headEncodersDefaultToTwoAndFollowTheSetting() {
        assertEquals(java.util.List.of(Encoders.MINILM_Q, Encoders.BGE_SMALL_Q), Heads.encoders(0));
        assertEquals(java.util.List.of(Encoders.MINILM_Q), Heads.encoders(200));
        try {
            System.setProperty("emogap.head.encoders", "all");
            assertEquals(Encoders.IDS, Heads.encoders(0));
            System.setProperty("emogap.head.encoders", Encoders.BGE_SMALL_Q);
            assertEquals(java.util.List.of(Encoders.BGE_SMALL_Q), Heads.encoders(200));
            System.setProperty("emogap.head.encoders", "no-such-encoder");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Heads.encoders(0));
            assertTrue(e.getMessage().contains("no-such-encoder"), e.getMessage());
        } finally {
            System.clearProperty("emogap.head.encoders");
        }
    }
}

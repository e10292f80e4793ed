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
}

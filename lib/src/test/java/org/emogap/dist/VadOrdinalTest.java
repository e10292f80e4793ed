package org.emogap.dist;

import org.emogap.dist.VadOrdinal.Binning;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class VadOrdinalTest {
    /*
     * SciPy 1.17.1, b = np.arange(1, 6):
     *   st.wasserstein_distance(b, b, [0,2,2,1,0], [1,0,0,0,3])           -> 1.7000000000000002
     *   st.wasserstein_distance(b, b, [1,0,0,0,0], [0,0,0,0,1])           -> 4.0
     *   st.wasserstein_distance(b, b, [0,1,3,1,0], [.1,.2,.4,.2,.1])      -> 0.40000000000000013
     */
    @Test
    void wassersteinMatchesScipy() {
        assertEquals(1.7, VadOrdinal.wasserstein(new double[]{0, 2, 2, 1, 0}, new double[]{1, 0, 0, 0, 3}), 1e-12);
        assertEquals(4.0, VadOrdinal.wasserstein(new double[]{1, 0, 0, 0, 0}, new double[]{0, 0, 0, 0, 1}), 1e-12);
        assertEquals(0.4, VadOrdinal.wasserstein(new double[]{0, 1, 3, 1, 0}, new double[]{.1, .2, .4, .2, .1}), 1e-12);
        assertEquals(0.0, VadOrdinal.wasserstein(new double[]{0, 2, 2, 1, 0}, new double[]{0, 4, 4, 2, 0}), 1e-15);
    }

    @Test
    void roundingBinsEachValueAtItsNearestRatingClamped() {
        // 2.5 -> 3 (half up), 3.49 -> 3, 0.7 -> 1 (clamped), 5.6 -> 5 (clamped), 1.0 -> 1
        assertArrayEquals(new double[]{2, 0, 2, 0, 1},
                VadOrdinal.histogram(new double[]{2.5, 3.49, 0.7, 5.6, 1.0}, Binning.ROUND), 0);
    }

    @Test
    void splittingKeepsTheMean() {
        assertArrayEquals(new double[]{0, 0, 0.7, 0.3, 0}, VadOrdinal.histogram(new double[]{3.3}, Binning.SPLIT), 1e-12);
        assertArrayEquals(new double[]{0, 0, 0, 0, 1}, VadOrdinal.histogram(new double[]{5.0}, Binning.SPLIT), 0);
        assertArrayEquals(new double[]{1, 0, 0, 0, 0}, VadOrdinal.histogram(new double[]{0.2}, Binning.SPLIT), 0);
        double[] h = VadOrdinal.histogram(new double[]{2.25, 4.6}, Binning.SPLIT);
        double mean = 0;
        for (int k = 0; k < 5; k++) mean += (k + 1) * h[k] / 2;
        assertEquals((2.25 + 4.6) / 2, mean, 1e-12);
        // humans split between 2 and 4, a point at their mean 3: CDFs (0,.5,.5,1) vs (0,0,1,1) -> W1 = 1
        assertEquals(1.0, VadOrdinal.wasserstein(new double[]{0, 1, 0, 1, 0}, VadOrdinal.histogram(new double[]{3.0}, Binning.SPLIT)), 1e-12);
    }

    @Test
    void humanHistogramRefusesRatingsOffTheScale() {
        assertArrayEquals(new double[]{1, 2, 0, 0, 1}, VadOrdinal.histogram(new int[]{2, 1, 5, 2}), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VadOrdinal.histogram(new int[]{3, 6}));
        assertTrue(e.getMessage().contains("6"));
    }

    /*
     * Exact expectations by enumeration in SciPy:
     *   r = [1,2,2,3,5]: mean of st.wasserstein_distance(half A, half B) over all C(5,2) splits -> 1.6
     *   r = [2,3,3,3,4,4]: over all C(6,3) splits -> 0.6
     * The seeded average over many random splits must approach them.
     */
    @Test
    void splitHalfFloorApproachesItsExactExpectation() {
        assertEquals(1.6, VadOrdinal.splitHalfFloor(new int[]{1, 2, 2, 3, 5}, 20000, new SplittableRandom(1)), 0.01);
        assertEquals(0.6, VadOrdinal.splitHalfFloor(new int[]{2, 3, 3, 3, 4, 4}, 20000, new SplittableRandom(2)), 0.01);
        assertEquals(0.0, VadOrdinal.splitHalfFloor(new int[]{3, 3, 3}, 5, new SplittableRandom(3)), 0);
        assertTrue(Double.isNaN(VadOrdinal.splitHalfFloor(new int[]{3}, 5, new SplittableRandom(3))));
    }

    /*
     * p = [0,2,2,1,0]/5; E[W1(multinomial(5, p)/5, p)] summed over every count vector with
     * st.multinomial.pmf -> 0.2969600000000001
     */
    @Test
    void resampleFloorApproachesItsExactExpectation() {
        double f = VadOrdinal.resampleFloor(new double[]{0, 2, 2, 1, 0}, 5, 40000, new SplittableRandom(4));
        assertEquals(0.29696, f, 0.005);
        assertEquals(0.0, VadOrdinal.resampleFloor(new double[]{0, 0, 3, 0, 0}, 5, 10, new SplittableRandom(5)), 0);
    }

    @Test
    void floorsAreSeededPerText() {
        int[] r = {1, 2, 2, 3, 5};
        assertEquals(VadOrdinal.splitHalfFloor(r, 10, VadOrdinal.rngFor(42, "a")),
                VadOrdinal.splitHalfFloor(r, 10, VadOrdinal.rngFor(42, "a")), 0);
        assertNotEquals(VadOrdinal.resampleFloor(new double[]{1, 1, 1, 1, 1}, 5, 50, VadOrdinal.rngFor(42, "a")),
                VadOrdinal.resampleFloor(new double[]{1, 1, 1, 1, 1}, 5, 50, VadOrdinal.rngFor(42, "b")));
    }

    @Test
    void refusesBadHistograms() {
        assertThrows(IllegalArgumentException.class, () -> VadOrdinal.wasserstein(new double[4], new double[5]));
        assertThrows(IllegalArgumentException.class, () -> VadOrdinal.wasserstein(new double[5], new double[]{1, 0, 0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> VadOrdinal.wasserstein(new double[]{-1, 2, 0, 0, 0}, new double[]{1, 0, 0, 0, 0}));
    }
}

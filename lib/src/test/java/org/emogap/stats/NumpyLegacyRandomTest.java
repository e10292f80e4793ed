package org.emogap.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Values printed by NumPy's legacy generator (any NumPy since 1.x gives the same, as its legacy
 * stream is frozen): {@code np.random.seed(42); np.random.permutation(10)} and the call after it,
 * and {@code np.random.seed(1); np.random.rand(); np.random.rand()}.
 */
class NumpyLegacyRandomTest {
    @Test
    void permutationsMatchNumpysLegacyStream() {
        NumpyLegacyRandom r = new NumpyLegacyRandom(42);
        assertArrayEquals(new int[]{8, 1, 5, 0, 7, 2, 9, 4, 3, 6}, r.permutation(10));
        assertArrayEquals(new int[]{0, 1, 8, 5, 3, 4, 7, 9, 6, 2}, r.permutation(10));
    }

    @Test
    void randomSampleMatchesNumpysRand() {
        NumpyLegacyRandom r = new NumpyLegacyRandom(1);
        assertEquals(0.417022004702574, r.randomSample(), 1e-15);
        assertEquals(0.7203244934421581, r.randomSample(), 1e-16);
        assertEquals(0.3745401188473625, new NumpyLegacyRandom(42).randomSample(), 1e-16);
    }

    @Test
    void intervalStaysInRangeAndSeedsAreChecked() {
        NumpyLegacyRandom r = new NumpyLegacyRandom(7);
        for (int i = 0; i < 1000; i++) {
            long v = r.randomInterval(5);
            assertTrue(v >= 0 && v <= 5, "value " + v);
        }
        assertEquals(0, r.randomInterval(0));
        assertThrows(IllegalArgumentException.class, () -> new NumpyLegacyRandom(-1));
    }
}

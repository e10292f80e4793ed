package org.emogap.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The paper mode's exact two-sample KS p-value (SciPy's default method). */
class KsScipyTest {
    @Test
    void smallCasesByHand() {
        // n = m = 2, d = 1: of the C(4, 2) = 6 paths, xxyy and yyxx reach |i − j| = 2: p = 2/6
        assertEquals(1.0 / 3, Ks.exactTwoSidedP(1.0, 2, 2), 1e-15);
        // d = 0 gives p = 1; n = 1, m = 2, d = 1: paths x y y, y x y, y y x; |i/1 − j/2| ≥ 1 at (1, 0)
        // (x first) and at (0, 2) (y y first): x y y and y y x are outside, p = 2/3
        assertEquals(1.0, Ks.exactTwoSidedP(0.0, 3, 4), 0);
        assertEquals(2.0 / 3, Ks.exactTwoSidedP(1.0, 1, 2), 1e-15);
    }

    @Test
    void equalSizesMatchTheGnedenkoKorolyukSum() {
        // P(D_{n,n} ≥ h/n) = 2 Σ_{k ≥ 1} (−1)^{k+1} C(2n, n − kh) / C(2n, n), summed here with BigDecimal-free ratios
        int n = 60;
        for (int h = 1; h <= 20; h++) {
            double s = 0;
            for (int k = 1; k * h <= n; k++) s += (k % 2 == 1 ? 1 : -1) * ratio(n, k * h);
            assertEquals(2 * s, Ks.exactTwoSidedP(h / (double) n, n, n), 1e-12, "h = " + h);
        }
    }

    @Test
    void bruteForceOverEveryPathForUnequalSizes() {
        int n = 5, m = 7;
        for (int h = 1; h <= 35; h += 3) {
            double d = h / 35.0;
            int outside = 0, total = 0;
            for (int mask = 0; mask < (1 << (n + m)); mask++) {
                if (Integer.bitCount(mask) != n) continue;
                total++;
                int i = 0, j = 0;
                boolean out = false;
                for (int s = 0; s < n + m; s++) {
                    if ((mask >> s & 1) == 1) i++; else j++;
                    if (Math.abs(i * 7 - j * 5) >= h) out = true;
                }
                if (out) outside++;
            }
            assertEquals(outside / (double) total, Ks.exactTwoSidedP(d, n, m), 1e-12, "d = " + d);
        }
    }

    @Test
    void testScipyIsExactUpToTenThousand() {
        double[] x = {1, 2, 3, 4, 5}, y = {3.5, 4.5, 5.5, 6.5, 7.5};
        Ks.Result r = Ks.testScipy(x, y);
        assertTrue(r.exact());
        assertEquals(0.6, r.d(), 1e-12);
        // n = m = 5, h = 3: 2 C(10, 2) / C(10, 5) = 2·45/252 = 5/14 (the k = 2 term needs n − 6 < 0 and vanishes)
        assertEquals(0.35714285714285715, r.p(), 1e-12);
    }

    /** C(2n, n − j) / C(2n, n) as a product of j ratios. */
    private static double ratio(int n, int j) {
        double r = 1;
        for (int i = 0; i < j; i++) r *= (double) (n - i) / (n + i + 1);
        return r;
    }
}

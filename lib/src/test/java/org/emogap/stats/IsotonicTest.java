package org.emogap.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class IsotonicTest {
    /*
     * Expected values from scikit-learn 1.2.1:
     *   x = [0.1,0.3,0.3,0.2,0.5,0.7,0.6,0.9,0.4,0.3]; y = [0.2,0.1,0.5,0.4,0.3,0.9,0.6,0.8,0.1,1.0]
     *   ir = IsotonicRegression(y_min=0, y_max=1, increasing=True, out_of_bounds='clip').fit(x, y)
     *   ir.predict([0.0,0.1,0.15,0.3,0.35,0.45,0.65,0.9,1.0]) -> [0.2,0.2,0.3,0.4,0.4,0.4,0.725,0.85,0.85]
     *   ir.predict(x) -> [0.2,0.4,0.4,0.4,0.4,0.85,0.6,0.85,0.4,0.4]
     * By hand: the three y at x=0.3 pool to 0.533; PAV pools 0.4 (x=0.2), 0.533, 0.1 (x=0.4),
     * 0.3 (x=0.5) into 0.4 (weights 1+3+1+1: (0.4+1.6+0.1+0.3)/6), then 0.9 and 0.8 into 0.85.
     */
    @Test
    void matchesScikitLearnWithTiesAndViolations() {
        double[] x = {0.1, 0.3, 0.3, 0.2, 0.5, 0.7, 0.6, 0.9, 0.4, 0.3};
        double[] y = {0.2, 0.1, 0.5, 0.4, 0.3, 0.9, 0.6, 0.8, 0.1, 1.0};
        Isotonic f = Isotonic.fit(x, y, 0, 1);
        double[] q = {0.0, 0.1, 0.15, 0.3, 0.35, 0.45, 0.65, 0.9, 1.0};
        double[] expected = {0.2, 0.2, 0.3, 0.4, 0.4, 0.4, 0.725, 0.85, 0.85};
        for (int i = 0; i < q.length; i++) assertEquals(expected[i], f.predict(q[i]), 1e-12, "at " + q[i]);
        double[] atX = {0.2, 0.4, 0.4, 0.4, 0.4, 0.85, 0.6, 0.85, 0.4, 0.4};
        for (int i = 0; i < x.length; i++) assertEquals(atX[i], f.predict(x[i]), 1e-12, "at x[" + i + "]");
    }

    /*
     * sklearn: IsotonicRegression(y_min=0, y_max=1, out_of_bounds='clip').fit([0,1,2,3], [-0.5,0.2,1.7,1.2])
     *   .predict([0,0.5,1.5,2.5,3,4]) -> [0, 0.1, 0.6, 1, 1, 1]  (PAV: 1.7, 1.2 pool to 1.45; clip to [0, 1])
     */
    @Test
    void clipsFittedValuesAndOutOfRangeInputs() {
        Isotonic f = Isotonic.fit(new double[]{0, 1, 2, 3}, new double[]{-0.5, 0.2, 1.7, 1.2}, 0, 1);
        double[] q = {0, 0.5, 1.5, 2.5, 3, 4};
        double[] expected = {0, 0.1, 0.6, 1, 1, 1};
        for (int i = 0; i < q.length; i++) assertEquals(expected[i], f.predict(q[i]), 1e-12, "at " + q[i]);
    }

    @Test
    void singleDistinctXIsTheMeanEverywhere() {
        Isotonic f = Isotonic.fit(new double[]{0.5, 0.5, 0.5}, new double[]{0.1, 0.2, 0.6}, 0, 1);
        assertEquals(0.3, f.predict(0.0), 1e-15);
        assertEquals(0.3, f.predict(0.9), 1e-15);
    }

    @Test
    void refusesNonFiniteAndMismatchedInput() {
        assertThrows(IllegalArgumentException.class, () -> Isotonic.fit(new double[]{0, Double.NaN}, new double[]{0, 1}, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Isotonic.fit(new double[]{0, 1}, new double[]{0}, 0, 1));
    }
}

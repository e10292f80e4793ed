package org.emogap.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class VadStatsTest {
    static final double[] HUMAN = {2.2, 3.0, 3.4, 2.6, 4.0, 3.2, 1.8, 3.6};
    static final double[] MODEL = {2.9, 3.1, 3.3, 2.95, 3.5, 3.05, 2.7, 3.2};

    /*
     * SciPy 1.17.1:
     *   h = [2.2,3.0,3.4,2.6,4.0,3.2,1.8,3.6]; m = [2.9,3.1,3.3,2.95,3.5,3.05,2.7,3.2]
     *   st.pearsonr(h,m)[0]          -> 0.9567442631524682
     *   st.spearmanr(h,m)[0]         -> 0.9523809523809524
     *   np.mean(abs(m-h))            -> 0.4
     *   np.sqrt(np.mean((m-h)**2))   -> 0.4841229182759271
     *   np.std(m,ddof=1), np.std(h,ddof=1) -> 0.24892626561752315, 0.7363035088486657 (ratio 0.33807562048259315)
     *   st.ks_2samp(h,m).statistic  -> 0.375; 3.2 is in both samples (a tie), so the p-value is the
     *   asymptotic one: st.kstwobign.sf(0.375*np.sqrt(64/16)) -> 0.6271670417762616
     */
    @Test
    void matchesScipyOnASmallFixture() {
        VadComparison c = VadStats.compare(HUMAN, MODEL, 200, 42);
        assertEquals(8, c.n());
        assertEquals(0.9567442631524682, c.pearson(), 1e-12);
        assertEquals(0.9523809523809524, c.spearman(), 1e-12);
        assertEquals(0.4, c.mae(), 1e-12);
        assertEquals(0.4841229182759271, c.rmse(), 1e-12);
        assertEquals(0.24892626561752315, c.sdModel(), 1e-12);
        assertEquals(0.7363035088486657, c.sdHuman(), 1e-12);
        assertEquals(0.33807562048259315, c.compression(), 1e-12);
        assertEquals(0.375, c.ksStat(), 1e-12);
        assertEquals(0.6271670417762616, c.ksP(), 1e-9);
    }

    @Test
    void bootstrapIsSeededAndBracketsTheEstimate() {
        VadComparison a = VadStats.compare(HUMAN, MODEL, 42);
        VadComparison b = VadStats.compare(HUMAN, MODEL, 42);
        VadComparison other = VadStats.compare(HUMAN, MODEL, 7);
        assertEquals(a, b);
        assertNotEquals(a.pearsonLow(), other.pearsonLow());
        assertTrue(a.pearsonLow() < a.pearson() && a.pearson() <= a.pearsonHigh(), a.toString());
        assertTrue(a.spearmanLow() < a.spearman() && a.spearman() <= a.spearmanHigh(), a.toString());
        assertTrue(a.pearsonHigh() <= 1 && a.spearmanHigh() <= 1);
    }

    @Test
    void aMonotoneRelationHasASpearmanCiOfOne() {
        double[] h = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] m = {1, 1.5, 1.7, 2, 4, 4.1, 4.2, 8, 9, 20};
        VadComparison c = VadStats.compare(h, m, 42);
        assertEquals(1.0, c.spearman(), 1e-12);
        assertEquals(1.0, c.spearmanLow(), 1e-12);
        assertEquals(1.0, c.spearmanHigh(), 1e-12);
        assertTrue(c.pearsonLow() < c.pearson());
    }

    @Test
    void refusesMismatchedOrNonFiniteInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VadStats.compare(new double[3], new double[4], 1));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("4"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> VadStats.compare(new double[]{1, Double.NaN}, new double[]{1, 2}, 1));
    }

    @Test
    void tooFewTextsGiveNaNNotAnError() {
        VadComparison c = VadStats.compare(new double[]{3}, new double[]{2.5}, 42);
        assertTrue(Double.isNaN(c.pearson()) && Double.isNaN(c.pearsonLow()) && Double.isNaN(c.sdHuman()));
        assertEquals(0.5, c.mae(), 1e-15);
    }
}

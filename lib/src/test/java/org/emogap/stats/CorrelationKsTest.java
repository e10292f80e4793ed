package org.emogap.stats;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CorrelationKsTest {
    static final double[] HUMAN = {2.2, 3.0, 3.4, 2.6, 4.0, 3.2, 1.8, 3.6};
    static final double[] MODEL = {2.9, 3.1, 3.3, 2.95, 3.5, 3.05, 2.7, 3.2};

    /* No ties (human 3.2 -> 3.25), n·m = 64: st.ks_2samp(h, m, method='exact') -> 0.375, p 0.6601398601398599 */
    @Test
    void ksSmallSamplesWithoutTiesAreExact() {
        double[] h = HUMAN.clone();
        h[5] = 3.25;
        Ks.Result ks = Ks.test(h, MODEL);
        assertEquals(0.375, ks.d(), 1e-12);
        assertEquals(0.6601398601398599, ks.p(), 1e-9);
    }

    /*
     * Model with ties (3.0 three times): st.spearmanr(h, mt)[0] -> 0.95150257112482 (average ranks),
     * st.pearsonr(h, mt)[0] -> 0.9300737488933373
     */
    @Test
    void spearmanUsesAverageRanksForTies() {
        double[] mt = {2.9, 3.0, 3.3, 3.0, 3.5, 3.0, 2.7, 3.2};
        assertEquals(0.95150257112482, Correlations.spearman(HUMAN, mt).r(), 1e-12);
        assertEquals(0.9300737488933373, Correlations.pearson(HUMAN, mt).r(), 1e-12);
    }

    /*
     * Above 10,000 = n·m Commons Math uses the asymptotic Kolmogorov distribution:
     *   i = np.arange(120); x = np.round(1 + 4*((i*0.618034) % 1), 2)
     *   j = np.arange(150); y = np.round(2 + 2*((j*0.41421356) % 1), 2)
     *   d = st.ks_2samp(x, y).statistic                     -> 0.25166666666666665
     *   st.kstwobign.sf(d * np.sqrt(120*150/270))          -> 0.0004300248181712815
     * (SciPy's own 'asymp' uses kstwo with a rounded n and gives 0.000316: a different approximation.)
     */
    @Test
    void ksLargeSamplesUseTheAsymptoticDistribution() {
        double[] x = new double[120];
        double[] y = new double[150];
        for (int i = 0; i < x.length; i++) x[i] = Math.round((1 + 4 * ((i * 0.618034) % 1)) * 100) / 100.0;
        for (int j = 0; j < y.length; j++) y[j] = Math.round((2 + 2 * ((j * 0.41421356) % 1)) * 100) / 100.0;
        Ks.Result ks = Ks.test(x, y);
        assertEquals(0.25166666666666665, ks.d(), 1e-12);
        assertEquals(0.0004300248181712815, ks.p(), 1e-7);
    }

    /*
     * Ties (3.0 three times, 2.9/3.0/3.05...) in small samples: the asymptotic p-value.
     *   h = [3.0,3.0,2.8,3.4,2.6,3.0]; m = [2.9,3.0,3.1,2.7,3.3,3.05]
     *   d = st.ks_2samp(h, m).statistic -> 0.3333333333333333; st.kstwobign.sf(d*np.sqrt(36/12)) -> 0.8927783372501086
     */
    @Test
    void ksWithTiesUsesTheAsymptoticPValue() {
        Ks.Result ks = Ks.test(new double[]{3.0, 3.0, 2.8, 3.4, 2.6, 3.0}, new double[]{2.9, 3.0, 3.1, 2.7, 3.3, 3.05});
        assertEquals(1.0 / 3, ks.d(), 1e-12);
        assertEquals(0.8927783372501086, ks.p(), 1e-9);
    }

    /*
     * 60 human means vs 60 model means (a high-agreement group) on which Commons Math 3.6.1's
     * jittered exact path threw MathInternalError. SciPy: D = 0.2, st.kstwobign.sf(0.2*np.sqrt(30)) -> 0.18130044993812258
     */
    @Test
    void ksOnTiedMeansThatBrokeTheJitteredExactPath() {
        double[] h = {3.0, 3.8, 2.8, 3.0, 3.0, 3.0, 3.0, 3.2, 3.0, 3.0, 3.0, 3.0, 2.2, 2.8, 4.0, 3.0, 4.0, 3.0, 3.0, 3.0,
                3.0, 2.8, 3.0, 3.4, 2.8, 1.8, 3.0, 3.0, 3.0, 3.0, 3.2, 2.0, 3.0, 3.6, 2.4, 2.8, 4.0, 3.0, 2.8, 3.2,
                2.4, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 2.8, 2.8, 2.8, 3.0, 2.8, 3.0, 3.0, 3.0, 3.0, 3.8, 3.2, 2.8, 2.8};
        double[] m = {2.98, 3.39, 2.93, 2.98, 3.0, 3.01, 3.01, 3.07, 2.99, 3.0, 3.0, 3.04, 2.61, 2.93, 3.53, 3.01, 3.49, 3.0,
                2.99, 2.99, 3.0, 2.87, 3.0, 3.17, 2.87, 2.4, 2.98, 3.02, 2.98, 3.02, 3.12, 2.5, 2.99, 3.34, 2.69, 2.87, 3.49,
                2.98, 2.9, 3.11, 2.69, 2.96, 3.02, 3.02, 3.0, 2.96, 2.99, 2.91, 2.89, 2.9, 3.01, 2.92, 3.01, 3.02, 3.02, 3.0,
                3.39, 3.1, 2.89, 2.89};
        Ks.Result ks = Ks.test(h, m);
        assertEquals(0.2, ks.d(), 1e-12);
        assertEquals(0.18130044993812258, ks.p(), 1e-9);
    }

    @Test
    void bootstrapCountsGiveTheSameAsAMaterialisedResample() {
        // counts per text: text i appears c[i] times; the resample written out must give the same r and ρ
        int[] c = {0, 2, 1, 0, 3, 1, 1, 0};
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < c.length; i++) for (int k = 0; k < c[i]; k++) pairs.add(new double[]{HUMAN[i], MODEL[i]});
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
        assertEquals(new PearsonsCorrelation().correlation(x, y), Bootstrap.weightedPearson(HUMAN, MODEL, c), 1e-12);

        Integer[] ox = {6, 0, 3, 1, 5, 2, 7, 4}; // HUMAN sorted ascending
        Integer[] oy = {6, 0, 3, 5, 1, 7, 2, 4}; // MODEL sorted ascending
        double[] rx = new double[8];
        double[] ry = new double[8];
        Bootstrap.ranks(HUMAN, ox, c, rx);
        Bootstrap.ranks(MODEL, oy, c, ry);
        assertEquals(new SpearmansCorrelation().correlation(x, y), Bootstrap.weightedPearson(rx, ry, c), 1e-12);
    }

    @Test
    void ranksOfTiedCopiesAreAveraged() {
        // values 5, 5, 7 with counts 2, 1, 1: four copies 5,5,5,7 -> ranks 2,2,2,4
        double[] v = {5, 5, 7};
        double[] r = new double[3];
        Bootstrap.ranks(v, new Integer[]{0, 1, 2}, new int[]{2, 1, 1}, r);
        assertArrayEquals(new double[]{2, 2, 4}, r, 0);
    }

    @Test
    void percentileMatchesNumpy() {
        // np.percentile([0.3,0.9,0.1,0.5,0.7,0.2,0.8], [2.5, 97.5]) -> 0.115, 0.885
        double[] v = {0.3, 0.9, 0.1, 0.5, 0.7, 0.2, 0.8};
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        assertEquals(0.115, Bootstrap.percentile(sorted, 0.025), 1e-12);
        assertEquals(0.885, Bootstrap.percentile(sorted, 0.975), 1e-12);
    }
}

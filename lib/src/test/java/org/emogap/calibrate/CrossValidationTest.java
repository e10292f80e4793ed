package org.emogap.calibrate;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CrossValidationTest {
    static final int K = 5;

    @Test
    void foldsCoverEveryItemOnceWithKFoldSizesAndDependOnTheSeed() {
        int[] f = CrossValidation.folds(23, 5, 42);
        int[] sizes = new int[5];
        for (int x : f) sizes[x]++;
        assertArrayEquals(new int[]{5, 5, 5, 4, 4}, sizes); // 23 = 3·5 + 2·4, larger folds first
        assertArrayEquals(f, CrossValidation.folds(23, 5, 42));
        assertFalse(Arrays.equals(f, CrossValidation.folds(23, 5, 43)));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(3, 5, 1));
    }

    @Test
    void fittingNeverReadsTheTestFold() {
        // the test fold's rows are replaced by NaN; the fit on the training rows must not notice
        double[] h = Synthetic.dirichlet(200, K, 1), m = Synthetic.sharpen(h, K, 0.6);
        for (int i = 0; i < m.length; i += 7) m[i] = 0;
        int[] fold = CrossValidation.folds(200, 5, 42);
        int[] train = CrossValidation.rows(fold, 0, false), test = CrossValidation.rows(fold, 0, true);
        double[] mNaN = m.clone(), hNaN = h.clone();
        for (int r : test) for (int j = 0; j < K; j++) mNaN[r * K + j] = hNaN[r * K + j] = Double.NaN;
        double[] probe = Synthetic.dirichlet(20, K, 2);
        for (Calibrator c : Calibrators.all()) {
            var clean = c.fit(Rows.select(m, K, train), Rows.select(h, K, train), K);
            var withNaN = CrossValidation.fitOnRows(c, mNaN, hNaN, K, train);
            assertEquals(clean.parameters(), withNaN.parameters(), c.name());
            assertArrayEquals(clean.apply(probe), withNaN.apply(probe), 0, c.name());
        }
        // and a fit that did read them would fail: NaN is refused at the boundary
        assertThrows(IllegalArgumentException.class, () -> Calibrators.bias().fit(mNaN, hNaN, K));
    }

    @Test
    void crossValidationScoresEachMethodOutOfFold() {
        int n = 300;
        double[] h = Synthetic.dirichlet(n, K, 3), m = Synthetic.sharpen(h, K, 0.5);
        String[] groups = new String[n];
        for (int i = 0; i < n; i++) groups[i] = i % 3 == 0 ? "full_agreement" : "partial_agreement";
        List<Calibrator> methods = Calibrators.paper();
        CvResult r = CrossValidation.run(m, h, K, groups, methods, 42);
        assertEquals(3, r.methods().size());
        Table t = r.summary("synthetic");
        assertEquals(List.of("model", "method", "n_folds", "n_items", "jsd_uncalibrated", "jsd_calibrated", "change_pct",
                "entropy_rho_uncalibrated", "entropy_rho", "wilcoxon_p", "parameters"), t.columnNames());
        int ti = t.stringColumn("method").indexOf("temperature");
        assertTrue(t.doubleColumn("change_pct").get(ti) < -99, "temperature undoes a pure sharpening");
        assertTrue(t.doubleColumn("wilcoxon_p").get(ti) < 1e-10);
        assertEquals(5, t.intColumn("n_folds").get(ti));
        // every fold found T ≈ 2
        for (String p : r.method("temperature").foldParameters()) assertEquals("T=2.000", p);
        // out-of-fold mean JSD equals the mean of per-item JSD recomputed from the calibrated rows
        double[] cal = r.method("temperature").calibrated();
        assertEquals(Rows.meanJsd(cal, h, K), t.doubleColumn("jsd_calibrated").get(ti), 1e-15);
        Table g = r.byGroup("synthetic");
        assertEquals(6, g.rowCount());
        assertEquals(100, g.intColumn("n").get(0)); // full_agreement: i % 3 == 0 of 300
        // same inputs and seed, same result, however the tasks were scheduled
        assertEquals(t.printAll(), CrossValidation.run(m, h, K, groups, methods, 42).summary("synthetic").printAll());
    }

    /*
     * scipy 1.10.1: wilcoxon(a[:12], b[:12]) -> statistic 27, p = 0.38037109375 (exact);
     * wilcoxon(a, b, correction=False, method='approx') -> p = 0.00301459869171306 (the zero pair dropped).
     * a, b as below; b − a has one zero (the last pair).
     */
    @Test
    void wilcoxonMatchesScipy() {
        double[] a = {0.31, 0.52, 0.12, 0.44, 0.25, 0.61, 0.33, 0.47, 0.29, 0.38, 0.55, 0.21, 0.36, 0.49, 0.27, 0.41, 0.58,
                0.19, 0.35, 0.46, 0.3, 0.5, 0.22, 0.4, 0.6, 0.26, 0.37, 0.45, 0.32, 0.53, 0.28, 0.43, 0.34, 0.57, 0.24};
        double[] d = {0.013, -0.021, 0.034, 0.047, -0.052, 0.066, 0.071, -0.083, 0.092, 0.105, 0.118, -0.121, 0.135, 0.149,
                0.152, -0.167, 0.174, 0.188, 0.193, 0.201, 0.215, -0.226, 0.239, 0.241, 0.257, 0.262, -0.278, 0.285, 0.291,
                0.304, 0.311, -0.323, 0.338, 0.342, 0.0};
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) b[i] = a[i] + d[i];
        assertEquals(0.38037109375, CvResult.wilcoxonP(Arrays.copyOf(a, 12), Arrays.copyOf(b, 12)), 1e-12);
        assertEquals(0.00301459869171306, CvResult.wilcoxonP(a, b), 1e-9);
        assertTrue(Double.isNaN(CvResult.wilcoxonP(a, a)));
        // with ties: x = [0.1..0.8]*5, y = x + [0.1,-0.1,0.2,0.2,0.3,-0.3,0.1,0.05]*5
        // scipy: wilcoxon(x, y, method='approx') -> statistic 242.5, p = 0.023902184564535908
        double[] x = new double[40], y = new double[40], dd = {0.1, -0.1, 0.2, 0.2, 0.3, -0.3, 0.1, 0.05};
        for (int i = 0; i < 40; i++) {
            x[i] = 0.1 * (i % 8 + 1);
            y[i] = x[i] + dd[i % 8];
        }
        assertEquals(0.023902184564535908, CvResult.wilcoxonP(x, y), 1e-12);
    }

    @Test
    void momentMatchingRestoresTheSpreadWhereLeastSquaresCannot() {
        // human x in {1, 2, 3, 4, 5}; model = 3 + 0.5·(x − 3) + noise (±0.5 alternating):
        // OLS slope = cov/var(model) < 1/0.5, moment slope = SD(human)/SD(model) restores SD(human) exactly
        int n = 200;
        double[] human = new double[n], model = new double[n];
        for (int i = 0; i < n; i++) {
            human[i] = 1 + i % 5;
            model[i] = 3 + 0.5 * (human[i] - 3) + (i % 2 == 0 ? 0.5 : -0.5);
        }
        var moments = LinearReexpansion.fit(model, human, 1, LinearReexpansion.Mode.MOMENTS);
        assertEquals(LinearReexpansion.sd(human), LinearReexpansion.sd(moments.apply(model)), 1e-12);
        var ols = LinearReexpansion.fit(model, human, 1);
        assertTrue(LinearReexpansion.sd(ols.apply(model)) < LinearReexpansion.sd(human));
        assertTrue(LinearReexpansion.rmse(ols.apply(model), human) <= LinearReexpansion.rmse(moments.apply(model), human));
    }

    @Test
    void linearReexpansionUndoesCompression() {
        // models squeeze VAD means towards 3: model = 3 + 0.5·(human − 3), i.e. human = −3 + 2·model
        int n = 100, d = 3;
        double[] human = new double[n * d], model = new double[n * d];
        var rnd = new java.util.Random(5);
        for (int i = 0; i < human.length; i++) {
            human[i] = 1 + 4 * rnd.nextDouble();
            model[i] = 3 + 0.5 * (human[i] - 3);
        }
        var fit = LinearReexpansion.fit(model, human, d);
        assertArrayEquals(new double[]{2, 2, 2}, fit.slope(), 1e-12);
        assertArrayEquals(new double[]{-3, -3, -3}, fit.intercept(), 1e-12);
        assertArrayEquals(human, LinearReexpansion.crossValidate(model, human, d, 5, 42), 1e-12);
        Table t = LinearReexpansion.table("m", "synthetic", new String[]{"V", "A", "D"}, model, human, 5, 42);
        assertEquals(6, t.rowCount()); // 2 fits × 3 dimensions
        // with an exact linear relation both fits coincide
        assertArrayEquals(fit.slope(), LinearReexpansion.fit(model, human, d, LinearReexpansion.Mode.MOMENTS).slope(), 1e-12);
        assertEquals(0.0, t.doubleColumn("mae_calibrated").get(0), 1e-12);
        assertEquals(t.doubleColumn("sd_human").get(1), t.doubleColumn("sd_calibrated").get(1), 1e-12);
        assertEquals(0.5, t.doubleColumn("sd_model").get(2) / t.doubleColumn("sd_human").get(2), 1e-12);
    }
}

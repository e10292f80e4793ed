package org.emogap.calibrate;

import org.emogap.dist.Rows;
import org.emogap.stats.Descriptive;
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
        assertEquals(Descriptive.sd(human), Descriptive.sd(moments.apply(model)), 1e-12);
        var ols = LinearReexpansion.fit(model, human, 1);
        assertTrue(Descriptive.sd(ols.apply(model)) < Descriptive.sd(human));
        assertTrue(Descriptive.rmse(ols.apply(model), human) <= Descriptive.rmse(moments.apply(model), human));
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

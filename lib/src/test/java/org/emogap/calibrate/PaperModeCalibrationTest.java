package org.emogap.calibrate;

import org.emogap.RunMode;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Each paper-mode difference of the calibration, against values worked out by hand or by NumPy. */
class PaperModeCalibrationTest {
    @Test
    void foldsAreScikitLearnsKFoldOverIdSortedItems() {
        // np.random.RandomState(42).permutation(10) = [8 1 5 0 7 2 9 4 3 6]; KFold(5) cuts it into
        // test folds [8 1] [5 0] [7 2] [9 4] [3 6]
        assertArrayEquals(new int[]{1, 0, 2, 4, 3, 1, 4, 2, 0, 3}, CrossValidation.foldsSklearn(10, 5, 42));
        // the items are sorted by id first: ids given in reverse order get the folds of their sorted position
        String[] ids = {"j", "i", "h", "g", "f", "e", "d", "c", "b", "a"};
        double[] m = new double[20], h = new double[20];
        for (int i = 0; i < 10; i++) { m[2 * i] = 0.2 + 0.05 * i; m[2 * i + 1] = 1 - m[2 * i]; h[2 * i] = 0.5; h[2 * i + 1] = 0.5; }
        CalibrationInput in = new CalibrationInput("m", "llm", 2, ids, m, h, null);
        int[] fold = in.crossValidate(List.of(Calibrators.temperature()), 5, 42, RunMode.PAPER).fold();
        // item "a" (index 9) is sorted position 0 → fold 1; "j" (index 0) is position 9 → fold 3
        assertArrayEquals(new int[]{3, 0, 2, 4, 1, 3, 4, 2, 0, 1}, fold);
    }

    @Test
    void biasAndIsotonicFitTheRawRaterSharesInPaperMode() {
        // two items, k = 2; model rows (0.8, 0.2) and (0.6, 0.4); raw shares r = (1, 0.5) and (0.5, 0.5)
        // paper bias = mean(m) − mean(r) = (0.7 − 0.75, 0.3 − 0.5) = (−0.05, −0.2);
        // emogap bias uses h = r/Σr = (2/3, 1/3), (0.5, 0.5): (0.7 − 7/12, 0.3 − 5/12) = (0.11667, −0.11667)
        double[] m = {0.8, 0.2, 0.6, 0.4}, r = {1, 0.5, 0.5, 0.5};
        BiasCorrection.Fit paper = (BiasCorrection.Fit) Calibrators.bias(RunMode.PAPER).fit(m, r, 2);
        assertArrayEquals(new double[]{-0.05, -0.2}, paper.bias(), 1e-12);
        BiasCorrection.Fit emogap = (BiasCorrection.Fit) Calibrators.bias(RunMode.EMOGAP).fit(m, r, 2);
        assertArrayEquals(new double[]{0.7 - 7.0 / 12, 0.3 - 5.0 / 12}, emogap.bias(), 1e-12);
        // isotonic maps label 0 from m (0.6, 0.8) to the raw targets (0.5, 1): an increasing map, kept as is
        IsotonicCalibration.Fit iso = (IsotonicCalibration.Fit) Calibrators.isotonic(RunMode.PAPER).fit(m, r, 2);
        assertEquals(1.0, iso.map(0).predict(0.8), 1e-12);
        assertEquals(0.5, iso.map(0).predict(0.6), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Calibrators.bias(RunMode.PAPER).fit(m, new double[]{1.5, 0, 0, 0}, 2));
    }

    @Test
    void paperSummariesAreMeansOverFolds() {
        // per level: folds {0, 1} and {2, 3}; level x = items 0, 1, 2, level y = item 3.
        // x, fold 0: 0.3 → 0.2 (−33.33%); fold 1: 0.9 → 0.3 (−66.67%); paper: mean −50%.
        // x pooled: (0.4 + 0.2 + 0.9)/3 = 0.5 → (0.2 + 0.2 + 0.3)/3 = 0.2333: −53.33%.
        double[] jsd0 = {0.4, 0.2, 0.9, 0.5}, jsd1 = {0.2, 0.2, 0.3, 0.5};
        String[] groups = {"x", "x", "x", "y"};
        double[] rows = new double[8];
        java.util.Arrays.fill(rows, 0.5);
        double[] ent = {1, 2, 3, 4};
        CvResult.Method method = new CvResult.Method("bias", 2, rows, jsd1, List.of("a", "b"));
        int[] fold = {0, 0, 1, 1};
        Table gp = new CvResult(2, fold, 42, groups, rows, rows, jsd0, List.of(method), ent, RunMode.PAPER).byGroup("m");
        Table ge = new CvResult(2, fold, 42, groups, rows, rows, jsd0, List.of(method), ent, RunMode.EMOGAP).byGroup("m");
        assertEquals(-50.0, gp.doubleColumn("change_pct").get(0), 1e-9);
        assertEquals(100 * (0.7 / 3 - 0.5) / 0.5, ge.doubleColumn("change_pct").get(0), 1e-9);
        // overall, folds {0, 1, 2} and {3} with 0.4, 0.2, 0.9 | 0.8: paper (0.5 + 0.8)/2 = 0.65,
        // pooled (0.4 + 0.2 + 0.9 + 0.8)/4 = 0.575
        double[] jsd0b = {0.4, 0.2, 0.9, 0.8};
        int[] foldb = {0, 0, 0, 1};
        assertEquals(0.65, new CvResult(2, foldb, 42, groups, rows, rows, jsd0b, List.of(method), ent, RunMode.PAPER).summaryJsdUncalibrated(), 1e-12);
        assertEquals(0.575, new CvResult(2, foldb, 42, groups, rows, rows, jsd0b, List.of(method), ent, RunMode.EMOGAP).summaryJsdUncalibrated(), 1e-12);
    }

    @Test
    void agreementLevelsComeInTheirOrdinalOrder() {
        String[] groups = {"partial_agreement", "full_disagreement", "other", "full_agreement"};
        double[] rows = new double[8], jsd = {0.1, 0.2, 0.3, 0.4};
        java.util.Arrays.fill(rows, 0.5);
        CvResult.Method method = new CvResult.Method("bias", 2, rows, jsd, List.of("a", "b"));
        Table g = new CvResult(2, new int[]{0, 0, 1, 1}, 42, groups, rows, rows, jsd, List.of(method), new double[]{1, 2, 3, 4},
                RunMode.EMOGAP).byGroup("m");
        // not alphabetical: full agreement first, full disagreement last, labels of no level after them
        assertEquals(List.of("full_agreement", "partial_agreement", "full_disagreement", "other"), g.stringColumn("agreement").asList());
    }
}

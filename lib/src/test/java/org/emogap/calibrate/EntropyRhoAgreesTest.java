package org.emogap.calibrate;

import org.emogap.RunMode;
import org.emogap.compare.GoReport;
import org.emogap.data.HumanItems;
import org.emogap.dist.Divergences;
import org.emogap.judgment.Judgment;
import org.emogap.judgment.ModelItems;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One quantity, one number: the entropy ρ that model_summary.csv reports and the uncalibrated
 * entropy ρ of calibration.csv are the same for the same annotator and items. Before entropies
 * were summed in sorted order (and human distributions taken from votes), the two differed in the
 * last bits on items whose distributions are permutations of each other, which broke ties one way
 * in one table and the other way in the other (0.2246 against 0.2240 on the real data).
 */
class EntropyRhoAgreesTest {
    @Test
    void modelSummaryAndCalibrationReportTheSameEntropyRho() {
        int k = 6, n = 120;
        Random rnd = new Random(7);
        List<String> labels = List.of("a", "b", "c", "d", "e", "f");
        String[] ids = new String[n], agreement = new String[n];
        double[] rates = new double[n * k];
        int[] raters = new int[n];
        byte[][] ratings = new byte[n][];
        Map<String, double[]> humanDist = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        List<Judgment> js = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids[i] = String.format("i%03d", i);
            raters[i] = 3 + rnd.nextInt(3);
            int[] votes = new int[k];
            ratings[i] = new byte[raters[i] * k];
            for (int r = 0; r < raters[i]; r++) {
                int l = rnd.nextInt(3) == 0 ? rnd.nextInt(k) : i % k; // many items share a distribution up to a permutation
                votes[l]++;
                ratings[i][r * k + l] = 1;
            }
            for (int j = 0; j < k; j++) rates[i * k + j] = votes[j] / (double) raters[i];
            agreement[i] = "partial_agreement";
            humanDist.put(ids[i], Divergences.fromCounts(votes));
            groups.put(ids[i], agreement[i]);
            double[] m = new double[k];
            for (int j = 0; j < k; j++) m[j] = rnd.nextInt(4) / 3.0;
            js.add(Judgment.point("goemotions", "m", "encoder", ids[i], "rates", m, false, null));
        }
        HumanItems human = new HumanItems(labels, ids, rates, raters, agreement, ratings, "fixture", "fixture-core");
        List<ModelItems> models = ModelItems.fromJudgments(js, k);
        Table summary = GoReport.build(human, models, new GoReport.Options(42, 50, 2, RunMode.EMOGAP)).modelSummary();
        double fromSummary = summary.doubleColumn("entropy_spearman").get(0);

        Map<String, double[]> modelValues = new HashMap<>();
        for (Judgment j : js) modelValues.put(j.itemId(), j.values());
        CalibrationInput in = CalibrationInput.align("m", "encoder", List.of(ids), modelValues, humanDist, groups, k);
        Table cal = in.crossValidate(List.of(Calibrators.temperature()), 5, 42).summary("m");
        assertEquals(fromSummary, cal.doubleColumn("entropy_rho_uncalibrated").get(0), 0.0);
    }
}

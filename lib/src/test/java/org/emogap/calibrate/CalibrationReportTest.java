package org.emogap.calibrate;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import org.emogap.whatif.SyntheticJudgments;

class CalibrationReportTest {
    static CalibrationInput syntheticInput(int n, long seed) {
        int k = 28;
        var humans = SyntheticJudgments.humans(n, k, seed);
        double[] model = SyntheticJudgments.overconfident(humans.rates(), k, seed + 1);
        List<String> ids = new ArrayList<>();
        Map<String, double[]> m = new HashMap<>(), h = new HashMap<>();
        Map<String, String> g = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = "item" + i;
            ids.add(id);
            m.put(id, java.util.Arrays.copyOfRange(model, i * k, (i + 1) * k));
            h.put(id, java.util.Arrays.copyOfRange(humans.rates(), i * k, (i + 1) * k));
            g.put(id, humans.agreement()[i]);
        }
        return CalibrationInput.align("synthetic-overconfident", "synthetic", ids, m, h, g, k);
    }

    @Test
    void syntheticHumansFollowThePapersAgreementRule() {
        var hs = SyntheticJudgments.humans(300, 28, 1);
        double[] r = hs.rates();
        java.util.Set<String> levels = new java.util.TreeSet<>(List.of(hs.agreement()));
        assertEquals(java.util.Set.of("full_agreement", "partial_agreement", "full_disagreement"), levels);
        for (int i = 0; i < 300; i++) {
            if (hs.agreement()[i].equals("full_agreement")) {
                for (int j = 0; j < 28; j++) {
                    double v = r[i * 28 + j];
                    assertTrue(Math.abs(v) < 1e-9 || Math.abs(v - 1) < 1e-9, "item " + i + " rate " + v);
                }
            }
        }
    }

    @Test
    void reportOnAnOverconfidentAnnotatorFindsTheGainAndSaysSo() {
        CalibrationReport rep = CalibrationReport.run(List.of(syntheticInput(400, 3)), Calibrators.all(), 5, 42);
        Table s = rep.summary();
        assertEquals("kind", s.columnNames().get(1));
        assertEquals(Calibrators.all().size(), s.rowCount());
        Table paper = rep.paperTable();
        assertEquals(1, paper.rowCount());
        assertTrue(paper.doubleColumn("change_pct_temperature").get(0) < -5, "an over-confident annotator gains from T > 1");
        assertEquals(3 * Calibrators.all().size(), rep.byAgreement().rowCount());
        String d = rep.discussion(0.2, "noise floor");
        assertTrue(d.contains("synthetic-overconfident") && d.contains("(synthetic, 400 items)"), d);
        assertTrue(d.contains("best is " + rep.best(0).name()), d);
        assertTrue(CalibrationReport.run(List.of(), Calibrators.paper(), 5, 42).discussion(Double.NaN, "").startsWith("No annotator"));
    }
}

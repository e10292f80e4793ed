package org.emogap.compare;

import org.emogap.data.VadHumanItem;
import org.emogap.judgment.Temperature;
import org.emogap.judgment.VadModelItem;
import org.emogap.judgment.VadModelRun;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

class VadTablesTest {
    static final String[] IDS = {"t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"};
    static final int[][][] RATINGS = {
            {{2, 3, 3}, {2, 3, 2}, {3, 2, 3}, {1, 3, 3}, {3, 4, 3}},
            {{3, 3, 3}, {3, 2, 3}, {4, 3, 3}, {3, 3, 4}, {2, 3, 3}},
            {{4, 4, 3}, {4, 3, 3}, {3, 4, 4}, {4, 5, 3}, {5, 4, 3}},
            {{2, 2, 3}, {3, 2, 2}, {2, 3, 3}, {3, 2, 3}, {3, 3, 2}},
            {{5, 4, 4}, {4, 4, 4}, {4, 5, 3}, {4, 3, 4}, {3, 4, 4}},
            {{3, 3, 2}, {4, 3, 3}, {3, 2, 3}, {3, 3, 3}, {3, 4, 3}},
            {{1, 4, 2}, {2, 4, 2}, {2, 3, 1}, {1, 5, 2}, {3, 4, 3}},
            {{4, 2, 3}, {3, 3, 3}, {4, 2, 4}, {4, 3, 3}, {3, 2, 3}},
    };
    static final double[][] MODEL = {{2.9, 3.1, 3.0}, {3.1, 2.9, 3.0}, {3.3, 3.6, 3.1}, {2.95, 2.7, 3.0},
            {3.5, 3.4, 3.2}, {3.05, 3.0, 3.0}, {2.7, 3.8, 2.6}, {3.2, 2.8, 3.1}};
    static final String[] AGREEMENT = {"high", "high", "high", "high", "moderate", "moderate", "low", "low"};

    static List<VadHumanItem> humans() {
        List<VadHumanItem> h = new ArrayList<>();
        for (int i = 0; i < IDS.length; i++) h.add(new VadHumanItem(IDS[i], AGREEMENT[i], i < 4 ? "a" : "b", RATINGS[i]));
        return h;
    }

    /** A point-prediction head that saw t8 in training. */
    static VadModelRun head() {
        Map<String, VadModelItem> items = new TreeMap<>();
        for (int i = 0; i < IDS.length; i++) items.put(IDS[i], new VadModelItem(IDS[i], MODEL[i], null, IDS[i].equals("t8")));
        return new VadModelRun("head", "head", "pooled", items);
    }

    /*
     * SciPy 1.17.1 on the 7 texts outside training (t1..t7), human means from the ratings above:
     *   V h = [2.2,3.0,4.0,2.6,4.0,3.2,1.8]: pearsonr 0.9593450617282596, spearmanr 0.9549937104572924,
     *     MAE 0.48571428571428577, RMSE 0.5599744892148468, sd(m) 0.2643500565177778, sd(h) 0.8440266301373153,
     *     ks_2samp D 0.42857142857142855
     *   A: pearsonr 0.9536314635796223, spearmanr 0.9543135154205278, MAE 0.24285714285714294
     *   D: pearsonr 0.9056915886281349, RMSE 0.3798495942945237, sd(m) 0.18644544714716088, sd(h) 0.5639993245521115
     */
    @Test
    void modelVadMatchesScipyAndLeavesTrainingTextsOut() {
        Table t = VadTables.modelVad(humans(), List.of(head()), "reader", 42);
        assertEquals(3, t.rowCount());
        assertEquals(List.of("valence", "arousal", "dominance"), t.stringColumn("dimension").asList());
        assertEquals(7, t.intColumn("n_items").get(0));
        assertEquals(1, t.intColumn("in_training_excluded").get(0));
        assertEquals(0.9593450617282596, t.doubleColumn("pearson").get(0), 1e-12);
        assertEquals(0.9549937104572924, t.doubleColumn("spearman").get(0), 1e-12);
        assertEquals(0.48571428571428577, t.doubleColumn("mae").get(0), 1e-12);
        assertEquals(0.5599744892148468, t.doubleColumn("rmse").get(0), 1e-12);
        assertEquals(0.2643500565177778 / 0.8440266301373153, t.doubleColumn("compression").get(0), 1e-12);
        assertEquals(0.42857142857142855, t.doubleColumn("ks_stat").get(0), 1e-12);
        assertEquals(0.9536314635796223, t.doubleColumn("pearson").get(1), 1e-12);
        assertEquals(0.9543135154205278, t.doubleColumn("spearman").get(1), 1e-12);
        assertEquals(0.24285714285714294, t.doubleColumn("mae").get(1), 1e-12);
        assertEquals(0.9056915886281349, t.doubleColumn("pearson").get(2), 1e-12);
        assertEquals(0.3798495942945237, t.doubleColumn("rmse").get(2), 1e-12);
        assertEquals(0.5639993245521115, t.doubleColumn("sd_human").get(2), 1e-12);
        assertEquals("reader", t.stringColumn("perspective").get(0));
    }

    /* High-agreement texts t1..t4, valence: st.pearsonr([2.2,3.0,4.0,2.6],[2.9,3.1,3.3,2.95])[0] -> 0.9905846174373383 */
    @Test
    void byGroupSplitsByAgreementThenValenceBand() {
        Table t = VadTables.modelVadByGroup(humans(), List.of(head()), "reader", 42);
        // per dimension: high, moderate, low, band a, band b
        assertEquals(15, t.rowCount());
        assertEquals(List.of("high", "moderate", "low", "a", "b"), t.stringColumn("group").asList().subList(0, 5));
        assertEquals(0.9905846174373383, t.doubleColumn("pearson").get(0), 1e-12);
        // low holds t7 and t8; t8 is in training, so one text is left and r is undefined
        assertEquals(1, t.intColumn("n_items").get(2));
        assertEquals(1, t.intColumn("in_training_excluded").get(2));
        assertTrue(Double.isNaN(t.doubleColumn("pearson").getDouble(2)));
        assertEquals(0, t.intColumn("in_training_excluded").get(0));
    }

    /*
     * t1 valence: human ratings 2,2,3,1,3 -> hist (1,2,2,0,0); the head's 2.9 split -> (0,.1,.9,0,0):
     *   st.wasserstein_distance(b, b, [1,2,2,0,0], [0,.1,.9,0,0]) -> 0.7
     */
    @Test
    void wassersteinSummaryUsesSplitBinningForPointsAndCarriesFloors() {
        VadModelRun oneText = new VadModelRun("head", "head", "pooled", Map.of("t1", head().items().get("t1")));
        Table t = VadTables.wasserstein(humans(), List.of(oneText), "reader", 42);
        assertEquals(12, t.rowCount()); // 3 dimensions × (all, high, moderate, low)
        assertEquals("split", t.stringColumn("binning").get(0));
        assertEquals(0.7, t.doubleColumn("wasserstein").get(0), 1e-12);
        assertEquals(1, t.intColumn("n_items").get(0));
        assertEquals(0, t.intColumn("n_items").get(2)); // no moderate text judged
        assertTrue(t.doubleColumn("floor_split_half").get(0) > 0);
        assertTrue(t.doubleColumn("floor_resample").get(0) > 0);
        Table floors = VadTables.floorSummary(humans(), "reader", 42);
        assertEquals(12, floors.rowCount());
        assertEquals(8, floors.intColumn("n_items").get(0));
    }

    @Test
    void withinTextVarianceOfSamples() {
        // samples (3,3,3), (4,2,3): variance ddof=1 -> V 0.5, A 0.5, D 0; human t1 V ratings 2,2,3,1,3 -> 0.7
        VadModelItem m = new VadModelItem("t1", new double[]{3.5, 2.5, 3}, new double[][]{{3, 3, 3}, {4, 2, 3}}, false);
        VadModelRun run = new VadModelRun("llm", "llm", "0.7", Map.of("t1", m));
        Table t = VadTables.withinTextVariance(humans(), List.of(run), "reader");
        assertEquals(3, t.rowCount());
        assertEquals(0.5, t.doubleColumn("model_within_var").get(0), 1e-12);
        assertEquals(0.7, t.doubleColumn("human_within_var").get(0), 1e-12);
        assertEquals(0.0, t.doubleColumn("model_within_var").get(2), 1e-12);
        assertEquals(0, VadTables.withinTextVariance(humans(), List.of(head()), "reader").rowCount());
    }

    @Test
    void judgmentsListHumansFirstAndSkipPooledRuns() {
        VadModelRun pooled = new VadModelRun("llm", "llm", Temperature.POOLED_LABEL, Map.of("t1", head().items().get("t1")));
        VadModelRun sampled = new VadModelRun("llm", "llm", "0.7", Map.of("t1", head().items().get("t1")));
        Table t = VadTables.judgments(humans(), List.of(head(), sampled, pooled));
        assertEquals(17, t.rowCount(), "the pooled run next to the 0.7 run is derived and left out");
        assertEquals("human", t.stringColumn("model").get(0));
        assertEquals(2.2, t.doubleColumn("V").get(0), 1e-12); // (2+2+3+1+3)/5
        assertEquals("head", t.stringColumn("model").get(8));
        assertEquals("true", t.stringColumn("in_training").get(15));
    }

    @Test
    void humanSplitHalfComparesTwoDisjointHalvesOfTheRaters() {
        Table t = VadTables.humanSplitHalf(humans(), "reader", 42);
        assertEquals(3, t.rowCount());
        assertEquals(VadTables.SPLIT_HALF, t.stringColumn("model").get(0));
        assertEquals("human", t.stringColumn("kind").get(0));
        assertEquals(8, t.intColumn("n_items").get(0));
        // one text whose raters disagree completely: halves {5} and {1}, or the other way round
        VadHumanItem y = new VadHumanItem("y", "low", "b", new int[][]{{5, 5, 5}, {1, 1, 1}});
        List<VadHumanItem> two = List.of(y, new VadHumanItem("z", "high", "b", new int[][]{{3, 3, 3}, {3, 3, 3}}));
        Table u = VadTables.humanSplitHalf(two, "reader", 42);
        assertEquals(2.0, u.doubleColumn("mae").get(0), 1e-12); // |5 - 1| / 2 texts
        assertEquals(u.doubleColumn("mae").get(0), VadTables.humanSplitHalf(two, "reader", 7).doubleColumn("mae").get(0), 0);
    }

    @Test
    void runSummary() {
        Table r = VadTables.runSummary(List.of(head()), humans().subList(0, 5));
        assertEquals(8, r.intColumn("texts_judged").get(0));
        assertEquals(5, r.intColumn("in_comparison").get(0));
        assertEquals(0, r.intColumn("in_training").get(0)); // t8 is not among the first five
        assertEquals(1, VadTables.runSummary(List.of(head()), humans()).intColumn("in_training").get(0));
    }

    @Test
    void mainRowsKeepPooledOrOnlyRuns() {
        Table t = Table.create("t", tech.tablesaw.api.StringColumn.create("model", "a", "a", "a", "b", "c"),
                tech.tablesaw.api.StringColumn.create("temperature", "0.0", "1.0", "pooled", "", "0.7"));
        Table m = VadTables.mainRows(t);
        assertEquals(List.of("a", "b", "c"), m.stringColumn("model").asList());
        assertEquals(List.of("pooled", "", "0.7"), m.stringColumn("temperature").asList());
    }

    @Test
    void rerunsAreByteIdentical() {
        assertEquals(csv(VadTables.modelVadByGroup(humans(), List.of(head()), "reader", 42)),
                csv(VadTables.modelVadByGroup(humans(), List.of(head()), "reader", 42)));
    }

    static String csv(Table t) {
        StringWriter w = new StringWriter();
        t.write().csv(CsvWriteOptions.builder(w).build());
        return w.toString();
    }

    @Test
    void paperModeTakesTheSdOverSamplesAndOverAllHumans() {
        // a sampled run over t1, t2 with valence samples (2, 4) and (3, 3): the means are 3 and 3, so
        // emogap's SD of means is 0; the paper's SD over all samples is sd(2, 4, 3, 3) = sqrt(2/3).
        // The paper's human SD is over all eight texts (t8's mean is 3.6): Python's statistics.stdev gives
        // 0.812403840463596; emogap's is over t1, t2 only: sd(2.2, 3.0) = 0.5657
        Map<String, VadModelItem> items = new TreeMap<>();
        items.put("t1", new VadModelItem("t1", new double[]{3, 3, 3}, new double[][]{{2, 3, 3}, {4, 3, 3}}, false));
        items.put("t2", new VadModelItem("t2", new double[]{3, 3, 3}, new double[][]{{3, 3, 3}, {3, 3, 3}}, false));
        VadModelRun run = new VadModelRun("llm", "llm", "0.7", items);
        Table emogap = VadTables.modelVad(humans(), List.of(run), "reader", 42);
        assertEquals(0.0, emogap.doubleColumn("sd_model").get(0), 1e-12);
        assertEquals(Math.sqrt(0.32), emogap.doubleColumn("sd_human").get(0), 1e-12);
        System.setProperty("emogap.mode", "paper");
        try {
            Table paper = VadTables.modelVad(humans(), List.of(run), "reader", 42);
            assertEquals(Math.sqrt(2.0 / 3), paper.doubleColumn("sd_model").get(0), 1e-12);
            assertEquals(0.812403840463596, paper.doubleColumn("sd_human").get(0), 1e-12);
        } finally {
            System.clearProperty("emogap.mode");
        }
    }
}

package org.emogap.compare;

import org.emogap.RunMode;
import org.emogap.data.Agreement;
import org.emogap.data.HumanItems;
import org.emogap.dist.Divergences;
import org.emogap.io.ResultsCsv;
import org.emogap.judgment.Judgment;
import org.emogap.judgment.ModelItems;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class CompareTest {
    static final List<String> LABELS = List.of("a", "b", "c");

    /**
     * Four items, labels a, b, c:
     * i1: 4 raters a | a | a+b | a → counts (4, 1, 0), rates (1, 1/4, 0), partial agreement
     * i2: 3 raters a | b | c       → rates (1/3, 1/3, 1/3), full disagreement
     * i3: 3 raters c | c | c       → rates (0, 0, 1), full agreement
     * i4: 4 raters c | c | c | c   → rates (0, 0, 1), full agreement
     */
    static HumanItems humans() {
        byte[] i1 = {1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0};
        byte[] i2 = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        byte[] i3 = {0, 0, 1, 0, 0, 1, 0, 0, 1};
        byte[] i4 = {0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1};
        double t = 1 / 3.0;
        return new HumanItems(LABELS, new String[]{"i1", "i2", "i3", "i4"},
                new double[]{1, 0.25, 0, t, t, t, 0, 0, 1, 0, 0, 1}, new int[]{4, 3, 3, 4},
                new String[]{"partial_agreement", "full_disagreement", "full_agreement", "full_agreement"},
                new byte[][]{i1, i2, i3, i4}, "fixture", "fixture-core");
    }

    static Judgment j(double temp, String item, double[] v, int n, int failed) {
        return new Judgment("goemotions", "m", "llm", temp, item, "rates", v, null, n, failed, false, Map.of());
    }

    /** Model m at T=0: i1 (0.4, 0.6, 0), i2 (0, 0, 1) with 2 of 10 samples failed, i3 (0, 0, 1), and an item the humans lack. */
    static List<Judgment> judgments() {
        return List.of(j(0.0, "i1", new double[]{0.4, 0.6, 0}, 10, 0), j(0.0, "i2", new double[]{0, 0, 1}, 10, 2),
                j(0.0, "i3", new double[]{0, 0, 1}, 10, 0), j(0.0, "x9", new double[]{1, 0, 0}, 10, 0),
                j(1.0, "i1", new double[]{1, 0, 0}, 10, 5));
    }

    @Test
    void agreementLevelsFollowTheMethod() {
        assertEquals("partial_agreement", Agreement.of(new int[]{4, 1, 0}, 4).label());
        assertEquals("full_disagreement", Agreement.of(new int[]{1, 1, 1}, 3).label());
        assertEquals("full_agreement", Agreement.of(new int[]{0, 0, 3}, 3).label());
    }

    @Test
    void groupsByTemperatureAndPoolsByUsableSamples() {
        List<ModelItems> ms = ModelItems.fromJudgments(judgments(), 3);
        assertEquals(List.of("0.0", "1.0", "pooled"), ms.stream().map(ModelItems::temperature).toList());
        ModelItems pooled = ms.get(2);
        // i1 pooled: (0.4·10 + 1·5)/15 = 0.6, (0.6·10)/15 = 0.4; 20 samples, 5 failed
        assertArrayEquals(new double[]{0.6, 0.4, 0}, java.util.Arrays.copyOfRange(pooled.values(), 0, 3), 1e-15);
        assertEquals(20, pooled.nSamples()[0]);
        assertEquals(5, pooled.nFailed()[0]);
    }

    @Test
    void itemMetricsAndLabelAccuracyByHand() {
        HumanItems h = humans();
        ItemMetrics im = Compare.items(h, ModelItems.fromJudgments(judgments(), 3).get(0));
        assertEquals(3, im.n());
        assertEquals(1, im.missing()); // i4
        assertArrayEquals(new double[]{Divergences.jsd(new double[]{1, 0.25, 0}, new double[]{0.4, 0.6, 0}),
                Divergences.jsd(new double[]{1, 1, 1}, new double[]{0, 0, 1}), 0.0}, im.jsd(), 1e-12);
        // top-1: i1 model b vs human a → miss; i2 model c, humans tie on all three → hit; i3 hit
        assertArrayEquals(new boolean[]{false, true, true}, im.top1Hit());
        // failed samples: 2 of 40 requested over i1, i2, i3, x9 is not a human item → 2/30
        assertEquals(2 / 30.0, im.failedShareOverall(), 1e-15);
        assertArrayEquals(new double[]{0, 0.2, 0}, im.failedShare(), 1e-15);
        // gold (2+ raters): i1 {a}, i2 {}, i3 {c}; chosen (≥ 0.5): i1 {b}, i2 {c}, i3 {c}
        // TP = 1 (c, i3), FP = 2 (b i1, c i2), FN = 1 (a i1): micro F1 = 2/(2 + 2 + 1) = 0.4
        // per label: a 0, b 0, c 2·1/(2 + 1) = 2/3 → macro = 2/9
        Compare.LabelAccuracy acc = Compare.labelAccuracy(im);
        assertEquals(0.4, acc.microF1(), 1e-15);
        assertEquals(2 / 9.0, acc.macroF1(), 1e-15);
        assertEquals(2 / 3.0, acc.top1HitRate(), 1e-15);
    }

    @Test
    void categoryTableByHand() {
        ItemMetrics im = Compare.items(humans(), ModelItems.fromJudgments(judgments(), 3).get(0));
        Table t = Compare.categoryTable(List.of(im));
        Table c = t.where(t.stringColumn("agreement_level").isEqualTo("all").and(t.stringColumn("label").isEqualTo("c")));
        assertEquals(1, c.rowCount());
        // label c: human (0, 1/3, 1), model (0, 1, 1): means 4/9 and 2/3, difference 2/9, MAD (0 + 2/3 + 0)/3 = 2/9
        // Spearman: ranks (1, 2, 3) vs (1, 2.5, 2.5) → cov 1.5 / √(2 · 1.5) = √3/2
        assertEquals(4 / 9.0, c.doubleColumn("human_rate").get(0), 1e-15);
        assertEquals(2 / 3.0, c.doubleColumn("model_rate").get(0), 1e-15);
        assertEquals(2 / 9.0, c.doubleColumn("difference").get(0), 1e-15);
        assertEquals(2 / 9.0, c.doubleColumn("mean_abs_difference").get(0), 1e-15);
        assertEquals(Math.sqrt(3) / 2, c.doubleColumn("spearman").get(0), 1e-12);
        // 3 labels × ("all" + 3 levels, each with items) = 12 rows
        assertEquals(12, t.rowCount());
        // label b at level "all": model (0.6, 0, 0) varies, human (1/4, 1/3, 0) varies → defined.
        // At full_agreement (i3 only): one item, a constant side → undefined: NaN here, 0 in paper mode
        Table fa = t.where(t.stringColumn("agreement_level").isEqualTo("full_agreement"));
        assertTrue(fa.doubleColumn("spearman").asList().stream().allMatch(v -> v == null || Double.isNaN(v)));
        Table paper = Compare.categoryTable(Compare.items(humans(), List.of(ModelItems.fromJudgments(judgments(), 3).get(0)), RunMode.PAPER));
        Table pfa = paper.where(paper.stringColumn("agreement_level").isEqualTo("full_agreement"));
        assertEquals(List.of(0.0, 0.0, 0.0), pfa.doubleColumn("spearman").asList());
        Table pc = paper.where(paper.stringColumn("agreement_level").isEqualTo("all").and(paper.stringColumn("label").isEqualTo("c")));
        assertEquals(Math.sqrt(3) / 2, pc.doubleColumn("spearman").get(0), 1e-12); // a defined ρ is the same in both modes
    }

    @Test
    void noiseFloorsByHand() {
        HumanItems h = humans();
        NoiseFloor split = NoiseFloor.splitHalf(h, 5, 42);
        // only i1 and i4 have 4 raters. i1: whichever half holds the a+b rater has rates (1, 1/2, 0),
        // the other (1, 0, 0), so every split gives JSD((2/3, 1/3, 0), (1, 0, 0)); i4: identical halves → 0
        assertEquals(2, split.n());
        assertEquals(Divergences.jsd(new double[]{1, 0.5, 0}, new double[]{1, 0, 0}), split.metric("jsd")[0], 1e-12);
        assertEquals(0.0, split.metric("jsd")[1], 1e-15);
        NoiseFloor fs = NoiseFloor.finiteSample(h, 20, 42);
        assertEquals(4, fs.n());
        // rates of 0 or 1 resample to themselves: i3, i4 floor 0; i2 (1/3 each, 3 raters) varies → > 0
        assertEquals(0.0, fs.metric("jsd")[2], 1e-15);
        assertTrue(fs.metric("jsd")[1] > 0.01);
        assertArrayEquals(fs.metric("jsd"), NoiseFloor.finiteSample(h, 20, 42).metric("jsd"), 0.0);
        assertArrayEquals(new double[]{0.0, 0.0}, fs.metric("jsd", "full_agreement"), 1e-15);
    }

    @Test
    void tablesWriteTheSameBytesTwice(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        HumanItems h = humans();
        List<ModelItems> ms = ModelItems.fromJudgments(judgments(), 3);
        Table items = Compare.itemTable(Compare.items(h, ms, RunMode.PAPER));
        assertTrue(items.columnNames().contains("wasserstein_paper"));
        Path a = ResultsCsv.write(items, dir.resolve("a.csv")), b = ResultsCsv.write(Compare.itemTable(Compare.items(h, ms, RunMode.PAPER)), dir.resolve("b.csv"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Table d = Compare.distributions(h, ms);
        // 4 human rows + i1..i3 at T=0 + i1 at T=1 + i1..i3 pooled
        assertEquals(4 + 3 + 1 + 3, d.rowCount());
        assertEquals(List.of("model", "temperature", "item_id", "a", "b", "c", "rater_source", "core_set"), d.columnNames());
        assertEquals("0.500000", ResultsCsv.number(0.5));
        assertEquals("1.234000e-05", ResultsCsv.number(1.234e-5));
        assertEquals("", ResultsCsv.number(Double.NaN));
    }
}

package org.emogap.notebook;

import org.emogap.RunMode;
import org.emogap.compare.GoReport;
import org.emogap.data.HumanItems;
import org.emogap.judgment.ModelItems;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ChartsTest {
    /** Three items (see CompareTest for the same humans) and two models, one at two temperatures. */
    static GoReport report() {
        double t = 1 / 3.0;
        HumanItems h = new HumanItems(List.of("a", "b", "c"), new String[]{"i1", "i2", "i3"},
                new double[]{1, 0.25, 0, t, t, t, 0, 0, 1}, new int[]{4, 3, 3},
                new String[]{"partial_agreement", "full_disagreement", "full_agreement"},
                new byte[][]{{1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}, {0, 0, 1, 0, 0, 1, 0, 0, 1}},
                "fixture", "fixture-core");
        String[] ids = {"i1", "i2", "i3"};
        int[] ns = {10, 10, 10}, nf = {0, 0, 0};
        double[] v = {0.4, 0.6, 0, 0, 0, 1, 0, 0, 1};
        List<ModelItems> ms = List.of(
                new ModelItems("llm-x", "llm", "0.0", "rates", ids, v, ns, nf),
                new ModelItems("llm-x", "llm", "1.0", "rates", ids, new double[]{0.5, 0.5, 0, 0.3, 0.3, 0.4, 0, 0.1, 0.9}, ns, nf),
                new ModelItems("llm-x", "llm", "pooled", "rates", ids, new double[]{0.45, 0.55, 0, 0.15, 0.15, 0.7, 0, 0.05, 0.95}, ns, nf),
                new ModelItems("enc-y", "encoder", "pooled", "distribution", ids, new double[]{0.2, 0.3, 0.5, 0.3, 0.3, 0.4, 0.1, 0.1, 0.8}, ns, nf));
        return GoReport.build(h, ms, new GoReport.Options(42, 100, 3, RunMode.EMOGAP));
    }

    @Test
    void everyChartBuildsWithItsTitleAndCiBars() {
        GoReport r = report();
        // the fixture's levels rest on 1–3 items: by default those bars are left out and named
        assertEquals(2, Charts.jsdByAgreement(r.agreementLevels(), r.noiseFloor()).getTraces().length);
        assertTrue(Charts.thinBars(r.agreementLevels()).contains("fewer than 10 items"), Charts.thinBars(r.agreementLevels()));
        Figure jsd = Charts.jsdByAgreement(r.agreementLevels(), r.noiseFloor(), 1);
        String js = jsd.asJavascript("d");
        assertTrue(js.contains("error_y: {type: 'data'"), "CI error bars are injected");
        assertTrue(js.contains("finite-sample floor (a perfect model)"), js);
        assertTrue(js.contains("half-panel vs half-panel (split-half)"), js);
        // floors are a mark per level, never a line zig-zagging across the categories
        assertTrue(js.contains("line-ew"), js);
        assertFalse(js.contains("lines+markers"), js);
        // 2 models with CI bars + 2 floors
        assertEquals(4, jsd.getTraces().length);
        assertEquals(2, Charts.entropyScatter(r.itemMetrics(), "llm-x").getTraces().length);
        assertTrue(Charts.rateDifferenceHeatmap(r.categoryAgreement()).asJavascript("h").contains("heatmap"));
        assertEquals(1, Charts.temperatureEffect(r.modelSummary()).getTraces().length);
        assertEquals(2 + 2, Charts.labelVsDistribution(r.modelSummary(), r.noiseFloor()).getTraces().length);
        assertEquals(2, Charts.noiseFloors(r.noiseFloor(), "jsd").getTraces().length);
        assertEquals(0.0, Charts.floorValue(r.noiseFloor(), "finite_sample", "full_agreement", "jsd"), 0);
        assertTrue(Double.isNaN(Charts.floorValue(r.noiseFloor(), "finite_sample", "all", "nope")));
    }
}

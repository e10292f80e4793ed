package org.emogap.notebook;

import org.emogap.compare.VadTables;
import org.emogap.data.VadHumanItem;
import org.emogap.judgment.VadModelItem;
import org.emogap.judgment.VadModelRun;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class VadChartsTest {
    static final List<VadHumanItem> HUMANS = List.of(
            new VadHumanItem("a", "high", "neutral", new int[][]{{3, 3, 3}, {3, 3, 4}, {3, 2, 3}}),
            new VadHumanItem("b", "low", "negative", new int[][]{{1, 4, 2}, {3, 2, 3}, {2, 5, 1}}),
            new VadHumanItem("c", "moderate", "positive", new int[][]{{4, 3, 3}, {5, 3, 4}, {4, 4, 3}}));
    static final VadModelRun RUN = new VadModelRun("enc", "encoder", "pooled", Map.of(
            "a", new VadModelItem("a", new double[]{3.1, 2.9, 3.0}, null, false),
            "b", new VadModelItem("b", new double[]{2.5, 3.4, 2.8}, null, false),
            "c", new VadModelItem("c", new double[]{4.123, 3.2, 3.1}, null, true)));

    @Test
    void chartsNameTheirTracesAndLeaveTrainingTextsOut() {
        String scatter = VadCharts.scatter(HUMANS, List.of(RUN), 0).asJavascript("d");
        assertTrue(scatter.contains("identity") && scatter.contains("enc"), scatter);
        assertTrue(scatter.contains("2.5"), scatter);
        assertFalse(scatter.contains("4.123"), "text c is in training and must not be plotted");
        // small multiples: one panel (axis pair) per run, in a grid
        VadModelRun other = new VadModelRun("lex:w", "lexicon", "pooled", RUN.items());
        String panels = VadCharts.scatter(HUMANS, List.of(RUN, other), 0).asJavascript("d");
        assertTrue(panels.contains("grid: {rows: 1, columns: 2, pattern: 'independent'}"), panels);
        assertTrue(panels.contains("xaxis2: {title: {text: 'human mean valence'") && panels.contains("yaxis2: {title: {text: 'lex:w'"), panels);
        assertTrue(panels.contains("xaxis: 'x2'") && !panels.contains("xaxis: 'x3'"), panels);

        Figure comp = VadCharts.compression(VadTables.modelVad(HUMANS, List.of(RUN), "reader", 42), HUMANS);
        assertTrue(comp.asJavascript("d").contains("human"));
        Figure w = VadCharts.wasserstein(VadTables.wasserstein(HUMANS, List.of(RUN), "reader", 42),
                VadTables.floorSummary(HUMANS, "reader", 42));
        assertTrue(w.asJavascript("d").contains("split-half"));
        Figure byAgreement = VadCharts.correlationByAgreement(VadTables.modelVadByGroup(HUMANS, List.of(RUN), "reader", 42), "valence");
        assertTrue(byAgreement.asJavascript("d").contains("high"));
        assertThrows(IllegalArgumentException.class, () -> VadCharts.scatter(HUMANS, List.of(RUN), 3));
    }

    @Test
    void chartsWithNoModelStillShowTheHumanSide() {
        Figure w = VadCharts.wasserstein(VadTables.wasserstein(HUMANS, List.of(), "reader", 42),
                VadTables.floorSummary(HUMANS, "reader", 42));
        assertTrue(w.asJavascript("d").contains("resample"));
        assertTrue(VadCharts.compression(VadTables.modelVad(HUMANS, List.of(), "reader", 42), HUMANS).asJavascript("d").contains("human"));
    }
}

package org.emogap.notebook;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhatIfChartsTest {
    @Test
    void sampleSizeCurvesOnALogAxisWithTheFloor() {
        Table curves = Table.create("c", StringColumn.create("series", "a", "a", "a", "b"), IntColumn.create("n_samples", 40, 1, 10, 1),
                DoubleColumn.create("mean_jsd", 0.4, 0.7, 0.5, Double.NaN));
        Figure f = WhatIfCharts.sampleSize(curves, "labels", 0.145);
        String js = f.asJavascript("d");
        // series b has no finite point: one curve and the floor line
        assertEquals(2, f.getTraces().length);
        assertTrue(js.contains("type: 'log'"), js);
        assertTrue(js.contains("samples per text (log scale)") && js.contains("mean JSD to the humans (bits)"), js);
        // points in sample order, the floor from the smallest to the largest size
        assertTrue(js.contains("x: [\"1\",\"10\",\"40\"]") || js.contains("x: [\"1.0\",\"10.0\",\"40.0\"]"), js);
        assertTrue(js.contains("\"0.145\",\"0.145\"") && js.contains("finite-sample floor (labels)"), js);
        assertEquals(1, WhatIfCharts.sampleSize(curves, "labels", Double.NaN).getTraces().length);
    }
}

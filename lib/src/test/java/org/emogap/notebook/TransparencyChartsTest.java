package org.emogap.notebook;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.traces.Trace;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransparencyChartsTest {
    @Test
    void onlyTheExtremesAreNamedOnAScatter() {
        Table t = Table.create("t", StringColumn.create("category", IntStream.range(0, 10).mapToObj(i -> "c" + i).toArray(String[]::new)),
                DoubleColumn.create("x", IntStream.range(0, 10).asDoubleStream().toArray()),
                DoubleColumn.create("y", new double[]{5, 1, 9, 3, 4, 0, 6, 7, 8, 2}));
        Trace[] traces = TransparencyCharts.points(t, "x", "y");
        String names = traces[1].asJavascript(1);
        // x extremes c0, c1, c8, c9; y extremes c5 (0), c1 (1), c2 (9), c8 (8)
        for (String c : new String[]{"c0", "c1", "c8", "c9", "c5", "c2"}) assertTrue(names.contains("\"" + c + "\""), c + " in " + names);
        for (String c : new String[]{"c3", "c4", "c6", "c7"}) assertFalse(names.contains("\"" + c + "\""), c + " in " + names);
        assertTrue(traces[0].asJavascript(0).contains("\"c4\""), "every category is on the hover trace");
        assertEquals(2, traces.length);
    }
}

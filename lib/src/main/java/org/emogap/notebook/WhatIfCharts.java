package org.emogap.notebook;

import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

import java.util.ArrayList;
import java.util.List;

/** Charts of the what-if notebook (08). */
public final class WhatIfCharts {
    private WhatIfCharts() {}

    /**
     * Mean JSD against samples per text, one line per series ({@code series, n_samples, mean_jsd}
     * of {@link org.emogap.whatif.SampleConvergence}), on a log x-axis (the sizes grow
     * geometrically), with the finite-sample floor at the same grouping as the dashed line a
     * perfect model would approach; the floor is left out when NaN.
     */
    public static Figure sampleSize(Table curves, String grouping, double floor) {
        List<Trace> traces = new ArrayList<>();
        double lo = Double.MAX_VALUE, hi = 0;
        for (Table t : curves.splitOn("series").asTableList()) {
            Table v = t.dropWhere(t.doubleColumn("mean_jsd").isMissing()).sortAscendingOn("n_samples");
            if (v.rowCount() == 0) continue;
            lo = Math.min(lo, v.intColumn("n_samples").min());
            hi = Math.max(hi, v.intColumn("n_samples").max());
            traces.add(ScatterTrace.builder(v.intColumn("n_samples"), v.doubleColumn("mean_jsd")).mode(ScatterTrace.Mode.LINE_AND_MARKERS)
                    .name(v.stringColumn("series").get(0)).build());
        }
        if (!Double.isNaN(floor) && hi > 0) {
            traces.add(ScatterTrace.builder(new double[]{lo, hi}, new double[]{floor, floor}).mode(ScatterTrace.Mode.LINE)
                    .line(Line.builder().dash(Line.Dash.DASH).color("black").width(1).build())
                    .name("finite-sample floor (" + grouping + ")").build());
        }
        Layout layout = Layout.builder("Mean JSD to the humans by samples per text (" + grouping + "; dashed: what a perfect model would score)")
                .height(450).width(900)
                .xAxis(Axis.builder().title("samples per text (log scale)").type(Axis.Type.LOG).build())
                .yAxis(Axis.builder().title("mean JSD to the humans (bits)").build()).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }
}

package org.emogap.notebook;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.traces.ScatterTrace;

import java.util.List;
import org.emogap.calibrate.CvResult;
import org.emogap.dist.Rows;

/**
 * Reliability-style charts for a calibration: per label, the model's mean probability against the
 * humans' mean probability, before and after; on the diagonal the model gives each label as much
 * weight as the humans do on average.
 */
public final class CalibrationCharts {
    private CalibrationCharts() {}

    /** Per-label mean rates: human, uncalibrated model, and the named method's calibrated output. */
    public static Figure labelRates(String title, List<String> labels, CvResult result, String method) {
        int k = result.k();
        double[] h = Rows.columnMeans(result.human(), k), before = Rows.columnMeans(result.model(), k),
                after = Rows.columnMeans(result.method(method).calibrated(), k);
        double max = 0;
        for (int j = 0; j < k; j++) max = Math.max(max, Math.max(h[j], Math.max(before[j], after[j])));
        String[] names = labels.toArray(String[]::new);
        if (names.length != k) throw new IllegalArgumentException(names.length + " label names for " + k + " labels");
        ScatterTrace diag = ScatterTrace.builder(new double[]{0, max * 1.05}, new double[]{0, max * 1.05})
                .mode(ScatterTrace.Mode.LINE).name("equal share").build();
        ScatterTrace b = ScatterTrace.builder(h, before).mode(ScatterTrace.Mode.MARKERS).name("uncalibrated")
                .text(names).marker(Marker.builder().size(8).build()).build();
        ScatterTrace a = ScatterTrace.builder(h, after).mode(ScatterTrace.Mode.MARKERS).name(method)
                .text(names).marker(Marker.builder().size(8).symbol(Symbol.DIAMOND).build()).build();
        Layout layout = Layout.builder(title)
                .xAxis(Axis.builder().title("mean human probability of the label").build())
                .yAxis(Axis.builder().title("mean model probability of the label").build())
                .height(480).width(640).build();
        return new Figure(layout, diag, b, a);
    }
}

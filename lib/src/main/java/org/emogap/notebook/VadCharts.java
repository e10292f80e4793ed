package org.emogap.notebook;

import org.emogap.data.VadHumanItem;
import org.emogap.judgment.Temperature;
import org.emogap.judgment.VadModelItem;
import org.emogap.judgment.VadModelRun;
import org.emogap.stats.Descriptive;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The EmoBank charts of notebook 06, built from the VAD tables (shown with {@code Show.chart}). */
public final class VadCharts {
    private VadCharts() {}

    /**
     * Human mean against model mean per text, one small panel per run (small multiples: thousands of
     * points of several annotators overlaid in one plot cannot be read), each with the identity line
     * and the run's name as its y-axis title; texts a run was trained on are left out.
     */
    public static Figure scatter(List<VadHumanItem> humans, List<VadModelRun> runs, int dim) {
        checkDim(dim);
        List<Trace> traces = new ArrayList<>();
        int n = Math.max(1, runs.size()), cols = Math.min(3, n), rows = (n + cols - 1) / cols;
        String name = VadHumanItem.DIMENSIONS[dim];
        StringBuilder axes = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            VadModelRun run = runs.get(i);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (VadHumanItem h : humans) {
                VadModelItem m = run.items().get(h.itemId());
                if (m == null || m.inTraining()) continue;
                x.add(h.mean()[dim]);
                y.add(m.mean()[dim]);
            }
            String xa = i == 0 ? "x" : "x" + (i + 1), ya = i == 0 ? "y" : "y" + (i + 1);
            traces.add(ScatterTrace.builder(doubles(x), doubles(y)).mode(ScatterTrace.Mode.MARKERS).xAxis(xa).yAxis(ya)
                    .marker(Marker.builder().size(3).opacity(0.4).build()).name(run.label()).showLegend(false).build());
            traces.add(ScatterTrace.builder(new double[]{1, 5}, new double[]{1, 5}).mode(ScatterTrace.Mode.LINE).xAxis(xa).yAxis(ya)
                    .line(Line.builder().color("black").dash(Line.Dash.DASH).width(1).build()).name("identity")
                    .showLegend(i == 0).build());
            String suffix = i == 0 ? "" : Integer.toString(i + 1);
            axes.append(String.format(java.util.Locale.ROOT, "xaxis%s: {title: {text: 'human mean %s', font: {size: 10}}, range: [1, 5]},%n"
                    + "yaxis%s: {title: {text: '%s', font: {size: 10}}, range: [1, 5]},%n", suffix, name, suffix, jsString(shortLabel(run.label()))));
        }
        Layout layout = Layout.builder().title(name + ": model mean (y) against human mean (x) per text, one panel per annotator")
                .height(300 * rows + 80).width(1000).build();
        String extra = String.format(java.util.Locale.ROOT, "grid: {rows: %d, columns: %d, pattern: 'independent'},%n%s", rows, cols, axes);
        return new Figure(layout, traces.toArray(Trace[]::new)) {
            @Override public String asJavascript(String divName) {
                return super.asJavascript(divName).replaceFirst("var layout = \\{", java.util.regex.Matcher.quoteReplacement("var layout = {" + extra));
            }
        };
    }

    /** A run's label short enough for a panel's axis: the model id without its {@code enc:} prefix. */
    static String shortLabel(String label) {
        return label.replaceFirst("^enc:", "");
    }

    private static String jsString(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'");
    }

    /**
     * SD of the per-text means by dimension: the humans over all their texts, then each row of a
     * {@code model_vad} table (its model SD over the texts it shares with the humans). Model bars
     * far below the human bar are the paper's compression.
     */
    public static Figure compression(Table modelVad, List<VadHumanItem> humans) {
        List<Trace> traces = new ArrayList<>();
        double[] human = new double[3];
        for (int d = 0; d < 3; d++) {
            final int dd = d;
            human[d] = Descriptive.sd(humans.stream().mapToDouble(h -> h.mean()[dd]).toArray());
        }
        traces.add(BarTrace.builder(VadHumanItem.DIMENSIONS, human).name("human").build());
        byRun(modelVad, "sd_model", null).forEach((label, values) ->
                traces.add(BarTrace.builder(VadHumanItem.DIMENSIONS, values).name(label).build()));
        Layout layout = Layout.builder().title("SD of per-text means (compression)").barMode(Layout.BarMode.GROUP)
                .height(400).width(600).xAxis(Axis.builder().title("dimension").build())
                .yAxis(Axis.builder().title("SD of means").build()).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    /**
     * Mean per-text Wasserstein-1 between the human and the model rating histograms, by dimension,
     * over all texts ({@code agreement = all} rows of the {@code wasserstein} table), next to the
     * two human noise floors from the floor summary: a model bar near the floors is as close to the
     * humans as a second panel of humans would be.
     */
    public static Figure wasserstein(Table wasserstein, Table floors) {
        List<Trace> traces = new ArrayList<>();
        traces.add(BarTrace.builder(VadHumanItem.DIMENSIONS, allRows(floors, "floor_split_half")).name("half-panel vs half-panel (split-half)").build());
        traces.add(BarTrace.builder(VadHumanItem.DIMENSIONS, allRows(floors, "floor_resample")).name("floor: resample of humans").build());
        byRun(wasserstein, "wasserstein", "all").forEach((label, values) ->
                traces.add(BarTrace.builder(VadHumanItem.DIMENSIONS, values).name(label).build()));
        Layout layout = Layout.builder().title("Wasserstein-1 to the human rating histogram (rating points)")
                .barMode(Layout.BarMode.GROUP).height(400).width(650).xAxis(Axis.builder().title("dimension").build())
                .yAxis(Axis.builder().title("mean W1 per text").build()).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    /** Pearson r of one dimension by agreement level, one bar group per run ({@code model_vad_by_agreement} table). */
    public static Figure correlationByAgreement(Table byGroup, String dimension) {
        List<Trace> traces = new ArrayList<>();
        Map<String, List<double[]>> runs = new LinkedHashMap<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < byGroup.rowCount(); i++) {
            if (!byGroup.stringColumn("group_by").get(i).equals("agreement") || !byGroup.stringColumn("dimension").get(i).equals(dimension)) continue;
            String label = label(byGroup, i);
            runs.computeIfAbsent(label, k -> new ArrayList<>()).add(new double[]{byGroup.doubleColumn("pearson").getDouble(i)});
            groups.computeIfAbsent(label, k -> new ArrayList<>()).add(byGroup.stringColumn("group").get(i));
        }
        runs.forEach((label, values) -> traces.add(BarTrace.builder(groups.get(label).toArray(String[]::new),
                values.stream().mapToDouble(v -> v[0]).toArray()).name(label).build()));
        Layout layout = Layout.builder().title(dimension + ": Pearson r by human agreement").barMode(Layout.BarMode.GROUP)
                .height(400).width(600).xAxis(Axis.builder().title("rater agreement of the texts").build())
                .yAxis(Axis.builder().title("Pearson r").build()).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    /** Per run label, the column's value for V, A, D (rows in dimension order; {@code agreement} filters when not null). */
    private static Map<String, double[]> byRun(Table t, String column, String agreement) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (agreement != null && !t.stringColumn("agreement").get(i).equals(agreement)) continue;
            int d = List.of(VadHumanItem.DIMENSIONS).indexOf(t.stringColumn("dimension").get(i));
            out.computeIfAbsent(label(t, i), k -> new double[]{Double.NaN, Double.NaN, Double.NaN})[d] = t.doubleColumn(column).getDouble(i);
        }
        return out;
    }

    private static double[] allRows(Table floors, String column) {
        double[] v = {Double.NaN, Double.NaN, Double.NaN};
        for (int i = 0; i < floors.rowCount(); i++) {
            if (!floors.stringColumn("agreement").get(i).equals("all")) continue;
            v[List.of(VadHumanItem.DIMENSIONS).indexOf(floors.stringColumn("dimension").get(i))] = floors.doubleColumn(column).getDouble(i);
        }
        return v;
    }

    private static String label(Table t, int row) {
        String temp = t.stringColumn("temperature").get(row);
        String model = t.stringColumn("model").get(row);
        return temp.equals(Temperature.POOLED_LABEL) ? model : model + " @ " + temp;
    }

    private static double[] doubles(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void checkDim(int dim) {
        if (dim < 0 || dim > 2) throw new IllegalArgumentException("dimension " + dim + ", expected 0 (V), 1 (A) or 2 (D)");
    }
}

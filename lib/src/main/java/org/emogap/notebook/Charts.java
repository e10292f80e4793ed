package org.emogap.notebook;

import org.emogap.compare.ItemViews;
import org.emogap.data.Agreement;
import org.emogap.judgment.Temperature;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.BoxTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.HistogramTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chart builders for the comparison notebooks, from the results tables of
 * {@code org.emogap.stats.GoReport} (column names as in {@code results/README.md}). Noise floors
 * are drawn as dashed reference lines so every model gap is read against them.
 */
public final class Charts {
    private static final List<String> LEVELS = java.util.stream.Stream.concat(java.util.stream.Stream.of("all"), Agreement.LABELS.stream()).toList();

    private Charts() {}

    /** Bars resting on fewer items than this are left out of the charts (and named in {@link #thinBars}). */
    public static final int MIN_BAR_ITEMS = 10;

    /**
     * Mean JSD per agreement level, one bar per model (pooled rows) with its bootstrap 95% CI as
     * error bars, and the finite-sample floor and the half-panel reference as a mark per level. A bar resting
     * on fewer than {@link #MIN_BAR_ITEMS} items is left out; {@link #thinBars} says which.
     */
    public static Figure jsdByAgreement(Table agreementLevels, Table noiseFloor) {
        return jsdByAgreement(agreementLevels, noiseFloor, MIN_BAR_ITEMS);
    }

    /** As {@link #jsdByAgreement(Table, Table)} with another minimum of items per bar. */
    public static Figure jsdByAgreement(Table agreementLevels, Table noiseFloor, int minItems) {
        List<Trace> traces = new ArrayList<>();
        Table pooled = agreementLevels.where(agreementLevels.stringColumn("temperature").isEqualTo(Temperature.POOLED_LABEL)
                .and(agreementLevels.intColumn("n_items").isGreaterThanOrEqualTo(minItems)));
        for (String model : distinct(pooled.stringColumn("model"))) {
            Table t = pooled.where(pooled.stringColumn("model").isEqualTo(model));
            String[] x = t.stringColumn("agreement_level").asObjectArray();
            double[] y = t.doubleColumn("jsd_mean").asDoubleArray();
            double[] lo = t.doubleColumn("jsd_ci_low").asDoubleArray(), hi = t.doubleColumn("jsd_ci_high").asDoubleArray();
            traces.add(withErrorBars(BarTrace.builder(x, y).name(model).build(), y, lo, hi));
        }
        traces.addAll(floorLines(noiseFloor, "jsd"));
        Layout layout = Layout.builder("Human–model JSD by agreement level (95% bootstrap CI; marks: finite-sample floor and half-panel reference)")
                .barMode(Layout.BarMode.GROUP).xAxis(Axis.builder().title("agreement level").build())
                .yAxis(Axis.builder().title("mean JSD (bits)").build()).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    /** Human vs model entropy per item for one model's pooled rows, with the line of equal entropy. */
    public static Figure entropyScatter(Table itemMetrics, String model) {
        Table t = itemMetrics.where(itemMetrics.stringColumn("model").isEqualTo(model)
                .and(itemMetrics.stringColumn("temperature").isEqualTo(Temperature.POOLED_LABEL)));
        double[] h = t.doubleColumn("human_entropy").asDoubleArray(), m = t.doubleColumn("model_entropy").asDoubleArray();
        double max = 0.1;
        for (double v : h) max = Math.max(max, v);
        for (double v : m) max = Math.max(max, v);
        Trace points = ScatterTrace.builder(h, m).mode(ScatterTrace.Mode.MARKERS).name("items")
                .marker(Marker.builder().size(5).opacity(0.5).build()).build();
        Trace diagonal = ScatterTrace.builder(new double[]{0, max}, new double[]{0, max}).mode(ScatterTrace.Mode.LINE)
                .name("equal entropy").line(Line.builder().dash(Line.Dash.DASH).color("grey").build()).build();
        Layout layout = Layout.builder("Entropy per item: humans vs " + model)
                .xAxis(Axis.builder().title("human entropy (bits)").build())
                .yAxis(Axis.builder().title("model entropy (bits)").build()).build();
        return new Figure(layout, points, diagonal);
    }

    /** Model − human mean rate per label (columns) and model (rows), pooled rows over all items. */
    public static Figure rateDifferenceHeatmap(Table categoryAgreement) {
        Table t = categoryAgreement.where(categoryAgreement.stringColumn("temperature").isEqualTo(Temperature.POOLED_LABEL)
                .and(categoryAgreement.stringColumn("agreement_level").isEqualTo("all")));
        List<String> models = distinct(t.stringColumn("model")), labels = distinct(t.stringColumn("label"));
        double[][] z = new double[models.size()][labels.size()];
        for (int r = 0; r < t.rowCount(); r++) {
            z[models.indexOf(t.stringColumn("model").get(r))][labels.indexOf(t.stringColumn("label").get(r))] =
                    t.doubleColumn("difference").get(r);
        }
        Trace heat = HeatmapTrace.builder(labels.toArray(), models.toArray(), z).build();
        Layout layout = Layout.builder("Model − human rate per category (positive: the model picks it more often)")
                .height(Math.max(300, 120 + 40 * models.size())).margin(Margin.builder().left(200).bottom(120).build())
                .xAxis(Axis.builder().title("category").build()).yAxis(Axis.builder().title("annotator").build())
                .build();
        return new Figure(layout, heat);
    }

    /** Mean JSD by temperature, one line per model that was sampled at several temperatures. */
    public static Figure temperatureEffect(Table modelSummary) {
        Table t = modelSummary.where(modelSummary.stringColumn("temperature").isNotEqualTo(Temperature.POOLED_LABEL));
        List<Trace> traces = new ArrayList<>();
        for (String model : distinct(t.stringColumn("model"))) {
            Table m = t.where(t.stringColumn("model").isEqualTo(model));
            double[] temp = new double[m.rowCount()];
            for (int r = 0; r < temp.length; r++) temp[r] = Double.parseDouble(m.stringColumn("temperature").get(r));
            traces.add(ScatterTrace.builder(temp, m.doubleColumn("jsd_mean").asDoubleArray())
                    .mode(ScatterTrace.Mode.LINE_AND_MARKERS).name(model).build());
        }
        Layout layout = Layout.builder("Mean JSD by sampling temperature")
                .xAxis(Axis.builder().title("temperature").build()).yAxis(Axis.builder().title("mean JSD (bits)").build()).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    /**
     * The title's contrast: each model (pooled) as a point at (top-1 hit rate, mean JSD). A model
     * that gets the labels but not the uncertainty sits to the right and high above the floors.
     */
    public static Figure labelVsDistribution(Table modelSummary, Table noiseFloor) {
        Table t = modelSummary.where(modelSummary.stringColumn("temperature").isEqualTo(Temperature.POOLED_LABEL));
        List<Trace> traces = new ArrayList<>();
        for (String kind : distinct(t.stringColumn("kind"))) {
            Table k = t.where(t.stringColumn("kind").isEqualTo(kind));
            traces.add(ScatterTrace.builder(k.doubleColumn("top1_hit_rate").asDoubleArray(), k.doubleColumn("jsd_mean").asDoubleArray())
                    .mode(ScatterTrace.Mode.MARKERS).name(kind).text(k.stringColumn("model").asObjectArray())
                    .marker(Marker.builder().size(12).build()).build());
        }
        for (String floor : distinct(noiseFloor.stringColumn("floor"))) {
            double v = floorValue(noiseFloor, floor, "all", "jsd");
            traces.add(ScatterTrace.builder(new double[]{0, 1}, new double[]{v, v}).mode(ScatterTrace.Mode.LINE)
                    .name(floorLabel(floor)).line(Line.builder().dash(floor.equals("finite_sample") ? Line.Dash.DASH : Line.Dash.DOT).build()).build());
        }
        Layout layout = Layout.builder("Labels vs distributions: top-1 hit rate against mean JSD (dashed: finite-sample floor; dotted: half-panel reference)")
                .xAxis(Axis.builder().title("top-1 hit rate").range(0, 1).build())
                .yAxis(Axis.builder().title("mean JSD (bits)").build()).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    /**
     * A sentence naming the (model, level) bars {@link #jsdByAgreement} leaves out for resting on
     * fewer than {@link #MIN_BAR_ITEMS} items, or "" when there are none.
     */
    public static String thinBars(Table agreementLevels) {
        Table t = agreementLevels.where(agreementLevels.stringColumn("temperature").isEqualTo(Temperature.POOLED_LABEL)
                .and(agreementLevels.intColumn("n_items").isLessThan(MIN_BAR_ITEMS)));
        if (t.rowCount() == 0) return "";
        Map<String, Integer> byLevel = new java.util.TreeMap<>();
        for (int r = 0; r < t.rowCount(); r++) byLevel.merge(t.stringColumn("agreement_level").get(r) + " (n = " + t.intColumn("n_items").get(r) + ")", 1, Integer::sum);
        return "Left out of the chart for resting on fewer than " + MIN_BAR_ITEMS + " items: " + byLevel.entrySet().stream()
                .map(e -> e.getValue() + " annotator bar(s) at " + e.getKey().replace('_', ' ')).collect(java.util.stream.Collectors.joining(", "))
                + "; their numbers are in the table, to be read as a handful of items.";
    }

    /** The noise floors alone, per agreement level (the human side, shown when no model is there). */
    public static Figure noiseFloors(Table noiseFloor, String metric) {
        List<Trace> traces = new ArrayList<>();
        for (String floor : distinct(noiseFloor.stringColumn("floor"))) {
            Table t = noiseFloor.where(noiseFloor.stringColumn("floor").isEqualTo(floor).and(noiseFloor.stringColumn("metric").isEqualTo(metric)));
            double[] y = t.doubleColumn("mean").asDoubleArray();
            traces.add(withErrorBars(BarTrace.builder(t.stringColumn("agreement_level").asObjectArray(), y).name(floorLabel(floor)).build(),
                    y, t.doubleColumn("ci_low").asDoubleArray(), t.doubleColumn("ci_high").asDoubleArray()));
        }
        Layout layout = Layout.builder("Human noise floors of " + metric + " by agreement level (95% bootstrap CI)")
                .barMode(Layout.BarMode.GROUP).xAxis(Axis.builder().title("agreement level").build())
                .yAxis(Axis.builder().title("mean " + metric).build()).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    /** Bars of several numeric columns over the categories of one column, grouped, both axes titled. */
    public static Figure groupedBars(String title, Table t, String category, String xTitle, String yTitle, String... columns) {
        Object[] x = t.stringColumn(category).asObjectArray();
        Trace[] traces = new Trace[columns.length];
        for (int i = 0; i < columns.length; i++) traces[i] = BarTrace.builder(x, t.numberColumn(columns[i]).asDoubleArray()).name(columns[i]).build();
        Layout layout = Layout.builder(title).barMode(Layout.BarMode.GROUP)
                .xAxis(Axis.builder().title(xTitle).build()).yAxis(Axis.builder().title(yTitle).build()).build();
        return new Figure(layout, traces);
    }

    /**
     * Horizontal bars, one per category in the table's order (the last row on top), with a left
     * margin wide enough for the longest category name, so no label is clipped.
     */
    public static Figure horizontalBars(String title, Table t, String category, String value, String xTitle, String yTitle) {
        Object[] y = t.stringColumn(category).asObjectArray();
        int longest = t.stringColumn(category).asList().stream().mapToInt(String::length).max().orElse(10);
        Trace bars = BarTrace.builder(y, t.numberColumn(value).asDoubleArray()).orientation(BarTrace.Orientation.HORIZONTAL).name(value).build();
        Layout layout = Layout.builder(title).height(Math.max(300, 80 + 18 * y.length)).margin(Margin.builder().left(40 + 8 * longest).build())
                .xAxis(Axis.builder().title(xTitle).build()).yAxis(Axis.builder().title(yTitle).build()).build();
        return new Figure(layout, bars);
    }

    /** A histogram of one numeric column, both axes titled. */
    public static Figure histogram(String title, Table t, String column, String xTitle, String yTitle) {
        Trace h = HistogramTrace.builder(t.numberColumn(column).asDoubleArray()).name(column).build();
        Layout layout = Layout.builder(title).xAxis(Axis.builder().title(xTitle).build()).yAxis(Axis.builder().title(yTitle).build()).build();
        return new Figure(layout, h);
    }

    /** Box plots of a numeric column per group, both axes titled. */
    public static Figure box(String title, Table t, String group, String value, String xTitle, String yTitle) {
        Trace b = BoxTrace.builder(t.stringColumn(group), t.numberColumn(value)).name(value).build();
        Layout layout = Layout.builder(title).xAxis(Axis.builder().title(xTitle).build()).yAxis(Axis.builder().title(yTitle).build()).build();
        return new Figure(layout, b);
    }

    /** One item: the human and the model share of its top labels, side by side. */
    public static Figure itemDistribution(ItemViews.View v, String model, int topLabels) {
        Map<String, double[]> series = new java.util.LinkedHashMap<>();
        series.put("humans", v.human());
        series.put(model, v.model());
        return labelShares(v.why() + ": " + v.itemId() + String.format(Locale.ROOT, " (JSD %.2f)", v.jsd()), v.labels(),
                v.topLabels(topLabels), series);
    }

    /** Grouped bars of several distributions over the chosen labels ({@code top}, indexes into {@code labels}). */
    public static Figure labelShares(String title, String[] labels, List<Integer> top, Map<String, double[]> series) {
        Object[] x = top.stream().map(j -> labels[j]).toArray();
        Layout layout = Layout.builder(title).barMode(Layout.BarMode.GROUP).height(300).width(620)
                .xAxis(Axis.builder().title("label (top " + top.size() + ")").build()).yAxis(Axis.builder().title("share").range(0, 1).build()).build();
        Trace[] traces = series.entrySet().stream().map(e -> (Trace) BarTrace.builder(x, top.stream().mapToDouble(j -> e.getValue()[j]).toArray())
                .name(e.getKey()).build()).toArray(Trace[]::new);
        return new Figure(layout, traces);
    }

    /** The floor's mean of a metric at a level from the noise_floor table (NaN when absent). */
    public static double floorValue(Table noiseFloor, String floor, String level, String metric) {
        for (int r = 0; r < noiseFloor.rowCount(); r++) {
            if (noiseFloor.stringColumn("floor").get(r).equals(floor) && noiseFloor.stringColumn("agreement_level").get(r).equals(level)
                    && noiseFloor.stringColumn("metric").get(r).equals(metric)) {
                return noiseFloor.doubleColumn("mean").get(r);
            }
        }
        return Double.NaN;
    }

    /**
     * What a floor is called in charts: the finite-sample floor is what a perfect model would score;
     * the split-half figure compares two half-panels of 2–3 raters each, so it is a reference for the
     * noise of small panels, not a floor a model could reach.
     */
    public static String floorLabel(String floor) {
        return switch (floor) {
            case "finite_sample" -> "finite-sample floor (a perfect model)";
            case "split_half" -> "half-panel vs half-panel (split-half)";
            default -> floor;
        };
    }

    /** Each floor as a short horizontal mark per agreement level (no line joins the categories). */
    private static List<Trace> floorLines(Table noiseFloor, String metric) {
        List<Trace> out = new ArrayList<>();
        for (String floor : distinct(noiseFloor.stringColumn("floor"))) {
            List<String> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (String lv : LEVELS) {
                double v = floorValue(noiseFloor, floor, lv, metric);
                if (!Double.isNaN(v)) { x.add(lv); y.add(v); }
            }
            out.add(ScatterTrace.builder(StringColumn.create("x", x), DoubleColumn.create("y", y))
                    .mode(ScatterTrace.Mode.MARKERS).name(floorLabel(floor))
                    .marker(Marker.builder().symbol(Symbol.LINE_EW).size(60)
                            .line(Line.builder().width(floor.equals("finite_sample") ? 3 : 2).build()).build()).build());
        }
        return out;
    }

    /**
     * Tablesaw 0.44's bar trace has no error bars; plotly's {@code error_y} is inserted into the
     * trace's object literal (the rest of the trace is Tablesaw's own output).
     */
    static Trace withErrorBars(BarTrace bar, double[] y, double[] low, double[] high) {
        StringBuilder plus = new StringBuilder("["), minus = new StringBuilder("[");
        for (int i = 0; i < y.length; i++) {
            plus.append(i == 0 ? "" : ",").append(js(high[i] - y[i]));
            minus.append(i == 0 ? "" : ",").append(js(y[i] - low[i]));
        }
        String errorY = "error_y: {type: 'data', symmetric: false, array: " + plus + "], arrayminus: " + minus + "], visible: true},";
        return new Trace() {
            @Override public String asJavascript(int i) {
                String js = bar.asJavascript(i);
                int brace = js.indexOf('{');
                return js.substring(0, brace + 1) + "\n" + errorY + js.substring(brace + 1);
            }
            @Override public String name() { return bar.name(); }
            @Override public HoverLabel hoverLabel() { return bar.hoverLabel(); }
            @Override public boolean showLegend() { return bar.showLegend(); }
        };
    }

    private static String js(double v) {
        return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.6f", v);
    }

    private static List<String> distinct(StringColumn c) {
        Set<String> s = new LinkedHashSet<>();
        for (String v : c) s.add(v);
        return new ArrayList<>(s);
    }
}

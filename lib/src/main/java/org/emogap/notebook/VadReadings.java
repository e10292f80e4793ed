package org.emogap.notebook;

import org.emogap.data.VadHumanItem;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.emogap.notebook.GoReadings.f;

/**
 * The reading sentences of the EmoBank comparison (notebook 06), from the tables of
 * {@link org.emogap.compare.VadTables}; rows are found by dimension, model and group name, never
 * by position.
 */
public final class VadReadings {
    private VadReadings() {}

    private static Table where(Table t, String column, String value) {
        return t.where(t.stringColumn(column).isEqualTo(value));
    }

    /** Per dimension: the human half-panels' correlation and the best model's, against the paper's ranges. */
    public static String correlations(Table modelVad) {
        String per = Arrays.stream(VadHumanItem.DIMENSIONS).map(dim -> {
            Table d = where(modelVad, "dimension", dim);
            Table h = where(d, "kind", "human");
            Table m = d.where(d.stringColumn("kind").isNotEqualTo("human")).sortDescendingOn("pearson");
            String best = m.rowCount() == 0 ? "no model" : f("best model %s r = %.3f [%.3f, %.3f]",
                    Names.model(m.stringColumn("model").get(0)), m.doubleColumn("pearson").getDouble(0),
                    m.doubleColumn("pearson_ci_low").getDouble(0), m.doubleColumn("pearson_ci_high").getDouble(0));
            return f("%s — half-panels of humans r = %.3f, %s", dim,
                    h.rowCount() == 0 ? Double.NaN : h.doubleColumn("pearson").getDouble(0), best);
        }).collect(Collectors.joining("; "));
        return "Reader perspective: " + per + ". (Paper: valence 0.486–0.669, arousal 0.188–0.342, dominance ≤ 0.34.)";
    }

    /** The least-squares slope of model on human means (r × compression), per model. */
    public static String slopes(Table mainRows) {
        if (mainRows.rowCount() == 0) return "No model, so no slope to read.";
        String per = mainRows.stringColumn("model").unique().asList().stream().map(m -> {
            Table x = where(mainRows, "model", m);
            return Names.model(m) + " " + Arrays.stream(VadHumanItem.DIMENSIONS).map(dim -> {
                Table r = where(x, "dimension", dim);
                return r.rowCount() == 0 ? dim + " –"
                        : f("%s %.2f", dim, r.doubleColumn("pearson").getDouble(0) * r.doubleColumn("compression").getDouble(0));
            }).collect(Collectors.joining(", "));
        }).collect(Collectors.joining("; "));
        return "The least-squares slope of model on human mean is r × compression (1 on the identity line, below 1 when a "
                + "model's ratings move less than the humans'): " + per + ".";
    }

    /** Spread of the means: the humans' SD per dimension and the models' range, against the paper's. */
    public static String spread(double[] humanSd, Table mainRows) {
        double[] sd = mainRows.doubleColumn("sd_model").asList().stream().mapToDouble(Double::doubleValue)
                .filter(Double::isFinite).toArray();
        String models = sd.length == 0 ? "no model"
                : f("models %.2f–%.2f", Arrays.stream(sd).min().getAsDouble(), Arrays.stream(sd).max().getAsDouble());
        return f("Human SD of means: valence %.2f, arousal %.2f, dominance %.2f; %s (paper: models 0.24–0.34, humans "
                + "0.48–0.68).", humanSd[0], humanSd[1], humanSd[2], models);
    }

    /** Valence correlation per agreement level, per model, in the table's level order. */
    public static String byAgreement(Table valenceRows) {
        if (valenceRows.rowCount() == 0) return "No model, so no correlation by agreement level.";
        String per = valenceRows.stringColumn("model").unique().asList().stream().map(m -> {
            Table x = where(valenceRows, "model", m);
            return Names.model(m) + " " + IntStream.range(0, x.rowCount()).mapToObj(i -> f("%s %.2f",
                    x.stringColumn("group").get(i), x.doubleColumn("pearson").getDouble(i))).collect(Collectors.joining(" / "));
        }).collect(Collectors.joining("; "));
        return "Valence r from high to low agreement: " + per + ".";
    }

    /** Within-text variance of sampled runs against the humans'. */
    public static String variance(Table variance, double humanValenceVariance) {
        if (variance.rowCount() == 0) {
            return f("No sampled model judgments, so there is no within-text variance to compare (human mean within-text "
                    + "variance, valence: %.2f).", humanValenceVariance);
        }
        double lo = variance.doubleColumn("var_ratio").min(), hi = variance.doubleColumn("var_ratio").max();
        return f("Across sampled runs the model's within-text variance is %.0f%%–%.0f%% of the humans'%s.", 100 * lo, 100 * hi,
                lo == 0 ? " (0%: at temperature 0 every sample of a text is the same answer)" : "");
    }

    /** The human floors per dimension and the run closest to the humans in Wasserstein distance. */
    public static String floors(Table floors, Table wasserstein) {
        Table all = where(floors, "agreement", "all");
        String per = Arrays.stream(VadHumanItem.DIMENSIONS).map(dim -> {
            Table r = where(all, "dimension", dim);
            return r.rowCount() == 0 ? dim + " –" : f("%s %.2f / %.2f", dim, r.doubleColumn("floor_split_half").getDouble(0),
                    r.doubleColumn("floor_resample").getDouble(0));
        }).collect(Collectors.joining(", "));
        Table w = where(wasserstein, "agreement", "all").sortAscendingOn("wasserstein");
        String closest = w.rowCount() == 0 ? "no model to compare"
                : f("the closest run is %s%s on %s with W = %.2f", Names.model(w.stringColumn("model").get(0)),
                w.stringColumn("temperature").get(0).isEmpty() ? "" : " @ T=" + w.stringColumn("temperature").get(0),
                w.stringColumn("dimension").get(0), w.doubleColumn("wasserstein").getDouble(0));
        return "Human floors (split-half / resample) in rating points: " + per + "; " + closest + ".";
    }

    /** The model runs found, or where the notebook looked and what still runs without them. */
    public static String runs(int runs, long models, String kinds, int maxItems, int coreItems, String looked) {
        if (runs == 0) {
            return "**No EmoBank model judgments were found** (looked in `" + looked + "/emobank/`): run notebook 02 (offline "
                    + "annotators) or 03 (LLM annotation) first. The model tables below are empty; the human side — split-half "
                    + "panels and noise floors — is still computed and shown.";
        }
        return f("%d runs of %d models (%s) cover %,d of the %,d core-set texts at most.", runs, models, kinds, maxItems, coreItems);
    }

    /** The results files written, with their row counts. */
    public static String written(java.util.Map<String, Table> outputs) {
        return outputs.entrySet().stream().map(e -> f("`%s` (%,d rows)", e.getKey(), e.getValue().rowCount()))
                .collect(Collectors.joining(", ")) + " written under `results/`.";
    }
}

package org.emogap.calibrate;

import org.emogap.dist.Rows;
import org.emogap.stats.Correlations;
import org.emogap.stats.Descriptive;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.Locale;

/**
 * Beyond the paper, for EmoBank: models compress their V/A/D means towards the scale's middle. Per
 * dimension a line a + b·model, fitted on training texts, re-expands the model means; b > 1 undoes
 * compression. Two fits: {@link Mode#OLS}, least squares of human on model (Commons Math
 * {@link SimpleRegression}), lowest squared error but its output spread is r·SD(human), so it
 * re-expands only as far as the model is accurate; and {@link Mode#MOMENTS}, which matches the
 * training mean and SD of the humans (b = SD(human)/SD(model)) and so restores the spread fully.
 * Inputs are row-major n×d means (d = 3 for V, A, D).
 */
public final class LinearReexpansion {
    private LinearReexpansion() {}

    /** How the line is fitted. */
    public enum Mode {
        OLS("linear_ols"), MOMENTS("moment_match");
        private final String label;

        Mode(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** Fits one least-squares line per dimension. */
    public static Fit fit(double[] modelMeans, double[] humanMeans, int d) { return fit(modelMeans, humanMeans, d, Mode.OLS); }

    /** Fits one line per dimension. */
    public static Fit fit(double[] modelMeans, double[] humanMeans, int d, Mode mode) {
        if (modelMeans.length != humanMeans.length || d < 1 || modelMeans.length % d != 0) {
            throw new IllegalArgumentException("model has " + modelMeans.length + " values, human " + humanMeans.length + ", d=" + d);
        }
        double[] a = new double[d], b = new double[d];
        for (int j = 0; j < d; j++) {
            SimpleRegression r = new SimpleRegression(true);
            double sumY = 0;
            for (int i = j; i < modelMeans.length; i += d) {
                if (!Double.isFinite(modelMeans[i]) || !Double.isFinite(humanMeans[i])) {
                    throw new IllegalArgumentException("row " + i / d + ", dimension " + j + ": non-finite training value");
                }
                r.addData(modelMeans[i], humanMeans[i]);
                sumY += humanMeans[i];
            }
            if (r.getN() < 2) throw new IllegalArgumentException("a line needs at least 2 training texts, got " + r.getN());
            if (mode == Mode.OLS) {
                b[j] = r.getSlope();
                a[j] = r.getIntercept();
            } else {
                double[] x = column(modelMeans, d, j);
                double[] y = column(humanMeans, d, j);
                b[j] = Descriptive.sd(y) / Descriptive.sd(x);
                a[j] = Rows.mean(y) - b[j] * Rows.mean(x);
            }
            if (!Double.isFinite(b[j])) { // constant model output: the best line is the human mean
                b[j] = 0;
                a[j] = sumY / r.getN();
            }
        }
        return new Fit(a, b);
    }

    /** Per-dimension intercepts and slopes. */
    public record Fit(double[] intercept, double[] slope) {
        public Fit {
            if (intercept.length != slope.length) throw new IllegalArgumentException(intercept.length + " intercepts, " + slope.length + " slopes");
            intercept = intercept.clone();
            slope = slope.clone();
        }

        @Override public double[] intercept() { return intercept.clone(); }

        @Override public double[] slope() { return slope.clone(); }

        public double[] apply(double[] modelMeans) {
            int d = slope.length;
            if (modelMeans.length % d != 0) throw new IllegalArgumentException(modelMeans.length + " values are not rows of " + d);
            double[] out = new double[modelMeans.length];
            for (int i = 0; i < out.length; i++) out[i] = intercept[i % d] + slope[i % d] * modelMeans[i];
            return out;
        }

        public String parameters() {
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < slope.length; j++) {
                s.append(j == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%.3f+%.3f*x", intercept[j], slope[j]));
            }
            return s.toString();
        }
    }

    /**
     * 5-fold (or nFolds) cross-validation of the re-expansion: out-of-fold calibrated means, same
     * seeded folds as {@link CrossValidation#folds}.
     */
    public static double[] crossValidate(double[] modelMeans, double[] humanMeans, int d, int nFolds, long seed) {
        return crossValidate(modelMeans, humanMeans, d, nFolds, seed, Mode.OLS);
    }

    /** As {@link #crossValidate(double[], double[], int, int, long)} with the given fit. */
    public static double[] crossValidate(double[] modelMeans, double[] humanMeans, int d, int nFolds, long seed, Mode mode) {
        int n = modelMeans.length / d;
        int[] fold = CrossValidation.folds(n, nFolds, seed);
        double[] out = new double[modelMeans.length];
        for (int f = 0; f < nFolds; f++) {
            int[] train = CrossValidation.rows(fold, f, false), test = CrossValidation.rows(fold, f, true);
            Fit fit = fit(Rows.select(modelMeans, d, train), Rows.select(humanMeans, d, train), d, mode);
            Rows.scatter(fit.apply(Rows.select(modelMeans, d, test)), d, test, out);
        }
        return out;
    }

    /**
     * One row per fit mode and dimension: {@code model, kind, dimension, method, n_folds, n_items, mae_uncalibrated,
     * mae_calibrated, rmse_uncalibrated, rmse_calibrated, sd_human, sd_model, sd_calibrated, pearson}.
     */
    public static tech.tablesaw.api.Table table(String model, String kind, String[] dimensions, double[] modelMeans,
                                                double[] humanMeans, int nFolds, long seed) {
        int d = dimensions.length, n = modelMeans.length / d;
        var t = tech.tablesaw.api.Table.create("emobank calibration " + model);
        var mc = tech.tablesaw.api.StringColumn.create("model");
        var kc = tech.tablesaw.api.StringColumn.create("kind");
        var dc = tech.tablesaw.api.StringColumn.create("dimension");
        var meth = tech.tablesaw.api.StringColumn.create("method");
        var folds = tech.tablesaw.api.IntColumn.create("n_folds");
        var items = tech.tablesaw.api.IntColumn.create("n_items");
        String[] names = {"mae_uncalibrated", "mae_calibrated", "rmse_uncalibrated", "rmse_calibrated", "sd_human", "sd_model", "sd_calibrated", "pearson"};
        var cols = new tech.tablesaw.api.DoubleColumn[names.length];
        for (int c = 0; c < names.length; c++) cols[c] = tech.tablesaw.api.DoubleColumn.create(names[c]);
        for (Mode mode : Mode.values()) {
          double[] cal = crossValidate(modelMeans, humanMeans, d, nFolds, seed, mode);
          for (int j = 0; j < d; j++) {
            double[] x = column(modelMeans, d, j), y = column(humanMeans, d, j), z = column(cal, d, j);
            mc.append(model);
            kc.append(kind);
            dc.append(dimensions[j]);
            meth.append(mode.label());
            folds.append(nFolds);
            items.append(n);
            double[] v = {Descriptive.mae(y, x), Descriptive.mae(y, z), Descriptive.rmse(y, x), Descriptive.rmse(y, z),
                    Descriptive.sd(y), Descriptive.sd(x), Descriptive.sd(z), Correlations.pearson(x, y).r()};
            for (int c = 0; c < v.length; c++) cols[c].append(v[c]);
          }
        }
        t.addColumns(mc, kc, dc, meth, folds, items);
        t.addColumns(cols);
        return t;
    }

    static double[] column(double[] m, int d, int j) {
        double[] c = new double[m.length / d];
        for (int i = 0; i < c.length; i++) c[i] = m[i * d + j];
        return c;
    }
}

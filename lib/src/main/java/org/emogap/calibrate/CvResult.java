package org.emogap.calibrate;

import org.emogap.RunMode;
import org.emogap.dist.Divergences;
import org.emogap.dist.Rows;
import org.emogap.stats.Correlations;
import org.emogap.stats.RankTests;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The outcome of a {@link CrossValidation}: the fold of each item, the normalised human and model
 * rows, per-item JSD before calibration, the human entropy of the mode, and per method the
 * out-of-fold calibrated rows and their per-item JSD. Summaries (mean JSD, relative change, entropy
 * ρ, Wilcoxon p) are computed from these on request: pooled over all out-of-fold items (emogap), or
 * in the paper mode as the mean over folds of each fold's value (mean JSD, entropy ρ and, per
 * agreement level, relative change); the overall change is then the change between the fold-mean
 * JSDs. The Wilcoxon test is over all items in both modes.
 */
public record CvResult(int k, int[] fold, long seed, String[] groups, double[] human, double[] model,
                       double[] jsdUncalibrated, List<Method> methods, double[] humanEntropy, RunMode mode) {

    public CvResult {
        fold = fold.clone();
        groups = groups == null ? null : groups.clone();
        human = human.clone();
        model = model.clone();
        jsdUncalibrated = jsdUncalibrated.clone();
        methods = List.copyOf(methods);
        humanEntropy = humanEntropy.clone();
        if (fold.length != jsdUncalibrated.length || humanEntropy.length != jsdUncalibrated.length) {
            throw new IllegalArgumentException(fold.length + " folds and " + humanEntropy.length + " entropies for " + jsdUncalibrated.length + " items");
        }
    }

    /** Number of folds. */
    public int nFolds() {
        return Arrays.stream(fold).max().orElse(-1) + 1;
    }

    @Override public int[] fold() { return fold.clone(); }

    @Override public double[] humanEntropy() { return humanEntropy.clone(); }

    /** Mean over folds of {@code stat} applied to each fold's item indices. */
    private double foldMean(java.util.function.Function<int[], Double> stat) {
        double s = 0;
        int nf = nFolds();
        for (int f = 0; f < nf; f++) s += stat.apply(CrossValidation.rows(fold, f, true));
        return s / nf;
    }

    private static double meanAt(double[] v, int[] idx) {
        double s = 0;
        for (int i : idx) s += v[i];
        return s / idx.length;
    }

    private static double[] at(double[] v, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = v[idx[i]];
        return out;
    }

    /** Mean JSD before calibration: pooled, or in the paper mode the mean of the fold means. */
    public double summaryJsdUncalibrated() {
        return mode.paper() ? foldMean(idx -> meanAt(jsdUncalibrated, idx)) : Rows.mean(jsdUncalibrated);
    }

    /** A method's mean JSD under the same rule. */
    public double summaryJsd(Method m) {
        return mode.paper() ? foldMean(idx -> meanAt(m.jsd, idx)) : m.meanJsd();
    }

    /** Spearman ρ of human and model entropy: over all items, or in the paper mode the mean of each fold's ρ. */
    private double entropyRho(double[] modelEntropy) {
        if (!mode.paper()) return Correlations.spearman(humanEntropy, modelEntropy).r();
        return foldMean(idx -> Correlations.spearman(at(humanEntropy, idx), at(modelEntropy, idx)).r());
    }

    /** One method's out-of-fold output: calibrated n×k rows and their per-item JSD to the humans. */
    public record Method(String name, int k, double[] calibrated, double[] jsd, List<String> foldParameters) {
        public Method {
            calibrated = calibrated.clone();
            jsd = jsd.clone();
            foldParameters = List.copyOf(foldParameters);
        }

        @Override public double[] calibrated() { return calibrated.clone(); }

        @Override public double[] jsd() { return jsd.clone(); }

        /** Entropy in bits of every calibrated row. */
        public double[] entropy() { return Divergences.entropyRows(calibrated, k); }

        public double meanJsd() { return Rows.mean(jsd); }
    }

    @Override public String[] groups() { return groups == null ? null : groups.clone(); }

    @Override public double[] human() { return human.clone(); }

    @Override public double[] model() { return model.clone(); }

    @Override public double[] jsdUncalibrated() { return jsdUncalibrated.clone(); }

    /** The human entropy this result's mode uses (see {@link CrossValidation#run}). */
    public double[] entropyHuman() { return humanEntropy.clone(); }

    public double[] entropyModel() { return Divergences.entropyRows(model, k); }

    public double meanJsdUncalibrated() { return Rows.mean(jsdUncalibrated); }

    public int nItems() { return jsdUncalibrated.length; }

    public Method method(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no method '" + name + "' in this result"));
    }

    /** Relative change of the mean JSD, in percent (negative = calibration lowered the JSD). */
    public static double changePct(double before, double after) {
        return 100 * (after - before) / before;
    }

    /** One row per method: {@code model, method, n_folds, n_items, jsd_uncalibrated, jsd_calibrated, change_pct, entropy_rho_uncalibrated, entropy_rho, wilcoxon_p, parameters}. */
    public Table summary(String model) {
        StringColumn mc = StringColumn.create("model"), meth = StringColumn.create("method"), par = StringColumn.create("parameters");
        IntColumn folds = IntColumn.create("n_folds"), items = IntColumn.create("n_items");
        DoubleColumn before = DoubleColumn.create("jsd_uncalibrated"), after = DoubleColumn.create("jsd_calibrated"),
                change = DoubleColumn.create("change_pct"), rho0 = DoubleColumn.create("entropy_rho_uncalibrated"),
                rho = DoubleColumn.create("entropy_rho"), p = DoubleColumn.create("wilcoxon_p");
        double b = summaryJsdUncalibrated(), r0 = entropyRho(entropyModel());
        for (Method m : methods) {
            double a = summaryJsd(m);
            mc.append(model);
            meth.append(m.name);
            folds.append(nFolds());
            items.append(nItems());
            before.append(b);
            after.append(a);
            change.append(changePct(b, a));
            rho0.append(r0);
            rho.append(entropyRho(m.entropy()));
            p.append(RankTests.wilcoxon(m.jsd, jsdUncalibrated).p());
            par.append(String.join(" | ", m.foldParameters));
        }
        return Table.create("calibration " + model, mc, meth, folds, items, before, after, change, rho0, rho, p, par);
    }

    /** Paper mode: the mean over folds of each fold's relative change at one level (folds without the level are skipped). */
    private double foldMeanChange(Method m, String level) {
        double s = 0;
        int used = 0;
        for (int f = 0; f < nFolds(); f++) {
            int ff = f;
            int[] idx = java.util.stream.IntStream.range(0, fold.length).filter(i -> fold[i] == ff && groups[i].equals(level)).toArray();
            if (idx.length == 0) continue;
            s += changePct(meanAt(jsdUncalibrated, idx), meanAt(m.jsd, idx));
            used++;
        }
        return used == 0 ? Double.NaN : s / used;
    }

    /**
     * One row per method and group: {@code model, method, agreement, n, jsd_uncalibrated,
     * jsd_calibrated, change_pct}; the JSDs are pooled over the level's items, the change is pooled
     * too (emogap) or the mean of each fold's change (paper mode).
     */
    public Table byGroup(String model) {
        if (groups == null) throw new IllegalStateException("this cross-validation was run without group labels");
        StringColumn mc = StringColumn.create("model"), meth = StringColumn.create("method"), g = StringColumn.create("agreement");
        IntColumn count = IntColumn.create("n");
        DoubleColumn before = DoubleColumn.create("jsd_uncalibrated"), after = DoubleColumn.create("jsd_calibrated"),
                change = DoubleColumn.create("change_pct");
        // ordinal order (full agreement first) for the agreement levels, any other labels after them
        List<String> levels = new ArrayList<>(new TreeSet<>(Arrays.asList(groups)));
        levels.sort(java.util.Comparator.comparingInt((String l) -> {
            int i = org.emogap.data.Agreement.LABELS.indexOf(l);
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        for (Method m : methods) {
            for (String level : levels) {
                int[] all = java.util.stream.IntStream.range(0, groups.length).filter(i -> groups[i].equals(level)).toArray();
                double sb = meanAt(jsdUncalibrated, all), sa = meanAt(m.jsd, all);
                mc.append(model);
                meth.append(m.name);
                g.append(level);
                count.append(all.length);
                before.append(sb);
                after.append(sa);
                change.append(mode.paper() ? foldMeanChange(m, level) : changePct(sb, sa));
            }
        }
        return Table.create("calibration by agreement " + model, mc, meth, g, count, before, after, change);
    }
}

package org.emogap.calibrate;

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
 * The outcome of a {@link CrossValidation}: the normalised human and model rows, per-item JSD before
 * calibration, and per method the out-of-fold calibrated rows and their per-item JSD. Summaries
 * (mean JSD, relative change, entropy ρ, Wilcoxon p) are computed from these on request.
 */
public record CvResult(int k, int nFolds, long seed, String[] groups, double[] human, double[] model,
                       double[] jsdUncalibrated, List<Method> methods) {

    public CvResult {
        groups = groups == null ? null : groups.clone();
        human = human.clone();
        model = model.clone();
        jsdUncalibrated = jsdUncalibrated.clone();
        methods = List.copyOf(methods);
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

    public double[] entropyHuman() { return Divergences.entropyRows(human, k); }

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
        double[] eh = entropyHuman();
        double b = Rows.mean(jsdUncalibrated), r0 = Correlations.spearman(eh, entropyModel()).r();
        for (Method m : methods) {
            double a = Rows.mean(m.jsd);
            mc.append(model);
            meth.append(m.name);
            folds.append(nFolds);
            items.append(nItems());
            before.append(b);
            after.append(a);
            change.append(changePct(b, a));
            rho0.append(r0);
            rho.append(Correlations.spearman(eh, m.entropy()).r());
            p.append(RankTests.wilcoxon(m.jsd, jsdUncalibrated).p());
            par.append(String.join(" | ", m.foldParameters));
        }
        return Table.create("calibration " + model, mc, meth, folds, items, before, after, change, rho0, rho, p, par);
    }

    /** One row per method and group: {@code model, method, agreement, n, jsd_uncalibrated, jsd_calibrated, change_pct}. */
    public Table byGroup(String model) {
        if (groups == null) throw new IllegalStateException("this cross-validation was run without group labels");
        StringColumn mc = StringColumn.create("model"), meth = StringColumn.create("method"), g = StringColumn.create("agreement");
        IntColumn count = IntColumn.create("n");
        DoubleColumn before = DoubleColumn.create("jsd_uncalibrated"), after = DoubleColumn.create("jsd_calibrated"),
                change = DoubleColumn.create("change_pct");
        List<String> levels = new ArrayList<>(new TreeSet<>(Arrays.asList(groups)));
        for (Method m : methods) {
            for (String level : levels) {
                double sb = 0, sa = 0;
                int c = 0;
                for (int i = 0; i < groups.length; i++) {
                    if (groups[i].equals(level)) {
                        sb += jsdUncalibrated[i];
                        sa += m.jsd[i];
                        c++;
                    }
                }
                mc.append(model);
                meth.append(m.name);
                g.append(level);
                count.append(c);
                before.append(sb / c);
                after.append(sa / c);
                change.append(changePct(sb / c, sa / c));
            }
        }
        return Table.create("calibration by agreement " + model, mc, meth, g, count, before, after, change);
    }
}
